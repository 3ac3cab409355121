package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// heightForWidther is a wrapping object: its height depends on its width.
type heightForWidther interface {
	HeightForWidth(w float32) float32
}

// heightFor is the height o needs at width w.
func heightFor(o fyne.CanvasObject, w float32) float32 {
	if !o.Visible() {
		return 0
	}
	if h, ok := o.(heightForWidther); ok {
		return h.HeightForWidth(w)
	}
	return o.MinSize().Height
}

// sheetLayout stacks wrapping rows in a vertical scroll. Its minimum height
// is computed for the width the scroll will give it, so wrapped rows get
// their final height in one layout pass instead of a pass at width zero.
type sheetLayout struct {
	scroll *container.Scroll
	gap    float32
	inset  float32 // room on the right for the scroll bar
	tops   []float32
	width  float32
}

// newSheet returns a vertical scroll over rows that wrap to its width, and
// the layout that knows where each row sits.
func newSheet(gap float32) (*container.Scroll, *fyne.Container, *sheetLayout) {
	l := &sheetLayout{gap: gap, inset: theme.ScrollBarSize()}
	c := container.New(l)
	s := container.NewVScroll(c)
	l.scroll = s
	return s, c, l
}

func (l *sheetLayout) contentWidth() float32 {
	w := l.scroll.Size().Width
	if w <= 0 {
		w = 400
	}
	return fyne.Max(w-l.inset, 100)
}

func (l *sheetLayout) measure(objects []fyne.CanvasObject, w float32) float32 {
	l.tops = l.tops[:0]
	var y float32
	for i, o := range objects {
		l.tops = append(l.tops, y)
		h := heightFor(o, w)
		if h == 0 {
			continue
		}
		y += h
		if i < len(objects)-1 {
			y += l.gap
		}
	}
	l.width = w
	return y
}

// MinSize is narrow, so the scroll never scrolls sideways, and as tall as
// the rows wrapped at the scroll's width.
func (l *sheetLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(100, l.measure(objects, l.contentWidth()))
}

// Layout places the rows one under the other at full width.
func (l *sheetLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	w := fyne.Max(size.Width-l.inset, 100)
	l.measure(objects, w)
	for i, o := range objects {
		h := heightFor(o, w)
		o.Move(fyne.NewPos(0, l.tops[i]))
		o.Resize(fyne.NewSize(w, h))
	}
}

// top is where row i starts in the sheet, for scrolling to it.
func (l *sheetLayout) top(objects []fyne.CanvasObject, i int) float32 {
	if len(l.tops) != len(objects) || l.width != l.contentWidth() {
		l.measure(objects, l.contentWidth())
	}
	if i < 0 || i >= len(l.tops) {
		return 0
	}
	return l.tops[i]
}

// reveal scrolls so that the band [y, y+h) of the sheet is in view, with a
// little context above it; it does nothing when the band is already visible.
func reveal(s *container.Scroll, y, h float32) {
	view := s.Size().Height
	off := s.Offset.Y
	margin := theme.Padding() * 4
	if y >= off && y+h <= off+view {
		return
	}
	target := y - margin
	if h < view && y+h > off+view && y >= off {
		target = y + h - view + margin
	}
	s.ScrollToOffset(fyne.NewPos(0, fyne.Max(0, target)))
}

// headLayout sizes a row of column heads to the width of the sheet below
// it, so the heads line up with the rows (which leave room for the scroll
// bar) and wrap to their final height in the first layout pass.
type headLayout struct {
	sheet *sheetLayout
	// view holds the heads and the sheet; its width is known when it lays
	// out its parts, before the sheet's scroll has been sized.
	view fyne.CanvasObject
}

func newHeads(sheet *sheetLayout, view fyne.CanvasObject) *fyne.Container {
	return container.New(&headLayout{sheet: sheet, view: view})
}

func (l *headLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	w := l.sheet.contentWidth()
	if vw := l.view.Size().Width; vw > 0 {
		w = fyne.Max(vw-l.sheet.inset, 100)
	}
	var h float32
	for _, o := range objects {
		h = fyne.Max(h, heightFor(o, w))
	}
	return fyne.NewSize(100, h)
}

func (l *headLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	w := fyne.Max(size.Width-l.sheet.inset, 100)
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(w, heightFor(o, w)))
	}
}
