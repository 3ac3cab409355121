package sources

import (
	"strings"
	"testing"
)

// TestSideRelays: what a side relays of the call stays in that side's
// account, however the relaying office is named: a ministry with
// "foreign affairs" in its name, "the President's Office", its initials
// in brackets, "a statement by …" after a quotation, officials named one
// sentence earlier.
func TestSideRelays(t *testing.T) {
	runAccountCases(t, []accountCase{
		{"foreign affairs ministry, then the ministry",
			"Chile's Boric Gets Lula Invite To Open Trade Forum, Ministry Says\n\n" +
				"SANTIAGO - Chile's President Gabriel Boric has accepted an invitation from Brazilian President Lula to open a trade forum, Chile's Foreign Affairs Ministry said Wednesday.\n\n" +
				"In a phone call, Boric told Lula that Santiago would gladly help the forum succeed, the ministry said in its statement.\n\n" +
				"\"In this spirit, he asked President Boric to speak first at the forum,\" the ministry said.\n",
			[]accountWant{{"Santiago would gladly help the forum succeed", "santiago"}, {"he asked President Boric to speak first", "santiago"}}},
		{"the President's Office, then a role as subject",
			"Lula and Macron talk\n\nBrazilian President Lula spoke with French President Emmanuel Macron on Monday.\n\n" +
				"During the call, President Lula also told the French leader about Brazil's worries over the fires, a statement issued by the President's Office said.\n\n" +
				"The President reiterated his firm view that the gap between Brazil and the trade bloc can only be closed through patient talks, the President's Office said.\n",
			[]accountWant{{"told the French leader about Brazil's worries", "brasilia"},
				{"the gap between Brazil and the trade bloc can only be closed through patient talks", "brasilia"}}},
		{"initials in brackets, then the initials",
			"Lula and Macron talk\n\n" +
				"During the call, President Lula also told the French leader about Brazil's worries over the fires, a statement issued by the President's Office (PRO) here said.\n\n" +
				"The leaders agreed to keep their envoys in close touch, the PRO said.\n",
			[]accountWant{{"The leaders agreed to keep their envoys in close touch", "brasilia"}}},
		{"a statement from an office after a quotation",
			"Boric, Lula discuss trade\n\nBoric and Lula spoke on Monday.\n\n" +
				"\"The call covered trade and the issues concerning Chile-Brazil ties,\" a statement from Chile's presidency said.\n",
			[]accountWant{{"The call covered trade", "santiago"}}},
		{"a statement by an office after a quotation",
			"Boric, Lula discuss trade\n\nBoric and Lula spoke on Monday.\n\n" +
				"\"Both leaders want a new copper deal this year,\" a statement by the Chilean presidency said after Monday's call.\n",
			[]accountWant{{"Both leaders want a new copper deal", "santiago"}}},
		{"officials of the sentence before, two clauses",
			"Kim, Biden agree to deepen ties\n\n" +
				"Seoul - South Korean President Kim Min-jun said Monday that he had agreed with Joe Biden, the U.S. president, to deepen cooperation on chips.\n\n" +
				"According to South Korean Foreign Ministry officials, Kim and Biden agreed in the 40-minute call that the alliance must be strengthened.\n\n" +
				"Biden told Kim that he had raised the shipping dispute with the Chinese leader, and Kim voiced his thanks for Biden's work, the officials said.\n",
			[]accountWant{{"he had raised the shipping dispute", "seoul"}, {"voiced his thanks for Biden's work", "seoul"}}},
		{"the official who quoted the leader",
			"Kim, Biden agree to deepen ties\n\n" +
				"Seoul - U.S. President Joe Biden and South Korean President Kim Min-jun agreed on Monday to deepen cooperation on chips, the two governments said.\n\n" +
				"A South Korean government official quoted Kim as telling Biden that he \"wants the alliance to grow.\"\n\n" +
				"Biden told Kim the United States sees South Korea as a key ally, the official said.\n",
			[]accountWant{{"the United States sees South Korea as a key ally", "seoul"}}},
	})
}

// TestTitleCaseHeadlineNames: a headline in title case that runs a name
// into the words after it ("Boric Gets Lula Invite …") gives no person of
// that name; the story's own names speak.
func TestTitleCaseHeadlineNames(t *testing.T) {
	p := runText(t, "Chile's Boric Gets Lula Invite To Open Trade Forum\n\n"+
		"Chilean President Gabriel Boric spoke with Brazilian President Lula on Tuesday.\n\n"+
		"Boric told Lula that Chile would gladly help the forum succeed.\n")
	checkInvariants(t, p.a, p.extraction)
	for _, acc := range p.extraction.Accounts {
		if strings.Contains(acc.Speaker, "Gets") {
			t.Errorf("account %s speaks for %q, a headline run", acc.ID, acc.Speaker)
		}
	}
	if _, acc := accountStatement(t, p, "Chile would gladly help"); acc.Party != "CL" {
		t.Errorf("Boric's words are in %s (party %q), want Chile's", acc.ID, acc.Party)
	}
}

// TestUndatedEventDate: a story with no date above its lede dates the
// event by the first lede sentence that tells it, so the side's account
// dated that day is no earlier statement; a date a background line gives
// ("since March 2019") does not date the event.
func TestUndatedEventDate(t *testing.T) {
	for _, tt := range []struct {
		name, text, statement string
		earlier               bool
	}{
		{"the attribution's date",
			"Boric and Lula to meet soon\n\n" +
				"The presidents of Chile and Brazil have spoken by phone about copper.\n\n" +
				"Chilean President Gabriel Boric and Brazilian President Lula plan to meet soon after a telephone conversation during which they talked about copper exports, the Chilean presidency said on March 4.\n\n" +
				"Chile has sold copper to Brazil since March 2019.\n",
			"plan to meet soon", false},
		{"the event's date in the second paragraph",
			"Boric asks Lula for help\n\n" +
				"A readout from Brasilia said Lula promised to help.\n\n" +
				"Chilean President Gabriel Boric on Friday, June 6, spoke with Brazilian President Lula and asked for help with the fires.\n\n" +
				"On May 30, Boric said the fires were under control.\n",
			"the fires were under control", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := runText(t, tt.text)
			checkInvariants(t, p.a, p.extraction)
			st, acc := statementWith(p.extraction, tt.statement)
			if st == nil {
				t.Fatalf("no statement %q:%s", tt.statement, dumpExtraction(p.extraction))
			}
			if got := acc == nil; got != tt.earlier {
				t.Errorf("%q earlier = %v, want %v (%s)", tt.statement, got, tt.earlier, st.Evidence.Earlier)
			}
		})
	}
}

// TestDocumentAndFrontedClauses: a document "runs" as it "reads"; a
// phrase fronted after "said" ("said in addition to X, A and B
// discussed …") leaves the clause of the names after it to the speaker;
// an agency's dateline in capitals dates the story, not an earlier event,
// over the only full date of the text.
func TestDocumentAndFrontedClauses(t *testing.T) {
	runAccountCases(t, []accountCase{
		{"the statement runs",
			"Putin, Lula stress trade\n\n" +
				"MOSCOW, March 12. /TASS/. President Vladimir Putin of Russia and Brazilian President Lula in a phone conversation stressed the need to expand trade, the Kremlin press office said on Monday.\n\n" +
				"Putin thanked Lula, with whom he held 12 meetings, for their work on the grain deal. \"The Russian leader thanked him for the joint work on the grain deal. The Brazilian president, in turn, praised the long partnership with Russia,\" the statement runs.\n",
			[]accountWant{{"praised the long partnership with Russia", "kremlin"}}},
		{"names after a fronted phrase",
			"Lula thanks Putin\n\nThe two presidents spoke by phone.\n\n" +
				"In a terse note, the Kremlin's press office said in addition to fertilizer, Lula and Putin discussed ties between the two nations and agreed to keep in contact.\n",
			[]accountWant{{"Lula and Putin discussed ties between the two nations", "kremlin"}}},
		{"a dateline in capitals over an older full date",
			"Lula tells Putin ties must improve\n\n" +
				"BRASILIA, MARCH 12, AGENCIA SUL: \"The President was clear that Brazil's ties with Russia must improve,\" a spokesperson for the Brazilian presidency said after their phone call.\n\n" +
				"Their last call was held on June 3, 2019.\n",
			[]accountWant{{"Brazil's ties with Russia must improve", "brasilia"}}},
	})
}
