package report

import (
	"fmt"
	"strings"

	"readouts/app/usage"
	"readouts/sources"
)

// This file derives what the PDF and Markdown say about how a news article
// used the documents (package usage): the words are chosen to claim no
// more than the matching shows, so a statement without a match is "no close
// match found in the article", never "omitted".

// useStyle colours a use: carried (quoted, paraphrased) like agreement,
// the rest neutral; a difference is marked apart, in the diverge colour.
func useStyle(u usage.Use) verdictStyle {
	if u.Used() {
		return styleAgree
	}
	return styleOneSide
}

// usageCounts is "2 quoted · 1 paraphrased · 3 no close match".
func usageCounts(ud *usage.Document) string {
	var parts []string
	for _, u := range usage.Uses {
		if n := ud.Counts[u]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, strings.ToLower(u.Label())))
		}
	}
	if len(parts) == 0 {
		return "No statements."
	}
	return strings.Join(parts, " · ")
}

// usageIntro explains the section.
func (r *report) usageIntro() string {
	a := r.in.Usage.Article
	return fmt.Sprintf("How the article %s (%s, %d bytes, sha256 %s) used each document: for every statement of the document, "+
		"whether the article quotes it (its words inside quotation marks), paraphrases it (an article passage carries most of what its words weigh, "+
		"or half of its words other than names), has only some words in common, or has no close match. No close match means the matching found none, "+
		"not that the article leaves the point out: it may tell it in words too different to match. Article offsets are UTF-8 byte offsets into the article.",
		quoteTitle(a), baseName(a.Name), len(a.Text), a.SHA256)
}

func quoteTitle(a *sources.Article) string {
	if a.Title == "" {
		return baseName(a.Name)
	}
	return "“" + a.Title + "”"
}

// note is one labelled line under a checked statement.
type note struct {
	label, text string
	differs     bool // marks where the article's words differ
}

// checkNotes are the lines under a checked statement: the article's
// passage, and what it says more, less or otherwise.
func checkNotes(c *usage.Check) []note {
	var out []note
	if c.Passage == nil {
		out = append(out, note{label: "Article", text: "no close match found in the article"})
	}
	if p := c.Passage; p != nil {
		by := ""
		if p.Speaker != "" {
			by = ", attributed to " + p.Speaker
		}
		out = append(out, note{label: "Article", text: fmt.Sprintf("¶%d, bytes %d–%d%s: “%s”", p.Paragraph, p.Start, p.End, by, oneLine(p.Text))})
	}
	if len(c.More) > 0 {
		out = append(out, note{label: "Article adds", text: strings.Join(c.More, ", "), differs: true})
	}
	if len(c.Less) > 0 {
		out = append(out, note{label: "Article lacks", text: strings.Join(c.Less, ", "), differs: true})
	}
	if len(c.Else) > 0 {
		out = append(out, note{label: "Says otherwise", text: strings.Join(c.Else, "; "), differs: true})
	}
	if c.Unquoted {
		out = append(out, note{label: "Word for word", text: fmt.Sprintf("repeats %d of the document's words in a row without quotation marks", c.Passage.Verbatim), differs: true})
	}
	return out
}

// extrasOf are the article statements with no close match in document id.
func (r *report) extrasOf(id string) []usage.Extra {
	var out []usage.Extra
	for _, e := range r.in.Usage.Extras {
		if e.Document == id {
			out = append(out, e)
		}
	}
	return out
}

// extrasIntro introduces them.
func extrasIntro(d *sources.Document) string {
	return fmt.Sprintf("Statements the article attributes to speakers it quotes or paraphrases from this document, with no close match in %s (the article may say more than the document, or draw on another source):", baseName(d.Name))
}
