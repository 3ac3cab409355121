package compare

import "testing"

// TestScourgeResistedIsThePoint: working against a scourge of the whole
// world (terrorism, climate change) is the subject of a statement, not its
// background; a side's own enemy it defends itself against still is.
func TestScourgeResistedIsThePoint(t *testing.T) {
	tests := []struct {
		name        string
		left, right []string
		linked      bool
	}{
		{"countering terrorism and the fight against it",
			[]string{"Lima and Quito reviewed their work in countering terrorism.", "Lima praised the harvest."},
			[]string{"Torres said joint efforts against terrorism were raised.", "Torres praised the weather."}, true},
		{"combating climate change and a climate accord",
			[]string{"Ito noted how much the two can do in combating climate change.", "Ito praised the harvest."},
			[]string{"Moreau welcomed the return of Lima to the climate accord.", "Moreau praised the weather."}, true},
		{"one scourge is not another",
			[]string{"Ito noted how much the two can do in combating climate change.", "Ito praised the harvest."},
			[]string{"Torres said joint efforts against terrorism were raised.", "Torres praised the weather."}, false},
		{"an enemy defended against stays the background",
			[]string{"Lima will keep sending fuel to Quito as it defends itself against the Tumbesian invasion.", "Lima praised the harvest."},
			[]string{"Quito laid the blame for the invasion on Tumbes.", "Quito praised the weather."}, false},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			linkedRow(t, e, tc.left, tc.right, tc.linked)
		})
	}
}
