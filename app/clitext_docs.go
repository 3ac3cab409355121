package app

import (
	"bufio"
	"fmt"
	"strings"

	"readouts/app/usage"
	"readouts/sources"
)

// writeTextsHeader names what was read: the article, or each document.
func writeTextsHeader(b *bufio.Writer, x *sources.Extraction) {
	if len(x.Documents) == 0 {
		writeArticleHeader(b, x.Article)
		return
	}
	if x.Dossier {
		a := x.Article
		fmt.Fprintf(b, "dossier %s · %d bytes · %d documents · sha256 %s\n", a.Name, len(a.Text), len(x.Documents), a.SHA256)
	} else {
		fmt.Fprintf(b, "%d documents\n", len(x.Documents))
	}
	for _, d := range x.Documents {
		fmt.Fprintf(b, "  %-14s %s · bytes %d–%d · %s, %s (from the %s)\n", d.ID, d.Name, d.Start, d.End, d.Kind, orUnknown(d.Title), d.From)
	}
	b.WriteString("\n")
}

func orUnknown(s string) string {
	if s == "" {
		return "untitled"
	}
	return s
}

// documentNote names an account's document, in documents mode.
func documentNote(x *sources.Extraction, acc sources.Account) string {
	if d := x.Document(acc.Document); d != nil {
		return " · document " + d.Name
	}
	return ""
}

// saidByNote names who spoke, when a document reports someone's words.
func saidByNote(st sources.Statement) string {
	if st.SaidBy == "" || st.SaidBy == st.Speaker {
		return ""
	}
	return "  said by " + st.SaidBy
}

// writeUsageText prints how the article beside the documents used them:
// each statement's use, the article's paragraph, and where words differ.
func writeUsageText(b *bufio.Writer, x *sources.Extraction, u *usage.Result) {
	if u == nil {
		return
	}
	fmt.Fprintf(b, "how %s used the documents\n", u.Article.Name)
	for _, ud := range u.Documents {
		var counts []string
		for _, use := range usage.Uses {
			if n := ud.Counts[use]; n > 0 {
				counts = append(counts, fmt.Sprintf("%d %s", n, strings.ToLower(use.Label())))
			}
		}
		fmt.Fprintf(b, "\n  %s: %s\n", ud.ID, strings.Join(counts, " · "))
		for _, c := range ud.Checks {
			st := x.Statement(c.Statement)
			if st == nil {
				continue
			}
			fmt.Fprintf(b, "    %-14s %-16s %s\n", c.Statement, c.Use.Label(), quoted(st.Text))
			if p := c.Passage; p != nil {
				fmt.Fprintf(b, "      article ¶%d [%d:%d]: %s\n", p.Paragraph, p.Start, p.End, quoted(p.Text))
			}
			for _, d := range []struct {
				what  string
				words []string
			}{{"adds", c.More}, {"lacks", c.Less}, {"otherwise", c.Else}} {
				if len(d.words) > 0 {
					fmt.Fprintf(b, "      %s: %s\n", d.what, strings.Join(d.words, ", "))
				}
			}
		}
	}
	for _, e := range u.Extras {
		p := e.Passage
		fmt.Fprintf(b, "\n  no close match in %s: %s (%s) ¶%d [%d:%d] %s\n", e.Document, p.Statement, p.Speaker, p.Paragraph, p.Start, p.End, quoted(p.Text))
	}
	b.WriteString("\n")
}
