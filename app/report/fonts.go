package report

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"readouts/assets"
)

// fontFamily is the name the report registers Noto Sans under.
const fontFamily = "NotoSans"

// fontFace is one embedded style: fpdf's style letter and the font bytes.
type fontFace struct {
	style string // "", "B" or "I"
	data  []byte
}

// reportFonts are the embedded Noto Sans faces and the runes all of them
// cover, loaded once per process: parsing the cmap of three 450 kB fonts
// for every report would cost more than laying the report out.
type reportFonts struct {
	faces       []fontFace
	glyphs      []*glyphSet
	replacement string
}

var (
	fontsOnce sync.Once
	fontsVal  *reportFonts
	fontsErr  error
)

func loadFonts() (*reportFonts, error) {
	fontsOnce.Do(func() {
		rf := &reportFonts{faces: []fontFace{
			{"", assets.NotoSansRegular},
			{"B", assets.NotoSansBold},
			{"I", assets.NotoSansItalic},
		}}
		for _, f := range rf.faces {
			g, err := parseGlyphSet(f.data)
			if err != nil {
				fontsErr = fmt.Errorf("read Noto Sans %q glyph map: %w", f.style, err)
				return
			}
			rf.glyphs = append(rf.glyphs, g)
		}
		// The replacement must itself be drawable; U+FFFD is the Unicode
		// answer, the white square a common one, '?' always present.
		rf.replacement = "?"
		for _, r := range []rune{'\uFFFD', '\u25A1'} {
			if rf.has(r) {
				rf.replacement = string(r)
				break
			}
		}
		fontsVal = rf
	})
	return fontsVal, fontsErr
}

// has reports whether every face can draw r.
func (rf *reportFonts) has(r rune) bool {
	for _, g := range rf.glyphs {
		if !g.has(r) {
			return false
		}
	}
	return true
}

// clean makes s safe for fpdf and readable: runes above U+FFFF (which fpdf
// cannot encode and panics on) and runes the font lacks become one visible
// replacement per run, so an emoji with skin tone and joiners shows as a
// single mark; control characters become spaces.
func (rf *reportFonts) clean(s string) string {
	if rf.plain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	replaced := false
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f':
			b.WriteByte(' ')
			replaced = false
		case r == utf8.RuneError || r > 0xFFFF || unicode.IsControl(r) || !rf.has(r):
			// Joiners and variation selectors glue an emoji sequence:
			// they extend the current replacement instead of adding one.
			if !replaced {
				b.WriteString(rf.replacement)
				replaced = true
			}
		default:
			if replaced && isEmojiGlue(r) {
				continue
			}
			b.WriteRune(r)
			replaced = false
		}
	}
	return b.String()
}

// plain is the fast path: printable ASCII needs no work.
func (rf *reportFonts) plain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7F {
			return false
		}
	}
	return true
}

func isEmojiGlue(r rune) bool {
	return r == '\u200D' || r == '\uFE0F' || r == '\uFE0E' || r == '\u20E3'
}
