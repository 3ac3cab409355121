package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"

	"readouts/sources"
)

// builtin reads the built-in article in a session with the built-in
// catalog and lexicons.
func builtin(t testing.TB) (*Session, *Snapshot) {
	t.Helper()
	s, err := NewSession(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := s.Load(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Extraction().Accounts) < 3 {
		t.Fatalf("the built-in article gives %d accounts, want 3 or more", len(snap.Extraction().Accounts))
	}
	return s, snap
}

// TestSnapshotComputesOnce checks the cache: each request below must hand
// back the very comparison an earlier request made, not a new one.
func TestSnapshotComputesOnce(t *testing.T) {
	_, snap := builtin(t)
	accs := snap.Extraction().Accounts
	a, b, c := accs[0].ID, accs[1].ID, accs[2].ID
	tests := []struct {
		name        string
		first, then func() *Comparison
	}{
		{"the same pair twice",
			func() *Comparison { return snap.Compare(a, b) },
			func() *Comparison { return snap.Compare(a, b) }},
		{"a pair, then all pairs",
			func() *Comparison { return snap.Compare(a, c) },
			func() *Comparison { return snap.All().Comparisons[1] }},
		{"all pairs, then a pair",
			func() *Comparison { return snap.All().Comparisons[2] },
			func() *Comparison { return snap.Compare(b, c) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first := tc.first()
			if first == nil || len(first.Rows) == 0 {
				t.Fatal("no rows")
			}
			if then := tc.then(); then != first {
				t.Errorf("asked again, got a new comparison %p, want the cached %p", then, first)
			}
		})
	}
	if snap.All() != snap.All() {
		t.Error("all pairs were made twice")
	}
	if ab, ba := snap.Compare(a, b), snap.Compare(b, a); ab == ba || ba.Left != b {
		t.Errorf("Compare(b, a) is the cached Compare(a, b) or has %s on the left", ba.Left)
	}
}

func TestSnapshotCompareUnknownAccounts(t *testing.T) {
	_, snap := builtin(t)
	a := snap.Extraction().Accounts[0].ID
	for _, p := range [][2]string{{a, "nobody"}, {"nobody", a}, {a, a}, {"", ""}} {
		if c := snap.Compare(p[0], p[1]); c != nil {
			t.Errorf("Compare(%q, %q) = %d rows, want nil", p[0], p[1], len(c.Rows))
		}
	}
}

// TestSnapshotConcurrentReads asks one snapshot for the same comparisons
// from many goroutines while another article loads (run with -race).
func TestSnapshotConcurrentReads(t *testing.T) {
	s, snap := builtin(t)
	accs := snap.Extraction().Accounts
	var wg sync.WaitGroup
	got := make([]*Comparison, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				snap.All()
			}
			got[i] = snap.Compare(accs[0].ID, accs[1].ID)
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		if _, err := s.Load(context.Background(), ""); err != nil {
			t.Error(err)
		}
	}()
	wg.Wait()
	for i := range got {
		if got[i] != got[0] {
			t.Fatalf("goroutine %d got another comparison of the same pair", i)
		}
	}
}

// TestRefreshRecomputesWhatChanged changes the catalog or the lexicons of
// a session and checks what its snapshot keeps and what it makes anew.
func TestRefreshRecomputesWhatChanged(t *testing.T) {
	dir := t.TempDir()
	file := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	catalog := file("catalog.json", `{"channels": [{"name": "Example Wire", "cues": ["example wire"]}]}`)
	lexicon := file("lexicon.json", `{"topics": [{"id": "employment", "label": "jobs and wealth", "terms": ["jobs|job", "wealth"]}]}`)
	tests := []struct {
		name            string
		change          func(*Session) error
		same            bool // the snapshot itself comes back
		sameExtraction  bool
		sameComparisons bool
	}{
		{"nothing", func(*Session) error { return nil }, true, true, true},
		{"lexicon", func(s *Session) error { return s.SetLexicons([]string{lexicon}) }, false, true, false},
		{"catalog", func(s *Session) error { return s.SetCatalogs([]string{catalog}) }, false, false, false},
		{"both", func(s *Session) error {
			return errors.Join(s.SetCatalogs([]string{catalog}), s.SetLexicons([]string{lexicon}))
		}, false, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, snap := builtin(t)
			all := snap.All()
			if err := tc.change(s); err != nil {
				t.Fatal(err)
			}
			next, err := s.Refresh(context.Background(), snap)
			if err != nil {
				t.Fatal(err)
			}
			if (next == snap) != tc.same {
				t.Errorf("same snapshot: %v, want %v", next == snap, tc.same)
			}
			if (next.Extraction() == snap.Extraction()) != tc.sameExtraction {
				t.Errorf("same extraction: %v, want %v", next.Extraction() == snap.Extraction(), tc.sameExtraction)
			}
			if (next.All() == all) != tc.sameComparisons {
				t.Errorf("same comparisons: %v, want %v", next.All() == all, tc.sameComparisons)
			}
			if again, _ := s.Refresh(context.Background(), next); again != next {
				t.Error("a second refresh with nothing changed made a new snapshot")
			}
		})
	}
}

// TestNewLexiconReachesComparisons checks that a refreshed snapshot
// compares with the session's new lexicon: a topic it adds shows up.
func TestNewLexiconReachesComparisons(t *testing.T) {
	s, snap := builtin(t)
	lexicon := filepath.Join(t.TempDir(), "lexicon.json")
	// The built-in article speaks of jobs and wealth.
	if err := os.WriteFile(lexicon, []byte(`{"topics": [{"id": "employment", "label": "jobs and wealth", "terms": ["jobs|job", "wealth", "employment"]}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if slices.Contains(snap.All().Matrix.Topics, "employment") {
		t.Fatal("the built-in lexicon already has an employment topic")
	}
	if err := s.SetLexicons([]string{lexicon}); err != nil {
		t.Fatal(err)
	}
	next, err := s.Refresh(context.Background(), snap)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(next.All().Matrix.Topics, "employment") {
		t.Errorf("topics after the new lexicon: %v, want employment among them", next.All().Matrix.Topics)
	}
}

func TestBadRulesChangeNothing(t *testing.T) {
	s, snap := builtin(t)
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, set := range map[string]func([]string) error{"catalog": s.SetCatalogs, "lexicon": s.SetLexicons} {
		for _, files := range [][]string{{bad}, {filepath.Join(t.TempDir(), "missing.json")}} {
			if err := set(files); exitCode(err) != exitUsage {
				t.Errorf("%s %v: err %v, want bad input", name, files, err)
			}
		}
	}
	if next, _ := s.Refresh(context.Background(), snap); next != snap {
		t.Error("a failed change of rules still changed the snapshot")
	}
}

func TestLoadCancelled(t *testing.T) {
	s, _ := builtin(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if snap, err := s.Load(ctx, ""); !errors.Is(err, context.Canceled) || snap != nil {
		t.Fatalf("Load with a cancelled context: %v, %v", snap, err)
	}
}

func TestRowIDs(t *testing.T) {
	x := &sources.Extraction{Accounts: []sources.Account{
		{ID: "a", Statements: []sources.Statement{
			{ID: "a-1", Span: sources.Span{Start: 10, End: 20}},
			{ID: "a-2", Span: sources.Span{Start: 50, End: 60}},
			{ID: "a-3", Span: sources.Span{Start: 90, End: 99}}}},
		{ID: "b", Statements: []sources.Statement{
			{ID: "b-1", Span: sources.Span{Start: 30, End: 40}},
			{ID: "b-2", Span: sources.Span{Start: 70, End: 80}}}},
	}}
	row := func(topic, left, right string) Row { // "" for a side without statements
		r := Row{Topic: topic}
		if left != "" {
			r.Left = []string{left}
		}
		if right != "" {
			r.Right = []string{right}
		}
		return r
	}
	tests := []struct {
		name string
		rows []Row
		want []string
	}{
		{"one row per topic", []Row{row("talks", "a-1", ""), row("trade", "", "b-1")},
			[]string{"a~b/talks", "a~b/trade"}},
		{"a topic twice, numbered in article order, not row order",
			[]Row{row("other", "a-3", ""), row("talks", "a-2", ""), row("other", "", "b-1")},
			[]string{"a~b/other#2", "a~b/talks", "a~b/other"}},
		{"a row's first statement may be on the right",
			[]Row{row("other", "a-2", "b-2"), row("other", "a-3", "b-1")},
			[]string{"a~b/other#2", "a~b/other"}},
		{"a topic named like a numbered one",
			[]Row{row("x", "a-1", ""), row("x#2", "a-2", ""), row("x", "a-3", "")},
			[]string{"a~b/x", "a~b/x#2", "a~b/x#3"}},
		{"rows without known statements keep their order, last",
			[]Row{row("other", "zz", ""), row("other", "a-1", "")},
			[]string{"a~b/other#2", "a~b/other"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := NewComparison(x, "a", "b", tc.rows)
			var got []string
			for i := range c.Rows {
				got = append(got, c.RowID(i))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ids %q, want %q", got, tc.want)
			}
		})
	}
}

// TestRowIDsUniqueOnBuiltinArticle checks every pair of the built-in
// article: one id per row, never two alike.
func TestRowIDsUniqueOnBuiltinArticle(t *testing.T) {
	_, snap := builtin(t)
	accs := snap.Extraction().Accounts
	for i := range accs {
		for j := range accs {
			c := snap.Compare(accs[i].ID, accs[j].ID)
			if c == nil {
				continue
			}
			seen := map[string]bool{}
			for k := range c.Rows {
				id := c.RowID(k)
				if id == "" || seen[id] {
					t.Errorf("%s ⇄ %s row %d: id %q empty or repeated", c.Left, c.Right, k, id)
				}
				seen[id] = true
			}
		}
	}
}

func TestReport(t *testing.T) {
	_, snap := builtin(t)
	accs := snap.Extraction().Accounts
	pair := Pair{Left: accs[0].ID, Right: accs[1].ID}
	tests := []struct {
		name        string
		pair        Pair
		comparisons int
		matrix      bool
		err         bool
	}{
		{"accounts alone", Pair{}, 0, false, false},
		{"one pair", pair, 1, false, false},
		{"all pairs", Pair{All: true}, 3, true, false},
		{"unknown account", Pair{Left: accs[0].ID, Right: "nobody"}, 0, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := snap.Report(tc.pair)
			if (err != nil) != tc.err {
				t.Fatalf("err %v, want error %v", err, tc.err)
			}
			if err != nil {
				return
			}
			if len(r.in.Comparisons) != tc.comparisons || (r.in.Matrix != nil) != tc.matrix {
				t.Fatalf("%d comparisons, matrix %v; want %d, %v", len(r.in.Comparisons), r.in.Matrix != nil, tc.comparisons, tc.matrix)
			}
			if tc.comparisons == 1 && !reflect.DeepEqual(r.in.Comparisons[0].Rows, snap.Compare(pair.Left, pair.Right).Rows) {
				t.Error("the report's rows are not the session's")
			}
			if r.in.Extraction != snap.Extraction() || r.in.Version != Version {
				t.Error("the report does not carry the snapshot's extraction and the version")
			}
		})
	}
}
