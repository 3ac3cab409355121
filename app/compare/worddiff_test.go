package compare

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// rebuild concatenates the ops other than skip: skipping "insert" gives the
// left text, skipping "delete" the right one.
func rebuild(ops []Op, skip string) string {
	var b strings.Builder
	for _, o := range ops {
		if o.Op != skip {
			b.WriteString(o.Text)
		}
	}
	return b.String()
}

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want []Op // nil: only the rebuild and whole-word properties are checked
	}{
		{"empty", "", "", nil},
		{"one empty", "", "talks will begin", []Op{{"insert", "talks will begin"}}},
		{"same", "Talks begin.", "Talks begin.", []Op{{"equal", "Talks begin."}}},
		{"word changed", "talks will begin immediately", "talks will begin in future",
			[]Op{{"equal", "talks will begin "}, {"delete", "immediately"}, {"insert", "in future"}}},
		// A word's token carries the punctuation after it, so "the “" and
		// "the " differ: quoting is a difference the reader should see.
		{"quotes stay with words", "talks were “excellent” today", "talks were excellent today",
			[]Op{{"equal", "talks "}, {"delete", "were “excellent” "}, {"insert", "were excellent "}, {"equal", "today"}}},
		{"prefix shared inside a word", "negotiations", "negotiators", []Op{{"delete", "negotiations"}, {"insert", "negotiators"}}},
		{"leading punctuation", "“Ready,” he said", "“Ready” she said", nil},
		{"non-latin", "Україна готова до переговорів", "Україна не готова до переговорів", nil},
		{"emoji and surrogates", "peace 🕊 now", "peace 🕊️ later", nil},
		{"only punctuation", "…", "— !", nil},
		{"newlines", "a b\nc d", "a b\nc e", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ops := WordDiff(tc.a, tc.b)
			if got := rebuild(ops, "insert"); got != tc.a {
				t.Errorf("left rebuilt %q, want %q", got, tc.a)
			}
			if got := rebuild(ops, "delete"); got != tc.b {
				t.Errorf("right rebuilt %q, want %q", got, tc.b)
			}
			if tc.want != nil && !equalOps(ops, tc.want) {
				t.Errorf("ops %q, want %q", ops, tc.want)
			}
			checkWholeWords(t, ops)
		})
	}
}

func equalOps(a, b []Op) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// checkWholeWords fails when an op boundary falls inside a word.
func checkWholeWords(t *testing.T, ops []Op) {
	t.Helper()
	for i := 1; i < len(ops); i++ {
		prev, _ := utf8.DecodeLastRuneInString(ops[i-1].Text)
		next, _ := utf8.DecodeRuneInString(ops[i].Text)
		if isWordRune(prev) && isWordRune(next) && ops[i-1].Op != "delete" && ops[i].Op != "insert" {
			t.Errorf("op boundary splits a word: %q | %q", ops[i-1].Text, ops[i].Text)
		}
	}
}

// TestWordDiffSeed: on every pair of seed statements the ops rebuild both.
func TestWordDiffSeed(t *testing.T) {
	x := goldExtraction(t)
	var texts []string
	for _, a := range x.Accounts {
		for _, s := range a.Statements {
			texts = append(texts, s.Text)
		}
	}
	for _, a := range texts {
		for _, b := range texts {
			ops := WordDiff(a, b)
			if rebuild(ops, "insert") != a || rebuild(ops, "delete") != b {
				t.Fatalf("diff of %q and %q does not rebuild them", a, b)
			}
			checkWholeWords(t, ops)
		}
	}
}

func FuzzWordDiff(f *testing.F) {
	f.Add("talks will begin immediately", "talks could begin in future")
	f.Add("“ready,” he said", "not ready")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		ops := WordDiff(a, b)
		if rebuild(ops, "insert") != a || rebuild(ops, "delete") != b {
			t.Fatalf("diff of %q and %q does not rebuild them: %q", a, b, ops)
		}
	})
}
