package views

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
	"readouts/sources"
)

// Counts tallies the rows of a comparison by verdict.
type Counts struct {
	Agree, Diverge, LeftOnly, RightOnly int
}

// CountVerdicts counts the rows of c per verdict.
func CountVerdicts(c *app.Comparison) Counts {
	var n Counts
	if c == nil {
		return n
	}
	for _, r := range c.Rows {
		switch r.Verdict {
		case app.Agree:
			n.Agree++
		case app.Diverge:
			n.Diverge++
		case app.LeftOnly:
			n.LeftOnly++
		case app.RightOnly:
			n.RightOnly++
		}
	}
	return n
}

// Summary is one line above the rows: the count of rows per verdict for a
// pair, or the size of the matrix for All three.
type Summary struct {
	widget.BaseWidget

	text string
	box  *fyne.Container
}

// NewSummary returns an empty summary.
func NewSummary() *Summary {
	s := &Summary{box: container.NewHBox()}
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer returns the renderer of the composed parts.
func (s *Summary) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(s.box)
}

// Text is the summary as words, for tests and the window title.
func (s *Summary) Text() string { return s.text }

// SetComparison summarises a pair.
func (s *Summary) SetComparison(x *sources.Extraction, c *app.Comparison) {
	s.box.Objects = nil
	s.text = ""
	if c == nil || x == nil {
		s.box.Refresh()
		return
	}
	ln, rn := ShortName(x.Account(c.Left)), ShortName(x.Account(c.Right))
	n := CountVerdicts(c)
	items := []struct {
		n int
		v app.Verdict
	}{{n.Agree, app.Agree}, {n.Diverge, app.Diverge}, {n.LeftOnly, app.LeftOnly}, {n.RightOnly, app.RightOnly}}
	for i, it := range items {
		word := VerdictWord(it.v, ln, rn)
		s.box.Add(newBadge(fmt.Sprintf("%d %s", it.n, word), VerdictColor(it.v)))
		if i > 0 {
			s.text += " · "
		}
		s.text += fmt.Sprintf("%d %s", it.n, word)
	}
	if matched := n.Agree + n.Diverge; matched > 0 {
		share := fmt.Sprintf("They agree on %d of %d topics both address.", n.Agree, matched)
		s.box.Add(widget.NewLabel(share))
		s.text += " · " + share
	} else {
		note := "No topic is addressed by both."
		s.box.Add(widget.NewLabel(note))
		s.text += " · " + note
	}
	s.box.Refresh()
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
	s.box.Add(newBadge(word, ColorReviewed))
	s.text += " · " + word
	s.box.Refresh()
}

// SetMatrix summarises All three.
func (s *Summary) SetMatrix(m *app.Matrix) {
	s.box.Objects = nil
	s.text = ""
	if m != nil {
		s.text = fmt.Sprintf("%d topics across %d accounts. Tap a cell to find its statements in the article.",
			len(m.Topics), len(m.Accounts))
		s.box.Add(widget.NewLabel(s.text))
	}
	s.box.Refresh()
}

// NewLegend names the colours, always with their words: the verdicts and,
// inside matched rows, the shared and the differing words. It is short so
// it fits the narrowest window.
func NewLegend() fyne.CanvasObject {
	entries := []struct {
		word string
		c    fyne.ThemeColorName
	}{
		{"agree", ColorAgree},
		{"diverge", ColorDiverge},
		{"only left", ColorLeftOnly},
		{"only right", ColorRightOnly},
		{"shared words", ColorShared},
		{"differing words", ColorDiffers},
	}
	box := container.NewHBox(widget.NewLabel("Legend:"))
	for _, e := range entries {
		box.Add(newBadge(e.word, e.c))
	}
	return box
}
