package app

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"readouts/app/report"
)

// Format is a report's file format.
type Format string

// The report formats.
const (
	PDF      Format = "pdf"
	Markdown Format = "md"
	JSON     Format = "json"
)

// ParseFormat reads a format as the user writes it: pdf, md (or markdown)
// or json, in any case.
func ParseFormat(s string) (Format, bool) {
	switch strings.ToLower(s) {
	case "pdf":
		return PDF, true
	case "md", "markdown":
		return Markdown, true
	case "json":
		return JSON, true
	}
	return "", false
}

// Report is what an export writes: the accounts of a text and the
// comparison of one pair, or of all pairs with their matrix.
type Report struct {
	in     report.Input
	inputs []Input // the files of the reading: never written over
}

// Report returns the report of pair p, dated now (or SOURCE_DATE_EPOCH):
// the accounts, and the comparison of p or, for all pairs, their
// comparisons and matrix, with row ids and what the reviewer corrected.
// For the zero Pair it is the accounts alone. It fails when p names
// accounts the text does not have.
func (s *Snapshot) Report(p Pair) (*Report, error) {
	in := report.Input{Extraction: s.x, Version: Version, Generated: report.GeneratedTime(time.Now()), Usage: s.Usage()}
	var comps []*Comparison
	switch {
	case p.All:
		all := s.All()
		comps = all.Comparisons
		in.Matrix = all.Matrix
	case p != Pair{}:
		c := s.Compare(p.Left, p.Right)
		if c == nil {
			return nil, fmt.Errorf("report: %s has no accounts %s and %s", s.Name(), p.Left, p.Right)
		}
		comps = []*Comparison{c}
	}
	if s.review != nil {
		in.Review = &report.Reviewed{File: s.review.File(), Outcomes: s.Outcomes(), Marks: s.reading.Marks,
			Dropped: s.reading.Dropped}
	}
	for _, c := range comps {
		in.Comparisons = append(in.Comparisons, c.engine())
		in.RowIDs = append(in.RowIDs, c.ids)
		if in.Review != nil {
			in.Review.Rows = append(in.Review.Rows, c.reviews)
		}
	}
	return &Report{in: in, inputs: s.Inputs()}, nil
}

// FileName suggests a file name for the report in format f, such as
// "readouts-biden-vs-beijing-2024-11-15.pdf" or "readouts-all-2024-11-15.md".
func (r *Report) FileName(f Format) string {
	return strings.TrimSuffix(report.DefaultFileName(r.in), ".pdf") + "." + string(f)
}

// HasComparison tells whether the report compares accounts: false for
// the accounts alone (a text with fewer than two accounts).
func (r *Report) HasComparison() bool { return len(r.in.Comparisons) > 0 }

// Write writes the report in format f. Control characters from the article
// are escaped in the text formats (Markdown as \x1b, JSON as \u001b), so
// that printing a report never sends a terminal an escape sequence.
func (r *Report) Write(w io.Writer, f Format) error {
	var cw *controlWriter
	var err error
	switch f {
	case PDF:
		return report.WritePDF(w, r.in)
	case Markdown:
		cw = newTextWriter(w)
		err = report.WriteMarkdown(cw, r.in)
	case JSON:
		cw = newJSONWriter(w)
		err = report.WriteJSON(cw, r.in)
	default:
		return fmt.Errorf("report: unknown format %q", f)
	}
	if err != nil {
		return err
	}
	return cw.Flush()
}

// MissingFonts says which fonts the PDF report lacks for the scripts of the
// text, one line each; nil when none.
func (r *Report) MissingFonts() []string {
	notes, err := report.MissingFonts(r.in)
	if err != nil {
		return nil // the report itself will say what is wrong
	}
	return notes
}

// WriteFile writes the report in format f to path by the rules of
// WriteOutput: the file appears only when complete, a device or FIFO is
// written straight through, and the files the report was made from are
// never written over. When ctx is done it stops and leaves nothing behind.
func (r *Report) WriteFile(ctx context.Context, path string, f Format) error {
	return WriteOutput(ctx, path, r.inputs, func(w io.Writer) error { return r.Write(w, f) })
}
