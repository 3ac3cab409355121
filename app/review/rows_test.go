package review

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"readouts/app/compare"
)

// testRows are alpha ⇄ beta of the fixture, aligned by hand.
func testRows() ([]compare.Row, []string) {
	return []compare.Row{
			{Topic: "assessment", Verdict: compare.Agree, Left: []string{"alpha-1"}, Right: []string{"beta-1"}, Diff: []compare.Op{{Op: "equal", Text: "x"}}},
			{Topic: "talks", Verdict: compare.LeftOnly, Left: []string{"alpha-2"}},
			{Topic: "sanctions", Verdict: compare.RightOnly, Right: []string{"beta-2"}},
		}, []string{
			"alpha~beta/assessment", "alpha~beta/talks", "alpha~beta/sanctions",
		}
}

// rowLines writes rows as "id verdict left|right [was note linked]".
func rowLines(r *Rows) []string {
	var out []string
	for i, row := range r.Rows {
		s := fmt.Sprintf("%s %s %s|%s", r.IDs[i], row.Verdict, strings.Join(row.Left, ","), strings.Join(row.Right, ","))
		if rv := r.Reviews[i]; rv != nil {
			s += fmt.Sprintf(" [was %s %q linked=%v]", rv.VerdictWas, rv.Note, rv.Linked)
		}
		out = append(out, s)
	}
	return out
}

func TestApplyRowsEveryRowEdit(t *testing.T) {
	pair := &Pair{"alpha", "beta"}
	swapped := &Pair{"beta", "alpha"}
	cases := []struct {
		name    string
		edits   func(t *testing.T) []Edit
		rows    []string
		applied []bool
		detail  string
	}{
		{
			name: "verdict on a matched row",
			edits: func(*testing.T) []Edit {
				return []Edit{{Op: SetVerdict, Pair: pair, Topic: "assessment", Verdict: compare.Diverge, Note: "warm vs frank"}}
			},
			rows: []string{
				`alpha~beta/assessment diverge alpha-1|beta-1 [was agree "warm vs frank" linked=false]`,
				"alpha~beta/talks left-only alpha-2|",
				"alpha~beta/sanctions right-only |beta-2",
			},
			applied: []bool{true},
			detail:  "alpha~beta/assessment: agree → diverge",
		},
		{
			name: "a one-sided verdict unlinks; the pair may be named the other way round",
			edits: func(*testing.T) []Edit {
				return []Edit{{Op: SetVerdict, Pair: swapped, Topic: "assessment", Verdict: compare.RightOnly, Note: "not the same point"}}
			},
			rows: []string{
				`alpha~beta/assessment left-only alpha-1| [was agree "not the same point" linked=false]`,
				`alpha~beta/assessment#2 right-only |beta-1 [was agree "not the same point" linked=false]`,
				"alpha~beta/talks left-only alpha-2|",
				"alpha~beta/sanctions right-only |beta-2",
			},
			applied: []bool{true},
		},
		{
			name: "agree on a one-sided row does not apply",
			edits: func(*testing.T) []Edit {
				return []Edit{{Op: SetVerdict, Pair: pair, Topic: "talks", Verdict: compare.Agree}}
			},
			rows:    []string{"alpha~beta/assessment agree alpha-1|beta-1", "alpha~beta/talks left-only alpha-2|", "alpha~beta/sanctions right-only |beta-2"},
			applied: []bool{false},
			detail:  "one side only",
		},
		{
			name: "verdict on a row that is not there does not apply",
			edits: func(*testing.T) []Edit {
				return []Edit{{Op: SetVerdict, Pair: pair, Topic: "venue", Verdict: compare.Agree}}
			},
			rows:    []string{"alpha~beta/assessment agree alpha-1|beta-1", "alpha~beta/talks left-only alpha-2|", "alpha~beta/sanctions right-only |beta-2"},
			applied: []bool{false},
			detail:  "no row alpha~beta/venue",
		},
		{
			name: "link two one-sided statements",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Link, Pair: pair, Left: spanOf(t, "talks would start"), Right: spanOf(t, "sanctions must stay"), Verdict: compare.Diverge, Note: "n"}}
			},
			rows: []string{
				"alpha~beta/assessment agree alpha-1|beta-1",
				`alpha~beta/talks diverge alpha-2|beta-2 [was left-only "n" linked=true]`,
			},
			applied: []bool{true},
			detail:  "alpha-2 ⇄ beta-2 diverge",
		},
		{
			name: "link out of a matched row leaves it one-sided",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Link, Pair: swapped, Left: spanOf(t, "sanctions must stay"), Right: spanOf(t, "productive"), Verdict: compare.Agree}}
			},
			rows: []string{
				`alpha~beta/assessment#2 agree alpha-1|beta-2 [was agree "" linked=true]`,
				`alpha~beta/assessment right-only |beta-1 [was agree "" linked=false]`,
				"alpha~beta/talks left-only alpha-2|",
			},
			applied: []bool{true},
		},
		{
			name: "link two already alone together changes the verdict in place",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Link, Pair: pair, Left: spanOf(t, "productive"), Right: spanOf(t, "frank"), Verdict: compare.Diverge}}
			},
			rows: []string{
				`alpha~beta/assessment diverge alpha-1|beta-1 [was agree "" linked=true]`,
				"alpha~beta/talks left-only alpha-2|",
				"alpha~beta/sanctions right-only |beta-2",
			},
			applied: []bool{true},
		},
		{
			name: "link to a statement the account does not have does not apply",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Link, Pair: pair, Left: spanOf(t, "he welcomed"), Right: spanOf(t, "frank"), Verdict: compare.Agree}}
			},
			rows:    []string{"alpha~beta/assessment agree alpha-1|beta-1", "alpha~beta/talks left-only alpha-2|", "alpha~beta/sanctions right-only |beta-2"},
			applied: []bool{false},
			detail:  "no statement of alpha at",
		},
		{
			name: "edits of other pairs and reading edits are not this pair's",
			edits: func(t *testing.T) []Edit {
				return []Edit{
					{Op: SetVerdict, Pair: &Pair{"alpha", "gamma"}, Topic: "assessment", Verdict: compare.Diverge},
					{Op: Drop, Span: spanOf(t, "frank")},
				}
			},
			rows: []string{"alpha~beta/assessment agree alpha-1|beta-1", "alpha~beta/talks left-only alpha-2|", "alpha~beta/sanctions right-only |beta-2"},
		},
	}
	eng := engine(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x := fixture(t)
			rows, ids := testRows()
			before, _ := json.Marshal([]any{rows, ids})
			r := ApplyRows(eng, x, "alpha", "beta", rows, ids, tc.edits(t))
			if after, _ := json.Marshal([]any{rows, ids}); string(after) != string(before) {
				t.Fatal("ApplyRows changed the rows it was given")
			}
			if got := rowLines(r); !reflect.DeepEqual(got, tc.rows) {
				t.Errorf("rows:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.rows, "\n"))
			}
			var applied []bool
			for _, o := range r.Outcomes {
				applied = append(applied, o.Applied)
			}
			if !reflect.DeepEqual(applied, tc.applied) {
				t.Errorf("applied %v, want %v (%+v)", applied, tc.applied, r.Outcomes)
			}
			if len(r.Outcomes) > 0 && !strings.Contains(r.Outcomes[len(r.Outcomes)-1].Detail, tc.detail) {
				t.Errorf("outcome %q, want it to say %q", r.Outcomes[len(r.Outcomes)-1].Detail, tc.detail)
			}
			for i, row := range r.Rows {
				matched := len(row.Left) > 0 && len(row.Right) > 0
				if matched != (row.Verdict == compare.Agree || row.Verdict == compare.Diverge) {
					t.Errorf("row %s: verdict %s with %d left and %d right statements", r.IDs[i], row.Verdict, len(row.Left), len(row.Right))
				}
				if !matched && row.Diff != nil {
					t.Errorf("one-sided row %s has a diff", r.IDs[i])
				}
				if rv := r.Reviews[i]; rv != nil && rv.Linked && len(row.Diff) == 0 {
					t.Errorf("linked row %s has no word diff", r.IDs[i])
				}
			}
		})
	}
}
