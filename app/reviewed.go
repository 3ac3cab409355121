package app

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"readouts/app/review"
	"readouts/sources"
)

// The review's types, named here so that the window corrects a reading
// through app alone.
type (
	// Review is a review file: the text it reviews and its edits.
	Review = review.Review
	// Edit is one correction.
	Edit = review.Edit
	// EditOp is what an edit does.
	EditOp = review.Op
	// Span is a byte range of the article, as edits name statements.
	Span = review.Span
	// ReviewPair is the two accounts a verdict or link edit names.
	ReviewPair = review.Pair
	// Mark says what the review did to a statement.
	Mark = review.Mark
	// Outcome is what became of one edit.
	Outcome = review.Outcome
	// RowReview is what the reviewer said about a row.
	RowReview = review.RowReview
	// History is the undo and redo of a review.
	History = review.History
)

// The edits.
const (
	EditAssign  = review.Assign
	EditDrop    = review.Drop
	EditAdd     = review.Add
	EditEarlier = review.Earlier
	EditMerge   = review.Merge
	EditRename  = review.Rename
	EditVerdict = review.SetVerdict
	EditLink    = review.Link
)

// NewHistory starts the undo history of a review at edits.
func NewHistory(edits []Edit) *History { return review.NewHistory(edits) }

// DescribeEdit names what an edit does, for menus and lists: "Move to
// kremlin".
func DescribeEdit(e Edit) string { return review.Describe(e) }

// SpanOf is the span of a statement, as edits name it.
func SpanOf(st sources.Statement) Span { return review.Of(st) }

// ReviewPath is where the review of the article at path is kept: beside
// it, as path + ".review.json" ("call.txt.review.json"). Texts.ReviewFile
// says where the review of documents is kept.
func ReviewPath(path string) string { return path + ".review.json" }

// ReadReview reads the review file at path; a missing, unreadable or
// malformed file is bad input whose message names the file.
func ReadReview(path string) (*Review, error) {
	rv, err := review.Read(path)
	if err != nil {
		return nil, badInput(err)
	}
	return rv, nil
}

// ParseReview reads a review file's bytes; name is the file's path or
// name, for messages.
func ParseReview(name string, data []byte) (*Review, error) {
	rv, err := review.Parse(name, data)
	if err != nil {
		return nil, badInput(err)
	}
	return rv, nil
}

// SaveReview writes rv to rv.Name atomically: the file appears only when
// complete, with the mode of the file it replaces.
func SaveReview(rv *Review) error {
	return WriteFileAtomic(rv.Name, func(w io.Writer) error {
		_, err := rv.WriteTo(w)
		return err
	})
}

// Review is the review applied to this reading; nil for the machine
// reading.
func (s *Snapshot) Review() *Review { return s.review }

// NewReview is a review of this snapshot's text with edits, to be saved
// as file.
func (s *Snapshot) NewReview(file string, edits []Edit) *Review {
	return &Review{Name: file, SHA256: review.TextSHA256(s.machine), Edits: edits}
}

// WithReview returns the reading of the same text corrected by rv (nil for
// the machine reading). Comparisons of pairs the change leaves alone (the
// same statements on both sides, the same verdict and link edits) are taken
// over, not made again. A review of another text, or with spans that do
// not fit it, is bad input naming the review file.
func (s *Snapshot) WithReview(rv *Review) (*Snapshot, error) {
	if rv != nil {
		if err := rv.CheckText(s.machine); err != nil {
			return nil, badInput(err)
		}
	}
	n := newSnapshot(s.base, rv)
	n.reuse(s)
	if rv != nil {
		// The machine reading stays the same, with what it has made.
		m := s.Machine()
		n.machineOnce.Do(func() { n.machineSnap = m })
	}
	return n, nil
}

// Machine is the reading the extraction made, without the review: the
// snapshot itself when it has none.
func (s *Snapshot) Machine() *Snapshot {
	if s.review == nil {
		return s
	}
	s.machineOnce.Do(func() {
		b := s.base
		b.inputs = s.Inputs()
		s.machineSnap = newSnapshot(b, nil)
		s.machineSnap.reuse(s)
	})
	return s.machineSnap
}

// Mark is what the review did to the statement id of the reading, "" when
// nothing.
func (s *Snapshot) Mark(id string) Mark {
	if s.reading == nil {
		return ""
	}
	return s.reading.Marks[id]
}

// Dropped are the statements the review says are not statements.
func (s *Snapshot) Dropped() []sources.Statement {
	if s.reading == nil {
		return nil
	}
	return s.reading.Dropped
}

// Outcomes says what became of every edit of the review, in order; nil
// without a review. Verdict and link edits are decided on the comparison
// of their pair, which is made here if it was not.
func (s *Snapshot) Outcomes() []Outcome {
	if s.review == nil {
		return nil
	}
	outs := slices.Clone(s.reading.Outcomes)
	for i, e := range s.review.Edits {
		if !e.IsRowEdit() {
			continue
		}
		p := *e.Pair
		c := s.Compare(p[0], p[1])
		if c == nil {
			missing := p[0]
			if s.x.Account(missing) != nil {
				missing = p[1]
			}
			outs[i].Detail = "no account " + missing
			continue
		}
		for _, o := range c.outcomes {
			if o.N == i+1 {
				outs[i] = o
			}
		}
	}
	return outs
}

// NotApplied is the edits of Outcomes that did not apply.
func NotApplied(outs []Outcome) []Outcome {
	var out []Outcome
	for _, o := range outs {
		if !o.Applied {
			out = append(out, o)
		}
	}
	return out
}

// newComparison gives the engine's rows of left and right their ids and
// applies the review's verdict and link edits of the pair.
func (s *Snapshot) newComparison(left, right string, rows []Row) *Comparison {
	c := NewComparison(s.x, left, right, rows)
	if s.review == nil || !slices.ContainsFunc(s.review.Edits, func(e Edit) bool { return namesPair(e, left, right) }) {
		return c
	}
	r := review.ApplyRows(s.engine, s.x, left, right, c.Rows, c.ids, s.review.Edits)
	c.Rows, c.ids, c.reviews, c.outcomes = r.Rows, r.IDs, r.Reviews, r.Outcomes
	return c
}

// namesPair reports whether e is a verdict or link edit of the pair left,
// right, in either order.
func namesPair(e Edit, left, right string) bool {
	return e.IsRowEdit() && e.Pair != nil && (*e.Pair == ReviewPair{left, right} || *e.Pair == ReviewPair{right, left})
}

// reuse takes over from old the comparisons of pairs whose inputs are the
// same in s: made with the same engine, the same accounts on both sides
// (what the engine reads: speaker, channel and label, which name the
// sides in reasons and give their party, and the statements' ids and
// spans) and the same verdict and link edits of the pair.
func (s *Snapshot) reuse(old *Snapshot) {
	if old.engine != s.engine {
		return
	}
	old.mu.Lock()
	ready := map[Pair]*Comparison{}
	for p, e := range old.pairs {
		if e.made.Load() {
			ready[p] = e.cmp
		}
	}
	old.mu.Unlock()
	for p, c := range ready {
		if sig := s.pairSignature(p); sig != "" && sig == old.pairSignature(p) {
			e := s.entry(p)
			e.do(func() { e.cmp = c })
		}
	}
}

// pairSignature is everything the comparison of p is made from, "" when
// the reading has no such pair.
func (s *Snapshot) pairSignature(p Pair) string {
	l, r := s.x.Account(p.Left), s.x.Account(p.Right)
	if l == nil || r == nil {
		return ""
	}
	var b strings.Builder
	for _, acc := range []*sources.Account{l, r} {
		fmt.Fprintf(&b, "%q %q %q %q %q", acc.ID, acc.Speaker, acc.Channel, acc.Label, acc.Party)
		for _, st := range acc.Statements {
			fmt.Fprintf(&b, " %s@%d-%d:%s", st.ID, st.Start, st.End, st.Kind)
		}
		b.WriteString("\n")
	}
	if s.review != nil {
		for i, e := range s.review.Edits {
			if namesPair(e, p.Left, p.Right) {
				data, _ := json.Marshal(e)
				fmt.Fprintf(&b, "%d %s\n", i+1, data)
			}
		}
	}
	return b.String()
}

// NewAccountID makes an id for a new account of speaker that no account
// of the reading has: "white-house", "alpha-2".
func (s *Snapshot) NewAccountID(speaker string) string { return review.NewAccountID(s.x, speaker) }
