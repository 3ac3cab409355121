package app

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"readouts/app/compare"
	"readouts/app/report"
	"readouts/sources"
)

// writeAccountsText prints the accounts as a person reads them, with what
// the reviewer changed.
func writeAccountsText(w io.Writer, snap *Snapshot) error {
	b := bufio.NewWriter(w)
	x := snap.Extraction()
	writeTextsHeader(b, x)
	if rv := snap.Review(); rv != nil {
		outs := snap.Outcomes()
		fmt.Fprintf(b, "review %s: %d of %d edits applied\n", rv.File(), len(outs)-len(NotApplied(outs)), len(outs))
	}
	fmt.Fprintf(b, "%d account(s)\n", len(x.Accounts))
	for _, acc := range x.Accounts {
		fmt.Fprintf(b, "\n%s — %s, %s (%d statement(s))%s\n", acc.ID, acc.Speaker, acc.Channel, len(acc.Statements), documentNote(x, acc))
		for _, st := range acc.Statements {
			writeStatementLine(b, st, snap.Mark(st.ID), "  ")
		}
	}
	if len(x.Earlier) > 0 {
		fmt.Fprintf(b, "\nabout earlier events, kept out of the accounts (%d)\n", len(x.Earlier))
		for _, st := range x.Earlier {
			fmt.Fprintf(b, "  %s, %s\n", st.Speaker, st.Channel)
			writeStatementLine(b, st, snap.Mark(st.ID), "    ")
		}
	}
	return b.Flush()
}

func writeArticleHeader(b *bufio.Writer, a *sources.Article) {
	fmt.Fprintf(b, "%s\n", a.Title)
	date := a.Date
	if date == "" {
		date = "date unknown"
	}
	fmt.Fprintf(b, "%s · %s · %d bytes · %d paragraphs · sha256 %s\n\n", a.Name, date, len(a.Text), len(a.Paragraphs), a.SHA256)
}

// writeStatementLine prints a statement; mark is what the review did to
// it, "" for nothing.
func writeStatementLine(b *bufio.Writer, st sources.Statement, mark Mark, indent string) {
	reviewed := ""
	if mark != "" {
		reviewed = "  reviewed: " + string(mark)
	}
	fmt.Fprintf(b, "%s%-12s ¶%-3d %-10s %.2f  [%d:%d]%s%s\n%s    %s\n", indent, st.ID, st.Paragraph, st.Kind, st.Confidence,
		st.Start, st.End, saidByNote(st), reviewed, indent, quoted(st.Text))
}

func quoted(s string) string { return "«" + strings.Join(strings.Fields(s), " ") + "»" }

// writeComparisonText prints each comparison row by row with its reasons.
func writeComparisonText(w io.Writer, in report.Input) error {
	b := bufio.NewWriter(w)
	x := in.Extraction
	writeTextsHeader(b, x)
	if rv := in.Review; rv != nil {
		fmt.Fprintf(b, "review %s: %d of %d edits applied\n\n", filepath.Base(rv.File), rv.Applied(), len(rv.Outcomes))
	}
	if in.Matrix != nil && len(in.Matrix.Topics) > 0 {
		writeMatrixText(b, x, in.Matrix)
	}
	for ci, c := range in.Comparisons {
		left, right := x.Account(c.Left), x.Account(c.Right)
		fmt.Fprintf(b, "%s ⇄ %s\n  left:  %s\n  right: %s\n", c.Left, c.Right, left.Label, right.Label)
		counts := map[compare.Verdict]int{}
		for _, r := range c.Rows {
			counts[r.Verdict]++
		}
		fmt.Fprintf(b, "  %d agree · %d diverge · %d left only · %d right only\n\n",
			counts[compare.Agree], counts[compare.Diverge], counts[compare.LeftOnly], counts[compare.RightOnly])
		for j, r := range c.Rows {
			fmt.Fprintf(b, "  [%s] %s (confidence %.2f)\n", strings.ToUpper(string(r.Verdict)), r.Topic, r.Confidence)
			for _, id := range r.Left {
				writeRowStatement(b, x, "left ", id)
			}
			for _, id := range r.Right {
				writeRowStatement(b, x, "right", id)
			}
			for _, why := range r.Reasons {
				fmt.Fprintf(b, "    why: %s\n", why)
			}
			if in.Review != nil && ci < len(in.Review.Rows) && j < len(in.Review.Rows[ci]) {
				if rv := in.Review.Rows[ci][j]; rv != nil {
					fmt.Fprintf(b, "    reviewed: verdict was %s", rv.VerdictWas)
					if rv.Note != "" {
						fmt.Fprintf(b, "; note: %s", rv.Note)
					}
					b.WriteString("\n")
				}
			}
			b.WriteString("\n")
		}
	}
	writeUsageText(b, x, in.Usage)
	return b.Flush()
}

func writeRowStatement(b *bufio.Writer, x *sources.Extraction, side, id string) {
	st := x.Statement(id)
	if st == nil {
		fmt.Fprintf(b, "    %s %s (not found)\n", side, id)
		return
	}
	fmt.Fprintf(b, "    %s %s ¶%d: %s\n", side, id, st.Paragraph, quoted(st.Text))
}

func writeMatrixText(b *bufio.Writer, x *sources.Extraction, m *compare.Matrix) {
	b.WriteString("topic × account\n")
	fmt.Fprintf(b, "  %-16s", "")
	for _, id := range m.Accounts {
		fmt.Fprintf(b, " %-24s", id)
	}
	b.WriteString("\n")
	for t, topic := range m.Topics {
		fmt.Fprintf(b, "  %-16s", topic)
		for a := range m.Accounts {
			fmt.Fprintf(b, " %-24s", positionText(m.Cells[t][a]))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

// positionText sums up one matrix cell: its statements and with whom it
// agrees (=) or diverges (≠).
func positionText(p compare.Position) string {
	if p.Silent || len(p.Statements) == 0 {
		return "—"
	}
	s := fmt.Sprintf("%d stmt", len(p.Statements))
	if len(p.Agrees) > 0 {
		s += " =" + strings.Join(p.Agrees, ",")
	}
	if len(p.Diverges) > 0 {
		s += " ≠" + strings.Join(p.Diverges, ",")
	}
	return s
}
