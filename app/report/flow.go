package report

import (
	"strings"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
)

// This file is a small text-flow engine: fpdf's own MultiCell cannot give
// single words a background, which the word-level diff and the tinted
// appendix need, so paragraphs are broken into lines here and each line is
// drawn as positioned fragments over their background rectangles.

// face is a font style letter for fpdf: regular, bold or italic.
type face string

const (
	regular face = ""
	bold    face = "B"
	italic  face = "I"
)

// look is how a run of text is drawn.
type look struct {
	face   face
	size   float64 // points
	fg     rgb
	bg     rgb
	hasBG  bool
	link   int // internal link to follow when clicked, 0 for none
	anchor int // internal link whose destination is this text, 0 for none
}

// run is a piece of text in one look.
type run struct {
	text string
	look look
}

// frag is a positioned piece of one line.
type frag struct {
	x, w float64 // relative to the line start, mm
	text string
	look look
}

// line is one laid-out line; all lines of a paragraph share its height.
type line struct {
	frags []frag
	h     float64
}

// lineHeight is the line pitch for a font size, in mm: 1.38 em gives Noto
// Sans (ascent 1.069, descent 0.293 em) room for highlights that don't touch.
func lineHeight(size float64) float64 { return size * 1.38 * 25.4 / 72 }

// flow lays text out in pages of one fpdf document.
type flow struct {
	pdf   *fpdf.Fpdf
	fonts *reportFonts
	cur   look // font currently selected for measuring
	set   bool
}

func (fl *flow) use(l look) {
	if fl.set && fl.cur.face == l.face && fl.cur.size == l.size {
		return
	}
	fl.pdf.SetFont(fontFamily, string(l.face), l.size)
	fl.cur, fl.set = l, true
}

func (fl *flow) width(s string, l look) float64 {
	fl.use(l)
	return fl.pdf.GetStringWidth(s)
}

// layout breaks runs into lines no wider than w. lh is the line height
// (0 picks one from the largest font size). Text must already be clean.
func (fl *flow) layout(runs []run, w, lh float64) []line {
	if lh == 0 {
		for _, r := range runs {
			lh = max(lh, lineHeight(r.look.size))
		}
	}
	var lines []line
	var cur line
	x := 0.0
	// pending whitespace is only placed once a word follows on the same line.
	var pendText string
	var pendLook look
	var pendW float64
	flush := func() {
		cur.h = lh
		lines = append(lines, cur)
		cur = line{}
		x = 0
		pendText, pendW = "", 0
	}
	place := func(text string, l look, w float64) {
		if n := len(cur.frags); n > 0 {
			last := &cur.frags[n-1]
			if last.look == l && last.x+last.w == x {
				last.text += text
				last.w += w
				x += w
				return
			}
		}
		cur.frags = append(cur.frags, frag{x: x, w: w, text: text, look: l})
		x += w
	}
	for _, r := range runs {
		l := r.look
		anchorDone := false
		s := r.text
		for len(s) > 0 {
			// Next token: a run of spaces or a run of non-spaces.
			n := tokenEnd(s)
			tok := s[:n]
			s = s[n:]
			tl := l
			if anchorDone {
				tl.anchor = 0
			}
			if tok[0] == ' ' {
				if len(cur.frags) == 0 {
					continue // no leading spaces on a line
				}
				pendText, pendLook, pendW = tok, tl, fl.width(tok, tl)
				continue
			}
			ww := fl.width(tok, tl)
			if len(cur.frags) > 0 && x+pendW+ww > w {
				flush()
			}
			for ww > w && len(cur.frags) == 0 {
				// A word longer than the line (a URL, a hash): break it.
				head, rest := splitToWidth(fl, tok, tl, w)
				place(head, tl, fl.width(head, tl))
				anchorDone, tl.anchor = true, 0
				flush()
				tok = rest
				ww = fl.width(tok, tl)
			}
			if pendText != "" {
				pl := pendLook
				// A space between two runs of one background keeps it,
				// so a highlighted phrase reads as one block.
				if pl.hasBG && !(tl.hasBG && tl.bg == pl.bg) {
					pl.hasBG = false
				}
				pl.anchor = 0
				place(pendText, pl, pendW)
				pendText, pendW = "", 0
			}
			place(tok, tl, ww)
			anchorDone = true
		}
	}
	if len(cur.frags) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// tokenEnd returns the length of the leading run of spaces or non-spaces.
func tokenEnd(s string) int {
	space := s[0] == ' '
	for i := 1; i < len(s); i++ {
		if (s[i] == ' ') != space {
			return i
		}
	}
	return len(s)
}

// splitToWidth returns the longest prefix of tok (at least one rune) that
// fits in w, and the rest.
func splitToWidth(fl *flow, tok string, l look, w float64) (string, string) {
	cut := 0
	for i, r := range tok {
		end := i + utf8.RuneLen(r)
		if cut > 0 && fl.width(tok[:end], l) > w {
			break
		}
		cut = end
	}
	return tok[:cut], tok[cut:]
}

// draw paints one line with its top-left corner at (x, y).
func (fl *flow) draw(ln line, x, y float64) {
	pdf := fl.pdf
	for _, f := range ln.frags {
		if f.look.hasBG {
			pdf.SetFillColor(int(f.look.bg.R), int(f.look.bg.G), int(f.look.bg.B))
			pad := ln.h * 0.04
			pdf.Rect(x+f.x, y+pad, f.w, ln.h-2*pad, "F")
		}
	}
	for _, f := range ln.frags {
		fl.use(f.look)
		pdf.SetTextColor(int(f.look.fg.R), int(f.look.fg.G), int(f.look.fg.B))
		// Baseline: centre the font's ascent+descent (1.362 em) in the line.
		em := f.look.size * 25.4 / 72
		base := y + (ln.h-1.362*em)/2 + 1.069*em
		text := strings.TrimRight(f.text, " ")
		if text != "" {
			pdf.Text(x+f.x, base, text)
		}
		if f.look.link != 0 {
			pdf.Link(x+f.x, y, f.w, ln.h, f.look.link)
		}
		if f.look.anchor != 0 {
			pdf.SetLink(f.look.anchor, y, -1)
		}
	}
}

// height is the total height of lines.
func height(lines []line) float64 {
	h := 0.0
	for _, l := range lines {
		h += l.h
	}
	return h
}
