package report

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// TestReportsHideMarkdown: the PDF and Markdown reports of a Markdown
// article show its words as a reader sees them: no emphasis stars or
// underscores, no quotation or heading markers, in the rows, the
// citations and the appendix.
func TestReportsHideMarkdown(t *testing.T) {
	in, _ := articleInput(t, "testdata/markup-article.md")
	var pdf, md bytes.Buffer
	if err := WritePDF(&pdf, in); err != nil {
		t.Fatal(err)
	}
	if err := WriteMarkdown(&md, in); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = &pdf
	text, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	tests := []struct {
		name, text string
	}{
		{"PDF", string(text)},
		{"Markdown", md.String()},
	}
	for _, tc := range tests {
		for _, markup := range []string{"**fishing", "_agreed_", "> \"We", "# Ministers"} {
			if strings.Contains(tc.text, markup) {
				t.Errorf("%s report shows markup %q", tc.name, markup)
			}
		}
		for _, words := range []string{"share the fishing quotas fairly", "agreed to share"} {
			if !strings.Contains(strings.Join(strings.Fields(tc.text), " "), words) {
				t.Errorf("%s report lacks %q", tc.name, words)
			}
		}
	}
}
