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
