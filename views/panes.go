package views

import (
	"fmt"
	"path/filepath"
	"slices"

	"readouts/app/naming"
	"readouts/app/usage"
	"readouts/sources"
)

// articlePane is the key of the article's pane beside the documents.
const articlePane = "\x00article"

// passagePrefix and extraPrefix tag the article's spans in the usage view:
// the passage that matches a document statement, and a statement the
// article attributes to a side with no close match in its document.
const (
	passagePrefix = "passage:"
	extraPrefix   = "extra:"
)

// documentPane is one document read alone: its paragraphs (its file, or
// its section of a dossier) and the statements read from it. The accounts
// keep their order, so each keeps its colour; names are the reading's
// account names (naming.For), made once for all its panes.
func documentPane(x *sources.Extraction, d *sources.Document, names naming.Names) Pane {
	a := d.Article
	sub := &sources.Article{Name: a.Name, Text: a.Text, Title: d.Title, Date: a.Date, SHA256: d.SHA256, Body: d.Span()}
	for _, p := range a.Paragraphs {
		if p.Start >= d.Start && p.End <= d.End {
			sub.Paragraphs = append(sub.Paragraphs, p)
		}
	}
	for _, s := range a.Sentences {
		if s.Start >= d.Start && s.End <= d.End {
			sub.Sentences = append(sub.Sentences, s)
		}
	}
	dx := &sources.Extraction{Article: sub, Documents: []sources.Document{*d}}
	for _, acc := range x.Accounts {
		own := acc
		own.Statements = nil
		for _, st := range acc.Statements {
			if st.Document == d.ID {
				own.Statements = append(own.Statements, st)
			}
		}
		dx.Accounts = append(dx.Accounts, own)
	}
	tab := d.ID
	if acc := x.Account(d.ID); acc != nil {
		tab = names.Of(acc.ID)
	}
	return Pane{Key: d.ID, Title: documentPaneTitle(x, d, names), Tab: tab, X: dx}
}

// documentPaneTitle names a document above its pane: its speaker and file.
func documentPaneTitle(x *sources.Extraction, d *sources.Document, names naming.Names) string {
	name := filepath.Base(d.Name)
	if d.Heading != "" {
		name += ": " + d.Heading
	}
	if acc := x.Account(d.ID); acc != nil {
		return fmt.Sprintf("%s — %s", names.Of(acc.ID), name)
	}
	return name
}

// documentPanes are the panes of the documents of the given accounts, in
// that order.
func documentPanes(x *sources.Extraction, accountIDs ...string) []Pane {
	var out []Pane
	names := naming.For(x)
	for _, id := range accountDocuments(x, accountIDs...) {
		out = append(out, documentPane(x, x.Document(id), names))
	}
	return out
}

// accountDocuments are the documents the statements of the given accounts
// are read from, each once: an account's own document first, then any
// other its statements come from (a reviewer may have moved a statement
// or merged accounts; a statement keeps its document).
func accountDocuments(x *sources.Extraction, accountIDs ...string) []string {
	var out []string
	add := func(doc string) {
		if doc != "" && x.Document(doc) != nil && !slices.Contains(out, doc) {
			out = append(out, doc)
		}
	}
	for _, id := range accountIDs {
		acc := x.Account(id)
		if acc == nil {
			continue
		}
		add(acc.Document)
		for _, st := range acc.Statements {
			add(st.Document)
		}
	}
	return out
}

// accountOf is the account whose own document is doc, "" for none.
func accountOf(x *sources.Extraction, doc string) string {
	for _, acc := range x.Accounts {
		if acc.Document == doc {
			return acc.ID
		}
	}
	return ""
}

// usagePane is the article beside document doc with, as its statements,
// the passages that match the document's statements and the statements
// with no close match in it, under the document's account (so they take
// its colour; the other accounts stay, empty, so the colours hold).
func usagePane(x *sources.Extraction, u *usage.Result, doc string) Pane {
	px := &sources.Extraction{Article: u.Article}
	for _, acc := range x.Accounts {
		own := sources.Account{ID: acc.ID, Speaker: acc.Speaker, Channel: acc.Channel, Label: acc.Label}
		if acc.Document != doc {
			px.Accounts = append(px.Accounts, own)
			continue
		}
		if ud := u.Document(acc.Document); ud != nil {
			for _, c := range ud.Checks {
				if p := c.Passage; p != nil && c.Use != usage.NotFound {
					own.Statements = append(own.Statements, sources.Statement{ID: passagePrefix + c.Statement,
						Account: acc.ID, Span: p.Span, Text: p.Text, Paragraph: p.Paragraph})
				}
			}
		}
		for _, e := range u.Extras {
			if e.Document == acc.Document {
				own.Statements = append(own.Statements, sources.Statement{ID: extraPrefix + e.Passage.Statement,
					Account: acc.ID, Span: e.Passage.Span, Text: e.Passage.Text, Paragraph: e.Passage.Paragraph})
			}
		}
		px.Accounts = append(px.Accounts, own)
	}
	title := "Article — " + filepath.Base(u.Article.Name)
	return Pane{Key: articlePane, Title: title, Tab: "Article", X: px, ReadOnly: true}
}
