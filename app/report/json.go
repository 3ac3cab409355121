package report

import (
	"encoding/json"
	"fmt"
	"io"

	"readouts/app/compare"
	"readouts/app/review"
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
	Comparisons []DocumentComparison `json:"comparisons,omitempty"`
	Matrix      *compare.Matrix      `json:"matrix,omitempty"`
	Review      *DocumentReview      `json:"review,omitempty"`
	// Documents are the sides' own documents the accounts are read from;
	// absent for an article.
	Documents []DocumentEntry `json:"documents,omitempty"`
	// Usage is how a news article read beside the documents uses them.
	Usage *DocumentUsage `json:"usage,omitempty"`
}

// DocumentComparison is two accounts aligned row by row.
type DocumentComparison struct {
	Left  string        `json:"left"`  // account id
	Right string        `json:"right"` // account id
	Rows  []DocumentRow `json:"rows"`
}

// DocumentRow is a row of a comparison with its stable id and, when the
// reviewer set its verdict or linked it, what they said.
type DocumentRow struct {
	ID string `json:"id,omitempty"`
	compare.Row
	Review *DocumentRowReview `json:"review,omitempty"`
}

// DocumentRowReview is the reviewer's word on a row.
type DocumentRowReview struct {
	VerdictWas compare.Verdict `json:"verdict_was"`
	Note       string          `json:"note"`
	Linked     bool            `json:"linked,omitempty"` // the reviewer linked the row's statements
}

// DocumentReview says which review corrected the reading and what became
// of its edits.
type DocumentReview struct {
	File       string            `json:"file"` // name only, never a folder path
	Edits      int               `json:"edits"`
	Applied    int               `json:"applied"`
	NotApplied []DocumentOutcome `json:"not_applied"`
	// Dropped are the statements the reviewer said are not statements.
	Dropped []DocumentStatement `json:"dropped,omitempty"`
}

// DocumentOutcome is an edit that no longer applies, and why.
type DocumentOutcome struct {
	Edit   int       `json:"edit"` // its number in the review file, from 1
	Op     review.Op `json:"op"`
	Reason string    `json:"reason"`
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
	ID      string `json:"id"`
	Speaker string `json:"speaker"`
	Channel string `json:"channel"`
	Label   string `json:"label"`
	// Party is the side the account speaks for (a country code), and
	// PartyToCall whether that side is a party to the call.
	Party       string `json:"party"`
	PartyToCall bool   `json:"party_to_call"`
	// Document is the id of the account's document, in documents mode.
	Document   string              `json:"document,omitempty"`
	Statements []DocumentStatement `json:"statements"`
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
	// Evidence is why the statement is attributed as it is.
	Evidence *sources.Evidence `json:"evidence,omitempty"`
	// Review is what a reviewer's edit did to the statement: assigned,
	// added, earlier, merged or renamed.
	Review review.Mark `json:"review,omitempty"`
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
		Accounts: make([]DocumentAccount, 0, len(x.Accounts)),
		Matrix:   in.Matrix,
	}
	for i, c := range in.Comparisons {
		dc := DocumentComparison{Left: c.Left, Right: c.Right, Rows: make([]DocumentRow, len(c.Rows))}
		for j, row := range c.Rows {
			dc.Rows[j].Row = row
			if i < len(in.RowIDs) && j < len(in.RowIDs[i]) {
				dc.Rows[j].ID = in.RowIDs[i][j]
			}
			if rv := in.Review.row(i, j); rv != nil {
				dc.Rows[j].Review = &DocumentRowReview{VerdictWas: rv.VerdictWas, Note: rv.Note, Linked: rv.Linked}
			}
		}
		doc.Comparisons = append(doc.Comparisons, dc)
	}
	if in.Version != "" {
		doc.Generator = "Readouts " + in.Version
	}
	for _, acc := range x.Accounts {
		da := DocumentAccount{ID: acc.ID, Speaker: acc.Speaker, Channel: acc.Channel, Label: acc.Label,
			Party: acc.Party, PartyToCall: acc.PartyToCall, Document: acc.Document,
			Statements: make([]DocumentStatement, 0, len(acc.Statements))}
		for _, st := range acc.Statements {
			ds := documentStatement(st, false)
			ds.Review = in.Review.mark(st.ID)
			da.Statements = append(da.Statements, ds)
		}
		doc.Accounts = append(doc.Accounts, da)
	}
	for _, st := range x.Earlier {
		ds := documentStatement(st, true)
		ds.Review = in.Review.mark(st.ID)
		doc.Earlier = append(doc.Earlier, ds)
	}
	if rv := in.Review; rv != nil {
		dr := &DocumentReview{File: rv.fileName(), Edits: len(rv.Outcomes), Applied: rv.Applied(),
			NotApplied: []DocumentOutcome{}}
		for _, o := range rv.Outcomes {
			if !o.Applied {
				dr.NotApplied = append(dr.NotApplied, DocumentOutcome{Edit: o.N, Op: o.Op, Reason: o.Detail})
			}
		}
		for _, st := range rv.Dropped {
			dr.Dropped = append(dr.Dropped, documentStatement(st, true))
		}
		doc.Review = dr
	}
	doc.Documents = documentEntries(x)
	doc.Usage = documentUsage(in.Usage)
	return doc
}

// documentStatement converts st; withSource keeps speaker and channel, which
// the earlier-events list needs because it has no account around it.
func documentStatement(st sources.Statement, withSource bool) DocumentStatement {
	ds := DocumentStatement{ID: st.ID, Start: st.Start, End: st.End, Text: st.Text,
		Paragraph: st.Paragraph, Kind: st.Kind, Confidence: st.Confidence, Document: st.Document, SaidBy: st.SaidBy,
		Evidence: st.Evidence}
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
