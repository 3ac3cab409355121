package views

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
	"readouts/app/naming"
	"readouts/sources"
)

// Counts tallies a comparison the way its rows show it: the points both
// accounts make, by verdict, and the statements only one of them makes,
// each statement counted once (in its best row, not where a row refers to
// it), so the counts never exceed the statements the column heads give.
type Counts struct {
	Agree, Diverge      int // points (rows) both accounts make
	LeftOnly, RightOnly int // statements only the left, only the right account makes
}

// CountVerdicts counts the rows of c as the summary shows them.
func CountVerdicts(c *app.Comparison) Counts {
	var n Counts
	if c == nil {
		return n
	}
	left, right := map[string]bool{}, map[string]bool{}
	for _, r := range c.Rows {
		switch r.Verdict {
		case app.Agree:
			n.Agree++
		case app.Diverge:
			n.Diverge++
		case app.LeftOnly:
			for _, id := range fullStatements(r.Left, refsOf(r, true)) {
				left[id] = true
			}
		case app.RightOnly:
			for _, id := range fullStatements(r.Right, refsOf(r, false)) {
				right[id] = true
			}
		}
	}
	n.LeftOnly, n.RightOnly = len(left), len(right)
	return n
}

// countWord is "1 point", "3 points".
func countWord(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// summaryChips are the words of the summary's chips, with their verdicts.
func summaryChips(n Counts, left, right string) []struct {
	text string
	v    app.Verdict
} {
	agree := countWord(n.Agree, "point agrees", "points agree")
	diverge := countWord(n.Diverge, "point diverges", "points diverge")
	return []struct {
		text string
		v    app.Verdict
	}{
		{agree, app.Agree},
		{diverge, app.Diverge},
		{countWord(n.LeftOnly, "statement", "statements") + " only " + left, app.LeftOnly},
		{countWord(n.RightOnly, "statement", "statements") + " only " + right, app.RightOnly},
	}
}

// Summary is a line above the rows: how many points agree and diverge and
// how many statements only one account makes, for a pair; the size of the
// matrix for All three. It wraps in a narrow window.
type Summary struct {
	widget.BaseWidget

	text string
	flow *flowBox
}

// NewSummary returns an empty summary.
func NewSummary() *Summary {
	s := &Summary{flow: newFlowBox()}
	s.flow.Pad = rowPadding()
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer returns the renderer of the composed parts.
func (s *Summary) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(s.flow)
}

// HeightForWidth is the summary's height at width w.
func (s *Summary) HeightForWidth(w float32) float32 { return s.flow.HeightForWidth(w) }

// MinSize is the summary's size at its current width.
func (s *Summary) MinSize() fyne.Size {
	s.ExtendBaseWidget(s)
	return s.flow.MinSize()
}

// Text is the summary as words, for tests and the window title.
func (s *Summary) Text() string { return s.text }

func (s *Summary) set(objs []fyne.CanvasObject, words []string) {
	s.text = strings.Join(words, " · ")
	s.flow.SetObjects(objs...)
}

// SetComparison summarises a pair of accounts of x, named by names.
func (s *Summary) SetComparison(x *sources.Extraction, c *app.Comparison, names naming.Names) {
	if c == nil || x == nil {
		s.set(nil, nil)
		return
	}
	n := CountVerdicts(c)
	var objs []fyne.CanvasObject
	var words []string
	for _, chip := range summaryChips(n, names.Of(c.Left), names.Of(c.Right)) {
		objs = append(objs, newBadge(chip.text, VerdictColor(chip.v)))
		words = append(words, chip.text)
	}
	if n.Agree+n.Diverge == 0 {
		note := "No point is made by both."
		objs = append(objs, widget.NewLabel(note))
		words = append(words, note)
	}
	s.set(objs, words)
}

// SetReview adds what the reviewer did to the summary: "Reviewed: 3" (the
// corrections in force), or that the machine reading is on show; nothing
// when corrections is 0 and machine is false.
func (s *Summary) SetReview(corrections int, machine bool) {
	var word string
	switch {
	case machine:
		word = "Machine reading"
	case corrections > 0:
		word = fmt.Sprintf("Reviewed: %d", corrections)
	default:
		return
	}
	objs := append(s.flow.Objects[:len(s.flow.Objects):len(s.flow.Objects)], newBadge(word, ColorReviewed))
	words := []string{s.text, word}
	if s.text == "" {
		words = words[1:]
	}
	s.set(objs, words)
}

// SetMatrix summarises All three.
func (s *Summary) SetMatrix(m *app.Matrix) {
	if m == nil {
		s.set(nil, nil)
		return
	}
	text := fmt.Sprintf("%s across %d accounts. Click a cell to find its statements in the article.",
		countWord(len(m.Topics), "topic", "topics"), len(m.Accounts))
	s.set([]fyne.CanvasObject{widget.NewLabel(text)}, []string{text})
}
