package report

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"readouts/app/compare"
	"readouts/app/review"
	"readouts/app/usage"
	"readouts/sources"
)

// Input is everything a report shows. The same Input renders as PDF,
// Markdown or JSON.
type Input struct {
	Extraction  *sources.Extraction  // article or documents + accounts
	Comparisons []compare.Comparison // one for a pair, three for "all"
	Matrix      *compare.Matrix      // non-nil for "all": printed first
	Version     string               // Readouts version, e.g. "0.1.0"
	Generated   time.Time            // generation time; SOURCE_DATE_EPOCH time when set
	// Usage is how a news article uses the documents, when one was read
	// beside them; nil otherwise.
	Usage *usage.Result
	// RowIDs[i][j] is the stable id of row j of Comparisons[i]; nil when
	// the caller has none.
	RowIDs [][]string
	// Review is what a reviewer corrected; nil for the machine reading.
	Review *Reviewed
}

// Reviewed is what a reviewer changed in the reading and rows a report
// shows, with what became of each edit.
type Reviewed struct {
	File     string                 // the review file's name, never a folder path
	Outcomes []review.Outcome       // one per edit, in order
	Marks    map[string]review.Mark // statement id → what the review did to it
	Dropped  []sources.Statement    // statements the reviewer said are not statements
	// Rows[i][j] is the reviewer's word on row j of Comparisons[i], nil
	// where there is none.
	Rows [][]*review.RowReview
}

// Applied is the number of edits that applied: the corrections a report
// counts.
func (r *Reviewed) Applied() int {
	n := 0
	for _, o := range r.Outcomes {
		if o.Applied {
			n++
		}
	}
	return n
}

// fileName is the review file's base name: a report never gives a folder
// path.
func (r *Reviewed) fileName() string {
	if r.File == "" {
		return ""
	}
	return filepath.Base(r.File)
}

// row is the reviewer's word on row j of comparison i, or nil.
func (r *Reviewed) row(i, j int) *review.RowReview {
	if r == nil || i >= len(r.Rows) || j >= len(r.Rows[i]) {
		return nil
	}
	return r.Rows[i][j]
}

// mark is what the review did to statement id, "" when nothing.
func (r *Reviewed) mark(id string) review.Mark {
	if r == nil {
		return ""
	}
	return r.Marks[id]
}

// corrections is the line page 1 gives the review: "3 corrections by a
// reviewer (call.txt.review.json); 1 edit no longer applies".
func (r *Reviewed) corrections() string {
	n := r.Applied()
	s := fmt.Sprintf("%d corrections by a reviewer", n)
	if n == 1 {
		s = "1 correction by a reviewer"
	}
	if f := r.fileName(); f != "" {
		s += " (" + f + ")"
	}
	switch left := len(r.Outcomes) - n; left {
	case 0:
	case 1:
		s += "; 1 edit no longer applies"
	default:
		s += fmt.Sprintf("; %d edits no longer apply", left)
	}
	return s
}

// GeneratedTime returns the time a report should carry: SOURCE_DATE_EPOCH
// (seconds since 1970, the reproducible-builds convention) when it is set and
// valid, else now. A fixed time is what makes two runs byte-identical.
func GeneratedTime(now time.Time) time.Time {
	if v := strings.TrimSpace(os.Getenv("SOURCE_DATE_EPOCH")); v != "" {
		if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
			return time.Unix(secs, 0).UTC()
		}
	}
	return now
}

// isAll reports whether the input is a three-way ("all") report.
func (in Input) isAll() bool { return in.Matrix != nil || len(in.Comparisons) > 1 }

// DefaultFileName suggests a file name such as
// "readouts-biden-vs-beijing-2024-11-15.pdf" or "readouts-all-2024-11-15.pdf".
// The date is the article's, else the generation date.
func DefaultFileName(in Input) string {
	name := "readouts"
	switch {
	case in.isAll():
		name += "-all"
	case len(in.Comparisons) == 1:
		name += "-" + fileSafe(in.Comparisons[0].Left) + "-vs-" + fileSafe(in.Comparisons[0].Right)
	}
	date := ""
	if in.Extraction != nil && in.Extraction.Article != nil {
		date = in.Extraction.Article.Date
	}
	if date == "" && !in.Generated.IsZero() {
		date = in.Generated.UTC().Format("2006-01-02")
	}
	if d := fileSafe(date); d != "" {
		name += "-" + d
	}
	return name + ".pdf"
}

// fileSafe keeps lower-case letters, digits and single dashes, so an id
// never puts a path separator or a space into a file name.
func fileSafe(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		ok := (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9')
		if !ok {
			if b.Len() > 0 && !dash {
				b.WriteByte('-')
				dash = true
			}
			continue
		}
		b.WriteRune(r)
		dash = false
	}
	return strings.TrimSuffix(b.String(), "-")
}
