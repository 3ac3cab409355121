package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
	"readouts/app/naming"
	"readouts/sources"
	"readouts/sources/markup"
)

// MatrixView is the topic × account table of All three: per topic, what
// each account says and whether it agrees with, diverges from the others or
// is silent. Clicking a cell finds its statements in the article.
type MatrixView struct {
	widget.BaseWidget

	// OnCellTapped is called with a cell's statements (and the one tapped,
	// when the tap hit a statement, first).
	OnCellTapped func(topic, account string, ids []string) `json:"-"`

	// TopicLabel names a topic id as a reader says it ("talks and
	// negotiations"); nil shows the ids.
	TopicLabel func(topic string) string `json:"-"`

	x      *sources.Extraction
	m      *app.Matrix
	cells  [][][]*HighlightText // topic, account, statement
	rows   []*cellRow
	heads  *fyne.Container
	sheet  *fyne.Container
	layout *sheetLayout
	scroll *container.Scroll
	root   *fyne.Container
}

// NewMatrixView returns an empty matrix.
func NewMatrixView() *MatrixView {
	v := &MatrixView{}
	v.ExtendBaseWidget(v)
	v.scroll, v.sheet, v.layout = newSheet(0)
	v.heads = newHeads(v.layout, v)
	v.root = container.NewBorder(v.heads, nil, nil, nil, v.scroll)
	return v
}

// CreateRenderer returns the renderer of the composed parts.
func (v *MatrixView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.root)
}

func matrixColumns(n int) func(float32) []float32 {
	return func(w float32) []float32 {
		gap := columnGap()
		topic := fyne.Min(fyne.Max(w*0.14, 100), 170)
		each := fyne.Max((w-topic-float32(n)*gap)/float32(max(n, 1)), 60)
		out := []float32{topic}
		for i := 0; i < n; i++ {
			out = append(out, each)
		}
		return out
	}
}

// SetMatrix shows m, a matrix of accounts of x.
func (v *MatrixView) SetMatrix(x *sources.Extraction, m *app.Matrix) {
	v.x, v.m = x, m
	v.cells, v.rows = nil, nil
	v.heads.Objects = nil
	v.sheet.Objects = nil
	if x == nil || m == nil {
		v.Refresh()
		return
	}
	cols := matrixColumns(len(m.Accounts))
	head := [][]fyne.CanvasObject{{bold("Topic")}}
	names := naming.For(x)
	for _, id := range m.Accounts {
		head = append(head, accountHead(x, id, names))
	}
	v.heads.Objects = []fyne.CanvasObject{newCellRow(cols, true, head...)}
	for ti, topic := range m.Topics {
		label := topic
		if v.TopicLabel != nil {
			label = v.TopicLabel(topic)
		}
		row := [][]fyne.CanvasObject{{bold(label)}}
		var texts [][]*HighlightText
		for ai, id := range m.Accounts {
			var p app.Position
			if ti < len(m.Cells) && ai < len(m.Cells[ti]) {
				p = m.Cells[ti][ai]
			}
			cell, stmts := v.cell(x, topic, id, p, names)
			row = append(row, cell)
			texts = append(texts, stmts)
		}
		v.cells = append(v.cells, texts)
		cr := newCellRow(cols, true, row...)
		v.rows = append(v.rows, cr)
		v.sheet.Objects = append(v.sheet.Objects, cr)
	}
	v.scroll.Offset = fyne.Position{}
	v.Refresh()
}

// cell is what account id says on topic: its position (agrees with whom,
// diverges from whom, or silent), then each of its statements, quote or
// paraphrase and confidence above the words. Clicking a statement reports
// it first, then the cell's others.
func (v *MatrixView) cell(x *sources.Extraction, topic, id string, p app.Position, names naming.Names) ([]fyne.CanvasObject, []*HighlightText) {
	ids := p.Statements
	tapped := func(first string) {
		if v.OnCellTapped == nil {
			return
		}
		rest := []string{}
		if first != "" {
			rest = append(rest, first)
		}
		for _, s := range ids {
			if s != first {
				rest = append(rest, s)
			}
		}
		v.OnCellTapped(topic, id, rest)
	}
	var cell []fyne.CanvasObject
	for _, pw := range positionWords(p, names) {
		b := newBadge(pw.word, pw.color)
		b.onTap = func() { tapped("") }
		cell = append(cell, b)
	}
	var stmts []*HighlightText
	for _, sid := range ids {
		st := x.Statement(sid)
		if st == nil {
			continue
		}
		meta := NewHighlightText(fmt.Sprintf("%s · confidence %.2f", kindLabel(st), st.Confidence), nil)
		meta.SizeName = theme.SizeNameCaptionText
		meta.TextColor = ColorMuted
		t := NewHighlightText(st.Text, []Highlight{{Start: 0, End: len(st.Text), Tag: sid}})
		if a := x.Source(st); a != nil {
			t.Hidden = markup.Ranges(st.Text, markup.IsMarkdown(a.Name))
		}
		t.SoftBreaks = true
		sid := sid
		t.OnTapped = func(int) { tapped(sid) }
		meta.OnTapped = func(int) { tapped(sid) }
		cell = append(cell, meta, t)
		stmts = append(stmts, t)
	}
	return cell, stmts
}

// Cell returns the statements of a cell, one text each, for tests that
// tap them.
func (v *MatrixView) Cell(topic, account int) []*HighlightText {
	if topic < 0 || topic >= len(v.cells) || account < 0 || account >= len(v.cells[topic]) {
		return nil
	}
	return v.cells[topic][account]
}

// positionWord is one badge of a matrix cell.
type positionWord struct {
	word  string
	color fyne.ThemeColorName
}

// positionWords says in words where an account stands on a topic: one badge
// for the accounts it agrees with and one for those it diverges from, so a
// narrow column never has to clip a long sentence.
func positionWords(p app.Position, names map[string]string) []positionWord {
	list := func(ids []string) string {
		var n []string
		for _, id := range ids {
			n = append(n, names[id])
		}
		return strings.Join(n, ", ")
	}
	if p.Silent || len(p.Statements) == 0 {
		return []positionWord{{"silent", ColorSilent}}
	}
	var out []positionWord
	if len(p.Agrees) > 0 {
		out = append(out, positionWord{"agrees with " + list(p.Agrees), ColorAgree})
	}
	if len(p.Diverges) > 0 {
		out = append(out, positionWord{"diverges from " + list(p.Diverges), ColorDiverge})
	}
	if len(out) == 0 {
		out = append(out, positionWord{"only this account", ColorLeftOnly})
	}
	return out
}

// SelectStatement highlights the first topic row that holds statement id,
// scrolls it into view and outlines the statement; it returns the topic
// index or -1.
func (v *MatrixView) SelectStatement(id string) int {
	found := -1
	for ti, accounts := range v.cells {
		in := false
		for _, stmts := range accounts {
			for _, ht := range stmts {
				h := &ht.Highlights[0]
				m := h.Tag == id && found < 0
				in = in || m
				if m != h.Marked {
					h.Marked = m
					ht.Refresh()
				}
			}
		}
		if in {
			found = ti
		}
	}
	for ti, r := range v.rows {
		if sel := ti == found; sel != r.Selected {
			r.Selected = sel
			r.Refresh()
		}
	}
	if found >= 0 {
		top := v.layout.top(v.sheet.Objects, found)
		reveal(v.scroll, top, heightFor(v.rows[found], v.layout.contentWidth()))
	}
	return found
}

// SelectNext moves the selected topic row by delta (the ↑/↓ keys), scrolls
// it into view and reports its statements through OnCellTapped, so the
// article marks them as a tap on the row would.
func (v *MatrixView) SelectNext(delta int) {
	if len(v.rows) == 0 || v.m == nil {
		return
	}
	cur := v.Selected()
	next := 0
	if cur >= 0 {
		next = min(max(cur+delta, 0), len(v.rows)-1)
	}
	var ids []string
	for ai := range v.m.Accounts {
		if next < len(v.m.Cells) && ai < len(v.m.Cells[next]) {
			ids = append(ids, v.m.Cells[next][ai].Statements...)
		}
	}
	if len(ids) > 0 {
		v.SelectStatement(ids[0])
	}
	for ti, r := range v.rows {
		if sel := ti == next; sel != r.Selected {
			r.Selected = sel
			r.Refresh()
		}
	}
	top := v.layout.top(v.sheet.Objects, next)
	reveal(v.scroll, top, heightFor(v.rows[next], v.layout.contentWidth()))
	if v.OnCellTapped != nil && len(ids) > 0 {
		v.OnCellTapped(v.m.Topics[next], "", ids)
	}
}

// Selected is the index of the selected topic row, or -1.
func (v *MatrixView) Selected() int {
	for ti, r := range v.rows {
		if r.Selected {
			return ti
		}
	}
	return -1
}

// Offset is the scroll position of the matrix.
func (v *MatrixView) Offset() fyne.Position { return v.scroll.Offset }
