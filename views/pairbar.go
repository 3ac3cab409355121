package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
	"readouts/app/naming"
	"readouts/sources"
)

// PairBar switches between pairs: one button per quick pair, and two
// drop-downs that reach any two accounts, with ⇄ between them to swap the
// sides. It wraps onto a second line where the window is too narrow.
type PairBar struct {
	widget.BaseWidget

	// OnChanged is called when the user picks another pair.
	OnChanged func(app.Pair) `json:"-"`
	// OnRefused is told why a choice was not made (the same account on
	// both sides).
	OnRefused func(msg string) `json:"-"`

	accs    []sources.Account
	names   naming.Names
	quick   []app.Pair
	buttons []*widget.Button
	current app.Pair

	anyTwo      *widget.Label
	left, right *accountSelect
	swap        *widget.Button
	flow        *flowBox
}

// NewPairBar returns a bar without accounts.
func NewPairBar() *PairBar {
	b := &PairBar{names: naming.Names{}}
	b.ExtendBaseWidget(b)
	b.left = newAccountSelect(func(string) { b.fromSelects(true) })
	b.right = newAccountSelect(func(string) { b.fromSelects(false) })
	b.swap = widget.NewButton("⇄", b.Swap)
	b.swap.Importance = widget.LowImportance
	b.anyTwo = widget.NewLabel("Any two:")
	b.flow = newFlowBox()
	b.flow.Pad = rowPadding()
	b.layoutParts()
	return b
}

// CreateRenderer returns the renderer of the composed parts.
func (b *PairBar) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(b.flow)
}

// HeightForWidth is the height of the bar at width w: more than one line
// when its parts do not fit on one.
func (b *PairBar) HeightForWidth(w float32) float32 { return b.flow.HeightForWidth(w) }

// MinSize is the bar's size at its current width.
func (b *PairBar) MinSize() fyne.Size {
	b.ExtendBaseWidget(b)
	return b.flow.MinSize()
}

func (b *PairBar) layoutParts() {
	objs := make([]fyne.CanvasObject, 0, len(b.buttons)+5)
	for _, btn := range b.buttons {
		objs = append(objs, btn)
	}
	if len(b.quick) == 0 {
		objs = append(objs, widget.NewLabel("Fewer than two accounts found"))
	}
	// The drop-downs go to the next line together.
	objs = append(objs, container.NewHBox(b.anyTwo, b.left, b.swap, b.right))
	b.flow.SetObjects(objs...)
}

// SetAccounts builds the buttons and drop-downs for the accounts of an
// article (largest first), named by names.
func (b *PairBar) SetAccounts(accs []sources.Account, names naming.Names) {
	b.accs = accs
	b.names = names
	if b.names == nil {
		b.names = naming.Names{}
	}
	b.quick = app.QuickPairs(accs)
	b.buttons = nil
	for _, p := range b.quick {
		p := p
		btn := widget.NewButton(b.Label(p), func() { b.Choose(p) })
		b.buttons = append(b.buttons, btn)
	}
	var options []string
	for i := range accs {
		options = append(options, b.names.Of(accs[i].ID))
	}
	b.left.SetAccountOptions(options)
	b.right.SetAccountOptions(options)
	b.current = app.Pair{}
	b.layoutParts()
	b.show()
}

// Label is the button text of a pair: "Xi ⇄ Biden", "All three".
func (b *PairBar) Label(p app.Pair) string {
	if p.All {
		return "All three"
	}
	return b.names.Of(p.Left) + " ⇄ " + b.names.Of(p.Right)
}

func (b *PairBar) id(name string) string {
	for i := range b.accs {
		if b.names.Of(b.accs[i].ID) == name {
			return b.accs[i].ID
		}
	}
	return ""
}

// QuickPairs are the pairs with buttons, in order (Ctrl+1 is the first).
func (b *PairBar) QuickPairs() []app.Pair { return b.quick }

// Pair is the pair on show.
func (b *PairBar) Pair() app.Pair { return b.current }

// Button returns the i-th quick pair button, for tests.
func (b *PairBar) Button(i int) *widget.Button {
	if i < 0 || i >= len(b.buttons) {
		return nil
	}
	return b.buttons[i]
}

// Selects returns the left and right drop-downs, for tests.
func (b *PairBar) Selects() (left, right *widget.Select) { return &b.left.Select, &b.right.Select }

// SetPair shows p as the current pair without calling OnChanged.
func (b *PairBar) SetPair(p app.Pair) {
	b.current = p
	b.show()
}

// Choose makes p current and calls OnChanged.
func (b *PairBar) Choose(p app.Pair) {
	b.SetPair(p)
	if b.OnChanged != nil {
		b.OnChanged(p)
	}
}

// Swap shows the pair on show with its sides swapped; for All three, or
// before a pair, it swaps the drop-downs.
func (b *PairBar) Swap() {
	if !b.current.All && b.current.Left != "" {
		b.Choose(app.Pair{Left: b.current.Right, Right: b.current.Left})
		return
	}
	l, r := b.left.Selected, b.right.Selected
	b.left.Selected, b.right.Selected = r, l
	b.left.Refresh()
	b.right.Refresh()
	b.fromSelects(true)
}

// fromSelects picks the pair the two drop-downs name, once they name two
// accounts. The same account on both sides is refused: the drop-down just
// changed (left or right) goes back, and OnRefused says why.
func (b *PairBar) fromSelects(leftChanged bool) {
	l, r := b.id(b.left.Selected), b.id(b.right.Selected)
	if l == "" || r == "" {
		return
	}
	if l == r {
		b.show() // back to the pair on show
		if b.OnRefused != nil {
			side := "right"
			if leftChanged {
				side = "left"
			}
			b.OnRefused(b.names.Of(l) + " is already on the other side: choose another account for the " + side +
				", or press ⇄ to swap the sides.")
		}
		return
	}
	p := app.Pair{Left: l, Right: r}
	if p != b.current {
		b.Choose(p)
	}
}

// show marks the current pair's button and mirrors it in the drop-downs.
func (b *PairBar) show() {
	for i, btn := range b.buttons {
		imp := widget.MediumImportance
		if b.quick[i] == b.current {
			imp = widget.HighImportance
		}
		if btn.Importance != imp {
			btn.Importance = imp
			btn.Refresh()
		}
	}
	if !b.current.All && b.current.Left != "" {
		// Setting Selected directly keeps the change callbacks quiet.
		b.left.Selected, b.right.Selected = b.names.Of(b.current.Left), b.names.Of(b.current.Right)
	} else {
		b.left.Selected, b.right.Selected = "", ""
	}
	b.left.Refresh()
	b.right.Refresh()
}

// accountSelect is a drop-down as wide as its longest entry, so that
// neither it nor its list (which Fyne makes as wide as the drop-down) cuts
// a name off.
type accountSelect struct {
	widget.Select
	minWidth float32
}

func newAccountSelect(changed func(string)) *accountSelect {
	s := &accountSelect{}
	s.OnChanged = changed
	s.PlaceHolder = "account"
	s.ExtendBaseWidget(s)
	return s
}

// SetAccountOptions sets the entries and the width they need.
func (s *accountSelect) SetAccountOptions(options []string) {
	s.Options = options
	size := theme.TextSize()
	var w float32
	for _, o := range append([]string{s.PlaceHolder}, options...) {
		w = fyne.Max(w, fyne.MeasureText(o, size, fyne.TextStyle{}).Width)
	}
	pad := theme.InnerPadding()
	// The label's padding, the icon and the gaps, as Fyne's Select
	// measures them.
	s.minWidth = w + 4*pad + theme.IconInlineSize() + 2*theme.Padding()
	s.Refresh()
}

// MinSize is at least as wide as the longest entry.
func (s *accountSelect) MinSize() fyne.Size {
	m := s.Select.MinSize()
	m.Width = fyne.Max(m.Width, s.minWidth)
	return m
}
