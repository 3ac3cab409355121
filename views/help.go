package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// helpText is "How to read this": what the rows, verdicts, colours and
// marks mean, what the tool cannot know, and the keys (listed from the
// menus, so the list is the shortcuts the window has).
func helpText(keys []string) string {
	var b strings.Builder
	b.WriteString(`## What you see

Each row is one point the two accounts make, or one only of them makes: the left account's statements, then the row's number, topic, verdict and reasons, then the right account's statements. A statement stands in full in one row, the one it fits best; another row that speaks to it refers to it (**See row 3, below**): click the reference to go there. Click a statement to find its words in the article; click a marked passage in the article to find its row.

## Verdicts

- **agree** (a blue chip): both accounts make the point and say the same of it.
- **diverge** (a vermillion chip): both make the point and say different things of it. The first reason under the verdict, the key reason, says how; the reasons after it, paler, back it up.
- **only** and the account's name (a grey chip): only one account makes the point. The other side may show references to what it says on the same topic in other rows.
- In **All three**, each account's cell says whom it **agrees with**, whom it **diverges from**, that only **this account** speaks to the topic, or that it is **silent**.

The summary counts points (rows) that agree and diverge, and statements that only one account makes; a statement is counted once, in its own row.

## Colours

Each account has its own colour, always beside its name: in the column heads, in the legend, and behind its statements in the article. The statements of the accounts outside the comparison share one pale grey; hover over one to see whose it is. Verdicts are solid chips with their word written on them. Colour is never the only sign: every colour comes with a word.

## Evidence marks

Inside a row, on both sides:

- **cue words** sit on a yellow marker: the words the key reason names ("now" against "later", "useful" and "good");
- **shared** specifics are underlined: a person, place, number or event both sides name, which makes the row one point;
- **topic** words have a thin grey line: the words that put the statement in the row's topic;
- **words only one side has** are on grey, where the two sides quote the same words. Paraphrases share few words even when they agree, so their word differences show only on request: Word Differences in Every Row in the View menu (Ctrl+D), or the check in the legend.

## Quote or paraphrase

Above every statement: **Quote** (the speaker's words, in quotation marks in the article) or **Paraphrase: the article's words** (the journalist's summary of what was said, not the speaker's words), and the confidence (0 to 1) that the statement is the speaker's and of that kind. Hover over a statement in the article, or right-click it for Attribution Evidence, to see why it was attributed so.

## What Readouts cannot know

- It reads attributions, not truth: it shows who the article says said what. It cannot tell whether a statement is true, nor whether the speaker really said it.
- A paraphrase is the journalist's words. Two paraphrases that differ may differ in the reporting, not in what was said.
- A point that only one account makes may be the article's omission: the other side may have made it in words the article did not report.
- Verdicts come from rules about words. Check the marked words against the article before you rely on one; right-click a row or a statement to correct it. Corrections are kept in a review file beside the article and can be undone.

## Keyboard

`)
	for _, k := range keys {
		b.WriteString("- " + k + "\n")
	}
	return b.String()
}

// shortcutKeys lists the window's keys: the menus' shortcuts, with the
// keys no menu shows.
func (g *gui) shortcutKeys() []string {
	var out []string
	if g.w.mainMenu != nil {
		for _, m := range g.w.mainMenu.Items {
			for _, it := range m.Items {
				if it.Shortcut != nil {
					out = append(out, fmt.Sprintf("**%s**: %s", shortcutText(it.Shortcut), strings.TrimSuffix(it.Label, "…")))
				}
			}
		}
	}
	return append(out,
		"**Up / Down arrows**: the row, or the topic, before or after",
		"**Esc**: cancel what is running, or close the find bar",
		"**F1**: this help")
}

// shortcutText writes a shortcut as a reader types it: "Ctrl+Shift+A".
func shortcutText(s fyne.Shortcut) string {
	switch s.(type) {
	case *fyne.ShortcutUndo:
		return "Ctrl+Z"
	case *fyne.ShortcutRedo:
		return "Ctrl+Y"
	}
	c, ok := s.(*desktop.CustomShortcut)
	if !ok {
		return s.ShortcutName()
	}
	var parts []string
	for _, m := range []struct {
		mod  fyne.KeyModifier
		name string
	}{{fyne.KeyModifierControl, "Ctrl"}, {fyne.KeyModifierSuper, "Cmd"}, {fyne.KeyModifierAlt, "Alt"}, {fyne.KeyModifierShift, "Shift"}} {
		if c.Modifier&m.mod != 0 {
			parts = append(parts, m.name)
		}
	}
	return strings.Join(append(parts, string(c.KeyName)), "+")
}

// showHelp shows "How to read this".
func (g *gui) showHelp() {
	text := widget.NewRichTextFromMarkdown(helpText(g.shortcutKeys()))
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("How to read this", "Close", container.NewVScroll(text), g.win)
	size := g.win.Canvas().Size()
	d.Resize(fyne.NewSize(fyne.Min(size.Width-60, 760), fyne.Min(size.Height-60, 720)))
	d.Show()
}
