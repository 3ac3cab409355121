package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"

	"readouts/app/compare"
	"readouts/app/usage"
	"readouts/assets"
	"readouts/sources"
)

// Two invented readouts of an invented call, one file each, and a story
// that quotes one of them.
const (
	readoutA = "Readout of the Call\n\nThe President welcomed the new grain corridor. The President urged both sides to respect the ceasefire.\n"
	readoutB = "Telephone conversation\n\nThe Chancellor said the grain corridor must stay open. The Chancellor stressed that talks on tariffs will continue in Geneva.\n"
	story    = "Leaders discuss grain\n\nThe President welcomed “the new grain corridor” on Monday.\n\nMarkets rose sharply.\n"
)

// documentsInput is a report input of the two readouts read as documents,
// with the usage of the story when withUsage is set.
func documentsInput(t *testing.T, withUsage bool) Input {
	t.Helper()
	x := &sources.Extraction{}
	for _, f := range []struct{ id, name, text, speaker string }{
		{"office-a", "readout-a.txt", readoutA, "Office A"},
		{"office-b", "readout-b.md", readoutB, "Office B"},
	} {
		a, err := sources.Parse(f.name, []byte(f.text))
		if err != nil {
			t.Fatal(err)
		}
		if x.Article == nil {
			x.Article = a
		}
		x.Documents = append(x.Documents, sources.Document{ID: f.id, Name: f.name, SHA256: a.SHA256, Bytes: len(a.Text),
			Title: strings.SplitN(f.text, "\n", 2)[0], Start: 0, End: len(a.Text), Speaker: f.speaker, Channel: "readout", Article: a})
		acc := sources.Account{ID: f.id, Speaker: f.speaker, Channel: "readout", Label: f.speaker + " — readout", Document: f.id}
		for _, s := range a.Sentences[1:] {
			text := strings.TrimRight(a.Text[s.Start:s.End], ".")
			acc.Statements = append(acc.Statements, sources.Statement{ID: f.id + "-" + string(rune('0'+len(acc.Statements)+1)),
				Account: f.id, Speaker: f.speaker, Channel: "readout", Kind: sources.Paraphrase, Confidence: 0.9,
				Span: sources.Span{Start: s.Start, End: s.Start + len(text)}, Text: text, Paragraph: s.Paragraph, Document: f.id})
		}
		x.Accounts = append(x.Accounts, acc)
	}
	lex, err := compare.ParseLexicon(assets.Topics, assets.Cues)
	if err != nil {
		t.Fatal(err)
	}
	eng := compare.New(lex)
	in := Input{Extraction: x, Comparisons: []compare.Comparison{eng.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])},
		Version: "test", Generated: fixedTime}
	if withUsage {
		a, err := sources.Parse("story.txt", []byte(story))
		if err != nil {
			t.Fatal(err)
		}
		in.Usage = usage.Analyze(x, &sources.Extraction{Article: a}, eng)
	}
	return in
}

func TestDocumentsPDF(t *testing.T) {
	data := renderPDF(t, documentsInput(t, true))
	if err := api.Validate(bytes.NewReader(data), pdfcpuConf()); err != nil {
		t.Fatalf("pdfcpu validation: %v", err)
	}
	bms, err := api.Bookmarks(bytes.NewReader(data), pdfcpuConf())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, b := range bms {
		got[b.Title] = true
		for _, k := range b.Kids {
			got[b.Title+" > "+k.Title] = true
		}
	}
	for _, w := range []string{
		"How the article used the documents", "How the article used the documents > Office A: Readout of the Call",
		"Appendix: the documents", "Appendix: the documents > Office A: Readout of the Call",
		"Appendix: the documents > Office B: Telephone conversation",
	} {
		if !got[w] {
			t.Errorf("outline lacks %q; has %v", w, got)
		}
	}
	if got["Appendix: the article"] {
		t.Error("a documents report has an article appendix")
	}
	text := normalise(strings.Join(pdftotext(t, data), " "))
	for _, w := range []string{
		"office-b-2 · readout-b.md · paragraph 2 · bytes", "The Chancellor stressed that talks on tariffs will continue in Geneva",
		"Quoted", "no close match found in the article", "office-b: readout-b.md, bytes 0–150",
	} {
		if !strings.Contains(text, w) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
}

func TestDocumentsMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, documentsInput(t, false)); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, w := range []string{
		"## Appendix: the documents", "### Office B: Telephone conversation",
		`<a id="office-b-p2"></a>**¶2**`, "[paragraph 2](#office-b-p2)",
		"- **Document 1:** readout-a.txt [office-a]",
	} {
		if !strings.Contains(md, w) {
			t.Errorf("Markdown lacks %q", w)
		}
	}
	if strings.Contains(md, "How the article used") || strings.Contains(md, "Article file") {
		t.Error("Markdown without an article speaks of one")
	}
}
