package app

import (
	"fmt"
	"io"
	"strings"
	"time"

	"readouts/app/compare"
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
	in report.Input
}

// Report returns the report of pair p, dated now (or SOURCE_DATE_EPOCH):
// the accounts, and the comparison of p or, for all pairs, their
// comparisons and matrix. For the zero Pair it is the accounts alone. It
// fails when p names accounts the text does not have.
func (s *Snapshot) Report(p Pair) (*Report, error) {
	in := report.Input{Extraction: s.x, Version: Version, Generated: report.GeneratedTime(time.Now()), Usage: s.Usage()}
	switch {
	case p.All:
		all := s.All()
		for _, c := range all.Comparisons {
			in.Comparisons = append(in.Comparisons, c.engine())
		}
		in.Matrix = all.Matrix
	case p != Pair{}:
		c := s.Compare(p.Left, p.Right)
		if c == nil {
			return nil, fmt.Errorf("report: %s has no accounts %s and %s", s.Name(), p.Left, p.Right)
		}
		in.Comparisons = []compare.Comparison{c.engine()}
	}
	return &Report{in: in}, nil
}

// FileName suggests a file name for the report in format f, such as
// "readouts-biden-vs-beijing-2024-11-15.pdf" or "readouts-all-2024-11-15.md".
func (r *Report) FileName(f Format) string {
	return strings.TrimSuffix(report.DefaultFileName(r.in), ".pdf") + "." + string(f)
}

// Write writes the report in format f.
func (r *Report) Write(w io.Writer, f Format) error {
	switch f {
	case PDF:
		return report.WritePDF(w, r.in)
	case Markdown:
		return report.WriteMarkdown(w, r.in)
	case JSON:
		return report.WriteJSON(w, r.in)
	}
	return fmt.Errorf("report: unknown format %q", f)
}

// WriteFile writes the report in format f to path through WriteFileAtomic:
// the file appears only when complete.
func (r *Report) WriteFile(path string, f Format) error {
	return WriteFileAtomic(path, func(w io.Writer) error { return r.Write(w, f) })
}
