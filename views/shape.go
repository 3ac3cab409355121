package views

import (
	"sort"
	"sync"

	"fyne.io/fyne/v2"
)

// seg is a piece of a word between highlight boundaries: the unit that is
// measured, placed and coloured.
type seg struct {
	start, end int     // byte offsets into the text
	w          float32 // width of text[start:end]
	space      float32 // width of the whitespace after it; 0 when the word goes on
	breaks     int     // hard line breaks in the whitespace after it
	bg         int     // highlight drawn behind it (the last with a colour), -1 for none
	ul         int     // highlight drawn under it (the last with an underline), -1 for none
	mark       bool    // a marked highlight covers it
	join       bool    // it goes on the word of the segment before: no break between them
}

// shape is a text cut into measured segments. It depends on the text, the
// highlights, the text size and style, not on the width.
type shape struct {
	text    string
	hls     []Highlight // what the segments' bg indexes point into
	size    float32
	style   fyne.TextStyle
	segs    []seg
	lineH   float32 // height of a line of text
	advance float32 // distance from one line's top to the next
	spaceW  float32
}

// lineLayout places every segment for one width.
type lineLayout struct {
	width  float32
	pos    []fyne.Position
	line   []int
	height float32
}

// run is consecutive segments on one line under the same background and
// mark: one canvas.Text over at most one rectangle. The lines under words
// are runs of their own (lineRuns), so that an underlined word does not
// cut a background or an outline in two.
type run struct {
	from, to int
	mark     bool
}

// shapeOpts say how text is read apart from its highlights.
type shapeOpts struct {
	// hidden are byte ranges not drawn (Markdown markup): their bytes keep
	// their offsets, they take no room.
	hidden [][2]int
	// soft makes a single line break a space: hard-wrapped lines flow as
	// one paragraph. Two breaks in a row still part paragraphs.
	soft bool
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}

func newShape(text string, hls []Highlight, size float32, style fyne.TextStyle) *shape {
	return newShapeWith(text, hls, size, style, shapeOpts{})
}

func newShapeWith(text string, hls []Highlight, size float32, style fyne.TextStyle, opts shapeOpts) *shape {
	s := &shape{text: text, hls: hls, size: size, style: style}
	m := fyne.MeasureText("Ay", size, style)
	s.lineH = m.Height
	s.advance = m.Height + fyne.Max(2, size*0.2)
	s.spaceW = measureWord("a a", size, style) - measureWord("aa", size, style)
	if s.spaceW <= 0 {
		s.spaceW = size / 4
	}

	// Every highlight edge, and every edge of hidden markup, is a place
	// where a word may be cut in two.
	var cuts []int
	for _, h := range hls {
		cuts = append(cuts, h.Start, h.End)
	}
	for _, h := range opts.hidden {
		cuts = append(cuts, h[0], h[1])
	}
	sort.Ints(cuts)

	i, n := 0, len(text)
	for i < n && isSpace(text[i]) {
		i++
	}
	ci := 0
	for i < n {
		j := i
		for j < n && !isSpace(text[j]) {
			j++
		}
		// the word text[i:j], cut at highlight edges inside it
		for ci < len(cuts) && cuts[ci] <= i {
			ci++
		}
		from := i
		first := len(s.segs)
		for k := ci; k < len(cuts) && cuts[k] < j; k++ {
			if cuts[k] > from && utf8Boundary(text, cuts[k]) {
				s.segs = append(s.segs, seg{start: from, end: cuts[k], join: len(s.segs) > first})
				from = cuts[k]
			}
		}
		s.segs = append(s.segs, seg{start: from, end: j, join: len(s.segs) > first})
		k := j
		breaks := 0
		for k < n && isSpace(text[k]) {
			if text[k] == '\n' {
				breaks++
			}
			k++
		}
		if opts.soft && breaks == 1 {
			breaks = 0
		}
		last := &s.segs[len(s.segs)-1]
		last.breaks = breaks
		if breaks == 0 && k > j {
			last.space = s.spaceW
		}
		i = k
	}
	if len(opts.hidden) > 0 {
		s.segs = dropHidden(s.segs, opts.hidden)
	}

	for k := range s.segs {
		sg := &s.segs[k]
		sg.w = measureWord(text[sg.start:sg.end], size, style)
		sg.bg, sg.ul = -1, -1
		for h, hl := range hls {
			if hl.Start <= sg.start && hl.End > sg.start {
				if hl.Color != "" {
					sg.bg = h
				}
				if hl.Underline != "" {
					sg.ul = h
				}
				if hl.Marked {
					sg.mark = true
				}
			}
		}
	}
	return s
}

// dropHidden removes the segments that lie in hidden ranges (sorted or
// not). A hidden piece of a word hands the room after it to the piece
// before it; a hidden word hands its line breaks to the word before it
// and its space goes with it.
func dropHidden(segs []seg, hidden [][2]int) []seg {
	isHidden := func(sg seg) bool {
		for _, h := range hidden {
			if h[0] <= sg.start && sg.end <= h[1] {
				return true
			}
		}
		return false
	}
	out := segs[:0]
	wordKept := false // a piece of the current word was kept
	for _, sg := range segs {
		if !sg.join {
			wordKept = false
		}
		if isHidden(sg) {
			if len(out) > 0 && (wordKept || sg.breaks > 0) {
				prev := &out[len(out)-1]
				if wordKept {
					prev.space = max(prev.space, sg.space)
				}
				prev.breaks = max(prev.breaks, sg.breaks)
				if prev.breaks > 0 {
					prev.space = 0
				}
			}
			continue
		}
		sg.join = sg.join && wordKept
		wordKept = true
		out = append(out, sg)
	}
	return out
}

// utf8Boundary reports whether a cut at i would not split a character.
func utf8Boundary(s string, i int) bool {
	return i <= 0 || i >= len(s) || s[i]&0xC0 != 0x80
}

// naturalWidth is the width of the whole text on one line.
func (s *shape) naturalWidth() float32 {
	var w float32
	for _, sg := range s.segs {
		w += sg.w + sg.space
	}
	return w
}

// layout wraps the segments at width: a word (segments without whitespace
// between them) moves to the next line when it does not fit, and a word
// wider than the line stays alone on its line.
func (s *shape) layout(width float32) *lineLayout {
	l := &lineLayout{width: width, pos: make([]fyne.Position, len(s.segs)), line: make([]int, len(s.segs))}
	var x float32
	line := 0
	for i := 0; i < len(s.segs); {
		j := i
		ww := s.segs[j].w
		for j+1 < len(s.segs) && s.segs[j+1].join {
			j++
			ww += s.segs[j].w
		}
		if x > 0 && x+ww > width {
			line++
			x = 0
		}
		for k := i; k <= j; k++ {
			l.pos[k] = fyne.NewPos(x, float32(line)*s.advance)
			l.line[k] = line
			x += s.segs[k].w
		}
		x += s.segs[j].space
		if s.segs[j].breaks > 0 {
			line += s.segs[j].breaks
			x = 0
		}
		i = j + 1
	}
	if len(s.segs) > 0 {
		// trailing line breaks add no empty lines at the end
		l.height = float32(l.line[len(s.segs)-1])*s.advance + s.lineH
	}
	return l
}

// runs groups the laid-out segments into text runs.
func (s *shape) runs(l *lineLayout) []run {
	var out []run
	for k := 0; k < len(s.segs); k++ {
		sg := s.segs[k]
		if len(out) > 0 {
			r := &out[len(out)-1]
			prev := s.segs[r.to-1]
			if l.line[k] == l.line[r.to-1] && prev.bg == sg.bg && prev.mark == sg.mark && prev.breaks == 0 {
				r.to = k + 1
				continue
			}
		}
		out = append(out, run{from: k, to: k + 1, mark: sg.mark})
	}
	return out
}

// lineRuns groups the laid-out segments under one underline (the same
// highlight, on one line) into runs; the line spans the spaces between
// their words.
func (s *shape) lineRuns(l *lineLayout) []run {
	var out []run
	for k := 0; k < len(s.segs); k++ {
		sg := s.segs[k]
		if sg.ul < 0 {
			continue
		}
		if len(out) > 0 {
			r := &out[len(out)-1]
			prev := s.segs[r.to-1]
			if r.to == k && l.line[k] == l.line[k-1] && prev.ul == sg.ul && prev.breaks == 0 {
				r.to = k + 1
				continue
			}
		}
		out = append(out, run{from: k, to: k + 1})
	}
	return out
}

// widthCache remembers measured words: articles repeat most of their words,
// and shaping is the slow part of laying out a long article.
var widthCache = struct {
	sync.Mutex
	m map[widthKey]float32
}{m: map[widthKey]float32{}}

type widthKey struct {
	word  string
	size  float32
	style fyne.TextStyle
}

func measureWord(w string, size float32, style fyne.TextStyle) float32 {
	k := widthKey{w, size, style}
	widthCache.Lock()
	v, ok := widthCache.m[k]
	widthCache.Unlock()
	if ok {
		return v
	}
	v = fyne.MeasureText(w, size, style).Width
	widthCache.Lock()
	if len(widthCache.m) > 200000 {
		widthCache.m = map[widthKey]float32{}
	}
	widthCache.m[k] = v
	widthCache.Unlock()
	return v
}

// nearestBoundary is the offset in segment k of the character boundary
// nearest to x, measured from the segment's left edge.
func (s *shape) nearestBoundary(k int, x float32) int {
	sg := s.segs[k]
	word := s.text[sg.start:sg.end]
	prevAt, prevW := 0, float32(0)
	for i := range word {
		if i == 0 {
			continue
		}
		w := measureWord(word[:i], s.size, s.style)
		if w >= x {
			if x-prevW <= w-x {
				return prevAt
			}
			return i
		}
		prevAt, prevW = i, w
	}
	if x-prevW <= sg.w-x {
		return prevAt
	}
	return len(word)
}
