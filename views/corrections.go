package views

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
	"readouts/sources"
)

// This file is the reviewer's corrections in the window: the Edit menu,
// the menus on statements, rows and accounts, and the dialogs that make
// each correction. Every correction is one edit of the review (or a new
// list of edits, for unlink) and goes through correct, so it can be undone.

// editItems are the Edit menu's items that change with the state.
type editItems struct {
	undo, redo, machine *fyne.MenuItem
	machineCheck        *widget.Check
}

func shortcutKey(k fyne.KeyName, shift bool) *desktop.CustomShortcut {
	s := ctrl(k)
	if shift {
		s.Modifier |= fyne.KeyModifierShift
	}
	return s
}

// The shortcuts of the corrections; the menus show them.
var (
	keyAdd     = shortcutKey(fyne.KeyA, true)
	keyMove    = shortcutKey(fyne.KeyM, false)
	keyVerdict = shortcutKey(fyne.KeyV, true)
	keyLink    = shortcutKey(fyne.KeyL, false)
	keyRedo    = shortcutKey(fyne.KeyZ, true)
	// keyOpenDocuments opens the sides' own documents (File menu).
	keyOpenDocuments = shortcutKey(fyne.KeyO, true)
	// keyDiffs shows the word differences in every row, or only where
	// the sides quote the same words (View menu).
	keyDiffs = shortcutKey(fyne.KeyD, false)
)

// editMenu builds the Edit menu: undo and redo, then the corrections.
func (g *gui) editMenu() *fyne.Menu {
	e := &g.w.edit
	e.undo = fyne.NewMenuItem("Undo", g.undo)
	e.undo.Shortcut = &fyne.ShortcutUndo{}
	e.redo = fyne.NewMenuItem("Redo", g.redo)
	e.redo.Shortcut = keyRedo
	add := fyne.NewMenuItem("Add Selection as Statement…", g.showAdd)
	add.Shortcut = keyAdd
	move := fyne.NewMenuItem("Move Statement to Account…", func() { g.showMove(g.candidates()) })
	move.Shortcut = keyMove
	verdict := fyne.NewMenuItem("Set Verdict of Row…", func() { g.showVerdict(g.w.rows.Selected()) })
	verdict.Shortcut = keyVerdict
	link := fyne.NewMenuItem("Link Statements…", func() { g.showLink(g.w.rows.Selected()) })
	link.Shortcut = keyLink
	return fyne.NewMenu("Edit", e.undo, e.redo, fyne.NewMenuItemSeparator(),
		add, move,
		fyne.NewMenuItem("Not a Statement", func() { g.statementEdit(app.EditDrop) }),
		fyne.NewMenuItem("About an Earlier Event", func() { g.statementEdit(app.EditEarlier) }),
		fyne.NewMenuItem("Quote / Paraphrase", func() { g.statementEdit(app.EditAdd) }),
		fyne.NewMenuItem("Attribution Evidence…", g.showEvidence),
		fyne.NewMenuItemSeparator(),
		verdict, link,
		fyne.NewMenuItem("Unlink Row", func() { g.unlink(g.w.rows.Selected()) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Rename Account…", func() { g.showRename(g.pair.Left) }),
		fyne.NewMenuItem("Merge Accounts…", func() { g.showMerge(g.pair.Right) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Corrections…", g.showCorrections))
}

// bindEditKeys registers the corrections' shortcuts on the canvas too, for
// a window without a main menu (tests, some desktops).
func (g *gui) bindEditKeys() {
	c := g.win.Canvas()
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { g.undo() })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { g.redo() })
	c.AddShortcut(keyRedo, func(fyne.Shortcut) { g.redo() })
	c.AddShortcut(keyAdd, func(fyne.Shortcut) { g.showAdd() })
	c.AddShortcut(keyMove, func(fyne.Shortcut) { g.showMove(g.candidates()) })
	c.AddShortcut(keyVerdict, func(fyne.Shortcut) { g.showVerdict(g.w.rows.Selected()) })
	c.AddShortcut(keyLink, func(fyne.Shortcut) { g.showLink(g.w.rows.Selected()) })
}

// updateEditMenu names what Undo and Redo would do and marks the reading
// on show.
func (g *gui) updateEditMenu() {
	e := &g.w.edit
	if e.undo == nil || g.rev.history == nil {
		return
	}
	h := g.rev.history
	e.undo.Label, e.undo.Disabled = "Undo", !h.CanUndo()
	if l := h.UndoLabel(); l != "" {
		e.undo.Label = "Undo " + l
	}
	e.redo.Label, e.redo.Disabled = "Redo", !h.CanRedo()
	if l := h.RedoLabel(); l != "" {
		e.redo.Label = "Redo " + l
	}
	if e.machine != nil {
		e.machine.Checked = g.rev.machine
	}
	if e.machineCheck != nil && e.machineCheck.Checked != g.rev.machine {
		e.machineCheck.SetChecked(g.rev.machine)
	}
	if g.w.mainMenu != nil {
		g.w.mainMenu.Refresh()
	}
}

// statementOf is statement id of the reading on show, nil when none.
func (g *gui) statementOf(id string) *sources.Statement {
	return findStatement(g.shown().Extraction(), id)
}

// candidates are the statements a statement correction may be about: the
// one the user picked, then those of the selected row.
func (g *gui) candidates() []string {
	var ids []string
	if g.rev.picked != "" && g.statementOf(g.rev.picked) != nil {
		ids = append(ids, g.rev.picked)
	}
	if i := g.w.rows.Selected(); g.cmp != nil && i >= 0 && i < len(g.cmp.Rows) && !g.pair.All {
		r := g.cmp.Rows[i]
		for _, id := range append(append([]string{}, r.Left...), r.Right...) {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// statementEdit makes a correction of one statement that needs no
// question: not a statement, about an earlier event, quote ⇄ paraphrase.
// It acts on the picked statement, or the selected row's only one.
func (g *gui) statementEdit(op app.EditOp) {
	ids := g.candidates()
	if g.rev.picked == "" && len(ids) > 1 {
		g.status("Click the statement to correct first: this row has several.")
		return
	}
	if len(ids) == 0 {
		g.status("Click a statement first, in a row or in the article.")
		return
	}
	g.correctStatement(op, ids[0])
}

func (g *gui) correctStatement(op app.EditOp, id string) {
	st := g.statementOf(id)
	if st == nil {
		return
	}
	span := app.SpanOf(*st)
	switch op {
	case app.EditDrop:
		g.correct("Not a statement", app.Edit{Op: app.EditDrop, Span: &span, Document: st.Document})
	case app.EditEarlier:
		g.correct("About an earlier event", app.Edit{Op: app.EditEarlier, Span: &span, Document: st.Document})
	case app.EditAdd: // quote ⇄ paraphrase: the same span, the other kind
		if st.Earlier || st.Account == "" {
			g.status("Move the statement into an account first.")
			return
		}
		kind := sources.Quote
		if st.Kind == sources.Quote {
			kind = sources.Paraphrase
		}
		g.correct("Quote / paraphrase", app.Edit{Op: app.EditAdd, Span: &span, Document: st.Document, Account: st.Account, Kind: kind})
	}
}

// statementItems are the menu items of statement id.
func (g *gui) statementItems(id string) []*fyne.MenuItem {
	st := g.statementOf(id)
	if st == nil {
		return nil
	}
	title := fyne.NewMenuItem(fmt.Sprintf("¶%d «%s»", st.Paragraph, excerpt(st.Text, 40)), nil)
	title.Disabled = true
	other := "Mark as Quote"
	if st.Kind == sources.Quote {
		other = "Mark as Paraphrase"
	}
	return []*fyne.MenuItem{title,
		fyne.NewMenuItem("Move to Account…", func() { g.showMove([]string{id}) }),
		fyne.NewMenuItem("Not a Statement", func() { g.correctStatement(app.EditDrop, id) }),
		fyne.NewMenuItem("About an Earlier Event", func() { g.correctStatement(app.EditEarlier, id) }),
		fyne.NewMenuItem(other, func() { g.correctStatement(app.EditAdd, id) }),
		fyne.NewMenuItem("Attribution Evidence…", func() { g.showEvidenceOf(id) }),
	}
}

func (g *gui) popUp(ev *fyne.PointEvent, items []*fyne.MenuItem) {
	if len(items) == 0 {
		return
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), g.win.Canvas(), ev.AbsolutePosition)
}

// articleMenu is the menu of a right click in the article: the statement
// under it, and the selection.
func (g *gui) articleMenu(id string, ev *fyne.PointEvent) {
	if id != "" {
		g.rev.picked = id
	}
	items := g.statementItems(id)
	if _, _, _, _, ok := g.selection(); ok {
		if len(items) > 0 {
			items = append(items, fyne.NewMenuItemSeparator())
		}
		add := fyne.NewMenuItem("Add Selection as Statement of…", g.showAdd)
		add.Shortcut = keyAdd
		items = append(items, add)
	}
	if len(items) == 0 {
		hint := fyne.NewMenuItem("Select text to add it as a statement", nil)
		hint.Disabled = true
		items = append(items, hint)
	}
	g.popUp(ev, items)
}

// rowMenu is the menu of a row: the statement under the click, the row's
// verdict and links, and its accounts.
func (g *gui) rowMenu(row int, id string, ev *fyne.PointEvent) {
	if g.cmp == nil || row < 0 || row >= len(g.cmp.Rows) {
		return
	}
	g.w.rows.Select(row)
	if id != "" {
		g.rev.picked = id
		g.w.rows.MarkStatements(id)
		g.text().Mark(id)
		g.text().Pick(id)
	}
	items := g.statementItems(id)
	if len(items) > 0 {
		items = append(items, fyne.NewMenuItemSeparator())
	}
	verdict := fyne.NewMenuItem("Set Verdict…", func() { g.showVerdict(row) })
	verdict.Shortcut = keyVerdict
	link := fyne.NewMenuItem("Link Statements…", func() { g.showLink(row) })
	link.Shortcut = keyLink
	items = append(items, verdict, link)
	if r := g.cmp.Rows[row]; len(r.Left) > 0 && len(r.Right) > 0 {
		items = append(items, fyne.NewMenuItem("Unlink", func() { g.unlink(row) }))
	}
	if id == "" {
		move := fyne.NewMenuItem("Move a Statement to Account…", func() { g.showMove(g.candidates()) })
		move.Shortcut = keyMove
		items = append(items, fyne.NewMenuItemSeparator(), move)
	}
	g.popUp(ev, items)
}

// accountMenu is the menu of an account's column head.
func (g *gui) accountMenu(id string, ev *fyne.PointEvent) {
	g.popUp(ev, []*fyne.MenuItem{
		fyne.NewMenuItem("Rename…", func() { g.showRename(id) }),
		fyne.NewMenuItem("Merge Another Account into This…", func() { g.showMergeInto(id) }),
	})
}

// accountOption is how a dialog lists an account: its name, then its
// speaker and channel.
func accountOption(name string, a *sources.Account) string {
	return fmt.Sprintf("%s (%s, %s)", name, a.Speaker, a.Channel)
}

const newAccountOption = "New account…"

// accountChoice is a drop-down of the accounts (and, with allowNew, a new
// one, with entries for its speaker and channel).
type accountChoice struct {
	sel              *submitSelect
	speaker, channel *widget.Entry
	ids              []string
}

func (g *gui) newAccountChoice(allowNew bool, def string, submit func()) *accountChoice {
	x := g.shown().Extraction()
	c := &accountChoice{speaker: newSubmitEntry(submit), channel: newSubmitEntry(submit)}
	var opts []string
	for i := range x.Accounts {
		opts = append(opts, accountOption(g.names.Of(x.Accounts[i].ID), &x.Accounts[i]))
		c.ids = append(c.ids, x.Accounts[i].ID)
	}
	if allowNew {
		opts = append(opts, newAccountOption)
	}
	c.speaker.SetPlaceHolder("Speaker, e.g. White House")
	c.channel.SetPlaceHolder("Channel, e.g. press briefing")
	c.sel = newSubmitSelect(opts, func(s string) {
		if s == newAccountOption {
			c.speaker.Enable()
			c.channel.Enable()
		} else {
			c.speaker.Disable()
			c.channel.Disable()
		}
	}, submit)
	at := slices.Index(c.ids, def)
	c.sel.SetSelectedIndex(max(at, 0))
	return c
}

// edit fills e's account (and speaker and channel for a new one); false
// when a new account has no speaker.
func (c *accountChoice) edit(g *gui, e *app.Edit) bool {
	i := c.sel.SelectedIndex()
	if i >= 0 && i < len(c.ids) {
		e.Account = c.ids[i]
		return true
	}
	speaker := strings.TrimSpace(c.speaker.Text)
	if speaker == "" {
		return false
	}
	e.Account = g.shown().NewAccountID(speaker)
	e.Speaker, e.Channel = speaker, strings.TrimSpace(c.channel.Text)
	return true
}

// form shows a dialog of items; ok makes the correction and reports
// whether the answers were complete. first gets the keyboard.
func (g *gui) form(title, confirm string, items []*widget.FormItem, first fyne.Focusable, ok func() bool) *dialog.FormDialog {
	var d *dialog.FormDialog
	d = dialog.NewForm(title, confirm, "Cancel", items, func(yes bool) {
		if yes && !ok() {
			g.status("The correction was not made: an answer was missing.")
		}
	}, g.win)
	d.Resize(fyne.NewSize(fyne.Min(g.win.Canvas().Size().Width-60, 620), d.MinSize().Height))
	d.Show()
	if first != nil {
		g.win.Canvas().Focus(first)
	}
	return d
}

// selection is the text selected in the pane on show (or its find match):
// the document it is in ("" for an article), the text its offsets index,
// and the span. In documents mode an edit names its document, since the
// offsets of documents in separate files index each its own file.
func (g *gui) selection() (doc, text string, start, end int, ok bool) {
	if g.snap.Documents() {
		return g.docs.texts.Selection()
	}
	start, end, ok = g.w.article.Selection()
	return "", g.snap.Extraction().Article.Text, start, end, ok
}

// showAdd asks whose statement the selected text is, and adds it.
func (g *gui) showAdd() {
	if !g.canCorrect() {
		return
	}
	doc, text, start, end, ok := g.selection()
	kind := sources.Paraphrase
	if ok {
		start, end, kind = statementSpan(text, start, end)
	}
	if !ok || start >= end {
		where := "the article"
		if g.snap.Documents() {
			where = "a document"
		}
		g.status("Select text in " + where + " first: drag over it, or find it with Ctrl+F.")
		return
	}
	var d *dialog.FormDialog
	submit := func() { d.Submit() }
	acc := g.newAccountChoice(true, g.pair.Left, submit)
	kinds := widget.NewRadioGroup([]string{"Quote", "Paraphrase"}, nil)
	kinds.Horizontal = true
	kinds.Required = true
	kinds.SetSelected(kindWord(kind))
	preview := widget.NewLabel("«" + excerpt(text[start:end], 300) + "»")
	preview.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{
		{Text: "Text", Widget: preview},
		{Text: "Account", Widget: acc.sel},
		{Text: "New speaker", Widget: acc.speaker},
		{Text: "New channel", Widget: acc.channel},
		{Text: "Kind", Widget: kinds},
	}
	d = g.form("Add as statement of…", "Add", items, acc.sel, func() bool {
		e := app.Edit{Op: app.EditAdd, Span: &app.Span{start, end}, Document: doc, Kind: sources.Kind(strings.ToLower(kinds.Selected))}
		if !acc.edit(g, &e) {
			return false
		}
		g.text().ClearSelection()
		g.text().HideFind() // a find match that was added has served
		g.correct("Add statement", e)
		return true
	})
}

func kindWord(k sources.Kind) string {
	if k == sources.Quote {
		return "Quote"
	}
	return "Paraphrase"
}

// statementSpan trims a selection to what a statement is: no space at
// either end and, for text in quotation marks, the words inside them,
// which makes it a quote.
func statementSpan(text string, start, end int) (int, int, sources.Kind) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	open, on := utf8.DecodeRuneInString(text[start:end])
	closing, cn := utf8.DecodeLastRuneInString(text[start:end])
	if end-start > on+cn && strings.ContainsRune("\"“‘«", open) && strings.ContainsRune("\"”’»", closing) {
		return start + on, end - cn, sources.Quote
	}
	return start, end, sources.Paraphrase
}

// statementOptions lists statements for a drop-down: "¶4 «…»", the
// paragraph and the first words.
func (g *gui) statementOptions(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if st := g.statementOf(id); st != nil {
			out = append(out, fmt.Sprintf("¶%d «%s»", st.Paragraph, excerpt(st.Text, 60)))
		}
	}
	return out
}

// showMove asks to which account one of the statements ids moves.
func (g *gui) showMove(ids []string) {
	if !g.canCorrect() {
		return
	}
	if len(ids) == 0 {
		g.status("Click a statement, or select a row, to move a statement.")
		return
	}
	var d *dialog.FormDialog
	submit := func() { d.Submit() }
	stmts := newSubmitSelect(g.statementOptions(ids), nil, submit)
	stmts.SetSelectedIndex(0)
	// The account it most likely belongs to: the other side of the pair.
	from := g.statementOf(ids[0]).Account
	def := g.pair.Left
	if from == g.pair.Left {
		def = g.pair.Right
	}
	acc := g.newAccountChoice(true, def, submit)
	items := []*widget.FormItem{
		{Text: "Statement", Widget: stmts},
		{Text: "Move to", Widget: acc.sel},
		{Text: "New speaker", Widget: acc.speaker},
		{Text: "New channel", Widget: acc.channel},
	}
	d = g.form("Move to account…", "Move", items, acc.sel, func() bool {
		st := g.statementOf(ids[max(stmts.SelectedIndex(), 0)])
		span := app.SpanOf(*st)
		e := app.Edit{Op: app.EditAssign, Span: &span, Document: st.Document}
		if !acc.edit(g, &e) {
			return false
		}
		to := e.Speaker
		if to == "" {
			to = g.names.Of(e.Account)
		}
		g.correct("Move to "+to, e)
		return true
	})
}

// rowTopic is the row's id without its pair: what a verdict edit names.
func (g *gui) rowTopic(row int) string {
	return strings.TrimPrefix(g.cmp.RowID(row), g.cmp.Left+"~"+g.cmp.Right+"/")
}

// verdictOptions are the verdicts as the rows write them.
func (g *gui) verdictOptions() ([]string, []app.Verdict) {
	ln, rn := g.names.Of(g.cmp.Left), g.names.Of(g.cmp.Right)
	vs := []app.Verdict{app.Agree, app.Diverge, app.LeftOnly, app.RightOnly}
	words := make([]string, len(vs))
	for i, v := range vs {
		words[i] = VerdictWord(v, ln, rn)
	}
	return words, vs
}

// showVerdict asks for the verdict of row and a note.
func (g *gui) showVerdict(row int) {
	if !g.canCorrect() {
		return
	}
	if g.cmp == nil || row < 0 || row >= len(g.cmp.Rows) {
		g.status("Select a row first (the Up and Down arrow keys, or a click).")
		return
	}
	var d *dialog.FormDialog
	submit := func() { d.Submit() }
	words, vs := g.verdictOptions()
	sel := newSubmitSelect(words, nil, submit)
	sel.SetSelectedIndex(max(slices.Index(vs, g.cmp.Rows[row].Verdict), 0))
	note := newSubmitEntry(submit)
	note.SetPlaceHolder("Why (printed in the report)")
	if rv := g.cmp.Review(row); rv != nil {
		note.SetText(rv.Note)
	}
	topic := widget.NewLabel(fmt.Sprintf("%d · %s", row+1, topicLabel(g.cmp.Rows[row])))
	items := []*widget.FormItem{{Text: "Row", Widget: topic}, {Text: "Verdict", Widget: sel}, {Text: "Note", Widget: note}}
	d = g.form("Set the verdict", "Set", items, sel, func() bool {
		v := vs[max(sel.SelectedIndex(), 0)]
		pair := app.ReviewPair{g.cmp.Left, g.cmp.Right}
		g.correct("Set verdict", app.Edit{Op: app.EditVerdict, Pair: &pair, Topic: g.rowTopic(row), Verdict: v,
			Note: strings.TrimSpace(note.Text)})
		return true
	})
}

// showLink asks for a statement of each side to link, with a verdict.
func (g *gui) showLink(row int) {
	if !g.canCorrect() {
		return
	}
	if g.cmp == nil {
		g.status("Choose a pair of accounts first: links join two statements across a pair.")
		return
	}
	x := g.shown().Extraction()
	side := func(acc string, inRow []string) ([]string, *submitSelect) {
		var ids []string
		for _, st := range x.Account(acc).Statements {
			ids = append(ids, st.ID)
		}
		s := newSubmitSelect(g.statementOptions(ids), nil, nil)
		at := 0
		if len(inRow) > 0 {
			at = max(slices.Index(ids, inRow[0]), 0)
		}
		s.SetSelectedIndex(at)
		return ids, s
	}
	var inL, inR []string
	if row >= 0 && row < len(g.cmp.Rows) {
		inL, inR = g.cmp.Rows[row].Left, g.cmp.Rows[row].Right
	}
	lids, lsel := side(g.cmp.Left, inL)
	rids, rsel := side(g.cmp.Right, inR)
	var d *dialog.FormDialog
	submit := func() { d.Submit() }
	lsel.onSubmit, rsel.onSubmit = submit, submit
	verdict := newSubmitSelect([]string{"agree", "diverge"}, nil, submit)
	verdict.SetSelectedIndex(0)
	note := newSubmitEntry(submit)
	note.SetPlaceHolder("Why (printed in the report)")
	items := []*widget.FormItem{
		{Text: g.names.Of(g.cmp.Left), Widget: lsel},
		{Text: g.names.Of(g.cmp.Right), Widget: rsel},
		{Text: "Verdict", Widget: verdict},
		{Text: "Note", Widget: note},
	}
	d = g.form("Link two statements", "Link", items, lsel, func() bool {
		l, r := g.statementOf(lids[max(lsel.SelectedIndex(), 0)]), g.statementOf(rids[max(rsel.SelectedIndex(), 0)])
		ls, rs := app.SpanOf(*l), app.SpanOf(*r)
		pair := app.ReviewPair{g.cmp.Left, g.cmp.Right}
		g.correct("Link statements", app.Edit{Op: app.EditLink, Pair: &pair, Left: &ls, Right: &rs,
			Verdict: app.Verdict(verdict.Selected), Note: strings.TrimSpace(note.Text)})
		return true
	})
}

// unlink parts the two sides of a row: a link the reviewer made goes;
// statements the engine matched are parted by giving the row to its left
// side alone, the right side's statements going to a row of their own.
func (g *gui) unlink(row int) {
	if !g.canCorrect() || g.cmp == nil || row < 0 || row >= len(g.cmp.Rows) {
		return
	}
	edits := g.rev.history.Edits()
	if rv := g.cmp.Review(row); rv != nil && rv.Linked && rv.N >= 1 && rv.N <= len(edits) && edits[rv.N-1].Op == app.EditLink {
		g.correctAll("Unlink", slices.Delete(slices.Clone(edits), rv.N-1, rv.N))
		return
	}
	r := g.cmp.Rows[row]
	if len(r.Left) == 0 || len(r.Right) == 0 {
		g.status("This row has statements on one side only: nothing to unlink.")
		return
	}
	pair := app.ReviewPair{g.cmp.Left, g.cmp.Right}
	g.correct("Unlink", app.Edit{Op: app.EditVerdict, Pair: &pair, Topic: g.rowTopic(row), Verdict: app.LeftOnly,
		Note: "unlinked by the reviewer"})
}

// showRename asks for an account's new speaker or channel.
func (g *gui) showRename(def string) {
	if !g.canCorrect() {
		return
	}
	var d *dialog.FormDialog
	submit := func() { d.Submit() }
	acc := g.newAccountChoice(false, def, submit)
	speaker, channel := newSubmitEntry(submit), newSubmitEntry(submit)
	fill := func() {
		if a := g.shown().Extraction().Account(acc.ids[max(acc.sel.SelectedIndex(), 0)]); a != nil {
			speaker.SetText(a.Speaker)
			channel.SetText(a.Channel)
		}
	}
	acc.sel.OnChanged = func(string) { fill() }
	fill()
	items := []*widget.FormItem{{Text: "Account", Widget: acc.sel}, {Text: "Speaker", Widget: speaker}, {Text: "Channel", Widget: channel}}
	d = g.form("Rename account", "Rename", items, speaker, func() bool {
		a := g.shown().Extraction().Account(acc.ids[max(acc.sel.SelectedIndex(), 0)])
		e := app.Edit{Op: app.EditRename, Account: a.ID}
		if s := strings.TrimSpace(speaker.Text); s != a.Speaker {
			e.Speaker = s
		}
		if c := strings.TrimSpace(channel.Text); c != a.Channel {
			e.Channel = c
		}
		if e.Speaker == "" && e.Channel == "" {
			g.status("Nothing to rename: speaker and channel are as they were.")
			return true
		}
		g.correct("Rename "+g.names.Of(a.ID), e)
		return true
	})
}

// showMerge asks which account to merge into which, from.
func (g *gui) showMerge(from string) { g.mergeDialog(from, g.pair.Left) }

// showMergeInto asks which account to merge into into.
func (g *gui) showMergeInto(into string) { g.mergeDialog("", into) }

func (g *gui) mergeDialog(from, into string) {
	if !g.canCorrect() {
		return
	}
	var d *dialog.FormDialog
	submit := func() { d.Submit() }
	src := g.newAccountChoice(false, from, submit)
	dst := g.newAccountChoice(false, into, submit)
	items := []*widget.FormItem{{Text: "Merge", Widget: src.sel}, {Text: "into", Widget: dst.sel}}
	d = g.form("Merge accounts", "Merge", items, src.sel, func() bool {
		a, b := src.ids[max(src.sel.SelectedIndex(), 0)], dst.ids[max(dst.sel.SelectedIndex(), 0)]
		if a == b {
			g.status("Choose two different accounts to merge.")
			return true
		}
		g.correct("Merge into "+g.names.Of(b), app.Edit{Op: app.EditMerge, Accounts: []string{b, a}, Into: b})
		return true
	})
}

// showEvidence shows why the picked statement was attributed as it was.
func (g *gui) showEvidence() {
	ids := g.candidates()
	if len(ids) == 0 {
		g.status("Click a statement first, in a row or in the article.")
		return
	}
	g.showEvidenceOf(ids[0])
}

func (g *gui) showEvidenceOf(id string) {
	st := g.statementOf(id)
	if st == nil {
		return
	}
	text := widget.NewLabel(strings.ReplaceAll(g.evidence(id), " · ", "\n") + "\n\n«" + excerpt(st.Text, 400) + "»")
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Attribution evidence", "Close", text, g.win)
	d.Resize(fyne.NewSize(fyne.Min(g.win.Canvas().Size().Width-60, 560), 0))
	d.Show()
}

// showCorrections lists every edit of the review and what became of it.
func (g *gui) showCorrections() {
	outs := g.snap.Outcomes()
	edits := g.rev.history.Edits()
	var b strings.Builder
	if len(outs) == 0 {
		b.WriteString("No corrections yet. Select text to add a statement, or right-click a statement or a row to correct it.")
	}
	for i, o := range outs {
		state := "applied"
		if !o.Applied {
			state = "NOT APPLIED"
		}
		what := string(o.Op)
		if i < len(edits) {
			what = app.DescribeEdit(edits[i])
		}
		fmt.Fprintf(&b, "%d. %s — %s: %s\n", o.N, what, state, o.Detail)
	}
	if g.rev.file != "" {
		fmt.Fprintf(&b, "\nSaved in %s", g.rev.file)
	}
	if g.rev.off != "" {
		fmt.Fprintf(&b, "\nCorrections are off: %s.", g.rev.off)
	}
	text := widget.NewLabel(b.String())
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Corrections", "Close", container.NewVScroll(text), g.win)
	d.Resize(fyne.NewSize(fyne.Min(g.win.Canvas().Size().Width-60, 700), fyne.Min(g.win.Canvas().Size().Height-80, 480)))
	d.Show()
}

// excerpt shortens s to about n characters at a word, on one line.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := []rune(s)[:n]
	if i := strings.LastIndexByte(string(cut), ' '); i > n/2 {
		return string(cut)[:i] + "…"
	}
	return string(cut) + "…"
}

// submitSelect is a drop-down that submits its dialog on Return, so a
// correction can be made from the keyboard.
type submitSelect struct {
	widget.Select
	onSubmit func()
}

func newSubmitSelect(options []string, changed func(string), submit func()) *submitSelect {
	s := &submitSelect{onSubmit: submit}
	s.Options = options
	s.OnChanged = changed
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey submits on Return or Enter; other keys work as in a Select
// (←/→ change the choice, space opens the list).
func (s *submitSelect) TypedKey(ev *fyne.KeyEvent) {
	if (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && s.onSubmit != nil {
		s.onSubmit()
		return
	}
	s.Select.TypedKey(ev)
}

// newSubmitEntry is a one-line entry that submits its dialog on Return.
func newSubmitEntry(submit func()) *widget.Entry {
	e := widget.NewEntry()
	e.OnSubmitted = func(string) {
		if submit != nil {
			submit()
		}
	}
	return e
}
