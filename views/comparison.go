package views

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
	"readouts/sources"
)

// ComparisonView shows two accounts side by side, one row per topic: left
// statements | topic, verdict and reasons | right statements, under column
// heads naming each account.
type ComparisonView struct {
	widget.BaseWidget

	// OnStatementTapped is called with the id of a statement the user
	// tapped in a row.
	OnStatementTapped func(id string) `json:"-"`
	// OnRowSelected is called when a row becomes selected, by a tap or the
	// keyboard, with the statement ids of both sides.
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

	x        *sources.Extraction
	cmp      *app.Comparison
	rows     []*cellRow
	sides    [][2]*HighlightText
	selected int
	marked   map[string]bool

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
func comparisonColumns(w float32) []float32 {
	gap := columnGap()
	mid := fyne.Min(fyne.Max(w*0.2, 150), 230)
	side := fyne.Max((w-mid-2*gap)/2, 60)
	return []float32{side, mid, side}
}

// SetComparison shows c, a comparison of two accounts of x. A nil c shows
// msg instead (for an article with fewer than two accounts).
func (v *ComparisonView) SetComparison(x *sources.Extraction, c *app.Comparison, msg string) {
	v.x, v.cmp = x, c
	v.selected = -1
	v.marked = nil
	v.rows, v.sides = nil, nil
	v.heads.Objects = nil
	if c == nil || x == nil {
		v.sheet.Objects = nil
		v.empty.SetText(msg)
		v.empty.Show()
		v.scroll.Hide()
		v.Refresh()
		return
	}
	v.empty.Hide()
	v.scroll.Show()
	left, right := x.Account(c.Left), x.Account(c.Right)
	ln, rn := ShortName(left), ShortName(right)
	lh, rh := accountHead(x, left), accountHead(x, right)
	for _, h := range []struct {
		objs []fyne.CanvasObject
		id   string
	}{{lh, c.Left}, {rh, c.Right}} {
		h := h
		if t, ok := h.objs[0].(*HighlightText); ok {
			t.OnSecondaryTapped = func(_ int, ev *fyne.PointEvent) {
				if v.OnAccountMenu != nil {
					v.OnAccountMenu(h.id, ev)
				}
			}
		}
	}
	v.heads.Objects = []fyne.CanvasObject{newCellRow(comparisonColumns, true,
		lh, []fyne.CanvasObject{bold("Topic and verdict")}, rh)}

	objs := make([]fyne.CanvasObject, 0, len(c.Rows))
	for i := range c.Rows {
		i := i
		row := c.Rows[i]
		lt, lh := sideText(x, row.Left, row.Diff, true)
		rt, rh := sideText(x, row.Right, row.Diff, false)
		lw, rw := NewHighlightText(lt, lh), NewHighlightText(rt, rh)
		for _, w := range []*HighlightText{lw, rw} {
			w := w
			w.OnTapped = func(span int) { v.tapSide(i, w, span) }
			w.OnSecondaryTapped = func(span int, ev *fyne.PointEvent) {
				id := ""
				if span >= 0 {
					id = w.Highlights[span].Tag
				}
				v.menu(i, id, ev)
			}
		}
		topic := NewHighlightText(row.Topic, nil)
		topic.TextStyle = fyne.TextStyle{Bold: true}
		verdict := newBadge(VerdictWord(row.Verdict, ln, rn), VerdictColor(row.Verdict))
		verdict.onTap = func() { v.Select(i) }
		more := widget.NewButtonWithIcon("", theme.MoreHorizontalIcon(), nil)
		more.Importance = widget.LowImportance
		more.OnTapped = func() { v.menuBelow(i, more) }
		mid := []fyne.CanvasObject{topic, container.NewHBox(verdict, more)}
		// What the reviewer did comes before the engine's reasons: it is
		// what the reader must not miss.
		if note := v.reviewNote(c, i); note != "" {
			said := NewHighlightText(note, nil)
			said.SizeName = theme.SizeNameCaptionText
			said.TextStyle = fyne.TextStyle{Bold: true}
			said.OnTapped = func(int) { v.Select(i) }
			mid = append(mid, newBadge("Reviewed", ColorReviewed), said)
		}
		if len(row.Reasons) > 0 {
			reasons := NewHighlightText(strings.Join(row.Reasons, "\n"), nil)
			reasons.SizeName = theme.SizeNameCaptionText
			reasons.OnTapped = func(int) { v.Select(i) }
			mid = append(mid, reasons)
		}
		topic.OnTapped = func(int) { v.Select(i) }
		cr := newCellRow(comparisonColumns, true, []fyne.CanvasObject{lw}, mid, []fyne.CanvasObject{rw})
		cr.onTap = func() { v.Select(i) }
		cr.onSecondaryTap = func(ev *fyne.PointEvent) { v.menu(i, "", ev) }
		v.rows = append(v.rows, cr)
		v.sides = append(v.sides, [2]*HighlightText{lw, rw})
		objs = append(objs, cr)
	}
	if len(objs) == 0 {
		v.empty.SetText("These two accounts have no statements to app.")
		v.empty.Show()
	}
	v.sheet.Objects = objs
	v.scroll.Offset = fyne.Position{}
	v.Refresh()
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
// link, and the statements in it an edit touched; "" when nothing.
func (v *ComparisonView) reviewNote(c *app.Comparison, i int) string {
	var said []string
	if rv := c.Review(i); rv != nil {
		if rv.Linked {
			said = append(said, "Linked by the reviewer")
		}
		if rv.VerdictWas != "" && rv.VerdictWas != c.Rows[i].Verdict {
			said = append(said, "Verdict was "+string(rv.VerdictWas))
		}
		if rv.Note != "" {
			said = append(said, "Note: "+rv.Note)
		}
		if len(said) == 0 {
			said = append(said, "Verdict confirmed")
		}
	}
	if v.StatementMark != nil {
		row := c.Rows[i]
		for _, id := range append(append([]string{}, row.Left...), row.Right...) {
			if m := v.StatementMark(id); m != "" {
				said = append(said, id+": "+markWords[m])
			}
		}
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

// Side returns the left (0) or right (1) statement text of row i.
func (v *ComparisonView) Side(i, side int) *HighlightText {
	if i < 0 || i >= len(v.sides) || side < 0 || side > 1 {
		return nil
	}
	return v.sides[i][side]
}

func (v *ComparisonView) tapSide(row int, w *HighlightText, span int) {
	if span >= 0 && w.Highlights[span].Tag != "" {
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

// Select selects row i, scrolls it into view and reports it.
func (v *ComparisonView) Select(i int) {
	if i < 0 || i >= len(v.rows) {
		return
	}
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
		r := v.cmp.Rows[i]
		v.OnRowSelected(i, append(append([]string{}, r.Left...), r.Right...))
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

// SelectStatement selects the first row that holds statement id (without
// reporting it back) and marks the statement; it returns the row or -1.
func (v *ComparisonView) SelectStatement(id string) int {
	if v.cmp == nil {
		return -1
	}
	for i, r := range v.cmp.Rows {
		for _, s := range append(append([]string{}, r.Left...), r.Right...) {
			if s == id {
				v.selectRow(i, false)
				v.MarkStatements(id)
				return i
			}
		}
	}
	return -1
}

// MarkStatements outlines the given statements wherever they appear.
func (v *ComparisonView) MarkStatements(ids ...string) {
	v.marked = map[string]bool{}
	for _, id := range ids {
		v.marked[id] = true
	}
	for _, pair := range v.sides {
		for _, w := range pair {
			changed := false
			for k := range w.Highlights {
				h := &w.Highlights[k]
				if h.Tag == "" {
					continue
				}
				if m := v.marked[h.Tag]; m != h.Marked {
					h.Marked, changed = m, true
				}
			}
			if changed {
				w.Refresh()
			}
		}
	}
}

// accountHead is the column head of an account: speaker, channel, size.
func accountHead(x *sources.Extraction, a *sources.Account) []fyne.CanvasObject {
	if a == nil {
		return []fyne.CanvasObject{bold("?")}
	}
	n := len(a.Statements)
	unit := "statements"
	if n == 1 {
		unit = "statement"
	}
	idx := 0
	for i := range x.Accounts {
		if x.Accounts[i].ID == a.ID {
			idx = i
		}
	}
	speaker := NewHighlightText(a.Speaker, []Highlight{{Start: 0, End: len(a.Speaker), Color: AccountColor(idx, true)}})
	speaker.TextStyle = fyne.TextStyle{Bold: true}
	info := NewHighlightText(fmt.Sprintf("%s · %d %s", a.Channel, n, unit), nil)
	info.SizeName = theme.SizeNameCaptionText
	return []fyne.CanvasObject{speaker, info}
}

func bold(s string) *HighlightText {
	t := NewHighlightText(s, nil)
	t.TextStyle = fyne.TextStyle{Bold: true}
	return t
}

// sideText is the text of one side of a row with its highlights: a tappable
// span per statement and, in matched rows, the shared and differing words.
// The engine's diff rebuilds each side's text; when it does not hold the
// statements (or there is none), the statements are shown one per line.
func sideText(x *sources.Extraction, ids []string, diff []app.Op, left bool) (string, []Highlight) {
	var stmts []string
	for _, id := range ids {
		if s := x.Statement(id); s != nil {
			stmts = append(stmts, s.Text)
		} else {
			stmts = append(stmts, id)
		}
	}
	var b strings.Builder
	var words []Highlight
	for _, op := range diff {
		c := ColorShared
		switch {
		case op.Op == "equal":
		case op.Op == "delete" && left, op.Op == "insert" && !left:
			c = ColorDiffers
		default:
			continue
		}
		start := b.Len()
		b.WriteString(op.Text)
		if s, e, ok := trimSpan(op.Text); ok {
			words = append(words, Highlight{Start: start + s, End: start + e, Color: c})
		}
	}
	text := b.String()
	var tags []Highlight
	pos := 0
	for i, s := range stmts {
		k := strings.Index(text[pos:], s)
		if k < 0 || s == "" {
			tags, words = nil, nil
			break
		}
		tags = append(tags, Highlight{Start: pos + k, End: pos + k + len(s), Tag: ids[i]})
		pos += k + len(s)
	}
	if tags == nil {
		text = strings.Join(stmts, "\n")
		pos = 0
		for i, s := range stmts {
			tags = append(tags, Highlight{Start: pos, End: pos + len(s), Tag: ids[i]})
			pos += len(s) + 1
		}
		return text, tags
	}
	// Put each statement on its own line where only spaces part them; the
	// byte length stays, so the offsets hold.
	buf := []byte(text)
	for i := 1; i < len(tags); i++ {
		gap := buf[tags[i-1].End:tags[i].Start]
		if len(gap) > 0 && strings.TrimSpace(string(gap)) == "" {
			gap[0] = '\n'
		}
	}
	return string(buf), append(tags, words...)
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
