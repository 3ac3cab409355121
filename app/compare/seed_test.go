package compare

import (
	"testing"

	"readouts/sources"
)

// TestSeedScoreGold scores the engine on the human reading of the seed's
// statements, which isolates the comparison from statement extraction.
func TestSeedScoreGold(t *testing.T) {
	x := goldExtraction(t)
	e := testEngine(t)
	comps, _ := e.All(x)
	checkSeedBar(t, x, comps)
}

// TestSeedScoreExtracted scores the engine on the real extraction of the
// seed. The reference reading compares the accounts of Trump, the Kremlin and
// Zelensky; the extraction also finds others (Vance, Trump's Rose Garden
// remarks, Leavitt), so the three reference accounts are picked by id, in
// the extraction's order, and compared pair by pair as All does.
func TestSeedScoreExtracted(t *testing.T) {
	x := extractSeed(t)
	e := testEngine(t)
	trio := seedTrio(t, x)
	var comps []Comparison
	for i := range trio {
		for j := i + 1; j < len(trio); j++ {
			comps = append(comps, e.Compare(x.Article, trio[i], trio[j]))
		}
	}
	checkSeedBar(t, x, comps)
}

// checkSeedBar logs the rows, scores them against the seed's reading and
// holds them to issue 10's bar: at least 7 of the 8 links and 6 verdicts
// right, with no lexicon entry that exists only for the seed (the audit of
// the lexicons keeps it so), at least 12 of the 15 one-sided statements
// shown as one-sided, and at most one false link.
func checkSeedBar(t *testing.T, x *sources.Extraction, comps []Comparison) {
	t.Helper()
	for _, c := range comps {
		t.Logf("%s vs %s", c.Left, c.Right)
		for _, r := range c.Rows {
			t.Logf("  %s", rowString(r))
		}
	}
	s := scoreLinks(x, comps, readGold(t, goldPath))
	t.Logf("%v", s)
	if s.links < 7 || s.verdicts < 6 || s.shown < 12 || s.falseLinks > 1 {
		t.Errorf("seed score below the bar (links >= 7, verdicts >= 6, one-sided >= 12, false links <= 1): %v", s)
	}
}
