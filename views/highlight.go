package views

import (
	"image/color"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Highlight is a background, or a line under the words, over a byte range
// of a HighlightText.
type Highlight struct {
	Start, End int                 // UTF-8 byte offsets into Text, half-open
	Color      fyne.ThemeColorName // background; "" draws none (a tappable span without tint)
	// Underline draws a line of this colour under the words ("" none):
	// two pixels thick, one with ThinLine.
	Underline fyne.ThemeColorName
	ThinLine  bool
	Marked    bool   // outlined: the span the user picked
	Tag       string // the caller's id (a statement id); tagged spans are tappable
}

// HighlightText is wrapping text with coloured backgrounds over byte ranges
// and tappable spans. widget.RichText cannot do this: its segments have no
// background and custom segments do not wrap. Words are canvas.Text runs over
// canvas.Rectangle backgrounds, wrapped by the widget itself, so it can also
// say where a span sits (SpanPosition) for a scroll container to show it.
type HighlightText struct {
	widget.BaseWidget

	Text       string
	Highlights []Highlight
	TextStyle  fyne.TextStyle
	SizeName   fyne.ThemeSizeName // "" means theme.SizeNameText
	// TextColor is the colour of the words; "" is the theme's foreground.
	TextColor fyne.ThemeColorName
	// Hidden are byte ranges of Text that are not drawn and take no room
	// (Markdown markup): offsets into Text keep their meaning.
	Hidden [][2]int
	// SoftBreaks makes a single line break a space, so hard-wrapped
	// lines flow as a paragraph.
	SoftBreaks bool
	// OnTapped gets the index into Highlights of the tagged span under the
	// tap (the shortest when they nest), or -1 when the tap hit no span.
	OnTapped func(span int) `json:"-"`
	// OnSecondaryTapped gets the tagged span under a secondary tap (a
	// right click), or -1, and the event, to place a menu.
	OnSecondaryTapped func(span int, ev *fyne.PointEvent) `json:"-"`
	// OnHover gets the tagged span under the pointer as it moves, -1 off
	// the spans.
	OnHover func(span int) `json:"-"`

	// Selectable lets the user select text: drag over it, or press at one
	// end and shift-click the other. The selection is drawn in the theme's
	// selection colour over the highlights.
	Selectable bool
	// OnSelected hears the selection, as byte offsets, when a drag or a
	// shift-click ends; start == end when a click cleared it.
	OnSelected func(start, end int) `json:"-"`

	shaped  *shape
	laidOut *lineLayout
	overTag bool
	hover   int    // the span under the pointer, for OnHover
	sel     [2]int // anchor and cursor; equal when nothing is selected
	press   int    // where the last primary press was
	pressed bool   // a press happened, so shift-click has an anchor
	extend  bool   // the last press extended the selection: its tap is not a click
	drag    bool
}

// NewHighlightText returns the widget for text with the given highlights.
func NewHighlightText(text string, highlights []Highlight) *HighlightText {
	t := &HighlightText{Text: text, Highlights: highlights, hover: -1}
	t.ExtendBaseWidget(t)
	return t
}

// Selection is the selected text as byte offsets, start before end; ok is
// false when nothing is selected.
func (t *HighlightText) Selection() (start, end int, ok bool) {
	s, e := min(t.sel[0], t.sel[1]), max(t.sel[0], t.sel[1])
	return s, e, s < e
}

// SetSelection selects text[start:end] (nothing when start == end) and
// redraws; offsets are clamped to the text.
func (t *HighlightText) SetSelection(start, end int) {
	clamp := func(i int) int { return min(max(i, 0), len(t.Text)) }
	sel := [2]int{clamp(start), clamp(end)}
	if sel == t.sel {
		return
	}
	t.sel = sel
	t.Refresh()
}

// drawn is what the text is drawn with: the highlights, and the selection
// last so that it shows over them.
func (t *HighlightText) drawn() []Highlight {
	s, e, ok := t.Selection()
	if !ok {
		return t.Highlights
	}
	return append(t.Highlights[:len(t.Highlights):len(t.Highlights)], Highlight{Start: s, End: e, Color: ColorTextSelection})
}

// Set replaces the text and highlights and redraws.
func (t *HighlightText) Set(text string, highlights []Highlight) {
	t.Text, t.Highlights = text, highlights
	t.Refresh()
}

// SetText replaces the text, without highlights, and redraws.
func (t *HighlightText) SetText(s string) { t.Set(s, nil) }

// SetHighlights replaces the highlights of the same text and redraws.
func (t *HighlightText) SetHighlights(highlights []Highlight) {
	t.Highlights = highlights
	t.Refresh()
}

// Refresh drops the cached word shapes, since any exported field may have
// changed, and redraws.
func (t *HighlightText) Refresh() {
	t.shaped, t.laidOut = nil, nil
	t.BaseWidget.Refresh()
}

// CreateRenderer builds the renderer once; Refresh and Layout update its
// pooled text runs and rectangles.
func (t *HighlightText) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	return &highlightRenderer{t: t}
}

// HeightForWidth is the height the text needs when wrapped at width w.
func (t *HighlightText) HeightForWidth(w float32) float32 {
	return t.layoutFor(w).height
}

// MinSize is the wrapped height at the current width, or at the natural
// width of one line (capped) before the widget has been sized.
func (t *HighlightText) MinSize() fyne.Size {
	t.ExtendBaseWidget(t)
	s := t.shape()
	w := t.Size().Width
	if w <= 0 {
		w = fyne.Min(s.naturalWidth(), 480)
	}
	minW := fyne.Min(s.naturalWidth(), 60)
	return fyne.NewSize(minW, t.layoutFor(w).height)
}

// SpanPosition is where highlight i starts (the top left of its first
// word), relative to the widget, at the current width.
func (t *HighlightText) SpanPosition(i int) (fyne.Position, bool) {
	return t.spanPositionAt(i, t.Size().Width)
}

// spanPositionAt is SpanPosition for the text wrapped at width w, for
// callers that know the width before the widget has been laid out.
func (t *HighlightText) spanPositionAt(i int, w float32) (fyne.Position, bool) {
	if i < 0 || i >= len(t.Highlights) {
		return fyne.Position{}, false
	}
	h := t.Highlights[i]
	s := t.shape()
	l := t.layoutFor(w)
	k := sort.Search(len(s.segs), func(k int) bool { return s.segs[k].end > h.Start })
	if k == len(s.segs) || s.segs[k].start >= h.End {
		return fyne.Position{}, false
	}
	return l.pos[k], true
}

// SpanAt is the index of the tagged highlight under p (the shortest when
// they nest), or -1.
func (t *HighlightText) SpanAt(p fyne.Position) int {
	s := t.shape()
	l := t.layoutFor(t.Size().Width)
	for k, sg := range s.segs {
		q := l.pos[k]
		if p.Y < q.Y || p.Y >= q.Y+s.advance || p.X < q.X || p.X >= q.X+sg.w+sg.space {
			continue
		}
		best, bestLen := -1, 0
		for i, h := range t.Highlights {
			if h.Tag == "" || h.Start > sg.start || h.End <= sg.start {
				continue
			}
			if best < 0 || h.End-h.Start < bestLen {
				best, bestLen = i, h.End-h.Start
			}
		}
		return best
	}
	return -1
}

// OffsetAt is the byte offset of the character boundary nearest to p: the
// start of the text above it, the end below it.
func (t *HighlightText) OffsetAt(p fyne.Position) int {
	s := t.shape()
	l := t.layoutFor(t.Size().Width)
	if len(s.segs) == 0 || p.Y < 0 {
		return 0
	}
	line := int(p.Y / s.advance)
	last := -1
	for k, sg := range s.segs {
		switch {
		case l.line[k] < line:
			continue
		case l.line[k] > line:
			if last >= 0 {
				return s.segs[last].end
			}
			return sg.start
		}
		last = k
		if p.X < l.pos[k].X+sg.w {
			return sg.start + s.nearestBoundary(k, p.X-l.pos[k].X)
		}
	}
	if last < 0 {
		return len(t.Text)
	}
	return s.segs[last].end
}

// Tapped reports the tagged span under the tap to OnTapped. A click that
// is not the end of a drag or a shift-click clears the selection.
func (t *HighlightText) Tapped(ev *fyne.PointEvent) {
	if t.extend {
		t.extend = false
		return
	}
	if _, _, ok := t.Selection(); ok && t.Selectable {
		t.SetSelection(0, 0)
		if t.OnSelected != nil {
			t.OnSelected(0, 0)
		}
	}
	if t.OnTapped != nil {
		t.OnTapped(t.SpanAt(ev.Position))
	}
}

// TappedSecondary reports the span under a right click to
// OnSecondaryTapped; the selection stays, so a menu can act on it.
func (t *HighlightText) TappedSecondary(ev *fyne.PointEvent) {
	if t.OnSecondaryTapped != nil {
		t.OnSecondaryTapped(t.SpanAt(ev.Position), ev)
	}
}

// MouseDown remembers where a selection starts; with shift held it moves
// the selection's end there instead.
func (t *HighlightText) MouseDown(ev *desktop.MouseEvent) {
	if !t.Selectable || ev.Button != desktop.MouseButtonPrimary {
		return
	}
	at := t.OffsetAt(ev.Position)
	if ev.Modifier&fyne.KeyModifierShift != 0 && t.pressed {
		anchor := t.sel[0]
		if _, _, ok := t.Selection(); !ok {
			anchor = t.press
		}
		t.extend = true
		t.SetSelection(anchor, at)
		t.selected()
		return
	}
	t.press, t.pressed, t.extend = at, true, false
}

// MouseUp is part of desktop.Mouseable; a press ends in Tapped or DragEnd.
func (t *HighlightText) MouseUp(*desktop.MouseEvent) {}

// Dragged selects from where the press was to the pointer.
func (t *HighlightText) Dragged(ev *fyne.DragEvent) {
	if !t.Selectable {
		return
	}
	t.drag = true
	t.SetSelection(t.press, t.OffsetAt(ev.Position))
}

// DragEnd reports the selection a drag made.
func (t *HighlightText) DragEnd() {
	if !t.drag {
		return
	}
	t.drag = false // no tap follows a drag
	t.selected()
}

func (t *HighlightText) selected() {
	if t.OnSelected != nil {
		s, e, _ := t.Selection()
		t.OnSelected(s, e)
	}
}

// Cursor is a pointing hand over a tappable span, a text cursor over
// selectable text elsewhere.
func (t *HighlightText) Cursor() desktop.Cursor {
	switch {
	case t.overTag:
		return desktop.PointerCursor
	case t.Selectable:
		return desktop.TextCursor
	}
	return desktop.DefaultCursor
}

// MouseIn tracks whether the pointer is over a tappable span.
func (t *HighlightText) MouseIn(ev *desktop.MouseEvent) { t.MouseMoved(ev) }

// MouseMoved tracks whether the pointer is over a tappable span, and
// tells OnHover when it moves onto another.
func (t *HighlightText) MouseMoved(ev *desktop.MouseEvent) {
	span := t.SpanAt(ev.Position)
	t.overTag = t.OnTapped != nil && span >= 0
	t.hovered(span)
}

// MouseOut resets the cursor.
func (t *HighlightText) MouseOut() {
	t.overTag = false
	t.hovered(-1)
}

func (t *HighlightText) hovered(span int) {
	if span != t.hover {
		t.hover = span
		if t.OnHover != nil {
			t.OnHover(span)
		}
	}
}

func (t *HighlightText) textSize() float32 {
	name := t.SizeName
	if name == "" {
		name = theme.SizeNameText
	}
	return t.Theme().Size(name)
}

func (t *HighlightText) shape() *shape {
	size := t.textSize()
	if t.shaped == nil || t.shaped.size != size {
		t.shaped = newShapeWith(t.Text, t.drawn(), size, t.TextStyle, shapeOpts{hidden: t.Hidden, soft: t.SoftBreaks})
		t.laidOut = nil
	}
	return t.shaped
}

func (t *HighlightText) layoutFor(w float32) *lineLayout {
	s := t.shape()
	if t.laidOut == nil || t.laidOut.width != w {
		t.laidOut = s.layout(w)
	}
	return t.laidOut
}

// highlightRenderer draws text runs (consecutive words of one line under the
// same highlight) over their backgrounds. Its objects are pooled: a refresh
// reuses them, so a long article does not churn the allocator.
type highlightRenderer struct {
	t       *HighlightText
	bgs     []*canvas.Rectangle
	lines   []*canvas.Rectangle
	texts   []*canvas.Text
	objects []fyne.CanvasObject
	built   *lineLayout // what the objects show
}

func (r *highlightRenderer) Destroy()                     {}
func (r *highlightRenderer) MinSize() fyne.Size           { return r.t.MinSize() }
func (r *highlightRenderer) Objects() []fyne.CanvasObject { return r.objects }

// Layout rebuilds the runs only when the lines changed: a long article is
// laid out again whenever anything around it moves, and most of its
// paragraphs keep their width.
func (r *highlightRenderer) Layout(size fyne.Size) {
	if r.t.layoutFor(size.Width) != r.built {
		r.build(size.Width)
	}
}

func (r *highlightRenderer) Refresh() {
	r.build(r.t.Size().Width)
	canvas.Refresh(r.t)
}

func (r *highlightRenderer) build(width float32) {
	t := r.t
	s := t.shape()
	l := t.layoutFor(width)
	th := t.Theme()
	fg := th.Color(theme.ColorNameForeground, fyne.CurrentApp().Settings().ThemeVariant())
	if t.TextColor != "" {
		fg = themeColor(th, t.TextColor)
	}
	colors := map[fyne.ThemeColorName]color.Color{}
	colorOf := func(n fyne.ThemeColorName) color.Color {
		c, ok := colors[n]
		if !ok {
			c = themeColor(th, n)
			colors[n] = c
		}
		return c
	}

	// Refresh only the objects whose look changed: moving and resizing
	// needs none, and a refresh per word of a long article is what kept
	// the window busy.
	var changed []fyne.CanvasObject
	nb, nl, nt := 0, 0, 0
	for _, run := range s.runs(l) {
		first, last := s.segs[run.from], s.segs[run.to-1]
		p := l.pos[run.from]
		w := l.pos[run.to-1].X + last.w - p.X
		if first.bg >= 0 || run.mark {
			bg := r.rect(nb)
			nb++
			fill, stroke, strokeW := color.Color(color.Transparent), color.Color(nil), float32(0)
			if first.bg >= 0 {
				fill = colorOf(s.hls[first.bg].Color)
			}
			if run.mark {
				stroke, strokeW = fg, 2
			}
			if bg.FillColor != fill || bg.StrokeColor != stroke || bg.StrokeWidth != strokeW {
				bg.FillColor, bg.StrokeColor, bg.StrokeWidth = fill, stroke, strokeW
				changed = append(changed, bg)
			}
			bg.CornerRadius = 2
			bg.Move(fyne.NewPos(p.X-1, p.Y))
			bg.Resize(fyne.NewSize(w+2, s.lineH))
		}
		tx := r.text(nt)
		nt++
		if text := s.runText(run); tx.Text != text || tx.Color != fg || tx.TextSize != s.size || tx.TextStyle != s.style {
			tx.Text, tx.Color, tx.TextSize, tx.TextStyle = text, fg, s.size, s.style
			changed = append(changed, tx)
		}
		tx.Move(p)
		tx.Resize(fyne.NewSize(w, s.lineH))
	}
	for _, run := range s.lineRuns(l) {
		h := s.hls[s.segs[run.from].ul]
		p := l.pos[run.from]
		w := l.pos[run.to-1].X + s.segs[run.to-1].w - p.X
		line := r.line(nl)
		nl++
		if c := colorOf(h.Underline); line.FillColor != c {
			line.FillColor = c
			changed = append(changed, line)
		}
		thick := float32(2)
		if h.ThinLine {
			thick = 1
		}
		line.Move(fyne.NewPos(p.X, p.Y+s.lineH-thick))
		line.Resize(fyne.NewSize(w, thick))
	}
	r.objects = r.objects[:0]
	for _, b := range r.bgs[:nb] {
		r.objects = append(r.objects, b)
	}
	for _, x := range r.texts[:nt] {
		r.objects = append(r.objects, x)
	}
	for _, x := range r.lines[:nl] {
		r.objects = append(r.objects, x)
	}
	r.built = l
	for _, o := range changed {
		o.Refresh()
	}
}

func (r *highlightRenderer) rect(i int) *canvas.Rectangle {
	if i == len(r.bgs) {
		r.bgs = append(r.bgs, canvas.NewRectangle(color.Transparent))
	}
	return r.bgs[i]
}

func (r *highlightRenderer) line(i int) *canvas.Rectangle {
	if i == len(r.lines) {
		r.lines = append(r.lines, canvas.NewRectangle(color.Transparent))
	}
	return r.lines[i]
}

func (r *highlightRenderer) text(i int) *canvas.Text {
	if i == len(r.texts) {
		r.texts = append(r.texts, canvas.NewText("", color.Black))
	}
	return r.texts[i]
}

// runText joins the words of a run with single spaces: whitespace inside a
// line is drawn as one space, as the layout measured it.
func (s *shape) runText(run run) string {
	if run.to-run.from == 1 {
		sg := s.segs[run.from]
		return s.text[sg.start:sg.end]
	}
	var b strings.Builder
	for k := run.from; k < run.to; k++ {
		sg := s.segs[k]
		b.WriteString(s.text[sg.start:sg.end])
		if k+1 < run.to && sg.space > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
