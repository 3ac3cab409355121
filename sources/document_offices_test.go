package sources

import "testing"

// TestOfficePublisher: a government office the publisher list does not
// know is still read from a heading that opens with it, with its country;
// an office the heading names later is what the document is about.
func TestOfficePublisher(t *testing.T) {
	c := testCatalog(t)
	lx := newDocLexicon(c)
	tests := []struct {
		heading, name, country string
	}{
		{"Office of the President of Chile text, 3 May 2021", "Office of the President of Chile", "CL"},
		{"Office of the Prime Minister of the Republic of Estonia (example.ee)", "Office of the Prime Minister of the Republic of Estonia", "EE"},
		{"The Finnish presidency: phone call with the Chinese president", "Finnish presidency", "FI"},
		{"Statement by Norway's Ministry of Foreign Affairs", "Norway's Ministry of Foreign Affairs", "NO"},
		{"Ministry of Foreign Affairs of Kenya, press release", "Ministry of Foreign Affairs of Kenya", "KE"},
		{"Readout of the President's call with the Finnish government", "", ""},
		{"Government statement", "", ""},
		{"Kremlin account of the call", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.heading, func(t *testing.T) {
			pub, ok := officePublisher(tt.heading, c, lx)
			if ok != (tt.name != "") || pub.Name != tt.name || pub.Country != tt.country {
				t.Fatalf("officePublisher(%q) = %q %q %v, want %q %q", tt.heading, pub.Name, pub.Country, ok, tt.name, tt.country)
			}
		})
	}
}
