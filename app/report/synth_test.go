package report

import (
	"strings"

	"readouts/app/compare"
	"readouts/sources"
)

// synthInput builds a long synthetic article of n paragraphs, each with a
// statement of one of two accounts, and a comparison with a row per pair of
// statements cycling through the verdicts: the input of the long-report
// benchmark and of the pagination tests. It is deterministic.
func synthInput(n int) Input {
	vocab := strings.Fields(`negotiations ceasefire president minister talks agreement security
		guarantees sanctions delegation memorandum peace territory prisoners exchange energy
		infrastructure humanitarian corridor framework summit envoy readout statement partners
		immediately future conditions withdrawal monitoring proposal unconditional lasting
		economic cooperation reconstruction dialogue position ready willing stressed noted`)
	seed := uint32(12345)
	next := func(k int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % k
	}
	sentence := func(words int) string {
		w := make([]string, words)
		for i := range w {
			w[i] = vocab[next(len(vocab))]
		}
		w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
		return strings.Join(w, " ") + "."
	}
	var b strings.Builder
	var paras []sources.Paragraph
	accs := []sources.Account{
		{ID: "alpha", Speaker: "Ada Alpha", Channel: "press release", Label: "Ada Alpha — press release"},
		{ID: "beta", Speaker: "Ben Beta", Channel: "state media", Label: "Ben Beta — state media"},
	}
	for p := 0; p < n; p++ {
		start := b.Len()
		b.WriteString(sentence(10 + next(20)))
		b.WriteString(" ")
		a := &accs[p%2]
		st := b.Len()
		b.WriteString(sentence(14 + next(30)))
		end := b.Len()
		b.WriteString(" ")
		b.WriteString(sentence(8 + next(25)))
		paras = append(paras, sources.Paragraph{Number: p + 1, Span: sources.Span{Start: start, End: b.Len()}})
		b.WriteString("\n")
		text := b.String()[st:end]
		a.Statements = append(a.Statements, sources.Statement{ID: a.ID + "-" + itoa(len(a.Statements)+1),
			Account: a.ID, Speaker: a.Speaker, Channel: a.Channel, Kind: sources.Paraphrase, Confidence: 0.8,
			Span: sources.Span{Start: st, End: end}, Text: text, Paragraph: p + 1})
	}
	text := b.String()
	art := &sources.Article{Name: "synthetic.txt", Text: text, Title: "A synthetic long article",
		Date: "2025-01-02", SHA256: sha256hex([]byte(text)), Body: sources.Span{End: len(text)}, Paragraphs: paras}
	x := &sources.Extraction{Article: art, Accounts: accs}
	c := compare.Comparison{Left: "alpha", Right: "beta"}
	verdicts := []compare.Verdict{compare.Agree, compare.Diverge, compare.LeftOnly, compare.RightOnly}
	for i := 0; i < len(accs[0].Statements) && i < len(accs[1].Statements); i++ {
		l, r := accs[0].Statements[i].ID, accs[1].Statements[i].ID
		row := compare.Row{Topic: "topic " + itoa(i+1), Verdict: verdicts[i%4], Reasons: []string{"synthetic reason " + itoa(i+1)}}
		switch row.Verdict {
		case compare.LeftOnly:
			row.Left = []string{l}
		case compare.RightOnly:
			row.Right = []string{r}
		default:
			row.Left, row.Right = []string{l}, []string{r}
			row.Diff = wordDiff(accs[0].Statements[i].Text, accs[1].Statements[i].Text)
		}
		c.Rows = append(c.Rows, row)
	}
	return Input{Extraction: x, Comparisons: []compare.Comparison{c}, Version: "0.1.0-test", Generated: fixedTime}
}
