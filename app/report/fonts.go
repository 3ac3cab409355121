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
	postScript  []string // per face
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
			rf.postScript = append(rf.postScript, postScriptName(f.data, "NotoSans"))
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

// fontBook is the fonts one report draws with: Noto Sans, and the system
// fonts (fallbacks) that draw what Noto Sans cannot, found for the runes of
// this report's texts. Runes no font draws are replaced by one visible mark
// per run and listed, so that nothing is lost in silence.
type fontBook struct {
	base  *reportFonts
	extra []*systemFace // in the order they are tried
	// missing are the runes no font draws, by the group page 1 names
	// them under ("Emoji", "Devanagari"), in first-seen order.
	missing []missingGroup
	// lacking are the fallbacks a rune of the texts needed that are not
	// installed.
	lacking []systemFont
}

// missingGroup is runes of one script, or emoji, that no font draws.
type missingGroup struct {
	name  string
	runes []rune
}

// newFontBook chooses the fallbacks for texts among candidates, tried in
// order; a candidate whose file is missing or unreadable is skipped.
func newFontBook(base *reportFonts, candidates []systemFont, texts []string) *fontBook {
	b := &fontBook{base: base}
	seen := map[rune]bool{}
	for _, s := range texts {
		if b.plain(s) {
			continue
		}
		for _, r := range s {
			if seen[r] || r < 0x80 || isEmojiGlue(r) || unicode.IsControl(r) || base.has(r) {
				continue
			}
			seen[r] = true
			b.place(r, candidates)
		}
	}
	return b
}

// place finds a font for r: one already chosen, else the first candidate
// that has it; failing both, r is missing.
func (b *fontBook) place(r rune, candidates []systemFont) {
	if r <= 0xFFFF {
		for _, f := range b.extra {
			if f.glyphs.has(r) {
				return
			}
		}
		var absent []systemFont
		for _, c := range candidates {
			if !c.wantsRune(r) {
				continue
			}
			f := c.load()
			if f == nil {
				absent = append(absent, c)
				continue
			}
			if f.glyphs.has(r) {
				b.extra = append(b.extra, f)
				return
			}
		}
		for _, c := range absent {
			if c.wants != nil { // a font for the rune's own script
				b.lack(c)
			}
		}
	}
	// fpdf encodes only the Basic Multilingual Plane: runes above it
	// (emoji) are missing whatever is installed.
	name := groupName(r)
	for i := range b.missing {
		if b.missing[i].name == name {
			b.missing[i].runes = append(b.missing[i].runes, r)
			return
		}
	}
	b.missing = append(b.missing, missingGroup{name: name, runes: []rune{r}})
}

func (b *fontBook) lack(c systemFont) {
	for _, l := range b.lacking {
		if l.family == c.family {
			return
		}
	}
	b.lacking = append(b.lacking, c)
}

// fontOf is the font that draws r: 0 for Noto Sans, i+1 for extra[i].
func (b *fontBook) fontOf(r rune) int32 {
	if r < 0x80 || b.base.has(r) || len(b.extra) == 0 {
		return 0
	}
	for i, f := range b.extra {
		if f.glyphs.has(r) {
			return int32(i + 1)
		}
	}
	return 0
}

// drawable reports whether some font of the book draws r.
func (b *fontBook) drawable(r rune) bool {
	if r > 0xFFFF {
		return false
	}
	if b.base.has(r) {
		return true
	}
	for _, f := range b.extra {
		if f.glyphs.has(r) {
			return true
		}
	}
	return false
}

// clean makes s safe for fpdf and readable: runes above U+FFFF (which fpdf
// cannot encode and panics on) and runes no font draws become one visible
// replacement per run, so an emoji with skin tone and joiners shows as a
// single mark; control characters become spaces.
func (b *fontBook) clean(s string) string {
	if b.plain(s) {
		return s
	}
	var out strings.Builder
	out.Grow(len(s))
	replaced := false
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f':
			out.WriteByte(' ')
			replaced = false
		case r == utf8.RuneError || unicode.IsControl(r) || !b.drawable(r):
			// Joiners and variation selectors glue an emoji sequence:
			// they extend the current replacement instead of adding one.
			if !replaced {
				out.WriteString(b.base.replacement)
				replaced = true
			}
		default:
			if replaced && isEmojiGlue(r) {
				continue
			}
			out.WriteRune(r)
			replaced = false
		}
	}
	return out.String()
}

// plain is the fast path: printable ASCII needs no work.
func (b *fontBook) plain(s string) bool {
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

// groupName names the script of a rune no font draws, the way page 1 lists
// it.
func groupName(r rune) string {
	switch {
	case isCJK(r):
		return "Chinese, Japanese and Korean"
	case r > 0xFFFF || unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || isEmojiGlue(r):
		return "Emoji and symbols"
	}
	for name, table := range unicode.Scripts {
		if name != "Common" && name != "Inherited" && unicode.Is(table, r) {
			return name
		}
	}
	return "Other characters"
}

// isCJK reports whether r is Chinese, Japanese or Korean script or
// punctuation: a line may break between any two such runes.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo) ||
		(r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}

// isRTL reports whether r is a letter of a right-to-left script.
func isRTL(r rune) bool {
	return unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko) &&
		!unicode.IsDigit(r) && !unicode.IsSpace(r)
}

// notes are what page 1 says about scripts: the fonts to install, the
// characters replaced.
func (b *fontBook) notes() []string {
	out := b.lackingNotes()
	for _, g := range b.missing {
		if b.explained(g) {
			continue
		}
		out = append(out, fmt.Sprintf("%s (no installed font draws them, or PDF fonts cannot hold them): %s; each run of them is drawn as %s.",
			g.name, codePoints(g.runes), b.base.replacement))
	}
	return out
}

// lackingNotes say which fonts to install for the scripts drawn as
// replacements; the command line repeats them on stderr.
func (b *fontBook) lackingNotes() []string {
	var out []string
	for _, c := range b.lacking {
		n := 0
		for _, g := range b.missing {
			for _, r := range g.runes {
				if c.wantsRune(r) {
					n++
				}
			}
		}
		out = append(out, fmt.Sprintf("no font for %s is installed: %d distinct characters are drawn as %s (install the Debian package %s).",
			c.script, n, b.base.replacement, c.pkg))
	}
	return out
}

// explained reports whether a lacking font accounts for a group.
func (b *fontBook) explained(g missingGroup) bool {
	for _, c := range b.lacking {
		if c.wantsRune(g.runes[0]) {
			return true
		}
	}
	return false
}

// drawnWith says which system fonts draw what Noto Sans cannot.
func (b *fontBook) drawnWith() []string {
	var out []string
	for _, f := range b.extra {
		s := f.script + " in " + f.familyName
		if f.family == "NotoSansArabic" || f.family == "NotoSansHebrew" {
			s += " (words right to left, letters unjoined: the PDF draws no ligatures)"
		}
		out = append(out, s)
	}
	return out
}

// codePoints lists runes as U+XXXX, at most 24 of them.
func codePoints(rs []rune) string {
	const most = 24
	parts := make([]string, 0, min(len(rs), most)+1)
	for i, r := range rs {
		if i == most {
			parts = append(parts, fmt.Sprintf("and %d more", len(rs)-most))
			break
		}
		parts = append(parts, fmt.Sprintf("U+%04X", r))
	}
	return strings.Join(parts, ", ")
}
