package report

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"readouts/assets"
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
	appendixLink map[string]int32
	citeLink     map[string]int32
	// onNewPage redraws a running header (the side-by-side column titles)
	// after a page break inside a section; nil when none.
	onNewPage func()
	// titleTints are the tints of the column titles being repeated.
	titleTints [2]rgb
	// rowPages records each side-by-side row's pages.
	rowPages []rowPlacement
	// rowLink is the internal link to each side-by-side row, by
	// comparison and row.
	rowLink map[rowKey]int32
	// kept are headings and introductions waiting to be drawn with the
	// first block that follows them, so none is left at a page's foot.
	kept []keptBlock
	// topY is where the content of the current page starts.
	topY float64
	// running names the pair (or pairs) in the header of every page after
	// the first; section is the section under way.
	running, section string
}

// rowKey names a row: comparison index, row index.
type rowKey struct{ pair, row int }

// keptBlock is a heading or an introduction kept with what follows.
type keptBlock struct {
	lines  []line
	x      float64
	before float64 // space above it, unless it opens a page
	after  float64 // space below it
	// bookmark is its outline entry ("" for none) at level.
	bookmark string
	level    int
}

// WritePDF renders the report as PDF to w. The output depends only on in
// and the fonts installed: dates come from in.Generated, the catalog is
// sorted, so the same input gives the same bytes.
func WritePDF(w io.Writer, in Input) error {
	return writePDF(w, in, systemFonts)
}

// writePDF renders with the given system fonts as fallbacks for the
// scripts Noto Sans lacks.
func writePDF(w io.Writer, in Input, fallbacks []systemFont) error {
	d, err := layoutPDF(in, fallbacks)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.Grow(64<<10 + 24<<10*d.pdf.PageCount()) // about what a page takes: no regrowing
	if err := d.pdf.Output(&buf); err != nil {
		return fmt.Errorf("pdf report: write: %w", err)
	}
	out, err := finishPDF(buf.Bytes(), d.fontNames())
	if err != nil {
		return fmt.Errorf("pdf report: %w", err)
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("pdf report: write: %w", err)
	}
	return nil
}

// layoutPDF lays the report out, ready for output.
func layoutPDF(in Input, fallbacks []systemFont) (*pdfDoc, error) {
	r, err := newReport(in)
	if err != nil {
		return nil, fmt.Errorf("pdf report: %w", err)
	}
	base, err := loadFonts()
	if err != nil {
		return nil, fmt.Errorf("pdf report: %w", err)
	}
	d := newPDFDoc(r, newFontBook(base, fallbacks, r.texts()))
	d.render()
	if err := d.pdf.Error(); err != nil {
		return nil, fmt.Errorf("pdf report: layout: %w", err)
	}
	return d, nil
}

// MissingFonts says which fonts a PDF report of in lacks for the scripts of
// its texts, one line each ("no font for Chinese, Japanese and Korean is
// installed: …"); page 1 of the report says the same. The command line
// repeats them on stderr.
func MissingFonts(in Input) ([]string, error) {
	r, err := newReport(in)
	if err != nil {
		return nil, err
	}
	base, err := loadFonts()
	if err != nil {
		return nil, err
	}
	return newFontBook(base, systemFonts, r.texts()).lackingNotes(), nil
}

func newPDFDoc(r *report, fonts *fontBook) *pdfDoc {
	pdf := fpdf.New("P", "mm", "A4", "")
	for _, f := range fonts.base.faces {
		pdf.AddUTF8FontFromBytes(fontFamily, f.style, f.data)
	}
	d := &pdfDoc{report: r, pdf: pdf, fl: &flow{pdf: pdf, fonts: fonts},
		appendixLink: map[string]int32{}, citeLink: map[string]int32{}, rowLink: map[rowKey]int32{}}
	pdf.SetCatalogSort(true)
	generated := r.in.Generated.UTC()
	pdf.SetCreationDate(generated)
	pdf.SetModificationDate(generated)
	info := d.info()
	pdf.SetTitle(info.title, true)
	pdf.SetAuthor(info.author, true)
	pdf.SetSubject(info.subject, true)
	pdf.SetKeywords(info.keywords, true)
	pdf.SetCreator(info.creator, true)
	pdf.SetProducer(info.producer, true)
	pdf.SetXmpMetadata(xmpPacket(info, generated, r.documentID()))
	pdf.AddOutputIntent(fpdf.OutputIntentType{SubtypeIdent: fpdf.OutputIntent_GTS_PDFA1,
		OutputConditionIdentifier: "sRGB IEC61966-2.1", Info: "sRGB IEC61966-2.1", ICCProfile: assets.SRGBProfile})
	// The report's own words are English; quoted text keeps its language
	// but a single document tag can only name one.
	pdf.SetLang("en")
	pdf.SetDisplayMode("fullwidth", "single")
	pdf.AliasNbPages("{nb}")
	pdf.SetMargins(marginX, marginTop, marginX)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetHeaderFunc(d.runningHeader)
	pdf.SetFooterFunc(d.footer)
	for _, acc := range r.accounts {
		for _, st := range acc.Statements {
			d.appendixLink[st.ID] = int32(pdf.AddLink())
			d.citeLink[st.ID] = int32(pdf.AddLink())
		}
	}
	for _, p := range r.pairs {
		for j := range p.cmp.Rows {
			d.rowLink[rowKey{p.index, j}] = int32(pdf.AddLink())
		}
	}
	return d
}

// fontNames are the fonts the document embeds, for finishPDF to name as
// subsets.
func (d *pdfDoc) fontNames() []finishFont {
	var out []finishFont
	for i, f := range d.fl.fonts.base.faces {
		out = append(out, finishFont{key: strings.ToLower(fontFamily) + f.style, postScript: d.fl.fonts.base.postScript[i], family: "Noto Sans"})
	}
	for _, f := range d.fl.fonts.extra {
		key := strings.ToLower(f.family)
		out = append(out, finishFont{key: key, postScript: f.postScript[0], family: f.familyName},
			finishFont{key: key + "B", postScript: f.postScript[1], family: f.familyName})
	}
	return out
}

func (d *pdfDoc) clean(s string) string { return d.fl.fonts.clean(s) }

// render writes every section: page 1 (provenance, scope, legend), then
// (the matrix and) per pair the summary and the rows side by side, then
// citations and the appendix.
func (d *pdfDoc) render() {
	d.running = d.runningTitle()
	d.newPage()
	d.frontPage()
	if len(d.pairs) == 1 {
		p := d.pairs[0]
		d.summary(p, 0)
		d.sideBySide(p, 0)
	} else {
		d.matrix()
		for _, p := range d.pairs {
			d.running, d.section = p.title(), "Summary"
			d.heading(p.title(), sizeH1, 0)
			d.pairLine(p)
			d.summary(p, 1)
			d.sideBySide(p, 1)
		}
		d.running = d.runningTitle()
	}
	if d.in.Usage != nil {
		d.usageSection()
	}
	d.citations()
	d.appendix()
}

// runningTitle names what the report compares, for the running header:
// "Trump vs Putin", or "All accounts: Trump, Putin, Zelensky".
func (d *pdfDoc) runningTitle() string {
	if len(d.pairs) == 1 {
		return d.pairs[0].title()
	}
	return "All accounts: " + d.accountNames()
}

// newPage starts a page; fpdf draws the footer of the previous one and the
// running header of this one.
func (d *pdfDoc) newPage() {
	d.pdf.AddPage()
	// AddPage ran the footer and then restored the previous font behind
	// the flow's back: forget what the flow thinks is selected.
	d.fl.set = false
	d.pdf.SetY(marginTop)
	if d.onNewPage != nil {
		d.onNewPage()
	}
	d.topY = d.y()
}

// y and setY move the layout position.
func (d *pdfDoc) y() float64     { return d.pdf.GetY() }
func (d *pdfDoc) setY(y float64) { d.pdf.SetY(y) }

// atTop reports whether nothing has been drawn on the page yet.
func (d *pdfDoc) atTop() bool { return d.y() <= d.topY+0.01 }

// room reports whether h mm still fit on the page.
func (d *pdfDoc) room(h float64) bool { return d.y()+h <= bodyBottom }

// ensure makes room for the kept headings and h mm of what follows them:
// it starts a new page unless they fit (or the page is still empty), then
// draws the kept headings.
func (d *pdfDoc) ensure(h float64) {
	if !d.room(d.keptHeight()+h) && !(d.atTop() && len(d.kept) == 0) {
		d.newPage()
	}
	d.drawKept()
}

// keep holds a block to draw with what follows it.
func (d *pdfDoc) keep(b keptBlock) { d.kept = append(d.kept, b) }

// keptHeight is the height the kept blocks take.
func (d *pdfDoc) keptHeight() float64 {
	h := 0.0
	for i, b := range d.kept {
		if i > 0 || !d.atTop() {
			h += b.before
		}
		h += height(b.lines) + b.after
	}
	return h
}

// drawKept draws the kept blocks at the current position.
func (d *pdfDoc) drawKept() {
	kept := d.kept
	d.kept = nil
	for _, b := range kept {
		if !d.atTop() {
			d.setY(d.y() + b.before)
		}
		if b.bookmark != "" {
			d.pdf.Bookmark(b.bookmark, b.level, d.y())
		}
		for _, ln := range b.lines {
			d.fl.draw(ln, b.x, d.y())
			d.setY(d.y() + ln.h)
		}
		d.setY(d.y() + b.after)
	}
}

// runningHeader names the report and the pair at the top of every page
// but the first, with the section under way.
func (d *pdfDoc) runningHeader() {
	if d.pdf.PageNo() <= 1 {
		return
	}
	left := d.fl.layout([]run{d.small("Readouts · "+d.running, bold, colMuted)}, contentWidth*0.7, 0)
	right := d.fl.layout([]run{d.small(d.section, regular, colMuted)}, contentWidth*0.3, 0)
	y := marginTop - 9
	d.fl.draw(left[0], marginX, y)
	if len(right[0].frags) > 0 {
		d.fl.draw(right[0], pageW-marginX-right[0].width(), y)
	}
	d.pdf.SetDrawColor(int(colRule.R), int(colRule.G), int(colRule.B))
	d.pdf.SetLineWidth(0.2)
	d.pdf.Line(marginX, marginTop-3, pageW-marginX, marginTop-3)
}

// footer names the text the report is about and "Page N of M" (M filled
// in by fpdf's alias at close).
func (d *pdfDoc) footer() {
	pdf := d.pdf
	pdf.SetDrawColor(int(colRule.R), int(colRule.G), int(colRule.B))
	pdf.SetLineWidth(0.2)
	pdf.Line(marginX, footerY-4, pageW-marginX, footerY-4)
	about := "Readouts comparison report on " + baseName(d.article.Name)
	if d.article.SHA256 != "" && len(d.article.SHA256) >= 12 {
		about += " (SHA-256 " + d.article.SHA256[:12] + "…)"
	}
	lh := lineHeight(sizeSmall)
	left := d.fl.layout([]run{d.small(about, regular, colMuted)}, contentWidth*0.75, 0)
	d.fl.draw(left[0], marginX, footerY-lh*0.75)
	l := look{size: sizeSmall, fg: colMuted}
	d.fl.use(l)
	pdf.SetTextColor(int(colMuted.R), int(colMuted.G), int(colMuted.B))
	n := strconv.Itoa(pdf.PageNo())
	// The total is unknown yet; size the text as if it had as many digits
	// as this page number so the right edge lines up.
	label := "Page " + n + " of {nb}"
	w := pdf.GetStringWidth("Page " + n + " of " + n)
	pdf.Text(pageW-marginX-w, footerY, label)
}

// heading keeps a heading, with its outline entry at level, to be drawn
// with the first block that follows it. A top-level heading names the
// section for the running header.
func (d *pdfDoc) heading(text string, size float64, level int) {
	lines := d.fl.layout([]run{{d.clean(text), look{face: bold, size: size, fg: colText}}}, contentWidth, 0)
	gap := lineHeight(size) * 0.5
	if level == 0 && (len(d.pairs) == 1 || d.running == d.runningTitle()) || level == 1 && len(d.pairs) > 1 {
		d.section = text
	}
	d.keep(keptBlock{lines: lines, x: marginX, before: gap, after: gap * 0.5, bookmark: d.clean(text), level: level})
}

// intro keeps a short paragraph that introduces what follows (a note, a
// legend) with it.
func (d *pdfDoc) intro(runs []run, x, w, after float64) {
	d.keep(keptBlock{lines: d.fl.layout(runs, w, 0), x: x, after: after})
}

// paragraph flows runs over the content width from the current position,
// breaking pages between lines.
func (d *pdfDoc) paragraph(runs []run, x, w float64) {
	d.drawLines(d.fl.layout(runs, w, 0), x)
}

// drawLines draws lines at x from the current position, breaking pages
// between lines with widow and orphan control: a paragraph leaves at least
// two lines at the foot of a page and carries at least two to the next.
func (d *pdfDoc) drawLines(lines []line, x float64) {
	for i := 0; i < len(lines); {
		rest := lines[i:]
		fit := d.fitting(rest)
		if fit < len(rest) {
			if len(rest)-fit < 2 {
				fit = len(rest) - 2 // no widow
			}
			if fit < 2 && !(d.atTop() && len(d.kept) == 0) {
				fit = 0 // no orphan: start on the next page
			}
			fit = max(fit, 0)
		}
		if fit == 0 {
			d.newPage()
			if fit = d.fitting(rest); fit == 0 {
				fit = 1 // a line taller than a page
			}
		}
		d.ensure(height(rest[:fit]))
		for _, ln := range rest[:fit] {
			d.fl.draw(ln, x, d.y())
			d.setY(d.y() + ln.h)
		}
		i += fit
		if i < len(lines) {
			d.newPage()
		}
	}
}

// fitting is how many of lines fit on the rest of the page, below the
// kept headings.
func (d *pdfDoc) fitting(lines []line) int {
	room := bodyBottom - d.y() - d.keptHeight()
	n := 0
	for _, ln := range lines {
		if room < ln.h {
			break
		}
		room -= ln.h
		n++
	}
	return n
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
