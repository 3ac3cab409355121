package sources

import (
	"strings"
	"testing"
)

// canadaReadout is the other side's readout of the call, in the third
// person: it is read whole.
const canadaReadout = "# Office of the Prime Minister of Canada text, 3 June\n\n" +
	"The Prime Minister spoke with President Elena Vidal of Chile today. The leaders discussed copper " +
	"trade and the fight against wildfires in the south. They agreed to meet at the summit in the autumn.\n\n"

// chileAddress is the Chilean side's document: an evening address titled
// for another matter, with body as given.
func chileAddress(body string) string {
	return canadaReadout + "# Office of the President of Chile text, 3 June\n\n" +
		"Evening address by the President on the harvest\n\n" + body + "\n"
}

// otherMatters are sentences of an address on other matters than the call.
const otherMatters = "The new hospital in the capital opened its doors this week. The budget law goes to the " +
	"senate on Tuesday. Our athletes brought home four medals from the games. The repairs of the northern " +
	"railway are almost finished. I thank the volunteers who cleared the beaches after the storm. " +
	"The first snow fell in the mountains. Prices at the markets have not risen for a month. " +
	"Every region now has a new fire station. "

// TestCallPassage reads only the passage of an address about the call as
// the side's account; the rest of the address gives no statement.
func TestCallPassage(t *testing.T) {
	c := testCatalog(t)
	tests := []struct {
		name string
		body string
		// passage are the sentences of the account, each given by its
		// opening words; every statement lies in one of them.
		passage []string
	}{
		{"in the middle", "Good evening, fellow citizens. " + otherMatters + "This week the harvest in the valleys was the largest " +
			"in ten years. I visited the orchards near the river and thanked the families who work them. " +
			"After lunch I talked with Canadian Prime Minister Mark Delaney. I told Mark about the floods " +
			"in the north and about our new port. We agreed to send experts to each other before the winter. " +
			"We are also working on a shared plan for the fisheries. Tomorrow I will sign the new budget law. " +
			"I thank every teacher who went back to the classrooms this month.",
			[]string{"After lunch I talked", "I told Mark", "We agreed to send", "We are also working"}},
		{"at the start, with a list of topics", "Today I talked with Prime Minister of Canada Mark Delaney. " +
			"About the floods in the north. About the new port and how we can open it sooner. " +
			"I will travel to the coast on Friday to see the dams. The schools reopen next week after the " +
			"repairs, and I am proud of the builders who worked through the night. " + otherMatters,
			[]string{"Today I talked", "About the floods", "About the new port"}},
		{"at the end, with the country's adjective", "Good evening. " + otherMatters + "I met the first nurses " +
			"on the wards of the new hospital. The budget law goes to the senate " +
			"next week. Late tonight the Canadian Prime Minister phoned me. We discussed the " +
			"floods and the fisheries. He promised to send rescue teams to the north.",
			[]string{"Late tonight the Canadian Prime Minister", "We discussed the", "He promised"}},
		{"two calls: only the other side's passages", "Good evening. Canadian Prime Minister " +
			"Mark Delaney and I talked about the floods. We agreed to share weather data every day. I also spoke with " +
			"Chancellor of Austria Paul Egger. We discussed the gas contracts for the coming winter. " +
			"Then I met the leaders of the miners' union at the palace. " + otherMatters + "At the end of the day Mark called me " +
			"back. He told me that the rescue teams were on their way.",
			[]string{"Canadian Prime Minister", "We agreed to share", "At the end of the day Mark", "He told me"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseText(t, "d.txt", chileAddress(tt.body))
			x := ExtractDocuments([]*Article{a}, c, nil)
			if len(x.Accounts) != 2 {
				t.Fatalf("%d accounts, want 2", len(x.Accounts))
			}
			if n := len(x.Accounts[0].Statements); n < 3 {
				t.Errorf("the readout keeps %d statements, want all 3 sentences", n)
			}
			body := strings.Index(a.Text, tt.body)
			spans := passageSpans(t, a.Text[body:], tt.passage, body)
			covered := make([]bool, len(spans))
			for _, st := range x.Accounts[1].Statements {
				k := spanHolding(spans, st.Span)
				if k < 0 {
					t.Errorf("statement %q is not in the call passage", st.Text)
					continue
				}
				covered[k] = true
			}
			for k, ok := range covered {
				if !ok {
					t.Errorf("no statement from %q", tt.passage[k])
				}
			}
			checkPassages(t, x, spans)
		})
	}
}

// checkPassages checks that the readout, read whole, marks no passage, and
// that the address's passages cover each sentence of its call passage and
// lie within them.
func checkPassages(t *testing.T, x *Extraction, sentences []Span) {
	t.Helper()
	if p := x.Documents[0].Passages; len(p) != 0 {
		t.Errorf("the readout, read whole, has passages %v", p)
	}
	marked := x.Documents[1].Passages
	if len(marked) == 0 {
		t.Fatal("the address marks no passage about the call")
	}
	for _, s := range sentences {
		if spanHolding(marked, s) < 0 {
			t.Errorf("sentence %v is in no marked passage %v", s, marked)
		}
	}
	for _, m := range marked {
		inside := false
		for _, s := range sentences {
			inside = inside || m.Start <= s.Start && s.Start < m.End
		}
		if !inside {
			t.Errorf("marked passage %v holds no sentence of the call", m)
		}
	}
}

// passageSpans are the byte spans of the sentences opening with the given
// words in body, which starts at offset base of the text.
func passageSpans(t *testing.T, body string, opens []string, base int) []Span {
	t.Helper()
	var out []Span
	for _, o := range opens {
		i := strings.Index(body, o)
		if i < 0 {
			t.Fatalf("%q is not in the body", o)
		}
		end := i + strings.IndexAny(body[i:], ".!?") + 1
		out = append(out, Span{base + i, base + end})
	}
	return out
}

func spanHolding(spans []Span, s Span) int {
	for k, sp := range spans {
		if s.Start >= sp.Start && s.End <= sp.End {
			return k
		}
	}
	return -1
}

// TestCallPassageKeepsWhole reads the whole document where it has no
// passage about the call with the other side, or is about the call.
func TestCallPassageKeepsWhole(t *testing.T) {
	c := testCatalog(t)
	tests := []struct {
		name, title, body, rest string
	}{
		{"names the leader without a call", "Evening address by the President on the harvest",
			"Good evening. Prime Minister of Canada Mark Delaney visited the flooded towns last month. " +
				"I am grateful to Canada for the pumps it sent. The harvest in the valleys was the largest in ten years.", otherMatters + otherMatters},
		{"the other side's leader spoke to others", "Evening address by the President on the harvest",
			"Good evening. Last month Prime Minister of Canada Mark Delaney talked to our parliament over a video link. " +
				"I am grateful to Canada for the pumps it sent. The harvest in the valleys was the largest in ten years.", otherMatters + otherMatters},
		{"a call with someone else only", "Evening address by the President on the harvest",
			"Good evening. I spoke with Chancellor of Austria Paul Egger about the gas contracts. " +
				"We agreed to meet in the spring. The harvest in the valleys was the largest in ten years.", otherMatters + otherMatters},
		{"the title names the call", "Statement by the President on the call with the Prime Minister",
			"Canadian Prime Minister Mark Delaney and I talked before breakfast. I told him about the floods. " +
				"I also signed the decree on the new national park in the south today.", otherMatters + otherMatters},
		{"a short post", "Evening note from the President",
			"Just now I ended a long, useful call with Prime Minister Mark Delaney of Canada. We discussed the floods. " +
				"After many months the pumps are on their way. The schools reopen on Monday.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := "# Office of the President of Chile text, 3 June\n\n" + tt.title + "\n\n" + tt.body + " " + tt.rest + "\n"
			if n := len(documentUnits(parseText(t, "d.txt", doc), docSection{head: 0, from: 1, to: 3})); tt.rest != "" && n <= shortDocument {
				t.Fatalf("%d sentences: too short to be cut", n)
			}
			alone := ExtractDocuments([]*Article{parseText(t, "d.txt", doc)}, c, nil)
			x := ExtractDocuments([]*Article{parseText(t, "d.txt", canadaReadout+doc)}, c, nil)
			if len(x.Accounts) != 2 || len(alone.Accounts) != 1 {
				t.Fatalf("%d and %d accounts, want 2 and 1", len(x.Accounts), len(alone.Accounts))
			}
			got, want := accountTexts(x.Accounts[1]), accountTexts(alone.Accounts[0])
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("statements %q, want the whole document's %q", got, want)
			}
			if len(got) < 3 {
				t.Errorf("only %d statements: %q", len(got), got)
			}
		})
	}
}

func accountTexts(a Account) []string {
	var out []string
	for _, st := range a.Statements {
		out = append(out, st.Text)
	}
	return out
}

// TestPassageSentences classifies sentences after the opening of a call
// passage.
func TestPassageSentences(t *testing.T) {
	lx := newDocLexicon(testCatalog(t))
	cp := &callParty{lx: lx, own: "CL", countries: map[string]bool{"CA": true},
		names: map[string]bool{"mark": true, "delaney": true}, strangers: map[string]bool{"egger": true}}
	tests := []struct {
		sentence string
		want     passageStep
	}{
		{"I told Mark about the floods.", passageGoes},
		{"Canada will send two more planes.", passageGoes},
		{"Security guarantees were also discussed separately.", passageGoes},
		{"We agreed to keep in touch.", passageGoes},
		{"On fuel supplies and the grid.", passageGoes},
		{"And about how we can reopen the port.", passageGoes},
		{"As well as the price of grain.", passageGoes},
		{"We are looking for new routes for our wine.", passageAside},
		{"On Monday I will fly to the summit.", passageEnds},
		{"Tomorrow we will open the new bridge.", passageEnds},
		{"I put my name to the new medal law.", passageEnds},
		{"I also spoke with Chancellor Paul Egger.", passageEnds},
		{"I also spoke with the President of Peru.", passageEnds},
		{"We spoke about the sanctions on Russia.", passageGoes},
		{"There is more news from the front.", passageEnds},
	}
	for _, tt := range tests {
		toks := docTrimLead(docTokens(tt.sentence, Span{0, len(tt.sentence)}))
		if got := cp.follows(toks); got != tt.want {
			t.Errorf("follows(%q) = %d, want %d", tt.sentence, got, tt.want)
		}
	}
}

// TestSentenceTests: whether a sentence reports a talk (hasCallVerb), and
// whether it is only a list of the talk's topics (isTopicList).
func TestSentenceTests(t *testing.T) {
	tests := []struct {
		test     func([]dtok) bool
		sentence string
		want     bool
	}{
		{hasCallVerb, "I spoke with the Prime Minister.", true},
		{hasCallVerb, "We had a phone call this evening.", true},
		{hasCallVerb, "Mark called me back.", true},
		{hasCallVerb, "I told Mark about the port.", true},
		{hasCallVerb, "I called on Canada to send more aid.", false},
		{hasCallVerb, "Canada called for calm.", false},
		{hasCallVerb, "I thank Canada for the pumps.", false},
		{hasCallVerb, "I call on every partner to help.", false},
		{isTopicList, "On fuel supplies and the grid", true},
		{isTopicList, "About how we can reopen the port, and therefore lower prices", true},
		{isTopicList, "As well as the price of grain", true},
		{isTopicList, "On Monday the ministers meet", false},
		{isTopicList, "On the question of fishing rights, the Minister rejected the claims", false},
		{isTopicList, "On this we agreed", false},
		{isTopicList, "About the plan, which will be ready soon", true},
		{isTopicList, "On the plan the sides discussed last week", false},
		{isTopicList, "The ministers spoke about the grid", false},
	}
	for _, tt := range tests {
		if got := tt.test(docTokens(tt.sentence, Span{0, len(tt.sentence)})); got != tt.want {
			t.Errorf("%q: got %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// TestAddressVoice: an address's "I" is its author, named by its title,
// after an adverbial too ("In the morning I …"); a possessive is no part
// of the name.
func TestAddressVoice(t *testing.T) {
	a := parseText(t, "address.txt", "We will rebuild every bridge – President Ana Ruiz's evening address\n\n"+
		"In the morning I spoke with the governors of the flooded towns. The water has gone down since Sunday.\n")
	x := ExtractDocuments([]*Article{a}, testCatalog(t), nil)
	d := x.Documents[0]
	if d.Kind != "address" || d.Speaker != "Ana Ruiz" {
		t.Errorf("kind %q, speaker %q, want address by Ana Ruiz", d.Kind, d.Speaker)
	}
	st := x.Accounts[0].Statements[0]
	if st.Kind != Quote || st.SaidBy != "Ana Ruiz" {
		t.Errorf("%q: kind %v said by %q, want the author's own words", st.Text, st.Kind, st.SaidBy)
	}
	dp := newDocPeople(a, docSection{head: -1, from: 0, to: len(a.Paragraphs)}, "", newDocLexicon(testCatalog(t)))
	if len(dp.people) != 1 || dp.people[0].name != "Ana Ruiz" {
		t.Errorf("people %+v, want Ana Ruiz", dp.people)
	}
}

// TestFullerName: a title's "President Lee’s Call" and the text's "President
// Ann Lee" are one person, by the fuller name.
func TestFullerName(t *testing.T) {
	a := parseText(t, "readout.txt", "Readout of President Lee’s Call with Chancellor Karl Vogt\n\n"+
		"President Ann Lee spoke today with Chancellor Karl Vogt. President Lee stressed that the port must stay open.\n")
	x := ExtractDocuments([]*Article{a}, testCatalog(t), nil)
	var got []string
	for _, st := range x.Accounts[0].Statements {
		got = append(got, st.SaidBy)
	}
	if want := []string{"Ann Lee", "Ann Lee"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("said by %q, want %q", got, want)
	}
}
