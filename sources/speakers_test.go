package sources

import (
	"testing"
)

var shapeNames = map[shape]string{shapeNone: "none", shapeName: "name", shapeRole: "role", shapePronoun: "pronoun",
	shapeAnaphor: "anaphor", shapeInstitution: "institution", shapeOutlet: "outlet", shapeContext: "context",
	shapeJoint: "joint", shapeMedia: "media"}

// TestSpeakerPhrases: pass 3 finds the phrase that names who speaks, and
// what it is made of, for the first cue of the sentence.
func TestSpeakerPhrases(t *testing.T) {
	tests := []struct {
		name, sentence string
		phrase, shape  string
		aside          string // a phrase set off between speaker and verb
	}{
		{"role with a word before the verb", "The minister only said that the talks had been useful.", "The minister", "role", ""},
		{"title and name", "Kremlin spokesman Dmitry Peskov said the call was useful.", "Kremlin spokesman Dmitry Peskov", "name", ""},
		{"name, then an apposition", "Dmitry Peskov, the Kremlin spokesman, said the call was useful.", "Dmitry Peskov", "name", ""},
		{"an apposition, then the name", "A spokeswoman for the Élysée, Maud Bregeon, said the call was useful.", "Maud Bregeon", "name", ""},
		{"a participle set off", "Blinken, speaking in Brussels, said the allies were united.", "Blinken", "name", "speaking in Brussels"},
		{"an adverb set off", "Peskov, however, said no date had been set.", "Peskov", "name", "however"},
		{"a relative clause set off", "The aide, who asked not to be named, said talks would go on.", "The aide", "role", "who asked not to be named"},
		{"inverted", "The call lasted an hour, said the Kremlin.", "the Kremlin", "institution", ""},
		{"inverted with an apposition", "“It was useful,” said Yuri Ushakov, a Kremlin aide.", "Yuri Ushakov", "name", ""},
		{"pronoun", "“It was useful,” he said.", "he", "pronoun", ""},
		{"state media", "Russian state media reported that the call was useful.", "Russian state media", "outlet", ""},
		{"an outlet by name", "The state-run news agency RIA Novosti said the call was useful.", "The state-run news agency RIA Novosti", "outlet", ""},
		{"a readout of the call", "A White House readout of the call said the leaders discussed trade.", "A White House readout of the call", "outlet", ""},
		{"a statement from an institution", "A statement from the Kremlin said the leaders discussed trade.", "A statement from the Kremlin", "outlet", ""},
		{"institution with a possessive country", "China's foreign ministry said the call was useful.", "China's foreign ministry", "institution", ""},
		{"officials of a country", "US officials said the call was useful.", "US officials", "institution", ""},
		{"a Kremlin aide", "A Kremlin aide said the call was useful.", "A Kremlin aide", "institution", ""},
		{"a capital speaks for its government", "Beijing said the call was useful.", "Beijing", "institution", ""},
		{"a possessive's staff", "Putin's spokesman said the call was useful.", "Putin's spokesman", "role", ""},
		{"an aide to a leader", "A senior aide to Starmer said the call was useful.", "A senior aide to Starmer", "role", ""},
		{"a reference back", "The readout said the call was useful.", "The readout", "anaphor", ""},
		{"the leader of a country", "The Chinese leader said the call was useful.", "The Chinese leader", "role", ""},
		{"unnamed officials are no one", "Officials said the call was useful.", "Officials", "none", ""},
		{"a joint subject", "Xi and Biden agreed that the call was useful.", "", "joint", ""},
		{"two leaders", "The two leaders said the call was useful.", "The two leaders", "joint", ""},
		{"a news medium is not a side", "The BBC reported that the call was useful.", "The BBC", "media", ""},
		{"participle", "The talks ended, with Putin saying the call was useful.", "Putin", "name", ""},
		{"relative clause verb", "The deal, which Biden said would be signed, was delayed.", "", "none", ""},
		{"a relative clause without commas", "An Élysée official who briefed reporters said the call was useful.", "An Élysée official", "institution", ""},
		{"an interjection between subject and verb", "Trump, for his part, told reporters the call was useful.", "Trump", "name", "for his part"},
		{"an absolute clause's subject", "The leaders spoke for an hour, the Russian leader insisting that Europe was at fault.", "the Russian leader", "role", ""},
		{"a staff noun with its complement", "A spokeswoman for the Élysée, Maud Bregeon, said the call was useful.", "Maud Bregeon", "name", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := runText(t, "Headline\n\n"+tt.sentence+"\n")
			if len(p.cues) == 0 {
				t.Fatal("no cue")
			}
			sp := p.phrases[0].speaker
			if got := p.words(p.cues[0].para, sp.tokRange); got != tt.phrase {
				t.Errorf("phrase %q, want %q", got, tt.phrase)
			}
			if got := shapeNames[sp.shape]; got != tt.shape {
				t.Errorf("shape %s, want %s", got, tt.shape)
			}
			aside := ""
			if len(sp.asides) > 0 {
				aside = p.words(p.cues[0].para, sp.asides[0])
			}
			if aside != tt.aside {
				t.Errorf("aside %q, want %q", aside, tt.aside)
			}
		})
	}
}

// TestMultiwordPossessive: a country of two words in the possessive
// tells the phrase's country.
func TestMultiwordPossessive(t *testing.T) {
	p := runText(t, "Talks\n\nSouth Korea's presidential office said the call was good. New Zealand's foreign ministry said the call was long.\n")
	want := map[string]string{"South Korea's presidential office": "KR", "New Zealand's foreign ministry": "NZ"}
	for i, ph := range p.phrases {
		words := p.words(p.cues[i].para, ph.speaker.tokRange)
		if co, ok := want[words]; ok {
			if ph.speaker.country != co {
				t.Errorf("%q: country %q, want %q", words, ph.speaker.country, co)
			}
			delete(want, words)
		}
	}
	if len(want) > 0 {
		t.Errorf("no speaker phrase %v", want)
	}
}
