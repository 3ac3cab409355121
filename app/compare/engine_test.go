package compare

import (
	"reflect"
	"testing"

	"readouts/sources"
)

// TestEdgeCases: empty accounts, a single account, statements without words.
func TestEdgeCases(t *testing.T) {
	e := testEngine(t)
	x := buildArticle(map[string][]string{
		"a": {"…", "The ceasefire holds."},
		"b": {},
		"c": {"— !"},
	}, "a", "b", "c")
	c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
	if len(c.Rows) != 2 || c.Rows[0].Verdict != LeftOnly || c.Rows[1].Verdict != LeftOnly {
		t.Errorf("against an empty account: %v", c.Rows)
	}
	c = e.Compare(x.Article, &x.Accounts[1], &x.Accounts[1])
	if len(c.Rows) != 0 {
		t.Errorf("two empty accounts: %v", c.Rows)
	}
	c = e.Compare(x.Article, &x.Accounts[0], &x.Accounts[2])
	for _, r := range c.Rows {
		if r.Confidence != r.Confidence { // NaN
			t.Errorf("NaN confidence in %v", r)
		}
	}
	m := e.Matrix(x.Article, []*sources.Account{&x.Accounts[0]})
	if len(m.Accounts) != 1 || len(m.Topics) != 0 {
		t.Errorf("one account matrix: %+v", m)
	}
	comps, m := e.All(&sources.Extraction{Article: x.Article})
	if len(comps) != 0 || len(m.Accounts) != 0 {
		t.Errorf("no accounts: %v %+v", comps, m)
	}
}

// TestConcurrentUse: one engine serves several goroutines (the GUI compares
// pairs in the background) with the same results; run with -race.
func TestConcurrentUse(t *testing.T) {
	x := goldExtraction(t)
	e := testEngine(t)
	want, _ := e.All(x)
	done := make(chan []Comparison)
	for range 4 {
		go func() {
			got, _ := e.All(x)
			done <- got
		}()
	}
	for range 4 {
		if got := <-done; !reflect.DeepEqual(got, want) {
			t.Error("concurrent comparison differs")
		}
	}
}
