package compare

import "testing"

// TestSamePointInOtherWords19: working against a scourge of the whole
// world (terrorism, climate change) is the subject of a statement, not its
// background; a side's own enemy it defends itself against still is. The
// breadth of what the call covered, in the words readouts use for it
// ("regional issues", "a number of trade and border issues", "the
// regional agenda"), is one point; a range of issues to work on is not
// what the call covered.
func TestSamePointInOtherWords19(t *testing.T) {
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
		{"a number of issues and the regional agenda",
			[]string{"The two ministers also went over a number of security and economic issues.", "Ito praised the harvest."},
			[]string{"They covered several issues on the regional agenda too.", "Moreau praised the weather."}, true},
		{"regional issues and a range of issues",
			[]string{"Ito said they touched on regional issues as well.", "Ito praised the harvest."},
			[]string{"The talks covered a wide range of issues.", "Moreau praised the weather."}, true},
		{"regional issues and a full range of issues to work on",
			[]string{"Ito said they touched on regional issues as well.", "Ito praised the harvest."},
			[]string{"Moreau hopes to work on a full range of pressing issues in the years ahead.", "Moreau praised the weather."}, false},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			linkedRow(t, e, tc.left, tc.right, tc.linked)
		})
	}
}

// TestRelationshipInOtherWords: every statement whose point is the
// relationship between the sides finds the other side's closest on it,
// not only each side's main one: a second word on it stands beside the
// other side's main one. A relationship with a third side, or a statement
// that names a thing of its own, does not.
func TestRelationshipInOtherWords(t *testing.T) {
	right := []string{"Moreau called the relationship of the two countries a very valuable one.", "Moreau praised the weather."}
	tests := []struct {
		name, second string
		linked       bool
	}{
		{"a second word on the relationship", "Ito also vowed to improve ties.", true},
		{"ties with a third side", "Ito also vowed to improve ties with Chile.", false},
		{"ties in a thing of their own", "Ito also vowed to improve ties through the new rail link.", false},
		{"international cooperation is not the two sides'", "Ito also called for closer international cooperation.", false},
		{"global partnerships are not either", "Ito also praised the global partnerships of both.", false},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			left := []string{"Ito stressed how much the relationship between the two nations matters to both peoples.",
				tc.second, "Ito praised the harvest."}
			x := buildArticle(map[string][]string{"a": left, "b": right}, "a", "b")
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			if row := rowOf(&c, "a-1", "b-1"); row == nil {
				t.Fatalf("the main statements are not linked: %v", c.Rows)
			}
			if row := rowOf(&c, "a-2", "b-1"); (row != nil) != tc.linked {
				t.Errorf("linked %v, want %v: %v", row != nil, tc.linked, c.Rows)
			}
		})
	}
}
