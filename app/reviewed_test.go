package app

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"readouts/sources"
)

// stmt is the n-th statement (from 0) of the i-th account of snap.
func stmt(snap *Snapshot, i, n int) sources.Statement {
	return snap.Extraction().Accounts[i].Statements[n]
}

func spanPtr(st sources.Statement) *Span { s := SpanOf(st); return &s }

// TestAllMatrixIsTheEnginesMatrix: without review, the matrix All folds
// from its pairs is the one the engine makes.
func TestAllMatrixIsTheEnginesMatrix(t *testing.T) {
	_, snap := builtin(t)
	_, want := snap.engine.All(snap.Extraction())
	if got := snap.All().Matrix; !reflect.DeepEqual(*got, want) {
		t.Fatalf("folded matrix\n%+v\nengine's\n%+v", *got, want)
	}
}

// TestWithReviewRecomputesOnlyAffectedPairs applies one edit at a time to
// a snapshot whose every pair is made, and checks which pairs are made
// again: those whose statements or verdict and link edits changed.
func TestWithReviewRecomputesOnlyAffectedPairs(t *testing.T) {
	_, snap := builtin(t)
	accs := snap.Extraction().Accounts
	a, b, c := accs[0].ID, accs[1].ID, accs[2].ID
	ab, ac, bc := Pair{Left: a, Right: b}, Pair{Left: a, Right: c}, Pair{Left: b, Right: c}
	tests := []struct {
		name string
		edit Edit
		new  []Pair // made again; the others are taken over
	}{
		{"a statement moves from a to b", Edit{Op: EditAssign, Span: spanPtr(stmt(snap, 0, 1)), Account: b}, []Pair{ab, ac, bc}},
		{"a statement of c is dropped", Edit{Op: EditDrop, Span: spanPtr(stmt(snap, 2, 0))}, []Pair{ac, bc}},
		{"a verdict of a ⇄ b", Edit{Op: EditVerdict, Pair: &ReviewPair{a, b}, Topic: snap.Compare(a, b).Rows[0].Topic, Verdict: Diverge, Note: "n"}, []Pair{ab}},
		{"a verdict named b ⇄ a", Edit{Op: EditVerdict, Pair: &ReviewPair{b, a}, Topic: snap.Compare(a, b).Rows[0].Topic, Verdict: Diverge}, []Pair{ab}},
		// The engine names the sides by speaker in reasons, and reads
		// their party from speaker, channel and label.
		{"a rename of c", Edit{Op: EditRename, Account: c, Speaker: "Someone Else"}, []Pair{ac, bc}},
		{"a statement of a fourth account becomes about an earlier event", Edit{Op: EditEarlier, Span: spanPtr(stmt(snap, 3, 0))}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := map[Pair]*Comparison{}
			for _, p := range []Pair{ab, ac, bc} {
				before[p] = snap.Compare(p.Left, p.Right)
			}
			next, err := snap.WithReview(snap.NewReview("x.review.json", []Edit{tc.edit}))
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range next.Outcomes() {
				if !o.Applied {
					t.Fatalf("edit did not apply: %s", o.Detail)
				}
			}
			for p, old := range before {
				made := next.Compare(p.Left, p.Right) != old
				want := false
				for _, n := range tc.new {
					want = want || n == p
				}
				if made != want {
					t.Errorf("%v made again: %v, want %v", p, made, want)
				}
			}
			if m := next.Machine(); m.Compare(a, b) != before[ab] || m.Extraction() != snap.Extraction() {
				t.Error("the machine reading of the reviewed snapshot is not the one it came from")
			}
		})
	}
}

func TestWithReviewMarksAndVerdicts(t *testing.T) {
	_, snap := builtin(t)
	accs := snap.Extraction().Accounts
	a, b := accs[0].ID, accs[1].ID
	moved := stmt(snap, 0, 1)
	row := snap.Compare(a, b).Rows[0]
	verdict := Diverge
	if row.Verdict == Diverge {
		verdict = Agree
	}
	rv := snap.NewReview("x.review.json", []Edit{
		{Op: EditAssign, Span: spanPtr(moved), Account: b},
		{Op: EditVerdict, Pair: &ReviewPair{a, b}, Topic: snap.Compare(a, b).RowID(0)[len(a+"~"+b+"/"):], Verdict: verdict, Note: "checked against the readout"},
		{Op: EditVerdict, Pair: &ReviewPair{a, "nobody"}, Topic: "talks", Verdict: Agree},
	})
	next, err := snap.WithReview(rv)
	if err != nil {
		t.Fatal(err)
	}
	var markedID string
	for _, st := range next.Extraction().Account(b).Statements {
		if st.Start == moved.Start {
			markedID = st.ID
		}
	}
	if markedID == "" || next.Mark(markedID) != "assigned" {
		t.Fatalf("the moved statement %q has mark %q", markedID, next.Mark(markedID))
	}
	c := next.Compare(a, b)
	found := false
	for i := range c.Rows {
		if r := c.Review(i); r != nil && r.Note == "checked against the readout" {
			found = true
			if c.Rows[i].Verdict != verdict {
				t.Errorf("reviewed row has verdict %s, want %s", c.Rows[i].Verdict, verdict)
			}
		}
	}
	if !found {
		t.Fatal("no row carries the reviewer's note")
	}
	outs := next.Outcomes()
	if len(outs) != 3 || !outs[0].Applied || !outs[1].Applied || outs[2].Applied || outs[2].Detail != "no account nobody" {
		t.Fatalf("outcomes %+v", outs)
	}
	if n := NotApplied(outs); len(n) != 1 || n[0].N != 3 {
		t.Fatalf("not applied %+v", n)
	}
	// The matrix of all pairs shows the reviewer's verdict.
	m := next.All().Matrix
	ti := -1
	for k, topic := range m.Topics {
		if topic == row.Topic {
			ti = k
		}
	}
	cell := m.Cells[ti][0]
	has := func(list []string) bool { return strings.Contains(strings.Join(list, ","), b) }
	if verdict == Diverge && !has(cell.Diverges) || verdict == Agree && !has(cell.Agrees) {
		t.Errorf("matrix cell %s/%s: %+v, want the reviewer's %s with %s", row.Topic, a, cell, verdict, b)
	}
}

func TestWithReviewRefusesAnotherText(t *testing.T) {
	_, snap := builtin(t)
	rv := &Review{Name: "other.txt.review.json", SHA256: strings.Repeat("ab", 32)}
	_, err := snap.WithReview(rv)
	if err == nil || exitCode(err) != exitUsage || !strings.Contains(err.Error(), "other.txt.review.json") {
		t.Fatalf("err %v (exit %d), want bad input naming the review file", err, exitCode(err))
	}
	long := snap.NewReview("x.review.json", []Edit{{Op: EditDrop, Span: &Span{0, len(snap.Extraction().Article.Text) + 5}}})
	if _, err := snap.WithReview(long); err == nil || exitCode(err) != exitUsage {
		t.Fatalf("span past the text: %v", err)
	}
}

func TestRefreshKeepsTheReview(t *testing.T) {
	s, snap := builtin(t)
	rv := snap.NewReview("x.review.json", []Edit{{Op: EditDrop, Span: spanPtr(stmt(snap, 0, 0))}})
	next, err := snap.WithReview(rv)
	if err != nil {
		t.Fatal(err)
	}
	catalog := filepath.Join(t.TempDir(), "catalog.json")
	if err := os.WriteFile(catalog, []byte(`{"channels": [{"name": "Example Wire", "cues": ["example wire"]}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCatalogs([]string{catalog}); err != nil {
		t.Fatal(err)
	}
	again, err := s.Refresh(context.Background(), next)
	if err != nil {
		t.Fatal(err)
	}
	if again.Review() != rv || len(again.Extraction().Accounts[0].Statements) != len(snap.Extraction().Accounts[0].Statements)-1 {
		t.Fatal("a refreshed snapshot lost its review")
	}
}

func TestSaveReviewKeepsTheMode(t *testing.T) {
	_, snap := builtin(t)
	path := filepath.Join(t.TempDir(), "a.txt.review.json")
	rv := snap.NewReview(path, []Edit{{Op: EditDrop, Span: spanPtr(stmt(snap, 0, 0))}})
	if err := SaveReview(rv); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	rv.Edits = append(rv.Edits, Edit{Op: EditDrop, Span: spanPtr(stmt(snap, 0, 1))})
	if err := SaveReview(rv); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("mode after saving again: %v %v, want 0600", info.Mode(), err)
	}
	back, err := ReadReview(path)
	if err != nil || !reflect.DeepEqual(back.Edits, rv.Edits) {
		t.Fatalf("read back: %v %+v", err, back)
	}
}

// randomEdit makes an edit of any op over the reading of snap: spans of
// its statements, a little off or at random places, and accounts it has or
// not.
func randomEdit(rng *rand.Rand, snap *Snapshot) Edit {
	x := snap.Extraction()
	text := x.Article.Text
	var all []sources.Statement
	for _, a := range x.Accounts {
		all = append(all, a.Statements...)
	}
	all = append(all, x.Earlier...)
	ids := []string{"newcomer"}
	for _, a := range x.Accounts {
		ids = append(ids, a.ID)
	}
	account := func() string { return ids[rng.IntN(len(ids))] }
	span := func() *Span {
		var s Span
		if len(all) > 0 && rng.IntN(4) > 0 {
			st := all[rng.IntN(len(all))]
			s = Span{st.Start + rng.IntN(5), st.End - rng.IntN(5)}
		} else {
			start := rng.IntN(len(text) - 40)
			s = Span{start, start + 10 + rng.IntN(30)}
		}
		for s[0] > 0 && text[s[0]]&0xC0 == 0x80 {
			s[0]--
		}
		for s[1] < len(text) && text[s[1]]&0xC0 == 0x80 {
			s[1]++
		}
		if s[1] <= s[0] {
			s[1] = s[0] + 1
		}
		return &s
	}
	pair := func() *ReviewPair {
		p := ReviewPair{account(), account()}
		for p[0] == p[1] {
			p[1] = account()
		}
		return &p
	}
	switch rng.IntN(8) {
	case 0:
		return Edit{Op: EditAssign, Span: span(), Account: account(), Speaker: "New Speaker"}
	case 1:
		return Edit{Op: EditDrop, Span: span()}
	case 2:
		return Edit{Op: EditAdd, Span: span(), Account: account(), Kind: sources.Quote, Speaker: "New Speaker"}
	case 3:
		return Edit{Op: EditEarlier, Span: span()}
	case 4:
		a, b := account(), account()
		for a == b {
			b = account()
		}
		return Edit{Op: EditMerge, Accounts: []string{a, b}, Into: a}
	case 5:
		return Edit{Op: EditRename, Account: account(), Channel: "renamed channel"}
	case 6:
		topics := []string{"talks", "ceasefire", "assessment", "other", "trade", "venue"}
		verdicts := []Verdict{Agree, Diverge, LeftOnly, RightOnly}
		return Edit{Op: EditVerdict, Pair: pair(), Topic: topics[rng.IntN(len(topics))], Verdict: verdicts[rng.IntN(4)], Note: "n"}
	default:
		return Edit{Op: EditLink, Pair: pair(), Left: span(), Right: span(), Verdict: Agree}
	}
}

// everything is the reading and every comparison of snap, for comparing
// two snapshots whole.
func everything(snap *Snapshot) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%#v\n", *snap.Extraction())
	accs := snap.Extraction().Accounts
	for i := range accs {
		for j := range accs {
			if c := snap.Compare(accs[i].ID, accs[j].ID); c != nil {
				// Rows hold pointers (marks, refs): compare what they
				// point to.
				rows, err := json.Marshal(c.Rows)
				if err != nil {
					panic(err)
				}
				fmt.Fprintf(&b, "%s~%s %s %#v %#v", c.Left, c.Right, rows, c.ids, c.outcomes)
				for _, r := range c.reviews {
					if r != nil {
						fmt.Fprintf(&b, " %#v", *r)
					} else {
						b.WriteString(" -")
					}
				}
				b.WriteString("\n")
			}
		}
	}
	all := snap.All()
	m, err := json.Marshal(all.Matrix)
	if err != nil {
		panic(err)
	}
	fmt.Fprintf(&b, "%s\n", m)
	return b.String()
}

// TestUndoEveryEditRestoresTheMachineReading is the property of undo:
// whatever edits were made, one at a time as in the window, undoing them
// all gives back the machine reading and its comparisons exactly, and each
// undo gives back the reading as it was before that edit.
func TestUndoEveryEditRestoresTheMachineReading(t *testing.T) {
	_, machine := builtin(t)
	want := everything(machine)
	for seed := uint64(1); seed <= 8; seed++ {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 99))
			h := NewHistory(nil)
			snap := machine
			var seen []string // everything() after 0, 1, 2… edits
			seen = append(seen, want)
			for k := 0; k < 12; k++ {
				h.Push(randomEdit(rng, snap))
				next, err := snap.WithReview(snap.NewReview("x.review.json", h.Edits()))
				if err != nil {
					t.Fatal(err)
				}
				snap = next
				seen = append(seen, everything(snap))
			}
			for k := len(seen) - 2; k >= 0; k-- {
				if !h.Undo() {
					t.Fatal("undo refused")
				}
				rv := snap.NewReview("x.review.json", h.Edits())
				if len(h.Edits()) == 0 {
					rv = nil
				}
				next, err := snap.WithReview(rv)
				if err != nil {
					t.Fatal(err)
				}
				snap = next
				if got := everything(snap); got != seen[k] {
					t.Fatalf("after undoing to %d edits the reading differs from before edit %d:\n%s", k, k+1, firstDiff(got, seen[k]))
				}
			}
			// An empty review, not only no review, is the machine reading.
			empty, err := machine.WithReview(machine.NewReview("x.review.json", nil))
			if err != nil {
				t.Fatal(err)
			}
			if got := everything(empty); got != want {
				t.Fatalf("an empty review changes the reading:\n%s", firstDiff(got, want))
			}
		})
	}
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			k := 0
			for k < min(len(la[i]), len(lb[i])) && la[i][k] == lb[i][k] {
				k++
			}
			from := max(0, k-200)
			return fmt.Sprintf("line %d, byte %d:\n got …%.400s\nwant …%.400s", i+1, k, la[i][from:], lb[i][from:])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(la), len(lb))
}

// BenchmarkEdit is one correction in the window: the built-in article with
// every pair of All three made, then one more edit, and the pairs on show
// made again where the edit touched them. Issue 9 asks for under 16 ms
// (one frame).
func BenchmarkEdit(b *testing.B) {
	_, snap := builtin(b)
	snap.All()
	accs := snap.Extraction().Accounts
	a, c := accs[0].ID, accs[1].ID
	for _, bc := range []struct {
		name string
		edit Edit
	}{
		{"assign (three pairs again)", Edit{Op: EditAssign, Span: spanPtr(stmt(snap, 0, 1)), Account: c}},
		{"drop (two pairs again)", Edit{Op: EditDrop, Span: spanPtr(stmt(snap, 2, 0))}},
		{"verdict (one pair again)", Edit{Op: EditVerdict, Pair: &ReviewPair{a, c}, Topic: "talks", Verdict: Agree, Note: "n"}},
		{"link (one pair again)", Edit{Op: EditLink, Pair: &ReviewPair{a, c}, Left: spanPtr(stmt(snap, 0, 0)), Right: spanPtr(stmt(snap, 1, 0)), Verdict: Agree}},
	} {
		rv := snap.NewReview("x.review.json", []Edit{bc.edit})
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				next, err := snap.WithReview(rv)
				if err != nil {
					b.Fatal(err)
				}
				next.All()
			}
		})
	}
}
