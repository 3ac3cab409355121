package compare

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"readouts/sources"
)

// TestReportOf: which sentences tell that the call or meeting took place,
// in different verbs, nouns, tenses and word orders, with and without more
// in them; and which only mention a call, or another one.
func TestReportOf(t *testing.T) {
	lex := testLexicon(t)
	for _, c := range []struct {
		text   string
		want   reportKind
		people string // the words that name the other people, when any
		words  string // the words that tell of the call, joined by "|"
	}{
		// Verbs of talking and meeting.
		{"President Ito spoke today with President Moreau of France.", callReport, "President Moreau of France", "spoke today with"},
		{"The chancellor talked by phone with the Polish prime minister.", callReport, "", "talked by phone"},
		{"Ito spoke for forty minutes this morning with Moreau about grain prices.", callReport, "Moreau", "spoke for forty minutes this morning with"},
		{"Ito has spoken with Moreau twice this week.", callReport, "Moreau", "spoken with"},
		{"Moreau met President Ito at the palace on Sunday.", callReport, "President Ito", "met"},
		{"The foreign ministers met with their Danish counterparts in Oslo.", callReport, "their Danish counterparts", "met with"},
		{"I spoke with Prime Minister Sato to discuss the floods.", callReport, "Prime Minister Sato", "spoke with"},
		// Both sides as the subject, no "with".
		{"Ito and Moreau spoke for an hour about trade.", callReport, "", "spoke"},
		{"The two leaders met in Vienna.", callReport, "", "met"},
		{"Finally, they spoke about the drought in the south.", callReport, "", "spoke"},
		// Having or holding a call, a conversation, talks.
		{"Ito had a telephone conversation with Chancellor Berg on Monday.", callReport, "Chancellor Berg", "had a telephone conversation"},
		{"Minister Sato held a video call with her Canadian counterpart.", callReport, "her Canadian counterpart", "held a video call"},
		{"On 3 May, Berg had a long and frank phone call with the President of Chile.", callReport, "the President of Chile", "had a long and frank phone call"},
		{"The delegations held talks in the capital.", callReport, "", "held talks"},
		// The call as the subject of what tells it took place.
		{"A phone conversation between the presidents of Chile and Peru took place on Friday.", callReport,
			"the presidents of Chile and Peru", "A phone conversation|took place"},
		{"Talks between the two foreign ministers were held in Oslo.", callReport, "the two foreign ministers", "Talks|were held"},
		{"The conversation between the two presidents has just ended.", callReport, "the two presidents", "The conversation|has just ended"},
		// "There was" a conversation, in the readouts' nouns.
		{"There was a candid and thorough exchange of views between the two ministers.", callReport, "", "exchange of views"},
		{"There has been a long conversation between the presidents.", callReport, "", "conversation"},
		{"Berg conversed with the Chilean president by video.", callReport, "the Chilean president", "conversed with"},
		{"There was no exchange of views on the border.", noReport, "", ""},
		{"There will be a conversation next week.", noReport, "", ""},
		{"The exchange of views on fishing rights continues.", noReport, "", ""},
		// A broad discussion.
		{"A broad range of issues was discussed.", discussionReport, "", "discussed"},
		{"They discussed several regional and international matters.", discussionReport, "", "discussed"},
		{"The ministers exchanged views on items of the bilateral agenda.", discussionReport, "", "exchanged views"},
		// Not a report: the tone, the call as a time, another call.
		{"Ito said the call went well.", noReport, "", ""},
		{"During the call, Ito raised the price of grain.", noReport, "", ""},
		{"In their telephone conversation, Moreau stressed the need for calm.", noReport, "", ""},
		{"Ito had spoken with Moreau in March.", noReport, "", ""},
		{"Ito will speak with Moreau next week.", noReport, "", ""},
		{"The next call will take place in May.", noReport, "", ""},
		{"The previous conversation took place in April.", noReport, "", ""},
		{"Ito, who spoke with Moreau on Monday, praised the deal.", noReport, "", ""},
		{"After the call ended, Ito flew home.", noReport, "", ""},
		{"Ito proposed a meeting in a third country.", noReport, "", ""},
		{"Ito held a meeting of the security council.", noReport, "", ""},
		// Not a report: other senses of the verbs.
		{"Ito spoke to reporters after the meeting.", noReport, "", ""},
		{"Ito spoke with reporters on the plane.", noReport, "", ""},
		{"The proposal met with resistance in parliament.", noReport, "", ""},
		{"Moreau thanked Ito and spoke about the harvest.", noReport, "", ""},
		{"Moreau spoke of a turning point.", noReport, "", ""},
		{"The issues will be discussed later.", noReport, "", ""},
		{"Ito discussed the harvest with Moreau.", noReport, "", ""},
	} {
		sc := lex.scan(c.text, make(stemmer))
		r := lex.reportOf(&sc)
		if r.kind != c.want {
			t.Errorf("%q: kind %d, want %d", c.text, r.kind, c.want)
			continue
		}
		if people := spanOf(&sc, r.from, r.to); c.want != noReport && people != c.people {
			t.Errorf("%q: names %q, want %q", c.text, people, c.people)
		}
		var words []string
		for _, w := range r.words {
			words = append(words, w.text)
		}
		if got := strings.Join(words, "|"); got != c.words {
			t.Errorf("%q: words %q, want %q", c.text, got, c.words)
		}
	}
}

func spanOf(sc *scanned, from, to int) string {
	if to <= from {
		return ""
	}
	return sc.span(from, to)
}

// TestCallRow: each side's report of the call makes one agree row, whatever
// else each says in it; a report that makes another point too stands in
// both rows; no row when one side only mentions the call, reports another
// one or an earlier one.
func TestCallRow(t *testing.T) {
	e := testEngine(t)
	france := []string{
		"President Moreau had a telephone conversation with President Ito of Italy at the Italian side's request.",
		"The presidents discussed grain exports across the Black Sea.",
	}
	for _, c := range []struct {
		name  string
		italy []string
		call  bool // a row with italy-1 and france-1
		added bool // made by the call row, the engine alone does not link them
	}{
		{"plain", []string{"President Ito spoke today with President Moreau of France.",
			"Ito stressed the need for lower tariffs."}, true, false},
		{"with its length", []string{"President Ito spoke for forty minutes on Monday with President Moreau.",
			"Ito stressed the need for lower tariffs."}, true, true},
		{"with its subject", []string{"President Ito spoke today with President Moreau about grain exports across the Black Sea.",
			"Ito stressed the need for lower tariffs."}, true, false},
		{"both as subject", []string{"President Ito of Italy and President Moreau of France spoke today regarding the harvest.",
			"Ito stressed the need for lower tariffs."}, true, true},
		{"another call", []string{"President Ito also spoke with Chancellor Berg of Germany.",
			"Ito stressed the need for lower tariffs."}, false, false},
		{"tone", []string{"Ito said the call with Moreau went very well.",
			"Ito stressed the need for lower tariffs."}, false, false},
		{"in passing", []string{"During the call, Ito stressed the need for lower tariffs.",
			"Ito praised the harvest."}, false, false},
		{"earlier call", []string{"Ito had spoken with Moreau in March about the harvest.",
			"Ito stressed the need for lower tariffs."}, false, false},
	} {
		x := buildArticle(map[string][]string{"italy": c.italy, "france": france}, "italy", "france")
		x.Accounts[0].Speaker, x.Accounts[1].Speaker = "Italy", "France"
		l, r := &x.Accounts[0], &x.Accounts[1]
		got := e.Compare(x.Article, l, r)
		// The engine may link the two on its own (calls and their
		// order): the call row is added only where it does not.
		rows, callRows := 0, 0
		for _, row := range got.Rows {
			if strings.HasPrefix(row.Reasons[0], "Both report the call itself") {
				callRows++
			}
			if (row.Verdict == Agree || row.Verdict == Diverge) &&
				slices.Contains(row.Left, "italy-1") && slices.Contains(row.Right, "france-1") {
				rows++
				if c.call && row.Verdict != Agree {
					t.Errorf("%s: call row %s", c.name, rowString(row))
				}
			}
		}
		if c.call && rows != 1 || c.added != (callRows == 1) || callRows > 1 {
			t.Errorf("%s: %d rows with both reports, %d call rows:\n%s", c.name, rows, callRows, rowsString(got.Rows))
		}
		checkOwnRows(t, c.name, got, l, r)
		back := e.Compare(x.Article, r, l)
		sortRows(back.Rows, e.lex, r, l)
		want := mirror(got)
		sortRows(want.Rows, e.lex, r, l)
		for k := range back.Rows {
			back.Rows[k].Reasons, back.Rows[k].Diff, back.Rows[k].DiffMode = nil, nil, ""
		}
		if !reflect.DeepEqual(back, want) {
			t.Errorf("%s: swapped is not the mirror:\n%s", c.name, rowsString(back.Rows))
		}
	}
}

// checkOwnRows checks that every statement has one row of its own: one it
// stands in that does not refer to it.
func checkOwnRows(t *testing.T, name string, c Comparison, accs ...*sources.Account) {
	t.Helper()
	home := map[string]int{}
	for _, r := range c.Rows {
		for _, side := range [][2][]string{{r.Left, sideRefs(r.Refs, true)}, {r.Right, sideRefs(r.Refs, false)}} {
			for _, id := range side[0] {
				if !slices.Contains(side[1], id) {
					home[id]++
				}
			}
		}
	}
	for _, acc := range accs {
		for _, id := range statementIDs(acc) {
			if home[id] != 1 {
				t.Errorf("%s: statement %s has %d rows of its own:\n%s", name, id, home[id], rowsString(c.Rows))
			}
		}
	}
}

func rowsString(rows []Row) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString("  " + rowString(r) + "\n")
	}
	return b.String()
}
