// Package usage shows how a news article used the sides' own documents:
// which statements of each document the article quotes, which it
// paraphrases, which have no close match in it, and where the article's
// words say more, less or something else than the document's. It is the
// check a fact-checker does by hand with the readout beside the story.
//
// Matching is by content words, weighted as the comparison engine weighs
// them (app/compare's scorer), so that a paraphrase that keeps the
// document's nouns and verbs in other order and other grammar is found.
// Nothing here decides that an article left something out: a statement
// with no close match is reported as exactly that, "no close match found
// in the article", since an article may carry it in words too different to
// match.
package usage

import (
	"readouts/sources"
)

// Use is how the article uses one statement of a document.
type Use string

const (
	// Quoted: the article quotes most of the statement's words, inside
	// quotation marks.
	Quoted Use = "quoted"
	// QuotedInPart: the article quotes some of the statement's words (a
	// phrase of three words or more), inside quotation marks.
	QuotedInPart Use = "quoted-in-part"
	// Paraphrased: an article passage carries most of the statement's
	// content words.
	Paraphrased Use = "paraphrased"
	// Related: an article passage shares some of its content words, too few
	// to call it a paraphrase.
	Related Use = "related"
	// NotFound: no close match found in the article.
	NotFound Use = "not-found"
)

// Uses lists the uses from closest to farthest, the order of counts.
var Uses = []Use{Quoted, QuotedInPart, Paraphrased, Related, NotFound}

// Label is a use as a badge says it, in the window and in reports: "No
// close match", never "omitted", since the matching may miss a point an
// article tells in words too different to match.
func (u Use) Label() string {
	switch u {
	case Quoted:
		return "Quoted"
	case QuotedInPart:
		return "Quoted in part"
	case Paraphrased:
		return "Paraphrased"
	case Related:
		return "Words in common"
	case NotFound:
		return "No close match"
	}
	return string(u)
}

// Used tells whether the use is a quote or a paraphrase: the article
// carries the statement.
func (u Use) Used() bool { return u == Quoted || u == QuotedInPart || u == Paraphrased }

// Passage is the stretch of the article that best matches a statement: one
// of the article's own statements, or a sentence.
type Passage struct {
	sources.Span        // byte offsets into the article
	Text         string `json:"text"`
	Paragraph    int    `json:"paragraph"`
	// Statement is the id of the article's statement when the passage is
	// one, and Speaker who the article attributes it to.
	Statement string `json:"statement,omitempty"`
	Speaker   string `json:"speaker,omitempty"`
	// Coverage is the share of the document statement's weighted content
	// words the passage carries, from 0 to 1.
	Coverage float64 `json:"coverage"`
	// Verbatim is the longest run of the document statement's words that
	// the passage repeats word for word, and Quoted whether that run stands
	// inside quotation marks in the article.
	Verbatim int  `json:"verbatim"`
	InQuotes bool `json:"in_quotes,omitempty"`
}

// Check is how the article uses one statement of a document.
type Check struct {
	Statement string   `json:"statement"` // the document statement's id
	Use       Use      `json:"use"`
	Passage   *Passage `json:"passage,omitempty"` // nil when nothing shares its words
	// More are content words of the passage the statement does not have,
	// Less content words of the statement the passage does not have; only
	// for quotes in part and paraphrases.
	More []string `json:"more,omitempty"`
	Less []string `json:"less,omitempty"`
	// Else says where the passage says something else: a conflict the
	// comparison engine finds (a negation, other numbers, a condition),
	// or hedging and negation words one side has and the other lacks.
	Else []string `json:"else,omitempty"`
	// Unquoted is set when the passage repeats eight or more of the
	// document's words in a row without quotation marks.
	Unquoted bool `json:"unquoted,omitempty"`
}

// Document is how the article uses one document.
type Document struct {
	ID     string      `json:"document"` // the document's (and its account's) id
	Checks []Check     `json:"statements"`
	Counts map[Use]int `json:"counts"`
}

// Extra is a statement the article attributes to a side whose document it
// draws on, with no close match in that document: where the article may
// say more than the document.
type Extra struct {
	Document string  `json:"document"`
	Passage  Passage `json:"passage"`
}

// Result is how one article uses the documents of one extraction.
type Result struct {
	Article   *sources.Article
	Documents []Document
	Extras    []Extra
}

// Document returns the usage of the document with the given id, or nil.
func (r *Result) Document(id string) *Document {
	for i := range r.Documents {
		if r.Documents[i].ID == id {
			return &r.Documents[i]
		}
	}
	return nil
}

// Check returns the check of a document statement, or nil.
func (r *Result) Check(statement string) *Check {
	for i := range r.Documents {
		for j := range r.Documents[i].Checks {
			if r.Documents[i].Checks[j].Statement == statement {
				return &r.Documents[i].Checks[j]
			}
		}
	}
	return nil
}
