package report

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
)

// This file is a small text-flow engine: fpdf's own MultiCell cannot give
// single words a background, which the word-level diff and the tinted
// appendix need, so paragraphs are broken into lines here and each line is
// drawn as positioned fragments over their background rectangles.

// face is a font style: regular, bold or italic.
type face uint8

const (
	regular face = iota
	bold
	italic
)

// style is fpdf's style letter for the face.
func (f face) style() string {
	switch f {
	case bold:
		return "B"
	case italic:
		return "I"
	}
	return ""
}

// look is how a run of text is drawn.
type look struct {
	face   face
	size   float64 // points
	fg     rgb
	bg     rgb
	hasBG  bool
	link   int32 // internal link to follow when clicked, 0 for none
	anchor int32 // internal link whose destination is this text, 0 for none
	// underline draws a thin line under the text in fg.
	underline bool
	// font is the font that draws the text: 0 for Noto Sans, i+1 for
	// the report's i-th system fallback (set by layout).
	font int32
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
	rtl  bool // a right-to-left word, its runes already in visual order
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
	fonts *fontBook
	cur   look // font currently selected for measuring
	set   bool
	// registered are the fallback faces added to the document.
	registered map[string]bool
}

func (fl *flow) use(l look) {
	if fl.set && fl.cur.face == l.face && fl.cur.size == l.size && fl.cur.font == l.font {
		return
	}
	if l.font > 0 {
		// A fallback has no italic, and a bold face only when segment
		// chose it (it checked the bold face has the runes).
		f := fl.fonts.extra[l.font-1]
		style, data := "", f.regular
		if l.face == bold {
			style, data = "B", f.bold
		}
		// fpdf embeds every font registered, used or not: a fallback
		// face is registered when first drawn with.
		if !fl.registered[f.family+style] {
			fl.pdf.AddUTF8FontFromBytes(f.family, style, data)
			if fl.registered == nil {
				fl.registered = map[string]bool{}
			}
			fl.registered[f.family+style] = true
		}
		fl.pdf.SetFont(f.family, style, l.size)
	} else {
		fl.pdf.SetFont(fontFamily, l.face.style(), l.size)
	}
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
	var pending []part
	flush := func() {
		cur.h = lh
		mirrorRTL(cur.frags)
		lines = append(lines, cur)
		cur = line{}
		x = 0
		pending = nil
	}
	place := func(p part, rtl bool) {
		if n := len(cur.frags); n > 0 && !rtl {
			last := &cur.frags[n-1]
			if last.look == p.look && last.x+last.w == x && !last.rtl {
				last.text += p.text
				last.w += p.w
				x += p.w
				return
			}
		}
		cur.frags = append(cur.frags, frag{x: x, w: p.w, text: p.text, look: p.look, rtl: rtl})
		x += p.w
	}
	items, parts := fl.items(runs)
	for _, it := range items {
		itParts := parts[it.lo:it.hi]
		if it.space {
			if len(cur.frags) > 0 {
				pending = itParts
			}
			continue
		}
		pendW := 0.0
		for _, p := range pending {
			pendW += p.w
		}
		if len(cur.frags) > 0 && x+pendW+it.w > w {
			flush()
			pendW = 0
		}
		if len(cur.frags) > 0 && len(pending) > 0 {
			first := itParts[0].look
			for _, p := range pending {
				// A space between two runs of one background keeps
				// it, so a highlighted phrase reads as one block.
				if p.look.hasBG && !(first.hasBG && first.bg == p.look.bg) {
					p.look.hasBG = false
				}
				p.look.anchor = 0
				place(p, false)
			}
		}
		pending = nil
		for _, p := range itParts {
			for p.w > w-x && x == 0 && len(cur.frags) == 0 && p.text != "" {
				// A word longer than the line (a URL, a hash): break it.
				head, rest := splitToWidth(fl, p.text, p.look, w)
				place(part{text: head, look: p.look, w: fl.width(head, p.look)}, p.rtl)
				flush()
				p.look.anchor = 0
				p.text, p.w = rest, fl.width(rest, p.look)
			}
			if x+p.w > w && len(cur.frags) > 0 && x > 0 && p.w <= w && !it.fitsAlone(w) {
				// The rest of a word longer than a line.
				flush()
			}
			if p.text != "" {
				place(p, p.rtl)
			}
		}
	}
	if len(cur.frags) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// part is a piece of a word or of a space in one look, measured.
type part struct {
	text string
	look look
	w    float64
	rtl  bool // right-to-left letters, already in visual order
}

// item is what the line breaker places: a word (the parts between two
// spaces, which may come from several runs and are never broken between
// lines), or a run of spaces.
type item struct {
	lo, hi int // its parts, in the slice items returns
	space  bool
	w      float64
}

func (it item) fitsAlone(w float64) bool { return it.w <= w }

// items cuts runs into words and spaces. A line may break at a space, and
// before or after a Chinese, Japanese or Korean character; a word whose
// runs change look inside it (a marked piece, a quotation mark before it)
// stays one word.
func (fl *flow) items(runs []run) ([]item, []part) {
	// Sized for a word and a space per six bytes of text, so that long
	// paragraphs do not regrow the slices many times.
	n := 4
	for _, r := range runs {
		n += len(r.text) / 6
	}
	out := make([]item, 0, 2*n)
	parts := make([]part, 0, 2*n)
	glue := false // the next word part joins the last word
	for _, r := range fl.segment(runs) {
		l := r.look
		s := r.text
		for len(s) > 0 {
			n := tokenEnd(s)
			tok := s[:n]
			s = s[n:]
			p := part{text: tok, look: l, w: fl.width(tok, l)}
			l.anchor = 0 // only the run's first piece is the link's destination
			first, _ := utf8.DecodeRuneInString(tok)
			switch {
			case tok[0] == ' ':
				parts = append(parts, p)
				if k := len(out) - 1; k >= 0 && out[k].space {
					out[k].hi++
					out[k].w += p.w
				} else {
					out = append(out, item{lo: len(parts) - 1, hi: len(parts), space: true, w: p.w})
				}
				glue = false
			case len(out) > 0 && !out[len(out)-1].space && (glue && !isCJK(first) || closing(first)):
				parts = append(parts, p)
				out[len(out)-1].hi++
				out[len(out)-1].w += p.w
				glue = true
			default:
				parts = append(parts, p)
				out = append(out, item{lo: len(parts) - 1, hi: len(parts), w: p.w})
				glue = !isCJK(first)
			}
		}
	}
	for i, it := range out {
		if it.space {
			continue
		}
		if ordered := fl.orderRTL(parts[it.lo:it.hi]); ordered != nil {
			out[i].lo = len(parts)
			parts = append(parts, ordered...)
			out[i].hi = len(parts)
		}
	}
	return out, parts
}

// closing reports whether r is punctuation that never starts a line: a
// comma, a full stop, a closing bracket or quotation mark, in any script.
func closing(r rune) bool {
	return unicode.In(r, unicode.Pe, unicode.Pf) || strings.ContainsRune(",.;:!?)]}”’»，。、．！？：；）」』", r)
}

// orderRTL returns a right-to-left word in visual order, nil for a word
// without right-to-left letters: from its first to
// its last right-to-left letter, its parts reversed and the runes of each;
// punctuation before and after (quotation marks, brackets) stays where the
// surrounding left-to-right text has it.
func (fl *flow) orderRTL(word []part) []part {
	if !fl.mayHaveRTL(word) {
		return nil
	}
	text := ""
	for _, p := range word {
		text += p.text
	}
	lo, hi := -1, -1
	for i, r := range text {
		if isRTL(r) {
			if lo < 0 {
				lo = i
			}
			hi = i + utf8.RuneLen(r)
		}
	}
	if lo < 0 {
		return nil
	}
	var lead, core, trail []part
	at := 0
	for _, p := range word {
		for _, cut := range []struct {
			to  int
			dst *[]part
		}{{lo, &lead}, {hi, &core}, {len(text), &trail}} {
			if at >= cut.to || p.text == "" {
				continue
			}
			n := min(len(p.text), cut.to-at)
			*cut.dst = append(*cut.dst, part{text: p.text[:n], look: p.look})
			p.text = p.text[n:]
			p.look.anchor = 0
			at += n
		}
	}
	slices.Reverse(core)
	for i := range core {
		core[i].text = visualOrder(core[i].text)
		core[i].rtl = true
	}
	ordered := append(append(lead, core...), trail...)
	for i := range ordered {
		ordered[i].w = fl.width(ordered[i].text, ordered[i].look)
	}
	return ordered
}

// mayHaveRTL is the fast path: a word of ASCII has no right-to-left letter.
func (fl *flow) mayHaveRTL(word []part) bool {
	for _, p := range word {
		if !fl.fonts.plain(p.text) {
			return true
		}
	}
	return false
}

// tokenEnd returns the length of the leading token: a run of spaces, a
// Chinese, Japanese or Korean character (a line may break after any), or a
// run of other non-spaces.
func tokenEnd(s string) int {
	space := s[0] == ' '
	if r, n := utf8.DecodeRuneInString(s); isCJK(r) {
		return n
	}
	for i := 1; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(s[i:]); isCJK(r) {
				return i
			}
		}
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
		if f.look.underline && text != "" {
			pdf.SetDrawColor(int(f.look.fg.R), int(f.look.fg.G), int(f.look.fg.B))
			pdf.SetLineWidth(0.25)
			uy := base + 0.12*em
			pdf.Line(x+f.x, uy, x+f.x+pdf.GetStringWidth(text), uy)
		}
		if f.look.link != 0 {
			pdf.Link(x+f.x, y, f.w, ln.h, int(f.look.link))
		}
		if f.look.anchor != 0 {
			pdf.SetLink(int(f.look.anchor), y, -1)
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

// width is how far a line's words reach from its start.
func (l line) width() float64 {
	if len(l.frags) == 0 {
		return 0
	}
	f := l.frags[len(l.frags)-1]
	return f.x + f.w
}
