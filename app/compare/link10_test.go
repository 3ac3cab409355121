package compare

import (
	"strings"
	"testing"
)

// TestDenialOfAnotherAct10: a denial that the other side did something to
// a person ("did not hear him blame the emir") is the point of the other
// side's statement of that act (holding someone responsible), not of a
// statement that only names the same person in another act ("confronted
// the emir about the killing").
func TestDenialOfAnotherAct10(t *testing.T) {
	tests := []struct {
		name        string
		left, right []string
		wantL       string // the left statement linked to the right one
		reason      string
	}{
		{"the act denied, not the person's other act",
			[]string{"Hale confronted Karim about the killing.", "He made plain that he holds the prince personally responsible."},
			[]string{"He did not hear Hale directly blame Karim."},
			"Hale-2", "denies it"},
		{"a denial of saying, with a contraction",
			[]string{"Hale pressed Karim over the deaths.", "He said he holds the prince personally responsible."},
			[]string{"He didn't hear Hale blame Karim at all."},
			"Hale-2", "denies it"},
		{"the act and the person denied, the act said",
			[]string{"Hale pressed Karim over the deaths.", "Hale blamed Karim for the attack."},
			[]string{"Hale never blamed Karim."},
			"Hale-2", "blame"},
	}
	e := New(testLexicon(t))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"Hale": tc.left, "Sami": tc.right}, "Hale", "Sami")
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			row := rowOf(&c, tc.wantL, "Sami-1")
			if row == nil {
				t.Fatalf("no row links %s and Sami-1; rows %v", tc.wantL, c.Rows)
			}
			if row.Verdict != Diverge || !strings.Contains(strings.Join(row.Reasons, " | "), tc.reason) {
				t.Errorf("%s %q, want diverge with %q", row.Verdict, row.Reasons, tc.reason)
			}
		})
	}
}
