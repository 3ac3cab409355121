package sources

import (
	"strings"
)

// docSection is one document's share of a file: its paragraphs [from, to)
// of Article.Paragraphs, and the paragraph of its heading (-1 for a whole
// file without one).
type docSection struct {
	head     int
	from, to int
}

// span is the byte range of the section's paragraphs.
func (s docSection) span(a *Article) Span {
	first := s.from
	if s.head >= 0 {
		first = s.head
	}
	return Span{a.Paragraphs[first].Start, a.Paragraphs[s.to-1].End}
}

// heading is the text of the section's heading without its "# ".
func (s docSection) heading(a *Article) string {
	if s.head < 0 {
		return ""
	}
	return strings.TrimSpace(strings.TrimPrefix(a.Slice(a.Paragraphs[s.head].Span), "#"))
}

// isTopHeading tells whether a paragraph is a top-level Markdown heading
// ("# Title", not "## Section").
func isTopHeading(t string) bool {
	return strings.HasPrefix(t, "# ") || strings.HasPrefix(t, "#\t")
}

// dossierSections splits an article at its top-level headings. It returns
// nil unless there are two or more, with no text before the first and some
// body text under each: the shape of a dossier.
func dossierSections(a *Article) []docSection {
	var out []docSection
	for i, p := range a.Paragraphs {
		if !isTopHeading(a.Slice(p.Span)) {
			if len(out) == 0 {
				return nil // text before the first heading: an article
			}
			continue
		}
		if n := len(out); n > 0 {
			out[n-1].to = i
		}
		out = append(out, docSection{head: i, from: i + 1})
	}
	if len(out) < 2 {
		return nil
	}
	out[len(out)-1].to = len(a.Paragraphs)
	for _, s := range out {
		if !hasBodyText(a, s) {
			return nil
		}
	}
	return out
}

// hasBodyText tells whether a section holds running text: a paragraph of a
// dozen words or more with a sentence end, not only headings and labels.
func hasBodyText(a *Article, s docSection) bool {
	for _, p := range a.Paragraphs[s.from:s.to] {
		t := a.Slice(p.Span)
		if strings.HasPrefix(t, "#") {
			continue
		}
		if len(strings.Fields(t)) >= 12 && strings.ContainsAny(t, ".!?") {
			return true
		}
	}
	return false
}

// IsDossier tells whether an article given as an ordinary article is in
// fact a dossier of documents: two or more top-level "# " headings, no text
// before the first, and every section looks like a side's own document (its
// heading names a publisher or a kind of document, or its first line is the
// title of a readout, a statement or a briefing). A news article split into
// sections ("# What the Kremlin said") is not one: its headings are
// clauses. p may be nil; the catalog's institutions then stand in.
func IsDossier(a *Article, c *Catalog, p *Publishers) bool {
	secs := dossierSections(a)
	if secs == nil {
		return false
	}
	for _, s := range secs {
		if !looksLikeDocument(a, s, c, p) {
			return false
		}
	}
	return true
}

// looksLikeDocument tells whether a dossier section's heading labels a
// document rather than a part of a story.
func looksLikeDocument(a *Article, s docSection, c *Catalog, p *Publishers) bool {
	h := s.heading(a)
	if h == "" || endsWithStop(h) || hasNewsVerb(h) {
		return false
	}
	if _, ok := publisherIn(h, c, p); ok || hasKindWord(h) {
		return true
	}
	if t, ok := titleLine(a, s); ok {
		return parseTitle(t).kind != ""
	}
	return false
}

// documentKindWords name the kinds of document a heading may label.
var documentKindWords = map[string]string{
	"readout": "readout", "account": "readout", "statement": "statement", "communique": "statement",
	"communiqué": "statement", "declaration": "statement", "briefing": "briefing", "transcript": "transcript",
	"remarks": "remarks", "release": "news release", "interview": "interview",
}

func hasKindWord(h string) bool {
	for _, w := range plainWords(h) {
		if documentKindWords[w] != "" {
			return true
		}
	}
	return false
}

// newsVerbs are the verbs of a news headline ("Kremlin says talks were
// useful"): a heading with one is a story's, not a document's label.
var newsVerbs = map[string]bool{
	"says": true, "said": true, "tells": true, "told": true, "warns": true, "warned": true,
	"claims": true, "claimed": true, "denies": true, "denied": true, "accuses": true,
	"insists": true, "urges": true, "vows": true, "slams": true, "hits": true, "rejects": true,
}

func hasNewsVerb(h string) bool {
	for _, w := range plainWords(h) {
		if newsVerbs[w] {
			return true
		}
	}
	return false
}
