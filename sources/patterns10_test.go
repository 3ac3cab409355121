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

// TestRelativeClaim: "…, which <a side's officials> said <clause>" is the
// officials' claim when the clause has a subject of its own; a clause
// whose subject is the relative pronoun stays with the sentence, and the
// statement before the comma does not end on the pronoun.
func TestRelativeClaim(t *testing.T) {
	head := "Lula and Milei talk\n\nBrazilian President Luiz Inacio Lula da Silva spoke with Argentine President Javier Milei on Monday.\n\n"
	tests := []struct {
		name, text string
		want       []accountWant
	}{
		{"officials of a side claim who placed the call", head +
			"The talk lasted an hour, longer than the one in March, which Argentine officials said Lula had sought.",
			[]accountWant{{"Lula had sought", "buenos-aires"}}},
		{"the statement before the relative clause ends before its pronoun", head +
			"Lula hailed the trade accord, which Argentine officials said their minister wrote.",
			[]accountWant{{"their minister wrote", "buenos-aires"}, {"hailed the trade accord", "lula"}}},
		{"a clause without its own subject stays in the sentence", head +
			"Lula hailed the trade accord, which Argentine officials said would take effect in June.",
			[]accountWant{{"hailed the trade accord, which Argentine officials said would take effect", "lula"}}},
		{"people named by no side claim nothing", head +
			"The talk lasted an hour, which analysts said Lula had sought.",
			[]accountWant{{"Lula had sought", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccounts(t, tt.text, tt.want) })
	}
}

// TestTrimClauseRelative: a reported clause cut where another speaker's
// relative clause begins keeps no dangling pronoun.
func TestTrimClauseRelative(t *testing.T) {
	tests := []struct{ text, want string }{
		{"hailed the accord, which", "hailed the accord"},
		{"thanked the envoy, who", "thanked the envoy"},
		{"named the town which", "named the town which"},
		{"the talks were useful.", "the talks were useful"},
	}
	for _, tt := range tests {
		s := trimClause(tt.text, Span{0, len(tt.text)})
		if got := tt.text[s.Start:s.End]; got != tt.want {
			t.Errorf("trimClause(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestStaffSpeaksForReported: a staff office the article gives no country
// speaks for the person whose words it reports; with no one reported it
// gets no side.
func TestStaffSpeaksForReported(t *testing.T) {
	head := "Lula and Milei talk\n\nBrazilian President Luiz Inacio Lula da Silva spoke with Argentine President Javier Milei on Monday.\n\n"
	tests := []struct {
		name, text string
		want       []accountWant
	}{
		{"the press secretary reports the leader's words", head +
			"Milei pressed for lower tariffs on steel, the press secretary said.",
			[]accountWant{{"Milei pressed for lower tariffs on steel", "buenos-aires"}}},
		{"the other leader reported gives the other side", head +
			"Lula asked for patience on the wheat quota, the press secretary said.",
			[]accountWant{{"Lula asked for patience on the wheat quota", "brasilia"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccounts(t, tt.text, tt.want) })
	}
}
