package compare

import (
	"slices"
	"strings"
	"testing"
)

// TestDeniedWords: the words a statement names only in a clause it denies,
// in the active ("we did not discuss the lease"), the passive ("the lease
// was not raised", "the lease did not come up") and with "no" before the
// noun ("no such lease was discussed"); generic nouns ("the issue"),
// adverbs, names and lexicon terms are no thing of their own.
func TestDeniedWords(t *testing.T) {
	tests := []struct {
		text string
		want []string // stems
	}{
		{"We did not discuss the lease of the harbour.", []string{"harbour", "lease"}},
		{"The question of the lease wasn't raised.", []string{"lease"}},
		{"The lease of the harbour was never mentioned on the call.", []string{"harbour", "lease"}},
		{"The lease did not come up.", []string{"lease"}},
		{"No such lease was discussed.", []string{"lease"}},
		{"The lease never came up.", []string{"lease"}},
		{"The lease was not touched upon.", []string{"lease"}},
		{"The aide denied that the lease was discussed.", []string{"lease"}},
		{"The aide denied that the lease was signed.", nil},
		{"We surely didn't discuss the issue with Dupont.", nil},
		{"They did not discuss sanctions.", nil}, // a topic term: a specific thing already
		{"The lease was signed, and the harbour was not discussed.", []string{"harbour"}},
		{"The lease was not discussed, but the lease of the harbour was.", nil}, // said outright too
		{"The minister was not ready to sign the lease.", nil},
		{"No lease was signed.", nil},
	}
	lex := testLexicon(t)
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			sc := lex.scan(tc.text, stemmer{})
			st := lex.stanceOf(&sc)
			got := sortedKeys(st.deniedWords)
			if len(got) == 0 {
				got = nil
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("denied words %v, want %v", got, tc.want)
			}
		})
	}
}

// TestDenialOfTheOtherSide: a statement that denies a thing the other side
// says, in words no lexicon topic holds, makes the same point and
// diverges; the same word said by both, or denied by both, links nothing.
func TestDenialOfTheOtherSide(t *testing.T) {
	tests := []struct {
		name   string
		a, b   []string
		want   []string
		reason string
	}{
		{"passive denial",
			[]string{"The president offered a lease of the harbour to the allies.", "The two leaders spoke about fisheries."},
			[]string{"The question of the lease was not raised.", "The prime minister thanked the president for the fisheries."},
			[]string{"other [a-1] [b-1]"}, "b denies it: “lease was not raised”"},
		{"active denial",
			[]string{"The president offered a lease of the harbour to the allies."},
			[]string{"We definitely did not discuss the lease with the president."},
			[]string{"other [a-1] [b-1]"}, "b denies it: “not discuss the lease”"},
		{"no such thing",
			[]string{"The president proposed a lease of the harbour."},
			[]string{"No such lease was discussed."},
			[]string{"other [a-1] [b-1]"}, "b denies it"},
		{"both say it",
			[]string{"The president offered a lease of the harbour."},
			[]string{"The lease was on everyone's mind."},
			nil, ""},
		{"negated on a topic both speak to",
			[]string{"The prime minister agreed to close the border to traffic.", "Border regions will get new roads."},
			[]string{"Our aim is not to close borders; it is to open new crossings."},
			[]string{"territory [a-1] [b-1]"}, "One side negates what the other says"},
		{"negated, and no topic in common",
			[]string{"The mayor will close the theatre for the summer."},
			[]string{"The governors do not close museums."},
			nil, ""},
		{"both deny it",
			[]string{"The lease was not discussed."},
			[]string{"The two presidents did not discuss a lease."},
			nil, ""},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": tc.a, "b": tc.b}, "a", "b")
			checkMatched(t, e, x, tc.want)
			if tc.reason == "" {
				return
			}
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			for _, r := range c.Rows {
				if r.Verdict == Diverge && strings.Contains(strings.Join(r.Reasons, " / "), tc.reason) {
					return
				}
			}
			t.Errorf("no diverging row with reason %q in\n%v", tc.reason, c.Rows)
		})
	}
}

// TestNegatedWordLinks: a word one side negates and the other says, on a
// topic both speak to, is a thing in common that makes a strong link; on
// no common topic it makes none.
func TestNegatedWordLinks(t *testing.T) {
	tests := []struct {
		a, b string
		want linkKind
	}{
		{"The prime minister agreed to close the border to traffic.", "Our aim is not to close borders; it is to open new crossings.", strongLink},
		{"The mayor will close the theatre for the summer.", "The governors do not close museums.", noLink},
		{"The prime minister agreed to close the border to traffic.", "The border guards will not only close roads but also patrol.", weakLink},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.b, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": {tc.a}, "b": {tc.b}}, "a", "b")
			l, r := e.prepare(&x.Accounts[0], &x.Accounts[1])
			if _, kind := e.weigh(l, r, 0, 0, newWeights(l, r), &edge{}); kind != tc.want {
				t.Errorf("link kind %d, want %d", kind, tc.want)
			}
		})
	}
}
