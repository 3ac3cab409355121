package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
	"readouts/sources"
)

// MatrixView is the topic × account table of All three: per topic, what
// each account says and whether it agrees with, diverges from the others or
// is silent. Every cell is tappable to its statements.
type MatrixView struct {
	widget.BaseWidget

	// OnCellTapped is called with a cell's statements (and the one tapped,
	// when the tap hit a statement, first).
	OnCellTapped func(topic, account string, ids []string) `json:"-"`

	x      *sources.Extraction
	m      *app.Matrix
	cells  [][]*HighlightText
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
	names := map[string]string{}
	for _, id := range m.Accounts {
		head = append(head, accountHead(x, x.Account(id)))
		names[id] = ShortName(x.Account(id))
	}
	v.heads.Objects = []fyne.CanvasObject{newCellRow(cols, true, head...)}
	for ti, topic := range m.Topics {
		row := [][]fyne.CanvasObject{{bold(topic)}}
		var texts []*HighlightText
		for ai, id := range m.Accounts {
			var p app.Position
			if ti < len(m.Cells) && ai < len(m.Cells[ti]) {
				p = m.Cells[ti][ai]
			}
			var badges []*badge
			for _, pw := range positionWords(p, names) {
				badges = append(badges, newBadge(pw.word, pw.color))
			}
			text, hl := statementsText(x, p.Statements)
			ht := NewHighlightText(text, hl)
			topic, id, ids := topic, id, p.Statements
			ht.OnTapped = func(span int) {
				if v.OnCellTapped == nil {
					return
				}
				if span >= 0 {
					first := ht.Highlights[span].Tag
					rest := []string{first}
					for _, s := range ids {
						if s != first {
							rest = append(rest, s)
						}
					}
					v.OnCellTapped(topic, id, rest)
					return
				}
				v.OnCellTapped(topic, id, ids)
			}
			cell := make([]fyne.CanvasObject, 0, len(badges)+1)
			for _, b := range badges {
				b.onTap = func() { ht.OnTapped(-1) }
				cell = append(cell, b)
			}
			row = append(row, append(cell, ht))
			texts = append(texts, ht)
		}
		v.cells = append(v.cells, texts)
		cr := newCellRow(cols, true, row...)
		v.rows = append(v.rows, cr)
		v.sheet.Objects = append(v.sheet.Objects, cr)
	}
	v.scroll.Offset = fyne.Position{}
	v.Refresh()
}

// Cell returns the statements text of a cell, for tests that tap it.
func (v *MatrixView) Cell(topic, account int) *HighlightText {
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

// statementsText is statements one per line, each a tappable span.
func statementsText(x *sources.Extraction, ids []string) (string, []Highlight) {
	var b strings.Builder
	var hl []Highlight
	for i, id := range ids {
		s := x.Statement(id)
		if s == nil {
			continue
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		b.WriteString(s.Text)
		hl = append(hl, Highlight{Start: start, End: b.Len(), Tag: id})
	}
	return b.String(), hl
}

// SelectStatement highlights the first topic row that holds statement id,
// scrolls it into view and outlines the statement; it returns the topic
// index or -1.
func (v *MatrixView) SelectStatement(id string) int {
	found := -1
	for ti, texts := range v.cells {
		for _, ht := range texts {
			changed := false
			for k := range ht.Highlights {
				h := &ht.Highlights[k]
				m := h.Tag == id && found < 0
				if m != h.Marked {
					h.Marked, changed = m, true
				}
			}
			if changed {
				ht.Refresh()
			}
		}
		for _, ht := range texts {
			for _, h := range ht.Highlights {
				if h.Tag == id && found < 0 {
					found = ti
				}
			}
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
