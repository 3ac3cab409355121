package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowBox lays its objects out left to right at their own sizes, and
// wraps to a new line where the next one does not fit: the pair bar, the
// summary chips and the legend, which must not be cut off in a narrow
// window. A nil object ends a line (a line break). Its height depends on
// its width (HeightForWidth), which the window's stack asks for.
type flowBox struct {
	widget.BaseWidget

	Objects []fyne.CanvasObject
	// Pad is room left on every side.
	Pad float32
}

func newFlowBox(objs ...fyne.CanvasObject) *flowBox {
	f := &flowBox{Objects: objs}
	f.ExtendBaseWidget(f)
	return f
}

// SetObjects replaces the objects and lays them out again.
func (f *flowBox) SetObjects(objs ...fyne.CanvasObject) {
	f.Objects = objs
	f.Refresh()
}

func flowGap() float32 { return theme.Padding() }

// place lays the objects out for width w, moving them when move is set,
// and returns the height they take.
func (f *flowBox) place(w float32, move bool) float32 {
	gap := flowGap()
	w -= 2 * f.Pad
	var x, y, lineH float32
	for _, o := range f.Objects {
		if o == nil {
			if lineH > 0 {
				y += lineH + gap
			}
			x, lineH = 0, 0
			continue
		}
		if !o.Visible() {
			continue
		}
		s := o.MinSize()
		if s.Width > w {
			s.Width = w
			if hw, ok := o.(heightForWidther); ok {
				s.Height = hw.HeightForWidth(w)
			}
		}
		if x > 0 && x+s.Width > w {
			x = 0
			y += lineH + gap
			lineH = 0
		}
		if move {
			o.Move(fyne.NewPos(x+f.Pad, y+f.Pad))
			o.Resize(s)
		}
		x += s.Width + gap
		lineH = fyne.Max(lineH, s.Height)
	}
	return y + lineH + 2*f.Pad
}

// lineWidth is the width of all the objects on one line.
func (f *flowBox) lineWidth() float32 {
	var w float32
	n := 0
	for _, o := range f.Objects {
		if o != nil && o.Visible() {
			w += o.MinSize().Width
			n++
		}
	}
	if n > 1 {
		w += float32(n-1) * flowGap()
	}
	return w + 2*f.Pad
}

// HeightForWidth is the height of the lines at width w.
func (f *flowBox) HeightForWidth(w float32) float32 { return f.place(w, false) }

// MinSize is as wide as the widest object and as tall as the lines at the
// current width (or on one line before it has one).
func (f *flowBox) MinSize() fyne.Size {
	f.ExtendBaseWidget(f)
	var minW float32
	for _, o := range f.Objects {
		if o != nil && o.Visible() {
			minW = fyne.Max(minW, o.MinSize().Width)
		}
	}
	w := f.Size().Width
	if w <= 0 {
		w = f.lineWidth()
	}
	return fyne.NewSize(minW+2*f.Pad, f.place(w, false))
}

func (f *flowBox) CreateRenderer() fyne.WidgetRenderer {
	f.ExtendBaseWidget(f)
	return &flowRenderer{f: f}
}

type flowRenderer struct{ f *flowBox }

func (r *flowRenderer) Destroy()              {}
func (r *flowRenderer) MinSize() fyne.Size    { return r.f.MinSize() }
func (r *flowRenderer) Layout(size fyne.Size) { r.f.place(size.Width, true) }

func (r *flowRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, len(r.f.Objects))
	for _, o := range r.f.Objects {
		if o != nil {
			out = append(out, o)
		}
	}
	return out
}

func (r *flowRenderer) Refresh() {
	r.Layout(r.f.Size())
	canvas.Refresh(r.f)
}

// widthStack stacks objects top to bottom at the full width of view, each
// as tall as it needs at that width: a wrapping object (HeightForWidth)
// gets its wrapped height in the first layout pass, since the width is
// taken from view, which is sized before it lays out its parts.
type widthStack struct {
	view func() float32 // the width the stack will have
}

func (l *widthStack) MinSize(objects []fyne.CanvasObject) fyne.Size {
	w := l.view()
	var h float32
	n := 0
	for _, o := range objects {
		oh := heightFor(o, w)
		if oh == 0 {
			continue
		}
		if n > 0 {
			h += theme.Padding()
		}
		h += oh
		n++
	}
	return fyne.NewSize(100, h)
}

func (l *widthStack) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	var y float32
	for _, o := range objects {
		h := heightFor(o, size.Width)
		if h == 0 {
			continue
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + theme.Padding()
	}
}
