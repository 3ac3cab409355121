package compare

import (
	"bytes"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"readouts/sources"
)

// fixtures are the extractions the properties are checked on: the human
// reading of the seed, the real extraction of the seed and a synthetic one.
func fixtures(t *testing.T) map[string]*sources.Extraction {
	return map[string]*sources.Extraction{
		"gold":      goldExtraction(t),
		"extracted": extractSeed(t),
		"synthetic": synthetic(testLexicon(t), 40, 7),
	}
}

// mirror is what a comparison should be with its sides swapped.
func mirror(c Comparison) Comparison {
	m := Comparison{Left: c.Right, Right: c.Left, Rows: make([]Row, len(c.Rows))}
	for i, r := range c.Rows {
		r.Left, r.Right = r.Right, r.Left
		switch r.Verdict {
		case LeftOnly:
			r.Verdict = RightOnly
		case RightOnly:
			r.Verdict = LeftOnly
		}
		r.Reasons, r.Diff, r.DiffMode = nil, nil, ""
		if r.Marks != nil {
			r.Marks = &Marks{Left: r.Marks.Right, Right: r.Marks.Left}
		}
		if r.Refs != nil {
			r.Refs = &Refs{Left: r.Refs.Right, Right: r.Refs.Left}
		}
		m.Rows[i] = r
	}
	return m
}

// TestSwapMirrors: comparing right with left gives the same rows with the
// sides swapped and one-sided verdicts mirrored, in the same order.
func TestSwapMirrors(t *testing.T) {
	e := testEngine(t)
	for name, x := range fixtures(t) {
		for i := range x.Accounts {
			for j := i + 1; j < len(x.Accounts); j++ {
				a, b := &x.Accounts[i], &x.Accounts[j]
				ab, ba := e.Compare(x.Article, a, b), e.Compare(x.Article, b, a)
				got := mirror(ba)
				want := ab
				want.Rows = append([]Row(nil), ab.Rows...)
				for k := range want.Rows {
					want.Rows[k].Reasons, want.Rows[k].Diff, want.Rows[k].DiffMode = nil, nil, ""
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: %s/%s swapped is not the mirror:\n got %v\nwant %v", name, a.ID, b.ID, got.Rows, want.Rows)
				}
				// The diff swaps deletions and insertions.
				for k := range ab.Rows {
					if rebuild(ab.Rows[k].Diff, "delete") != rebuild(ba.Rows[k].Diff, "insert") ||
						rebuild(ab.Rows[k].Diff, "insert") != rebuild(ba.Rows[k].Diff, "delete") {
						t.Errorf("%s: row %d diff does not swap", name, k)
					}
					if len(ab.Rows[k].Reasons) != len(ba.Rows[k].Reasons) {
						t.Errorf("%s: row %d has %d reasons one way, %d the other", name, k,
							len(ab.Rows[k].Reasons), len(ba.Rows[k].Reasons))
					}
				}
			}
		}
	}
}

// TestEveryStatementAppears: each statement of both accounts stands in at
// least one row, on its own side, and rows name only real statements.
func TestEveryStatementAppears(t *testing.T) {
	e := testEngine(t)
	for name, x := range fixtures(t) {
		comps, _ := e.All(x)
		for _, c := range comps {
			left, right := x.Account(c.Left), x.Account(c.Right)
			seen := map[string]bool{}
			for _, r := range c.Rows {
				for _, id := range r.Left {
					if x.Statement(id) == nil || x.Statement(id).Account != left.ID {
						t.Errorf("%s: row %s names %s on the left", name, r.Topic, id)
					}
					seen[id] = true
				}
				for _, id := range r.Right {
					if x.Statement(id) == nil || x.Statement(id).Account != right.ID {
						t.Errorf("%s: row %s names %s on the right", name, r.Topic, id)
					}
					seen[id] = true
				}
				switch {
				case r.Verdict == LeftOnly && (len(r.Left) == 0 || len(r.Right) != 0),
					r.Verdict == RightOnly && (len(r.Right) == 0 || len(r.Left) != 0),
					(r.Verdict == Agree || r.Verdict == Diverge) && (len(r.Left) == 0 || len(r.Right) == 0):
					t.Errorf("%s: row %s has verdict %s with %d/%d statements", name, r.Topic, r.Verdict, len(r.Left), len(r.Right))
				}
				if r.Confidence <= 0 || r.Confidence > 1 || len(r.Reasons) == 0 || r.Topic == "" {
					t.Errorf("%s: row %s: confidence %v, %d reasons", name, r.Topic, r.Confidence, len(r.Reasons))
				}
			}
			for _, acc := range []*sources.Account{left, right} {
				for _, id := range statementIDs(acc) {
					if !seen[id] {
						t.Errorf("%s: %s vs %s: statement %s is in no row", name, c.Left, c.Right, id)
					}
				}
			}
			// One statement, one row of its own: the other rows it
			// stands in (its second points) refer to it, and so do
			// rows it speaks to without standing in them.
			home := map[string]int{}
			for _, r := range c.Rows {
				for _, side := range []struct {
					ids, refs []string
					acc       string
				}{{r.Left, sideRefs(r.Refs, true), left.ID}, {r.Right, sideRefs(r.Refs, false), right.ID}} {
					for _, id := range side.ids {
						if !slices.Contains(side.refs, id) {
							if home[id]++; home[id] == 2 {
								t.Errorf("%s: %s vs %s: statement %s has two rows of its own", name, c.Left, c.Right, id)
							}
						}
					}
					for _, id := range side.refs {
						if x.Statement(id) == nil || x.Statement(id).Account != side.acc {
							t.Errorf("%s: row %s refers to %s, not of %s", name, r.Topic, id, side.acc)
						}
					}
				}
			}
			for _, acc := range []*sources.Account{left, right} {
				for _, id := range statementIDs(acc) {
					if home[id] != 1 {
						t.Errorf("%s: %s vs %s: statement %s has %d rows of its own", name, c.Left, c.Right, id, home[id])
					}
				}
			}
		}
	}
}

// sideRefs is one side of a row's references.
func sideRefs(r *Refs, left bool) []string {
	switch {
	case r == nil:
		return nil
	case left:
		return r.Left
	}
	return r.Right
}

// TestRowDiffsRebuild: the diff of every matched row rebuilds the texts of
// both sides.
func TestRowDiffsRebuild(t *testing.T) {
	e := testEngine(t)
	for name, x := range fixtures(t) {
		comps, _ := e.All(x)
		for _, c := range comps {
			for _, r := range c.Rows {
				if r.Verdict != Agree && r.Verdict != Diverge {
					continue
				}
				if got, want := rebuild(r.Diff, "insert"), sideText(x, r.Left); got != want {
					t.Errorf("%s: %s row left text:\n got %q\nwant %q", name, r.Topic, got, want)
				}
				if got, want := rebuild(r.Diff, "delete"), sideText(x, r.Right); got != want {
					t.Errorf("%s: %s row right text:\n got %q\nwant %q", name, r.Topic, got, want)
				}
			}
		}
	}
}

func sideText(x *sources.Extraction, ids []string) string {
	s := ""
	for i, id := range ids {
		if i > 0 {
			s += "\n"
		}
		s += x.Statement(id).Text
	}
	return s
}

// TestDeterministic: the same input gives the same output, also from a
// fresh engine and lexicon (map order must not leak into rows, reasons or
// the matrix), for All and for every pair of accounts in either order.
func TestDeterministic(t *testing.T) {
	every := func(e *Engine, x *sources.Extraction) []Comparison {
		var out []Comparison
		for i := range x.Accounts {
			for j := range x.Accounts {
				if i != j {
					out = append(out, e.Compare(x.Article, &x.Accounts[i], &x.Accounts[j]))
				}
			}
		}
		return out
	}
	for name, x := range fixtures(t) {
		e := testEngine(t)
		c1, m1 := e.All(x)
		p1 := every(e, x)
		for range 5 {
			e := testEngine(t)
			c2, m2 := e.All(x)
			if !reflect.DeepEqual(c1, c2) || !reflect.DeepEqual(m1, m2) {
				t.Fatalf("%s: two runs differ", name)
			}
			for k, c := range every(e, x) {
				if !reflect.DeepEqual(p1[k], c) {
					t.Fatalf("%s: two runs of %s ⇄ %s differ", name, c.Left, c.Right)
				}
			}
		}
	}
}

// TestMatrix: cells follow the pairwise verdicts and silence.
func TestMatrix(t *testing.T) {
	x := goldExtraction(t)
	e := testEngine(t)
	comps, m := e.All(x)
	if len(m.Accounts) != 3 || len(m.Cells) != len(m.Topics) {
		t.Fatalf("matrix shape: %d accounts, %d topics, %d rows", len(m.Accounts), len(m.Topics), len(m.Cells))
	}
	col := map[string]int{}
	for i, id := range m.Accounts {
		col[id] = i
	}
	for ti, topic := range m.Topics {
		for ai, p := range m.Cells[ti] {
			if p.Silent != (len(p.Statements) == 0) {
				t.Errorf("%s/%s: silent %v with %d statements", topic, m.Accounts[ai], p.Silent, len(p.Statements))
			}
		}
	}
	for _, c := range comps {
		for _, r := range c.Rows {
			ti := -1
			for k, tp := range m.Topics {
				if tp == r.Topic {
					ti = k
				}
			}
			if ti < 0 {
				t.Fatalf("topic %s not in the matrix", r.Topic)
			}
			cell := m.Cells[ti][col[c.Left]]
			var list []string
			switch r.Verdict {
			case Agree:
				list = cell.Agrees
			case Diverge:
				list = cell.Diverges
			default:
				continue
			}
			if !slices.Contains(list, c.Right) {
				t.Errorf("%s: %s should %s with %s", r.Topic, c.Left, r.Verdict, c.Right)
			}
		}
	}
	// The seed: Zelensky says nothing on trade.
	tr := -1
	for k, tp := range m.Topics {
		if tp == "trade" {
			tr = k
		}
	}
	if tr < 0 || !m.Cells[tr][col["zelensky"]].Silent || m.Cells[tr][col["trump"]].Silent {
		t.Errorf("trade row of the matrix: %+v", m.Cells[max(tr, 0)])
	}
}

// idPattern finds statement ids ("trump-3", "K12") in reasons.
var idPattern = regexp.MustCompile(`\b[a-z]+(-[a-z]+)*-\d+\b`)

// TestReasonsPlain: reasons are plain language, as a reader needs them:
// the key reason first, no statement ids, scores or talk of the lexicon,
// and quotation marks that pair up.
func TestReasonsPlain(t *testing.T) {
	e := testEngine(t)
	for name, x := range fixtures(t) {
		comps, _ := e.All(x)
		for _, c := range comps {
			for _, r := range c.Rows {
				if len(r.Reasons) == 0 {
					t.Errorf("%s: row %s has no reason", name, r.Topic)
				}
				for _, why := range r.Reasons {
					low := strings.ToLower(why)
					if idPattern.MatchString(why) || strings.Contains(low, "similarity") || strings.Contains(low, "lexicon") {
						t.Errorf("%s: reason %q names an id, a score or the lexicon", name, why)
					}
					if strings.Count(why, "“") != strings.Count(why, "”") || strings.Count(why, `"`)%2 != 0 {
						t.Errorf("%s: reason %q has unpaired quotation marks", name, why)
					}
					if strings.Contains(why, " / ") {
						t.Errorf("%s: reason %q uses a slash between sides", name, why)
					}
				}
			}
		}
	}
}

// TestMarksInStatements: every evidence mark lies inside its statement, on
// whole words, and belongs to its side of the row.
func TestMarksInStatements(t *testing.T) {
	e := testEngine(t)
	for name, x := range fixtures(t) {
		comps, _ := e.All(x)
		for _, c := range comps {
			for _, r := range c.Rows {
				if r.Verdict == Agree || r.Verdict == Diverge {
					if r.Marks == nil || len(r.Marks.Left) == 0 || len(r.Marks.Right) == 0 {
						t.Errorf("%s: matched row %s lacks marks on a side", name, r.Topic)
						continue
					}
				}
				if r.Marks == nil {
					continue
				}
				for _, side := range []struct {
					marks []Mark
					ids   []string
				}{{r.Marks.Left, r.Left}, {r.Marks.Right, r.Right}} {
					for _, m := range side.marks {
						st := x.Statement(m.Statement)
						if st == nil || !slices.Contains(side.ids, m.Statement) {
							t.Errorf("%s: row %s marks %s, not on its side", name, r.Topic, m.Statement)
							continue
						}
						if m.Start < 0 || m.End > len(st.Text) || m.Start >= m.End {
							t.Errorf("%s: mark %+v outside %q", name, m, st.Text)
							continue
						}
						if !wordEdge(st.Text, m.Start) || !wordEdge(st.Text, m.End) {
							t.Errorf("%s: mark %+v (%q) cuts a word", name, m, st.Text[m.Start:m.End])
						}
					}
				}
			}
		}
	}
}

// wordEdge tells whether offset i of s is not inside a word.
func wordEdge(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(before) || !isWordRune(after)
}

// duplicated is an extraction whose accounts say everything of the seed's
// reading copies times over, word for word: every score ties with its
// copies, which is where an order taken from a map shows.
func duplicated(t *testing.T, copies int) *sources.Extraction {
	t.Helper()
	g := readGold(t, goldPath)
	texts := map[string][]string{}
	var order []string
	for _, ga := range g.Accounts {
		order = append(order, ga.ID)
		for range copies {
			for _, st := range ga.Statements {
				texts[ga.ID] = append(texts[ga.ID], st.Text)
			}
		}
	}
	return buildArticle(texts, order...)
}

// TestDuplicatedStatementsDeterministic: issue 8's property. With
// statements repeated word for word, many runs, each with a fresh lexicon
// and engine, give byte-identical comparison JSON (20 runs once gave 3
// different outputs).
func TestDuplicatedStatementsDeterministic(t *testing.T) {
	for _, copies := range []int{2, 5} {
		x := duplicated(t, copies)
		var first []byte
		for run := range 25 {
			comps, m := testEngine(t).All(x)
			got := comparisonJSON(t, x, comps, &m)
			if run == 0 {
				first = got
				continue
			}
			if !bytes.Equal(got, first) {
				t.Fatalf("%d copies: run %d differs from run 0 at %s", copies, run, firstDifference(got, first))
			}
		}
	}
}
