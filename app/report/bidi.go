package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file prepares text for fpdf, which draws runes left to right in one
// font: runs are cut where the font that draws them changes, and words of
// right-to-left scripts are put in visual order. Arabic letters stay
// unjoined (fpdf does no shaping); the order is right, so text extraction
// (pdftotext, copy and paste) gives the words back in logical order.

// segment cuts runs where the drawing font changes and sets each piece's
// font; a fallback without italic, or whose bold face lacks a rune, draws
// it in its regular face.
func (fl *flow) segment(runs []run) []run {
	if len(fl.fonts.extra) == 0 {
		return runs
	}
	var out []run
	for _, r := range runs {
		if fl.fonts.plain(r.text) {
			out = append(out, r)
			continue
		}
		start := 0
		var cur look
		for i, c := range r.text {
			l := fl.lookFor(r.look, c)
			if i > start && l != cur {
				out = append(out, run{r.text[start:i], cur})
				start = i
			}
			cur = l
		}
		out = append(out, run{r.text[start:], cur})
	}
	return out
}

// lookFor is l with the font that draws c. Spaces and punctuation shared by
// all scripts stay in the font around them.
func (fl *flow) lookFor(l look, c rune) look {
	l.font = fl.fonts.fontOf(c)
	if l.font > 0 {
		f := fl.fonts.extra[l.font-1]
		if f.faceStyle(l.face, c) == "B" {
			l.face = bold
		} else {
			l.face = regular
		}
	}
	return l
}

// hasRTL reports whether a word holds a right-to-left letter.
func hasRTL(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if isRTL(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// visualOrder reverses a right-to-left word for drawing left to right:
// digits keep their order, brackets are mirrored.
func visualOrder(s string) string {
	rs := []rune(s)
	var units [][]rune
	for i := 0; i < len(rs); {
		j := i + 1
		if unicode.IsDigit(rs[i]) {
			for j < len(rs) && (unicode.IsDigit(rs[j]) || (rs[j] == '.' || rs[j] == ',') && j+1 < len(rs) && unicode.IsDigit(rs[j+1])) {
				j++
			}
		}
		units = append(units, rs[i:j])
		i = j
	}
	var b strings.Builder
	for k := len(units) - 1; k >= 0; k-- {
		for _, r := range units[k] {
			b.WriteRune(mirror(r))
		}
	}
	return b.String()
}

func mirror(r rune) rune {
	switch r {
	case '(':
		return ')'
	case ')':
		return '('
	case '[':
		return ']'
	case ']':
		return '['
	case '«':
		return '»'
	case '»':
		return '«'
	}
	return r
}

// mirrorRTL reorders each run of right-to-left words of a line (with the
// spaces between them) so the first word stands at the right.
func mirrorRTL(frags []frag) {
	for i := 0; i < len(frags); i++ {
		if !frags[i].rtl {
			continue
		}
		j := i // last right-to-left word of the run
		for k := i + 1; k < len(frags); k++ {
			if frags[k].rtl {
				j = k
			} else if strings.TrimSpace(frags[k].text) != "" {
				break
			}
		}
		if j > i {
			lo, hi := frags[i].x, frags[j].x+frags[j].w
			for k := i; k <= j; k++ {
				frags[k].x = lo + hi - frags[k].x - frags[k].w
			}
		}
		i = j
	}
}
