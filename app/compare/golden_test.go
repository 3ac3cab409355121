package compare

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"testing"

	"readouts/sources"
)

var update = flag.Bool("update", false, "rewrite testdata/seed.golden.json")

const goldenPath = "testdata/seed.golden.json"

// seedTrio returns the seed's three reference accounts (Trump, Kremlin,
// Zelensky) from an extraction, in its order.
func seedTrio(t testing.TB, x *sources.Extraction) []*sources.Account {
	t.Helper()
	var trio []*sources.Account
	for i := range x.Accounts {
		switch x.Accounts[i].ID {
		case "trump", "kremlin", "zelensky":
			trio = append(trio, &x.Accounts[i])
		}
	}
	if len(trio) != 3 {
		t.Fatalf("extraction has %d of the three reference accounts", len(trio))
	}
	return trio
}

// TestSeedGolden compares the comparison JSON of the seed (real extraction,
// the three reference accounts pair by pair, and their matrix; accounts
// left out) with the reviewed copy in testdata. Run `go test ./app/compare -update` to rewrite
// it after a deliberate change, and read the diff before committing.
func TestSeedGolden(t *testing.T) {
	x := extractSeed(t)
	e := testEngine(t)
	trio := seedTrio(t, x)
	var comps []Comparison
	for i := range trio {
		for j := i + 1; j < len(trio); j++ {
			comps = append(comps, e.Compare(x.Article, trio[i], trio[j]))
		}
	}
	m := e.Matrix(x.Article, trio)
	// The golden holds what the engine produces: the comparisons and the
	// matrix. The accounts are the extraction's output, which sources tests
	// on its own; leaving them out keeps this file from changing with every
	// change of a statement's confidence.
	sub := *x
	sub.Accounts = nil
	got := comparisonJSON(t, &sub, comps, &m)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("comparison JSON differs from %s; run `go test ./app/compare -update` and review the diff:\n%s",
			goldenPath, firstDifference(got, want))
	}
}

// firstDifference shows the first differing line of two texts.
func firstDifference(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl []byte
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if !bytes.Equal(gl, wl) {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, gl, wl)
		}
	}
	return ""
}
