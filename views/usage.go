package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"readouts/app/naming"
	"readouts/app/usage"
	"readouts/sources"
)

// UsageView shows how the article beside the documents used one of them:
// a row per statement of the document (its words | how the article uses
// it, and where the words differ | the article's passage), then the
// statements the article attributes to that side with no close match in
// the document. A bar above switches between the documents.
type UsageView struct {
	widget.BaseWidget

	// OnDocument is called when the user picks another document.
	OnDocument func(id string) `json:"-"`
	// OnSelected is called when a row becomes selected, with the ids to
	// mark in the texts: the document's statement and the article's span.
	OnSelected func(ids []string) `json:"-"`

	x        *sources.Extraction
	u        *usage.Result
	doc      string
	items    []usageRow
	rows     []*cellRow
	selected int

	docs    *fyne.Container
	counts  *fyne.Container
	heads   *fyne.Container
	sheet   *fyne.Container
	layout  *sheetLayout
	scroll  *container.Scroll
	summary string
	root    *fyne.Container
}

// usageRow is one row: a checked statement, or an extra of the article.
type usageRow struct {
	check *usage.Check
	extra *usage.Extra
}

// ids are what a row marks in the texts.
func (r usageRow) ids() []string {
	if r.extra != nil {
		return []string{extraPrefix + r.extra.Passage.Statement}
	}
	return []string{r.check.Statement, passagePrefix + r.check.Statement}
}

// NewUsageView returns an empty view.
func NewUsageView() *UsageView {
	v := &UsageView{selected: -1}
	v.ExtendBaseWidget(v)
	v.scroll, v.sheet, v.layout = newSheet(0)
	v.heads = newHeads(v.layout, v)
	v.docs = container.NewHBox()
	v.counts = container.NewHBox()
	top := container.NewVBox(container.NewHBox(widget.NewLabel("Document:"), v.docs), v.counts, v.heads)
	v.root = container.NewBorder(top, nil, nil, nil, v.scroll)
	return v
}

// CreateRenderer returns the renderer of the composed parts.
func (v *UsageView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.root)
}

// usageColumns: the document's words, the use, the article's words.
func usageColumns(w float32) []float32 { return threeColumns(w, 0.24, 170, 280) }

// SetUsage shows how the article used document doc ("" for the first).
func (v *UsageView) SetUsage(x *sources.Extraction, u *usage.Result, doc string) {
	v.x, v.u = x, u
	if u == nil || len(u.Documents) == 0 {
		v.doc, v.items, v.rows = "", nil, nil
		v.sheet.Objects, v.docs.Objects, v.counts.Objects, v.heads.Objects = nil, nil, nil, nil
		v.Refresh()
		return
	}
	if u.Document(doc) == nil {
		doc = u.Documents[0].ID
	}
	v.doc = doc
	v.buildDocs()
	v.buildRows()
	v.Refresh()
}

// Document is the document on show.
func (v *UsageView) Document() string { return v.doc }

// Summary is the counts line as words, for tests.
func (v *UsageView) Summary() string { return v.summary }

// RowCount is the number of rows.
func (v *UsageView) RowCount() int { return len(v.rows) }

// Selected is the selected row, or -1.
func (v *UsageView) Selected() int { return v.selected }

func (v *UsageView) buildDocs() {
	v.docs.Objects = nil
	names := naming.For(v.x)
	for _, ud := range v.u.Documents {
		id := ud.ID
		name := names.Of(id)
		b := widget.NewButton(name, func() { v.Choose(id) })
		if id == v.doc {
			b.Importance = widget.HighImportance
		}
		v.docs.Add(b)
	}
}

// Choose shows document id and reports it.
func (v *UsageView) Choose(id string) {
	if id == v.doc {
		return
	}
	v.SetUsage(v.x, v.u, id)
	if v.OnDocument != nil {
		v.OnDocument(id)
	}
}

func (v *UsageView) buildRows() {
	ud := v.u.Document(v.doc)
	v.items, v.rows, v.selected = nil, nil, -1
	var parts []string
	v.counts.Objects = nil
	for _, use := range usage.Uses {
		if n := ud.Counts[use]; n > 0 {
			text := fmt.Sprintf("%d %s", n, use.Label())
			parts = append(parts, text)
			v.counts.Add(newBadge(text, useColor(use)))
		}
	}
	v.summary = strings.Join(parts, " · ")
	idx := v.accountIndex(v.doc)
	v.heads.Objects = []fyne.CanvasObject{newCellRow(usageColumns, true,
		[]fyne.CanvasObject{bold("The document says")}, []fyne.CanvasObject{bold("How the article uses it")},
		[]fyne.CanvasObject{bold("The article says")})}
	var objs []fyne.CanvasObject
	for i := range ud.Checks {
		c := &ud.Checks[i]
		st := v.x.Statement(c.Statement)
		if st == nil {
			continue
		}
		left := NewHighlightText(st.Text, []Highlight{{Start: 0, End: len(st.Text), Color: AccountColor(idx, true), Tag: c.Statement}})
		right := NewHighlightText("No close match found in the article.", nil)
		if c.Passage != nil {
			right = NewHighlightText(c.Passage.Text, []Highlight{{Start: 0, End: len(c.Passage.Text), Tag: passagePrefix + c.Statement}})
		}
		objs = append(objs, v.addRow(usageRow{check: c}, left, checkCell(c), right))
	}
	for i := range v.u.Extras {
		e := &v.u.Extras[i]
		if e.Document != v.doc {
			continue
		}
		left := NewHighlightText("—", nil)
		mid := []fyne.CanvasObject{newBadge("No close match in the document", ColorDiverge),
			caption("The article attributes this to " + orSomeone(e.Passage.Speaker) + ", whose document has nothing close to it.")}
		right := NewHighlightText(e.Passage.Text, []Highlight{{Start: 0, End: len(e.Passage.Text), Color: AccountColor(idx, true), Tag: extraPrefix + e.Passage.Statement}})
		objs = append(objs, v.addRow(usageRow{extra: e}, left, mid, right))
	}
	v.sheet.Objects = objs
	v.scroll.Offset = fyne.Position{}
}

func (v *UsageView) addRow(r usageRow, left fyne.CanvasObject, mid []fyne.CanvasObject, right fyne.CanvasObject) *cellRow {
	i := len(v.rows)
	for _, o := range []fyne.CanvasObject{left, right} {
		if ht, ok := o.(*HighlightText); ok {
			ht.OnTapped = func(int) { v.Select(i) }
		}
	}
	cr := newCellRow(usageColumns, true, []fyne.CanvasObject{left}, mid, []fyne.CanvasObject{right})
	cr.onTap = func() { v.Select(i) }
	v.items = append(v.items, r)
	v.rows = append(v.rows, cr)
	return cr
}

func (v *UsageView) accountIndex(id string) int {
	for i := range v.x.Accounts {
		if v.x.Accounts[i].ID == id {
			return i
		}
	}
	return 0
}

// checkCell is the middle of a row: the use, the article's paragraph and
// attribution, and where its words differ.
func checkCell(c *usage.Check) []fyne.CanvasObject {
	out := []fyne.CanvasObject{newBadge(c.Use.Label(), useColor(c.Use))}
	if p := c.Passage; p != nil {
		where := fmt.Sprintf("Article ¶%d", p.Paragraph)
		if p.Speaker != "" {
			where += ", attributed to " + p.Speaker
		}
		out = append(out, caption(where))
	}
	if len(c.Else) > 0 {
		out = append(out, newBadge("Says otherwise", ColorDiverge), caption(strings.Join(c.Else, "\n")))
	}
	if len(c.More) > 0 {
		out = append(out, caption("Article adds: "+strings.Join(c.More, ", ")))
	}
	if len(c.Less) > 0 {
		out = append(out, caption("Article lacks: "+strings.Join(c.Less, ", ")))
	}
	if c.Unquoted {
		out = append(out, caption(fmt.Sprintf("Repeats %d words in a row without quotation marks", c.Passage.Verbatim)))
	}
	return out
}

func caption(s string) *HighlightText {
	t := NewHighlightText(s, nil)
	t.SizeName = theme.SizeNameCaptionText
	return t
}

func orSomeone(s string) string {
	if s == "" {
		return "a speaker"
	}
	return s
}

// useColor: carried statements like agreement, the rest neutral.
func useColor(u usage.Use) fyne.ThemeColorName {
	switch {
	case u.Used():
		return ColorAgree
	case u == usage.Related:
		return ColorShared
	}
	return ColorSilent
}

// Select selects row i, scrolls it into view and reports it.
func (v *UsageView) Select(i int) {
	if i < 0 || i >= len(v.rows) {
		return
	}
	if v.selected >= 0 && v.selected < len(v.rows) {
		v.rows[v.selected].Selected = false
		v.rows[v.selected].Refresh()
	}
	v.selected = i
	v.rows[i].Selected = true
	v.rows[i].Refresh()
	reveal(v.scroll, v.layout.top(v.sheet.Objects, i), heightFor(v.rows[i], v.layout.contentWidth()))
	if v.OnSelected != nil {
		v.OnSelected(v.items[i].ids())
	}
}

// SelectNext moves the selection by delta rows (the ↑/↓ keys).
func (v *UsageView) SelectNext(delta int) {
	if len(v.rows) == 0 {
		return
	}
	i := v.selected + delta
	if v.selected < 0 {
		i = 0
	}
	v.Select(min(max(i, 0), len(v.rows)-1))
}

// SelectID selects the row that marks id (a document statement, a
// passage or an extra), for a tap in the texts; it returns the row or -1.
func (v *UsageView) SelectID(id string) int {
	for i, r := range v.items {
		for _, own := range r.ids() {
			if own == id {
				v.Select(i)
				return i
			}
		}
	}
	return -1
}
