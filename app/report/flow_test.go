package report

import (
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

func newTestFlow(t *testing.T) *flow {
	t.Helper()
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	for _, f := range fonts.faces {
		pdf.AddUTF8FontFromBytes(fontFamily, f.style, f.data)
	}
	return &flow{pdf: pdf, fonts: newFontBook(fonts, nil, nil)}
}

// TestLayoutWraps checks the line breaker: no line is wider than the
// column, no word is lost or cut (except one longer than a line), and
// highlighted runs keep their look.
func TestLayoutWraps(t *testing.T) {
	fl := newTestFlow(t)
	plain := look{size: sizeBody, fg: colText}
	marked := look{size: sizeBody, fg: colText, bg: colCue, hasBG: true}
	long := strings.Repeat("abcdefghij", 30)
	tests := []struct {
		name  string
		runs  []run
		width float64
	}{
		{"prose", []run{{strings.Repeat("The talks would begin immediately, officials said. ", 12), plain}}, 80},
		{"highlighted words", []run{{"shared words ", plain}, {"differing words that run on and on ", marked}, {"and more shared text after them", plain}}, 40},
		{"word longer than a line", []run{{"see " + long + " end", plain}}, 50},
		{"Cyrillic and Turkish", []run{{"Україна готова до ґрунтовної розмови — Türkiye, kalıcı barış için İstanbul görüşmeleri", plain}}, 45},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := fl.layout(tc.runs, tc.width, 0)
			var got []string
			for i, ln := range lines {
				w := 0.0
				for _, f := range ln.frags {
					w = max(w, f.x+fl.width(strings.TrimRight(f.text, " "), f.look))
					got = append(got, strings.Fields(f.text)...)
				}
				if w > tc.width+0.01 {
					t.Errorf("line %d is %.1f mm wide, column %.1f", i, w, tc.width)
				}
			}
			var want []string
			for _, r := range tc.runs {
				want = append(want, strings.Fields(r.text)...)
			}
			if strings.Join(got, "") != strings.Join(want, "") {
				t.Errorf("words changed:\n got %q\nwant %q", got, want)
			}
			for _, ln := range lines {
				for _, f := range ln.frags {
					if strings.Contains(f.text, "differing") && !f.look.hasBG {
						t.Errorf("highlighted word lost its background: %q", f.text)
					}
				}
			}
		})
	}
}
