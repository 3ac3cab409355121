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
			if _, wraps := o.(heightForWidther); !wraps {
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

// badge is a word on a coloured background: a verdict or a position. The
// word carries the meaning; the colour repeats it for a quick scan.
type badge struct {
	widget.BaseWidget
	Text  string
	Color fyne.ThemeColorName
	onTap func()
}

// Tapped passes a tap on to the badge's owner.
func (b *badge) Tapped(*fyne.PointEvent) {
	if b.onTap != nil {
		b.onTap()
	}
}

func newBadge(text string, c fyne.ThemeColorName) *badge {
	b := &badge{Text: text, Color: c}
	b.ExtendBaseWidget(b)
	return b
}

func (b *badge) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	r := &badgeRenderer{b: b, bg: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", color.Black)}
	r.text.TextStyle = fyne.TextStyle{Bold: true}
	r.Refresh()
	return r
}

type badgeRenderer struct {
	b    *badge
	bg   *canvas.Rectangle
	text *canvas.Text
}

func (r *badgeRenderer) Destroy()                     {}
func (r *badgeRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.text} }

func (r *badgeRenderer) MinSize() fyne.Size {
	s := r.text.MinSize()
	return fyne.NewSize(s.Width+4*theme.Padding(), s.Height+theme.Padding())
}

func (r *badgeRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	ts := r.text.MinSize()
	r.text.Move(fyne.NewPos(2*theme.Padding(), (size.Height-ts.Height)/2))
	r.text.Resize(ts)
}

func (r *badgeRenderer) Refresh() {
	th := r.b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.bg.FillColor = themeColor(th, r.b.Color)
	r.bg.CornerRadius = theme.InputRadiusSize()
	r.bg.StrokeColor = th.Color(theme.ColorNameSeparator, v)
	r.bg.StrokeWidth = 1
	r.text.Text = r.b.Text
	r.text.Color = th.Color(theme.ColorNameForeground, v)
	r.text.TextSize = th.Size(theme.SizeNameText)
	r.bg.Refresh()
	r.text.Refresh()
}
