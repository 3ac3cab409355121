package report

import (
	"fmt"

	"readouts/app/compare"
)

const factLabelW = 32.0

// fact draws one "label: value" line of the header.
func (d *pdfDoc) fact(label, value string) {
	lbl := d.fl.layout([]run{d.txt(label, bold, colMuted)}, factLabelW, 0)
	val := d.fl.layout([]run{d.txt(value, regular, colText)}, contentWidth-factLabelW, 0)
	d.ensure(height(val))
	y := d.y()
	d.fl.draw(lbl[0], marginX, y)
	d.drawLines(val, marginX+factLabelW)
}

// accountFact draws an account with its tint swatch, the colour it has in
// the columns, citations and appendix.
func (d *pdfDoc) accountFact(label, id string) {
	acc := d.in.Extraction.Account(id)
	lh := lineHeight(sizeBody)
	d.ensure(lh)
	d.swatch(marginX+factLabelW-5, d.y()+lh*0.22, lh*0.56, d.tint[id])
	d.fact(label, accountLabel(acc)+" ["+acc.ID+"]")
}

// pairLine names the two accounts of a pair under its heading.
func (d *pdfDoc) pairLine(p pairView) {
	d.accountFact("Left", p.left.ID)
	d.accountFact("Right", p.right.ID)
	d.setY(d.y() + 1)
}

// summary draws counts per verdict, the agreement share and the change
// list: every row, numbered and linked to the row, with its verdict and key
// reason.
func (d *pdfDoc) summary(p pairView, level int) {
	d.heading("Summary", sizeH1-float64(level)*2, level)
	n := p.counts()
	lh := lineHeight(sizeBody)
	x := marginX
	d.ensure(lh + 3*lh)
	y := d.y()
	for _, v := range verdictOrder {
		label := p.verdictLabel(v)
		chip := d.chipWidth(label)
		d.chip(x, y, label, v)
		x += chip + 1.5
		cnt := fmt.Sprintf("%d", n[v])
		l := look{face: bold, size: sizeBody, fg: colText}
		d.fl.draw(line{frags: []frag{{text: cnt, look: l, w: d.fl.width(cnt, l)}}, h: lh}, x, y)
		x += d.fl.width(cnt, l) + 7
	}
	d.setY(y + lh + 0.5)
	d.paragraph([]run{d.small(p.countsNote(), italic, colMuted)}, marginX, contentWidth)
	d.paragraph([]run{d.txt(p.agreement(), regular, colText)}, marginX, contentWidth)
	d.setY(d.y() + 2)

	// The change list: # | topic | verdict | key reason.
	const numW, topicW, verdictW = 7.0, 34.0, 30.0
	reasonW := contentWidth - numW - topicW - verdictW
	d.ensure(3 * lh)
	y = d.y()
	d.fl.draw(d.fl.layout([]run{d.small("Row", bold, colMuted)}, numW, lh)[0], marginX, y)
	d.fl.draw(d.fl.layout([]run{d.small("Topic", bold, colMuted)}, topicW, lh)[0], marginX+numW, y)
	d.fl.draw(d.fl.layout([]run{d.small("Verdict", bold, colMuted)}, verdictW, lh)[0], marginX+numW+topicW, y)
	d.fl.draw(d.fl.layout([]run{d.small("Key reason", bold, colMuted)}, reasonW, lh)[0], marginX+numW+topicW+verdictW, y)
	d.setY(y + lh)
	d.rule(d.y())
	for j, row := range p.cmp.Rows {
		link := d.rowLink[rowKey{p.index, j}]
		num := d.fl.layout([]run{{fmt.Sprint(j + 1), look{face: bold, size: sizeSmall, fg: colMuted, link: link}}}, numW, lh)
		topicRuns := []run{{d.clean(rowTitle(row)), look{face: bold, size: sizeBody, fg: colText, link: link}}}
		if d.rowReview(p, j) != nil {
			topicRuns = append(topicRuns, d.small(" · Reviewed", bold, colMuted))
		}
		topic := d.fl.layout(topicRuns, topicW-2, lh)
		reason := keyReason(row)
		if reason == "" {
			reason = "—"
		}
		rs := d.fl.layout([]run{d.txt(reason, regular, colText)}, reasonW, lh)
		verdict := d.chipLines(p.verdictLabel(row.Verdict), verdictW-2)
		h := max(height(topic), height(rs), float64(len(verdict))*lh)
		d.ensure(h + 0.6)
		y := d.y() + 0.3
		d.fl.draw(num[0], marginX, y)
		for i, ln := range topic {
			d.fl.draw(ln, marginX+numW, y+float64(i)*lh)
		}
		d.chipBlock(marginX+numW+topicW, y, verdict, row.Verdict)
		for i, ln := range rs {
			d.fl.draw(ln, marginX+numW+topicW+verdictW, y+float64(i)*lh)
		}
		d.setY(y + h + 0.3)
		d.rule(d.y())
	}
}

// chip draws a verdict word on its tint with a strong bar at the left: the
// colour and the word always travel together.
func (d *pdfDoc) chip(x, y float64, label string, v compare.Verdict) {
	vs := verdictLook(v)
	lh := lineHeight(sizeBody)
	l := look{face: bold, size: sizeSmall, fg: vs.ink}
	label = d.clean(label)
	w := d.chipWidth(label)
	d.fill(vs.tint)
	d.pdf.Rect(x, y+lh*0.08, w, lh*0.84, "F")
	d.fill(vs.strong)
	d.pdf.Rect(x, y+lh*0.08, 1.2, lh*0.84, "F")
	d.fl.draw(line{frags: []frag{{x: 2.4, w: w - 3.6, text: label, look: l}}, h: lh}, x, y)
}

// chipLines lays out a verdict word for a chip no wider than maxW: a long
// one ("Only Whitfield (Oval Office remarks)") wraps rather than running
// into the next column.
func (d *pdfDoc) chipLines(label string, maxW float64) []line {
	l := look{face: bold, size: sizeSmall}
	return d.fl.layout([]run{{d.clean(label), l}}, maxW-3.6, lineHeight(sizeBody))
}

// chipBlock draws a chip of one or more lines from chipLines, as chip
// draws one: the tint as wide as its widest line, the bar at its left.
func (d *pdfDoc) chipBlock(x, y float64, lines []line, v compare.Verdict) {
	vs := verdictLook(v)
	lh := lineHeight(sizeBody)
	w := 0.0
	for _, ln := range lines {
		w = max(w, ln.width())
	}
	w += 3.6
	h := float64(len(lines)) * lh
	d.fill(vs.tint)
	d.pdf.Rect(x, y+lh*0.08, w, h-lh*0.16, "F")
	d.fill(vs.strong)
	d.pdf.Rect(x, y+lh*0.08, 1.2, h-lh*0.16, "F")
	for i, ln := range lines {
		for k := range ln.frags {
			ln.frags[k].look.fg = vs.ink
		}
		ln.h = lh
		d.fl.draw(ln, x+2.4, y+float64(i)*lh)
	}
}

func (d *pdfDoc) chipWidth(label string) float64 {
	return d.fl.width(d.clean(label), look{face: bold, size: sizeSmall}) + 3.6
}
