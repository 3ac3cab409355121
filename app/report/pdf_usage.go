package report

import (
	"fmt"

	"readouts/app/usage"
)

// usageSection prints how the article used the documents: per document
// (its own outline entry) the count of uses, then every statement with its
// use, the article's passage and where the words differ.
func (d *pdfDoc) usageSection() {
	u := d.in.Usage
	x := d.in.Extraction
	d.newPage()
	d.heading("How the article used the documents", sizeH1, 0)
	d.intro([]run{d.small(d.usageIntro(), regular, colMuted)}, marginX, contentWidth, 0)
	for i := range u.Documents {
		ud := &u.Documents[i]
		doc := x.Document(ud.ID)
		acc := x.Account(ud.ID)
		if doc == nil || acc == nil {
			continue
		}
		d.heading(documentTitle(doc), sizeH2, 1)
		d.intro([]run{d.txt(usageCounts(ud), bold, colText)}, marginX, contentWidth, 1)
		for j := range ud.Checks {
			c := &ud.Checks[j]
			if st := x.Statement(c.Statement); st != nil {
				d.usageCheck(c, st.Text, d.tint[acc.ID])
			}
		}
		if extras := d.extrasOf(ud.ID); len(extras) > 0 {
			d.setY(d.y() + 2)
			d.paragraph([]run{d.small(extrasIntro(doc), bold, colMuted)}, marginX, contentWidth)
			for _, e := range extras {
				p := e.Passage
				d.paragraph([]run{d.small(fmt.Sprintf("%s (%s) · ¶%d · bytes %d–%d: ", p.Statement, p.Speaker, p.Paragraph, p.Start, p.End), regular, colMuted),
					d.txt("“"+oneLine(p.Text)+"”", regular, colText)}, marginX+4, contentWidth-4)
			}
		}
	}
}

// usageCheck draws one checked statement: id and use, the document's
// words in its account's tint, then the notes.
func (d *pdfDoc) usageCheck(c *usage.Check, text string, tint rgb) {
	sty := useStyle(c.Use)
	badge := run{d.clean(" " + c.Use.Label() + " "), look{face: bold, size: sizeSmall, fg: sty.ink, bg: sty.tint, hasBG: true}}
	head := d.fl.layout([]run{{d.clean(c.Statement + "  "), look{face: bold, size: sizeSmall, fg: colText}}, badge}, contentWidth, 0)
	q := d.txt(text, regular, colText)
	q.look.bg, q.look.hasBG = tint, true
	body := d.fl.layout([]run{q}, contentWidth-4, 0)
	var notes [][]line
	h := height(head) + height(body) + 2
	for _, n := range checkNotes(c) {
		ink := colMuted
		if n.differs {
			ink = styleDiverge.ink
		}
		l := d.fl.layout([]run{d.small(n.label+": ", bold, ink), d.small(n.text, regular, colText)}, contentWidth-8, 0)
		notes = append(notes, l)
		h += height(l)
	}
	if h < bodyBottom-marginTop {
		d.ensure(h)
	}
	d.setY(d.y() + 1)
	d.drawLines(head, marginX)
	d.drawLines(body, marginX+4)
	for _, l := range notes {
		d.drawLines(l, marginX+8)
	}
	d.setY(d.y() + 1)
}
