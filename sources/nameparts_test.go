package sources

import "testing"

// TestMarkNameParts: a capitalised function word that ends a name in
// running prose is part of the name; at a sentence's start, between two
// capitalised words, or in a title-case line it stays a function word.
func TestMarkNameParts(t *testing.T) {
	cases := []struct {
		name, text string
		kept       []string // tokens whose lower form keeps its capital
	}{
		{"given name in two words", "Prime Minister Han Dong In said the talks went well.", []string{"In"}},
		{"before a comma", "Han Dong In, the prime minister, called Rome.", []string{"In"}},
		{"sentence start", "In a call, the leaders spoke of trade.", nil},
		{"lower-case preposition", "Han spoke in Seoul on Monday.", nil},
		{"inside a capitalised run", "He spoke to the Council On Foreign Relations.", nil},
		{"title case line", "Han Dong In Calls Rome In Tense Talks", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			toks := tokenize(tc.text, Span{0, len(tc.text)})
			markNameParts(toks)
			var kept []string
			for _, tk := range toks {
				if tk.word && tk.lower != lowerWord(tk.text) {
					kept = append(kept, tk.text)
				}
			}
			if len(kept) != len(tc.kept) || len(kept) > 0 && kept[0] != tc.kept[0] {
				t.Errorf("kept %q, want %q", kept, tc.kept)
			}
		})
	}
}

// TestNameWithFunctionWordSpeaks: the speaker "Han Dong In" keeps the
// whole name and the statement is found.
func TestNameWithFunctionWordSpeaks(t *testing.T) {
	p := runText(t, "Han Dong In and Rossi talk\n\n"+
		"South Korean Prime Minister Han Dong In said on Monday that the two leaders agreed to meet in May.\n\n"+
		"Rossi said the call had been warm.\n")
	for _, acc := range p.extraction.Accounts {
		for _, st := range acc.Statements {
			if st.Text == "the two leaders agreed to meet in May" {
				if acc.Speaker != "Han Dong In" {
					t.Errorf("speaker %q, want Han Dong In", acc.Speaker)
				}
				return
			}
		}
	}
	t.Errorf("the prime minister's statement is missing: %+v", p.extraction.Accounts)
}

// TestAdministrationKeepsLeader: "The Lowe administration" at a sentence's
// start names no other bearer of Lowe, so the leader keeps his country
// and his side's office speaks under his name.
func TestAdministrationKeepsLeader(t *testing.T) {
	p := runText(t, "Biden calls Mexican president\n\n"+
		"President Biden spoke on Friday with Mexican President Ana Ruiz about migration.\n\n"+
		"The Biden administration says the border rule was only ever meant to be temporary.\n\n"+
		"The call was friendly and covered trade, White House Press Secretary Tom Hale told reporters.\n\n"+
		"Ruiz said the talks had been cordial.\n")
	for _, pa := range p.parties {
		if pa.Leader == "Biden" && pa.Key != "US" {
			t.Errorf("Biden's party is %q, want US", pa.Key)
		}
	}
	for _, acc := range p.extraction.Accounts {
		if acc.Party == "US" && acc.Speaker != "Biden" {
			t.Errorf("US account %q speaks as %q, want Biden", acc.ID, acc.Speaker)
		}
	}
}
