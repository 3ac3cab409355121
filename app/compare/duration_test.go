package compare

import (
	"testing"
)

// TestDurations: lengths of time as reports give them, with the range of
// minutes each allows.
func TestDurations(t *testing.T) {
	tests := []struct {
		text   string
		words  string
		lo, hi float64
	}{
		{"The call lasted 90 minutes.", "90 minutes", 82.8, 97.2},
		{"They spoke for about two hours.", "about two hours", 102, 138},
		{"The talk ran for just over an hour.", "just over an hour", 60, 72},
		{"The conversation lasted nearly an hour.", "nearly an hour", 51, 60},
		{"The talks went on for more than three hours.", "more than three hours", 180, 360},
		{"A two-hour call took place.", "two-hour", 110.4, 129.6},
		{"An hour-long call followed.", "An hour-long", 55.2, 64.8},
		{"The call lasted an hour and a half.", "an hour and a half", 82.8, 97.2},
		{"The meeting lasted one and a half hours.", "one and a half hours", 82.8, 97.2},
		{"They talked for half an hour.", "half an hour", 27.6, 32.4},
	}
	lex := testLexicon(t)
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			sc := lex.scan(tc.text, stemmer{})
			if len(sc.durations) != 1 {
				t.Fatalf("durations %v, want one", sc.durations)
			}
			d := sc.durations[0]
			if d.text != tc.words || !near(d.lo, tc.lo) || !near(d.hi, tc.hi) {
				t.Errorf("%q %.1f-%.1f, want %q %.1f-%.1f", d.text, d.lo, d.hi, tc.words, tc.lo, tc.hi)
			}
		})
	}
	for _, text := range []string{"Talks will resume within hours.", "He spoke for hours.", "The minutes of the meeting were published.",
		"A 30-day halt was agreed."} {
		if sc := lex.scan(text, stemmer{}); len(sc.durations) != 0 {
			t.Errorf("%q: durations %v, want none", text, sc.durations)
		}
	}
}

func near(a, b float64) bool { return a-b < 0.05 && b-a < 0.05 }
