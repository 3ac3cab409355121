package markup

import (
	"testing"
)

// TestRanges: the markup of a Markdown text is hidden, its words
// are not, and a plain text keeps all but a heading's marker.
func TestRanges(t *testing.T) {
	tests := []struct {
		name, text string
		md         bool
		want       string // the text without what is hidden
	}{
		{"heading", "## Leaders talk ##", true, "Leaders talk"},
		{"heading in plain text", "# Leaders talk", false, "Leaders talk"},
		{"a hashtag is no heading", "#talks resumed", true, "#talks resumed"},
		{"quotation, over two lines", "> \"We will talk,\" she said\n> on Monday.", true, "\"We will talk,\" she said\non Monday."},
		{"strong and emphasis", "the **tariff truce** and _equal_ *dialogue*", true, "the tariff truce and equal dialogue"},
		{"an underscore inside a word stays", "snake_case and a_b_c", true, "snake_case and a_b_c"},
		{"an unpaired star stays", "5 * 3 and *alone", true, "5 * 3 and *alone"},
		{"link", "read [the readout](https://example.org/r) here", true, "read the readout here"},
		{"escape and code", "a \\*star\\* and `code`", true, "a *star* and code"},
		{"rule", "---", true, ""},
		{"plain text keeps stars and quotes", "> not **markup** here", false, "> not **markup** here"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Visible(tc.text, Ranges(tc.text, tc.md)); got != tc.want {
				t.Fatalf("shown %q, want %q", got, tc.want)
			}
		})
	}
}
