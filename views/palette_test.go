package views

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is the WCAG 2 relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG 2 contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func TestContrastRatio(t *testing.T) {
	tests := []struct {
		a, b color.Color
		want float64
	}{
		{color.White, color.Black, 21},
		{color.White, color.White, 1},
		{rgb(0x777777), color.White, 4.48}, // the classic just-failing grey
	}
	for _, tc := range tests {
		if got := contrast(tc.a, tc.b); math.Abs(got-tc.want) > 0.01 {
			t.Errorf("contrast(%v, %v) = %.2f, want %.2f", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestPaletteContrast checks that text in the theme's foreground colour
// reads on every highlight background, in light and dark, at WCAG AA.
func TestPaletteContrast(t *testing.T) {
	for _, name := range []string{themeLight, themeDark} {
		th := newTheme(name)
		fg := th.Color(theme.ColorNameForeground, theme.VariantLight)
		for _, bg := range HighlightColorNames() {
			c := th.Color(bg, theme.VariantLight)
			if _, _, _, a := c.RGBA(); a != 0xffff {
				t.Errorf("%s %s: not an opaque palette colour (%v)", name, bg, c)
				continue
			}
			if r := contrast(fg, c); r < 4.5 {
				t.Errorf("%s: text on %s has contrast %.2f:1, want at least 4.5:1", name, bg, r)
			}
		}
	}
}

// TestPaletteDistinct checks that the verdicts and the two word highlights
// do not share a colour, so the legend means one thing per colour.
func TestPaletteDistinct(t *testing.T) {
	names := []fyne.ThemeColorName{ColorAgree, ColorDiverge, ColorLeftOnly,
		ColorRightOnly, ColorShared, ColorDiffers}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		seen := map[color.Color]fyne.ThemeColorName{}
		th := newTheme(themeSystem)
		for _, n := range names {
			c := th.Color(n, v)
			if other, dup := seen[c]; dup {
				t.Errorf("variant %d: %s and %s share %v", v, n, other, c)
			}
			seen[c] = n
		}
	}
}
