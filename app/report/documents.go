package report

import (
	"fmt"
	"strings"

	"readouts/sources"
)

// This file is what reports add when the accounts come from the sides' own
// documents: each statement's offsets index its document's text (a file of
// its own, or the whole dossier), so citations name the document and the
// appendix prints each document under its own heading.

// hasDocuments tells whether the accounts are read from documents.
func (r *report) hasDocuments() bool { return len(r.in.Extraction.Documents) > 0 }

// source is the text a statement's offsets index.
func (r *report) source(st *sources.Statement) *sources.Article { return r.in.Extraction.Source(st) }

// textWord names what offsets index, for messages.
func (r *report) textWord() string {
	if r.hasDocuments() {
		return "document"
	}
	return "article"
}

// documentOf names a statement's document for a citation ("kremlin.txt ·
// "); "" for an article.
func (r *report) documentOf(st *sources.Statement) string {
	d := r.in.Extraction.Document(st.Document)
	if d == nil {
		return ""
	}
	return documentLabel(d) + " · "
}

// documentLabel is a document's file name, with its heading in a dossier.
func documentLabel(d *sources.Document) string {
	if d.Heading != "" {
		return fmt.Sprintf("%s, “%s”", baseName(d.Name), d.Heading)
	}
	return baseName(d.Name)
}

// documentTitle is the heading a document stands under in the appendix.
func documentTitle(d *sources.Document) string {
	t := d.Title
	if t == "" {
		t = d.Heading
	}
	if t == "" {
		return d.Speaker + " — " + baseName(d.Name)
	}
	return d.Speaker + ": " + t
}

// passagesNote tells, for a document on many matters (an address), that
// only its passages about the call are the side's account: " · only bytes
// 4096–4418, its passage about the call, are the side's account"; "" for a
// document read whole.
func passagesNote(d *sources.Document) string {
	if len(d.Passages) == 0 {
		return ""
	}
	ranges := make([]string, len(d.Passages))
	for i, p := range d.Passages {
		ranges[i] = fmt.Sprintf("%d–%d", p.Start, p.End)
	}
	return fmt.Sprintf(" · only bytes %s, its passage about the call, are the side's account", strings.Join(ranges, ", "))
}

// saidBy is " · said by X" when a document reports someone's words.
func saidBy(st *sources.Statement) string {
	if st.SaidBy == "" || st.SaidBy == st.Speaker {
		return ""
	}
	return " · said by " + st.SaidBy
}

// citationsNote explains paragraphs and offsets above the citations.
func (r *report) citationsNote() string {
	switch {
	case r.hasDocuments() && r.in.Extraction.Dossier:
		return "Each citation names its document. Paragraphs are the dossier's non-blank lines, counted from 1 over the whole file; offsets are UTF-8 byte offsets into the whole dossier file: the quote is bytes start up to (not including) end. Up to 32 characters of context are shown either side; click a quote to see it in its document."
	case r.hasDocuments():
		return "Each citation names its document. Paragraphs are the document's non-blank lines, counted from 1; offsets are UTF-8 byte offsets into that document's file: the quote is bytes start up to (not including) end. Up to 32 characters of context are shown either side; click a quote to see it in its document."
	}
	return "Paragraphs are the article's non-blank lines, counted from 1. Offsets are UTF-8 byte offsets into the article: the quote is bytes start up to (not including) end. Up to 32 characters of context are shown either side; click a quote to see it in the article."
}

// documentParagraphs are the paragraphs of a document: of its file, or
// its section of the dossier.
func documentParagraphs(d *sources.Document) []sources.Paragraph {
	var out []sources.Paragraph
	for _, p := range d.Article.Paragraphs {
		if p.Start >= d.Start && p.End <= d.End {
			out = append(out, p)
		}
	}
	return out
}

// documentSpans are the statements of the report's accounts read from
// document id, in text order, tinted by account.
func (r *report) documentSpans(id string) []tintSpan {
	var out []tintSpan
	for _, acc := range r.accounts {
		for _, st := range acc.Statements {
			if st.Document == id {
				out = append(out, tintSpan{st.Span, st.ID, r.tint[acc.ID]})
			}
		}
	}
	sortSpans(out)
	return out
}
