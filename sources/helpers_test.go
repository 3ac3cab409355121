package sources

import (
	"os"
	"strings"
	"testing"
)

// testCatalog is the built-in catalog and gazetteer, read from their files:
// the sources package does not import assets.
func testCatalog(t testing.TB) *Catalog {
	t.Helper()
	data, err := os.ReadFile("../assets/catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	people, err := os.ReadFile("../assets/leaders.json")
	if err != nil {
		t.Fatal(err)
	}
	c, err := ParseCatalog(data, people)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func loadTest(t testing.TB, path string) *Article {
	t.Helper()
	a, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// checkInvariants verifies what every extraction must hold: spans inside
// the text, text equal to the article under the span, paragraphs right,
// statements in order and not overlapping within an account, ids unique.
func checkInvariants(t testing.TB, a *Article, x *Extraction) {
	t.Helper()
	ids := map[string]bool{}
	check := func(st Statement) {
		if st.Start < 0 || st.End > len(a.Text) || st.Start >= st.End {
			t.Fatalf("statement %s has span %d..%d outside the text (%d bytes)", st.ID, st.Start, st.End, len(a.Text))
		}
		if a.Text[st.Start:st.End] != st.Text {
			t.Fatalf("statement %s: text %q is not article[%d:%d]", st.ID, st.Text, st.Start, st.End)
		}
		if st.Start < a.Body.Start {
			t.Fatalf("statement %s lies in the front matter", st.ID)
		}
		if ids[st.ID] {
			t.Fatalf("duplicate statement id %s", st.ID)
		}
		ids[st.ID] = true
		if st.Paragraph < 1 || st.Paragraph > len(a.Paragraphs) {
			t.Fatalf("statement %s has paragraph %d", st.ID, st.Paragraph)
		}
		p := a.Paragraphs[st.Paragraph-1]
		if st.Start < p.Start || st.End > p.End {
			t.Fatalf("statement %s (%d..%d) is not inside its paragraph %d (%d..%d)", st.ID, st.Start, st.End, p.Number, p.Start, p.End)
		}
		if st.Confidence <= 0 || st.Confidence > 1 {
			t.Fatalf("statement %s has confidence %v", st.ID, st.Confidence)
		}
	}
	// The leading accounts are the main account of each party of the call,
	// in text order; with no parties named, the first three in text order.
	onCall := map[string]bool{}
	for _, p := range x.Parties {
		onCall[p.Key] = true
	}
	withAccount := map[string]bool{}
	for _, acc := range x.Accounts {
		if onCall[acc.Party] {
			withAccount[acc.Party] = true
		}
	}
	leading := len(withAccount)
	if len(x.Parties) == 0 {
		leading = min(3, len(x.Accounts))
	}
	leadParties := map[string]bool{}
	accIDs := map[string]bool{}
	for i, acc := range x.Accounts {
		if acc.ID == "" || accIDs[acc.ID] || strings.ContainsAny(acc.ID, " \t\n") {
			t.Fatalf("bad or duplicate account id %q", acc.ID)
		}
		accIDs[acc.ID] = true
		if len(acc.Statements) == 0 {
			t.Fatalf("account %s is empty", acc.ID)
		}
		if i > 0 && i < leading && acc.Statements[0].Start < x.Accounts[i-1].Statements[0].Start {
			t.Fatalf("leading account %s starts before the one listed before it", acc.ID)
		}
		if i < leading && len(x.Parties) > 0 && (!acc.PartyToCall || leadParties[acc.Party]) {
			t.Fatalf("leading account %s (party %q) is not the main account of a party of the call", acc.ID, acc.Party)
		}
		if i < leading {
			leadParties[acc.Party] = true
		}
		if acc.PartyToCall && !onCall[acc.Party] {
			t.Fatalf("account %s is marked a party to the call, but %q is not among the parties", acc.ID, acc.Party)
		}
		for j, st := range acc.Statements {
			check(st)
			if st.Account != acc.ID || !strings.HasPrefix(st.ID, acc.ID+"-") || st.Earlier {
				t.Fatalf("statement %s does not belong to account %s", st.ID, acc.ID)
			}
			if j > 0 && st.Start < acc.Statements[j-1].End {
				t.Fatalf("account %s: statement %s overlaps or precedes %s", acc.ID, st.ID, acc.Statements[j-1].ID)
			}
		}
	}
	for _, st := range x.Earlier {
		check(st)
		if !st.Earlier {
			t.Fatalf("statement %s in Earlier is not flagged", st.ID)
		}
	}
}

func findStatement(x *Extraction, substr string) *Statement {
	for i := range x.Accounts {
		for j := range x.Accounts[i].Statements {
			if strings.Contains(x.Accounts[i].Statements[j].Text, substr) {
				return &x.Accounts[i].Statements[j]
			}
		}
	}
	return nil
}

func findEarlierStatement(x *Extraction, substr string) *Statement {
	for i := range x.Earlier {
		if strings.Contains(x.Earlier[i].Text, substr) {
			return &x.Earlier[i]
		}
	}
	return nil
}

// runText runs every pass over an article made of text.
func runText(t testing.TB, text string) *passes {
	t.Helper()
	a, err := Parse("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return runPasses(a, testCatalog(t))
}

// words is the text of tokens r of paragraph pi, words joined by spaces.
func (p *passes) words(pi int, r tokRange) string {
	var ws []string
	for k := r.lo; k < r.hi && k < len(p.paras[pi].toks); k++ {
		ws = append(ws, p.paras[pi].toks[k].text)
	}
	return strings.Join(ws, " ")
}

// statementWith returns the account statement or earlier statement whose
// text contains substr, and its account (nil for an earlier one).
func statementWith(x *Extraction, substr string) (*Statement, *Account) {
	for i := range x.Accounts {
		for j := range x.Accounts[i].Statements {
			if strings.Contains(x.Accounts[i].Statements[j].Text, substr) {
				return &x.Accounts[i].Statements[j], &x.Accounts[i]
			}
		}
	}
	for i := range x.Earlier {
		if strings.Contains(x.Earlier[i].Text, substr) {
			return &x.Earlier[i], nil
		}
	}
	return nil, nil
}

// accountStatement checks the extraction's invariants and returns the
// account statement holding text, and its account, or fails the test.
func accountStatement(t *testing.T, p *passes, text string) (*Statement, *Account) {
	t.Helper()
	checkInvariants(t, p.a, p.extraction)
	st, acc := statementWith(p.extraction, text)
	if st == nil || acc == nil {
		t.Fatalf("no account statement %q:%s", text, dumpExtraction(p.extraction))
	}
	return st, acc
}

// accountWant is a statement's words and the account that must hold it;
// account "" means no account may hold it (the journalist's words).
type accountWant struct{ statement, account string }

// checkAccounts extracts text and checks that each statement stands in
// the account wanted.
func checkAccounts(t *testing.T, text string, wants []accountWant) {
	t.Helper()
	p := runText(t, text)
	checkInvariants(t, p.a, p.extraction)
	for _, w := range wants {
		st, acc := statementWith(p.extraction, w.statement)
		switch {
		case w.account == "" && acc != nil:
			t.Errorf("%q is the journalist's, but %s holds %q:%s", w.statement, acc.ID, st.Text, dumpExtraction(p.extraction))
		case w.account != "" && acc == nil:
			t.Errorf("no account holds %q:%s", w.statement, dumpExtraction(p.extraction))
		case w.account != "" && acc.ID != w.account:
			t.Errorf("%q is in %s (%s), want %s; %s:%s", w.statement, acc.ID, acc.Label, w.account, st.Evidence.Resolved, dumpExtraction(p.extraction))
		}
	}
}
