package report

import (
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"readouts/app/compare"
	"readouts/sources"
)

// Test inputs are built by hand from the human gold reading of the seed
// article: the report must render whatever the engine produces, and the
// gold reading is a realistic, checked input. testdata/seed-gold.json is a
// copy of the project's shared/seed/gold.json (tests never read outside the
// repository).

const (
	seedArticlePath = "../../assets/seed-article.txt"
	goldPath        = "testdata/seed-gold.json"
)

// fixedTime is the generation time of every test report.
var fixedTime = time.Date(2025, 5, 20, 8, 30, 0, 0, time.UTC)

type goldFile struct {
	Accounts []struct {
		ID, Speaker, Channel string
		Statements           []struct {
			ID, Text, Kind   string
			Start, End, Para int      `json:"-"`
			StartJ           int      `json:"start"`
			EndJ             int      `json:"end"`
			Paragraph        int      `json:"paragraph"`
			Topics           []string `json:"topics"`
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
		Why  string
	}
}

// paragraphsOf numbers the non-blank lines of text from 1, as DESIGN.md
// defines paragraphs.
func paragraphsOf(text string) []sources.Paragraph {
	var ps []sources.Paragraph
	at := 0
	for _, ln := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(ln, "\r\n")
		if strings.TrimSpace(body) != "" {
			ps = append(ps, sources.Paragraph{Number: len(ps) + 1, Span: sources.Span{Start: at, End: at + len(body)}})
		}
		at += len(ln)
	}
	return ps
}

func paragraphAt(ps []sources.Paragraph, off int) int {
	for _, p := range ps {
		if p.Start <= off && off < p.End {
			return p.Number
		}
	}
	return 0
}

// goldInput returns the seed article with the gold accounts and, for each
// pair in pairs, a comparison built from the gold links and one-sided lists.
func goldInput(t testing.TB, pairs ...[2]string) Input {
	t.Helper()
	text, err := os.ReadFile(seedArticlePath)
	if err != nil {
		t.Fatalf("read seed article: %v", err)
	}
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatalf("read gold reading: %v", err)
	}
	var g goldFile
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatalf("parse gold reading: %v", err)
	}
	art := &sources.Article{Name: "seed-article.txt", Text: string(text),
		Title: "Trump says Moscow and Kyiv will ‘immediately’ begin ceasefire talks",
		Date:  "2025-05-19", SHA256: sha256hex(text), Body: sources.Span{End: len(text)},
		Paragraphs: paragraphsOf(string(text))}
	x := &sources.Extraction{Article: art}
	ids := map[string]string{}    // gold id -> statement id
	topics := map[string]string{} // statement id -> first topic
	owner := map[string]string{}  // statement id -> account id
	for _, ga := range g.Accounts {
		acc := sources.Account{ID: ga.ID, Speaker: ga.Speaker, Channel: ga.Channel,
			Label: ga.Speaker + " — " + ga.Channel}
		for i, gs := range ga.Statements {
			id := ga.ID + "-" + itoa(i+1)
			ids[gs.ID] = id
			topics[id] = gs.Topics[0]
			owner[id] = ga.ID
			acc.Statements = append(acc.Statements, sources.Statement{ID: id, Account: ga.ID,
				Speaker: ga.Speaker, Channel: ga.Channel, Kind: sources.Kind(gs.Kind), Confidence: 0.9,
				Span: sources.Span{Start: gs.StartJ, End: gs.EndJ}, Text: string(text[gs.StartJ:gs.EndJ]),
				Paragraph: gs.Paragraph})
		}
		x.Accounts = append(x.Accounts, acc)
	}
	in := Input{Extraction: x, Version: "0.1.0-test", Generated: fixedTime}
	for _, pair := range pairs {
		c := compare.Comparison{Left: pair[0], Right: pair[1]}
		for _, l := range g.Links {
			if l.Pair != pair {
				continue
			}
			row := compare.Row{Topic: l.Topic, Verdict: compare.Verdict(l.Verdict), Reasons: []string{l.Why}, Confidence: 0.8}
			for _, id := range l.A {
				row.Left = append(row.Left, ids[id])
			}
			for _, id := range l.B {
				row.Right = append(row.Right, ids[id])
			}
			row.Diff = wordDiff(joinTexts(x, row.Left), joinTexts(x, row.Right))
			c.Rows = append(c.Rows, row)
		}
		for _, o := range g.Only {
			if o.Pair != pair {
				continue
			}
			byTopic := map[string][]string{}
			var order []string
			for _, id := range o.IDs {
				sid := ids[id]
				tp := topics[sid]
				if byTopic[tp] == nil {
					order = append(order, tp)
				}
				byTopic[tp] = append(byTopic[tp], sid)
			}
			for _, tp := range order {
				row := compare.Row{Topic: tp, Reasons: []string{o.Why}, Confidence: 0.7}
				if o.Side == "a" {
					row.Verdict, row.Left = compare.LeftOnly, byTopic[tp]
				} else {
					row.Verdict, row.Right = compare.RightOnly, byTopic[tp]
				}
				c.Rows = append(c.Rows, row)
			}
		}
		in.Comparisons = append(in.Comparisons, c)
	}
	if len(pairs) > 1 {
		in.Matrix = matrixOf(x, in.Comparisons, topics, owner)
	}
	return in
}

// matrixOf builds a topic × account matrix from comparisons, as the engine
// would: statements per topic, agreements and divergences from the rows.
func matrixOf(x *sources.Extraction, cs []compare.Comparison, topics, owner map[string]string) *compare.Matrix {
	m := &compare.Matrix{}
	col := map[string]int{}
	for _, a := range x.Accounts {
		col[a.ID] = len(m.Accounts)
		m.Accounts = append(m.Accounts, a.ID)
	}
	row := map[string]int{}
	addTopic := func(tp string) int {
		if i, ok := row[tp]; ok {
			return i
		}
		row[tp] = len(m.Topics)
		m.Topics = append(m.Topics, tp)
		m.Cells = append(m.Cells, make([]compare.Position, len(m.Accounts)))
		return row[tp]
	}
	ids := make([]string, 0, len(topics))
	for id := range topics {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, c := range cs {
		for _, r := range c.Rows {
			t := addTopic(r.Topic)
			for _, side := range []struct {
				acc, other string
				ids        []string
			}{{c.Left, c.Right, r.Left}, {c.Right, c.Left, r.Right}} {
				p := &m.Cells[t][col[side.acc]]
				for _, id := range side.ids {
					if !contains(p.Statements, id) {
						p.Statements = append(p.Statements, id)
					}
				}
				switch r.Verdict {
				case compare.Agree:
					p.Agrees = appendNew(p.Agrees, side.other)
				case compare.Diverge:
					p.Diverges = appendNew(p.Diverges, side.other)
				}
			}
		}
	}
	for t := range m.Cells {
		for a := range m.Cells[t] {
			m.Cells[t][a].Silent = len(m.Cells[t][a].Statements) == 0
		}
	}
	return m
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func appendNew(xs []string, s string) []string {
	if contains(xs, s) {
		return xs
	}
	return append(xs, s)
}

func joinTexts(x *sources.Extraction, ids []string) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = x.Statement(id).Text
	}
	return strings.Join(parts, " ")
}

// wordDiff is a plain LCS diff over words and spaces, standing in for the
// engine's go-diff word diff in hand-built inputs.
func wordDiff(a, b string) []compare.Op {
	ta, tb := words(a), words(b)
	n, m := len(ta), len(tb)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if ta[i] == tb[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []compare.Op
	add := func(op, text string) {
		if k := len(ops) - 1; k >= 0 && ops[k].Op == op {
			ops[k].Text += text
			return
		}
		ops = append(ops, compare.Op{Op: op, Text: text})
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && ta[i] == tb[j]:
			add("equal", ta[i])
			i, j = i+1, j+1
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			add("insert", tb[j])
			j++
		default:
			add("delete", ta[i])
			i++
		}
	}
	return ops
}

func words(s string) []string {
	var out []string
	for len(s) > 0 {
		n := tokenEnd(s)
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}
