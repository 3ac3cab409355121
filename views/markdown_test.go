package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"readouts/sources/markup"
)

// TestHiddenMarkupKeepsOffsets: a paragraph drawn without its markup,
// its hard-wrapped lines flowing, still finds a statement's words by the
// article's offsets.
func TestHiddenMarkupKeepsOffsets(t *testing.T) {
	test.NewTempApp(t)
	text := "> \"We will lower tariffs,\" **Whitfield**'s post said,\n> adding that talks would resume."
	start := strings.Index(text, "adding")
	h := NewHighlightText(text, []Highlight{{Start: start, End: len(text), Tag: "s1"}})
	h.Hidden = markup.Ranges(text, true)
	h.SoftBreaks = true
	s := h.shape()
	var words []string
	for _, sg := range s.segs {
		words = append(words, text[sg.start:sg.end])
	}
	if got := strings.Join(words, "|"); strings.Contains(got, ">") || strings.Contains(got, "**") {
		t.Fatalf("markup drawn: %s", got)
	}
	if l := s.layout(10000); l.line[len(s.segs)-1] != 0 {
		t.Fatalf("the two lines did not flow into one (%d lines)", l.line[len(s.segs)-1]+1)
	}
	// The name between its stars and the "'s" after them are one word:
	// no line break may fall inside it.
	for k, sg := range s.segs {
		if text[sg.start:sg.end] == "Whitfield" && !s.segs[k+1].join {
			t.Fatalf("the word after the hidden stars is cut off: %q", text[s.segs[k+1].start:s.segs[k+1].end])
		}
	}
	w := test.NewWindow(h)
	defer w.Close()
	w.Resize(fyne.NewSize(600, 200))
	h.Resize(fyne.NewSize(600, h.HeightForWidth(600)))
	p, ok := h.SpanPosition(0)
	if !ok {
		t.Fatal("the statement has no position")
	}
	if got := h.SpanAt(p.Add(fyne.NewPos(2, 2))); got != 0 {
		t.Fatalf("the statement's words are not where its offsets say (span %d)", got)
	}
}
