// Package compare aligns accounts of one event by the points they make and
// says, with reasons a reader can check and the words that carry them
// marked, where they agree, where they diverge and what only one of them
// says. It never imports GUI code.
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

// Row is one point of a comparison: statements of the two accounts that
// make the same point (agree or diverge), or statements on a topic only one
// account speaks to. Each statement has one row of its own, its best, where
// it is shown in full; a statement that makes a second point, linked to a
// statement of the other account on another thing, stands in that point's
// row too, and that row refers to it (Refs).
type Row struct {
	Topic   string   `json:"topic"`           // lexicon topic id, or "other"
	Label   string   `json:"label,omitempty"` // readable topic label
	Verdict Verdict  `json:"verdict"`
	Left    []string `json:"left"`  // statement ids of the left account
	Right   []string `json:"right"` // statement ids of the right account
	// Reasons say why, in plain words; the first is the key reason, the
	// one the verdict rests on.
	Reasons    []string `json:"reasons"`
	Confidence float64  `json:"confidence"`
	// Diff compares the left statements' texts (joined by "\n") with the
	// right ones'; only matched rows have one. DiffMode says what it is.
	Diff     []Op     `json:"diff,omitempty"`
	DiffMode DiffMode `json:"diffMode,omitempty"`
	// Marks are the words that carry the verdict, on both sides.
	Marks *Marks `json:"marks,omitempty"`
	// Refs are statements, per side, whose own row is another one. A
	// statement in Refs that is also in Left or Right makes this row's
	// point as well as its own: it takes part in this row's link and
	// verdict, and a view shows it in full in its own row and here as a
	// reference to it. A statement only in Refs speaks to this row's
	// topic without making its point. Every statement stands, in Left or
	// Right, in exactly one row whose Refs do not list it: its own row.
	Refs *Refs `json:"refs,omitempty"`
	// OnlyOneSays: the key reason of a divergence is what only one side says
	// (a warning, a condition), not words of one side set against the
	// other's. Not in the JSON: the reasons say it in words.
	OnlyOneSays bool `json:"-"`
}

// DiffMode says what a row's diff is worth showing as.
type DiffMode string

const (
	// DiffWords: a word diff, and the two sides quote some of the same
	// words (a run of several words, content words among them).
	DiffWords DiffMode = "words"
	// DiffParaphrase: a word diff of two sides that share no such run:
	// most words differ even where the two agree, so a view shows it only
	// on request.
	DiffParaphrase DiffMode = "paraphrase"
	// DiffSentences: the texts were too long for a word diff; equal and
	// differing sentences only.
	DiffSentences DiffMode = "sentences"
)

// Marks are the evidence marks of a row, per side.
type Marks struct {
	Left  []Mark `json:"left"`
	Right []Mark `json:"right"`
}

// Mark is a span of one statement that carries the verdict: byte offsets
// into the statement's own text (0 is its first byte), so
// text[start:end] is the marked words.
type Mark struct {
	Statement string   `json:"statement"` // statement id
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Kind      MarkKind `json:"kind"`
}

// MarkKind tells what a marked span is.
type MarkKind string

const (
	// MarkShared: a specific thing both sides name (a person, place,
	// number, date, event or object): what makes the row one point.
	MarkShared MarkKind = "shared"
	// MarkCue: a word the key reason names: the cue of a divergence
	// ("immediately" against "future") or of an agreement ("useful" and
	// "very well").
	MarkCue MarkKind = "cue"
	// MarkTopic: a word that puts the statement in the row's topic.
	MarkTopic MarkKind = "topic"
)

// Refs are statement ids, per side.
type Refs struct {
	Left  []string `json:"left"`
	Right []string `json:"right"`
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
