package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestMarkdownSections(t *testing.T) {
	tests := []struct {
		name     string
		in       Input
		sections []string
	}{
		{"pair", goldInput(t, pairTK), []string{"# Readouts comparison report", "## Summary", "## Side by side", "## Citations", "## Appendix: the article"}},
		{"all", goldInput(t, pairTK, pairTZ, pairKZ), []string{"# Readouts comparison report", "## Topic × account matrix",
			"## Trump vs Kremlin", "### Summary", "### Side by side", "## Trump vs Zelensky", "## Kremlin vs Zelensky", "## Citations", "## Appendix: the article"}},
		{"intl", intlInput(t), []string{"# Readouts comparison report", "## Summary", "## Citations"}},
		{"pipeline all", pipelineInput(t, true), []string{"# Readouts comparison report", "## Topic × account matrix", "### Summary", "## Citations", "## Appendix: the article"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			if err := WriteMarkdown(&b, tc.in); err != nil {
				t.Fatal(err)
			}
			md := b.String()
			// The sections appear as heading lines, in this order.
			next := 0
			for _, line := range strings.Split(md, "\n") {
				if next < len(tc.sections) && line == tc.sections[next] {
					next++
				}
			}
			if next < len(tc.sections) {
				t.Fatalf("section %q missing or out of order", tc.sections[next])
			}
			// Every statement appears whole in its citation (bold, escaped).
			for _, c := range tc.in.Comparisons {
				for _, id := range []string{c.Left, c.Right} {
					for _, st := range tc.in.Extraction.Account(id).Statements {
						if !strings.Contains(md, "**"+mdEscape(oneLine(st.Text))+"**") {
							t.Errorf("markdown lacks statement %s", st.ID)
						}
					}
				}
			}
			if strings.Contains(md, `\*\*`) {
				t.Errorf("markdown has escaped emphasis markers")
			}
			for _, line := range strings.Split(md, "\n") {
				if strings.HasPrefix(line, "|") && strings.Count(strings.ReplaceAll(line, `\|`, ""), "|") < 3 {
					t.Errorf("broken table line %q", line)
				}
			}
		})
	}
}

func TestMarkdownEscapes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a|b", `a\|b`},
		{"*bold* _it_ [x](y) <b> #1 `c`", "\\*bold\\* \\_it\\_ \\[x\\](y) &lt;b&gt; \\#1 \\`c\\`"},
	}
	for _, tc := range tests {
		if got := mdCell(tc.in); got != tc.want {
			t.Errorf("mdCell(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMarkdownScopeAndLinks checks that the Markdown says what page 1 of
// the PDF says, and that rows, citations and appendix ids link each other.
func TestMarkdownScopeAndLinks(t *testing.T) {
	in := pipelineInput(t, false)
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, in); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, acc := range in.Extraction.Accounts {
		if !strings.Contains(md, "- **"+mdEscape(accountLabel(&acc))+"** `"+acc.ID+"`") {
			t.Errorf("Accounts found lacks %s", acc.ID)
		}
	}
	for _, w := range []string{"### Accounts found (", "not compared: ", "about events before the call, not compared",
		"### How to read this report", "| [1](#row-1) |", `<a id="row-1"></a>1`, `<a id="cite-trump-1"></a>`, "Key reason: _"} {
		if !strings.Contains(md, w) {
			t.Errorf("Markdown lacks %q", w)
		}
	}
	// Every statement id in the appendix links to the row it stands in.
	p := in.Comparisons[0]
	best := bestRows(p)
	for id, j := range best {
		if want := fmt.Sprintf("[`%s`](#row-%d)", id, j+1); !strings.Contains(md, want) {
			t.Errorf("Markdown lacks the link %s", want)
		}
	}
}
