package sources

import "testing"

// TestFrontedPhraseBeforeReportedClause: a reported clause without "that"
// may open with a prepositional phrase and a comma ("said besides X, the
// leaders …"). When a clause with its own subject and verb follows the
// comma, it is what was said, and its claim starts at that subject: the
// phrase may as well tell when the words were said. A comma followed by
// anything else leaves the phrase the time or place of saying.
func TestFrontedPhraseBeforeReportedClause(t *testing.T) {
	const head = "Lund, Okafor discuss grain in phone call\n\nNigerian President Bola Okafor spoke with Norwegian Prime Minister Erik Lund on Monday.\n\n"
	tests := []struct {
		name, text string
		find       string // words of the statement looked for
		want       string // its whole text; "" when no account may hold it
		party      string // the account's party; "" with want ""
	}{
		{"a phrase of addition, then the clause",
			"Okafor said in addition to fertiliser, the two leaders weighed a rail link.",
			"rail link", "the two leaders weighed a rail link", "NG"},
		{"a phrase of time, then a clause with a pronoun subject",
			"Okafor said after the call, they would open a grain office in Oslo.",
			"grain office", "they would open a grain office in Oslo", "NG"},
		{"a date, then the clause",
			"Okafor said on Tuesday, the ministers approved the cargo fees.",
			"cargo fees", "the ministers approved the cargo fees", "NG"},
		{"near: with that, the fronted phrase stays in the claim",
			"Okafor said that apart from fertiliser, the two leaders weighed a rail link.",
			"rail link", "apart from fertiliser, the two leaders weighed a rail link", "NG"},
		{"near: a participle after the comma is a new cue",
			"Okafor said on Tuesday, adding that the port would reopen soon.",
			"port would", "the port would reopen soon", "NG"},
		{"near: a noun phrase after the comma is no clause",
			"Okafor said on Tuesday, the first day of the harvest festival.",
			"harvest festival", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkParties(t, head+tc.text, []partyWant{{tc.find, tc.party}}, nil)
			if tc.want == "" {
				return
			}
			x := runText(t, head+tc.text).extraction
			if st := findStatement(x, tc.find); st != nil && st.Text != tc.want {
				t.Errorf("claim %q, want %q:%s", st.Text, tc.want, dumpExtraction(x))
			}
		})
	}
}

// TestReadoutQuotedAfterCopularLede: a document's lede that ends with a
// colon and no verb of speech ("The X readout was brief:") gives every
// sentence of the quotation after it to the document's side, in the same
// paragraph and in the paragraphs that open with a quotation mark to
// continue it. Without a document, or without quotation marks, the words
// stay the journalist's.
func TestReadoutQuotedAfterCopularLede(t *testing.T) {
	const head = "Lund, Okafor discuss grain in phone call\n\nNigerian President Bola Okafor spoke with Norwegian Prime Minister Erik Lund on Monday.\n\n"
	tests := []struct {
		name, text string
		want       []partyWant
	}{
		{"a quotation in the lede's paragraph",
			"The Norwegian readout was short: \u201cThe leaders spoke about grain prices. They agreed to keep in close touch.\u201d",
			[]partyWant{{"spoke about grain prices", "NO"}, {"keep in close touch", "NO"}}},
		{"a quotation that runs on into the next paragraph",
			"The Norwegian readout was short: \u201cThe leaders spoke about grain prices.\n\n\u201cThey agreed to keep in close touch.\u201d",
			[]partyWant{{"spoke about grain prices", "NO"}, {"keep in close touch", "NO"}}},
		{"near: no quotation marks, the journalist's summary",
			"The Norwegian readout was short: the leaders spoke about grain prices.",
			[]partyWant{{"spoke about grain prices", ""}}},
		{"near: no document before the colon",
			"The harvest was poor: \u201cWe lost half the barley this year.\u201d",
			[]partyWant{{"half the barley", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkParties(t, head+tc.text, tc.want, nil)
		})
	}
}
