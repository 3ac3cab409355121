package report

import (
	"fmt"
	"strings"

	"readouts/app/compare"
)

const columnGap = 6.0

var columnW = (contentWidth - columnGap) / 2

// sideBySide draws the rows of a pair in two columns, aligned by topic as in
// the app. A row that does not fit on the rest of the page moves to the
// next; a row longer than a whole page is split across pages line by line.
func (d *pdfDoc) sideBySide(p pairView, level int) {
	d.heading("Side by side", sizeH1-float64(level)*2, level)
	sm := look{size: sizeSmall, fg: colText}
	d.intro([]run{d.small("Each row is one point, numbered as in the summary, with the key reason for its verdict. "+
		"Inside rows: ", regular, colMuted),
		{"cue words", markLook(sm, cueMark, false)},
		d.small(", ", regular, colMuted),
		{"shared specifics", markLook(sm, sharedMark, false)},
		d.small(", ", regular, colMuted),
		{"topic words", markLook(sm, topicMark, false)},
		d.small(" and, where both sides quote the same words, ", regular, colMuted),
		{"differing words", markLook(sm, noMark, true)},
		d.small(". A statement id links to its citation.", regular, colMuted),
	}, marginX, contentWidth, 1.5)
	titles := d.columnTitles(p)
	d.ensure(height(titles) + 6*lineHeight(sizeBody))
	d.drawColumnTitles(titles)
	d.onNewPage = func() { d.drawColumnTitles(titles) }
	defer func() { d.onNewPage = nil }()
	top := marginTop + height(titles) + 2 // where rows start on a continuation page
	for j, row := range p.cmp.Rows {
		d.sideRow(p, j, row, d.reviewLine(p, j), top)
	}
}

// columnTitles lays out the two account names over the columns.
func (d *pdfDoc) columnTitles(p pairView) []line {
	l := d.fl.layout([]run{d.txt(accountLabel(p.left), bold, colText)}, columnW-4, 0)
	r := d.fl.layout([]run{d.txt(accountLabel(p.right), bold, colText)}, columnW-4, 0)
	// Both titles share one box height; pair them line by line.
	n := max(len(l), len(r))
	out := make([]line, n)
	lh := lineHeight(sizeBody)
	for i := range n {
		out[i].h = lh
		if i < len(l) {
			for _, f := range l[i].frags {
				f.x += 2
				out[i].frags = append(out[i].frags, f)
			}
		}
		if i < len(r) {
			for _, f := range r[i].frags {
				f.x += columnW + columnGap + 2
				out[i].frags = append(out[i].frags, f)
			}
		}
	}
	// The boxes behind the titles take the accounts' tints.
	d.titleTints = [2]rgb{d.tint[p.left.ID], d.tint[p.right.ID]}
	return out
}

func (d *pdfDoc) drawColumnTitles(titles []line) {
	h := height(titles) + 1
	y := d.y()
	d.fill(d.titleTints[0])
	d.pdf.Rect(marginX, y, columnW, h, "F")
	d.fill(d.titleTints[1])
	d.pdf.Rect(marginX+columnW+columnGap, y, columnW, h, "F")
	d.setY(y + 0.5)
	for _, ln := range titles {
		d.fl.draw(ln, marginX, d.y())
		d.setY(d.y() + ln.h)
	}
	d.setY(y + h + 1)
}

// sideRow draws row j: its number, verdict chip and topic, the key reason
// and the others, what the reviewer said (reviewed, when not ""), then the
// two columns.
func (d *pdfDoc) sideRow(p pairView, j int, row compare.Row, reviewed string, top float64) {
	lh := lineHeight(sizeBody)
	num := fmt.Sprintf("%d", j+1)
	numW := d.fl.width(num, look{face: bold, size: sizeBody}) + 2
	headW := numW + d.chipWidth(p.verdictLabel(row.Verdict)) + 2
	topic := d.fl.layout([]run{d.txt(rowTitle(row), bold, colText)}, contentWidth-headW, lh)
	reasons := d.reasonLines(row)
	if reviewed != "" {
		reasons = append(reasons, d.fl.layout([]run{d.small(reviewed, bold, colText)}, contentWidth, 0)...)
	}
	left := d.column(p, row, true)
	right := d.column(p, row, false)
	headH := 1.5 + height(topic) + height(reasons) + 0.8
	colH := max(height(left), height(right))
	pageBody := bodyBottom - top
	switch {
	case d.room(headH + colH + 2):
	case headH+colH+2 <= pageBody:
		d.newPage()
	default:
		// Longer than a page: start it here if the head and a few
		// lines fit, else on a fresh page, then split.
		d.ensure(headH + 3*lh)
	}
	first := d.pdf.PageNo()
	y := d.y() + 1
	d.rule(y)
	y += 0.5
	d.pdf.SetLink(int(d.rowLink[rowKey{p.index, j}]), y, -1)
	d.fl.draw(line{frags: []frag{{text: num, w: numW, look: look{face: bold, size: sizeBody, fg: colText}}}, h: lh}, marginX, y)
	d.chip(marginX+numW, y, p.verdictLabel(row.Verdict), row.Verdict)
	for _, ln := range topic {
		d.fl.draw(ln, marginX+headW, y)
		y += ln.h
	}
	for _, ln := range reasons {
		d.fl.draw(ln, marginX, y)
		y += ln.h
	}
	d.setY(y + 0.8)
	// A row split over pages says so at the top of each continuation.
	cont := d.fl.layout([]run{d.small(fmt.Sprintf("Row %d, %s (%s), continued", j+1, rowTitle(row), p.verdictLabel(row.Verdict)), italic, colMuted)}, contentWidth, 0)
	d.columns([][]line{left, right}, []float64{marginX, marginX + columnW + columnGap}, top, cont)
	d.setY(d.y() + 2)
	d.rowPages = append(d.rowPages, rowPlacement{topic: row.Topic, first: first, last: d.pdf.PageNo(),
		fitsPage: headH+colH+2 <= pageBody})
}

// reasonLines are a row's reasons: the key reason, the one the verdict
// rests on, then the others.
func (d *pdfDoc) reasonLines(row compare.Row) []line {
	if len(row.Reasons) == 0 {
		return nil
	}
	runs := []run{d.small("Key reason: ", bold, colMuted), d.small(row.Reasons[0], italic, colText)}
	if len(row.Reasons) > 1 {
		runs = append(runs, d.small(" · Also: ", bold, colMuted), d.small(strings.Join(row.Reasons[1:], "; "), italic, colMuted))
	}
	return d.fl.layout(runs, contentWidth, 0)
}

// rowPlacement records where a side-by-side row landed, for tests of the
// keep-together rule.
type rowPlacement struct {
	topic       string
	first, last int
	fitsPage    bool
}

// column lays out one side of a row: each statement that stands in it,
// with its id (linked to its citation) and its evidence marks, then the
// statements it refers to, which stand in another row.
func (d *pdfDoc) column(p pairView, row compare.Row, left bool) []line {
	sd := side(row, left)
	lh := lineHeight(sizeBody)
	var out []line
	if len(sd.shown) == 0 {
		out = d.fl.layout([]run{d.txt("No statement on this point in this account.", italic, colMuted)}, columnW, 0)
	}
	sts := d.sideStatements(sd.shown)
	pieces := d.sidePieces(row, left, sts)
	for i, st := range sts {
		id := st.ID + d.statementMark(st.ID) + fmt.Sprintf(" ¶%d ", st.Paragraph)
		runs := []run{{d.clean(id), look{face: bold, size: sizeSmall, fg: colMuted, link: d.citeLink[st.ID]}}}
		for _, pc := range pieces[i] {
			runs = append(runs, run{d.clean(pc.text), markLook(look{size: sizeBody, fg: colText}, pc.mark, pc.differs)})
		}
		if i > 0 {
			out = append(out, line{h: lh * 0.35})
		}
		out = append(out, d.fl.layout(runs, columnW, lh)...)
	}
	for _, id := range sd.refs {
		out = append(out, line{h: lh * 0.25})
		out = append(out, d.fl.layout(d.refRuns(p, id), columnW, 0)...)
	}
	return out
}

// refRuns refer to a statement that stands in another row: "See trump-3
// ¶2 in row 4, talks and negotiations", the row a link to it.
func (d *pdfDoc) refRuns(p pairView, id string) []run {
	st := d.statements[id]
	runs := []run{d.small("See ", italic, colMuted),
		{d.clean(fmt.Sprintf("%s ¶%d", id, st.Paragraph)), look{face: bold, size: sizeSmall, fg: colMuted, link: d.citeLink[id]}}}
	if j, ok := p.best[id]; ok {
		runs = append(runs, d.small(" in ", italic, colMuted),
			run{d.clean(fmt.Sprintf("row %d, %s", j+1, rowTitle(p.cmp.Rows[j]))), look{face: italic, size: sizeSmall, fg: colText, link: d.rowLink[rowKey{p.index, j}]}})
	} else {
		runs = append(runs, d.small(" in the citations", italic, colMuted))
	}
	return runs
}

// markLook is how a piece of a statement is drawn: a cue on an amber
// ground in bold, a shared specific on grey, a topic word underlined, a
// differing word in italics in the divergence ink. Each differs in shape
// as well as colour, so a greyscale print keeps them apart.
func markLook(l look, m markClass, differs bool) look {
	switch m {
	case cueMark:
		l.bg, l.hasBG, l.face = colCue, true, bold
	case sharedMark:
		l.bg, l.hasBG = colShared, true
	case topicMark:
		l.underline = true
	}
	if differs {
		l.fg = styleDiverge.ink
		if l.face != bold {
			l.face = italic
		}
	}
	return l
}

// columns draws parallel columns of lines from the current position. Each
// column breaks pages independently at its own lines; both continue on the
// same pages, which start at top (below the running column titles) with the
// cont lines.
func (d *pdfDoc) columns(cols [][]line, xs []float64, top float64, cont []line) {
	type placed struct {
		page int
		y    float64
		ln   line
		x    float64
	}
	var all []placed
	pages, endY := 0, d.y()
	contTop := top + height(cont)
	for c, lines := range cols {
		page, y := 0, d.y()
		for _, ln := range lines {
			if y+ln.h > bodyBottom && y > contTop {
				page, y = page+1, contTop
			}
			all = append(all, placed{page, y, ln, xs[c]})
			y += ln.h
		}
		// The row ends where its longest column ends.
		if page > pages {
			pages, endY = page, y
		} else if page == pages {
			endY = max(endY, y)
		}
	}
	for pg := 0; pg <= pages; pg++ {
		if pg > 0 {
			d.newPage()
			y := top
			for _, ln := range cont {
				d.fl.draw(ln, marginX, y)
				y += ln.h
			}
		}
		for _, pl := range all {
			if pl.page == pg {
				d.fl.draw(pl.ln, pl.x, pl.y)
			}
		}
	}
	d.setY(endY)
}
