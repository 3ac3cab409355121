package review

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"readouts/sources"
)

func TestApplyEveryReadingEdit(t *testing.T) {
	cases := []struct {
		name     string
		edits    func(t *testing.T) []Edit
		accounts []string
		earlier  []string // ids=texts of the earlier statements
		marks    map[string]Mark
		applied  []bool
		detail   string // in the last outcome
	}{
		{
			name: "assign moves a statement and numbers both accounts again",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Assign, Span: spanOf(t, "talks would start soon"), Account: "beta"}}
			},
			accounts: []string{
				`alpha: alpha-1=the call was "productive and warm"`,
				`beta: beta-1=talks would start soon beta-2=the call was "frank" beta-3=sanctions must stay`,
				"gamma: gamma-1=he welcomed the call",
			},
			marks:   map[string]Mark{"beta-1": Assigned},
			applied: []bool{true},
			detail:  "alpha-2 → beta",
		},
		{
			name: "assign takes the statement the span overlaps most",
			edits: func(t *testing.T) []Edit {
				// a span from the end of alpha-1 over most of alpha-2
				s := spanOf(t, `warm". Alpha added that talks would start`)
				return []Edit{{Op: Assign, Span: s, Account: "gamma"}}
			},
			accounts: []string{
				`alpha: alpha-1=the call was "productive and warm"`,
				`beta: beta-1=the call was "frank" beta-2=sanctions must stay`,
				"gamma: gamma-1=talks would start soon gamma-2=he welcomed the call",
			},
			marks:   map[string]Mark{"gamma-1": Assigned},
			applied: []bool{true},
		},
		{
			name: "assign to an unknown id makes the account from the edit",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Assign, Span: spanOf(t, "sanctions must stay"), Account: "delta", Speaker: "Delta", Channel: "briefing"}}
			},
			accounts: []string{
				`alpha: alpha-1=the call was "productive and warm" alpha-2=talks would start soon`,
				`beta: beta-1=the call was "frank"`,
				"gamma: gamma-1=he welcomed the call",
				"delta: delta-1=sanctions must stay",
			},
			marks:   map[string]Mark{"delta-1": Assigned},
			applied: []bool{true},
		},
		{
			name: "assign to an unknown id without a speaker does not apply",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Assign, Span: spanOf(t, "sanctions must stay"), Account: "delta"}}
			},
			accounts: machineAccounts,
			applied:  []bool{false},
			detail:   "no account delta, and the edit names no speaker to make it",
		},
		{
			name: "assign where there is no statement does not apply",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Assign, Span: spanOf(t, "The two leaders"), Account: "beta"}}
			},
			accounts: machineAccounts,
			applied:  []bool{false},
			detail:   "no statement at [0, 15]",
		},
		{
			name: "assign to the account it is in does not apply",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Assign, Span: spanOf(t, "sanctions must stay"), Account: "beta"}}
			},
			accounts: machineAccounts,
			applied:  []bool{false},
			detail:   "beta-2 is already a statement of beta",
		},
		{
			name: "drop removes the statement, and an account left empty goes",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Drop, Span: spanOf(t, "he welcomed")}}
			},
			accounts: []string{
				`alpha: alpha-1=the call was "productive and warm" alpha-2=talks would start soon`,
				`beta: beta-1=the call was "frank" beta-2=sanctions must stay`,
			},
			applied: []bool{true},
			detail:  "dropped gamma-1",
		},
		{
			name: "add makes a statement and replaces what it overlaps",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Add, Span: spanOf(t, "Alpha added that talks would start soon"), Account: "alpha", Kind: sources.Quote}}
			},
			accounts: []string{
				`alpha: alpha-1=the call was "productive and warm" alpha-2=Alpha added that talks would start soon`,
				`beta: beta-1=the call was "frank" beta-2=sanctions must stay`,
				"gamma: gamma-1=he welcomed the call",
			},
			marks:   map[string]Mark{"alpha-2": Added},
			applied: []bool{true},
			detail:  "replacing alpha-2",
		},
		{
			name: "add the same statement again does not apply",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Add, Span: spanOf(t, "sanctions must stay"), Account: "beta", Kind: sources.Paraphrase}}
			},
			accounts: machineAccounts,
			applied:  []bool{false},
		},
		{
			name: "add with another kind changes quote and paraphrase",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Add, Span: spanOf(t, "sanctions must stay"), Account: "beta", Kind: sources.Quote}}
			},
			accounts: machineAccounts,
			marks:    map[string]Mark{"beta-2": Added},
			applied:  []bool{true},
		},
		{
			name: "add to an unknown id makes the account",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Add, Span: spanOf(t, "The two leaders spoke by phone on Tuesday."), Account: "wire", Kind: sources.Paraphrase, Speaker: "Wire service"}}
			},
			accounts: append(append([]string{}, machineAccounts...), "wire: wire-1=The two leaders spoke by phone on Tuesday."),
			marks:    map[string]Mark{"wire-1": Added},
			applied:  []bool{true},
		},
		{
			name: "earlier moves the statement out of the accounts",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Earlier, Span: spanOf(t, "sanctions must stay")}}
			},
			accounts: []string{
				`alpha: alpha-1=the call was "productive and warm" alpha-2=talks would start soon`,
				`beta: beta-1=the call was "frank"`,
				"gamma: gamma-1=he welcomed the call",
			},
			earlier: []string{"earlier-1=sanctions must stay", "earlier-2=Gamma had called for a summit"},
			marks:   map[string]Mark{"earlier-1": MarkEarlier},
			applied: []bool{true},
		},
		{
			name: "earlier on an earlier statement does not apply",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Earlier, Span: spanOf(t, "called for a summit")}}
			},
			accounts: machineAccounts,
			applied:  []bool{false},
			detail:   "earlier-1 is already about an earlier event",
		},
		{
			name: "assign brings an earlier statement back into an account",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Assign, Span: spanOf(t, "called for a summit"), Account: "gamma"}}
			},
			accounts: []string{
				`alpha: alpha-1=the call was "productive and warm" alpha-2=talks would start soon`,
				`beta: beta-1=the call was "frank" beta-2=sanctions must stay`,
				"gamma: gamma-1=he welcomed the call gamma-2=Gamma had called for a summit",
			},
			earlier: []string{},
			marks:   map[string]Mark{"gamma-2": Assigned},
			applied: []bool{true},
		},
		{
			name: "merge puts the statements of both in one account",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Merge, Accounts: []string{"beta", "gamma"}, Into: "beta"}}
			},
			accounts: []string{
				`alpha: alpha-1=the call was "productive and warm" alpha-2=talks would start soon`,
				`beta: beta-1=the call was "frank" beta-2=sanctions must stay beta-3=he welcomed the call`,
			},
			marks:   map[string]Mark{"beta-3": Merged},
			applied: []bool{true},
			detail:  "merged gamma into beta",
		},
		{
			name: "merge into a missing account does not apply",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Merge, Accounts: []string{"delta", "gamma"}, Into: "delta"}}
			},
			accounts: machineAccounts,
			applied:  []bool{false},
			detail:   "no account delta",
		},
		{
			name: "rename sets the speaker and keeps the channel",
			edits: func(t *testing.T) []Edit {
				return []Edit{{Op: Rename, Account: "gamma", Speaker: "Gamma Prime"}}
			},
			accounts: machineAccounts,
			marks:    map[string]Mark{"gamma-1": Renamed},
			applied:  []bool{true},
			detail:   "gamma is Gamma Prime — post",
		},
		{
			name: "edits apply in order; a statement's own mark outlasts its account's",
			edits: func(t *testing.T) []Edit {
				return []Edit{
					{Op: Assign, Span: spanOf(t, "talks would start soon"), Account: "gamma"},
					{Op: Rename, Account: "gamma", Channel: "video"},
					{Op: Drop, Span: spanOf(t, "talks would start soon")},
					{Op: Drop, Span: spanOf(t, "talks would start soon")},
				}
			},
			accounts: []string{
				`alpha: alpha-1=the call was "productive and warm"`,
				`beta: beta-1=the call was "frank" beta-2=sanctions must stay`,
				"gamma: gamma-1=he welcomed the call",
			},
			marks:   map[string]Mark{"gamma-1": Renamed},
			applied: []bool{true, true, true, false},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x := fixture(t)
			r := Apply(x, tc.edits(t))
			if got := accountsOf(r.X); !reflect.DeepEqual(got, tc.accounts) {
				t.Errorf("accounts:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.accounts, "\n"))
			}
			if tc.earlier != nil {
				var got []string
				for _, st := range r.X.Earlier {
					got = append(got, st.ID+"="+st.Text)
					if !st.Earlier || st.Account != "" {
						t.Errorf("earlier statement %s: Earlier %v, Account %q", st.ID, st.Earlier, st.Account)
					}
				}
				if len(got) != len(tc.earlier) || len(got) > 0 && !reflect.DeepEqual(got, tc.earlier) {
					t.Errorf("earlier: %v, want %v", got, tc.earlier)
				}
			}
			marks := tc.marks
			if marks == nil {
				marks = map[string]Mark{}
			}
			if !reflect.DeepEqual(r.Marks, marks) {
				t.Errorf("marks %v, want %v", r.Marks, marks)
			}
			var applied []bool
			for _, o := range r.Outcomes {
				applied = append(applied, o.Applied)
			}
			if !reflect.DeepEqual(applied, tc.applied) {
				t.Errorf("applied %v, want %v (%+v)", applied, tc.applied, r.Outcomes)
			}
			if last := r.Outcomes[len(r.Outcomes)-1]; !strings.Contains(last.Detail, tc.detail) {
				t.Errorf("last outcome %q, want it to say %q", last.Detail, tc.detail)
			}
			checkReading(t, r.X)
		})
	}
}

var machineAccounts = []string{
	`alpha: alpha-1=the call was "productive and warm" alpha-2=talks would start soon`,
	`beta: beta-1=the call was "frank" beta-2=sanctions must stay`,
	"gamma: gamma-1=he welcomed the call",
}

// checkReading checks the contracts a reading keeps: every statement's text
// is its span of the article, its account, speaker and channel are its
// account's, and ids are unique.
func checkReading(t *testing.T, x *sources.Extraction) {
	t.Helper()
	seen := map[string]bool{}
	check := func(st sources.Statement) {
		if x.Article.Text[st.Start:st.End] != st.Text {
			t.Errorf("statement %s: text %q is not its span", st.ID, st.Text)
		}
		if seen[st.ID] {
			t.Errorf("statement id %s given twice", st.ID)
		}
		seen[st.ID] = true
	}
	for _, a := range x.Accounts {
		if len(a.Statements) == 0 {
			t.Errorf("account %s has no statements", a.ID)
		}
		for _, st := range a.Statements {
			check(st)
			if st.Account != a.ID || st.Speaker != a.Speaker || st.Channel != a.Channel {
				t.Errorf("statement %s says %s/%s/%s, its account %s/%s/%s", st.ID, st.Account, st.Speaker, st.Channel, a.ID, a.Speaker, a.Channel)
			}
		}
	}
	for _, st := range x.Earlier {
		check(st)
	}
}

func TestApplyAddGivesKindParagraphAndConfidence(t *testing.T) {
	x := fixture(t)
	r := Apply(x, []Edit{{Op: Add, Span: spanOf(t, "It said sanctions must stay."), Account: "beta", Kind: sources.Quote}})
	st := r.X.Account("beta").Statements[1]
	if st.Kind != sources.Quote || st.Paragraph != 3 || st.Confidence != 1 || st.Text != "It said sanctions must stay." {
		t.Fatalf("added statement %+v", st)
	}
}

func TestApplyLeavesTheMachineReadingAlone(t *testing.T) {
	x := fixture(t)
	before, _ := json.Marshal(x)
	edits := []Edit{
		{Op: Assign, Span: spanOf(t, "talks would start soon"), Account: "gamma"},
		{Op: Rename, Account: "alpha", Speaker: "A"},
		{Op: Add, Span: spanOf(t, "Beta's office"), Account: "beta", Kind: sources.Quote},
		{Op: Earlier, Span: spanOf(t, "he welcomed")},
		{Op: Merge, Accounts: []string{"alpha", "beta"}, Into: "alpha"},
		{Op: Drop, Span: spanOf(t, "Gamma had called")},
	}
	r := Apply(x, edits)
	if after, _ := json.Marshal(x); string(after) != string(before) {
		t.Fatalf("Apply changed the machine reading:\n%s\n%s", before, after)
	}
	for _, o := range r.Outcomes {
		if !o.Applied {
			t.Errorf("edit %d (%s) did not apply: %s", o.N, o.Op, o.Detail)
		}
	}
	if !reflect.DeepEqual(Apply(x, nil).X, x) {
		t.Fatal("no edits do not give the machine reading back")
	}
}

func TestNewAccountID(t *testing.T) {
	x := fixture(t)
	for speaker, want := range map[string]string{
		"White House":        "white-house",
		"Alpha":              "alpha-2",
		"  Дмитрий Песков":   "account",
		"Mr. O'Brien (aide)": "mr-o-brien-aide",
	} {
		if got := NewAccountID(x, speaker); got != want || !ValidAccountID(got) {
			t.Errorf("NewAccountID(%q) = %q, want %q", speaker, got, want)
		}
	}
}
