package sources

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalGold is the part of a reference reading (the shape of
// shared/seed/gold.json) that the extraction measure uses.
type evalGold struct {
	Accounts []struct {
		ID         string `json:"id"`
		Statements []struct {
			ID         string `json:"id"`
			Text       string `json:"text"`
			Start, End int
		} `json:"statements"`
	} `json:"accounts"`
	Others []struct {
		Text       string `json:"text"`
		Start, End int
	} `json:"others"`
}

// extractionScore is the extraction measure of shared/tools/score-comparison:
// each reference account maps to the extracted account that overlaps its
// statements most; a reference statement is found when one statement of
// that account covers at least half of it; precision counts the statements
// of mapped accounts that overlap a reference statement of their account.
func extractionScore(x *Extraction, g *evalGold) (precision, recall float64, misses, extra []string) {
	overlap := func(a0, a1, b0, b1 int) int { return max(0, min(a1, b1)-max(a0, b0)) }
	mapped := map[int][]int{} // extracted account index -> reference account indices
	hit, total := 0, 0
	for gi, ga := range g.Accounts {
		best, bestCover := -1, 0
		for i := range x.Accounts {
			cover := 0
			for _, gs := range ga.Statements {
				for _, st := range x.Accounts[i].Statements {
					cover += overlap(st.Start, st.End, gs.Start, gs.End)
				}
			}
			if cover > bestCover {
				best, bestCover = i, cover
			}
		}
		if best >= 0 {
			mapped[best] = append(mapped[best], gi)
		}
		for _, gs := range ga.Statements {
			total++
			found := false
			for _, st := range accountStatements(x, best) {
				if 2*overlap(st.Start, st.End, gs.Start, gs.End) >= gs.End-gs.Start {
					found = true
					break
				}
			}
			if found {
				hit++
			} else {
				misses = append(misses, ga.ID+" "+gs.ID+": "+gs.Text)
			}
		}
	}
	tp, fp := 0, 0
	for ai, gis := range mapped {
		for _, st := range x.Accounts[ai].Statements {
			own := false
			for _, gi := range gis {
				for _, gs := range g.Accounts[gi].Statements {
					own = own || overlap(st.Start, st.End, gs.Start, gs.End) > 0
				}
			}
			if own {
				tp++
			} else {
				fp++
				extra = append(extra, x.Accounts[ai].ID+": "+st.Text)
			}
		}
	}
	if tp+fp > 0 {
		precision = float64(tp) / float64(tp+fp)
	}
	if total > 0 {
		recall = float64(hit) / float64(total)
	}
	return precision, recall, misses, extra
}

func accountStatements(x *Extraction, i int) []Statement {
	if i < 0 {
		return nil
	}
	return x.Accounts[i].Statements
}

// TestEvalArticles measures the extractor on articles written for
// evaluation (testdata/eval: other calls, other formats — Markdown with
// front matter and hard wraps, one paragraph per line with curly quotes,
// an HTML page, CRLF plain text) against human reference readings made
// from the text. The floors sit below the measured scores (all 1.00 when
// they were set) by about one statement, so a change that loses or
// misattributes a statement on any of them shows up.
func TestEvalArticles(t *testing.T) {
	tests := []struct {
		file             string
		minP, minR       float64
		measuredStmts    int // reference statements in the three accounts
		measuredAccounts int
	}{
		{"biden-xi-2023.md", 0.90, 0.90, 17, 2},
		{"macron-putin-2022.txt", 0.90, 0.90, 19, 3},
		{"modi-trump-2025.html", 0.90, 0.90, 14, 3},
		// Reading revised for issue 10: the Kremlin spokesman relaying the
		// meeting is the Kremlin's account (two statements moved from
		// "others").
		{"erdogan-putin-2024.txt", 0.90, 0.90, 14, 2},
		// Held out: written and read after the rules for the four above
		// were in place (each first scored 0.83/0.92 and 0.75/0.20 against
		// its reading as first written; see the "about" of their gold).
		{"scholz-putin-2024.txt", 0.90, 0.90, 13, 3},
		// The reading leaves out the prime minister's office's account of
		// the cabinet's decision and an unnamed Israeli official's claim;
		// the rules give both to the Israeli side, as they give "a Kremlin
		// aide" to the Russian one.
		{"biden-netanyahu-2024.txt", 0.70, 0.80, 6, 2},
	}
	cat := testCatalog(t)
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "eval", tt.file)
			a := loadTest(t, path)
			goldPath := strings.TrimSuffix(path, filepath.Ext(path)) + ".gold.json"
			data, err := os.ReadFile(goldPath)
			if err != nil {
				t.Fatal(err)
			}
			var g evalGold
			if err := json.Unmarshal(data, &g); err != nil {
				t.Fatalf("%s: %v", goldPath, err)
			}
			// The reference offsets index the text Readouts reads (for
			// HTML, the extracted text), so a change to loading shows here.
			n := 0
			for _, ga := range g.Accounts {
				for _, gs := range ga.Statements {
					n++
					if gs.Start < 0 || gs.End > len(a.Text) || gs.Start >= gs.End || a.Text[gs.Start:gs.End] != gs.Text {
						t.Fatalf("reference %s %s: offsets %d-%d do not hold %q", ga.ID, gs.ID, gs.Start, gs.End, gs.Text)
					}
				}
			}
			for _, o := range g.Others {
				if o.Start < 0 || o.End > len(a.Text) || o.Start >= o.End || a.Text[o.Start:o.End] != o.Text {
					t.Fatalf("reference other statement: offsets %d-%d do not hold %q", o.Start, o.End, o.Text)
				}
			}
			if n != tt.measuredStmts || len(g.Accounts) != tt.measuredAccounts {
				t.Fatalf("reference has %d statements in %d accounts, the floors were measured on %d in %d",
					n, len(g.Accounts), tt.measuredStmts, tt.measuredAccounts)
			}
			x := Extract(a, cat)
			checkInvariants(t, a, x)
			p, r, misses, extra := extractionScore(x, &g)
			t.Logf("%s: extraction precision %.2f recall %.2f", tt.file, p, r)
			for _, m := range misses {
				t.Logf("missed %s", m)
			}
			for _, e := range extra {
				t.Logf("not in the reference: %s", e)
			}
			if p < tt.minP || r < tt.minR {
				t.Errorf("precision %.2f, recall %.2f: floors are %.2f and %.2f", p, r, tt.minP, tt.minR)
			}
		})
	}
}

// TestMessy3 keeps the third held-back set (testdata/messy3) from
// falling back: its first run, before the rules written from it, was
// precision 0.89 and recall 0.87 pooled; the floors sit about one
// statement below what the rules now reach on each article.
func TestMessy3(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "messy3", "*.txt"))
	if len(files) != 5 {
		t.Fatalf("messy3 holds %d articles, want 5", len(files))
	}
	cat := testCatalog(t)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			p, r, misses, extra := scoreTextFile(t, cat, path)
			if p < 0.85 || r < 0.85 {
				t.Errorf("precision %.2f, recall %.2f: floors are 0.85; missed %q; not in the reference %q", p, r, misses, extra)
			}
		})
	}
}

// scoreTextFile extracts from a .txt article and scores it against the
// reading beside it (.gold.json).
func scoreTextFile(t *testing.T, cat *Catalog, path string) (precision, recall float64, misses, extra []string) {
	t.Helper()
	a := loadTest(t, path)
	data, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var g evalGold
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	x := Extract(a, cat)
	checkInvariants(t, a, x)
	return extractionScore(x, &g)
}
