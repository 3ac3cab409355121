package sources

import "testing"

// TestCompoundModifier: a capitalised compound of a name and a participle
// or noun of manner describes what follows; a hyphenated name does not.
func TestCompoundModifier(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"English-language", true},
		{"Moscow-based", true},
		{"Kremlin-run", true},
		{"US-led", true},
		{"Beijing-backed", true},
		{"Jean-Pierre", false},
		{"Al-Sabah", false},
		{"Moscow-Kiev", false},
		{"Ilves", false},
	}
	for _, tt := range tests {
		if got := compoundModifier(tt.word); got != tt.want {
			t.Errorf("compoundModifier(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestModifierIsNoSpeaker: a document described by a compound modifier
// ("an English-language readout posted by the Kremlin") speaks for
// the institution that publishes it, not for a person called by the
// modifier.
func TestModifierIsNoSpeaker(t *testing.T) {
	ruUS := "Ilves and Harlan talk\n\nRussian President Pavel Ilves spoke with US President John Harlan on Friday.\n\n"
	checkAccounts(t, ruUS+"An English-language readout posted by the Kremlin said Ilves urged calm in the region.",
		[]accountWant{{"Ilves urged calm in the region", "kremlin"}})
}
