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

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"readouts/app"
)

// Colour names served by the application theme. Each colour has one role,
// and the roles differ in form as well as in hue, so that no colour means
// two things in one view (palette_test.go checks how far apart they are):
//
//   - judgements (verdicts, a reviewer's mark) are solid chips, their word
//     drawn in ColorOnSolid;
//   - accounts are pale tints behind their statements' words;
//   - the evidence marks inside a row are a marker behind the cue words
//     and lines under the shared specifics and the topic words.
const (
	ColorAgree     fyne.ThemeColorName = "readouts-agree"
	ColorDiverge   fyne.ThemeColorName = "readouts-diverge"
	ColorLeftOnly  fyne.ThemeColorName = "readouts-left-only"  // one side only: the same as ColorRightOnly
	ColorRightOnly fyne.ThemeColorName = "readouts-right-only" // the word says which side
	ColorReviewed  fyne.ThemeColorName = "readouts-reviewed"   // the "Reviewed" mark
	// ColorOnSolid is the text drawn on a solid chip.
	ColorOnSolid fyne.ThemeColorName = "readouts-on-solid"

	ColorSilent fyne.ThemeColorName = "readouts-silent" // a matrix cell with nothing said
	ColorCue    fyne.ThemeColorName = "readouts-cue"    // marker behind the words the key reason names
	ColorShared fyne.ThemeColorName = "readouts-shared" // a tint for "related" (the article-use view)
	// ColorSharedLine underlines a specific thing both sides name;
	// ColorTopicLine, thinner, a word that puts a statement in its topic.
	ColorSharedLine fyne.ThemeColorName = "readouts-shared-line"
	ColorTopicLine  fyne.ThemeColorName = "readouts-topic-line"
	ColorDiffers    fyne.ThemeColorName = "readouts-differs"  // words only one side quotes (word differences)
	ColorFind       fyne.ThemeColorName = "readouts-find"     // find-in-article matches
	ColorSelected   fyne.ThemeColorName = "readouts-selected" // selected row
	// ColorTextSelection is behind text the user selected in the article.
	ColorTextSelection fyne.ThemeColorName = "readouts-text-selection"
	// ColorMuted is secondary text (a statement's kind and confidence, the
	// reasons after the key one): paler than the foreground, still AA.
	ColorMuted fyne.ThemeColorName = "readouts-muted"
	// ColorLink is the text of a reference to follow ("See row 3").
	ColorLink fyne.ThemeColorName = "readouts-link"
)

// AccountColors is how many accounts get a colour of their own; the
// accounts after them share a neutral grey, so that no colour ever names
// two accounts.
const AccountColors = 6

// ColorOtherAccounts is the one pale tint of the statements of every
// account outside the comparison on show: in the article, each colour
// names one account of the legend.
const ColorOtherAccounts fyne.ThemeColorName = "readouts-account-others"

// AccountColor names the tint of the i-th account of an extraction (largest
// first) when it is compared (strong); the accounts outside the comparison
// share ColorOtherAccounts.
func AccountColor(i int, strong bool) fyne.ThemeColorName {
	if !strong {
		return ColorOtherAccounts
	}
	if i >= 0 && i < AccountColors {
		return fyne.ThemeColorName("readouts-account-" + string(rune('0'+i)))
	}
	return "readouts-account-more"
}

// accountTintNames are the account tints: each account's, the neutral
// one of the accounts after the sixth, and the one of the others.
func accountTintNames() []fyne.ThemeColorName {
	var names []fyne.ThemeColorName
	for i := 0; i <= AccountColors; i++ {
		names = append(names, AccountColor(i, true))
	}
	return append(names, ColorOtherAccounts)
}

// HighlightColorNames lists every background colour name of the palette
// that text in the theme's foreground is drawn on, for themes to serve and
// tests to check. The solid chips (SolidColorNames) carry ColorOnSolid
// text instead.
func HighlightColorNames() []fyne.ThemeColorName {
	names := []fyne.ThemeColorName{ColorSilent, ColorCue, ColorShared, ColorDiffers, ColorFind,
		ColorSelected, ColorTextSelection}
	return append(names, accountTintNames()...)
}

// SolidColorNames are the chips of judgements: verdicts and the
// reviewer's mark.
func SolidColorNames() []fyne.ThemeColorName {
	return []fyne.ThemeColorName{ColorAgree, ColorDiverge, ColorLeftOnly, ColorRightOnly, ColorReviewed}
}

// textOn is the colour of text drawn on the background bg.
func textOn(bg fyne.ThemeColorName) fyne.ThemeColorName {
	for _, s := range SolidColorNames() {
		if s == bg {
			return ColorOnSolid
		}
	}
	return theme.ColorNameForeground
}

// VerdictColor is the chip colour of a verdict.
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
		if name == ColorOnSolid || name == ColorMuted || name == ColorLink {
			return th.Color(theme.ColorNameForeground, v)
		}
		return th.Color(theme.ColorNameSelection, v)
	}
	return c
}
