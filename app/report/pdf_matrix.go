package report

import (
	"readouts/app/compare"
	"readouts/sources"
)

const matrixTopicW = 34.0

// matrix draws the topic × account table of a three-way report: for each
// topic, what each account says and whom it agrees or diverges with.
func (d *pdfDoc) matrix() {
	m := d.in.Matrix
	if m == nil || len(m.Accounts) == 0 {
		return
	}
	d.heading("Topic × account matrix", sizeH1, 0)
	d.intro([]run{d.small("Each cell lists the account’s statements on the topic, each a link to the row it stands in, and how they relate to the other accounts; the colour repeats the word.", regular, colMuted)}, marginX, contentWidth, 1.5)
	accs := make([]*sources.Account, len(m.Accounts))
	for i, id := range m.Accounts {
		accs[i] = d.in.Extraction.Account(id)
	}
	cellW := (contentWidth - matrixTopicW) / float64(len(m.Accounts))
	head := func() {
		lh := lineHeight(sizeBody)
		cells := make([][]line, len(accs))
		h := lh
		for i, a := range accs {
			name := m.Accounts[i]
			if a != nil {
				name = accountLabel(a)
			}
			cells[i] = d.fl.layout([]run{d.small(name, bold, colText)}, cellW-3, 0)
			h = max(h, height(cells[i])+1)
		}
		y := d.y()
		d.fl.draw(d.fl.layout([]run{d.small("Topic", bold, colMuted)}, matrixTopicW, 0)[0], marginX, y+0.5)
		for i := range accs {
			x := marginX + matrixTopicW + float64(i)*cellW
			if tint, ok := d.tint[m.Accounts[i]]; ok {
				d.fill(tint)
				d.pdf.Rect(x+0.3, y, cellW-0.6, h, "F")
			}
			yy := y + 0.5
			for _, ln := range cells[i] {
				d.fl.draw(ln, x+1.5, yy)
				yy += ln.h
			}
		}
		d.setY(y + h + 0.6)
	}
	d.ensure(3 * lineHeight(sizeBody) * 3)
	head()
	d.onNewPage = head
	defer func() { d.onNewPage = nil }()
	for t, topic := range m.Topics {
		name := d.fl.layout([]run{d.txt(topic, bold, colText)}, matrixTopicW-2, 0)
		cells := make([][]line, len(accs))
		styles := make([]verdictStyle, len(accs))
		h := height(name)
		for i := range accs {
			var pos compare.Position
			if t < len(m.Cells) && i < len(m.Cells[t]) {
				pos = m.Cells[t][i]
			}
			var runs []run
			runs, styles[i] = d.matrixCell(pos, m.Accounts)
			cells[i] = d.fl.layout(runs, cellW-3, 0)
			h = max(h, height(cells[i]))
		}
		h += 1.2
		d.ensure(h + 0.6)
		y := d.y()
		d.fl.draw(name[0], marginX, y+0.6)
		for j := 1; j < len(name); j++ {
			d.fl.draw(name[j], marginX, y+0.6+float64(j)*name[0].h)
		}
		for i := range accs {
			x := marginX + matrixTopicW + float64(i)*cellW
			d.fill(styles[i].tint)
			d.pdf.Rect(x+0.3, y+0.3, cellW-0.6, h-0.6, "F")
			d.fill(styles[i].strong)
			d.pdf.Rect(x+0.3, y+0.3, 1, h-0.6, "F")
			yy := y + 0.6
			for _, ln := range cells[i] {
				d.fl.draw(ln, x+2, yy)
				yy += ln.h
			}
		}
		d.setY(y + h)
	}
}

// matrixCell describes one position in words and picks its colour: any
// divergence wins, then agreement; statements without either are one-sided.
func (d *pdfDoc) matrixCell(pos compare.Position, ids []string) ([]run, verdictStyle) {
	if pos.Silent || len(pos.Statements) == 0 {
		return []run{d.small("silent", italic, colMuted)}, verdictStyle{strong: colWhite, tint: colWhite}
	}
	style := styleOneSide
	var rel []string
	if len(pos.Agrees) > 0 {
		style = styleAgree
		rel = append(rel, "agrees with "+d.namesOf(pos.Agrees))
	}
	if len(pos.Diverges) > 0 {
		style = styleDiverge
		rel = append(rel, "diverges from "+d.namesOf(pos.Diverges))
	}
	if len(rel) == 0 {
		rel = append(rel, "only this account")
	}
	var runs []run
	for i, id := range pos.Statements {
		if i > 0 {
			runs = append(runs, d.small(", ", bold, colText))
		}
		l := look{face: bold, size: sizeSmall, fg: colText, underline: true}
		if k, ok := d.homeRow(id); ok {
			l.link = d.rowLink[k]
		} else if c, ok := d.citeLink[id]; ok {
			l.link = c
		}
		runs = append(runs, run{d.clean(id), l})
	}
	for _, r := range rel {
		runs = append(runs, d.small(" · ", regular, colMuted), d.small(r, bold, style.ink))
	}
	return runs, style
}
