package sources

import "testing"

// TestTrailingAttribution: a claim never runs on into the attribution
// after it, even when the speaker scan does not know the speaker; words
// after a comma that say something of their own stay in the claim.
func TestTrailingAttribution(t *testing.T) {
	tests := []struct{ claim, want string }{
		{"urged calm, the Office of the Harbour Master said in a statement", "urged calm"},
		{"the ferry would run again, the port authority said on Friday", "the ferry would run again"},
		{"the ferry would run again, Coastal Lines told reporters", "the ferry would run again"},
		{"urged calm, the Department of", "urged calm"},
		{"the plan, the details of which he said remained open", ""},
		{"the ferry would run, the sooner the better", ""},
		{"the ferry would run, the captain said that fares would rise", ""},
		{"no comma here, and none said", ""},
	}
	for _, tt := range tests {
		t.Run(tt.claim, func(t *testing.T) {
			cut := trailingAttribution(tt.claim)
			got := ""
			if cut > 0 {
				got = tt.claim[:cut]
			}
			if got != tt.want {
				t.Errorf("trailingAttribution(%q) keeps %q, want %q", tt.claim, got, tt.want)
			}
		})
	}
}

// TestUnknownOfficeAttribution: a statement attributed to an office the
// catalog does not know ends before the attribution.
func TestUnknownOfficeAttribution(t *testing.T) {
	text := "Vargas and Lind talk\n\nPresident Eva Vargas of Peru spoke with Swedish Prime Minister Ola Lind on Monday.\n\n" +
		"Vargas urged patience, the Office of the Harbour Master said in a statement."
	checkAccounts(t, text, []accountWant{{"urged patience", "vargas"}})
	p := runText(t, text)
	if st, _ := statementWith(p.extraction, "Harbour Master"); st != nil {
		t.Errorf("a statement holds its attribution: %q", st.Text)
	}
}
