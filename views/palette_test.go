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
	l := linearRGB(c)
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
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

// TestPaletteContrast checks WCAG AA in light and dark: text in the
// theme's foreground on every tint, the words of the chips on the chips,
// muted text and links on the background (4.5:1), and the lines under
// marked words against the background (3:1, as for any mark that is not
// text).
func TestPaletteContrast(t *testing.T) {
	for _, name := range []string{themeLight, themeDark} {
		th := newTheme(name)
		c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
		fg, bg := c(theme.ColorNameForeground), c(theme.ColorNameBackground)
		check := func(what string, a, b color.Color, want float64) {
			t.Helper()
			if _, _, _, al := a.RGBA(); al != 0xffff {
				t.Errorf("%s %s: not an opaque colour (%v)", name, what, a)
			}
			if r := contrast(a, b); r < want {
				t.Errorf("%s: %s has contrast %.2f:1, want at least %.1f:1", name, what, r, want)
			}
		}
		for _, n := range HighlightColorNames() {
			check("text on "+string(n), c(n), fg, 4.5)
		}
		for _, n := range SolidColorNames() {
			check("the word on "+string(n), c(n), c(ColorOnSolid), 4.5)
		}
		for _, n := range []fyne.ThemeColorName{ColorMuted, ColorLink} {
			check(string(n)+" text", c(n), bg, 4.5)
		}
		for _, n := range []fyne.ThemeColorName{ColorSharedLine, ColorTopicLine} {
			check(string(n)+" on the background", c(n), bg, 3)
		}
	}
}

// TestPaletteApart checks that colours of different roles, and the
// accounts among themselves, are told apart: by normal vision and, for the
// accounts, by readers with the common forms of colour blindness
// (protanopia and deuteranopia, simulated), measured as CIEDE2000
// distances. Every account is also named beside its colour; the colours
// must not contradict the names.
func TestPaletteApart(t *testing.T) {
	var accounts []fyne.ThemeColorName
	for i := 0; i < AccountColors; i++ {
		accounts = append(accounts, AccountColor(i, true))
	}
	others := []fyne.ThemeColorName{ColorAgree, ColorDiverge, ColorLeftOnly, ColorReviewed, ColorCue, ColorDiffers, ColorOtherAccounts, ColorSilent, ColorShared}
	for _, name := range []string{themeLight, themeDark} {
		th := newTheme(name)
		c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
		for _, vision := range []struct {
			name       string
			sim        func(color.Color) [3]float64
			accounts   float64 // between any two accounts
			firstThree float64 // between the three accounts All three shows
			otherRoles float64 // between an account and a colour of another role
		}{
			{"normal vision", normalVision, 12, 12, 10},
			{"protanopia", protanopia, 3, 7, 0},
			{"deuteranopia", deuteranopia, 3, 7, 0},
		} {
			for i, a := range accounts {
				for j := i + 1; j < len(accounts); j++ {
					want := vision.accounts
					if j < 3 {
						want = vision.firstThree
					}
					if d := ciede2000(vision.sim(c(a)), vision.sim(c(accounts[j]))); d < want {
						t.Errorf("%s, %s: %s and %s are %.1f apart, want at least %.0f", name, vision.name, a, accounts[j], d, want)
					}
				}
				for _, o := range others {
					if d := ciede2000(vision.sim(c(a)), vision.sim(c(o))); d < vision.otherRoles {
						t.Errorf("%s, %s: account %s and %s are %.1f apart, want at least %.0f", name, vision.name, a, o, d, vision.otherRoles)
					}
				}
			}
		}
		// The verdicts apart from one another (one side only is one
		// colour: the word says which side).
		verdicts := []fyne.ThemeColorName{ColorAgree, ColorDiverge, ColorLeftOnly, ColorReviewed}
		for i, a := range verdicts {
			for _, b := range verdicts[i+1:] {
				if d := ciede2000(normalVision(c(a)), normalVision(c(b))); d < 15 {
					t.Errorf("%s: %s and %s are %.1f apart, want at least 15", name, a, b, d)
				}
			}
		}
		if c(ColorLeftOnly) != c(ColorRightOnly) {
			t.Errorf("%s: one side only has two colours", name)
		}
	}
}

// The colour science of TestPaletteApart: linear RGB, the Machado et al.
// (2009) simulation of dichromacy at full severity, CIELAB (D65) and the
// CIEDE2000 colour difference.

func linearRGB(c color.Color) [3]float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return [3]float64{lin(r), lin(g), lin(b)}
}

func simulate(m [3][3]float64) func(color.Color) [3]float64 {
	return func(c color.Color) [3]float64 {
		l := linearRGB(c)
		var out [3]float64
		for i := range out {
			out[i] = math.Min(1, math.Max(0, m[i][0]*l[0]+m[i][1]*l[1]+m[i][2]*l[2]))
		}
		return out
	}
}

var (
	normalVision = linearRGB
	protanopia   = simulate([3][3]float64{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}})
	deuteranopia = simulate([3][3]float64{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}})
)

func lab(l [3]float64) [3]float64 {
	x := (0.4124*l[0] + 0.3576*l[1] + 0.1805*l[2]) / 0.95047
	y := 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	z := (0.0193*l[0] + 0.1192*l[1] + 0.9505*l[2]) / 1.08883
	f := func(t float64) float64 {
		if t > 216.0/24389 {
			return math.Cbrt(t)
		}
		return (24389.0/27*t + 16) / 116
	}
	fx, fy, fz := f(x), f(y), f(z)
	return [3]float64{116*fy - 16, 500 * (fx - fy), 200 * (fy - fz)}
}

func ciede2000(c1, c2 [3]float64) float64 { return deltaE2000Lab(lab(c1), lab(c2)) }

func deltaE2000Lab(a, b [3]float64) float64 {
	rad := math.Pi / 180
	cb := (math.Hypot(a[1], a[2]) + math.Hypot(b[1], b[2])) / 2
	g := 0.5 * (1 - math.Sqrt(math.Pow(cb, 7)/(math.Pow(cb, 7)+math.Pow(25, 7))))
	a1, a2 := (1+g)*a[1], (1+g)*b[1]
	c1p, c2p := math.Hypot(a1, a[2]), math.Hypot(a2, b[2])
	hue := func(y, x float64) float64 { return math.Mod(math.Atan2(y, x)/rad+360, 360) }
	h1, h2 := hue(a[2], a1), hue(b[2], a2)
	dL, dC := b[0]-a[0], c2p-c1p
	dh := h2 - h1
	switch {
	case c1p*c2p == 0:
		dh = 0
	case dh > 180:
		dh -= 360
	case dh < -180:
		dh += 360
	}
	dH := 2 * math.Sqrt(c1p*c2p) * math.Sin(dh/2*rad)
	lb, cbp := (a[0]+b[0])/2, (c1p+c2p)/2
	hb := h1 + h2
	switch {
	case c1p*c2p == 0:
	case math.Abs(h1-h2) <= 180:
		hb /= 2
	case h1+h2 < 360:
		hb = (hb + 360) / 2
	default:
		hb = (hb - 360) / 2
	}
	t := 1 - 0.17*math.Cos((hb-30)*rad) + 0.24*math.Cos(2*hb*rad) + 0.32*math.Cos((3*hb+6)*rad) - 0.20*math.Cos((4*hb-63)*rad)
	dth := 30 * math.Exp(-math.Pow((hb-275)/25, 2))
	rc := 2 * math.Sqrt(math.Pow(cbp, 7)/(math.Pow(cbp, 7)+math.Pow(25, 7)))
	sl := 1 + 0.015*math.Pow(lb-50, 2)/math.Sqrt(20+math.Pow(lb-50, 2))
	sc, sh := 1+0.045*cbp, 1+0.015*cbp*t
	rt := -math.Sin(2*dth*rad) * rc
	return math.Sqrt(math.Pow(dL/sl, 2) + math.Pow(dC/sc, 2) + math.Pow(dH/sh, 2) + rt*(dC/sc)*(dH/sh))
}

// TestCIEDE2000 checks the distance against published pairs (Sharma, Wu
// and Dalal, 2005), given here as CIELAB.
func TestCIEDE2000(t *testing.T) {
	tests := []struct {
		a, b [3]float64
		want float64
	}{
		{[3]float64{50, 2.6772, -79.7751}, [3]float64{50, 0, -82.7485}, 2.0425},
		{[3]float64{50, 2.5, 0}, [3]float64{73, 25, -18}, 27.1492},
		{[3]float64{50, 2.5, 0}, [3]float64{50, 3.2592, 0.3350}, 1.0},
	}
	for _, tc := range tests {
		if got := deltaE2000Lab(tc.a, tc.b); math.Abs(got-tc.want) > 0.001 {
			t.Errorf("ΔE00(%v, %v) = %.4f, want %.4f", tc.a, tc.b, got, tc.want)
		}
	}
}
