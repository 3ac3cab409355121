package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"readouts/sources"
)

// Pair is what the comparison shows: two accounts, or All three.
type Pair struct {
	Left, Right string // account ids
	All         bool   // the three largest accounts side by side
}

// String is the pair as the command line writes it: "xi,biden" or "all".
func (p Pair) String() string {
	if p.All {
		return "all"
	}
	if p.Left == "" && p.Right == "" {
		return ""
	}
	return p.Left + "," + p.Right
}

// ParsePair reads what String wrote; anything else is the zero Pair.
func ParsePair(s string) Pair {
	if s == "all" {
		return Pair{All: true}
	}
	l, r, ok := strings.Cut(s, ",")
	if !ok || l == "" || r == "" || l == r {
		return Pair{}
	}
	return Pair{Left: l, Right: r}
}

// QuickPairs are the pairs with a button of their own: every pair of the
// three largest accounts, then All three when there are three.
func QuickPairs(accs []sources.Account) []Pair {
	n := min(len(accs), 3)
	var out []Pair
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			out = append(out, Pair{Left: accs[i].ID, Right: accs[j].ID})
		}
	}
	if n == 3 {
		out = append(out, Pair{All: true})
	}
	return out
}

// PairBar switches between pairs: one button per quick pair, and two
// drop-downs that reach any two accounts.
type PairBar struct {
	widget.BaseWidget

	// OnChanged is called when the user picks another pair.
	OnChanged func(Pair) `json:"-"`

	accs    []sources.Account
	names   []string
	quick   []Pair
	buttons []*widget.Button
	current Pair

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
	b.quick = QuickPairs(accs)
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
	b.current = Pair{}
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
func (b *PairBar) Label(p Pair) string {
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
func (b *PairBar) QuickPairs() []Pair { return b.quick }

// Pair is the pair on show.
func (b *PairBar) Pair() Pair { return b.current }

// Button returns the i-th quick pair button, for tests.
func (b *PairBar) Button(i int) *widget.Button {
	if i < 0 || i >= len(b.buttons) {
		return nil
	}
	return b.buttons[i]
}

// SetPair shows p as the current pair without calling OnChanged.
func (b *PairBar) SetPair(p Pair) {
	b.current = p
	b.show()
}

// Choose makes p current and calls OnChanged.
func (b *PairBar) Choose(p Pair) {
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
	p := Pair{Left: l, Right: r}
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
