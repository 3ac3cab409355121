package views

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The palette: tints of the Okabe–Ito colours, which stay apart for the
// common forms of colour blindness. Light tints are mixed with white, dark
// ones with the dark background, so that text in the theme's foreground keeps
// a contrast of at least 4.5:1 on every one of them (palette_test.go checks
// it). The verdict is also always written in words.
var (
	lightPalette = map[fyne.ThemeColorName]color.NRGBA{
		ColorAgree:         rgb(0xb2d5e8), // blue
		ColorDiverge:       rgb(0xf2cbad), // vermillion
		ColorLeftOnly:      rgb(0xf0d7e5), // reddish purple
		ColorRightOnly:     rgb(0xb8e4d8), // bluish green
		ColorSilent:        rgb(0xe6e6e6),
		ColorShared:        rgb(0xdad5ef), // lavender: what both say, apart from every account tint
		ColorDiffers:       rgb(0xfaf3bd), // pale yellow: what only this side says
		ColorFind:          rgb(0xf5b7e0),
		ColorSelected:      rgb(0xe8f2f9),
		ColorReviewed:      rgb(0xcfe8c0), // leaf green: a reviewer's mark
		ColorTextSelection: rgb(0xbfa8ff), // violet: apart from every account tint
	}
	darkPalette = map[fyne.ThemeColorName]color.NRGBA{
		ColorAgree:         rgb(0x0a496d),
		ColorDiverge:       rgb(0x763a0c),
		ColorLeftOnly:      rgb(0x684358),
		ColorRightOnly:     rgb(0x0d5441),
		ColorSilent:        rgb(0x444445),
		ColorShared:        rgb(0x45406a),
		ColorDiffers:       rgb(0x4a4622),
		ColorFind:          rgb(0x7a2f63),
		ColorSelected:      rgb(0x213039),
		ColorReviewed:      rgb(0x2f4f22),
		ColorTextSelection: rgb(0x5a3fa0),
	}
	// accountTints are strong and faint tints per account, light then dark.
	accountTints = [AccountColors][4]uint32{
		{0xb3ddf5, 0xe4f3fb, 0x366680, 0x253a46}, // sky blue
		{0xf4d48c, 0xfbf0d6, 0x7e5b0c, 0x453513}, // orange
		{0x99d8c7, 0xdbf1eb, 0x0c5a46, 0x12352c}, // bluish green
		{0xe8c3d7, 0xf7eaf1, 0x724860, 0x3f2d37}, // reddish purple
		// The fifth and sixth tints leave the blue and orange families, so an
		// account outside the pair never reads as one of the first two.
		{0xf2ea9a, 0xfaf7d9, 0x6b6312, 0x39351a}, // yellow
		{0xd5d5d5, 0xefefef, 0x5a5a5a, 0x333333}, // grey
	}
	// Fyne's light foreground (#565656) is too pale for text on tints; a
	// near-black reads on all of them.
	lightForeground = rgb(0x222222)
)

func init() {
	for i, t := range accountTints {
		lightPalette[AccountColor(i, true)] = rgb(t[0])
		lightPalette[AccountColor(i, false)] = rgb(t[1])
		darkPalette[AccountColor(i, true)] = rgb(t[2])
		darkPalette[AccountColor(i, false)] = rgb(t[3])
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
