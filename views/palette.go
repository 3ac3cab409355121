package views

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The palette. Judgements are solid chips: agree blue and diverge
// vermillion from the Okabe–Ito set, which stay apart for the common forms
// of colour blindness, one side only a neutral grey, the reviewer's mark
// green; their words are drawn in white (light) or near-black (dark) at
// WCAG AA or better. Accounts are pale tints (light) or deep ones (dark)
// in hues none of the chips or marks use: green, pink, violet, cyan, lime
// and apricot, in that order, the first three the furthest apart for
// colour-blind readers; the accounts outside the comparison share one
// pale grey. Inside a row, the cue words sit on a yellow marker;
// the shared specifics and topic words are underlined, a form no account
// uses. Text in the theme's foreground keeps at least 4.5:1 on every tint
// (palette_test.go checks contrast and how far apart the colours are).
var (
	lightPalette = map[fyne.ThemeColorName]color.NRGBA{
		ColorAgree:         rgb(0x1f6fb2), // blue
		ColorDiverge:       rgb(0xb5480f), // vermillion
		ColorLeftOnly:      rgb(0x666666), // neutral: the word names the side
		ColorRightOnly:     rgb(0x666666),
		ColorReviewed:      rgb(0x2e7d32), // green: a reviewer's mark
		ColorOnSolid:       rgb(0xffffff),
		ColorSilent:        rgb(0xeeeeee),
		ColorCue:           rgb(0xf9e55f), // marker yellow
		ColorShared:        rgb(0xd3e3f3), // pale blue: words in common, short of a use
		ColorSharedLine:    rgb(0x5b4fc7), // indigo line
		ColorTopicLine:     rgb(0x8c8c8c), // grey line
		ColorDiffers:       rgb(0xe4e4e4), // grey: words only this side quotes
		ColorFind:          rgb(0xffd24a),
		ColorSelected:      rgb(0xe8f2f9),
		ColorTextSelection: rgb(0xa8c7fa),
		ColorMuted:         rgb(0x5e5e5e),
		ColorOtherAccounts: rgb(0xebebeb),
		ColorLink:          rgb(0x1a5fb4),
	}
	darkPalette = map[fyne.ThemeColorName]color.NRGBA{
		ColorAgree:         rgb(0x7ab6e8),
		ColorDiverge:       rgb(0xf09a6a),
		ColorLeftOnly:      rgb(0xb3b3b3),
		ColorRightOnly:     rgb(0xb3b3b3),
		ColorReviewed:      rgb(0x8fd18f),
		ColorOnSolid:       rgb(0x111111),
		ColorSilent:        rgb(0x3a3a3a),
		ColorCue:           rgb(0x5f5400),
		ColorShared:        rgb(0x24405a),
		ColorSharedLine:    rgb(0xa99cff),
		ColorTopicLine:     rgb(0x8a8a8a),
		ColorDiffers:       rgb(0x454545),
		ColorFind:          rgb(0x7a5c00),
		ColorSelected:      rgb(0x213039),
		ColorTextSelection: rgb(0x2d4f8a),
		ColorMuted:         rgb(0xb5b5b5),
		ColorOtherAccounts: rgb(0x333335),
		ColorLink:          rgb(0x8ab4f8),
	}
	// accountTints are the tints of the accounts, light then dark; the
	// last is the neutral one of the accounts after the sixth.
	accountTints = [AccountColors + 1][2]uint32{
		{0x9bd9bf, 0x1d5c47}, // green
		{0xf0b6d6, 0x6b3553}, // pink
		{0xcbbdf2, 0x4c3f7c}, // violet
		{0xa5e3ea, 0x1b5763}, // cyan
		{0xd9e89c, 0x4f6320}, // lime
		{0xf2c8a0, 0x6a4030}, // apricot
		{0xcfcfcf, 0x505050}, // neutral
	}
	// Fyne's light foreground (#565656) is too pale for text on tints; a
	// near-black reads on all of them.
	lightForeground = rgb(0x222222)
)

func init() {
	for i, t := range accountTints {
		lightPalette[AccountColor(i, true)] = rgb(t[0])
		darkPalette[AccountColor(i, true)] = rgb(t[1])
	}
}

func rgb(v uint32) color.NRGBA {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

// Theme names as stored in preferences and given to --theme.
const (
	themeLight  = "light"
	themeDark   = "dark"
	themeSystem = "system"
)

// readoutsTheme is Fyne's default theme with the Readouts palette added,
// and a fixed variant unless it follows the system.
type readoutsTheme struct {
	name string // themeLight, themeDark or themeSystem
}

func newTheme(name string) *readoutsTheme {
	switch name {
	case themeLight, themeDark:
	default:
		name = themeSystem
	}
	return &readoutsTheme{name: name}
}

func (t *readoutsTheme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.name {
	case themeLight:
		return theme.VariantLight
	case themeDark:
		return theme.VariantDark
	}
	return v
}

// Color serves the palette and the default theme's colours.
func (t *readoutsTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	v = t.variant(v)
	p := darkPalette
	if v == theme.VariantLight {
		p = lightPalette
		if n == theme.ColorNameForeground {
			return lightForeground
		}
	}
	if c, ok := p[n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t *readoutsTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (t *readoutsTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (t *readoutsTheme) Size(n fyne.ThemeSizeName) float32       { return theme.DefaultTheme().Size(n) }
