package report

import (
	"os"
	"strconv"
	"strings"
	"time"

	"readouts/app/compare"
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
