package report

import (
	"encoding/json"
	"fmt"
	"io"

	"readouts/app/compare"
	"readouts/sources"
)

// Schema names the JSON contract of DESIGN.md.
const Schema = "readouts.comparison/v1"

// Document is the readouts.comparison/v1 JSON document. Without comparisons
// it is what `readouts accounts --json` prints.
type Document struct {
	Schema      string               `json:"schema"`
	Generator   string               `json:"generator,omitempty"`
	Article     DocumentArticle      `json:"article"`
	Accounts    []DocumentAccount    `json:"accounts"`
	Earlier     []DocumentStatement  `json:"earlier,omitempty"`
	Comparisons []compare.Comparison `json:"comparisons,omitempty"`
	Matrix      *compare.Matrix      `json:"matrix,omitempty"`
	// Documents are the sides' own documents the accounts are read from;
	// absent for an article.
	Documents []DocumentEntry `json:"documents,omitempty"`
	// Usage is how a news article read beside the documents uses them.
	Usage *DocumentUsage `json:"usage,omitempty"`
}

// DocumentArticle identifies the article the offsets index.
type DocumentArticle struct {
	Name       string `json:"name"`
	Title      string `json:"title"`
	Date       string `json:"date,omitempty"`
	SHA256     string `json:"sha256"`
	Bytes      int    `json:"bytes"`
	Paragraphs int    `json:"paragraphs"`
}

// DocumentAccount is one account with its statements.
type DocumentAccount struct {
	ID         string              `json:"id"`
	Speaker    string              `json:"speaker"`
	Channel    string              `json:"channel"`
	Label      string              `json:"label"`
	Statements []DocumentStatement `json:"statements"`
	Party      string              `json:"party,omitempty"`    // catalog country code, when known
	Document   string              `json:"document,omitempty"` // id of its document, in documents mode
}

// DocumentStatement is a statement as the contract spells it: byte offsets,
// the exact text, paragraph, kind and confidence.
type DocumentStatement struct {
	ID         string       `json:"id"`
	Start      int          `json:"start"`
	End        int          `json:"end"`
	Text       string       `json:"text"`
	Paragraph  int          `json:"paragraph"`
	Kind       sources.Kind `json:"kind"`
	Confidence float64      `json:"confidence"`
	Speaker    string       `json:"speaker,omitempty"`
	Channel    string       `json:"channel,omitempty"`
	// Document is the id of the document whose text the offsets index,
	// and SaidBy who spoke when a document reports someone's words.
	Document string `json:"document,omitempty"`
	SaidBy   string `json:"said_by,omitempty"`
}

// NewDocument builds the JSON document for in. Accounts are all the
// extraction's accounts, so every id a comparison names can be looked up.
func NewDocument(in Input) Document {
	x := in.Extraction
	a := x.Article
	doc := Document{
		Schema: Schema,
		Article: DocumentArticle{
			Name: baseName(a.Name), Title: a.Title, Date: a.Date, SHA256: a.SHA256,
			Bytes: len(a.Text), Paragraphs: len(a.Paragraphs),
		},
		Accounts:    make([]DocumentAccount, 0, len(x.Accounts)),
		Comparisons: in.Comparisons,
		Matrix:      in.Matrix,
	}
	if in.Version != "" {
		doc.Generator = "Readouts " + in.Version
	}
	for _, acc := range x.Accounts {
		da := DocumentAccount{ID: acc.ID, Speaker: acc.Speaker, Channel: acc.Channel, Label: acc.Label,
			Statements: make([]DocumentStatement, 0, len(acc.Statements)), Party: acc.Party, Document: acc.Document}
		for _, st := range acc.Statements {
			da.Statements = append(da.Statements, documentStatement(st, false))
		}
		doc.Accounts = append(doc.Accounts, da)
	}
	for _, st := range x.Earlier {
		doc.Earlier = append(doc.Earlier, documentStatement(st, true))
	}
	doc.Documents = documentEntries(x)
	doc.Usage = documentUsage(in.Usage)
	return doc
}

// documentStatement converts st; withSource keeps speaker and channel, which
// the earlier-events list needs because it has no account around it.
func documentStatement(st sources.Statement, withSource bool) DocumentStatement {
	ds := DocumentStatement{ID: st.ID, Start: st.Start, End: st.End, Text: st.Text,
		Paragraph: st.Paragraph, Kind: st.Kind, Confidence: st.Confidence, Document: st.Document, SaidBy: st.SaidBy}
	if withSource {
		ds.Speaker, ds.Channel = st.Speaker, st.Channel
	}
	return ds
}

// WriteJSON writes the document for in, indented, with a final newline.
func WriteJSON(w io.Writer, in Input) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(NewDocument(in)); err != nil {
		return fmt.Errorf("write comparison JSON: %w", err)
	}
	return nil
}
