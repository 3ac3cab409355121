package report

import (
	"fmt"
	"sort"

	"readouts/sources"
)

// citations lists every statement of the report's accounts with paragraph
// number, byte offsets and the exact quote in its context; the quote links
// to its place in the appendix, the row label back to its row.
func (d *pdfDoc) citations() {
	d.heading("Citations", sizeH1, 0)
	d.intro([]run{d.small(d.citationsNote(), regular, colMuted)}, marginX, contentWidth, 0)
	for _, acc := range d.accounts {
		d.accountHeading(acc, 1)
		for i := range acc.Statements {
			d.citation(&acc.Statements[i], d.tint[acc.ID])
		}
	}
}

// accountHeading is a level-1 heading with the account's tint swatch.
func (d *pdfDoc) accountHeading(acc *sources.Account, level int) {
	d.heading(accountLabel(acc), sizeH2, level)
}

func (d *pdfDoc) citation(st *sources.Statement, tint rgb) {
	before, after, cutB, cutA, text := d.citeShown(st)
	meta := []run{
		{d.clean(st.ID + d.statementMark(st.ID)), look{face: bold, size: sizeSmall, fg: colText, anchor: d.citeLink[st.ID]}},
		d.small(fmt.Sprintf(" · %sparagraph %d · bytes %d–%d · %s%s", d.documentOf(st), st.Paragraph, st.Start, st.End, st.Kind, saidBy(st)), regular, colMuted),
	}
	if k, ok := d.homeRow(st.ID); ok {
		meta = append(meta, d.small(" · ", regular, colMuted),
			run{d.clean(d.rowName(k)), look{size: sizeSmall, fg: colText, link: d.rowLink[k], underline: true}})
	}
	var quote []run
	if cutB {
		before = "…" + before
	}
	if cutA {
		after += "…"
	}
	quote = append(quote, d.txt(before, regular, colMuted))
	q := d.txt(text, regular, colText)
	q.look.bg, q.look.hasBG, q.look.link = tint, true, d.appendixLink[st.ID]
	quote = append(quote, q, d.txt(after, regular, colMuted))
	ml := d.fl.layout(meta, contentWidth, 0)
	ql := d.fl.layout(quote, contentWidth-4, 0)
	h := height(ml) + height(ql) + 2
	if h < bodyBottom-marginTop {
		d.ensure(h)
	}
	d.setY(d.y() + 1)
	d.drawLines(ml, marginX)
	d.drawLines(ql, marginX+4)
	d.setY(d.y() + 1)
}

// appendix prints the whole article with paragraph numbers, the statements
// of the report's accounts tinted by account, each followed by its id,
// which links back to its row. Each statement is the destination of its
// citation's link.
func (d *pdfDoc) appendix() {
	if d.hasDocuments() {
		d.appendixDocuments()
		return
	}
	d.heading("Appendix: the article", sizeH1, 0)
	d.intro([]run{d.small("The full article, its paragraphs numbered in the margin. Statements are tinted by account and followed by their id, which links to the statement’s row:", regular, colMuted)}, marginX, contentWidth, 0)
	d.tintLegend()
	d.appendixText(d.article, d.article.Paragraphs, d.appendixSpans())
}

// tintLegend lists the report's accounts in their tints, one per line so a
// long label never wraps its tint; kept with what follows.
func (d *pdfDoc) tintLegend() {
	for i, acc := range d.accounts {
		r := d.small(accountLabel(acc)+" ["+acc.ID+"]", regular, colText)
		r.look.bg, r.look.hasBG = d.tint[acc.ID], true
		after := 0.0
		if i == len(d.accounts)-1 {
			after = 2
		}
		d.intro([]run{r}, marginX+4, contentWidth-4, after)
	}
}

// appendixText prints paragraphs of a text with their numbers in the
// margin, the spans tinted, each followed by its id; each statement is its
// citation's destination.
func (d *pdfDoc) appendixText(a *sources.Article, paras []sources.Paragraph, spans []tintSpan) {
	const numW = 10.0
	k := 0
	for _, p := range paras {
		var runs []run
		for _, pc := range paragraphPieces(p, spans, &k) {
			r := d.txt(d.shownText(a, pc.Start, pc.End), regular, colText)
			if pc.stmt == nil {
				runs = append(runs, r)
				continue
			}
			r.look.bg, r.look.hasBG = pc.stmt.tint, true
			if pc.Start == pc.stmt.Start {
				r.look.anchor = d.appendixLink[pc.stmt.id]
			}
			runs = append(runs, r)
			if pc.End == pc.stmt.End {
				runs = append(runs, d.inlineID(pc.stmt.id))
			}
		}
		lines := d.fl.layout(runs, contentWidth-numW, 0)
		// The paragraph number rides on the first line, so it moves with
		// it when the paragraph starts on the next page.
		num := d.fl.layout([]run{d.small(fmt.Sprintf("¶%d", p.Number), bold, colMuted)}, numW, lines[0].h)[0]
		for i := range num.frags {
			num.frags[i].x -= numW
		}
		lines[0].frags = append(num.frags, lines[0].frags...)
		d.drawLines(lines, marginX+numW)
		d.setY(d.y() + 1.2)
	}
}

// inlineID is a statement's id after its text in the appendix, linked to
// its row (to its citation when no row shows it).
func (d *pdfDoc) inlineID(id string) run {
	link := d.citeLink[id]
	if k, ok := d.homeRow(id); ok {
		link = d.rowLink[k]
	}
	return run{" [" + d.clean(id) + "]", look{face: bold, size: sizeSmall, fg: colMuted, link: link}}
}

// paraPiece is a stretch of one paragraph: text between statements, or the
// part of a statement that falls inside the paragraph.
type paraPiece struct {
	sources.Span
	stmt *tintSpan // nil for text between statements
}

// paragraphPieces cuts paragraph p into plain and statement pieces, for the
// appendix of both the PDF and the Markdown report. spans are in text order
// without overlaps; *k is the first span that may reach p and is moved past
// those ending before it, so a walk over all paragraphs stays linear.
func paragraphPieces(p sources.Paragraph, spans []tintSpan, k *int) []paraPiece {
	for *k < len(spans) && spans[*k].End <= p.Start {
		*k++
	}
	var out []paraPiece
	at := p.Start
	for j := *k; j < len(spans) && spans[j].Start < p.End; j++ {
		start, end := max(spans[j].Start, at), min(spans[j].End, p.End)
		if start >= end {
			continue
		}
		if start > at {
			out = append(out, paraPiece{Span: sources.Span{Start: at, End: start}})
		}
		out = append(out, paraPiece{Span: sources.Span{Start: start, End: end}, stmt: &spans[j]})
		at = end
	}
	if at < p.End {
		out = append(out, paraPiece{Span: sources.Span{Start: at, End: p.End}})
	}
	return out
}

type tintSpan struct {
	sources.Span
	id   string
	tint rgb
}

// appendixSpans returns the statements of the report's accounts in text
// order; where two overlap, the earlier one keeps the overlap.
func (d *pdfDoc) appendixSpans() []tintSpan {
	var out []tintSpan
	for _, acc := range d.accounts {
		for _, st := range acc.Statements {
			out = append(out, tintSpan{st.Span, st.ID, d.tint[acc.ID]})
		}
	}
	sortSpans(out)
	return out
}

func sortSpans(s []tintSpan) {
	sort.SliceStable(s, func(i, j int) bool { return s[i].Start < s[j].Start })
}
