package report

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"readouts/app/compare"
	"readouts/app/naming"
	"readouts/app/review"
	"readouts/sources"
)

// This file derives what every output format shows from an Input: the
// pairs with their accounts, verdict labels, counts, citation context and
// the word-level highlight of each statement. PDF and Markdown share it, so
// they say the same things.

// pairView is one comparison with its two accounts resolved.
type pairView struct {
	cmp         compare.Comparison
	left, right *sources.Account
	// leftName and rightName are what the accounts go by, as in the
	// window ("Trump — Truth Social", "Kremlin").
	leftName, rightName string
	index               int            // in Input.Comparisons
	best                map[string]int // statement id → its best row
}

// report is an Input checked and indexed for rendering.
type report struct {
	in         Input
	article    *sources.Article
	pairs      []pairView
	accounts   []*sources.Account // every account the comparisons name, first-use order
	statements map[string]*sources.Statement
	tint       map[string]rgb                // account id -> tint
	hidden     map[*sources.Article][][2]int // a text's markup (hiddenIn)
	names      naming.Names                  // account id -> the name it goes by
}

func newReport(in Input) (*report, error) {
	if in.Extraction == nil || in.Extraction.Article == nil {
		return nil, errors.New("report input has no article")
	}
	if len(in.Comparisons) == 0 {
		return nil, errors.New("report input has no comparison")
	}
	if in.Generated.IsZero() {
		// A caller that forgot the time still gets a truthful one.
		in.Generated = GeneratedTime(time.Now())
	}
	r := &report{in: in, article: in.Extraction.Article,
		statements: map[string]*sources.Statement{}, tint: map[string]rgb{},
		hidden: map[*sources.Article][][2]int{}}
	for i := range in.Extraction.Accounts {
		acc := &in.Extraction.Accounts[i]
		for j := range acc.Statements {
			st := &acc.Statements[j]
			if text := r.source(st).Text; st.Start < 0 || st.End > len(text) || st.Start > st.End {
				return nil, fmt.Errorf("statement %s: span %d..%d outside the %s (%d bytes)",
					st.ID, st.Start, st.End, r.textWord(), len(text))
			}
			r.statements[st.ID] = st
		}
	}
	addAccount := func(id string) (*sources.Account, error) {
		acc := in.Extraction.Account(id)
		if acc == nil {
			return nil, fmt.Errorf("comparison names unknown account %q", id)
		}
		if _, seen := r.tint[id]; !seen {
			r.tint[id] = accountTint(len(r.accounts))
			r.accounts = append(r.accounts, acc)
		}
		return acc, nil
	}
	for i, c := range in.Comparisons {
		l, err := addAccount(c.Left)
		if err != nil {
			return nil, err
		}
		rt, err := addAccount(c.Right)
		if err != nil {
			return nil, err
		}
		for _, row := range c.Rows {
			for _, id := range append(append([]string(nil), row.Left...), row.Right...) {
				if r.statements[id] == nil {
					return nil, fmt.Errorf("comparison %s/%s, topic %q: unknown statement %q", c.Left, c.Right, row.Topic, id)
				}
			}
		}
		r.pairs = append(r.pairs, pairView{cmp: c, left: l, right: rt, index: i, best: bestRows(c)})
	}
	r.nameAccounts()
	return r, nil
}

// nameAccounts names the compared accounts as the window does, told apart
// only from each other: a report on one of two Trump accounts says "Trump".
func (r *report) nameAccounts() {
	ids := make([]string, len(r.accounts))
	for i, a := range r.accounts {
		ids[i] = a.ID
	}
	r.names = naming.Among(r.in.Extraction, ids)
	for i := range r.pairs {
		p := &r.pairs[i]
		p.leftName, p.rightName = r.names.Of(p.left.ID), r.names.Of(p.right.ID)
	}
}

// texts are every text the report may draw, for choosing its fonts: the
// article or documents (statements are spans of them), and what the
// engine and the reviewer wrote.
func (r *report) texts() []string {
	x := r.in.Extraction
	out := []string{r.article.Text, r.article.Title, r.article.Name}
	for i := range x.Documents {
		if d := x.Documents[i].Article; d != nil && d != r.article {
			out = append(out, d.Text, d.Title)
		}
		out = append(out, x.Documents[i].Title, x.Documents[i].Heading)
	}
	if r.in.Usage != nil && r.in.Usage.Article != nil {
		out = append(out, r.in.Usage.Article.Text, r.in.Usage.Article.Title)
	}
	for _, acc := range x.Accounts {
		out = append(out, accountLabel(&acc), acc.Speaker, acc.Channel)
	}
	for _, p := range x.Parties {
		out = append(out, p.Name, p.Leader)
	}
	for _, c := range r.in.Comparisons {
		for _, row := range c.Rows {
			out = append(out, row.Label, row.Topic)
			out = append(out, row.Reasons...)
		}
	}
	if m := r.in.Matrix; m != nil {
		out = append(out, m.Topics...)
	}
	if rv := r.in.Review; rv != nil {
		out = append(out, rv.File)
		for _, rows := range rv.Rows {
			for _, rr := range rows {
				if rr != nil {
					out = append(out, rr.Note)
				}
			}
		}
		for _, o := range rv.Outcomes {
			out = append(out, o.Detail)
		}
	}
	return out
}

// accountLabel is "Speaker — Channel", or the account's own label.
func accountLabel(a *sources.Account) string {
	if a.Label != "" {
		return a.Label
	}
	switch {
	case a.Speaker != "" && a.Channel != "":
		return a.Speaker + " — " + a.Channel
	case a.Speaker != "":
		return a.Speaker
	}
	return a.ID
}

// title is "Biden vs Modi", the accounts as the window names them: used
// in headings and bookmarks.
func (p pairView) title() string {
	return p.leftName + " vs " + p.rightName
}

// verdictLabel is the word shown with a verdict's colour.
func (p pairView) verdictLabel(v compare.Verdict) string {
	switch v {
	case compare.Agree:
		return "Agree"
	case compare.Diverge:
		return "Diverge"
	case compare.LeftOnly:
		return "Only " + p.leftName
	case compare.RightOnly:
		return "Only " + p.rightName
	}
	return string(v)
}

func verdictLook(v compare.Verdict) verdictStyle {
	switch v {
	case compare.Agree:
		return styleAgree
	case compare.Diverge:
		return styleDiverge
	}
	return styleOneSide
}

// verdictOrder is the order verdicts are counted in.
var verdictOrder = []compare.Verdict{compare.Agree, compare.Diverge, compare.LeftOnly, compare.RightOnly}

// counts returns the number of rows per verdict.
func (p pairView) counts() map[compare.Verdict]int {
	n := map[compare.Verdict]int{}
	for _, row := range p.cmp.Rows {
		n[row.Verdict]++
	}
	return n
}

// agreement describes the share of matched topics (both sides speak) that
// agree, e.g. "1 of 2 matched topics agree (50%)".
func (p pairView) agreement() string {
	n := p.counts()
	matched := n[compare.Agree] + n[compare.Diverge]
	if matched == 0 {
		return "No topic is addressed by both accounts."
	}
	topic := "topics"
	if matched == 1 {
		topic = "topic"
	}
	return fmt.Sprintf("%d of %d matched %s agree (%d%%).", n[compare.Agree], matched, topic,
		(100*n[compare.Agree]+matched/2)/matched)
}

// keyReason is the first reason of a row, the one the engine ranks highest.
func keyReason(row compare.Row) string {
	if len(row.Reasons) == 0 {
		return ""
	}
	return row.Reasons[0]
}

// contextChars is how much text a citation shows either side of a quote.
const contextChars = 32

// citeContext returns up to contextChars runes before and after span, kept
// within the span's paragraph, and whether each side was cut short.
func citeContext(a *sources.Article, st *sources.Statement) (before, after string, cutBefore, cutAfter bool) {
	lo, hi := 0, len(a.Text)
	for _, p := range a.Paragraphs {
		if p.Start <= st.Start && st.End <= p.End {
			lo, hi = p.Start, p.End
			break
		}
	}
	b := st.Start
	for n := 0; n < contextChars && b > lo; n++ {
		_, size := utf8.DecodeLastRuneInString(a.Text[lo:b])
		b -= size
	}
	e := st.End
	for n := 0; n < contextChars && e < hi; n++ {
		_, size := utf8.DecodeRuneInString(a.Text[e:hi])
		e += size
	}
	before, after = a.Text[b:st.Start], a.Text[st.End:e]
	cutBefore, cutAfter = b > lo, e < hi
	// A context cut inside a word starts or ends at the nearest space
	// instead, so the reader sees whole words; the quote itself is never
	// shortened.
	if cutBefore {
		if i := strings.IndexByte(before, ' '); i >= 0 && i < len(before)-1 {
			before = before[i+1:]
		}
	}
	if cutAfter {
		if i := strings.LastIndexByte(after, ' '); i > 0 {
			after = after[:i]
		}
	}
	return before, after, cutBefore, cutAfter
}

// sideStatements returns the statements of one side of a row.
func (r *report) sideStatements(ids []string) []*sources.Statement {
	out := make([]*sources.Statement, 0, len(ids))
	for _, id := range ids {
		out = append(out, r.statements[id])
	}
	return out
}

// rowReview is the reviewer's word on row j of the pair, nil when none.
func (r *report) rowReview(p pairView, j int) *review.RowReview {
	return r.in.Review.row(p.index, j)
}

// reviewLine says what the reviewer did to a row: "Reviewed: verdict was
// diverge. Note: …"; "" when nothing.
func (r *report) reviewLine(p pairView, j int) string {
	rv := r.rowReview(p, j)
	if rv == nil {
		return ""
	}
	var said []string
	if rv.Linked {
		said = append(said, "statements linked by the reviewer")
	}
	if rv.VerdictWas != "" && rv.VerdictWas != p.cmp.Rows[j].Verdict {
		said = append(said, "verdict was "+p.verdictLabel(rv.VerdictWas))
	}
	if rv.Note != "" {
		said = append(said, "note: "+rv.Note)
	}
	if len(said) == 0 {
		return "Reviewed: verdict confirmed"
	}
	return "Reviewed: " + strings.Join(said, "; ")
}

// statementMark is " (reviewed: assigned)" for a statement an edit
// touched, "" otherwise.
func (r *report) statementMark(id string) string {
	if m := r.in.Review.mark(id); m != "" {
		return " (reviewed: " + string(m) + ")"
	}
	return ""
}

// countsNote says what the verdict counts count: rows, each a point one or
// both accounts make, not statements.
func (p pairView) countsNote() string {
	return fmt.Sprintf("Counts are rows: each row is one point. %s has %s and %s %s; each statement stands in one row.",
		p.leftName, statementsWord(len(p.left.Statements)),
		p.rightName, statementsWord(len(p.right.Statements)))
}

// homeRow is the row a statement stands in: its best row in the first pair
// that has it.
func (r *report) homeRow(id string) (rowKey, bool) {
	for _, p := range r.pairs {
		if j, ok := p.best[id]; ok {
			return rowKey{p.index, j}, true
		}
	}
	return rowKey{}, false
}

// rowName is "row 3" for a pair report, "Trump vs Putin, row 3" for all.
func (r *report) rowName(k rowKey) string {
	if len(r.pairs) == 1 {
		return fmt.Sprintf("row %d", k.row+1)
	}
	return fmt.Sprintf("%s, row %d", r.pairs[k.pair].title(), k.row+1)
}

// accountNames are the compared accounts' names, "Trump — Truth Social,
// Kremlin, Zelensky", as the window gives them.
func (r *report) accountNames() string {
	names := make([]string, len(r.accounts))
	for i, a := range r.accounts {
		names[i] = r.names.Of(a.ID)
	}
	return strings.Join(names, ", ")
}

// namesOf turns account ids into the names they go by, for matrix cells.
func (r *report) namesOf(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = r.names.Of(id)
	}
	return strings.Join(out, ", ")
}
