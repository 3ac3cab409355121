package views

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"readouts/app"
	"readouts/sources"
)

// goldReading is the human reading of the seed article in
// testdata/seed-gold.json (a copy of the project's shared/seed/gold.json;
// tests never read outside the repository): accounts, topic links and
// one-sided lists. The widgets are tested on it by hand, independent of the
// engine.
type goldReading struct {
	Accounts []struct {
		ID, Speaker, Channel string
		Statements           []struct {
			ID, Text   string
			Start, End int
			Paragraph  int
			Kind       string
		}
	}
	Links []struct {
		Pair    [2]string
		Topic   string
		A, B    []string
		Verdict string
		Why     string
	}
	Only []struct {
		Pair [2]string
		Side string
		IDs  []string
	}
}

// seedFixture builds an extraction and the comparisons of every pair from
// the seed article and its gold reading.
func seedFixture(t testing.TB) (*sources.Extraction, map[app.Pair]*app.Comparison) {
	t.Helper()
	text, err := os.ReadFile("../assets/seed-article.txt")
	if err != nil {
		t.Fatalf("read seed: %v", err)
	}
	raw, err := os.ReadFile("testdata/seed-gold.json")
	if err != nil {
		t.Fatalf("read gold reading: %v", err)
	}
	var g goldReading
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatalf("gold: %v", err)
	}
	art := articleOf("seed-article.txt", string(text))
	x := &sources.Extraction{Article: art}
	for _, a := range g.Accounts {
		acc := sources.Account{ID: a.ID, Speaker: a.Speaker, Channel: a.Channel, Label: a.Speaker + " — " + a.Channel}
		for _, s := range a.Statements {
			if art.Text[s.Start:s.End] != s.Text {
				t.Fatalf("gold statement %s does not match the article", s.ID)
			}
			acc.Statements = append(acc.Statements, sources.Statement{ID: s.ID, Account: a.ID, Speaker: a.Speaker,
				Channel: a.Channel, Kind: sources.Kind(s.Kind), Span: sources.Span{Start: s.Start, End: s.End},
				Text: s.Text, Paragraph: s.Paragraph})
		}
		x.Accounts = append(x.Accounts, acc)
	}
	cmps := map[app.Pair]*app.Comparison{}
	for _, p := range app.QuickPairs(x.Accounts) {
		if p.All {
			continue
		}
		var rows []app.Row
		for _, l := range g.Links {
			if l.Pair[0] == p.Left && l.Pair[1] == p.Right {
				rows = append(rows, app.Row{Topic: l.Topic, Verdict: app.Verdict(l.Verdict),
					Left: l.A, Right: l.B, Reasons: []string{l.Why}, Diff: wordDiff(x, l.A, l.B)})
			}
		}
		for _, o := range g.Only {
			if o.Pair[0] == p.Left && o.Pair[1] == p.Right {
				for _, id := range o.IDs {
					if o.Side == "a" {
						rows = append(rows, app.Row{Topic: "other", Verdict: app.LeftOnly, Left: []string{id}})
					} else {
						rows = append(rows, app.Row{Topic: "other", Verdict: app.RightOnly, Right: []string{id}})
					}
				}
			}
		}
		cmps[p] = app.NewComparison(x, p.Left, p.Right, rows)
	}
	return x, cmps
}

// articleOf splits text into paragraphs (non-blank lines) as sources does.
func articleOf(name, text string) *sources.Article {
	a := &sources.Article{Name: name, Text: text, Title: "Seed", Body: sources.Span{End: len(text)}}
	pos := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		trimmed := strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(trimmed) != "" {
			a.Paragraphs = append(a.Paragraphs, sources.Paragraph{Number: len(a.Paragraphs) + 1,
				Span: sources.Span{Start: pos, End: pos + len(trimmed)}})
		}
		pos += len(line)
	}
	return a
}

// wordDiff is a longest-common-subsequence diff of the two sides' words
// whose ops rebuild both texts, as the engine's do.
func wordDiff(x *sources.Extraction, left, right []string) []app.Op {
	join := func(ids []string) []string {
		var parts []string
		for _, id := range ids {
			parts = append(parts, x.Statement(id).Text)
		}
		return strings.SplitAfter(strings.Join(parts, " "), " ")
	}
	a, b := join(left), join(right)
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []app.Op
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			ops = append(ops, app.Op{Op: "equal", Text: a[i]})
			i++
			j++
		case j == len(b) || i < len(a) && lcs[i+1][j] >= lcs[i][j+1]:
			ops = append(ops, app.Op{Op: "delete", Text: a[i]})
			i++
		default:
			ops = append(ops, app.Op{Op: "insert", Text: b[j]})
			j++
		}
	}
	return ops
}
