package report

import (
	"readouts/app/usage"
	"readouts/sources"
)

// DocumentEntry is one of the sides' own documents. Offsets of statements
// read from it index its own file, or, in a dossier, the whole dossier, in
// which [start, end) is the document's byte range.
type DocumentEntry struct {
	ID      string `json:"id"`   // its account's id
	Name    string `json:"name"` // file name only, never a folder path
	SHA256  string `json:"sha256"`
	Bytes   int    `json:"bytes"`
	Title   string `json:"title"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Heading string `json:"heading,omitempty"` // its dossier heading
	Kind    string `json:"kind,omitempty"`    // readout, statement, briefing…
	// Publisher, Speaker, Channel and Party are who the document speaks
	// for, and From where that was read (heading, front matter, site,
	// title or file name).
	Publisher string `json:"publisher,omitempty"`
	Speaker   string `json:"speaker,omitempty"`
	Channel   string `json:"channel,omitempty"`
	Party     string `json:"party,omitempty"`
	From      string `json:"from,omitempty"`
	// Passages are, for a document on many matters, its passages about
	// the call: the only part read as the side's account.
	Passages []sources.Span `json:"passages,omitempty"`
}

func documentEntries(x *sources.Extraction) []DocumentEntry {
	var out []DocumentEntry
	for _, d := range x.Documents {
		out = append(out, DocumentEntry{ID: d.ID, Name: baseName(d.Name), SHA256: d.SHA256, Bytes: d.Bytes,
			Title: d.Title, Start: d.Start, End: d.End, Heading: d.Heading, Kind: d.Kind,
			Publisher: d.Publisher, Speaker: d.Speaker, Channel: d.Channel, Party: d.Party, From: d.From,
			Passages: d.Passages})
	}
	return out
}

// DocumentUsage is how a news article uses the documents: for each
// document statement, whether the article quotes it, paraphrases it or has
// no close match, and where its words differ. Passage offsets index the
// article named here.
type DocumentUsage struct {
	Article   DocumentArticle  `json:"article"`
	Documents []usage.Document `json:"documents"`
	// Extras are statements the article attributes to a side whose
	// document it draws on, with no close match in that document.
	Extras []usage.Extra `json:"extras"`
}

func documentUsage(u *usage.Result) *DocumentUsage {
	if u == nil {
		return nil
	}
	a := u.Article
	out := &DocumentUsage{
		Article: DocumentArticle{Name: baseName(a.Name), Title: a.Title, Date: a.Date, SHA256: a.SHA256,
			Bytes: len(a.Text), Paragraphs: len(a.Paragraphs)},
		Documents: u.Documents, Extras: u.Extras,
	}
	if out.Extras == nil {
		out.Extras = []usage.Extra{}
	}
	return out
}

// baseName is the file name of a path, either separator.
func baseName(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' || p[i] == '\\' {
			return p[i+1:]
		}
	}
	return p
}
