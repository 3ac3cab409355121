package app

import (
	"bufio"
	"fmt"

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
