package sources

import (
	"fmt"
	"strings"
	"testing"
)

var formNames = map[cueForm]string{formFinite: "finite", formParticiple: "participle", formWith: "with",
	formPassive: "passive", formQuoted: "quoted", formAccording: "according", formColon: "colon"}

// describeCue writes a cue as "form head → first word said", "(had)" or
// "(habitual)" when set, and "after: none" for a cue with nothing after it.
func describeCue(p *passes, i int) string {
	cu := p.cues[i]
	toks := p.paras[cu.para].toks
	s := formNames[cu.form] + " " + toks[cu.head].text
	if cu.after >= 0 {
		s += " → " + toks[cu.after].text
	} else {
		s += " → none"
	}
	if cu.had {
		s += " (had)"
	}
	if cu.habitual {
		s += " (habitual)"
	}
	return s
}

// TestCues: pass 2 finds the cues of one sentence, in their forms, and
// where what was said begins after them.
func TestCues(t *testing.T) {
	tests := []struct {
		name, sentence string
		cues           []string
	}{
		{"a word between speaker and verb", "The minister only said that the talks had been useful.",
			[]string{"finite said → the"}},
		{"a passive names no speaker", "Final results will be announced on Friday.", nil},
		{"a passive past names no speaker", "The new quotas were welcomed in the capital.", nil},
		{"meanwhile", "Lavrov meanwhile said the talks would continue.", []string{"finite said → the"}},
		{"also told reporters", "Ushakov also told reporters that a date had been set.", []string{"finite told → a"}},
		{"however, set off", "Peskov, however, said no date had been set.", []string{"finite said → no"}},
		{"quote first, trailing phrase", "“We both agreed,” the president said of the call while meeting the prime minister.",
			[]string{"finite said → none"}},
		{"after a long clause", "Russian forces took two villages in the east, the Defence Ministry said.",
			[]string{"finite said → none"}},
		{"with X saying", "The talks ended late, with a presidential aide saying the meeting had been “useful”.",
			[]string{"with saying → the"}},
		{"saying only that", "The Kremlin gave no details, saying only that the talks would go on.",
			[]string{"participle saying → the"}},
		{"was said to have told", "Lavrov was also said to have told his counterpart that Moscow wanted guarantees.",
			[]string{"passive told → Moscow"}},
		{"is reported to have told", "Putin is reported to have told the envoy that the offer stood.",
			[]string{"passive told → the"}},
		{"was quoted as saying", "“There will be no deal,” Xi was quoted as saying.", []string{"passive quoted → none"}},
		{"according to, then a verb", "According to the readout, Biden stressed that the alliance was firm.",
			[]string{"according According → Biden", "finite stressed → the"}},
		{"described as", "The envoy described the talks as “difficult but businesslike”.",
			[]string{"finite described → the"}},
		{"quoted X as saying", "Xinhua quoted Xi as saying that the sides should cooperate.",
			[]string{"quoted quoted → the"}},
		{"called with a quotation", "Trump called the conversation “excellent”.", []string{"finite called → the"}},
		{"called for", "Biden called for calm in the region.", []string{"finite called → called"}},
		{"warned against", "Putin warned against any escalation.", []string{"finite warned → warned"}},
		{"two with-participles", "The call ended, with Biden saying the region was a priority and Xi warning that conflict would be a disaster.",
			[]string{"with saying → the", "with warning → conflict"}},
		{"warned a person against", "Biden warned Xi against helping Russia.", []string{"finite warned → warned"}},
		{"warned a person that", "Biden warned Xi that support for Russia would be costly.", []string{"finite warned → support"}},
		{"colon quote", "Putin: “We are ready.”", []string{"colon : → “"}},
		{"said with a colon", "Asked about sanctions, Putin said: “They do not work.”", []string{"finite said → “"}},
		{"told the BBC that", "She told the BBC that the door remained open.", []string{"finite told → the"}},
		{"pluperfect", "Trump had previously said that tariffs would rise.", []string{"finite said → tariffs (had)"}},
		{"habitual adverb", "Peskov has repeatedly said that the West is to blame.", []string{"finite said → the (habitual)"}},
		{"habitual phrase", "Putin has said several times that the West is to blame.", []string{"finite said → the (habitual)"}},
		{"responded by saying", "The envoy responded by saying that the border would stay open.",
			[]string{"finite saying → the"}},
		{"concluded by noting", "Ruto concluded by noting that grain exports had resumed.",
			[]string{"finite noting → grain"}},
		{"by a participle after a noun is no frame", "The deal was reached by saying little in public.",
			nil},
		{"a document's relative clause of speech", "The ministry issued a statement that said the border would stay open.",
			[]string{"finite said → the"}},
		{"as the source reported", "As the ministry reported, the border would stay open.",
			[]string{"according reported → the"}},
		{"as the source stated, a quotation", "As the aide stated, “The border will stay open.”",
			[]string{"according stated → “"}},
		{"as expected is no source", "As expected, the border would stay open.", nil},
		{"continues to is no speech", "The army continues to shell the border towns.", nil},
		{"adding that after a quote", "“It was useful,” Peskov said, adding that more talks would follow.",
			[]string{"finite said → none", "participle adding → more"}},
		{"joined verb", "Putin said the call was useful and warned that sanctions would fail.",
			[]string{"finite said → the", "finite warned → sanctions"}},
		// Speech acts: what was said is the act, from the verb on.
		{"voiced concern", "Xi also voiced concern about American export controls.", []string{"finite voiced → voiced"}},
		{"expressed hope that", "Putin expressed hope that the talks would resume soon.", []string{"finite expressed → expressed"}},
		{"welcomed a commitment", "Biden welcomed Xi's commitment to curb fentanyl shipments.", []string{"finite welcomed → welcomed"}},
		{"raised the issue of", "Macron raised the issue of two detained French citizens.", []string{"finite raised → raised"}},
		{"reaffirmed that", "The president reaffirmed that the alliance would hold.", []string{"finite reaffirmed → the"}},
		{"pressed a person on", "Biden pressed Xi on human rights in Xinjiang.", []string{"finite pressed → pressed"}},
		{"urged a person to", "Zelensky urged Trump to send more air defence systems.", []string{"finite urged → urged"}},
		{"called on a person to", "Meloni called on Orban to lift his veto.", []string{"finite called → called"}},
		{"warned a person not to", "Peskov warned Washington not to expect quick results.", []string{"finite warned → warned"}},
		{"pledged to", "Erdogan pledged to keep the grain corridor open.", []string{"finite pledged → pledged"}},
		{"thanked a person for", "Zelensky thanked Erdogan for his mediation.", []string{"finite thanked → thanked"}},
		{"invited a person to visit", "Xi invited Trump to visit Beijing next year.", []string{"finite invited → invited"}},
		{"informed a person about", "Pezeshkian informed Putin about the strikes on Tehran.", []string{"finite informed → informed"}},
		{"assured a person that", "Biden assured Zelensky that aid would continue.", []string{"finite assured → aid"}},
		{"for his part, told", "Trump, for his part, told Xi that tariffs would stay.", []string{"finite told → tariffs"}},
		{"an absolute clause after with, then and", "The leaders spoke for two hours, with the French leader urging a truce and the Russian president hitting back that the alliance had provoked the crisis.",
			[]string{"with urging → urging", "with hitting → the"}},
		{"an absolute clause without with", "The delegations met in Istanbul, the Russian envoy insisting that Kyiv give up territory.",
			[]string{"with insisting → Kyiv"}},
		{"adding after a quoted comma", "Peskov said the two capitals “continue to talk,” adding that Putin valued the dialogue.",
			[]string{"finite said → the", "participle adding → Putin"}},
		{"a relative clause verb is no cue", "A senior official who briefed reporters said the talks went well.",
			[]string{"finite said → the"}},
		// No attribution at all:
		{"raised prices", "The central bank raised interest rates again.", nil},
		{"welcomed a person to a place", "Trump welcomed Modi to the White House.", nil},
		{"criticised the event itself", "Zelensky criticised the call in his evening address.", nil},
		{"pressed ahead", "The army pressed ahead with its offensive.", nil},
		{"hit without back", "Russian missiles hit Kyiv overnight.", nil},
		{"a country's name is no verb", "The United States should avoid escalation.", nil},
		{"thanked no one", "Biden thanked the crowd.", nil},
		{"negation", "He did not say whether the talks would resume.", nil},
		{"declined to say", "The Kremlin declined to say when the leaders would meet.", nil},
		{"a noun, not a verb", "The stated aim of the talks was a ceasefire.", nil},
		{"agreed to", "The leaders agreed to meet again.", nil},
		{"said nothing", "Trump said nothing about Taiwan.", nil},
		{"neither confirmed nor denied", "Peskov neither confirmed nor denied reports of a second call.", nil},
		{"called off", "The envoy called off the visit.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := runText(t, "Headline\n\n"+tt.sentence+"\n")
			var got []string
			for i := range p.cues {
				got = append(got, describeCue(p, i))
			}
			if strings.Join(got, "; ") != strings.Join(tt.cues, "; ") {
				t.Errorf("cues %q, want %q", got, tt.cues)
			}
		})
	}
}

// TestCueAdjuncts: the phrases of time, place and medium beside the verb
// are recorded for the channel and time passes.
func TestCueAdjuncts(t *testing.T) {
	tests := []struct {
		sentence string
		adjuncts []string
	}{
		{"Trump said in a post on Truth Social that the call went well.", []string{"in a post on Truth Social"}},
		{"Peskov told reporters on Monday that no date was set.", []string{"on Monday"}},
		{"“We agreed,” the president said of the call while meeting the prime minister.",
			[]string{"of the call", "while meeting the prime minister"}},
		{"Xi was quoted as saying by Xinhua that the sides should talk.", []string{"by Xinhua"}},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			p := runText(t, "Headline\n\n"+tt.sentence+"\n")
			if len(p.cues) != 1 {
				t.Fatalf("%d cues, want 1", len(p.cues))
			}
			var got []string
			for _, a := range p.cues[0].adjuncts {
				got = append(got, p.words(p.cues[0].para, a))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.adjuncts) {
				t.Errorf("adjuncts %q, want %q", got, tt.adjuncts)
			}
		})
	}
}
