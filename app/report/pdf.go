package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// Page geometry of the A4 report, in millimetres.
const (
	pageW        = 210.0
	pageH        = 297.0
	marginX      = 16.0
	marginTop    = 15.0
	bodyBottom   = 280.0 // content stops here; the footer sits below
	footerY      = 286.0
	contentWidth = pageW - 2*marginX
)

// Font sizes in points.
const (
	sizeTitle = 18.0
	sizeH1    = 13.5
	sizeH2    = 11.0
	sizeBody  = 9.5
	sizeSmall = 8.0
)

// pdfDoc renders one report into one fpdf document.
type pdfDoc struct {
	*report
	pdf *fpdf.Fpdf
	fl  *flow
	// appendixLink and citeLink map statement ids to internal links: the
	// citation's quote jumps to the appendix, a row's statement id to its
	// citation.
	appendixLink map[string]int
	citeLink     map[string]int
	// onNewPage redraws a running header (the side-by-side column titles)
	// after a page break inside a section; nil when none.
	onNewPage func()
	// titleTints are the tints of the column titles being repeated.
	titleTints [2]rgb
	// rowPages records each side-by-side row's pages.
	rowPages []rowPlacement
}

// WritePDF renders the report as PDF to w. The output depends only on in:
// dates come from in.Generated, the catalog is sorted, so the same input
// gives the same bytes.
func WritePDF(w io.Writer, in Input) error {
	r, err := newReport(in)
	if err != nil {
		return fmt.Errorf("pdf report: %w", err)
	}
	fonts, err := loadFonts()
	if err != nil {
		return fmt.Errorf("pdf report: %w", err)
	}
	d := newPDFDoc(r, fonts)
	d.render()
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("pdf report: layout: %w", err)
	}
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("pdf report: write: %w", err)
	}
	return nil
}

func newPDFDoc(r *report, fonts *reportFonts) *pdfDoc {
	pdf := fpdf.New("P", "mm", "A4", "")
	for _, f := range fonts.faces {
		pdf.AddUTF8FontFromBytes(fontFamily, f.style, f.data)
	}
	d := &pdfDoc{report: r, pdf: pdf, fl: &flow{pdf: pdf, fonts: fonts},
		appendixLink: map[string]int{}, citeLink: map[string]int{}}
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(r.in.Generated)
	pdf.SetModificationDate(r.in.Generated)
	pdf.SetTitle(d.clean(d.docTitle()), true)
	pdf.SetAuthor("Readouts", true)
	pdf.SetSubject(d.clean(d.docSubject()), true)
	pdf.SetKeywords(d.clean(d.docKeywords()), true)
	creator := "Readouts"
	if r.in.Version != "" {
		creator += " " + r.in.Version
	}
	pdf.SetCreator(creator, true)
	pdf.SetProducer(creator+" (go-pdf/fpdf)", true)
	// The report's own words are English; quoted text keeps its language
	// but a single document tag can only name one.
	pdf.SetLang("en")
	pdf.SetDisplayMode("fullwidth", "single")
	pdf.AliasNbPages("{nb}")
	pdf.SetMargins(marginX, marginTop, marginX)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetFooterFunc(d.footer)
	for _, acc := range r.accounts {
		for _, st := range acc.Statements {
			d.appendixLink[st.ID] = pdf.AddLink()
			d.citeLink[st.ID] = pdf.AddLink()
		}
	}
	return d
}

func (d *pdfDoc) clean(s string) string { return d.fl.fonts.clean(s) }

func (d *pdfDoc) docTitle() string {
	t := "Readouts comparison report"
	if len(d.pairs) == 1 {
		t += ": " + d.pairs[0].title()
	} else {
		t += ": all accounts"
	}
	if d.article.Title != "" && !d.hasDocuments() {
		t += " — " + d.article.Title
	}
	return t
}

func (d *pdfDoc) docSubject() string {
	labels := make([]string, 0, len(d.accounts))
	for _, a := range d.accounts {
		labels = append(labels, accountLabel(a))
	}
	return "Side-by-side comparison of " + strings.Join(labels, "; ")
}

func (d *pdfDoc) docKeywords() string {
	kw := []string{"Readouts", "comparison", "readout"}
	for _, a := range d.accounts {
		kw = append(kw, a.ID)
	}
	if d.article.Date != "" {
		kw = append(kw, d.article.Date)
	}
	return strings.Join(kw, ", ")
}

// render writes every section in the order of the issue: header, (matrix),
// per pair summary and side by side, citations, appendix.
func (d *pdfDoc) render() {
	d.newPage()
	d.header()
	if len(d.pairs) == 1 {
		p := d.pairs[0]
		d.summary(p, 0)
		d.sideBySide(p, 0)
	} else {
		d.matrix()
		for _, p := range d.pairs {
			d.newPage()
			d.heading(p.title(), sizeH1, 0)
			d.pairLine(p)
			d.summary(p, 1)
			d.sideBySide(p, 1)
		}
	}
	if d.in.Usage != nil {
		d.usageSection()
	}
	d.citations()
	d.appendix()
}

// newPage starts a page; the footer of the previous one is drawn by fpdf.
func (d *pdfDoc) newPage() {
	d.pdf.AddPage()
	// AddPage ran the footer and then restored the previous font behind
	// the flow's back: forget what the flow thinks is selected.
	d.fl.set = false
	d.pdf.SetY(marginTop)
	if d.onNewPage != nil {
		d.onNewPage()
	}
}

// y and setY move the layout position.
func (d *pdfDoc) y() float64     { return d.pdf.GetY() }
func (d *pdfDoc) setY(y float64) { d.pdf.SetY(y) }

// room reports whether h mm still fit on the page.
func (d *pdfDoc) room(h float64) bool { return d.y()+h <= bodyBottom }

// ensure starts a new page unless h mm fit.
func (d *pdfDoc) ensure(h float64) {
	if !d.room(h) {
		d.newPage()
	}
}

// footer draws "Page N of M" (M filled in by fpdf's alias at close).
func (d *pdfDoc) footer() {
	pdf := d.pdf
	l := look{size: sizeSmall, fg: colMuted}
	d.fl.use(l)
	pdf.SetTextColor(int(colMuted.R), int(colMuted.G), int(colMuted.B))
	pdf.SetDrawColor(int(colRule.R), int(colRule.G), int(colRule.B))
	pdf.SetLineWidth(0.2)
	pdf.Line(marginX, footerY-4, pageW-marginX, footerY-4)
	pdf.Text(marginX, footerY, "Readouts comparison report")
	n := strconv.Itoa(pdf.PageNo())
	// The total is unknown yet; size the text as if it had as many digits
	// as this page number so the right edge lines up.
	label := "Page " + n + " of {nb}"
	w := pdf.GetStringWidth("Page " + n + " of " + n)
	pdf.Text(pageW-marginX-w, footerY, label)
}

// heading draws a heading and an outline entry at level, keeping it with
// at least a few lines of what follows.
func (d *pdfDoc) heading(text string, size float64, level int) {
	lines := d.fl.layout([]run{{d.clean(text), look{face: bold, size: size, fg: colText}}}, contentWidth, 0)
	gap := lineHeight(size) * 0.5
	if d.y() > marginTop+1 {
		d.setY(d.y() + gap)
	}
	d.ensure(height(lines) + 4*lineHeight(sizeBody))
	d.pdf.Bookmark(d.clean(text), level, d.y())
	d.drawLines(lines, marginX)
	d.setY(d.y() + gap*0.5)
}

// paragraph flows runs over the content width from the current position,
// breaking pages between lines.
func (d *pdfDoc) paragraph(runs []run, x, w float64) {
	d.drawLines(d.fl.layout(runs, w, 0), x)
}

// drawLines draws lines at x from the current position, breaking pages
// between lines.
func (d *pdfDoc) drawLines(lines []line, x float64) {
	for _, ln := range lines {
		d.ensure(ln.h)
		d.fl.draw(ln, x, d.y())
		d.setY(d.y() + ln.h)
	}
}

// swatch draws a small filled square at the current line, for legends.
func (d *pdfDoc) swatch(x, y, size float64, c rgb) {
	d.pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
	d.pdf.Rect(x, y, size, size, "F")
}

func (d *pdfDoc) fill(c rgb) { d.pdf.SetFillColor(int(c.R), int(c.G), int(c.B)) }

func (d *pdfDoc) rule(y float64) {
	d.pdf.SetDrawColor(int(colRule.R), int(colRule.G), int(colRule.B))
	d.pdf.SetLineWidth(0.2)
	d.pdf.Line(marginX, y, pageW-marginX, y)
}

// txt is a shorthand for a run in body size.
func (d *pdfDoc) txt(s string, f face, fg rgb) run {
	return run{d.clean(s), look{face: f, size: sizeBody, fg: fg}}
}

func (d *pdfDoc) small(s string, f face, fg rgb) run {
	return run{d.clean(s), look{face: f, size: sizeSmall, fg: fg}}
}
