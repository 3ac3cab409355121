package views

import (
	"fmt"
	"image/color"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"readouts/sources"
	"readouts/sources/markup"
)

// ArticleView is the full article with paragraph numbers, every statement's
// span tinted by its account: strong for the accounts being compared, faint
// for the others. Tapping a span reports its statement; Mark outlines
// statements and scrolls to them. A find bar searches the text. Text can
// be selected (drag, or shift-click) within a paragraph; a strip above the
// text tells about the statement under the pointer or picked, or offers to
// add the selection as a statement.
type ArticleView struct {
	widget.BaseWidget

	// OnStatementTapped is called with the id of a tapped statement span.
	OnStatementTapped func(id string) `json:"-"`
	// OnMenu is called on a secondary tap (right click) with the statement
	// under it ("" for none), for a menu at ev.AbsolutePosition.
	OnMenu func(id string, ev *fyne.PointEvent) `json:"-"`
	// OnAdd is called when the user asks to add the selection as a
	// statement (the strip's button).
	OnAdd func() `json:"-"`
	// Describe is what the strip says about a statement: who, how, why.
	Describe func(id string) string `json:"-"`
	// OnSelected is called when the user selects text.
	OnSelected func() `json:"-"`
	// ReadOnly is a text that takes no corrections: its text cannot be
	// selected and the strip offers nothing to add. Set it before
	// SetExtraction.
	ReadOnly bool

	x *sources.Extraction
	// passage is what the strip says first of a document of which only a
	// passage is the side's account (passageNote), set with x.
	passage string
	focus   map[string]bool
	marked  map[string]bool
	paras   []*paragraphView
	where   map[string]int // statement id → first paragraph index

	finds     []findHit
	findAt    int
	findQuery string

	sel    [2]int // the selection in article offsets; equal when none
	picked string // the statement the strip tells about when no pointer is over one

	info      *widget.Label
	addButton *widget.Button

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
	v.info = widget.NewLabel("")
	v.info.Wrapping = fyne.TextWrapWord
	v.info.Truncation = fyne.TextTruncateEllipsis // within the strip's three lines
	v.info.SizeName = theme.SizeNameCaptionText
	v.addButton = widget.NewButtonWithIcon("Add…", theme.ContentAddIcon(), func() {
		if v.OnAdd != nil {
			v.OnAdd()
		}
	})
	v.addButton.Importance = widget.HighImportance
	v.addButton.Disable()
	// The strip keeps the height of three lines (a statement's evidence:
	// who, the cue, the speaker phrase, why the channel), so that the text
	// below does not jump when a selection or a hover changes what it says.
	room := canvas.NewRectangle(color.Transparent)
	line := fyne.MeasureText("Ay", theme.CaptionTextSize(), fyne.TextStyle{}).Height
	room.SetMinSize(fyne.NewSize(0, 3*line+2*theme.InnerPadding()+2*theme.LineSpacing()))
	strip := container.NewStack(room, container.NewBorder(nil, nil, nil, container.NewCenter(v.addButton), v.info))
	v.root = container.NewBorder(container.NewVBox(v.findBar, strip, widget.NewSeparator()), nil, nil, nil, v.scroll)
	v.showInfo("")
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
	v.x, v.passage = x, passageNote(x)
	v.marked = map[string]bool{}
	v.finds, v.findAt = nil, 0
	v.sel, v.picked = [2]int{}, ""
	v.paras = nil
	v.where = map[string]int{}
	objs := []fyne.CanvasObject{}
	if x != nil && x.Article != nil {
		a := x.Article
		md := markup.IsMarkdown(a.Name)
		for i, p := range a.Paragraphs {
			num := NewHighlightText(strconv.Itoa(p.Number), nil)
			num.SizeName = theme.SizeNameCaptionText
			num.TextColor = ColorMuted
			text := a.Text[p.Start:p.End]
			ht := NewHighlightText(text, nil)
			// The article as a reader sees it: markup hidden (its offsets
			// kept), hard-wrapped lines flowing, a heading in bold.
			ht.Hidden = markup.Ranges(text, md)
			ht.SoftBreaks = true
			if strings.HasPrefix(text, "#") {
				ht.TextStyle = fyne.TextStyle{Bold: true}
			}
			pv := &paragraphView{text: ht, para: p}
			pv.row = newCellRow(paragraphColumns, false, []fyne.CanvasObject{num}, []fyne.CanvasObject{ht})
			ht.OnTapped = func(span int) { v.tapSpan(pv, span) }
			ht.Selectable = !v.ReadOnly
			ht.OnSelected = func(s, e int) { v.selected(pv, s, e) }
			ht.OnSecondaryTapped = func(span int, ev *fyne.PointEvent) { v.menu(pv, span, ev) }
			ht.OnHover = func(span int) { v.hover(pv, span) }
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
	v.showInfo("")
	v.Refresh()
}

// SetOffset scrolls the article to p, to keep the place after the reading
// changed.
func (v *ArticleView) SetOffset(p fyne.Position) { v.scroll.ScrollToOffset(p) }

// Selection is the text the user selected, as article offsets, or else the
// current find match: either is what "Add as statement" adds. ok is false
// when there is neither.
func (v *ArticleView) Selection() (start, end int, ok bool) {
	if v.sel[0] < v.sel[1] {
		return v.sel[0], v.sel[1], true
	}
	if v.findAt < len(v.finds) {
		f := v.finds[v.findAt]
		base := v.paras[f.para].para.Start
		return base + f.start, base + f.end, true
	}
	return 0, 0, false
}

// Select selects the article text [start, end) inside one paragraph, as a
// drag would; nothing when it is empty or spans paragraphs.
func (v *ArticleView) Select(start, end int) {
	for _, pv := range v.paras {
		if pv.para.Start <= start && end <= pv.para.End && start < end {
			pv.text.SetSelection(start-pv.para.Start, end-pv.para.Start)
			v.selected(pv, start-pv.para.Start, end-pv.para.Start)
			return
		}
	}
}

// ClearSelection forgets the selection.
func (v *ArticleView) ClearSelection() {
	for _, pv := range v.paras {
		pv.text.SetSelection(0, 0)
	}
	v.sel = [2]int{}
	v.showInfo("")
}

// selected records a selection made in one paragraph and clears the others.
func (v *ArticleView) selected(pv *paragraphView, s, e int) {
	for _, other := range v.paras {
		if other != pv {
			other.text.SetSelection(0, 0)
		}
	}
	v.sel = [2]int{}
	if s < e {
		v.sel = [2]int{pv.para.Start + s, pv.para.Start + e}
	}
	v.showInfo("")
	if s < e && v.OnSelected != nil {
		v.OnSelected()
	}
}

func (v *ArticleView) menu(pv *paragraphView, span int, ev *fyne.PointEvent) {
	id := ""
	if span >= 0 {
		id = pv.text.Highlights[span].Tag
	}
	if v.OnMenu != nil {
		v.OnMenu(id, ev)
	}
}

func (v *ArticleView) hover(pv *paragraphView, span int) {
	id := ""
	if span >= 0 {
		id = pv.text.Highlights[span].Tag
	}
	v.showInfo(id)
}

// showInfo fills the strip: the statement id (under the pointer), else the
// selection, else the picked statement, else a hint.
func (v *ArticleView) showInfo(id string) {
	if v.info == nil {
		return
	}
	start, end, selected := v.Selection()
	selected = selected && !v.ReadOnly
	if v.ReadOnly {
		v.addButton.Hide()
	}
	if selected {
		v.addButton.Enable()
	} else {
		v.addButton.Disable()
	}
	text := ""
	switch {
	case id != "" && v.Describe != nil:
		text = v.Describe(id)
	case selected:
		words := len(strings.Fields(v.x.Article.Text[start:end]))
		what := "Selected"
		if v.sel[0] == v.sel[1] {
			what = "The find match is selected:"
		}
		text = fmt.Sprintf("%s %d word(s). Add as a statement (Ctrl+Shift+A), or right-click for more.", what, words)
	case v.picked != "" && v.Describe != nil:
		text = v.Describe(v.picked)
	case v.ReadOnly:
		text = "Click a marked passage to find its row."
	default:
		text = v.passage + "Select text to add a statement; right-click a statement to correct it."
	}
	v.info.SetText(text)
}

// passageNote tells, for the pane of one document on many matters (an
// address), that only its passage about the call is the side's account, so
// that the unmarked rest does not read as statements the tool missed; ""
// for any other pane.
func passageNote(x *sources.Extraction) string {
	if x == nil || len(x.Documents) != 1 || len(x.Documents[0].Passages) == 0 {
		return ""
	}
	var paras []string
	for _, ps := range x.Documents[0].Passages {
		for _, p := range x.Article.Paragraphs {
			n := strconv.Itoa(p.Number)
			if p.Start < ps.End && ps.Start < p.End && !slices.Contains(paras, n) {
				paras = append(paras, n)
			}
		}
	}
	return fmt.Sprintf("Only its passage about the call (¶ %s) is this side's account. ", strings.Join(paras, ", "))
}

// Info is what the strip says, for tests.
func (v *ArticleView) Info() string { return v.info.Text }

// Pick makes the strip tell about statement id (the one a row or the
// article picked) when the pointer is over none.
func (v *ArticleView) Pick(id string) {
	v.picked = id
	v.showInfo("")
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
	v.Pick(id)
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

// HideFind closes the find bar and clears the matches. The keyboard goes
// back to the window (↑/↓ move between rows again).
func (v *ArticleView) HideFind() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil && c.Focused() == v.findEntry {
		c.Unfocus()
	}
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
	defer v.showInfo("")
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
