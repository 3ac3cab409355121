package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"readouts/app/naming"
	"readouts/app/usage"
	"readouts/sources"
)

// Legend names what the colours and marks on show mean, always with
// words: the accounts on show, the verdicts of the view (a pair's, or All
// three's positions), and inside a pair's rows the evidence marks. It
// wraps in a narrow window and ends with a button to the help.
type Legend struct {
	widget.BaseWidget

	// OnHelp opens "How to read this".
	OnHelp func() `json:"-"`
	// OnDiffs hears the "Word differences" check: on shows the words only
	// one side has in every row, off only where the sides quote the same
	// words.
	OnDiffs func(on bool) `json:"-"`

	words []string // what the legend says, for tests
	help  *widget.Button
	diffs *widget.Check
	flow  *flowBox
}

// NewLegend returns an empty legend with its help button.
func NewLegend() *Legend {
	l := &Legend{flow: newFlowBox()}
	l.ExtendBaseWidget(l)
	l.help = widget.NewButtonWithIcon("How to read this", theme.QuestionIcon(), func() {
		if l.OnHelp != nil {
			l.OnHelp()
		}
	})
	l.help.Importance = widget.LowImportance
	l.diffs = widget.NewCheck("All word differences", func(on bool) {
		if l.OnDiffs != nil {
			l.OnDiffs(on)
		}
	})
	l.flow.Pad = rowPadding()
	l.flow.SetObjects(l.help)
	return l
}

// CreateRenderer returns the renderer of the composed parts.
func (l *Legend) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(l.flow)
}

// HeightForWidth is the legend's height at width w.
func (l *Legend) HeightForWidth(w float32) float32 { return l.flow.HeightForWidth(w) }

// MinSize is the legend's size at its current width.
func (l *Legend) MinSize() fyne.Size {
	l.ExtendBaseWidget(l)
	return l.flow.MinSize()
}

// Words lists the legend's entries, for tests.
func (l *Legend) Words() []string { return l.words }

// SetDiffs ticks the "Word differences" check without telling OnDiffs.
func (l *Legend) SetDiffs(on bool) {
	if l.diffs.Checked == on {
		return
	}
	f := l.diffs.OnChanged
	l.diffs.OnChanged = nil
	l.diffs.SetChecked(on)
	l.diffs.OnChanged = f
}

// legendView is what the legend explains.
type legendView int

const (
	legendNone  legendView = iota
	legendPair             // a pair's rows
	legendAll              // All three's matrix
	legendUsage            // how an article used the documents
)

// Set explains a view of x showing the accounts ids (the pair's two, or
// All three's), named by names, with word differences in some row when
// diffs is set.
func (l *Legend) Set(view legendView, x *sources.Extraction, ids []string, names naming.Names, diffs bool) {
	l.words = nil
	var objs []fyne.CanvasObject
	add := func(o fyne.CanvasObject, word string) {
		objs = append(objs, o)
		l.words = append(l.words, word)
	}
	label := func(s string) *widget.Label {
		lb := widget.NewLabel(s)
		lb.TextStyle = fyne.TextStyle{Bold: true}
		return lb
	}
	if x != nil && len(ids) > 0 {
		objs = append(objs, label("Accounts:"))
		for _, id := range ids {
			add(newBadge(names.Of(id), AccountColor(accountIndex(x, id), true)), names.Of(id))
		}
		if len(x.Accounts) > len(ids) {
			add(newBadge("other accounts", ColorOtherAccounts), "other accounts")
		}
	}
	switch view {
	case legendPair:
		objs = append(objs, label("Verdicts:"))
		add(newBadge("agree", ColorAgree), "agree")
		add(newBadge("diverge", ColorDiverge), "diverge")
		add(newBadge("only one side", ColorLeftOnly), "only one side")
		objs = append(objs, label("Marks:"))
		add(markSample("cue word", Highlight{Color: ColorCue}), "cue word")
		add(markSample("shared", Highlight{Underline: ColorSharedLine}), "shared")
		add(markSample("topic", Highlight{Underline: ColorTopicLine, ThinLine: true}), "topic")
		if diffs {
			add(markSample("words only one side has", Highlight{Color: ColorDiffers}), "words only one side has")
		}
		objs = append(objs, l.diffs)
	case legendUsage:
		objs = append(objs, label("Uses:"))
		for _, u := range usage.Uses {
			add(newBadge(u.Label(), useColor(u)), u.Label())
		}
	case legendAll:
		objs = append(objs, label("Positions:"))
		add(newBadge("agrees with", ColorAgree), "agrees with")
		add(newBadge("diverges from", ColorDiverge), "diverges from")
		add(newBadge("only this account", ColorLeftOnly), "only this account")
		add(newBadge("silent", ColorSilent), "silent")
	}
	objs = append(objs, l.help)
	l.flow.SetObjects(objs...)
}

// markSample is a word drawn with a mark, for the legend.
func markSample(word string, h Highlight) fyne.CanvasObject {
	h.Start, h.End = 0, len(word)
	t := NewHighlightText(word, []Highlight{h})
	return newPadded(t)
}

// accountIndex is the place of account id in x (its colour), or -1.
func accountIndex(x *sources.Extraction, id string) int {
	for i := range x.Accounts {
		if x.Accounts[i].ID == id {
			return i
		}
	}
	return -1
}

// padded shows a HighlightText on one line, at its natural width, as tall
// as a badge, so that samples line up with the chips beside them.
type padded struct {
	widget.BaseWidget
	text *HighlightText
}

func newPadded(t *HighlightText) *padded {
	p := &padded{text: t}
	p.ExtendBaseWidget(p)
	return p
}

func (p *padded) MinSize() fyne.Size {
	p.ExtendBaseWidget(p)
	w := p.text.shape().naturalWidth()
	return fyne.NewSize(w+2*theme.Padding(), p.text.HeightForWidth(w+1)+theme.Padding())
}

func (p *padded) CreateRenderer() fyne.WidgetRenderer {
	p.ExtendBaseWidget(p)
	return &paddedRenderer{p: p}
}

type paddedRenderer struct{ p *padded }

func (r *paddedRenderer) Destroy()                     {}
func (r *paddedRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.p.text} }
func (r *paddedRenderer) MinSize() fyne.Size           { return r.p.MinSize() }
func (r *paddedRenderer) Refresh()                     { r.p.text.Refresh() }

func (r *paddedRenderer) Layout(size fyne.Size) {
	w := size.Width - 2*theme.Padding()
	h := r.p.text.HeightForWidth(w + 1)
	r.p.text.Move(fyne.NewPos(theme.Padding(), (size.Height-h)/2))
	r.p.text.Resize(fyne.NewSize(w+1, h))
}
