package views

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// cellRow is one row of a table of wrapping cells: a comparison row, a
// matrix row or the column heads. Each cell stacks its objects; wrapping
// objects take the column's width, others their own.
type cellRow struct {
	widget.BaseWidget

	cells    [][]fyne.CanvasObject
	widths   func(w float32) []float32
	Selected bool
	divider  bool
	onTap    func()
	// onSecondaryTap opens the row's menu on a right click.
	onSecondaryTap func(ev *fyne.PointEvent)
}

func newCellRow(widths func(float32) []float32, divider bool, cells ...[]fyne.CanvasObject) *cellRow {
	r := &cellRow{cells: cells, widths: widths, divider: divider}
	r.ExtendBaseWidget(r)
	return r
}

func rowPadding() float32 { return theme.Padding() * 1.5 }
func columnGap() float32  { return theme.Padding() * 3 }
func stackGap() float32   { return theme.Padding() }

// threeColumns splits width w into two equal sides and a middle column
// of share of w, kept between lo and hi.
func threeColumns(w, share, lo, hi float32) []float32 {
	gap := columnGap()
	mid := fyne.Min(fyne.Max(w*share, lo), hi)
	side := fyne.Max((w-mid-2*gap)/2, 60)
	return []float32{side, mid, side}
}

// columnsFor lays out the column widths for row width w.
func (r *cellRow) columnsFor(w float32) []float32 {
	return r.widths(w - 2*rowPadding())
}

// HeightForWidth is the tallest cell at width w, with padding.
func (r *cellRow) HeightForWidth(w float32) float32 {
	var h float32
	for i, cw := range r.columnsFor(w) {
		if i < len(r.cells) {
			h = fyne.Max(h, stackHeight(r.cells[i], cw))
		}
	}
	return h + 2*rowPadding()
}

func stackHeight(objs []fyne.CanvasObject, w float32) float32 {
	var h float32
	n := 0
	for _, o := range objs {
		oh := heightFor(o, w)
		if oh == 0 {
			continue
		}
		if n > 0 {
			h += stackGap()
		}
		h += oh
		n++
	}
	return h
}

// MinSize is the height at the current width.
func (r *cellRow) MinSize() fyne.Size {
	r.ExtendBaseWidget(r)
	w := r.Size().Width
	if w <= 0 {
		w = 600
	}
	return fyne.NewSize(100, r.HeightForWidth(w))
}

// Tapped selects the row.
func (r *cellRow) Tapped(*fyne.PointEvent) {
	if r.onTap != nil {
		r.onTap()
	}
}

// TappedSecondary opens the row's menu.
func (r *cellRow) TappedSecondary(ev *fyne.PointEvent) {
	if r.onSecondaryTap != nil {
		r.onSecondaryTap(ev)
	}
}

func (r *cellRow) CreateRenderer() fyne.WidgetRenderer {
	r.ExtendBaseWidget(r)
	rr := &cellRowRenderer{row: r, bg: canvas.NewRectangle(color.Transparent), accent: canvas.NewRectangle(color.Transparent),
		line: canvas.NewRectangle(color.Transparent)}
	rr.collect()
	return rr
}

type cellRowRenderer struct {
	row     *cellRow
	bg      *canvas.Rectangle
	accent  *canvas.Rectangle
	line    *canvas.Rectangle
	objects []fyne.CanvasObject
}

func (rr *cellRowRenderer) collect() {
	rr.objects = append(rr.objects[:0], rr.bg, rr.accent)
	for _, c := range rr.row.cells {
		rr.objects = append(rr.objects, c...)
	}
	rr.objects = append(rr.objects, rr.line)
}

func (rr *cellRowRenderer) Destroy()                     {}
func (rr *cellRowRenderer) MinSize() fyne.Size           { return rr.row.MinSize() }
func (rr *cellRowRenderer) Objects() []fyne.CanvasObject { return rr.objects }

func (rr *cellRowRenderer) Layout(size fyne.Size) {
	pad := rowPadding()
	rr.bg.Move(fyne.NewPos(0, 0))
	rr.bg.Resize(size)
	rr.accent.Move(fyne.NewPos(0, 0))
	rr.accent.Resize(fyne.NewSize(4, size.Height))
	rr.line.Move(fyne.NewPos(0, size.Height-1))
	rr.line.Resize(fyne.NewSize(size.Width, 1))
	x := pad
	for i, cw := range rr.row.columnsFor(size.Width) {
		if i >= len(rr.row.cells) {
			break
		}
		y := pad
		for _, o := range rr.row.cells[i] {
			h := heightFor(o, cw)
			if h == 0 {
				continue
			}
			w := cw
			if nw, ok := o.(naturalWidther); ok {
				w = fyne.Min(nw.NaturalWidth(), cw)
			} else if _, wraps := o.(heightForWidther); !wraps {
				w = fyne.Min(o.MinSize().Width, cw)
			}
			o.Move(fyne.NewPos(x, y))
			o.Resize(fyne.NewSize(w, h))
			y += h + stackGap()
		}
		x += cw + columnGap()
	}
}

func (rr *cellRowRenderer) Refresh() {
	th := rr.row.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	rr.bg.FillColor = color.Transparent
	rr.accent.FillColor = color.Transparent
	if rr.row.Selected {
		rr.bg.FillColor = themeColor(th, ColorSelected)
		rr.accent.FillColor = th.Color(theme.ColorNamePrimary, v)
	}
	rr.line.FillColor = color.Transparent
	if rr.row.divider {
		rr.line.FillColor = th.Color(theme.ColorNameSeparator, v)
	}
	rr.collect()
	rr.bg.Refresh()
	rr.accent.Refresh()
	rr.line.Refresh()
	for _, c := range rr.row.cells {
		for _, o := range c {
			o.Refresh()
		}
	}
	rr.Layout(rr.row.Size())
}

// badge is a word on a coloured background: a verdict, a position, an
// account's name. The word carries the meaning; the colour repeats it for
// a quick scan. A badge is as wide as its words, and where its column is
// narrower its words wrap inside it.
type badge struct {
	widget.BaseWidget
	Text  string
	Color fyne.ThemeColorName
	onTap func()

	text *HighlightText
}

// Tapped passes a tap on to the badge's owner.
func (b *badge) Tapped(*fyne.PointEvent) {
	if b.onTap != nil {
		b.onTap()
	}
}

func newBadge(text string, c fyne.ThemeColorName) *badge {
	b := &badge{Text: text, Color: c, text: NewHighlightText(text, nil)}
	b.text.TextStyle = fyne.TextStyle{Bold: true}
	b.ExtendBaseWidget(b)
	return b
}

func badgePadX() float32 { return 2 * theme.Padding() }
func badgePadY() float32 { return theme.Padding() / 2 }

// NaturalWidth is the badge's width on one line.
func (b *badge) NaturalWidth() float32 {
	return b.text.shape().naturalWidth() + 2*badgePadX()
}

// HeightForWidth is the badge's height when w wide: its words wrap.
func (b *badge) HeightForWidth(w float32) float32 {
	return b.text.HeightForWidth(fyne.Max(w-2*badgePadX(), 1)) + 2*badgePadY()
}

// MinSize is the badge on one line.
func (b *badge) MinSize() fyne.Size {
	b.ExtendBaseWidget(b)
	w := b.NaturalWidth()
	return fyne.NewSize(w, b.HeightForWidth(w+1))
}

func (b *badge) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	r := &badgeRenderer{b: b, bg: canvas.NewRectangle(color.Transparent)}
	r.Refresh()
	return r
}

type badgeRenderer struct {
	b  *badge
	bg *canvas.Rectangle
}

func (r *badgeRenderer) Destroy()                     {}
func (r *badgeRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.b.text} }
func (r *badgeRenderer) MinSize() fyne.Size           { return r.b.MinSize() }

func (r *badgeRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	w := fyne.Max(size.Width-2*badgePadX(), 1)
	h := r.b.text.HeightForWidth(w + 1)
	r.b.text.Move(fyne.NewPos(badgePadX(), (size.Height-h)/2))
	r.b.text.Resize(fyne.NewSize(w+1, h))
}

func (r *badgeRenderer) Refresh() {
	th := r.b.Theme()
	r.bg.FillColor = themeColor(th, r.b.Color)
	r.bg.CornerRadius = theme.InputRadiusSize()
	r.bg.StrokeWidth = 0
	if textOn(r.b.Color) != ColorOnSolid {
		// A pale tint needs an edge to stand off the background.
		r.bg.StrokeColor = th.Color(theme.ColorNameSeparator, fyne.CurrentApp().Settings().ThemeVariant())
		r.bg.StrokeWidth = 1
	}
	t := r.b.text
	if t.Text != r.b.Text || t.TextColor != textOn(r.b.Color) {
		t.Text, t.TextColor = r.b.Text, textOn(r.b.Color)
		t.Refresh()
	}
	r.bg.Refresh()
	r.Layout(r.b.Size())
}

// naturalWidther is a wrapping object that is no wider than its words
// where they fit: a badge.
type naturalWidther interface {
	NaturalWidth() float32
}

// besideRow is a wrapping object with a small one beside it on its right:
// a verdict and the row's "…" button.
type besideRow struct {
	widget.BaseWidget
	main  fyne.CanvasObject // wraps (heightForWidther), as wide as its words where they fit
	right fyne.CanvasObject
}

func newBesideRow(main, right fyne.CanvasObject) *besideRow {
	r := &besideRow{main: main, right: right}
	r.ExtendBaseWidget(r)
	return r
}

// mainWidth is the width the main object takes in a row w wide.
func (r *besideRow) mainWidth(w float32) float32 {
	mw := fyne.Max(w-r.right.MinSize().Width-theme.Padding(), 20)
	if nw, ok := r.main.(naturalWidther); ok {
		mw = fyne.Min(nw.NaturalWidth(), mw)
	}
	return mw
}

// HeightForWidth is the taller of the two at width w.
func (r *besideRow) HeightForWidth(w float32) float32 {
	return fyne.Max(heightFor(r.main, r.mainWidth(w)), r.right.MinSize().Height)
}

// NaturalWidth is both side by side.
func (r *besideRow) NaturalWidth() float32 {
	mw := r.main.MinSize().Width
	if nw, ok := r.main.(naturalWidther); ok {
		mw = nw.NaturalWidth()
	}
	return mw + theme.Padding() + r.right.MinSize().Width
}

func (r *besideRow) MinSize() fyne.Size {
	r.ExtendBaseWidget(r)
	w := r.NaturalWidth()
	return fyne.NewSize(w, r.HeightForWidth(w))
}

func (r *besideRow) CreateRenderer() fyne.WidgetRenderer {
	r.ExtendBaseWidget(r)
	return &besideRenderer{r: r}
}

type besideRenderer struct{ r *besideRow }

func (b *besideRenderer) Destroy()           {}
func (b *besideRenderer) MinSize() fyne.Size { return b.r.MinSize() }
func (b *besideRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{b.r.main, b.r.right}
}
func (b *besideRenderer) Refresh() { b.Layout(b.r.Size()) }

func (b *besideRenderer) Layout(size fyne.Size) {
	mw := b.r.mainWidth(size.Width)
	mh := heightFor(b.r.main, mw)
	rs := b.r.right.MinSize()
	b.r.main.Move(fyne.NewPos(0, 0))
	b.r.main.Resize(fyne.NewSize(mw, mh))
	b.r.right.Move(fyne.NewPos(mw+theme.Padding(), (fyne.Max(mh, rs.Height)-rs.Height)/2))
	b.r.right.Resize(rs)
}
