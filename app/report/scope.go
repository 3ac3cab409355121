package report

import (
	"fmt"
	"strings"

	"readouts/app/compare"
	"readouts/sources"
)

// This file derives page 1's provenance and scope, the same in PDF and
// Markdown: where the text comes from, every account found with whether
// the report compares it and why not, the statements about earlier events,
// and what the verdicts and marks mean.

// accountScope is one account found in the text and what the report does
// with it.
type accountScope struct {
	acc      *sources.Account
	compared bool
	// why says why it is not compared: "not a party to the call",
	// "fewer than two statements", "not in this pair".
	why string
}

// scope lists every account of the extraction in its order.
func (r *report) scope() []accountScope {
	x := r.in.Extraction
	out := make([]accountScope, 0, len(x.Accounts))
	for i := range x.Accounts {
		acc := &x.Accounts[i]
		s := accountScope{acc: acc}
		if _, ok := r.tint[acc.ID]; ok {
			s.compared = true
			out = append(out, s)
			continue
		}
		var why []string
		if len(x.Parties) > 0 && !acc.PartyToCall && acc.Document == "" {
			why = append(why, "not a party to the call")
		}
		if len(acc.Statements) < 2 {
			why = append(why, "fewer than two statements")
		}
		if len(why) == 0 {
			if len(r.pairs) > 1 {
				why = append(why, fmt.Sprintf("the report compares the first %d accounts; export with --pair to compare it", len(r.accounts)))
			} else {
				why = append(why, "not in this pair; export with --pair to compare it")
			}
		}
		s.why = strings.Join(why, "; ")
		out = append(out, s)
	}
	return out
}

// partyName is the side an account speaks for, as the parties name it.
func (r *report) partyName(acc *sources.Account) string {
	for _, p := range r.in.Extraction.Parties {
		if p.Key == acc.Party && p.Name != "" {
			return p.Name
		}
	}
	return acc.Party
}

// partiesLine names the sides of the call: "United States (Donald Trump),
// Russia (Vladimir Putin)"; "" when the text names none.
func (r *report) partiesLine() string {
	var parts []string
	for _, p := range r.in.Extraction.Parties {
		name := p.Name
		if name == "" {
			name = p.Key
		}
		if p.Leader != "" && p.Leader != name {
			name += " (" + p.Leader + ")"
		}
		parts = append(parts, name)
	}
	return strings.Join(parts, ", ")
}

// statementsWord is "1 statement", "3 statements".
func statementsWord(n int) string {
	if n == 1 {
		return "1 statement"
	}
	return fmt.Sprintf("%d statements", n)
}

// earlierLine says which statements are about events before the call and
// so compared with nothing: "4 statements: Donald Trump ¶11, ¶14; Kremlin
// ¶15"; "" when there are none.
func (r *report) earlierLine() string {
	var order []string
	paras := map[string][]string{}
	for _, st := range r.in.Extraction.Earlier {
		who := st.Speaker
		if who == "" {
			who = st.Account
		}
		if _, ok := paras[who]; !ok {
			order = append(order, who)
		}
		paras[who] = append(paras[who], fmt.Sprintf("¶%d", st.Paragraph))
	}
	if len(order) == 0 {
		return ""
	}
	parts := make([]string, len(order))
	for i, who := range order {
		parts[i] = who + " " + strings.Join(paras[who], ", ")
	}
	return fmt.Sprintf("%s about events before the call, not compared: %s.",
		statementsWord(len(r.in.Extraction.Earlier)), strings.Join(parts, "; "))
}

// sourceFacts are the article's provenance, label and value, from its
// front matter where it has one; "not stated" where it says nothing.
func (r *report) sourceFacts() [][2]string {
	a := r.article
	orNot := func(s string) string {
		if s == "" {
			return "not stated"
		}
		return s
	}
	name := baseName(a.Name)
	if name == "" {
		name = "(unnamed)"
	}
	return [][2]string{
		{"File", fmt.Sprintf("%s, %d bytes, %d paragraphs", name, len(a.Text), len(a.Paragraphs))},
		{"Title", orNot(a.Title)},
		{"Outlet", orNot(a.FrontMatter("outlet", "publication", "publisher", "source", "site"))},
		{"Author", orNot(a.FrontMatter("author", "authors", "byline", "by"))},
		{"Date", orNot(a.Date)},
		{"SHA-256", a.SHA256},
	}
}

// generator is "Readouts 0.1.0, 2025-05-20 08:00:00 UTC".
func (r *report) generator() string {
	v := r.in.Version
	if v == "" {
		v = "(version unknown)"
	}
	return "Readouts " + v + ", " + r.in.Generated.UTC().Format("2006-01-02 15:04:05 UTC")
}

// verdictMeaning says what a verdict means, for the legend.
func verdictMeaning(v compare.Verdict) string {
	switch v {
	case compare.Agree:
		return "both accounts make the point, and say the same"
	case compare.Diverge:
		return "both accounts make the point, and differ: the key reason says how"
	}
	return "only one account makes the point; the other says nothing the tool could match to it"
}

// markMeaning says what an evidence mark means, for the legend.
var markMeaning = map[markClass]string{
	cueMark:    "the words the key reason names (“immediately” against “future”)",
	sharedMark: "a specific both sides name: a person, place, number, date or thing",
	topicMark:  "words that put the statement in the row’s topic",
}

// diffMeaning explains the word diff, shown only where the two sides quote
// the same words.
const diffMeaning = "where both sides quote the same words, the words that differ between them"
