package sources

import "testing"

// TestAsideBeforeThat: a phrase of time or place set off by commas between
// the reporting verb and its "that" clause leaves the clause what was
// said; a clause joined after the comma is no aside.
func TestAsideBeforeThat(t *testing.T) {
	head := "Lula and Milei talk\n\nBrazilian President Luiz Inacio Lula da Silva spoke with Argentine President Javier Milei on Monday.\n\n"
	tests := []struct {
		name, text string
		want       []accountWant
	}{
		{"a time set off by commas", head +
			"Brazil's presidency disclosed, late on Tuesday, that the two men would meet in Montevideo.",
			[]accountWant{{"the two men would meet in Montevideo", "brasilia"}}},
		{"a preposition phrase set off by commas after an as-clause", head +
			"Brasilia moved first, as Brazil's presidency revealed, shortly before the jet left for Quito, that Lula had phoned Milei.",
			[]accountWant{{"Lula had phoned Milei", "brasilia"}}},
		{"a joined clause after the comma is no aside", head +
			"Brazil's presidency revealed nothing, and it is plain that the two men disagree on tariffs.",
			[]accountWant{{"the two men disagree on tariffs", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccounts(t, tt.text, tt.want) })
	}
}
