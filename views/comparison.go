package views

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
	"readouts/app/naming"
	"readouts/sources"
	"readouts/sources/markup"
)

// ComparisonView shows two accounts side by side, one row per point: left
// statements | row number, topic, verdict and reasons | right statements,
// under column heads naming each account. Each statement stands in full
// in one row, its best; another row that speaks to it refers to it with a
// link ("See row 3, below: …"). Every statement says whether it is a quotation or
// the article's paraphrase, and how sure the extraction is. Inside a row
// the words that carry the verdict are marked on both sides: the cue words
// the key reason names, the specifics both sides name, the topic's words;
// and, where the two sides quote the same words (or on request), the
// words only one side has.
type ComparisonView struct {
	widget.BaseWidget

	// OnStatementTapped is called with the id of a statement the user
	// clicked in a row, or whose reference they followed.
	OnStatementTapped func(id string) `json:"-"`
	// OnRowSelected is called when a row becomes selected, by a click or
	// the keyboard, with the statement ids of both sides.
	OnRowSelected func(row int, ids []string) `json:"-"`
	// OnMenu is called for a row's menu: a secondary tap (right click) on
	// the row, with the statement under it ("" for none), or its "…"
	// button. The menu goes at ev.AbsolutePosition.
	OnMenu func(row int, id string, ev *fyne.PointEvent) `json:"-"`
	// OnAccountMenu is called on a secondary tap on an account's column
	// head.
	OnAccountMenu func(account string, ev *fyne.PointEvent) `json:"-"`
	// StatementMark says what the review did to a statement, "" for
	// nothing; nil when nothing was reviewed. Set it before SetComparison.
	StatementMark func(id string) app.Mark `json:"-"`

	x         *sources.Extraction
	cmp       *app.Comparison
	names     naming.Names
	showDiffs bool // word differences in every row, not only where the sides quote the same words
	rows      []*cellRow
	sides     [][2][]*HighlightText // per row and side, the statements in full
	refs      [][2][]*HighlightText // per row and side, the references to other rows
	best      map[string]int        // statement id → the row it stands in full
	selected  int
	marked    map[string]bool

	heads  *fyne.Container
	sheet  *fyne.Container
	layout *sheetLayout
	scroll *container.Scroll
	empty  *widget.Label
	root   *fyne.Container
}

// NewComparisonView returns an empty comparison.
func NewComparisonView() *ComparisonView {
	v := &ComparisonView{selected: -1}
	v.ExtendBaseWidget(v)
	v.scroll, v.sheet, v.layout = newSheet(0)
	v.heads = newHeads(v.layout, v)
	v.empty = widget.NewLabel("")
	v.empty.Wrapping = fyne.TextWrapWord
	v.empty.Hide()
	v.root = container.NewBorder(v.heads, nil, nil, nil, container.NewStack(v.scroll, v.empty))
	return v
}

// CreateRenderer returns the renderer of the composed parts.
func (v *ComparisonView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.root)
}

// comparisonColumns splits a row into left, middle and right columns.
func comparisonColumns(w float32) []float32 { return threeColumns(w, 0.2, 150, 230) }

// SetComparison shows c, a comparison of two accounts of x. A nil c shows
// msg instead (for an article with fewer than two accounts).
func (v *ComparisonView) SetComparison(x *sources.Extraction, c *app.Comparison, msg string) {
	v.x, v.cmp = x, c
	v.names = naming.For(x)
	v.selected = -1
	v.marked = nil
	v.build(msg)
	v.scroll.Offset = fyne.Position{}
	v.Refresh()
}

// ShowDiffs tells whether word differences show in every row.
func (v *ComparisonView) ShowDiffs() bool { return v.showDiffs }

// SetShowDiffs shows the word differences in every row (on), or only in
// rows whose sides quote the same words (off), keeping the place and the
// selection.
func (v *ComparisonView) SetShowDiffs(on bool) {
	if on == v.showDiffs {
		return
	}
	v.showDiffs = on
	if v.cmp == nil {
		return
	}
	sel, off := v.selected, v.scroll.Offset
	v.build("")
	if sel >= 0 && sel < len(v.rows) {
		v.selected = sel
		v.rows[sel].Selected = true
	}
	v.MarkStatements(keys(v.marked)...)
	v.Refresh()
	v.scroll.ScrollToOffset(off)
}

// ShowsDiffs tells whether some row on show marks word differences.
func (v *ComparisonView) ShowsDiffs() bool {
	if v.cmp == nil {
		return false
	}
	for _, r := range v.cmp.Rows {
		if v.diffShown(r) {
			return true
		}
	}
	return false
}

func (v *ComparisonView) diffShown(r app.Row) bool {
	return len(r.Diff) > 0 && (r.DiffMode == app.DiffWords || v.showDiffs)
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// build makes the heads and the rows of the comparison on show.
func (v *ComparisonView) build(msg string) {
	x, c := v.x, v.cmp
	v.rows, v.sides, v.refs = nil, nil, nil
	v.heads.Objects = nil
	if c == nil || x == nil {
		v.sheet.Objects = nil
		v.empty.SetText(msg)
		v.empty.Show()
		v.scroll.Hide()
		return
	}
	v.empty.Hide()
	v.scroll.Show()
	v.best = bestRows(c)
	lh := v.accountHead(c.Left)
	rh := v.accountHead(c.Right)
	v.heads.Objects = []fyne.CanvasObject{newCellRow(comparisonColumns, true,
		lh, []fyne.CanvasObject{bold("Topic and verdict")}, rh)}

	objs := make([]fyne.CanvasObject, 0, len(c.Rows))
	for i := range c.Rows {
		objs = append(objs, v.buildRow(i))
	}
	if len(objs) == 0 {
		v.empty.SetText("These two accounts have no statements to compare.")
		v.empty.Show()
	}
	v.sheet.Objects = objs
}

// buildRow makes row i: its sides and its middle.
func (v *ComparisonView) buildRow(i int) *cellRow {
	row := v.cmp.Rows[i]
	ln, rn := v.names.Of(v.cmp.Left), v.names.Of(v.cmp.Right)
	var cells [2][]fyne.CanvasObject
	var full, refs [2][]*HighlightText
	for side, ids := range [2][]string{row.Left, row.Right} {
		cells[side], full[side], refs[side] = v.sideCell(i, side == 0, ids)
	}
	topic := NewHighlightText(strconv.Itoa(i+1)+" · "+topicLabel(row), nil)
	topic.TextStyle = fyne.TextStyle{Bold: true}
	topic.OnTapped = func(int) { v.Select(i) }
	verdict := newBadge(VerdictWord(row.Verdict, ln, rn), VerdictColor(row.Verdict))
	verdict.onTap = func() { v.Select(i) }
	more := widget.NewButtonWithIcon("", theme.MoreHorizontalIcon(), nil)
	more.Importance = widget.LowImportance
	more.OnTapped = func() { v.menuBelow(i, more) }
	mid := []fyne.CanvasObject{topic, newBesideRow(verdict, more)}
	// What the reviewer did comes before the engine's reasons: it is
	// what the reader must not miss.
	if note := v.reviewNote(v.cmp, i); note != "" {
		said := NewHighlightText(note, nil)
		said.SizeName = theme.SizeNameCaptionText
		said.TextStyle = fyne.TextStyle{Bold: true}
		said.OnTapped = func(int) { v.Select(i) }
		mid = append(mid, newBadge("Reviewed", ColorReviewed), said)
	}
	for k, reason := range row.Reasons {
		r := NewHighlightText(reason, nil)
		r.SizeName = theme.SizeNameCaptionText
		if k > 0 {
			// The key reason is the one the verdict rests on; the others
			// back it.
			r.TextColor = ColorMuted
		}
		r.OnTapped = func(int) { v.Select(i) }
		mid = append(mid, r)
	}
	cr := newCellRow(comparisonColumns, true, cells[0], mid, cells[1])
	cr.onTap = func() { v.Select(i) }
	cr.onSecondaryTap = func(ev *fyne.PointEvent) { v.menu(i, "", ev) }
	v.rows = append(v.rows, cr)
	v.sides = append(v.sides, full)
	v.refs = append(v.refs, refs)
	return cr
}

// topicLabel is a row's topic as a reader says it.
func topicLabel(r app.Row) string {
	if r.Label != "" {
		return r.Label
	}
	return r.Topic
}

// sideCell is one side of row i: each statement that stands in full here
// (its kind and confidence, then its words with the row's marks), then a
// reference to each statement that stands in another row.
func (v *ComparisonView) sideCell(i int, left bool, ids []string) ([]fyne.CanvasObject, []*HighlightText, []*HighlightText) {
	row := v.cmp.Rows[i]
	refIDs := refsOf(row, left)
	fullIDs := fullStatements(ids, refIDs)
	var texts []string
	for _, id := range ids {
		texts = append(texts, v.statementText(id))
	}
	var diffs map[string][][2]int
	if v.diffShown(row) {
		diffs = diffRanges(ids, texts, row.Diff, left)
	}
	var marks []app.EvidenceMark
	if row.Marks != nil {
		marks = row.Marks.Right
		if left {
			marks = row.Marks.Left
		}
	}
	var objs []fyne.CanvasObject
	var full, refs []*HighlightText
	for _, id := range fullIDs {
		st := v.x.Statement(id)
		meta := NewHighlightText(v.statementMeta(st, id), nil)
		meta.SizeName = theme.SizeNameCaptionText
		meta.TextColor = ColorMuted
		text := v.statementText(id)
		t := NewHighlightText(text, statementHighlights(id, text, diffs[id], marks))
		t.Hidden = markup.Ranges(text, v.markdown(st))
		t.SoftBreaks = true
		t.OnTapped = func(span int) { v.tapSide(i, t, span) }
		t.OnSecondaryTapped = func(span int, ev *fyne.PointEvent) {
			id := ""
			if span >= 0 {
				id = t.Highlights[span].Tag
			}
			v.menu(i, id, ev)
		}
		meta.OnTapped = func(int) { v.tapSide(i, t, 0) }
		objs = append(objs, meta, t)
		full = append(full, t)
	}
	seen := map[string]bool{}
	for _, id := range refIDs {
		if seen[id] {
			continue
		}
		seen[id] = true
		if ref := v.reference(i, id); ref != nil {
			objs = append(objs, ref)
			refs = append(refs, ref)
		}
	}
	if len(objs) == 0 {
		none := NewHighlightText("No statement on this point.", nil)
		none.SizeName = theme.SizeNameCaptionText
		none.TextColor = ColorMuted
		none.OnTapped = func(int) { v.Select(i) }
		objs = append(objs, none)
	}
	return objs, full, refs
}

// statementText is the words of statement id, or the id when the reading
// has no such statement.
func (v *ComparisonView) statementText(id string) string {
	if st := v.x.Statement(id); st != nil {
		return st.Text
	}
	return id
}

// markdown tells whether a statement's text is Markdown.
func (v *ComparisonView) markdown(st *sources.Statement) bool {
	if st == nil {
		return false
	}
	a := v.x.Source(st)
	return a != nil && markup.IsMarkdown(a.Name)
}

// statementMeta is the line above a statement: quotation or the article's
// paraphrase, how sure the extraction is, and what the reviewer did.
func (v *ComparisonView) statementMeta(st *sources.Statement, id string) string {
	if st == nil {
		return ""
	}
	words := []string{kindLabel(st), fmt.Sprintf("confidence %.2f", st.Confidence)}
	if v.StatementMark != nil {
		if m := v.StatementMark(id); m != "" {
			words = append(words, markWords[m])
		}
	}
	return strings.Join(words, " · ")
}

// kindLabel says whose words a statement is: a quotation, or a paraphrase
// in the words of the article (or the document) that reports it.
func kindLabel(st *sources.Statement) string {
	if st.Kind == sources.Quote {
		return "Quote"
	}
	if st.Document != "" {
		return "Paraphrase: the document's words"
	}
	return "Paraphrase: the article's words"
}

// reference is the link in row i to statement id, which stands in full in
// another row: "See row 3, below: “first words…”". Clicking it goes there.
func (v *ComparisonView) reference(i int, id string) *HighlightText {
	to, ok := v.best[id]
	if ok && to == i {
		return nil
	}
	text := v.statementText(id)
	st := v.x.Statement(id)
	words := excerpt(markup.Visible(text, markup.Ranges(text, v.markdown(st))), 70)
	where := "below"
	if to < i {
		where = "above"
	}
	label := "See row " + strconv.Itoa(to+1) + ", " + where + ": “" + words + "”"
	if !ok {
		label = "In no row: “" + words + "”"
	}
	ref := NewHighlightText(label, []Highlight{{Start: 0, End: len(label), Tag: id}})
	ref.SizeName = theme.SizeNameCaptionText
	ref.TextColor = ColorLink
	ref.OnTapped = func(int) { v.FollowReference(id) }
	return ref
}

// FollowReference goes to the row where statement id stands in full,
// selects it and marks the statement, as a click on it there would.
func (v *ComparisonView) FollowReference(id string) {
	to, ok := v.best[id]
	if !ok {
		return
	}
	v.Select(to)
	v.MarkStatements(id)
	if v.OnStatementTapped != nil {
		v.OnStatementTapped(id)
	}
}

// refsOf is the statements of one side of r that stand in another row.
func refsOf(r app.Row, left bool) []string {
	if r.Refs == nil {
		return nil
	}
	if left {
		return r.Refs.Left
	}
	return r.Refs.Right
}

// fullStatements are the ids not among refs, in order.
func fullStatements(ids, refs []string) []string {
	var out []string
	for _, id := range ids {
		isRef := false
		for _, r := range refs {
			isRef = isRef || r == id
		}
		if !isRef {
			out = append(out, id)
		}
	}
	return out
}

// bestRows says in which row each statement of c stands in full: the first
// that lists it on a side and not among its references, else the first
// that lists it on a side at all.
func bestRows(c *app.Comparison) map[string]int {
	best := map[string]int{}
	for i, r := range c.Rows {
		for side, ids := range [2][]string{r.Left, r.Right} {
			for _, id := range fullStatements(ids, refsOf(r, side == 0)) {
				if _, ok := best[id]; !ok {
					best[id] = i
				}
			}
		}
	}
	for i, r := range c.Rows {
		for _, id := range append(append([]string{}, r.Left...), r.Right...) {
			if _, ok := best[id]; !ok {
				best[id] = i
			}
		}
	}
	return best
}

// statementHighlights are the highlights of statement id's words: the
// span to click (the whole statement), the words only this side has
// (diffs), and the evidence marks of the row, drawn cue over shared over
// topic.
func statementHighlights(id, text string, diffs [][2]int, marks []app.EvidenceMark) []Highlight {
	hl := []Highlight{{Start: 0, End: len(text), Tag: id}}
	for _, d := range diffs {
		hl = append(hl, Highlight{Start: d[0], End: d[1], Color: ColorDiffers})
	}
	for _, kind := range []app.MarkKind{app.MarkTopic, app.MarkShared, app.MarkCue} {
		for _, m := range marks {
			if m.Statement != id || m.Kind != kind || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				continue
			}
			h := Highlight{Start: m.Start, End: m.End}
			switch kind {
			case app.MarkCue:
				h.Color = ColorCue
			case app.MarkShared:
				h.Underline = ColorSharedLine
			default:
				h.Underline, h.ThinLine = ColorTopicLine, true
			}
			hl = append(hl, h)
		}
	}
	return hl
}

// diffRanges maps a row's diff onto the statements of one side: for each
// statement, the byte ranges of its words that the other side does not
// have. The diff compares the side's texts joined by "\n"; when it does
// not rebuild them (a review changed the row), there are none.
func diffRanges(ids, texts []string, diff []app.Op, left bool) map[string][][2]int {
	joined := strings.Join(texts, "\n")
	starts := make([]int, len(texts))
	pos := 0
	for k, t := range texts {
		starts[k] = pos
		pos += len(t) + 1
	}
	var b strings.Builder
	var differ [][2]int
	for _, op := range diff {
		own := op.Op == "delete" && left || op.Op == "insert" && !left
		if op.Op != "equal" && !own {
			continue
		}
		at := b.Len()
		b.WriteString(op.Text)
		if own {
			if s, e, ok := trimSpan(op.Text); ok {
				differ = append(differ, [2]int{at + s, at + e})
			}
		}
	}
	if b.String() != joined {
		return nil
	}
	out := map[string][][2]int{}
	for _, d := range differ {
		for k, t := range texts {
			s, e := max(d[0], starts[k])-starts[k], min(d[1], starts[k]+len(t))-starts[k]
			if s >= e {
				continue
			}
			if ts, te, ok := trimSpan(t[s:e]); ok {
				out[ids[k]] = append(out[ids[k]], [2]int{s + ts, s + te})
			}
		}
	}
	return out
}

// markWords say what the review did to a statement.
var markWords = map[app.Mark]string{
	"assigned": "moved here by the reviewer",
	"added":    "added by the reviewer",
	"earlier":  "about an earlier event",
	"merged":   "its account merged into this one",
	"renamed":  "its account renamed",
}

// reviewNote says what the reviewer did to row i: its verdict, note and
// link; "" when nothing. (What the reviewer did to a statement is said
// above the statement.)
func (v *ComparisonView) reviewNote(c *app.Comparison, i int) string {
	rv := c.Review(i)
	if rv == nil {
		return ""
	}
	var said []string
	if rv.Linked {
		said = append(said, "Linked by the reviewer")
	}
	if rv.VerdictWas != "" && rv.VerdictWas != c.Rows[i].Verdict {
		said = append(said, "Verdict was "+VerdictWord(rv.VerdictWas, v.names.Of(c.Left), v.names.Of(c.Right)))
	}
	if rv.Note != "" {
		said = append(said, "Note: "+rv.Note)
	}
	if len(said) == 0 {
		said = append(said, "Verdict confirmed")
	}
	return strings.Join(said, "\n")
}

func (v *ComparisonView) menu(row int, id string, ev *fyne.PointEvent) {
	if v.OnMenu != nil {
		v.OnMenu(row, id, ev)
	}
}

// menuBelow opens row's menu under the object o (its "…" button).
func (v *ComparisonView) menuBelow(row int, o fyne.CanvasObject) {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o).AddXY(0, o.Size().Height)
	v.menu(row, "", &fyne.PointEvent{AbsolutePosition: pos})
}

// Comparison is the comparison on show, or nil.
func (v *ComparisonView) Comparison() *app.Comparison { return v.cmp }

// RowCount is the number of rows.
func (v *ComparisonView) RowCount() int { return len(v.rows) }

// Selected is the selected row, or -1.
func (v *ComparisonView) Selected() int { return v.selected }

// Offset is the scroll position of the rows.
func (v *ComparisonView) Offset() fyne.Position { return v.scroll.Offset }

// Statements returns the statements that stand in full on the left (0) or
// right (1) side of row i, one text each.
func (v *ComparisonView) Statements(i, side int) []*HighlightText {
	if i < 0 || i >= len(v.sides) || side < 0 || side > 1 {
		return nil
	}
	return v.sides[i][side]
}

// References returns the references of one side of row i to statements
// that stand in other rows.
func (v *ComparisonView) References(i, side int) []*HighlightText {
	if i < 0 || i >= len(v.refs) || side < 0 || side > 1 {
		return nil
	}
	return v.refs[i][side]
}

// BestRow is the row where statement id stands in full, or -1.
func (v *ComparisonView) BestRow(id string) int {
	if r, ok := v.best[id]; ok {
		return r
	}
	return -1
}

func (v *ComparisonView) tapSide(row int, w *HighlightText, span int) {
	if span >= 0 && span < len(w.Highlights) && w.Highlights[span].Tag != "" {
		id := w.Highlights[span].Tag
		v.selectRow(row, false)
		v.MarkStatements(id)
		if v.OnStatementTapped != nil {
			v.OnStatementTapped(id)
		}
		return
	}
	v.Select(row)
}

// Select selects row i, scrolls it into view and reports it. A statement
// outlined in the row left behind is outlined no more.
func (v *ComparisonView) Select(i int) {
	if i < 0 || i >= len(v.rows) {
		return
	}
	v.MarkStatements()
	v.selectRow(i, true)
}

func (v *ComparisonView) selectRow(i int, report bool) {
	if v.selected >= 0 && v.selected < len(v.rows) {
		v.rows[v.selected].Selected = false
		v.rows[v.selected].Refresh()
	}
	v.selected = i
	v.rows[i].Selected = true
	v.rows[i].Refresh()
	top := v.layout.top(v.sheet.Objects, i)
	reveal(v.scroll, top, heightFor(v.rows[i], v.layout.contentWidth()))
	if report && v.OnRowSelected != nil {
		var ids []string
		for _, side := range v.sides[i] {
			for _, t := range side {
				ids = append(ids, t.Highlights[0].Tag)
			}
		}
		v.OnRowSelected(i, ids)
	}
}

// SetOffset scrolls the rows to p, to keep the place after the reading
// changed.
func (v *ComparisonView) SetOffset(p fyne.Position) { v.scroll.ScrollToOffset(p) }

// SelectRowID selects the row with the stable id (without reporting it);
// it returns the row, or -1 when there is none.
func (v *ComparisonView) SelectRowID(id string) int {
	if v.cmp == nil {
		return -1
	}
	for i := range v.rows {
		if v.cmp.RowID(i) == id {
			v.selectRow(i, false)
			return i
		}
	}
	return -1
}

// SelectNext moves the selection by delta rows (the ↑/↓ keys).
func (v *ComparisonView) SelectNext(delta int) {
	if len(v.rows) == 0 {
		return
	}
	i := v.selected + delta
	if v.selected < 0 {
		i = 0
	}
	v.Select(min(max(i, 0), len(v.rows)-1))
}

// SelectStatement selects the row where statement id stands in full
// (without reporting it back) and marks the statement; it returns the row
// or -1.
func (v *ComparisonView) SelectStatement(id string) int {
	if v.cmp == nil {
		return -1
	}
	i, ok := v.best[id]
	if !ok || i >= len(v.rows) {
		return -1
	}
	v.selectRow(i, false)
	v.MarkStatements(id)
	return i
}

// MarkStatements outlines the given statements wherever they stand in
// full; with none, it clears the outlines.
func (v *ComparisonView) MarkStatements(ids ...string) {
	v.marked = map[string]bool{}
	for _, id := range ids {
		v.marked[id] = true
	}
	for _, row := range v.sides {
		for _, side := range row {
			for _, w := range side {
				h := &w.Highlights[0]
				if m := v.marked[h.Tag]; m != h.Marked {
					h.Marked = m
					w.Refresh()
				}
			}
		}
	}
}

// accountHead is the column head of an account: its name on its colour,
// then its speaker, channel and size.
func (v *ComparisonView) accountHead(id string) []fyne.CanvasObject {
	objs := accountHead(v.x, id, v.names)
	if t, ok := objs[0].(*HighlightText); ok {
		t.OnSecondaryTapped = func(_ int, ev *fyne.PointEvent) {
			if v.OnAccountMenu != nil {
				v.OnAccountMenu(id, ev)
			}
		}
	}
	return objs
}

// accountHead is the column head of account id of x: its name on its
// colour (the text label beside the colour), and its speaker, channel and
// number of statements.
func accountHead(x *sources.Extraction, id string, names naming.Names) []fyne.CanvasObject {
	a := x.Account(id)
	if a == nil {
		return []fyne.CanvasObject{bold(id)}
	}
	n := len(a.Statements)
	unit := "statements"
	if n == 1 {
		unit = "statement"
	}
	name := names.Of(id)
	head := NewHighlightText(name, []Highlight{{Start: 0, End: len(name), Color: AccountColor(accountIndex(x, id), true)}})
	head.TextStyle = fyne.TextStyle{Bold: true}
	var about []string
	if a.Speaker != "" && a.Speaker != name {
		about = append(about, a.Speaker)
	}
	if a.Channel != "" {
		about = append(about, a.Channel)
	}
	about = append(about, fmt.Sprintf("%d %s", n, unit))
	info := NewHighlightText(strings.Join(about, " · "), nil)
	info.SizeName = theme.SizeNameCaptionText
	info.TextColor = ColorMuted
	return []fyne.CanvasObject{head, info}
}

func bold(s string) *HighlightText {
	t := NewHighlightText(s, nil)
	t.TextStyle = fyne.TextStyle{Bold: true}
	return t
}

// trimSpan is the part of s from its first to its last letter or digit;
// whitespace and lone punctuation get no highlight.
func trimSpan(s string) (int, int, bool) {
	start := strings.IndexFunc(s, isWordRune)
	if start < 0 {
		return 0, 0, false
	}
	last := strings.LastIndexFunc(s, isWordRune)
	_, size := utf8.DecodeRuneInString(s[last:])
	return start, last + size, true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
