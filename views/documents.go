package views

import (
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
}

// TextsView shows several texts at once, each in its own article pane with
// its spans tinted: side by side when the window is wide enough, as tabs
// when it is narrow. The pair on show decides which documents it holds,
// left and right. Tapping a span reports its statement; Mark outlines
// statements in whichever pane holds them and scrolls each pane to its own.
type TextsView struct {
	widget.BaseWidget

	// OnStatementTapped is called with the id of a tapped span.
	OnStatementTapped func(id string) `json:"-"`

	panes  []Pane
	views  []*ArticleView
	boxes  []fyne.CanvasObject // each view under its title
	titles []*widget.Label
	tabbed bool
	width  float32
	focus  []string

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
			av = NewArticleView()
			av.SetExtraction(p.X)
			av.OnStatementTapped = v.tapped
		}
		v.views = append(v.views, av)
		title := widget.NewLabel(p.Title)
		title.TextStyle = fyne.TextStyle{Bold: true}
		title.Truncation = fyne.TextTruncateEllipsis
		v.titles = append(v.titles, title)
		v.boxes = append(v.boxes, container.NewBorder(title, nil, nil, nil, av))
	}
	v.SetFocus(v.focus...)
	v.arrange(true)
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
