package report

import (
	"os"
	"sync"
	"unicode"
)

// Noto Sans draws Latin, Greek and Cyrillic. The scripts it lacks are drawn
// with fonts found on the system at export time, so the binary does not
// carry 20 MB of CJK glyphs that most reports never use. fpdf embeds only
// TrueType fonts with glyf outlines (it refuses OpenType/CFF and font
// collections), which rules out Debian's Noto Sans CJK (.ttc, CFF) and
// leaves, for Chinese, Japanese and Korean, Droid Sans Fallback. fpdf
// embeds each as a subset of the glyphs used.

// systemFont is a font the report may draw with when it is installed.
type systemFont struct {
	family     string // the name fpdf registers it under
	familyName string // its family name: "Noto Sans Arabic"
	script     string // what it draws, as page 1 says: "Arabic"
	pkg        string // the Debian package that installs it
	regular    string // file paths
	bold       string // "" when the font has no bold face
	// wants tells the runes it is meant for; nil for any.
	wants func(rune) bool
}

const (
	notoDir   = "/usr/share/fonts/truetype/noto/"
	dejavuDir = "/usr/share/fonts/truetype/dejavu/"
	droidDir  = "/usr/share/fonts/truetype/droid/"
)

// systemFonts are the fallbacks tried in order for a rune Noto Sans lacks:
// the script's own Noto font first, then Droid Sans Fallback for CJK, then
// DejaVu Sans, which covers many scripts and symbols.
var systemFonts = []systemFont{
	{family: "NotoSansArabic", familyName: "Noto Sans Arabic", script: "Arabic", pkg: "fonts-noto-core",
		regular: notoDir + "NotoSansArabic-Regular.ttf", bold: notoDir + "NotoSansArabic-Bold.ttf",
		wants: func(r rune) bool { return unicode.Is(unicode.Arabic, r) }},
	{family: "NotoSansHebrew", familyName: "Noto Sans Hebrew", script: "Hebrew", pkg: "fonts-noto-core",
		regular: notoDir + "NotoSansHebrew-Regular.ttf", bold: notoDir + "NotoSansHebrew-Bold.ttf",
		wants: func(r rune) bool { return unicode.Is(unicode.Hebrew, r) }},
	{family: "DroidSansFallback", familyName: "Droid Sans Fallback", script: "Chinese, Japanese and Korean", pkg: "fonts-droid-fallback",
		regular: droidDir + "DroidSansFallbackFull.ttf", wants: isCJK},
	{family: "DejaVuSans", familyName: "DejaVu Sans", script: "other scripts and symbols", pkg: "fonts-dejavu-core",
		regular: dejavuDir + "DejaVuSans.ttf", bold: dejavuDir + "DejaVuSans-Bold.ttf"},
	{family: "NotoSansSymbols2", familyName: "Noto Sans Symbols 2", script: "symbols", pkg: "fonts-noto-core",
		regular: notoDir + "NotoSansSymbols2-Regular.ttf",
		wants:   func(r rune) bool { return !unicode.IsLetter(r) }},
}

// systemFace is a system font read from disk: its bytes, the runes its
// regular face draws and its PostScript names.
type systemFace struct {
	systemFont
	regular, bold []byte // bold is nil when there is none
	boldGlyphs    *glyphSet
	glyphs        *glyphSet
	postScript    [2]string // regular, bold
}

// faceStyle is the fpdf style to draw r in this font for a look's face:
// bold when the font has a bold face that has r, else regular (system
// fallbacks have no italic).
func (f *systemFace) faceStyle(fc face, r rune) string {
	if fc == bold && f.bold != nil && f.boldGlyphs.has(r) {
		return "B"
	}
	return ""
}

// systemFaces caches the fonts read from disk for the life of the process,
// by regular file path: reading a 4 MB CJK font for every report would
// cost more than the report. A font that could not be read is cached as
// nil, so it is not tried again.
var systemFaces sync.Map // string → *systemFace

func (c systemFont) wantsRune(r rune) bool { return c.wants == nil || c.wants(r) }

// load reads the font from disk, or returns nil when it is not installed
// or cannot be embedded.
func (c systemFont) load() *systemFace {
	if v, ok := systemFaces.Load(c.regular); ok {
		return v.(*systemFace)
	}
	f := c.read()
	v, _ := systemFaces.LoadOrStore(c.regular, f)
	return v.(*systemFace)
}

func (c systemFont) read() *systemFace {
	data, err := os.ReadFile(c.regular)
	if err != nil || !embeddable(data) {
		return nil
	}
	g, err := parseGlyphSet(data)
	if err != nil {
		return nil
	}
	f := &systemFace{systemFont: c, regular: data, glyphs: g}
	f.postScript[0] = postScriptName(data, c.family)
	if c.bold != "" {
		if b, err := os.ReadFile(c.bold); err == nil && embeddable(b) {
			if bg, err := parseGlyphSet(b); err == nil {
				f.bold, f.boldGlyphs = b, bg
				f.postScript[1] = postScriptName(b, c.family+"-Bold")
			}
		}
	}
	return f
}

// embeddable reports whether fpdf can embed the font: a single TrueType
// font (not a collection, not CFF outlines) with a format 4 Unicode cmap.
func embeddable(font []byte) bool {
	if len(font) < 4 {
		return false
	}
	switch string(font[:4]) {
	case "\x00\x01\x00\x00", "true":
	default:
		return false
	}
	return hasFormat4(font)
}
