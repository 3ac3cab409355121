package views

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"readouts/sources"
)

// Pane is one text the TextsView shows: a document, or the article beside
// the documents, read as an extraction of its own.
type Pane struct {
	Key   string // what the pane shows: a document id, or articlePane
	Title string
	Tab   string // the short name on its tab, in a narrow window
	X     *sources.Extraction
	// ReadOnly is a text that takes no corrections: the article beside
	// the documents, whose spans are passages, not statements.
	ReadOnly bool
}

// TextsView shows several texts at once, each in its own article pane with
// its spans tinted: side by side when the window is wide enough, as tabs
// when it is narrow. The pair on show decides which documents it holds,
// left and right. Tapping a span reports its statement; Mark outlines
// statements in whichever pane holds them and scrolls each pane to its own.
// Text selected in a pane that is not ReadOnly can be added as a
// statement, as in the article pane.
type TextsView struct {
	widget.BaseWidget

	// OnStatementTapped is called with the id of a tapped span.
	OnStatementTapped func(id string) `json:"-"`
	// OnMenu, OnAdd and Describe are given to the article pane of each
	// text that takes corrections (see ArticleView); set them before
	// SetPanes.
	OnMenu   func(id string, ev *fyne.PointEvent) `json:"-"`
	OnAdd    func()                               `json:"-"`
	Describe func(id string) string               `json:"-"`

	panes  []Pane
	views  []*ArticleView
	boxes  []fyne.CanvasObject // each view under its title
	titles []*widget.Label
	tabbed bool
	width  float32
	focus  []string
	// selectedIn is the pane the user last selected text in.
	selectedIn *ArticleView

	root *fyne.Container
}

// narrowTexts is the width below which the texts are tabs, not columns:
// two columns of the article pane's text need about this much.
const narrowTexts = 640

// NewTextsView returns an empty view.
func NewTextsView() *TextsView {
	v := &TextsView{root: container.NewStack()}
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer returns the renderer of the composed parts.
func (v *TextsView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.root)
}

// SetPanes shows the given texts, keeping the panes of texts already on
// show (and their scroll positions) when the key and the extraction are
// the same.
func (v *TextsView) SetPanes(panes []Pane) {
	old := map[string]*ArticleView{}
	for i, p := range v.panes {
		if p.X == panes0(panes, p.Key) {
			old[p.Key] = v.views[i]
		}
	}
	v.panes, v.views, v.boxes, v.titles = panes, nil, nil, nil
	for _, p := range panes {
		av := old[p.Key]
		if av == nil {
			av = v.newPane(p)
		}
		v.views = append(v.views, av)
		title := widget.NewLabel(p.Title)
		title.TextStyle = fyne.TextStyle{Bold: true}
		title.Truncation = fyne.TextTruncateEllipsis
		v.titles = append(v.titles, title)
		v.boxes = append(v.boxes, container.NewBorder(title, nil, nil, nil, av))
	}
	if !slices.Contains(v.views, v.selectedIn) {
		v.selectedIn = nil
	}
	v.SetFocus(v.focus...)
	v.arrange(true)
}

// newPane is the article pane of text p.
func (v *TextsView) newPane(p Pane) *ArticleView {
	av := NewArticleView()
	av.OnStatementTapped = v.tapped
	if p.ReadOnly {
		av.ReadOnly = true
	} else {
		av.OnMenu, av.OnAdd, av.Describe = v.OnMenu, v.OnAdd, v.Describe
		av.OnSelected = func() { v.selected(av) }
	}
	av.SetExtraction(p.X)
	return av
}

// selected keeps one selection across the panes: the one just made.
func (v *TextsView) selected(in *ArticleView) {
	v.selectedIn = in
	for _, av := range v.views {
		if av != in {
			av.ClearSelection()
		}
	}
}

// Selection is the text selected in a pane that takes corrections, or
// else a find match in one: the pane's key, the text its offsets index,
// and the span. ok is false when there is neither.
func (v *TextsView) Selection() (key, text string, start, end int, ok bool) {
	order := slices.Clone(v.views)
	if i := slices.Index(order, v.selectedIn); i > 0 {
		order[0], order[i] = order[i], order[0]
	}
	for _, av := range order {
		i := slices.Index(v.views, av)
		if v.panes[i].ReadOnly {
			continue
		}
		if s, e, ok := av.Selection(); ok {
			return v.panes[i].Key, v.panes[i].X.Article.Text, s, e, true
		}
	}
	return "", "", 0, 0, false
}

// ClearSelection forgets the selection of every pane.
func (v *TextsView) ClearSelection() {
	for _, av := range v.views {
		av.ClearSelection()
	}
	v.selectedIn = nil
}

// Pick makes the pane that holds statement id tell about it.
func (v *TextsView) Pick(id string) {
	for _, av := range v.views {
		if av.ParagraphOf(id) >= 0 {
			av.Pick(id)
		}
	}
}

// Offsets are where each pane is scrolled to, by key.
func (v *TextsView) Offsets() map[string]fyne.Position {
	out := make(map[string]fyne.Position, len(v.views))
	for i, av := range v.views {
		out[v.panes[i].Key] = av.Offset()
	}
	return out
}

// SetOffsets scrolls the panes back to offsets (see Offsets), to keep the
// places after the reading changed.
func (v *TextsView) SetOffsets(offsets map[string]fyne.Position) {
	for i, av := range v.views {
		if p, ok := offsets[v.panes[i].Key]; ok {
			av.SetOffset(p)
		}
	}
}

// panes0 is the extraction of the pane with key, or nil.
func panes0(panes []Pane, key string) *sources.Extraction {
	for _, p := range panes {
		if p.Key == key {
			return p.X
		}
	}
	return nil
}

// Panes are the texts on show.
func (v *TextsView) Panes() []Pane { return v.panes }

// View returns the article pane of the i-th text, for tests.
func (v *TextsView) View(i int) *ArticleView {
	if i < 0 || i >= len(v.views) {
		return nil
	}
	return v.views[i]
}

// Tabbed tells whether the texts are shown as tabs.
func (v *TextsView) Tabbed() bool { return v.tabbed }

func (v *TextsView) tapped(id string) {
	v.Mark(id)
	if v.OnStatementTapped != nil {
		v.OnStatementTapped(id)
	}
}

// Resize lays the texts out as columns or tabs for the new width.
func (v *TextsView) Resize(s fyne.Size) {
	v.width = s.Width
	v.arrange(false)
	v.BaseWidget.Resize(s)
}

// arrange puts the panes in columns (a split of two, or a grid of more) or
// in tabs, by width; rebuilt only when that choice or the panes change.
func (v *TextsView) arrange(changed bool) {
	tabbed := len(v.boxes) > 1 && v.width > 0 && v.width < narrowTexts
	if !changed && tabbed == v.tabbed {
		return
	}
	v.tabbed = tabbed
	for i, t := range v.titles {
		// A tab names its text already; a tab's content left hidden by
		// the tabs must show again in columns.
		t.Hidden = tabbed
		v.boxes[i].Show()
	}
	var content fyne.CanvasObject
	switch {
	case len(v.boxes) == 0:
		content = widget.NewLabel("")
	case len(v.boxes) == 1:
		content = v.boxes[0]
	case tabbed:
		tabs := container.NewAppTabs()
		for i, b := range v.boxes {
			tabs.Append(container.NewTabItem(v.panes[i].Tab, b))
		}
		content = tabs
	case len(v.boxes) == 2:
		split := container.NewHSplit(v.boxes[0], v.boxes[1])
		split.Offset = 0.5
		content = split
	default:
		content = container.NewGridWithColumns(len(v.boxes), v.boxes...)
	}
	v.root.Objects = []fyne.CanvasObject{content}
	v.root.Refresh()
}

// SetFocus tints the given accounts strongly in every pane.
func (v *TextsView) SetFocus(accountIDs ...string) {
	v.focus = accountIDs
	for _, av := range v.views {
		av.SetFocus(accountIDs...)
	}
}

// Mark outlines the given statements: each pane marks those it holds and
// scrolls to the first of them; in tabs, the tab of the first is shown.
func (v *TextsView) Mark(ids ...string) {
	first := -1
	for i, av := range v.views {
		var own []string
		for _, id := range ids {
			if av.ParagraphOf(id) >= 0 {
				own = append(own, id)
			}
		}
		av.Mark(own...)
		if len(own) > 0 && first < 0 {
			first = i
		}
	}
	if v.tabbed && first >= 0 {
		if tabs, ok := v.root.Objects[0].(*container.AppTabs); ok {
			tabs.SelectIndex(first)
		}
	}
}

// Marked lists the marked statements of every pane.
func (v *TextsView) Marked() []string {
	var out []string
	for _, av := range v.views {
		out = append(out, av.Marked()...)
	}
	return out
}

// ShowFind opens the find bar of the first pane (Ctrl+F).
func (v *TextsView) ShowFind() {
	if len(v.views) > 0 {
		v.views[0].ShowFind()
	}
}

// HideFind closes every pane's find bar.
func (v *TextsView) HideFind() {
	for _, av := range v.views {
		av.HideFind()
	}
}
