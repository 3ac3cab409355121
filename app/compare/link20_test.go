package compare

import "testing"

// TestCommonCountriesAreTheFrame20: two countries most statements of both
// accounts name (the two sides of a war the call is about) do not make two
// statements on one subject the same point, unless one of them names the
// two as the sides of a relation ("the conflict between"); two countries
// only the two statements name still do.
func TestCommonCountriesAreTheFrame20(t *testing.T) {
	left := []string{"", "Ito said Peru must leave Chile.", "Ito said Chile can count on its neighbours, not Peru.",
		"Ito praised the harvest."}
	right := []string{"", "Moreau said Chile and Peru were much on his mind.", "Moreau praised the weather."}
	tests := []struct {
		name        string
		left, right string
		linked      bool
	}{
		{"two sides of the war, on different acts", "Ito condemned the shelling of civilians in Chile by Peru.",
			"Moreau pledged more loans, trade and investment for Chile as Peru presses on, and some food.", false},
		{"the two sides of a relation named", "Ito discussed the recent conflict between Chile and Peru.",
			"Moreau said the troops Peru sent into Chile must leave.", true},
		{"two countries only the two name", "Ito welcomed the talks between Bolivia and Ecuador.",
			"Moreau hopes the talks between Bolivia and Ecuador go well.", true},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := append([]string{tc.left}, left[1:]...)
			r := append([]string{tc.right}, right[1:]...)
			linkedRow(t, e, l, r, tc.linked)
		})
	}
}

// TestAgendaList20: a statement that lists several countries in a row
// ("to go over Chile, Peru, Cuba and much else") gives an agenda; a
// country of the list is not the point of a statement on that country.
// Named alone, it is.
func TestAgendaList20(t *testing.T) {
	right := []string{"Moreau also spoke warmly of easing the tension around Cuba.", "Moreau praised the weather."}
	tests := []struct {
		name   string
		left   string
		linked bool
	}{
		{"a country of an agenda list", "Ito hopes to go over Chile, Peru, Cuba and many other matters when they meet.", false},
		{"a country of an agenda list with or", "Ito may raise Chile, Peru or Cuba when they meet.", false},
		{"a country named alone", "Ito hopes to go over Cuba when they meet.", true},
		{"countries named apart", "Ito hopes to go over Cuba when they meet, not Chile or Peru.", true},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			linkedRow(t, e, []string{tc.left, "Ito praised the harvest."}, right, tc.linked)
		})
	}
}

// TestToneOfSomethingElse20: a word for how the call went that qualifies
// another noun ("a constructive role", "substantive action") says how that
// thing is, not how the call went; before a word for the call, or on its
// own, it still speaks of the call.
func TestToneOfSomethingElse20(t *testing.T) {
	left := []string{"Ito said the phone call had been constructive and useful.", "Ito praised the harvest."}
	tests := []struct {
		name   string
		right  string
		linked bool
	}{
		{"a constructive role", "Moreau asked the islanders to play a constructive role in the bay.", false},
		{"substantive action", "Moreau wants substantive action on the harbour dues by autumn.", false},
		{"a constructive conversation", "Moreau spoke of a constructive conversation.", true},
		{"constructive on its own", "Moreau said it was constructive.", true},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			linkedRow(t, e, left, []string{tc.right, "Moreau praised the weather."}, tc.linked)
		})
	}
}
