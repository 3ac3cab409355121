package report

import "math"

// rgb is an sRGB colour.
type rgb struct{ R, G, B uint8 }

// The palette follows Paul Tol's colour-blind-safe schemes: verdicts use his
// "vibrant" blue and red with a neutral grey for one-sided rows, so agreement
// and divergence differ in hue and lightness for every kind of colour vision,
// and every verdict also carries a word. Backgrounds are pale tints so that
// every text colour below stays above 4.5:1 contrast on every background
// (TestPaletteContrast checks all combinations).
var (
	colText  = rgb{0x1A, 0x1A, 0x1A}
	colMuted = rgb{0x4A, 0x4A, 0x4A}
	colWhite = rgb{0xFF, 0xFF, 0xFF}
	colRule  = rgb{0xBB, 0xBB, 0xBB}

	// Diff highlights inside matched rows: shared words stay quiet,
	// differing words stand out by lightness as well as hue.
	colShared = rgb{0xDC, 0xDC, 0xDC}
	colCue    = rgb{0xFF, 0xD0, 0x80}
)

// verdictStyle is how one verdict looks: a strong colour for bars and
// swatches (never under text), a pale tint behind text and a dark ink for
// the verdict word.
type verdictStyle struct {
	strong, tint, ink rgb
}

var (
	styleAgree   = verdictStyle{strong: rgb{0x00, 0x77, 0xBB}, tint: rgb{0xD8, 0xE8, 0xF4}, ink: rgb{0x00, 0x4F, 0x7C}}
	styleDiverge = verdictStyle{strong: rgb{0xCC, 0x33, 0x11}, tint: rgb{0xF8, 0xDD, 0xD5}, ink: rgb{0x9A, 0x26, 0x0C}}
	styleOneSide = verdictStyle{strong: rgb{0x77, 0x77, 0x77}, tint: rgb{0xEC, 0xEC, 0xEC}, ink: rgb{0x4A, 0x4A, 0x4A}}
)

// accountTints are Tol's "pale" colours, designed as text backgrounds that
// stay distinct under colour-blindness: the first is the left account, the
// second the right, further ones are used by three-account reports.
var accountTints = []rgb{
	{0xBB, 0xCC, 0xEE}, // pale blue
	{0xEE, 0xEE, 0xBB}, // pale yellow
	{0xCC, 0xDD, 0xAA}, // pale green; pale red comes late, it reads as "diverge"
	{0xCC, 0xEE, 0xFF}, // pale cyan
	{0xFF, 0xCC, 0xCC}, // pale red
}

// accountTint returns the tint of the i-th account of a report.
func accountTint(i int) rgb { return accountTints[i%len(accountTints)] }

// textColours and backgrounds list every colour the report draws text in and
// every colour it draws text on; the contrast test pairs them all.
func textColours() []rgb {
	return []rgb{colText, colMuted, styleAgree.ink, styleDiverge.ink, styleOneSide.ink}
}

func backgrounds() []rgb {
	bg := []rgb{colWhite, colShared, colCue, styleAgree.tint, styleDiverge.tint, styleOneSide.tint}
	return append(bg, accountTints...)
}

// relativeLuminance follows WCAG 2.x.
func relativeLuminance(c rgb) float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// contrastRatio is the WCAG contrast ratio of two colours, from 1 to 21.
func contrastRatio(a, b rgb) float64 {
	la, lb := relativeLuminance(a), relativeLuminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}
