package report

import (
	"fmt"
)

// appendixDocuments prints each document under its own heading (an outline
// entry of its own), its paragraphs numbered and its statements tinted.
func (d *pdfDoc) appendixDocuments() {
	x := d.in.Extraction
	d.heading("Appendix: the documents", sizeH1, 0)
	d.intro([]run{d.small(d.appendixNote(), regular, colMuted)}, marginX, contentWidth, 0)
	d.tintLegend()
	for i := range x.Documents {
		doc := &x.Documents[i]
		d.heading(documentTitle(doc), sizeH2, 1)
		d.intro([]run{d.small(fmt.Sprintf("%s · bytes %d–%d · sha256 %s%s", documentLabel(doc), doc.Start, doc.End, doc.SHA256, passagesNote(doc)), regular, colMuted)}, marginX, contentWidth, 1)
		d.appendixText(doc.Article, documentParagraphs(doc), d.documentSpans(doc.ID))
	}
}

// appendixNote introduces the documents' appendix.
func (r *report) appendixNote() string {
	if r.in.Extraction.Dossier {
		return "Each document of the dossier under its own heading, its paragraphs numbered in the margin as in the whole file. Statements are tinted by account:"
	}
	return "Each document in full under its own heading, its paragraphs numbered in the margin. Statements are tinted by account:"
}

// documentFacts name the documents in the header: the dossier's file and
// digest, then each document with its byte range and digest.
func (d *pdfDoc) documentFacts() {
	x := d.in.Extraction
	if x.Dossier {
		a := x.Article
		d.fact("Dossier file", fmt.Sprintf("%s, %d bytes, %d documents", baseName(a.Name), len(a.Text), len(x.Documents)))
		d.fact("SHA-256", a.SHA256)
	}
	for i := range x.Documents {
		doc := &x.Documents[i]
		d.fact(fmt.Sprintf("Document %d", i+1), fmt.Sprintf("%s: %s, bytes %d–%d, sha256 %s",
			doc.ID, documentLabel(doc), doc.Start, doc.End, doc.SHA256))
	}
}
