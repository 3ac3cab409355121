package compare

import (
	"fmt"
	"slices"
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
	e := testEngine(t)
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
		// Punctuation after a word is compared on its own: the quotes are
		// a difference the reader should see, the words inside them are not.
		{"quotes are edits, words stay shared", "talks were “excellent” today", "talks were excellent today",
			[]Op{{"equal", "talks were"}, {"delete", " “"}, {"insert", " "}, {"equal", "excellent"},
				{"delete", "” "}, {"insert", " "}, {"equal", "today"}}},
		{"comma after a shared word", "hosted at the Vatican, then", "hosted at the Vatican following",
			[]Op{{"equal", "hosted at the Vatican"}, {"delete", ", then"}, {"insert", " following"}}},
		{"prefix shared inside a word", "negotiations", "negotiators", []Op{{"delete", "negotiations"}, {"insert", "negotiators"}}},
		// Paraphrases: a lone shared content word between edits stays equal
		// (go-diff's semantic clean-up folds it, as it is shorter than the
		// edits), a lone shared stopword folds.
		{"shared content word kept", "Moscow is ready for peace talks soon", "Kyiv says Moscow must hold talks now",
			[]Op{{"insert", "Kyiv says "}, {"equal", "Moscow "}, {"delete", "is ready for peace "}, {"insert", "must hold "},
				{"equal", "talks "}, {"delete", "soon"}, {"insert", "now"}}},
		{"shared stopword folded", "ceasefire will hold firmly", "truce will collapse soon",
			[]Op{{"delete", "ceasefire will hold firmly"}, {"insert", "truce will collapse soon"}}},
		{"leading punctuation", "“Ready,” he said", "“Ready” she said", nil},
		{"non-latin", "Україна готова до переговорів", "Україна не готова до переговорів", nil},
		{"emoji and surrogates", "peace 🕊 now", "peace 🕊️ later", nil},
		{"only punctuation", "…", "— !", nil},
		{"newlines", "a b\nc d", "a b\nc e", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ops := e.WordDiff(tc.a, tc.b)
			if got := rebuild(ops, "insert"); got != tc.a {
				t.Errorf("left rebuilt %q, want %q", got, tc.a)
			}
			if got := rebuild(ops, "delete"); got != tc.b {
				t.Errorf("right rebuilt %q, want %q", got, tc.b)
			}
			if tc.want != nil && !slices.Equal(ops, tc.want) {
				t.Errorf("ops %q, want %q", ops, tc.want)
			}
			checkWholeWords(t, ops)
			if again := e.WordDiff(tc.a, tc.b); !slices.Equal(ops, again) {
				t.Errorf("second diff %q differs from first %q", again, ops)
			}
		})
	}
}

// TestWordDiffManyWords: past 127 distinct words the runes standing for
// words take more than one byte in go-diff's strings; the ops must still
// map back to the right words, in both passes of the diff.
func TestWordDiffManyWords(t *testing.T) {
	e := testEngine(t)
	var a, b strings.Builder
	for i := range 300 {
		fmt.Fprintf(&a, "the talk%d of ", i)
		if i%3 == 0 {
			fmt.Fprintf(&b, "a meeting%d with talk%d, ", i, i)
		} else {
			fmt.Fprintf(&b, "of the venue%d ", i)
		}
	}
	for _, p := range [][2]string{{a.String(), b.String()}, {b.String(), a.String()}} {
		ops := e.WordDiff(p[0], p[1])
		if rebuild(ops, "insert") != p[0] || rebuild(ops, "delete") != p[1] {
			t.Fatalf("ops do not rebuild the texts")
		}
		checkWholeWords(t, ops)
		shared := 0
		for _, o := range ops {
			if o.Op == "equal" && strings.HasPrefix(o.Text, "talk") {
				shared++
			}
		}
		if shared != 100 {
			t.Errorf("%d shared talkN words, want 100", shared)
		}
	}
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
	e := testEngine(t)
	for _, a := range texts {
		for _, b := range texts {
			ops := e.WordDiff(a, b)
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
	e := testEngine(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		ops := e.WordDiff(a, b)
		if rebuild(ops, "insert") != a || rebuild(ops, "delete") != b {
			t.Fatalf("diff of %q and %q does not rebuild them: %q", a, b, ops)
		}
	})
}

// TestDiffModes: a diff says what it is worth: the sides quote the same
// words, they paraphrase, or the texts were too long for a word diff and
// only whole sentences are compared.
func TestDiffModes(t *testing.T) {
	e := testEngine(t)
	long := func(n int, extra string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "Sentence %d of the long quote names the border. ", i)
			if i == n/2 {
				b.WriteString(extra)
			}
		}
		return b.String()
	}
	tests := []struct {
		name string
		a, b string
		want DiffMode
	}{
		{"same words quoted", "He said the ceasefire must hold along the whole front.", "She added that the ceasefire must hold along the whole front, then left.", DiffWords},
		{"paraphrase", "Talks will begin immediately.", "Moscow is ready to work on a memorandum.", DiffParaphrase},
		{"too long for words", long(2100, "One sentence only the left has. "), long(2100, ""), DiffSentences},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ops, mode := e.diff(tc.a, tc.b)
			if mode != tc.want {
				t.Errorf("mode %q, want %q", mode, tc.want)
			}
			if rebuild(ops, "insert") != tc.a || rebuild(ops, "delete") != tc.b {
				t.Fatalf("ops do not rebuild the texts")
			}
			if mode == DiffSentences {
				if len(ops) != 3 || ops[1] != (Op{"delete", "One sentence only the left has. "}) {
					t.Errorf("sentence diff %d ops; second %q", len(ops), ops[min(1, len(ops)-1)])
				}
			}
		})
	}
}

// TestSentences: sentences end after ., !, ? or … (and a closing quotation
// mark) before a space, or at a line break, and keep the spaces after them.
func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two! Three? Four", []string{"One. ", "Two! ", "Three? ", "Four"}},
		{"“Go.” He went.\nNext line", []string{"“Go.” ", "He went.\n", "Next line"}},
		{"U.S. talks", []string{"U.S. ", "talks"}},
		{"3.5 percent", []string{"3.5 percent"}},
		{"", nil},
	}
	for _, tc := range tests {
		if got := sentences(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("sentences(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
