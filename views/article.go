package views

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"readouts/sources"
)

// ArticleView is the full article with paragraph numbers, every statement's
// span tinted by its account: strong for the accounts being compared, faint
// for the others. Tapping a span reports its statement; Mark outlines
// statements and scrolls to them. A find bar searches the text.
type ArticleView struct {
	widget.BaseWidget

	// OnStatementTapped is called with the id of a tapped statement span.
	OnStatementTapped func(id string) `json:"-"`

	x      *sources.Extraction
	focus  map[string]bool
	marked map[string]bool
	paras  []*paragraphView
	where  map[string]int // statement id → first paragraph index

	finds     []findHit
	findAt    int
	findQuery string

	sheet     *fyne.Container
	layout    *sheetLayout
	scroll    *container.Scroll
	findBar   *fyne.Container
	findEntry *findEntry
	findCount *widget.Label
	root      *fyne.Container
}

type paragraphView struct {
	row  *cellRow
	text *HighlightText
	para sources.Paragraph
	base []Highlight // statement spans, before find matches
}

type findHit struct{ para, start, end int }

// NewArticleView returns an empty article pane.
func NewArticleView() *ArticleView {
	v := &ArticleView{focus: map[string]bool{}, marked: map[string]bool{}}
	v.ExtendBaseWidget(v)
	v.scroll, v.sheet, v.layout = newSheet(0)
	v.findEntry = newFindEntry(v.HideFind)
	v.findEntry.SetPlaceHolder("Find in article")
	v.findEntry.OnChanged = func(q string) { v.Find(q) }
	v.findEntry.OnSubmitted = func(string) { v.FindNext(1) }
	v.findCount = widget.NewLabel("")
	prev := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { v.FindNext(-1) })
	next := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { v.FindNext(1) })
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), v.HideFind)
	v.findBar = container.NewBorder(nil, nil, nil, container.NewHBox(v.findCount, prev, next, closeBtn), v.findEntry)
	v.findBar.Hide()
	v.root = container.NewBorder(v.findBar, nil, nil, nil, v.scroll)
	return v
}

// CreateRenderer returns the renderer of the composed parts.
func (v *ArticleView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.root)
}

func paragraphColumns(w float32) []float32 {
	gutter := float32(30)
	return []float32{gutter, fyne.Max(w-gutter-columnGap(), 60)}
}

// SetExtraction shows the article of x with the spans of its accounts.
func (v *ArticleView) SetExtraction(x *sources.Extraction) {
	v.x = x
	v.marked = map[string]bool{}
	v.finds, v.findAt = nil, 0
	v.paras = nil
	v.where = map[string]int{}
	objs := []fyne.CanvasObject{}
	if x != nil && x.Article != nil {
		a := x.Article
		for i, p := range a.Paragraphs {
			num := NewHighlightText(strconv.Itoa(p.Number), nil)
			num.SizeName = theme.SizeNameCaptionText
			ht := NewHighlightText(a.Text[p.Start:p.End], nil)
			pv := &paragraphView{text: ht, para: p}
			pv.row = newCellRow(paragraphColumns, false, []fyne.CanvasObject{num}, []fyne.CanvasObject{ht})
			ht.OnTapped = func(span int) { v.tapSpan(pv, span) }
			v.paras = append(v.paras, pv)
			objs = append(objs, pv.row)
			_ = i
		}
		for ai := range x.Accounts {
			for _, s := range x.Accounts[ai].Statements {
				for i, pv := range v.paras {
					if s.End <= pv.para.Start || s.Start >= pv.para.End {
						continue
					}
					if _, ok := v.where[s.ID]; !ok {
						v.where[s.ID] = i
					}
				}
			}
		}
	}
	v.sheet.Objects = objs
	v.scroll.Offset = fyne.Position{}
	v.restyle()
	if v.findQuery != "" {
		v.Find(v.findQuery)
	}
	v.Refresh()
}

// SetFocus tints the given accounts strongly and the others faintly.
func (v *ArticleView) SetFocus(accountIDs ...string) {
	v.focus = map[string]bool{}
	for _, id := range accountIDs {
		v.focus[id] = true
	}
	v.restyle()
}

// Mark outlines the given statements and scrolls to the first of them.
func (v *ArticleView) Mark(ids ...string) {
	v.marked = map[string]bool{}
	for _, id := range ids {
		v.marked[id] = true
	}
	v.restyle()
	if len(ids) > 0 {
		v.ScrollToStatement(ids[0])
	}
}

// Marked lists the marked statements.
func (v *ArticleView) Marked() []string {
	var out []string
	for _, pv := range v.paras {
		for _, h := range pv.text.Highlights {
			if h.Marked && h.Tag != "" {
				out = append(out, h.Tag)
			}
		}
	}
	return out
}

// Offset is the scroll position of the article.
func (v *ArticleView) Offset() fyne.Position { return v.scroll.Offset }

// Paragraph returns the text widget of paragraph i (from 0), for tests.
func (v *ArticleView) Paragraph(i int) *HighlightText {
	if i < 0 || i >= len(v.paras) {
		return nil
	}
	return v.paras[i].text
}

// ParagraphOf is the index (from 0) of the paragraph holding statement id.
func (v *ArticleView) ParagraphOf(id string) int {
	if i, ok := v.where[id]; ok {
		return i
	}
	return -1
}

// ScrollToTop shows the start of the article.
func (v *ArticleView) ScrollToTop() { v.scroll.ScrollToTop() }

// ScrollToStatement scrolls so that the statement's span sits in the upper
// third of the pane.
func (v *ArticleView) ScrollToStatement(id string) {
	i, ok := v.where[id]
	if !ok {
		return
	}
	pv := v.paras[i]
	for k, h := range pv.text.Highlights {
		if h.Tag == id {
			v.scrollToSpan(i, k)
			return
		}
	}
}

func (v *ArticleView) scrollToSpan(para, span int) {
	w := paragraphColumns(v.layout.contentWidth() - 2*rowPadding())[1]
	p, _ := v.paras[para].text.spanPositionAt(span, w)
	y := v.layout.top(v.sheet.Objects, para) + rowPadding() + p.Y
	v.scroll.ScrollToOffset(fyne.NewPos(0, fyne.Max(0, y-v.scroll.Size().Height/3)))
}

func (v *ArticleView) tapSpan(pv *paragraphView, span int) {
	if span < 0 || pv.text.Highlights[span].Tag == "" {
		return
	}
	id := pv.text.Highlights[span].Tag
	v.marked = map[string]bool{id: true}
	v.restyle()
	if v.OnStatementTapped != nil {
		v.OnStatementTapped(id)
	}
}

// restyle rebuilds every paragraph's highlights from the accounts, the
// focus, the marks and the find matches.
func (v *ArticleView) restyle() {
	if v.x == nil {
		return
	}
	for _, pv := range v.paras {
		pv.base = pv.base[:0]
	}
	for ai := range v.x.Accounts {
		acc := &v.x.Accounts[ai]
		strong := v.focus[acc.ID]
		for _, s := range acc.Statements {
			i, ok := v.where[s.ID]
			if !ok {
				continue
			}
			for ; i < len(v.paras) && v.paras[i].para.Start < s.End; i++ {
				pv := v.paras[i]
				st, en := max(s.Start, pv.para.Start), min(s.End, pv.para.End)
				if st >= en {
					continue
				}
				pv.base = append(pv.base, Highlight{Start: st - pv.para.Start, End: en - pv.para.Start,
					Color: AccountColor(ai, strong), Tag: s.ID, Marked: v.marked[s.ID]})
			}
		}
	}
	for pi, pv := range v.paras {
		hl := append([]Highlight{}, pv.base...)
		for k, f := range v.finds {
			if f.para == pi {
				hl = append(hl, Highlight{Start: f.start, End: f.end, Color: ColorFind, Marked: k == v.findAt})
			}
		}
		if !slices.Equal(hl, pv.text.Highlights) {
			pv.text.SetHighlights(hl)
		}
	}
}

// ShowFind opens the find bar and puts the cursor in it.
func (v *ArticleView) ShowFind() {
	v.findBar.Show()
	v.root.Refresh()
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		c.Focus(v.findEntry)
	}
}

// HideFind closes the find bar and clears the matches.
func (v *ArticleView) HideFind() {
	v.findBar.Hide()
	v.findEntry.SetText("")
	v.Find("")
	v.root.Refresh()
}

// Find highlights every case-insensitive match of q in the article, scrolls
// to the first and returns how many there are.
func (v *ArticleView) Find(q string) int {
	v.findQuery = q
	v.finds, v.findAt = nil, 0
	if q != "" && v.x != nil {
		for pi, pv := range v.paras {
			text := v.x.Article.Text[pv.para.Start:pv.para.End]
			for _, m := range findAll(text, q) {
				v.finds = append(v.finds, findHit{para: pi, start: m[0], end: m[1]})
			}
		}
	}
	v.showFindCount()
	v.restyle()
	if len(v.finds) > 0 {
		f := v.finds[0]
		v.scrollToFind(f)
	}
	return len(v.finds)
}

// FindNext moves to the next (delta 1) or previous (-1) match.
func (v *ArticleView) FindNext(delta int) {
	if len(v.finds) == 0 {
		return
	}
	v.findAt = (v.findAt + delta + len(v.finds)) % len(v.finds)
	v.showFindCount()
	v.restyle()
	v.scrollToFind(v.finds[v.findAt])
}

func (v *ArticleView) scrollToFind(f findHit) {
	for k, h := range v.paras[f.para].text.Highlights {
		if h.Color == ColorFind && h.Start == f.start {
			v.scrollToSpan(f.para, k)
			return
		}
	}
}

func (v *ArticleView) showFindCount() {
	switch {
	case v.findQuery == "":
		v.findCount.SetText("")
	case len(v.finds) == 0:
		v.findCount.SetText("no match")
	default:
		v.findCount.SetText(fmt.Sprintf("%d of %d", v.findAt+1, len(v.finds)))
	}
}

// findAll returns the byte ranges of case-insensitive matches of q in text.
// Lower-casing keeps offsets only when it keeps the length, so other texts
// are searched as they are.
func findAll(text, q string) [][2]int {
	lt, lq := strings.ToLower(text), strings.ToLower(q)
	if len(lt) != len(text) || len(lq) != len(q) {
		lt, lq = text, q
	}
	var out [][2]int
	for i := 0; i < len(lt); {
		k := strings.Index(lt[i:], lq)
		if k < 0 {
			break
		}
		out = append(out, [2]int{i + k, i + k + len(lq)})
		i += k + len(lq)
	}
	return out
}

// findEntry is the find bar's entry: Escape closes the bar, and the
// window's own shortcuts (Ctrl+Q, Ctrl+1…) still work while typing, which a
// plain Entry would swallow.
type findEntry struct {
	widget.Entry
	onEscape func()
}

func newFindEntry(onEscape func()) *findEntry {
	e := &findEntry{onEscape: onEscape}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey closes the find bar on Escape.
func (e *findEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut hands the window's custom shortcuts to the canvas and
// keeps the standard ones (copy, paste, undo) for editing.
func (e *findEntry) TypedShortcut(s fyne.Shortcut) {
	if _, custom := s.(*desktop.CustomShortcut); custom {
		if c, ok := fyne.CurrentApp().Driver().CanvasForObject(e).(fyne.Shortcutable); ok {
			c.TypedShortcut(s)
			return
		}
	}
	e.Entry.TypedShortcut(s)
}
