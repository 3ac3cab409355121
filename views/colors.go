// Package views is everything of Readouts that has a screen, built with
// Fyne: the window (Run), its menus, shortcuts, dialogs, preferences, theme
// and --screenshot, and the widgets: the wrapping highlight text, the
// side-by-side comparison rows, the article pane with its tinted spans, the
// pair switcher, the summary, the legend and the topic × account matrix.
// It reads articles and comparisons only through app's session. Widgets
// read every colour through their theme by the names below; the window's
// theme (palette.go) supplies the values.
package views

import (
	"image/color"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"readouts/app"
	"readouts/sources"
)

// Colour names served by the application theme. Every one of them is a
// background that text in the theme's foreground colour is drawn on.
const (
	ColorAgree     fyne.ThemeColorName = "readouts-agree"
	ColorDiverge   fyne.ThemeColorName = "readouts-diverge"
	ColorLeftOnly  fyne.ThemeColorName = "readouts-left-only"
	ColorRightOnly fyne.ThemeColorName = "readouts-right-only"
	ColorSilent    fyne.ThemeColorName = "readouts-silent"
	ColorShared    fyne.ThemeColorName = "readouts-shared"   // words both sides use
	ColorDiffers   fyne.ThemeColorName = "readouts-differs"  // words only one side uses
	ColorFind      fyne.ThemeColorName = "readouts-find"     // find-in-article matches
	ColorSelected  fyne.ThemeColorName = "readouts-selected" // selected row
	ColorReviewed  fyne.ThemeColorName = "readouts-reviewed" // the "Reviewed" mark
	// ColorTextSelection is behind text the user selected in the article.
	ColorTextSelection fyne.ThemeColorName = "readouts-text-selection"
)

// AccountColors is how many account tints the palette has; accounts beyond
// it reuse the tints in order.
const AccountColors = 6

// AccountColor names the tint of the i-th account of an extraction (largest
// first). Strong tints mark the accounts being compared, faint ones the rest.
func AccountColor(i int, strong bool) fyne.ThemeColorName {
	if i < 0 {
		i = 0
	}
	names := [...]string{"0", "1", "2", "3", "4", "5"}
	n := "readouts-account-" + names[i%AccountColors]
	if strong {
		return fyne.ThemeColorName(n + "-strong")
	}
	return fyne.ThemeColorName(n + "-faint")
}

// HighlightColorNames lists every background colour name of the palette, for
// themes to serve and tests to check.
func HighlightColorNames() []fyne.ThemeColorName {
	names := []fyne.ThemeColorName{ColorAgree, ColorDiverge, ColorLeftOnly, ColorRightOnly,
		ColorSilent, ColorShared, ColorDiffers, ColorFind, ColorSelected, ColorReviewed, ColorTextSelection}
	for i := 0; i < AccountColors; i++ {
		names = append(names, AccountColor(i, true), AccountColor(i, false))
	}
	return names
}

// VerdictColor is the background colour of a verdict.
func VerdictColor(v app.Verdict) fyne.ThemeColorName {
	switch v {
	case app.Agree:
		return ColorAgree
	case app.Diverge:
		return ColorDiverge
	case app.LeftOnly:
		return ColorLeftOnly
	case app.RightOnly:
		return ColorRightOnly
	}
	return ColorSilent
}

// VerdictWord is the word shown with a verdict, so colour is never the only
// signal: "agree", "diverge", "only Xi".
func VerdictWord(v app.Verdict, left, right string) string {
	switch v {
	case app.Agree:
		return "agree"
	case app.Diverge:
		return "diverge"
	case app.LeftOnly:
		return "only " + left
	case app.RightOnly:
		return "only " + right
	}
	return string(v)
}

// ShortName is the name an account goes by in buttons and verdicts: its id
// with a capital ("xi" → "Xi", "white-house" → "White House"), which
// extraction keeps short and recognisable.
func ShortName(a *sources.Account) string {
	if a == nil {
		return "?"
	}
	id := a.ID
	if id == "" {
		id = a.Speaker
	}
	words := strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// themeColor reads a colour through the widget's theme. A theme that does not
// know the Readouts names (Fyne's default, in tests of this package) answers
// transparent; the selection colour stands in so highlights stay visible.
func themeColor(th fyne.Theme, name fyne.ThemeColorName) color.Color {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	c := th.Color(name, v)
	if c == nil {
		return th.Color(theme.ColorNameSelection, v)
	}
	if _, _, _, a := c.RGBA(); a == 0 && strings.HasPrefix(string(name), "readouts-") {
		return th.Color(theme.ColorNameSelection, v)
	}
	return c
}
