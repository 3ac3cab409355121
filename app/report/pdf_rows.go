package report

import (
	"fmt"
	"strings"

	"readouts/app/compare"
	"readouts/sources"
)

const columnGap = 6.0

var columnW = (contentWidth - columnGap) / 2

// sideBySide draws the rows of a pair in two columns, aligned by topic as in
// the app. A row that does not fit on the rest of the page moves to the
// next; a row longer than a whole page is split across pages line by line.
func (d *pdfDoc) sideBySide(p pairView, level int) {
	d.heading("Side by side", sizeH1-float64(level)*2, level)
	d.legend()
	titles := d.columnTitles(p)
	d.ensure(height(titles) + 6*lineHeight(sizeBody))
	d.drawColumnTitles(titles)
	d.onNewPage = func() { d.drawColumnTitles(titles) }
	defer func() { d.onNewPage = nil }()
	top := marginTop + height(titles) + 2 // where rows start on a continuation page
	for j, row := range p.cmp.Rows {
		d.sideRow(p, row, d.reviewLine(p, j), top)
	}
}

// legend explains the word highlights once per side-by-side section.
func (d *pdfDoc) legend() {
	d.paragraph([]run{
		d.small("Inside rows that both accounts address: ", regular, colMuted),
		{"shared words", look{size: sizeSmall, fg: colText, bg: colShared, hasBG: true}},
		d.small(" and ", regular, colMuted),
		{"differing words", look{size: sizeSmall, fg: colText, bg: colDiffer, hasBG: true}},
		d.small(". The statement id links to its citation.", regular, colMuted),
	}, marginX, contentWidth)
	d.setY(d.y() + 1.5)
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

// sideRow draws one row: verdict chip and topic, the reasons, what the
// reviewer said (reviewed, when not ""), then the two columns.
func (d *pdfDoc) sideRow(p pairView, row compare.Row, reviewed string, top float64) {
	lh := lineHeight(sizeBody)
	headW := d.chipWidth(p.verdictLabel(row.Verdict)) + 2
	topic := d.fl.layout([]run{d.txt(row.Topic, bold, colText)}, contentWidth-headW, lh)
	var reasons []line
	if len(row.Reasons) > 0 {
		reasons = d.fl.layout([]run{d.small("Why: "+strings.Join(row.Reasons, "; "), italic, colMuted)}, contentWidth, 0)
	}
	if reviewed != "" {
		reasons = append(reasons, d.fl.layout([]run{d.small(reviewed, bold, colText)}, contentWidth, 0)...)
	}
	left := d.column(row, true, d.sideStatements(row.Left))
	right := d.column(row, false, d.sideStatements(row.Right))
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
	d.chip(marginX, y, p.verdictLabel(row.Verdict), row.Verdict)
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
	cont := d.fl.layout([]run{d.small(row.Topic+" ("+p.verdictLabel(row.Verdict)+"), continued", italic, colMuted)}, contentWidth, 0)
	d.columns([][]line{left, right}, []float64{marginX, marginX + columnW + columnGap}, top, cont)
	d.setY(d.y() + 2)
	d.rowPages = append(d.rowPages, rowPlacement{topic: row.Topic, first: first, last: d.pdf.PageNo(),
		fitsPage: headH+colH+2 <= pageBody})
}

// rowPlacement records where a side-by-side row landed, for tests of the
// keep-together rule.
type rowPlacement struct {
	topic       string
	first, last int
	fitsPage    bool
}

// column lays out one side of a row: each statement with its id (linked to
// its citation) and, in matched rows, the word highlights.
func (d *pdfDoc) column(row compare.Row, left bool, sts []*sources.Statement) []line {
	if len(sts) == 0 {
		return d.fl.layout([]run{d.txt("Not mentioned in this account.", italic, colMuted)}, columnW, 0)
	}
	pieces := sidePieces(row, left, sts)
	matched := pieces != nil
	var out []line
	lh := lineHeight(sizeBody)
	for i, st := range sts {
		id := st.ID + d.statementMark(st.ID) + fmt.Sprintf(" ¶%d ", st.Paragraph)
		runs := []run{{d.clean(id), look{face: bold, size: sizeSmall, fg: colMuted, link: d.citeLink[st.ID]}}}
		if matched {
			for _, pc := range pieces[i] {
				l := look{size: sizeBody, fg: colText}
				switch pc.class {
				case sharedWord:
					l.bg, l.hasBG = colShared, true
				case differWord:
					l.bg, l.hasBG = colDiffer, true
				}
				runs = append(runs, run{d.clean(pc.text), l})
			}
		} else {
			runs = append(runs, d.txt(st.Text, regular, colText))
		}
		lines := d.fl.layout(runs, columnW, lh)
		if i > 0 {
			out = append(out, line{h: lh * 0.35})
		}
		out = append(out, lines...)
	}
	return out
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
