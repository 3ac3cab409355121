package sources

import "testing"

// TestReportingPatterns6: ways news stories attribute words that an
// article nobody tuned for uses, each in sentences written here.
func TestReportingPatterns6(t *testing.T) {
	usRU := "Trump and Putin talk\n\nWASHINGTON — President Donald Trump spoke with Vladimir Putin on Monday.\n\n"
	type want = accountWant
	tests := []struct {
		name, text string
		want       []want
	}{
		{"the official, named again", usRU + "A Russian official told reporters the call had been calm.\n\n\"Nothing new was agreed,\" the official said.",
			[]want{{"Nothing new was agreed", "kremlin"}}},
		{"an institution's press office", usRU + "The Kremlin's press office said that the leaders would speak again.",
			[]want{{"the leaders would speak again", "kremlin"}}},
		{"the age for the name", usRU + "Trump said the call went well.\n\nThe 78-year-old wrote on Truth Social, \"We will end the war.\"",
			[]want{{"We will end the war", "trump"}}},
		{"back in a place is no earlier time", usRU + "Back in Washington, Trump told reporters the call was \"very good.\"",
			[]want{{"the call was \"very good.\"", "trump"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccounts(t, tt.text, tt.want)
		})
	}
}

// TestTitleCaseParties: a headline in title case names its parties even
// when a verb in capitals follows a name.
func TestTitleCaseParties(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Kishida, Xi Agree to Ease Seafood Row After Talks\n\nJapanese Prime Minister Fumio Kishida and Chinese President Xi Jinping agreed on Thursday to ease a dispute, after their first meeting in a year.\n", []string{"JP", "CN"}},
		{"Erdogan Urges Putin to Keep Grain Deal\n\nMOSCOW — In a telephone conversation with Russian President Vladimir Putin on Saturday, Turkish President Recep Tayyip Erdogan said the deal should go on.\n", []string{"RU", "TR"}},
		{"Modi Thanks Putin for Support\n\nIndian Prime Minister Narendra Modi held a phone call on Monday. He thanked Russian President Vladimir Putin for his support.\n", []string{"IN", "RU"}},
		{"Sheinbaum Disputes Trump's Claim on Border\n\nMexican President Claudia Sheinbaum rejected a claim by US President Donald Trump.\n\nThe claim came after a phone call between the two leaders on Wednesday.\n", []string{"MX", "US"}},
	} {
		p := runText(t, tt.text)
		var keys []string
		for _, party := range p.parties {
			keys = append(keys, party.Key)
		}
		if len(keys) != len(tt.want) || len(keys) == 2 && (keys[0] != tt.want[0] || keys[1] != tt.want[1]) {
			t.Errorf("%q: parties %q, want %q", tt.text[:40], keys, tt.want)
		}
	}
}
