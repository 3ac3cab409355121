// Package compare aligns accounts of one event by topic and says, with
// reasons a reader can check, where they agree, where they diverge and what
// only one of them says. It never imports GUI code.
package compare

// Verdict is the relation between the two sides of a row.
type Verdict string

const (
	Agree     Verdict = "agree"
	Diverge   Verdict = "diverge"
	LeftOnly  Verdict = "left-only"
	RightOnly Verdict = "right-only"
)

// Op is one word-diff operation; the equal and delete ops rebuild the left
// text, the equal and insert ops the right text, byte for byte.
type Op struct {
	Op   string `json:"op"` // "equal", "delete" or "insert"
	Text string `json:"text"`
}

// Row is one topic of a comparison.
type Row struct {
	Topic      string   `json:"topic"`           // lexicon topic id, or "other"
	Label      string   `json:"label,omitempty"` // readable topic label
	Verdict    Verdict  `json:"verdict"`
	Left       []string `json:"left"`  // statement ids of the left account
	Right      []string `json:"right"` // statement ids of the right account
	Reasons    []string `json:"reasons"`
	Confidence float64  `json:"confidence"`
	// Diff compares the left statements' texts (joined by "\n") with the
	// right ones'; only matched rows have one.
	Diff []Op `json:"diff,omitempty"`
}

// Comparison is two accounts aligned row by row.
type Comparison struct {
	Left  string `json:"left"`  // account id
	Right string `json:"right"` // account id
	Rows  []Row  `json:"rows"`
}

// Position is what one account says on one topic relative to the others.
type Position struct {
	Statements []string `json:"statements"`         // ids; empty when silent
	Agrees     []string `json:"agrees,omitempty"`   // account ids
	Diverges   []string `json:"diverges,omitempty"` // account ids
	Silent     bool     `json:"silent,omitempty"`
}

// Matrix is topic × account for any set of accounts.
type Matrix struct {
	Accounts []string     `json:"accounts"`
	Topics   []string     `json:"topics"`
	Cells    [][]Position `json:"cells"` // Cells[topic][account]
}
