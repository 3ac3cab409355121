package app

import (
	"math"
	"sort"
	"strconv"

	"readouts/app/compare"
	"readouts/sources"
)

// The engine's types, named here so that the window reads comparisons
// through app alone (views imports app, never app/compare).
type (
	// Verdict is the relation of a row's two sides.
	Verdict = compare.Verdict
	// Row is one topic of a comparison: statements of both sides, verdict,
	// reasons and word diff.
	Row = compare.Row
	// Op is one word-diff operation of a row.
	Op = compare.Op
	// Matrix is topic × account for several accounts.
	Matrix = compare.Matrix
	// Position is one cell of a Matrix.
	Position = compare.Position
	// Marks are a row's evidence marks, per side.
	Marks = compare.Marks
	// Refs are the statements a row refers to, per side: they stand in
	// full in another row.
	Refs = compare.Refs
	// EvidenceMark is a span of a statement that carries a row's verdict
	// (Row.Marks); MarkKind says what it is.
	EvidenceMark = compare.Mark
	// MarkKind is what an evidence mark marks.
	MarkKind = compare.MarkKind
	// DiffMode says what a row's word diff is worth showing as.
	DiffMode = compare.DiffMode
)

// The kinds of evidence marks and of diffs.
const (
	MarkShared     = compare.MarkShared
	MarkCue        = compare.MarkCue
	MarkTopic      = compare.MarkTopic
	DiffWords      = compare.DiffWords
	DiffParaphrase = compare.DiffParaphrase
	DiffSentences  = compare.DiffSentences
)

// The verdicts.
const (
	Agree     = compare.Agree
	Diverge   = compare.Diverge
	LeftOnly  = compare.LeftOnly
	RightOnly = compare.RightOnly
)

// Comparison is two accounts aligned row by row, as the engine made them,
// with a stable id for every row.
type Comparison struct {
	Left, Right string // account ids
	Rows        []Row
	ids         []string
	reviews     []*RowReview // per row when the review touched the pair; nil entries elsewhere
	outcomes    []Outcome    // of the review's verdict and link edits of the pair
}

// NewComparison assembles the rows of the accounts left and right of x into
// a Comparison and gives each row its id (see RowID).
func NewComparison(x *sources.Extraction, left, right string, rows []Row) *Comparison {
	return &Comparison{Left: left, Right: right, Rows: rows, ids: rowIDs(x, left, right, rows)}
}

// RowID is the stable id of the i-th row: "left~right/topic", and for the
// second and later rows of a topic in the same pair "left~right/topic#2",
// "#3"…, numbered in the article order of their first statements. It names
// the pair and the point, not the row's place in the list, so it still
// finds its row after the statements are read again.
func (c *Comparison) RowID(i int) string {
	if i < 0 || i >= len(c.ids) {
		return ""
	}
	return c.ids[i]
}

// Review is what the reviewer said about the i-th row: its verdict, the
// engine's verdict before, a note, whether the reviewer linked it; nil
// when the review left the row alone.
func (c *Comparison) Review(i int) *RowReview {
	if i < 0 || i >= len(c.reviews) {
		return nil
	}
	return c.reviews[i]
}

// Reviewed counts the rows the reviewer touched.
func (c *Comparison) Reviewed() int {
	n := 0
	for _, r := range c.reviews {
		if r != nil {
			n++
		}
	}
	return n
}

// engine returns the comparison as the engine's type, for reports.
func (c *Comparison) engine() compare.Comparison {
	return compare.Comparison{Left: c.Left, Right: c.Right, Rows: c.Rows}
}

// rowIDs numbers the rows of each topic by the byte offset of their first
// statement (ties keep row order). An id is never given twice, even when a
// topic's own name ends in "#2".
func rowIDs(x *sources.Extraction, left, right string, rows []Row) []string {
	start := map[string]int{}
	for _, id := range []string{left, right} {
		if acc := x.Account(id); acc != nil {
			for _, st := range acc.Statements {
				start[st.ID] = st.Start
			}
		}
	}
	first := make([]int, len(rows))
	order := make([]int, len(rows))
	for i, r := range rows {
		order[i] = i
		first[i] = math.MaxInt
		for _, id := range append(append([]string{}, r.Left...), r.Right...) {
			if s, ok := start[id]; ok && s < first[i] {
				first[i] = s
			}
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return first[order[a]] < first[order[b]] })
	ids := make([]string, len(rows))
	used := map[string]bool{}
	for _, i := range order {
		base := left + "~" + right + "/" + rows[i].Topic
		id := base
		for n := 2; used[id]; n++ {
			id = base + "#" + strconv.Itoa(n)
		}
		used[id] = true
		ids[i] = id
	}
	return ids
}
