package views

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"readouts/sources"
)

// longArticle repeats the seed's paragraphs, with its statements, until the
// text reaches n bytes.
func longArticle(b testing.TB, n int) *sources.Extraction {
	seed, _ := seedFixture(b)
	var text strings.Builder
	x := &sources.Extraction{}
	accs := map[string]int{}
	for round := 0; text.Len() < n; round++ {
		base := text.Len()
		text.WriteString(seed.Article.Text)
		text.WriteString("\n")
		for _, a := range seed.Accounts {
			i, ok := accs[a.ID]
			if !ok {
				i = len(x.Accounts)
				accs[a.ID] = i
				x.Accounts = append(x.Accounts, sources.Account{ID: a.ID, Speaker: a.Speaker, Channel: a.Channel})
			}
			for _, s := range a.Statements {
				s.ID = fmt.Sprintf("%s-%d", s.ID, round)
				s.Start += base
				s.End += base
				x.Accounts[i].Statements = append(x.Accounts[i].Statements, s)
			}
		}
	}
	x.Article = articleOf("long.txt", text.String())
	return x
}

// BenchmarkLayout200KB lays out a 200 KB article in the article pane: every
// paragraph shaped, wrapped and given its text runs.
func BenchmarkLayout200KB(b *testing.B) {
	test.NewTempApp(b)
	x := longArticle(b, 200<<10)
	v := NewArticleView()
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(560, 800))
	b.ReportAllocs()
	b.ReportMetric(float64(len(x.Article.Text)), "bytes")
	for i := 0; b.Loop(); i++ {
		v.SetExtraction(x)
		v.SetFocus(x.Accounts[0].ID, x.Accounts[1].ID)
		// alternate widths so every round wraps afresh
		w.Resize(fyne.NewSize(560+float32(i%2)*40, 800))
	}
}
