package report

import (
	"slices"
	"strings"
	"unicode/utf8"

	"readouts/app/compare"
	"readouts/sources"
)

// This file derives what a row shows of each statement: the evidence marks
// (the words that carry the verdict), the word diff where the two sides
// quote the same words, and which statements stand in the row and which
// are only referred to because they stand in another row, their best.

// markClass ranks how a stretch of a statement is marked: where marks
// overlap, a cue is drawn over a shared specific, and that over a topic
// word.
type markClass uint8

const (
	noMark markClass = iota
	topicMark
	sharedMark
	cueMark
)

func classOf(k compare.MarkKind) markClass {
	switch k {
	case compare.MarkCue:
		return cueMark
	case compare.MarkShared:
		return sharedMark
	case compare.MarkTopic:
		return topicMark
	}
	return noMark
}

// piece is a stretch of a statement drawn one way.
type piece struct {
	text    string
	mark    markClass
	differs bool // differs from the other side, in a row shown as a word diff
}

// showsWordDiff reports whether a row's word diff is worth showing: the two
// sides quote some of the same words. A row from before diff modes and
// marks existed (no mode, no marks) shows its diff as it always did.
func showsWordDiff(row compare.Row) bool {
	if len(row.Diff) == 0 || (row.Verdict != compare.Agree && row.Verdict != compare.Diverge) {
		return false
	}
	return row.DiffMode == compare.DiffWords || (row.DiffMode == "" && row.Marks == nil)
}

// sidePieces cuts each statement of one side of a row into pieces by its
// marks and, where the row shows its word diff, by the diff. The Markdown
// markup of a statement is left out: a report shows its words as a reader
// of the article sees them, as the window does.
func (r *report) sidePieces(row compare.Row, left bool, sts []*sources.Statement) [][]piece {
	var marks []compare.Mark
	if row.Marks != nil {
		marks = row.Marks.Right
		if left {
			marks = row.Marks.Left
		}
	}
	var differ [][]bool
	if showsWordDiff(row) {
		texts := make([]string, len(sts))
		for i, st := range sts {
			texts[i] = st.Text
		}
		differ = diffFlags(row, left, texts)
	}
	out := make([][]piece, len(sts))
	for i, st := range sts {
		var d []bool
		if differ != nil {
			d = differ[i]
		}
		out[i] = statementPieces(st, marks, d, r.markup(st))
	}
	return out
}

// statementPieces cuts st by the marks on it and the diff flags (one per
// byte, nil for none), at rune boundaries, and leaves out the hidden byte
// ranges (sorted).
func statementPieces(st *sources.Statement, marks []compare.Mark, differ []bool, hidden [][2]int) []piece {
	text := st.Text
	class := make([]markClass, len(text))
	hide := make([]bool, len(text))
	for _, h := range hidden {
		for k := max(h[0], 0); k < min(h[1], len(text)); k++ {
			hide[k] = true
		}
	}
	for _, m := range marks {
		if m.Statement != st.ID {
			continue
		}
		lo, hi := max(m.Start, 0), min(m.End, len(text))
		c := classOf(m.Kind)
		for k := lo; k < hi; k++ {
			class[k] = max(class[k], c)
		}
	}
	at := func(k int) (markClass, bool) {
		return class[k], differ != nil && k < len(differ) && differ[k]
	}
	var out []piece
	start := 0
	for k := 1; k <= len(text); k++ {
		if k < len(text) && !utf8.RuneStart(text[k]) {
			continue
		}
		if k < len(text) {
			c0, d0 := at(start)
			c1, d1 := at(k)
			if c0 == c1 && d0 == d1 && hide[start] == hide[k] {
				continue
			}
		}
		c, d := at(start)
		if start < len(text) && !hide[start] {
			out = append(out, piece{text: text[start:k], mark: c, differs: d})
		}
		start = k
	}
	if len(out) == 0 {
		out = []piece{{text: text}}
	}
	return out
}

// diffFlags marks, per byte of each text of one side of a matched row,
// whether the row's word diff has it as differing. The diff rebuilds the
// side's text (equal+delete for the left, equal+insert for the right); each
// statement is found in that text in order, so the separator the engine
// joined statements with does not matter. A statement that cannot be found
// gets nil: no flags.
func diffFlags(row compare.Row, left bool, texts []string) [][]bool {
	out := make([][]bool, len(texts))
	other := "insert"
	if !left {
		other = "delete"
	}
	var side strings.Builder
	var differs []bool // per byte of side
	for _, op := range row.Diff {
		if op.Op == other {
			continue
		}
		side.WriteString(op.Text)
		for range len(op.Text) {
			differs = append(differs, op.Op != "equal")
		}
	}
	full := side.String()
	cursor := 0
	for i, t := range texts {
		if t == "" {
			continue
		}
		at := strings.Index(full[cursor:], t)
		if at < 0 {
			continue
		}
		at += cursor
		cursor = at + len(t)
		out[i] = differs[at:cursor]
	}
	return out
}

// rowSide is one side of a row as shown: the statements that stand in it,
// and the ones referred to, which stand in another row.
type rowSide struct {
	shown []string
	refs  []string
}

// side splits one side of row: a statement listed in the row's refs is a
// reference even when the row also lists it.
func side(row compare.Row, left bool) rowSide {
	ids, refs := row.Right, []string(nil)
	if left {
		ids = row.Left
	}
	if row.Refs != nil {
		refs = row.Refs.Right
		if left {
			refs = row.Refs.Left
		}
	}
	var s rowSide
	for _, id := range ids {
		if slices.Contains(refs, id) {
			continue
		}
		s.shown = append(s.shown, id)
	}
	for _, id := range ids {
		if slices.Contains(refs, id) {
			s.refs = append(s.refs, id)
		}
	}
	for _, id := range refs {
		if !slices.Contains(ids, id) {
			s.refs = append(s.refs, id)
		}
	}
	return s
}

// bestRows maps each statement of a comparison to its best row: the first
// row that shows it in full, else the first that lists it.
func bestRows(c compare.Comparison) map[string]int {
	best := map[string]int{}
	for j, row := range c.Rows {
		for _, left := range []bool{true, false} {
			for _, id := range side(row, left).shown {
				if _, ok := best[id]; !ok {
					best[id] = j
				}
			}
		}
	}
	for j, row := range c.Rows {
		for _, id := range append(slices.Clone(row.Left), row.Right...) {
			if _, ok := best[id]; !ok {
				best[id] = j
			}
		}
	}
	return best
}

// rowTitle is a row's readable topic label, else its topic id.
func rowTitle(row compare.Row) string {
	if row.Label != "" {
		return row.Label
	}
	return row.Topic
}
