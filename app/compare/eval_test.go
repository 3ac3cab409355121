package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"readouts/sources"
)

// evalDir holds articles about other calls with human readings in the
// shape of the seed's gold.json. They are not tuned against: the engine's
// rules and lexicons must stay general, and these floors only catch a rule
// change that makes the engine worse on articles it was not written for.
const evalDir = "../../sources/testdata/eval"

// goldExtractionFor builds an extraction from the human reading of an
// article (its accounts and statements, offsets into the article's text as
// sources.Load reads it), so the engine is measured apart from extraction.
func goldExtractionFor(t testing.TB, articlePath, goldPath string) *sources.Extraction {
	t.Helper()
	art, err := sources.Load(articlePath)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatalf("%s: %v", goldPath, err)
	}
	sum := sha256.Sum256([]byte(art.Text))
	art.SHA256 = hex.EncodeToString(sum[:])
	x := &sources.Extraction{Article: art}
	for _, ga := range g.Accounts {
		acc := sources.Account{ID: ga.ID, Speaker: ga.Speaker, Channel: ga.Channel, Label: ga.Speaker + " — " + ga.Channel}
		for _, gs := range ga.Statements {
			if gs.End > len(art.Text) || art.Text[gs.Start:gs.End] != gs.Text {
				t.Fatalf("%s: statement %s does not match the article text", goldPath, gs.ID)
			}
			acc.Statements = append(acc.Statements, sources.Statement{
				ID: gs.ID, Account: ga.ID, Speaker: ga.Speaker, Channel: ga.Channel,
				Kind: sources.Kind(gs.Kind), Confidence: 1, Span: sources.Span{Start: gs.Start, End: gs.End},
				Text: gs.Text, Paragraph: gs.Paragraph,
			})
		}
		x.Accounts = append(x.Accounts, acc)
	}
	return x
}

// TestEvalGold scores the engine on the human reading of each evaluation
// article's statements. The floors are what the engine scored when they
// were set; raise them when the engine gets better, never lower them to
// make a change pass.
//
// They were lowered once, on purpose, with the rule of issue 10 that a link
// is the same point, not the same word: these readings link some
// statements that share only a broad topic ("competition" and "big enough
// for both to succeed"; "ready to host talks" and "efforts to settle the
// conflict"), which the engine no longer does. The second of those was
// still found through "Turkey", the side of the call one account speaks
// for, until the frame of the call (its sides and speakers) came to weigh
// nothing; its floor went down with that rule.
func TestEvalGold(t *testing.T) {
	tests := []struct {
		article               string
		links, verdicts, only int
		falseLinks            int // at most
	}{
		{"biden-xi-2023.md", 2, 2, 3, 0},
		{"erdogan-putin-2024.txt", 1, 1, 4, 0},
		{"macron-putin-2022.txt", 2, 2, 3, 0},
		{"modi-trump-2025.html", 3, 1, 4, 0},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.article, func(t *testing.T) {
			path := filepath.Join(evalDir, tc.article)
			gold := path[:len(path)-len(filepath.Ext(path))] + ".gold.json"
			if _, err := os.Stat(gold); err != nil {
				t.Skipf("no reading of %s: %v", tc.article, err)
			}
			x := goldExtractionFor(t, path, gold)
			comps, _ := e.All(x)
			for _, c := range comps {
				t.Logf("%s vs %s", c.Left, c.Right)
				for _, r := range c.Rows {
					t.Logf("  %s", rowString(r))
				}
			}
			s := scoreLinks(x, comps, readGold(t, gold))
			t.Logf("%v", s)
			if s.links < tc.links || s.verdicts < tc.verdicts || s.shown < tc.only || s.falseLinks > tc.falseLinks {
				t.Errorf("links >= %d, verdicts >= %d, one-sided >= %d, false links <= %d: %v",
					tc.links, tc.verdicts, tc.only, tc.falseLinks, s)
			}
		})
	}
}
