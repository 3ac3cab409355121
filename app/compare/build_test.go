package compare

import (
	"fmt"
	"strings"

	"readouts/sources"
)

// buildArticle makes an article whose text is every statement of every
// account, one paragraph each, and accounts whose statements point into it,
// as sources.Extract would produce them.
func buildArticle(accounts map[string][]string, order ...string) *sources.Extraction {
	var b strings.Builder
	x := &sources.Extraction{Article: &sources.Article{Name: "built.txt"}}
	para := 0
	for _, id := range order {
		acc := sources.Account{ID: id, Speaker: id, Channel: "statement", Label: id}
		for i, text := range accounts[id] {
			para++
			start := b.Len()
			b.WriteString(text)
			acc.Statements = append(acc.Statements, sources.Statement{
				ID: fmt.Sprintf("%s-%d", id, i+1), Account: id, Speaker: id, Channel: "statement",
				Kind: sources.Paraphrase, Confidence: 1, Span: sources.Span{Start: start, End: b.Len()},
				Text: text, Paragraph: para,
			})
			b.WriteString("\n")
		}
		x.Accounts = append(x.Accounts, acc)
	}
	x.Article.Text = b.String()
	x.Article.Body = sources.Span{End: b.Len()}
	return x
}
