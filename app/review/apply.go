package review

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"readouts/sources"
)

// Mark says what the review did to a statement.
type Mark string

// The marks a statement can carry.
const (
	Assigned    Mark = "assigned"
	Added       Mark = "added"
	MarkEarlier Mark = "earlier"
	Merged      Mark = "merged"
	Renamed     Mark = "renamed"
)

// Outcome is what became of one edit.
type Outcome struct {
	N       int // the edit's number in the review, from 1
	Op      Op
	Applied bool
	// Detail says what the edit did ("trump-3 → kremlin"), or why it no
	// longer applies ("no statement at [5, 9]").
	Detail string
}

// Reading is an extraction with the reading edits of a review applied.
type Reading struct {
	// X is the corrected extraction. It shares no slice with the machine
	// extraction, so neither changes the other.
	X *sources.Extraction
	// Outcomes has one entry per edit, in order. Row edits (verdict, link)
	// are left for Rows to decide: their entries have N and Op only.
	Outcomes []Outcome
	// Marks says, by statement id in X, what the review did to a statement.
	Marks map[string]Mark
	// Dropped are the statements the review says are not statements, as
	// they were when dropped.
	Dropped []sources.Statement
}

// Apply applies the reading edits (assign, drop, add, earlier, merge,
// rename) to x in order and returns the corrected reading. x is not
// modified; the corrected reading keeps its parties and documents. In
// documents mode a statement keeps its document wherever it moves, and
// spans index the dossier file, or, for documents in separate files, the
// file of the document the edit names. Statement ids of accounts an edit changed are given again in
// text order ("trump-1", …); other accounts keep theirs. Accounts left
// without statements are gone; accounts an edit creates come last.
func Apply(x *sources.Extraction, edits []Edit) *Reading {
	w := newWorking(x)
	outs := make([]Outcome, len(edits))
	for i, e := range edits {
		outs[i] = Outcome{N: i + 1, Op: e.Op}
		if e.IsRowEdit() {
			continue
		}
		outs[i].Applied, outs[i].Detail = w.apply(e)
	}
	r := w.finish()
	r.Outcomes = outs
	return r
}

// working is an extraction being corrected: accounts and statements by
// pointer, so edits move statements without copying the lists each time.
type working struct {
	x        *sources.Extraction // the machine reading
	separate bool                // x's documents are separate files
	accounts []*account
	earlier  *account // statements about earlier events; id ""
	dropped  []sources.Statement
}

type account struct {
	acc   sources.Account // id, speaker, channel, label; Statements unused
	stmts []*stmt         // in text order
	dirty bool            // statements came or went: ids are given again
}

type stmt struct {
	st   sources.Statement
	mark Mark
	own  bool // the mark is from an edit of this statement, not of its account
}

func newWorking(x *sources.Extraction) *working {
	w := &working{x: x, separate: separate(x), earlier: &account{}}
	for _, a := range x.Accounts {
		acc := &account{acc: a}
		acc.acc.Statements = nil
		for _, st := range a.Statements {
			acc.stmts = append(acc.stmts, &stmt{st: st})
		}
		w.accounts = append(w.accounts, acc)
	}
	for _, st := range x.Earlier {
		w.earlier.stmts = append(w.earlier.stmts, &stmt{st: st})
	}
	return w
}

func (w *working) account(id string) *account {
	for _, a := range w.accounts {
		if a.acc.ID == id {
			return a
		}
	}
	return nil
}

// inText reports whether st is in the text an edit's span indexes: the
// document doc names, when it names one (always, for documents in separate
// files); else any statement.
func (w *working) inText(st sources.Statement, doc string) bool {
	return doc == "" || st.Document == doc
}

// find is the statement of the text doc names (see inText) overlapping s
// most, in an account or among the earlier ones (ties go to the one that
// starts first).
func (w *working) find(s Span, doc string) (*account, int) {
	var best *account
	bestAt, bestOverlap, bestStart := -1, 0, 0
	for _, a := range append(append([]*account{}, w.accounts...), w.earlier) {
		for i, st := range a.stmts {
			if !w.inText(st.st, doc) {
				continue
			}
			ov := min(s[1], st.st.End) - max(s[0], st.st.Start)
			if ov > bestOverlap || ov == bestOverlap && ov > 0 && st.st.Start < bestStart {
				best, bestAt, bestOverlap, bestStart = a, i, ov, st.st.Start
			}
		}
	}
	return best, bestAt
}

// target is the account id names, created from the edit's speaker and
// channel when there is none; nil with a reason when it cannot be made.
func (w *working) target(e Edit) (*account, string) {
	if a := w.account(e.Account); a != nil {
		return a, ""
	}
	if strings.TrimSpace(e.Speaker) == "" {
		return nil, fmt.Sprintf("no account %s, and the edit names no speaker to make it", e.Account)
	}
	channel := strings.TrimSpace(e.Channel)
	if channel == "" {
		channel = "statement"
	}
	speaker := strings.TrimSpace(e.Speaker)
	a := &account{acc: sources.Account{ID: e.Account, Speaker: speaker, Channel: channel,
		Label: speaker + " — " + channel}}
	w.accounts = append(w.accounts, a)
	return a, ""
}

func (w *working) apply(e Edit) (bool, string) {
	switch e.Op {
	case Assign:
		return w.assign(e)
	case Drop:
		return w.drop(e)
	case Add:
		return w.add(e)
	case Earlier:
		return w.toEarlier(e)
	case Merge:
		return w.merge(e)
	case Rename:
		return w.rename(e)
	}
	return false, fmt.Sprintf("unknown op %q", e.Op)
}

func (w *working) assign(e Edit) (bool, string) {
	from, i := w.find(*e.Span, e.Document)
	if from == nil {
		return false, "no statement at " + w.where(e)
	}
	s := from.stmts[i]
	if from.acc.ID == e.Account {
		return false, fmt.Sprintf("%s is already a statement of %s", s.st.ID, e.Account)
	}
	to, why := w.target(e)
	if to == nil {
		return false, why
	}
	from.remove(i)
	s.st.Earlier = false
	s.mark, s.own = Assigned, true
	to.insert(s)
	return true, fmt.Sprintf("%s → %s", s.st.ID, to.acc.ID)
}

func (w *working) drop(e Edit) (bool, string) {
	from, i := w.find(*e.Span, e.Document)
	if from == nil {
		return false, "no statement at " + w.where(e)
	}
	s := from.stmts[i]
	from.remove(i)
	w.dropped = append(w.dropped, s.st)
	return true, "dropped " + s.st.ID
}

// where names the span of e for messages, with its document when it
// names one.
func (w *working) where(e Edit) string {
	if e.Document != "" {
		return e.Span.String() + " of " + e.Document
	}
	return e.Span.String()
}

func (w *working) add(e Edit) (bool, string) {
	span := *e.Span
	art, ok := spanText(w.x, e)
	if !ok {
		return false, "no document " + e.Document
	}
	if span[1] > len(art.Text) {
		return false, fmt.Sprintf("span %v ends past the text (%d bytes)", w.where(e), len(art.Text))
	}
	doc := e.Document
	if doc == "" {
		doc = w.documentAt(span[0])
	}
	for _, a := range w.accounts {
		for _, s := range a.stmts {
			if a.acc.ID == e.Account && Of(s.st) == span && s.st.Kind == e.Kind && w.inText(s.st, doc) {
				return false, fmt.Sprintf("%s is already this %s", s.st.ID, e.Kind)
			}
		}
	}
	to, why := w.target(e)
	if to == nil {
		return false, why
	}
	var replaced []string
	for _, a := range append(append([]*account{}, w.accounts...), w.earlier) {
		for i := len(a.stmts) - 1; i >= 0; i-- {
			if st := a.stmts[i].st; st.Start < span[1] && span[0] < st.End && w.inText(st, doc) {
				replaced = append(replaced, st.ID)
				a.remove(i)
			}
		}
	}
	to.insert(&stmt{st: sources.Statement{Kind: e.Kind, Confidence: 1,
		Span: sources.Span{Start: span[0], End: span[1]}, Text: art.Text[span[0]:span[1]],
		Paragraph: paragraphAt(art, span[0]), Document: doc}, mark: Added, own: true})
	detail := fmt.Sprintf("a %s of %s at %v", e.Kind, to.acc.ID, w.where(e))
	if len(replaced) > 0 {
		sort.Strings(replaced)
		detail += ", replacing " + strings.Join(replaced, ", ")
	}
	return true, detail
}

// documentAt is the document of a dossier (or of a single document file)
// whose range holds offset off, "" for an article or outside every
// document.
func (w *working) documentAt(off int) string {
	if w.separate {
		return ""
	}
	for _, d := range w.x.Documents {
		if d.Start <= off && off < d.End {
			return d.ID
		}
	}
	return ""
}

func (w *working) toEarlier(e Edit) (bool, string) {
	from, i := w.find(*e.Span, e.Document)
	if from == nil {
		return false, "no statement at " + w.where(e)
	}
	s := from.stmts[i]
	if from == w.earlier {
		return false, s.st.ID + " is already about an earlier event"
	}
	from.remove(i)
	s.st.Earlier = true
	s.mark, s.own = MarkEarlier, true
	w.earlier.insert(s)
	return true, s.st.ID + " is about an earlier event"
}

func (w *working) merge(e Edit) (bool, string) {
	into := w.account(e.Into)
	if into == nil {
		return false, "no account " + e.Into
	}
	var merged []string
	for _, id := range e.Accounts {
		a := w.account(id)
		if id == e.Into || a == nil {
			continue
		}
		for _, s := range a.stmts {
			if !s.own {
				s.mark = Merged
			}
			into.insert(s)
		}
		a.stmts, a.dirty = nil, true
		w.accounts = deleteAccount(w.accounts, a)
		merged = append(merged, id)
	}
	if len(merged) == 0 {
		return false, fmt.Sprintf("none of %s is left to merge into %s", strings.Join(e.Accounts, ", "), e.Into)
	}
	return true, fmt.Sprintf("merged %s into %s", strings.Join(merged, ", "), e.Into)
}

func (w *working) rename(e Edit) (bool, string) {
	a := w.account(e.Account)
	if a == nil {
		return false, "no account " + e.Account
	}
	if e.Speaker != "" {
		a.acc.Speaker = e.Speaker
	}
	if e.Channel != "" {
		a.acc.Channel = e.Channel
	}
	a.acc.Label = a.acc.Speaker + " — " + a.acc.Channel
	for _, s := range a.stmts {
		if !s.own {
			s.mark = Renamed
		}
	}
	return true, fmt.Sprintf("%s is %s", a.acc.ID, a.acc.Label)
}

func deleteAccount(list []*account, a *account) []*account {
	out := list[:0]
	for _, b := range list {
		if b != a {
			out = append(out, b)
		}
	}
	return out
}

func (a *account) remove(i int) {
	a.stmts = append(a.stmts[:i:i], a.stmts[i+1:]...)
	a.dirty = true
}

// insert puts s in text order.
func (a *account) insert(s *stmt) {
	i := sort.Search(len(a.stmts), func(k int) bool { return a.stmts[k].st.Start > s.st.Start })
	a.stmts = append(a.stmts, nil)
	copy(a.stmts[i+1:], a.stmts[i:])
	a.stmts[i] = s
	a.dirty = true
}

// paragraphAt is the number of the paragraph holding offset off: the last
// that starts at or before it (1 before the first).
func paragraphAt(a *sources.Article, off int) int {
	i := sort.Search(len(a.Paragraphs), func(k int) bool { return a.Paragraphs[k].Start > off })
	if i == 0 {
		if len(a.Paragraphs) == 0 {
			return 0
		}
		return a.Paragraphs[0].Number
	}
	return a.Paragraphs[i-1].Number
}

// finish builds the corrected extraction: ids given again in changed
// accounts, speakers and channels from each statement's account, marks by
// the final ids.
func (w *working) finish() *Reading {
	r := &Reading{X: &sources.Extraction{Article: w.x.Article, Parties: slices.Clone(w.x.Parties),
		Documents: slices.Clone(w.x.Documents), Dossier: w.x.Dossier}, Marks: map[string]Mark{}, Dropped: w.dropped}
	for _, a := range w.accounts {
		if len(a.stmts) == 0 {
			continue
		}
		acc := a.acc
		acc.Statements = make([]sources.Statement, len(a.stmts))
		for i, s := range a.stmts {
			st := s.st
			if a.dirty {
				st.ID = fmt.Sprintf("%s-%d", acc.ID, i+1)
			}
			st.Account, st.Speaker, st.Channel = acc.ID, acc.Speaker, acc.Channel
			acc.Statements[i] = st
			if s.mark != "" {
				r.Marks[st.ID] = s.mark
			}
		}
		r.X.Accounts = append(r.X.Accounts, acc)
	}
	for i, s := range w.earlier.stmts {
		st := s.st
		st.Account = "" // earlier statements stand outside the accounts
		if w.earlier.dirty {
			st.ID = fmt.Sprintf("earlier-%d", i+1)
		}
		r.X.Earlier = append(r.X.Earlier, st)
		if s.mark != "" {
			r.Marks[st.ID] = s.mark
		}
	}
	return r
}

// NewAccountID makes an id for a new account of speaker: the speaker's
// name in lower-case ASCII letters and digits joined by hyphens ("account"
// when nothing is left), then "-2", "-3"… until no account of x has it.
func NewAccountID(x *sources.Extraction, speaker string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(speaker) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	base := strings.TrimSuffix(b.String(), "-")
	if base == "" {
		base = "account"
	}
	id := base
	for n := 2; x.Account(id) != nil; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}
