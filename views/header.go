package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// header is the top of the window: the title and the line under it,
// wrapping, and the buttons on their right. Where the window is narrow,
// the buttons whose actions the menus also offer give way, so that the
// title keeps more than half of the width and nothing is cut off.
type header struct {
	widget.BaseWidget

	title, meta *HighlightText
	// buttons are in order; the optional ones give way first, last first.
	buttons  []fyne.CanvasObject
	optional map[fyne.CanvasObject]bool

	shown []fyne.CanvasObject // the buttons on show at the last width
}

func newHeader(title, meta *HighlightText, buttons []fyne.CanvasObject, optional ...fyne.CanvasObject) *header {
	h := &header{title: title, meta: meta, buttons: buttons, optional: map[fyne.CanvasObject]bool{}}
	for _, o := range optional {
		h.optional[o] = true
	}
	h.ExtendBaseWidget(h)
	return h
}

// fit is the buttons shown at width w and their width.
func (h *header) fit(w float32) ([]fyne.CanvasObject, float32) {
	gap := theme.Padding()
	var visible []fyne.CanvasObject
	for _, b := range h.buttons {
		if b.Visible() {
			visible = append(visible, b)
		}
	}
	width := func(objs []fyne.CanvasObject) float32 {
		var sum float32
		for i, o := range objs {
			if i > 0 {
				sum += gap
			}
			sum += o.MinSize().Width
		}
		return sum
	}
	for k := len(visible) - 1; k >= 0 && width(visible) > w*0.42; k-- {
		if h.optional[visible[k]] {
			visible = append(visible[:k:k], visible[k+1:]...)
		}
	}
	return visible, width(visible)
}

func (h *header) pad() float32 { return rowPadding() }

// columns are the title's width and the buttons' at width w. A narrow
// window sets the title in the size of the text, to leave the panes room.
func (h *header) columns(w float32) (float32, float32, []fyne.CanvasObject) {
	size := theme.SizeNameSubHeadingText
	if w < 1000 {
		size = theme.SizeNameText
	}
	if h.title.SizeName != size {
		h.title.SizeName = size
		h.title.Refresh()
	}
	inner := w - 2*h.pad()
	shown, bw := h.fit(inner)
	return fyne.Max(inner-bw-columnGap(), 60), bw, shown
}

// HeightForWidth is the header's height at width w.
func (h *header) HeightForWidth(w float32) float32 {
	tw, _, shown := h.columns(w)
	text := heightFor(h.title, tw) + stackGap() + heightFor(h.meta, tw)
	var bh float32
	for _, b := range shown {
		bh = fyne.Max(bh, b.MinSize().Height)
	}
	return fyne.Max(text, bh) + 2*h.pad()
}

// MinSize is the height at the current width.
func (h *header) MinSize() fyne.Size {
	h.ExtendBaseWidget(h)
	w := h.Size().Width
	if w <= 0 {
		w = 1000
	}
	return fyne.NewSize(200, h.HeightForWidth(w))
}

func (h *header) CreateRenderer() fyne.WidgetRenderer {
	h.ExtendBaseWidget(h)
	return &headerRenderer{h: h}
}

type headerRenderer struct{ h *header }

func (r *headerRenderer) Destroy()           {}
func (r *headerRenderer) MinSize() fyne.Size { return r.h.MinSize() }

func (r *headerRenderer) Objects() []fyne.CanvasObject {
	return append([]fyne.CanvasObject{r.h.title, r.h.meta}, r.h.shown...)
}

func (r *headerRenderer) Layout(size fyne.Size) {
	h := r.h
	tw, bw, shown := h.columns(size.Width)
	pad := h.pad()
	th := heightFor(h.title, tw)
	h.title.Move(fyne.NewPos(pad, pad))
	h.title.Resize(fyne.NewSize(tw, th))
	h.meta.Move(fyne.NewPos(pad, pad+th+stackGap()))
	h.meta.Resize(fyne.NewSize(tw, heightFor(h.meta, tw)))
	x := size.Width - pad - bw
	for _, b := range shown {
		s := b.MinSize()
		b.Move(fyne.NewPos(x, pad))
		b.Resize(s)
		x += s.Width + theme.Padding()
	}
	changed := len(shown) != len(h.shown)
	for i := 0; !changed && i < len(shown); i++ {
		changed = shown[i] != h.shown[i]
	}
	h.shown = shown
	if changed {
		canvas.Refresh(h)
	}
}

func (r *headerRenderer) Refresh() {
	r.Layout(r.h.Size())
	r.h.title.Refresh()
	r.h.meta.Refresh()
}
