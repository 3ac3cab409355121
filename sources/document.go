package sources

// Document is one account's own document: a readout, a statement, a
// briefing transcript. It is a whole file, or one section of a dossier (a
// file with one document under each top-level "# " heading).
type Document struct {
	ID     string `json:"id"`     // the id of its account: "white-house", "kremlin"
	Name   string `json:"name"`   // file name only, never a folder path
	SHA256 string `json:"sha256"` // hex digest of the document's bytes (Start:End)
	Bytes  int    `json:"bytes"`  // End - Start
	// Heading is the text of the dossier heading the document stands
	// under ("Kremlin account, 7 December 2021"); "" for a whole file.
	Heading string `json:"heading,omitempty"`
	// Title is the document's own title line ("Readout of President …'s
	// Call with …"), else its front-matter title or heading.
	Title string `json:"title"`
	// Start and End are the byte range of the document in the text its
	// offsets index: the whole dossier for a dossier, the file otherwise.
	Start int `json:"start"`
	End   int `json:"end"`
	// Kind is what the document is: readout, statement, briefing,
	// remarks, news release, interview or transcript.
	Kind string `json:"kind"`
	// Publisher is the office that published it, when known ("Kremlin").
	Publisher string `json:"publisher,omitempty"`
	Speaker   string `json:"speaker"`
	Channel   string `json:"channel"`
	Party     string `json:"party,omitempty"` // catalog country code of the side it speaks for
	// From says where the speaker was read: "heading", "front matter",
	// "site", "title" or "file name".
	From string `json:"from"`
	// Passages are the parts of a document on many matters (an address)
	// that are its passage about the call, the only part read as the
	// side's account; none when the whole document is read.
	Passages []Span `json:"passages,omitempty"`
	// Article is the text the document's offsets index (shared by every
	// document of a dossier).
	Article *Article `json:"-"`
}

// Span is the document's byte range in its Article.
func (d *Document) Span() Span { return Span{d.Start, d.End} }

// Document returns the document with the given id, or nil.
func (x *Extraction) Document(id string) *Document {
	for i := range x.Documents {
		if x.Documents[i].ID == id {
			return &x.Documents[i]
		}
	}
	return nil
}

// Source is the article whose text a statement's offsets index: its
// document's text in documents mode, else the extraction's article.
func (x *Extraction) Source(st *Statement) *Article {
	if d := x.Document(st.Document); d != nil && d.Article != nil {
		return d.Article
	}
	return x.Article
}
