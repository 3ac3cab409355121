package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestShapeCutsWordsAtHighlightsOnly(t *testing.T) {
	test.NewTempApp(t)
	tests := []struct {
		name     string
		text     string
		hls      []Highlight
		segments []string
		lines    int // lines at a width of 10 000 px
	}{
		{"plain words", "one two  three", nil, []string{"one", "two", "three"}, 1},
		{"highlight inside a word", "unconditional", []Highlight{{Start: 2, End: 6, Color: ColorCue}}, []string{"un", "cond", "itional"}, 1},
		{"hard line breaks", "first\nsecond\n\nfourth", nil, []string{"first", "second", "fourth"}, 4},
		{"leading and trailing space", "  lone  ", nil, []string{"lone"}, 1},
		{"multi-byte neighbours", "«quote»", []Highlight{{Start: 2, End: 7}}, []string{"«", "quote", "»"}, 1},
		{"no cut inside a character", "«quote»", []Highlight{{Start: 1, End: 3}}, []string{"«q", "uote»"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newShape(tc.text, tc.hls, 14, fyne.TextStyle{})
			var got []string
			for _, sg := range s.segs {
				got = append(got, tc.text[sg.start:sg.end])
			}
			if len(got) != len(tc.segments) {
				t.Fatalf("segments %q, want %q", got, tc.segments)
			}
			for i := range got {
				if got[i] != tc.segments[i] {
					t.Fatalf("segments %q, want %q", got, tc.segments)
				}
			}
			l := s.layout(10000)
			if lines := l.line[len(s.segs)-1] + 1; lines != tc.lines {
				t.Fatalf("%d lines, want %d", lines, tc.lines)
			}
			// At a width of one pixel every word is alone on its line, and
			// the pieces of one word stay together.
			narrow := s.layout(1)
			for k := 1; k < len(s.segs); k++ {
				glued := s.segs[k].join
				if glued && narrow.line[k] != narrow.line[k-1] {
					t.Fatalf("word cut across lines at %q", got[k])
				}
			}
		})
	}
}
