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
	mark       bool    // a marked highlight covers it
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
// mark: one canvas.Text over at most one rectangle.
type run struct {
	from, to int
	mark     bool
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}

func newShape(text string, hls []Highlight, size float32, style fyne.TextStyle) *shape {
	s := &shape{text: text, hls: hls, size: size, style: style}
	m := fyne.MeasureText("Ay", size, style)
	s.lineH = m.Height
	s.advance = m.Height + fyne.Max(2, size*0.2)
	s.spaceW = measureWord("a a", size, style) - measureWord("aa", size, style)
	if s.spaceW <= 0 {
		s.spaceW = size / 4
	}

	// Every highlight edge is a place where a word may be cut in two.
	var cuts []int
	for _, h := range hls {
		cuts = append(cuts, h.Start, h.End)
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
		for k := ci; k < len(cuts) && cuts[k] < j; k++ {
			if cuts[k] > from && utf8Boundary(text, cuts[k]) {
				s.segs = append(s.segs, seg{start: from, end: cuts[k]})
				from = cuts[k]
			}
		}
		s.segs = append(s.segs, seg{start: from, end: j})
		k := j
		breaks := 0
		for k < n && isSpace(text[k]) {
			if text[k] == '\n' {
				breaks++
			}
			k++
		}
		last := &s.segs[len(s.segs)-1]
		last.breaks = breaks
		if breaks == 0 && k > j {
			last.space = s.spaceW
		}
		i = k
	}

	for k := range s.segs {
		sg := &s.segs[k]
		sg.w = measureWord(text[sg.start:sg.end], size, style)
		sg.bg = -1
		for h, hl := range hls {
			if hl.Start <= sg.start && hl.End > sg.start {
				if hl.Color != "" {
					sg.bg = h
				}
				if hl.Marked {
					sg.mark = true
				}
			}
		}
	}
	return s
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
		for j+1 < len(s.segs) && s.segs[j].end == s.segs[j+1].start {
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
