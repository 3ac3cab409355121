// Package sources reads an article and finds who said what in it: paragraphs
// and sentences with byte offsets, attributed statements (quotes and reported
// speech), and the accounts they form (statements grouped by speaker and
// channel). It imports no GUI code so the engine runs from the command line
// and in tests.
package sources

// Kind tells how a statement reaches the article.
type Kind string

const (
	// Quote is a statement in quotation marks attributed to its speaker.
	Quote Kind = "quote"
	// Paraphrase is reported speech: "X said that ...", "according to X ...".
	Paraphrase Kind = "paraphrase"
)

// Span is a half-open range of UTF-8 byte offsets into Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Paragraph is a run of text separated from its neighbours by a blank line,
// or a single non-blank line when the article puts one paragraph per line.
// Numbers start at 1.
type Paragraph struct {
	Number int `json:"number"`
	Span
}

// Sentence is one sentence of a paragraph.
type Sentence struct {
	Paragraph int `json:"paragraph"`
	Span
}

// Article is the text as loaded, never normalised in place: every offset in
// the package indexes Text.
type Article struct {
	Name       string      // file name, or "built-in" for the embedded seed
	Text       string      // the original bytes
	Title      string      // from front matter, a Markdown heading or the first sentence
	Date       string      // ISO date (2006-01-02) when one was found, else ""
	SHA256     string      // hex digest of Text
	Body       Span        // the part after any YAML front matter
	Paragraphs []Paragraph // in text order
	Sentences  []Sentence  // in text order
}

// Slice returns the article text under s.
func (a *Article) Slice(s Span) string { return a.Text[s.Start:s.End] }

// Statement is one attributed statement: Text == Article.Text[Start:End].
type Statement struct {
	ID         string  `json:"id"` // "<account id>-<n>", n counting from 1 in text order
	Account    string  `json:"account"`
	Speaker    string  `json:"speaker"`
	Channel    string  `json:"channel"`
	Kind       Kind    `json:"kind"`
	Confidence float64 `json:"confidence"`
	Span
	Text      string `json:"text"`
	Paragraph int    `json:"paragraph"`
	// Earlier marks statements about earlier events ("had previously said",
	// "At the time", an earlier date): listed, but kept out of accounts.
	Earlier bool `json:"earlier,omitempty"`
	// Document is the ID of the document the statement comes from, when
	// accounts are read from their own documents; its offsets index that
	// document's text (Extraction.Text).
	Document string `json:"document,omitempty"`
	// SaidBy names who spoke when a document reports someone's words
	// ("the Russian President stressed ...", a speaker's turn in a briefing
	// transcript); the statement stays in the document's account.
	SaidBy string `json:"said_by,omitempty"`
	// Evidence is why the statement is attributed as it is: the words a
	// reviewer checks.
	Evidence *Evidence `json:"evidence,omitempty"`
}

// Resolution methods (Evidence.Resolved): how the speaker phrase led to
// the speaker.
const (
	ByName        = "name"        // "Putin said", "Yuri Ushakov told reporters"
	ByRole        = "role"        // "the Chinese leader said": the person the article names in that role
	ByPronoun     = "pronoun"     // "he said": the last speaker or subject that fits
	ByInstitution = "institution" // "the Kremlin said", "a Kremlin aide said", "Xinhua reported"
	ByContext     = "context"     // ", adding that", "and warned that": the subject of the verb before
	ByQuotation   = "quotation"   // an unattributed quotation beside or after an attributed one
	// ByContinuation: a sentence without an attribution that goes on with
	// the reported statement before it ("The two sides should …", "First,
	// …"): the cue is that statement's.
	ByContinuation = "continuation"
)

// Evidence is what a reviewer needs to check an attribution. Spans index
// Article.Text.
type Evidence struct {
	// Cue are the attribution's words outside the statement: "he said on
	// Monday after the call", "according to Xinhua", "told reporters that".
	Cue []Span `json:"cue"`
	// Speaker is the speaker phrase ("the Chinese leader", "he"); empty for
	// a participle or a quotation that continues another.
	Speaker Span `json:"speaker"`
	// Resolved is how the speaker phrase was resolved (ByName, ByRole, …).
	Resolved string `json:"resolved"`
	// Channel says why the channel was chosen.
	Channel string `json:"channel"`
	// ChannelSpan is the words that name the channel, when the text names it.
	ChannelSpan *Span `json:"channel_span,omitempty"`
	// Earlier says why the statement is about an earlier event.
	Earlier string `json:"earlier,omitempty"`
	// Confidence is the statement's confidence, with the attribution's
	// parts that lowered it.
	Confidence float64 `json:"confidence"`
}

// Account is what one speaker said through one channel, in text order.
type Account struct {
	ID         string      `json:"id"` // short and typeable: "biden", "beijing"
	Speaker    string      `json:"speaker"`
	Channel    string      `json:"channel"`
	Label      string      `json:"label"` // "Joe Biden — Oval Office remarks"
	Statements []Statement `json:"statements"`
	// Document is the ID of the document the account is read from, in
	// documents mode.
	Document string `json:"document,omitempty"`
	// Party is the side the account speaks for: a country code ("US",
	// "RU"), a person's name when their country is unknown, or "" when
	// the article does not tell.
	Party string `json:"party,omitempty"`
	// PartyToCall tells whether Party is one of the parties of the call
	// (Extraction.Parties).
	PartyToCall bool `json:"party_to_call"`
}

// Party is one side of the reported event, as the title and lede name it.
type Party struct {
	Key    string `json:"key"`              // a country code, as in Account.Party; a person's name when their country is unknown
	Name   string `json:"name"`             // the country's name: "Russia"
	Leader string `json:"leader,omitempty"` // the person the article names for it: "Vladimir Putin"
	// Named are the words of the title or lede that name the party.
	Named []Span `json:"named,omitempty"`
}

// Extraction is everything found in one article.
type Extraction struct {
	Article *Article
	// Parties are the sides of the call, as the title and lede name them,
	// in the order they name them.
	Parties []Party
	// Accounts are ordered for comparison: the main account of each party
	// of the call first (a side's own published account before its
	// remarks), in the order the article introduces them; then the
	// parties' other accounts; then side reactions. With no parties named,
	// accounts the sides published come before remarks, larger before
	// smaller, and the first three are in the order the article
	// introduces them.
	Accounts []Account
	// Earlier holds statements about earlier events, kept out of Accounts.
	Earlier []Statement
	// Documents are the accounts' own documents, one account each, when
	// the extraction was read from them (ExtractDocuments); nil for an
	// article.
	Documents []Document
	// Dossier is true when Article is one file holding several documents,
	// one per top-level "# " heading; the offsets of every statement then
	// index Article.Text.
	Dossier bool
}

// Account returns the account with the given id, or nil.
func (x *Extraction) Account(id string) *Account {
	for i := range x.Accounts {
		if x.Accounts[i].ID == id {
			return &x.Accounts[i]
		}
	}
	return nil
}

// Statement returns the statement with the given id from any account, or nil.
func (x *Extraction) Statement(id string) *Statement {
	for i := range x.Accounts {
		for j := range x.Accounts[i].Statements {
			if x.Accounts[i].Statements[j].ID == id {
				return &x.Accounts[i].Statements[j]
			}
		}
	}
	return nil
}
