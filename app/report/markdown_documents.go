package report

import "strconv"

// documentFacts list the documents in the Markdown header.
func (m *mdDoc) documentFacts() {
	x := m.in.Extraction
	if x.Dossier {
		a := x.Article
		m.p("- **Dossier file:** %s, %d bytes, %d documents\n", mdEscape(baseName(a.Name)), len(a.Text), len(x.Documents))
		m.p("- **SHA-256:** `%s`\n", a.SHA256)
	}
	for i := range x.Documents {
		d := &x.Documents[i]
		m.p("- **Document %d:** %s [%s], bytes %d–%d, SHA-256 `%s`\n", i+1, mdEscape(documentLabel(d)), d.ID, d.Start, d.End, d.SHA256)
	}
}

// anchor is the id of paragraph n of a document ("" for the article):
// "p3", or "white-house-p3" in documents mode, where separate files number
// their paragraphs from 1 each.
func (m *mdDoc) anchor(doc string, n int) string {
	if doc == "" || m.in.Extraction.Dossier {
		return "p" + strconv.Itoa(n)
	}
	return fileSafe(doc) + "-p" + strconv.Itoa(n)
}

// appendixDocuments prints each document under its own heading.
func (m *mdDoc) appendixDocuments() {
	x := m.in.Extraction
	m.p("## Appendix: the documents\n\n")
	m.p("Statements of the compared accounts are in **bold**, followed by their id, which links to the statement’s row.\n\n")
	for i := range x.Documents {
		d := &x.Documents[i]
		m.p("### %s\n\n", mdEscape(documentTitle(d)))
		m.p("%s · bytes %d–%d · SHA-256 `%s`%s\n\n", mdEscape(documentLabel(d)), d.Start, d.End, d.SHA256, mdEscape(passagesNote(d)))
		var spans []tintSpan
		for _, t := range m.documentSpans(d.ID) {
			spans = append(spans, tintSpan{Span: t.Span, id: t.id})
		}
		m.appendixText(d.Article, documentParagraphs(d), spans, d.ID)
	}
}
