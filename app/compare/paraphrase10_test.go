package compare

import (
	"slices"
	"strings"
	"testing"

	"readouts/sources"
)

// withSpeakers names the speakers of the accounts of x, in order: their
// names are the frame of the call.
func withSpeakers(x *sources.Extraction, speakers ...string) *sources.Extraction {
	for k, s := range speakers {
		acc := &x.Accounts[k]
		acc.Speaker, acc.Label = s, s
		for i := range acc.Statements {
			acc.Statements[i].Speaker = s
		}
	}
	return x
}

// matchedRows lists the agree and diverge rows of a comparison as "LEFT
// RIGHT" (statement ids joined by commas) with the row's first reason.
func matchedRows(c Comparison) []string {
	var out []string
	for _, r := range c.Rows {
		if r.Verdict == Agree || r.Verdict == Diverge {
			out = append(out, strings.Join(r.Left, ",")+" "+strings.Join(r.Right, ",")+" | "+r.Reasons[0])
		}
	}
	return out
}

// paraPairs lists the paraphrases (Engine.paraphrases) of two accounts
// as "LEFT RIGHT" statement ids, the left account's first.
func paraPairs(e *Engine, left, right *sources.Account, swapped bool) []string {
	l, r := e.prepare(left, right)
	var out []string
	for _, ed := range e.paraphrases(l, r, newWeights(l, r)) {
		p := [2]string{l.acc.Statements[ed.l].ID, r.acc.Statements[ed.r].ID}
		if swapped {
			p[0], p[1] = p[1], p[0]
		}
		out = append(out, p[0]+" "+p[1])
	}
	slices.Sort(out)
	return out
}

// TestParaphraseLinks: two statements that say one thing in nearly the
// same words outside the frame of the call are a paraphrase; words of the
// frame alone (the leaders' names, "discussed", "talked", "the matter")
// make none, a statement closer to another is not taken from it, and one
// as close to two statements is a paraphrase of neither. Swapping the
// accounts finds the same pairs.
func TestParaphraseLinks(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want []string
	}{
		{"thanks for support in other words",
			[]string{"Premier Valdés thanked President Oyelaran for supporting the airlift of stranded sailors.",
				"The two sides reviewed fishing quotas."},
			[]string{"Oyelaran welcomed the new ferry line.",
				"Premier Valdes thanked President Oyelaran for his support in this airlift."},
			[]string{"a-1 b-2"}},
		{"the same attack, its date written two ways",
			[]string{"to raise the use of chemical weapons by the junta on March 3rd."},
			[]string{"The junta's chemical attack on the 3rd of March was also talked about.",
				"Oyelaran praised the harvest."},
			[]string{"a-1 b-1"}},
		{"only the frame in common",
			[]string{"President Oyelaran and Premier Valdés discussed the matter by phone."},
			[]string{"Valdes and Oyelaran also talked about the matter."},
			nil},
		{"two words in common, and as much else",
			[]string{"The storm wrecked the harbour.", "Valdés praised the new school."},
			[]string{"The storm shut the harbour.", "Oyelaran opened a bridge."},
			nil},
		{"a closer statement on the other side",
			[]string{"The relief convoy reached the flooded villages of the lowlands.",
				"The lowland villages still lack clean drinking water, said Valdés."},
			[]string{"A relief convoy has reached the lowland villages hit by the floods."},
			[]string{"a-1 b-1"}},
		{"as close to two statements: neither",
			[]string{"The harbour cranes and the rail depot will be rebuilt."},
			[]string{"The harbour cranes will be rebuilt with loans.",
				"The rail depot and harbour will be rebuilt soon."},
			nil},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := withSpeakers(buildArticle(map[string][]string{"a": tc.a, "b": tc.b}, "a", "b"),
				"Ana Valdés", "Tunde Oyelaran")
			ab := paraPairs(e, &x.Accounts[0], &x.Accounts[1], false)
			ba := paraPairs(e, &x.Accounts[1], &x.Accounts[0], true)
			if !slices.Equal(ab, tc.want) || !slices.Equal(ba, tc.want) {
				t.Errorf("paraphrases %q, swapped %q, want %q", ab, ba, tc.want)
			}
		})
	}
}

// TestParaphraseRows: a paraphrase the other rules do not link is a row
// of its own, which names the words both say and takes its verdict from
// the verdict rules; a statement another link puts in a row stays there.
func TestParaphraseRows(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want []string // matched rows: "LEFT RIGHT | first reason"
	}{
		{"thanks for support",
			[]string{"Premier Valdés thanked President Oyelaran for supporting the airlift of stranded sailors."},
			[]string{"Premier Valdes thanked President Oyelaran for his support in this airlift."},
			[]string{"a-1 b-1 | Same point in nearly the same words: Ana Valdés says “thanked”, “supporting”, “airlift”, Tunde Oyelaran “thanked”, “support”, “airlift”"}},
		{"the same words on both sides",
			[]string{"Premier Valdés thanked President Oyelaran for the airlift of stranded sailors."},
			[]string{"President Oyelaran thanked Premier Valdés for the airlift of stranded sailors."},
			[]string{"a-1 b-1 | Same point in nearly the same words: both say “thanked”, “airlift”, “stranded”, “sailors”"}},
		{"one attack, one date",
			[]string{"to raise the use of chemical weapons by the junta on March 3rd."},
			[]string{"The junta's chemical attack on the 3rd of March was also talked about."},
			[]string{"a-1 b-1 | Same point on weapons and military aid in nearly the same words: Ana Valdés says “chemical”, “junta”, “March 3rd”, Tunde Oyelaran “junta's”, “chemical”, “3rd of March”"}},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := withSpeakers(buildArticle(map[string][]string{"a": tc.a, "b": tc.b}, "a", "b"),
				"Ana Valdés", "Tunde Oyelaran")
			got := matchedRows(e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1]))
			if !slices.Equal(got, tc.want) {
				t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestGistTerms: the gist of a statement leaves out the frame of the call
// (the leaders' names, with or without diacritics, and the verbs of
// reporting), titles and negators, and reads the forms of one thing as
// one term: a group under two names, a date written day first or month
// first.
func TestGistTerms(t *testing.T) {
	tests := []struct {
		a, b string
		want []string // the terms both gists hold
	}{
		{"President Kovács discussed the joint fight against Daesh.",
			"Kovacs and Mbeki also talked about the long air campaign against ISIS.", []string{"o:ISIS"}},
		{"the flood of April 9th", "the flood on the 9th of April", []string{"d:april 9", "o:flood"}},
		{"Mbeki did not raise the harbour lease.", "The harbour lease was not raised.",
			[]string{"harbour", "lease"}},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.a, func(t *testing.T) {
			x := withSpeakers(buildArticle(map[string][]string{"a": {tc.a}, "b": {tc.b}}, "a", "b"),
				"Zoltán Kovács", "Thabo Mbeki")
			l, r := e.prepare(&x.Accounts[0], &x.Accounts[1])
			lg, rg := e.lex.gists(l, r, newWeights(l, r))
			var got []string
			for _, term := range lg[0].terms {
				if slices.Contains(rg[0].terms, term) {
					got = append(got, term)
				}
			}
			want := slices.Clone(tc.want)
			for k, w := range want {
				if strings.HasPrefix(w, "o:") {
					want[k] = objectKey(t, e.lex, w[2:])
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("shared terms %q, want %q (gists %q, %q)", got, want, lg[0].terms, rg[0].terms)
			}
		})
	}
}

// objectKey is the key of the topic object a lexicon term names.
func objectKey(t *testing.T, lex *Lexicon, term string) string {
	t.Helper()
	sc := lex.scan(term, stemmer{})
	st := lex.stanceOf(&sc)
	pt := lex.pointOf(&sc, &st, map[string]bool{})
	for _, k := range pt.keys {
		if k.kind == specObject {
			return k.key
		}
	}
	t.Fatalf("%q names no topic object", term)
	return ""
}

// TestFrameWithoutDiacritics: a leader's name is the frame of the call
// however it is spelt: "Kovacs" in a statement of a call of "Zoltán
// Kovács" weighs nothing.
func TestFrameWithoutDiacritics(t *testing.T) {
	e := testEngine(t)
	x := withSpeakers(buildArticle(map[string][]string{"a": {"Kovacs spoke."}, "b": {"Mbeki spoke."}}, "a", "b"),
		"Zoltán Kovács", "Thabo Mbeki")
	l, r := e.prepare(&x.Accounts[0], &x.Accounts[1])
	w := newWeights(l, r)
	for _, key := range []string{"n:kovacs", "n:kovács", "n:zoltan"} {
		if v := w.of(key); v != 0 {
			t.Errorf("%s weighs %v, want 0 (the frame)", key, v)
		}
	}
	if v := w.of("n:budapest"); v == 0 {
		t.Errorf("n:budapest weighs 0, want more: it is not the frame")
	}
}
