package sources

import "testing"

// TestOutletNamedBeforeItsNoun: a name the catalog does not know, followed
// by a noun of the press ("Norpress news", "the Verlan agency"), is an
// outlet: what it quotes is the quoted side's, never an account of its own.
func TestOutletNamedBeforeItsNoun(t *testing.T) {
	ilRU := "Tarrant and Ilves talk\n\nIsraeli Prime Minister Daniel Tarrant spoke on Sunday with Russian President Pavel Ilves.\n\n"
	tests := []struct {
		name, text string
		want       []accountWant
	}{
		{"a news outlet quoting an office, the quotation first", ilRU + "\"The leaders went over the harbour plans,\" Norpress news quoted the Israeli premier's office as saying.",
			[]accountWant{{"The leaders went over the harbour plans", "jerusalem"}}},
		{"an agency quoting an office, the paraphrase after", ilRU + "The Verlan agency quoted the Kremlin as saying the presidents would meet in spring.",
			[]accountWant{{"the presidents would meet in spring", "kremlin"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccounts(t, tt.text, tt.want)
		})
	}
}
