package compare

import (
	"strings"
	"testing"
)

// TestVerdicts checks each kind of evidence on small made-up readouts of
// other events, so the cues are tested beyond the seed.
func TestVerdicts(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		topic       string
		verdict     Verdict
		reason      string // a reason that must be given (substring)
	}{
		{"places differ", "The talks will be hosted in Doha next round.", "The talks will be held in Cairo.",
			"venue", Diverge, "Different places: a says “Doha”, b “Cairo”"},
		{"same place", "The negotiators will hold talks in Geneva.", "Talks will take place in Geneva.",
			"venue", Agree, "Same point on venue: both name “Geneva”"},
		{"negation", "Israel is ready for a truce in Gaza.", "Israel is not ready for any truce.",
			"ceasefire", Diverge, "a says “ready”, b “not ready”"},
		{"a claim doubted", "Washington raised the cyberattacks launched by Russian hackers.",
			"Moscow noted the cyberattacks ostensibly launched by Russian hackers.",
			"ai", Diverge, "Only b rejects the other's claims: “ostensibly”"},
		{"what was discussed, limited", "The president offered to run the nuclear power plant with a foreign company.",
			"The prime minister said they had only talked about the nuclear power plant.",
			"energy", Diverge, "Only b rejects the other's claims: “only talked about”"},
		{"a phrase denied, on no topic", "The president objected to hostile remarks coming from Oslo.",
			"The aide denied that there was any mention of hostile remarks coming from Oslo.",
			"other", Diverge, "b denies it: “denied that there was any mention of hostile remarks coming from Oslo”"},
		{"commitment two steps apart", "A prisoner exchange will happen immediately.", "A prisoner exchange could happen in the future.",
			"prisoners", Diverge, "Different commitment: a says “immediately” (agreed or immediate), b “in the future” (possible or future)"},
		{"commitment one step apart", "Energy infrastructure strikes will stop.", "Kyiv is ready to stop energy infrastructure strikes.",
			"ceasefire", Agree, "Same point on ceasefire and truce"},
		{"commitment on both sides conditional", "Sanctions will follow if Russia invades Ukraine.", "Sanctions are possible in the event of a Russian invasion.",
			"sanctions", Agree, "Both conditional: “if” and “in the event of”"},
		{"condition", "Sanctions will be lifted only if troops withdraw.", "Sanctions will be lifted unconditionally.",
			"sanctions", Diverge, "Opposite stances, conditional against unconditional: a says “only if”, b “unconditionally”"},
		{"assessment", "The leaders had a productive conversation; progress was made.", "The conversation ended in an impasse, with no progress.",
			"progress", Diverge, "Opposite stances, positive against negative"},
		{"negated pole", "The meeting was not productive.", "The meeting was productive.",
			"assessment", Diverge, "negative against positive: a says “not productive”, b “productive”"},
		{"numbers", "The ceasefire will last 30 days.", "The ceasefire will last 60 days.",
			"ceasefire", Diverge, "Different numbers: a says “30”, b “60”"},
		{"a number of another point", "Volkov agreed to a halt on strikes against power plants and to a swap of 175 prisoners.",
			"Russia will stop attacks on power plants for 30 days.", "ceasefire", Agree, "Same point on ceasefire and truce"},
		{"same number written differently", "A 30-day ceasefire was agreed.", "The ceasefire will last 30 days.",
			"ceasefire", Agree, "Same point on ceasefire and truce"},
		{"dates", "Prisoners will be exchanged on Friday.", "Prisoners will be exchanged on Monday.",
			"prisoners", Diverge, "Different dates: a says “Friday”, b “Monday”"},
		{"one date, day first and month first", "Prisoners will be exchanged on the 9th of June.", "Prisoners will be exchanged on June 9.",
			"prisoners", Agree, "Same point on prisoners and detainees"},
		{"two days of one month", "Prisoners will be exchanged on 9 June.", "Prisoners will be exchanged on June 12th.",
			"prisoners", Diverge, "Different dates"},
		{"format", "Negotiations on Crimea must be bilateral, between the two parties.", "Negotiations on Crimea must involve third parties as mediators.",
			"mediators", Diverge, "between the two sides against involving others"},
		{"both positive", "The call was constructive and useful.", "The call was warm and productive.",
			"assessment", Agree, "Both positive: “constructive”, “useful” and “warm”, “productive”"},
		{"denial", "There was no discussion at any level of a U.S. trade deal.", "The two leaders will sign a trade deal.",
			"trade", Diverge, "a denies it: “no discussion at any level of a U.S. trade deal”; b says it: “trade deal”"},
		{"denial ends with its clause", "They did not discuss the weather, and sanctions were reviewed.", "Sanctions were reviewed.",
			"sanctions", Agree, "Same point on sanctions"},
		{"pressure", "Washington will maintain export controls on chips.", "Beijing urged Washington to lift the export controls.",
			"sanctions", Diverge, "maintain or tighten against lift or ease: a says “maintain export controls”, b “lift”"},
		{"competing conditions", "A ceasefire is possible only if Ukraine withdraws its troops.", "Kyiv will accept a truce on condition that the shelling of cities ends.",
			"ceasefire", Diverge, "Both conditional, on different things: a says “only if”, b “on condition”"},
		{"one condition", "A ceasefire will hold only if prisoners are exchanged.", "The ceasefire depends on prisoners being exchanged.",
			"ceasefire", Agree, "Both conditional: “only if” and “depends on”"},
		{"competing demands", "Biden urged restraint around Taiwan.", "Xi said the United States should stop arming Taiwan.",
			"taiwan", Diverge, "Both demanding, on different things: a says “urged”, b “should”"},
		{"blame on one side", "Moscow accused Kyiv of using civilians as shields.", "Kyiv said civilians must be spared.",
			"humanitarian", Diverge, "Only a blames: “accused”"},
		{"a warning on one side", "Washington's stance on Taiwan is unchanged.", "Beijing warned Washington not to play with fire on Taiwan.",
			"taiwan", Diverge, "Only b warns: “warned”, “play with fire”"},
		{"stoking on one side", "Biden raised the military buildup near the border.", "Putin said Washington was stoking tensions over troop movements.",
			"military", Diverge, "Only b blames: “stoking”"},
		{"consequences on one side", "The two countries are in competition.", "Confrontation would have grave consequences for both countries.",
			"relations", Diverge, "Only b warns: “grave consequences”"},
		{"the war's goals against a ceasefire", "They made no progress toward a ceasefire.",
			"Moscow is willing to negotiate but will strive to achieve its goals.", "progress", Diverge, "stopping the fighting against fighting on"},
		{"a condition on one side", "Normalisation with Israel will come soon.", "Normalisation with Israel depends on a path to a Palestinian state.",
			"relations", Diverge, "Only b sets a condition: “depends on”"},
		{"a plain if on one side", "Sanctions will follow if Russia invades.", "The sides discussed sanctions.",
			"sanctions", Agree, "Same point on sanctions"},
		{"competing musts", "The rights of Turkish Cypriots must be respected in any settlement on Cyprus.",
			"A solution for Cyprus must rest on a bizonal federation.", "talks", Diverge, "Both demanding, on different things"},
		{"a denied offer", "Washington will not give Kyiv security guarantees.", "Kyiv needs American security guarantees.",
			"security", Diverge, "a denies it: “not give Kyiv security guarantees”"},
		{"an intrusion on one side", "Manila voiced concern over water cannon used by the coast guard.",
			"The coast guard acted against vessels that illegally intruded.", "shipping", Diverge, "Only b blames: “illegally”, “intruded”"},
		{"a rebuttal in other words", "Ottawa expects cooperation with the investigation into the killing.",
			"Delhi called any suggestion of involvement in the killing absurd.", "casualties", Diverge, "Only b rejects the other's claims: “absurd”"},
		{"a rebuttal", "India will not tolerate cross-border terrorism.", "Pakistan rejected the baseless allegations of terrorism.",
			"terrorism", Diverge, "Only b rejects the other's claims: “baseless”"},
		{"one threat in plain words", "Washington will respond decisively if Moscow invades its neighbour.",
			"Sanctions are possible in the event of a flare-up around Ukraine.", "sanctions", Agree, "Both conditional: “if” and “in the event of”"},
		{"lengths differ", "The call lasted about 40 minutes.", "The conversation lasted nearly an hour.",
			"duration", Diverge, "Different lengths: a says “about 40 minutes”, b “nearly an hour”"},
		{"blame on different actors", "Berlin condemned Russia's aggression against Ukraine.", "The crisis is the result of NATO's aggressive policy.",
			"responsibility", Diverge, "Different actors: a says “Berlin”, “Russia's”, “Ukraine”, b “NATO's”"},
		{"fighting on", "An immediate ceasefire is essential.", "The operation is needed to continue the fighting, and no ceasefire was discussed.",
			"ceasefire", Diverge, "stopping the fighting against fighting on"},
		// Opposite stances on one thing, in the words reports use.
		{"condemned and justified", "Rome condemned the missile strike on the market in Kherson.",
			"Moscow said the strike on the market was retaliation for attacks on its border towns.",
			"military", Diverge, "Opposite stances, condemning against justifying: a says “condemned”, b “retaliation for”"},
		{"condemned, and blamed on a third party", "Berlin denounced the attack on the dam.",
			"Moscow said Kyiv bears full responsibility for the attack on the dam.",
			"military", Diverge, "condemning against justifying: a says “denounced”, b “bears full responsibility”"},
		{"both condemn", "Rome condemned the strike on the hospital.", "Berlin also condemned the attack on the hospital.",
			"military", Agree, "Both condemning"},
		{"no progress, and open to more", "Helsinki said the talks had produced no progress.", "Moscow said it remained open to further negotiations.",
			"talks", Diverge, "stalled against open to more talks: a says “no progress”, b “remained open”"},
		{"a request, and a note taken", "Kyiv asked for a meeting of the two presidents.", "Moscow took note of the request for a summit.",
			"meeting", Diverge, "Only b commits to nothing: “took note”; a says “asked for”"},
		{"a ceasefire now, and a settlement first", "Oslo urged an immediate ceasefire in the region.",
			"Moscow said a truce alone would not work and any deal must tackle the root causes of the war.",
			"ceasefire", Diverge, "a ceasefire first against a full settlement first: a says “immediate ceasefire”, b “root causes”"},
		{"a ceasefire now and a lasting peace", "Oslo called for an immediate ceasefire and a lasting peace.", "Moscow wants a lasting peace.",
			"talks", Agree, "Same point on talks and negotiations"},
		{"integrity and realities", "London reaffirmed its support for the territorial integrity of Georgia.",
			"Moscow said any settlement in Georgia must recognise the new realities on the ground.",
			"territory", Diverge, "territorial integrity against facts on the ground: a says “territorial integrity”, b “recognise the new”, “realities on the ground”"},
		{"a withdrawal first, and the realities", "Kyiv said the withdrawal of Russian troops was a precondition for any talks.",
			"Moscow said talks must take account of the situation on the ground.",
			"talks", Diverge, "territorial integrity against facts on the ground: a says “withdrawal of Russian troops”, b “situation on the ground”"},
		{"an internal affair", "Canberra raised human rights in Tibet.", "Beijing said Tibet was purely an internal affair.",
			"rights", Diverge, "Only b rejects the other's claims: “internal affair”; a says “human rights”"},
		{"who asked for the call", "The call was held at the request of the American side.",
			"The conversation was held at the initiative of the Chinese side.", "request", Diverge, "Different actors: a says “American”, b “Chinese”"},
		{"a venue not decided", "The next round will be held in Geneva.", "The venue of the next round has not been decided.",
			"venue", Diverge, "Only b commits to nothing: “has not been decided”"},
		{"a capital in its country", "The next summit will be held in Madrid.", "The next summit will take place in Spain.",
			"venue", Agree, "Same point on venue"},
		{"a capital in another country", "The next summit will be held in Nairobi.", "The next summit will take place in Ethiopia.",
			"venue", Diverge, "Different places: a says “Nairobi”, b “Ethiopia”"},
		{"reopening once settled", "The border crossing will reopen by March.", "The border crossing will reopen once the technical questions are settled.",
			"humanitarian", Diverge, "Only b sets a condition: “once the”"},
		{"only, some words before after", "Both sides are ready to sign the peace treaty.", "The peace treaty will only be signed after the constitution is changed.",
			"talks", Diverge, "Only b sets a condition: “only be signed after”"},
		{"millions, counted differently", "Hanoi will buy 1.5 million tonnes of rice.", "Hanoi agreed to buy 2 million tonnes of rice.",
			"other", Diverge, "Different numbers: a says “1.5 million”, b “2 million”"},
		{"millions, counted alike", "Hanoi will buy 2 million tonnes of rice.", "Hanoi agreed to buy 2 million tonnes of rice.",
			"other", Agree, "Same point: both name “2 million”"},
		{"a tough call against a productive one", "The call was very productive.", "The call had been tough but fair.",
			"assessment", Diverge, "Opposite stances, positive against negative: a says “productive”, b “tough but”"},
		{"a concern, not a warning", "Paris is concerned about the risk of war in Lebanon.", "Cairo warned of the danger of the war spreading to Lebanon.",
			"other", Agree, "Both negative"},
		{"blame in other words, not heard", "Marek holds the governor personally responsible for the floods.",
			"Ivo did not hear Marek blame the governor.", "responsibility", Diverge, "b denies it: “not hear Marek blame”"},
		{"blame in other words", "Marek holds the governor responsible for the shortages.",
			"Ivo said the fault for the shortages lay with the governor.", "responsibility", Agree, "Same point on responsibility and blame"},
		{"the scope of a call and its tone", "The two ministers had a broad, strategic discussion.",
			"The talks were frank and thorough.", "assessment", Agree, "Same point on tone of the call"},
		{"legitimate and a sham", "Warsaw called the vote in the occupied region a sham.", "Moscow said the vote in the region was legitimate.",
			"territory", Diverge, "Opposite stances, unlawful against lawful: a says “sham”, b “legitimate”"},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": {tc.left}, "b": {tc.right}}, "a", "b")
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			if len(c.Rows) != 1 {
				t.Fatalf("want one row, the two statements linked; rows: %v", c.Rows)
			}
			row := c.Rows[0]
			if row.Topic != tc.topic || row.Verdict != tc.verdict {
				t.Errorf("%s %s, want %s %s; reasons %q", row.Topic, row.Verdict, tc.topic, tc.verdict, row.Reasons)
			}
			if !strings.Contains(strings.Join(row.Reasons, " | "), tc.reason) {
				t.Errorf("reasons %q lack %q", row.Reasons, tc.reason)
			}
			if row.Confidence <= 0 || row.Confidence > 1 {
				t.Errorf("confidence %v outside (0,1]", row.Confidence)
			}
		})
	}
}

// TestOneSided: a topic only one account speaks to is a one-sided row that
// names the topic and its words; a statement with no topic is an "other" row.
func TestOneSided(t *testing.T) {
	e := testEngine(t)
	x := buildArticle(map[string][]string{
		"a": {"The sides discussed a prisoner exchange.", "The weather in the capital was mild."},
		"b": {"Sanctions will remain in place."},
	}, "a", "b")
	c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
	want := map[string]Verdict{"prisoners": LeftOnly, "sanctions": RightOnly, "other": LeftOnly}
	for _, r := range c.Rows {
		if v, ok := want[r.Topic]; ok {
			if r.Verdict != v {
				t.Errorf("%s: verdict %s, want %s", r.Topic, r.Verdict, v)
			}
			if len(r.Diff) != 0 || r.DiffMode != "" {
				t.Errorf("%s: one-sided row has a diff", r.Topic)
			}
			delete(want, r.Topic)
		}
	}
	if len(want) != 0 {
		t.Errorf("rows missing: %v (have %v)", want, c.Rows)
	}
	if got := c.Rows[0].Reasons[0]; got != "Only a speaks to prisoners and detainees: “prisoner exchange”" {
		t.Errorf("first row's key reason %q", got)
	}
}
