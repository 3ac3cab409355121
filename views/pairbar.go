package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
	"readouts/sources"
)

// PairBar switches between pairs: one button per quick pair, and two
// drop-downs that reach any two accounts.
type PairBar struct {
	widget.BaseWidget

	// OnChanged is called when the user picks another pair.
	OnChanged func(app.Pair) `json:"-"`

	accs    []sources.Account
	names   []string
	quick   []app.Pair
	buttons []*widget.Button
	current app.Pair

	left, right *widget.Select
	box         *fyne.Container
	root        *fyne.Container
}

// NewPairBar returns a bar without accounts.
func NewPairBar() *PairBar {
	b := &PairBar{}
	b.ExtendBaseWidget(b)
	b.box = container.NewHBox()
	b.left = widget.NewSelect(nil, func(string) { b.fromSelects() })
	b.right = widget.NewSelect(nil, func(string) { b.fromSelects() })
	b.left.PlaceHolder, b.right.PlaceHolder = "account", "account"
	swap := widget.NewLabel("⇄")
	b.root = container.NewHBox(b.box, widget.NewSeparator(), widget.NewLabel("Any two:"), b.left, swap, b.right)
	return b
}

// CreateRenderer returns the renderer of the composed parts.
func (b *PairBar) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(b.root)
}

// SetAccounts builds the buttons and drop-downs for the accounts of an
// article (largest first).
func (b *PairBar) SetAccounts(accs []sources.Account) {
	b.accs = accs
	b.names = accountNames(accs)
	b.quick = app.QuickPairs(accs)
	b.buttons = nil
	b.box.Objects = nil
	for _, p := range b.quick {
		p := p
		btn := widget.NewButton(b.Label(p), func() { b.Choose(p) })
		b.buttons = append(b.buttons, btn)
		b.box.Add(btn)
	}
	if len(b.quick) == 0 {
		b.box.Add(widget.NewLabel("Fewer than two accounts found"))
	}
	b.left.Options = append([]string{}, b.names...)
	b.right.Options = append([]string{}, b.names...)
	b.current = app.Pair{}
	b.show()
}

// accountNames are the drop-down entries: the short name, or the full label
// where two accounts would share a short name.
func accountNames(accs []sources.Account) []string {
	seen := map[string]int{}
	for i := range accs {
		seen[ShortName(&accs[i])]++
	}
	out := make([]string, len(accs))
	for i := range accs {
		out[i] = ShortName(&accs[i])
		if seen[out[i]] > 1 {
			out[i] = accs[i].Label
		}
	}
	return out
}

// Label is the button text of a pair: "Xi ⇄ Biden", "All three".
func (b *PairBar) Label(p app.Pair) string {
	if p.All {
		return "All three"
	}
	return b.name(p.Left) + " ⇄ " + b.name(p.Right)
}

func (b *PairBar) name(id string) string {
	for i := range b.accs {
		if b.accs[i].ID == id {
			return b.names[i]
		}
	}
	return id
}

func (b *PairBar) id(name string) string {
	for i, n := range b.names {
		if n == name {
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

// fromSelects picks the pair the two drop-downs name, once they name two
// different accounts.
func (b *PairBar) fromSelects() {
	l, r := b.id(b.left.Selected), b.id(b.right.Selected)
	if l == "" || r == "" || l == r {
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
		b.left.Selected, b.right.Selected = b.name(b.current.Left), b.name(b.current.Right)
	} else {
		b.left.Selected, b.right.Selected = "", ""
	}
	b.left.Refresh()
	b.right.Refresh()
}
