package sources

import (
	"strings"
	"testing"
)

// partyWant is a statement's words and the party of the account that must
// hold it ("" when no account may hold it).
type partyWant struct{ statement, party string }

// checkParties extracts text and checks the party of the account holding
// each statement, and that no account's party or id is one of the
// spurious names given.
func checkParties(t *testing.T, text string, wants []partyWant, spurious []string) {
	t.Helper()
	p := runText(t, text)
	checkInvariants(t, p.a, p.extraction)
	for _, w := range wants {
		st, acc := statementWith(p.extraction, w.statement)
		switch {
		case w.party == "" && acc != nil:
			t.Errorf("%q is the journalist's, but %s (%s) holds %q:%s", w.statement, acc.ID, acc.Party, st.Text, dumpExtraction(p.extraction))
		case w.party != "" && acc == nil:
			t.Errorf("no account holds %q:%s", w.statement, dumpExtraction(p.extraction))
		case w.party != "" && acc.Party != w.party:
			t.Errorf("%q is in %s, party %q, want %q:%s", w.statement, acc.ID, acc.Party, w.party, dumpExtraction(p.extraction))
		}
	}
	for _, s := range spurious {
		for _, acc := range p.extraction.Accounts {
			if strings.EqualFold(acc.Party, s) || strings.EqualFold(acc.ID, s) {
				t.Errorf("account %s (party %q) is spurious:%s", acc.ID, acc.Party, dumpExtraction(p.extraction))
			}
		}
	}
}

// TestSidesOfUnseenReporting: the causes that filed statements under the
// wrong side on articles nobody had tuned for — a capitalised function
// word read as a name, a plural title read as another bearer of the
// leader's surname, the press citing its source, and an outlet closing a
// sentence with "reports" — each beside a near case that must not change.
func TestSidesOfUnseenReporting(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		want     []partyWant
		spurious []string
	}{
		{"a preposition opening the sentence is no speaker",
			"Xi and Lula talk\n\nChinese President Xi Jinping spoke with Brazilian President Luiz Inacio Lula da Silva on Monday.\n\n" +
				"Among the topics they covered, as reported by Xinhua, was Lula’s plan that coffee exports would double. He stressed the need for more rain in the south.",
			nil, []string{"among"}},
		{"near: a name opening the sentence stays a speaker",
			"Macron and Lula talk\n\nFrench President Emmanuel Macron spoke with Brazilian President Luiz Inacio Lula da Silva on Monday.\n\n" +
				"Amorim, a Brazilian adviser, said the price of coffee came up.\n\nAmorim said the call ran long.",
			[]partyWant{{"the call ran long", "BR"}}, []string{"among"}},
		{"a plural title gives the surname to the leader it names",
			"Macron and Lula agree on coffee\n\nPresidents Macron and Lula held a long phone call on Monday.\n\n" +
				"Macron said he wanted cheaper coffee for French cafés.",
			[]partyWant{{"he wanted cheaper coffee", "FR"}}, nil},
		{"near: a plural that is no office leaves the surname to another bearer",
			"Macron and Lula agree on coffee\n\nFrench President Emmanuel Macron held a long phone call with Lula on Monday.\n\n" +
				"Growers Jacques Macron and Ana Souza said they wanted cheaper fertiliser.",
			nil, nil},
		{"media citing a spokesman: the spokesman's words",
			"Lund, Okafor discuss grain in phone call\n\nThe presidents of Norway and Nigeria discussed grain exports in a phone call on Monday, local media said, citing Norwegian presidential spokesman Arne Holm.\n\n" +
				"A Nigerian presidential source also said that Okafor and Lund discussed fertiliser prices.",
			[]partyWant{{"discussed grain exports", "NO"}, {"discussed fertiliser prices", "NG"}}, []string{"media", "local media"}},
		{"media reports citing a spokesman: the spokesman's words, not the citation",
			"Lund, Okafor discuss grain in phone call\n\nThe presidents of Norway and Nigeria discussed grain exports in a phone call on Monday, media reports say, citing Norwegian presidential spokesman Arne Holm.",
			[]partyWant{{"discussed grain exports", "NO"}, {"citing Norwegian", ""}}, []string{"media"}},
		{"near: a leader citing a reason keeps his words",
			"Lund, Okafor discuss grain in phone call\n\nNigerian President Bola Okafor spoke with Norwegian Prime Minister Erik Lund on Monday.\n\n" +
				"Okafor said that the port would stay shut, citing security concerns.",
			[]partyWant{{"the port would stay shut", "NG"}}, nil},
		{"near: media citing no one the article knows stay the journalist's",
			"Lund, Okafor discuss grain in phone call\n\nNigerian President Bola Okafor spoke with Norwegian Prime Minister Erik Lund on Monday.\n\n" +
				"Grain prices rose after the call, local media said, citing falling exports.",
			[]partyWant{{"Grain prices rose after the call", ""}}, nil},
		{"an outlet closing the sentence with reports is no speaker",
			"Lund, Okafor discuss grain in phone call\n\nThe call between Norwegian Prime Minister Erik Lund and Nigerian President Bola Okafor on Monday was “cordial”, Nigerian presidential sources have said, Kaduna Ledger reports.",
			[]partyWant{{"cordial", "NG"}}, []string{"kaduna ledger", "ledger"}},
		{"near: a person the article introduced still reports",
			"Lund, Okafor discuss grain in phone call\n\nNigerian President Bola Okafor spoke with Norwegian Prime Minister Erik Lund on Monday.\n\n" +
				"The port would stay shut until June, Okafor reported.",
			[]partyWant{{"The port would stay shut until June", "NG"}}, nil},
		{"a leader's surname once in lower case is still his, when the article names his country",
			"Modi calls Lund\n\nPM Modi spoke with Lund on Tuesday about India.\n\n" +
				"PM modi welcomed the plan for a fish market. Modi also said the two countries would trade more salmon.",
			[]partyWant{{"the two countries would trade more salmon", "IN"}}, nil},
		{"near: without his country the word in lower case stays unknown",
			"Modi calls Lund\n\nPM Modi spoke with Lund on Tuesday.\n\n" +
				"PM modi welcomed the plan for a fish market. Modi also said the two countries would trade more salmon.",
			[]partyWant{{"the two countries would trade more salmon", "Modi"}}, nil},
		{"a government spokesman without a country speaks for the first place of the dateline",
			"Lund briefs Okafor on Brazil trip\n\nOSLO/ABUJA (Wirenews) – Norwegian Prime Minister Erik Lund briefed Nigerian President Bola Okafor on his trip to Brazil. " +
				"As the deputy spokeswoman for the government, Kari Berg, and the Nigerian presidency announced, the two leaders spoke on Friday.\n\n" +
				"As Berg further stated, “the Prime Minister and the President discussed fish prices.”",
			[]partyWant{{"discussed fish prices", "NO"}}, []string{"Kari Berg", "Berg"}},
		{"a spokesman set after an office that names its country takes it",
			"Lund briefs Okafor on Brazil trip\n\nOSLO/ABUJA (Wirenews) – Norwegian Prime Minister Erik Lund briefed Nigerian President Bola Okafor on his trip to Brazil. " +
				"As the deputy spokeswoman for the Nigerian presidency, Amina Bello, and the Norwegian government announced, the two leaders spoke on Friday.\n\n" +
				"As Bello further stated, “the Prime Minister and the President discussed fish prices.”",
			[]partyWant{{"discussed fish prices", "NG"}}, []string{"Amina Bello", "Bello"}},
		{"near: without a dateline the article does not tie the spokesman to a side",
			"Lund briefs Okafor on Brazil trip\n\nNorwegian Prime Minister Erik Lund briefed Nigerian President Bola Okafor on his trip to Brazil. " +
				"As the deputy spokeswoman for the government, Kari Berg, and the Nigerian presidency announced, the two leaders spoke on Friday.\n\n" +
				"As Berg further stated, “the Prime Minister and the President discussed fish prices.”",
			[]partyWant{{"discussed fish prices", "Kari Berg"}}, nil},
		{"the other side's leader named by his office does not make the presidency his",
			"Lund, Okafor talk\n\nErik Lund and Bola Okafor spoke by phone on Monday.\n\n" +
				"In their first talk since the Nigerian president took office, the two leaders agreed to expand salmon trade, the presidency said.",
			[]partyWant{{"the two leaders agreed to expand salmon trade", ""}}, []string{"NG"}},
		{"near: a country's forces tell whose presidency speaks",
			"Lund, Okafor talk\n\nErik Lund and Bola Okafor spoke by phone on Monday.\n\n" +
				"Nigerian forces reopened the port at Lagos on Tuesday, the presidency said.",
			[]partyWant{{"Nigerian forces reopened the port", "NG"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkParties(t, tc.text, tc.want, tc.spurious)
		})
	}
}
