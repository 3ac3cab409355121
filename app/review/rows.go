package review

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"readouts/app/compare"
	"readouts/sources"
)

// RowReview is what the reviewer said about a row.
type RowReview struct {
	N int // the last edit that touched the row, from 1
	// VerdictWas is the engine's verdict of the row; for a row a link
	// made, the verdict of the row its left statement stood in.
	VerdictWas compare.Verdict
	Note       string
	Linked     bool // the row is a link the reviewer made
}

// Rows is the rows of one comparison with the verdict and link edits of
// its pair applied.
type Rows struct {
	Rows    []compare.Row
	IDs     []string     // the id of each row
	Reviews []*RowReview // per row; nil where no edit touched the row
	// Outcomes of the edits naming this pair, in order.
	Outcomes []Outcome
}

// ApplyRows applies the verdict and link edits that name the pair left,
// right (in either order) to rows, the engine's rows of their comparison
// in the corrected reading x, whose ids are ids ("left~right/topic", then
// "#2"… for a topic's later rows). Neither rows nor ids is modified.
//
// A verdict edit names its row by topic, with "#n" for a topic's later
// rows. A one-sided verdict on a row with statements on both sides unlinks
// them: the other side's statements move to a row of their own. A link
// takes its two statements out of the rows they stood in and puts them in
// a new row with the reviewer's verdict; the word diff is made with eng.
func ApplyRows(eng *compare.Engine, x *sources.Extraction, left, right string, rows []compare.Row, ids []string, edits []Edit) *Rows {
	r := &Rows{Rows: slices.Clone(rows), IDs: slices.Clone(ids), Reviews: make([]*RowReview, len(rows))}
	for i := range r.Rows {
		row := &r.Rows[i]
		row.Left, row.Right = slices.Clone(row.Left), slices.Clone(row.Right)
	}
	a := rowApplier{Rows: r, eng: eng, x: x, left: left, right: right}
	for i, e := range edits {
		if !e.IsRowEdit() || e.Pair == nil {
			continue
		}
		swapped := false
		switch *e.Pair {
		case Pair{left, right}:
		case Pair{right, left}:
			swapped = true
		default:
			continue
		}
		out := Outcome{N: i + 1, Op: e.Op}
		if e.Op == SetVerdict {
			out.Applied, out.Detail = a.verdict(i+1, e, swapped)
		} else {
			out.Applied, out.Detail = a.link(i+1, e, swapped)
		}
		r.Outcomes = append(r.Outcomes, out)
	}
	return r
}

type rowApplier struct {
	*Rows
	eng         *compare.Engine
	x           *sources.Extraction
	left, right string
}

func (a *rowApplier) prefix() string { return a.left + "~" + a.right + "/" }

func mirror(v compare.Verdict) compare.Verdict {
	switch v {
	case compare.LeftOnly:
		return compare.RightOnly
	case compare.RightOnly:
		return compare.LeftOnly
	}
	return v
}

// was is the engine's verdict of row i, kept across later edits.
func (a *rowApplier) was(i int) compare.Verdict {
	if rv := a.Reviews[i]; rv != nil {
		return rv.VerdictWas
	}
	return a.Rows.Rows[i].Verdict
}

func (a *rowApplier) verdict(n int, e Edit, swapped bool) (bool, string) {
	id := a.prefix() + e.Topic
	i := slices.Index(a.IDs, id)
	if i < 0 {
		return false, "no row " + id
	}
	v := e.Verdict
	if swapped {
		v = mirror(v)
	}
	row := &a.Rows.Rows[i]
	was := a.was(i)
	rv := &RowReview{N: n, VerdictWas: was, Note: e.Note}
	switch v {
	case compare.Agree, compare.Diverge:
		if len(row.Left) == 0 || len(row.Right) == 0 {
			return false, id + " has statements on one side only; link two statements instead"
		}
	case compare.LeftOnly, compare.RightOnly:
		keepLeft := v == compare.LeftOnly
		keep, other, name, otherVerdict := row.Left, row.Right, a.left, compare.RightOnly
		if !keepLeft {
			keep, other, name, otherVerdict = row.Right, row.Left, a.right, compare.LeftOnly
		}
		if len(keep) == 0 {
			return false, id + " has no statement of " + name
		}
		if len(other) > 0 {
			a.split(i, otherVerdict, other, rv)
			row = &a.Rows.Rows[i] // split may have moved the rows
			if keepLeft {
				row.Right = nil
			} else {
				row.Left = nil
			}
			row.Diff, row.DiffMode = nil, ""
			row.Marks = keepMarks(row.Marks, row.Left, row.Right)
		}
	}
	row.Verdict = v
	if prev := a.Reviews[i]; prev != nil {
		rv.Linked = prev.Linked
	}
	a.Reviews[i] = rv
	return true, fmt.Sprintf("%s: %s → %s", id, was, v)
}

// split moves statements of row i to a one-sided row after it, unlinked
// by the reviewer.
func (a *rowApplier) split(i int, v compare.Verdict, ids []string, rv *RowReview) {
	src := a.Rows.Rows[i]
	row := compare.Row{Topic: src.Topic, Label: src.Label, Verdict: v, Confidence: 1,
		Reasons: []string{"unlinked by a reviewer from " + a.IDs[i]}}
	if v == compare.LeftOnly {
		row.Left = ids
	} else {
		row.Right = ids
	}
	cp := *rv
	a.insert(i+1, row, &cp)
}

func (a *rowApplier) insert(at int, row compare.Row, rv *RowReview) {
	a.Rows.Rows = slices.Insert(a.Rows.Rows, at, row)
	a.IDs = slices.Insert(a.IDs, at, a.newID(row.Topic))
	a.Reviews = slices.Insert(a.Reviews, at, rv)
}

// newID is an id for a new row of topic that no row has yet.
func (a *rowApplier) newID(topic string) string {
	base := a.prefix() + topic
	id := base
	for n := 2; slices.Contains(a.IDs, id); n++ {
		id = base + "#" + strconv.Itoa(n)
	}
	return id
}

func (a *rowApplier) link(n int, e Edit, swapped bool) (bool, string) {
	ls, rs := *e.Left, *e.Right
	if swapped {
		ls, rs = rs, ls
	}
	l := statementAt(a.x.Account(a.left), ls)
	if l == nil {
		return false, fmt.Sprintf("no statement of %s at %v", a.left, ls)
	}
	r := statementAt(a.x.Account(a.right), rs)
	if r == nil {
		return false, fmt.Sprintf("no statement of %s at %v", a.right, rs)
	}
	rv := &RowReview{N: n, Note: e.Note, Linked: true}
	// The two already alone together in a row: that row is the link.
	for i, row := range a.Rows.Rows {
		if slices.Equal(row.Left, []string{l.ID}) && slices.Equal(row.Right, []string{r.ID}) {
			rv.VerdictWas = a.was(i)
			a.Rows.Rows[i].Verdict = e.Verdict
			a.Reviews[i] = rv
			return true, fmt.Sprintf("%s: %s ⇄ %s %s", a.IDs[i], l.ID, r.ID, e.Verdict)
		}
	}
	home := -1
	for i, row := range a.Rows.Rows {
		if slices.Contains(row.Left, l.ID) || home < 0 && slices.Contains(row.Right, r.ID) {
			home = i
			break
		}
	}
	row := compare.Row{Topic: "other", Verdict: e.Verdict, Left: []string{l.ID}, Right: []string{r.ID},
		Reasons: []string{"linked by a reviewer"}, Confidence: 1}
	row.Diff, row.DiffMode = a.eng.RowDiff(l.Text, r.Text)
	if home >= 0 {
		row.Topic, row.Label = a.Rows.Rows[home].Topic, a.Rows.Rows[home].Label
		rv.VerdictWas = a.was(home)
	}
	at := a.detach(l.ID, r.ID, n, home)
	a.insert(at, row, rv)
	return true, fmt.Sprintf("%s: %s ⇄ %s %s", a.IDs[at], l.ID, r.ID, e.Verdict)
}

// detach takes statement lid out of the left sides and rid out of the
// right sides of every row. A row left empty goes; a matched row left
// one-sided says so and is marked as changed by edit n. It returns where
// row home now is (or the end).
func (a *rowApplier) detach(lid, rid string, n, home int) int {
	at := len(a.Rows.Rows)
	for i := len(a.Rows.Rows) - 1; i >= 0; i-- {
		row := &a.Rows.Rows[i]
		nl, nr := len(row.Left), len(row.Right)
		row.Left = slices.DeleteFunc(row.Left, func(s string) bool { return s == lid })
		row.Right = slices.DeleteFunc(row.Right, func(s string) bool { return s == rid })
		if i == home {
			at = i
		}
		if len(row.Left) == nl && len(row.Right) == nr {
			continue
		}
		row.Marks = keepMarks(row.Marks, row.Left, row.Right)
		switch {
		case len(row.Left) == 0 && len(row.Right) == 0:
			a.Rows.Rows = slices.Delete(a.Rows.Rows, i, i+1)
			a.IDs = slices.Delete(a.IDs, i, i+1)
			a.Reviews = slices.Delete(a.Reviews, i, i+1)
			if at > i {
				at--
			}
			continue
		case len(row.Left) == 0 || len(row.Right) == 0:
			was := a.was(i)
			row.Verdict, row.Diff, row.DiffMode = compare.LeftOnly, nil, ""
			if len(row.Left) == 0 {
				row.Verdict = compare.RightOnly
			}
			if was != row.Verdict {
				a.Reviews[i] = &RowReview{N: n, VerdictWas: was}
			}
		default:
			row.Diff, row.DiffMode = a.eng.RowDiff(a.texts(a.left, row.Left), a.texts(a.right, row.Right))
		}
	}
	return at
}

// keepMarks is m without the marks of statements no longer in the row
// (the words that carried the engine's verdict, per side); nil for nil.
func keepMarks(m *compare.Marks, left, right []string) *compare.Marks {
	if m == nil {
		return nil
	}
	keep := func(marks []compare.Mark, ids []string) []compare.Mark {
		out := []compare.Mark{}
		for _, mk := range marks {
			if slices.Contains(ids, mk.Statement) {
				out = append(out, mk)
			}
		}
		return out
	}
	return &compare.Marks{Left: keep(m.Left, left), Right: keep(m.Right, right)}
}

// texts joins the texts of statements of an account as the engine's diff
// does, one per line.
func (a *rowApplier) texts(account string, ids []string) string {
	acc := a.x.Account(account)
	parts := make([]string, 0, len(ids))
	for _, id := range ids {
		for _, st := range acc.Statements {
			if st.ID == id {
				parts = append(parts, st.Text)
			}
		}
	}
	return strings.Join(parts, "\n")
}

// statementAt is the statement of acc overlapping s most, or nil.
func statementAt(acc *sources.Account, s Span) *sources.Statement {
	if acc == nil {
		return nil
	}
	var best *sources.Statement
	bestOverlap := 0
	for i := range acc.Statements {
		st := &acc.Statements[i]
		if ov := min(s[1], st.End) - max(s[0], st.Start); ov > bestOverlap {
			best, bestOverlap = st, ov
		}
	}
	return best
}
