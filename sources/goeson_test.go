package sources

import "testing"

// TestReportGoesOn: a sentence with no cue of its own goes on with a
// side's report while the article is still telling it: after a quoted
// statement, the side's leader acting in the call; both leaders as
// subject after a report about both of them; "addressed" before a
// "with" clause. It does not when it is the journalist's own: background,
// what the sides are expected to do, both leaders after a report about
// one of them, another paragraph, the other side's leader, an audience.
func TestReportGoesOn(t *testing.T) {
	const head = "Lula and Macron talk\n\nFrench President Emmanuel Macron and Brazilian President Lula spoke by phone on Monday.\n\n"
	runAccountCases(t, []accountCase{
		{"the leader's act after a quoted statement",
			head + "\"Both presidents valued the frank tone of the call,\" the Elysee statement reads.\n\n" +
				"Macron thanked Lula, with whom he met twice last year, for his help with the climate fund. " +
				"\"The President thanked his counterpart warmly,\" the statement said.\n",
			[]accountWant{{"Macron thanked Lula", "elysee"}}},
		{"the other side's leader after a quoted statement",
			head + "\"Both presidents valued the frank tone of the call,\" the Elysee statement reads.\n\n" +
				"Lula thanked Macron for his help with the climate fund.\n",
			[]accountWant{{"Lula thanked Macron", ""}}},
		{"background after a quoted statement",
			head + "\"Both presidents valued the frank tone of the call,\" the Elysee statement reads.\n\n" +
				"Macron has visited Brazil three times since taking office.\n",
			[]accountWant{{"visited Brazil three times", ""}}},
		{"what the talks went over, before a with clause",
			head + "The two presidents discussed the coffee tariffs, the Elysee said in a statement.\n\n" +
				"The leaders addressed the fires in the rainforest, with Macron stressing the need for more firefighting planes.\n",
			[]accountWant{{"The leaders addressed the fires in the rainforest", "elysee"}, {"the need for more firefighting planes", "elysee"}}},
		{"an audience is no point of the talks",
			head + "The two presidents discussed the coffee tariffs, the Elysee said in a statement. " +
				"The leaders addressed the nation separately in the evening.\n",
			[]accountWant{{"addressed the nation", ""}}},
		{"one leader who addressed the call elsewhere",
			head + "The Elysee said the two presidents discussed the coffee tariffs. " +
				"Later in the palace garden, Macron addressed the call while greeting a group of pupils.\n",
			[]accountWant{{"addressed the call while greeting", ""}}},
		{"both leaders after a report about both, opened by according to",
			head + "According to the Elysee, the two presidents reviewed the trade pact. " +
				"They share a firm commitment to open markets. " +
				"Both presidents exchanged views about wildfires in the rainforest.\n",
			[]accountWant{{"They share a firm commitment to open markets", "elysee"}, {"exchanged views about wildfires", "elysee"}}},
		{"both leaders after a report about both, the same paragraph",
			head + "The Elysee said the two presidents agreed to meet in Brasilia. " +
				"They share the view that the trade pact must be signed soon.\n",
			[]accountWant{{"the trade pact must be signed soon", "elysee"}}},
		{"a fact about both leaders after a report about both",
			head + "The Elysee said the two presidents agreed to meet in Brasilia. " +
				"They have a friendship going back to their student days.\n",
			[]accountWant{{"a friendship going back", ""}}},
		{"what both leaders are expected to do",
			head + "The Elysee said the two presidents agreed to meet in Brasilia. " +
				"They are expected to sign the trade pact there.\n",
			[]accountWant{{"sign the trade pact there", ""}}},
		{"both leaders after a report about one of them",
			head + "The Elysee said Macron raised the coffee tariffs. " +
				"The two presidents share a long friendship.\n",
			[]accountWant{{"share a long friendship", ""}}},
		{"both leaders in the next paragraph",
			head + "The Elysee said the two presidents agreed to meet in Brasilia.\n\n" +
				"They share a love of football.\n",
			[]accountWant{{"share a love of football", ""}}},
	})
}

// TestQuotedReportGoesOn: a paragraph that is a quotation alone goes on
// with the quotation that ended the paragraph before, also when an
// "according to" framed it; after a paraphrase, it is no one's.
func TestQuotedReportGoesOn(t *testing.T) {
	const head = "Lula and Macron talk\n\nFrench President Emmanuel Macron and Brazilian President Lula spoke by phone on Monday.\n\n"
	runAccountCases(t, []accountCase{
		{"a quotation after one framed by according to",
			head + "According to Brasilia, \"the two presidents agreed that the coffee pact should be signed this year.\"\n\n" +
				"\"The presidents further agreed to hold another call in the autumn.\"\n",
			[]accountWant{{"hold another call in the autumn", "brasilia"}}},
		{"a quotation after a paraphrase framed by according to",
			head + "According to Brasilia, the two presidents agreed that the coffee pact should be signed this year.\n\n" +
				"\"Nobody expects the pact to be signed this year.\"\n",
			[]accountWant{{"Nobody expects the pact", ""}}},
	})
}

// TestOutletReportIsNoSides: "the report said" after a news outlet's
// report is that outlet's, not the side that spoke before it; a
// readout after the outlet is still a side's.
func TestOutletReportIsNoSides(t *testing.T) {
	const head = "Lula and Macron talk\n\nFrench President Emmanuel Macron and Brazilian President Lula spoke by phone on Monday, the Elysee said.\n\n"
	runAccountCases(t, []accountCase{
		{"the report of a news outlet",
			head + "According to the Elysee, France proposed the call.\n\n" +
				"The Associated Press first reported on the call. The report said the two presidents had settled the coffee dispute.\n",
			[]accountWant{{"had settled the coffee dispute", ""}, {"France proposed the call", "elysee"}}},
		{"a readout after a news outlet",
			head + "The Associated Press first reported on the call.\n\n" +
				"Macron stressed the value of the coffee pact, the Elysee readout said.\n",
			[]accountWant{{"the value of the coffee pact", "elysee"}}},
	})
}
