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
	e := testEngine(t)
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

// TestSecondAnswer10: a statement that stands in a row of one point (a
// settlement) and also answers a question another statement of the other
// side answers the other way (whose land) is linked to that statement as
// well, as its second point; a statement it gives no opposite answer to
// stays one-sided.
func TestSecondAnswer10(t *testing.T) {
	tests := []struct {
		name    string
		left    []string
		right   string
		wantRow bool
	}{
		{"territorial integrity against the new realities",
			[]string{"Vidal reaffirmed Lisbon's steadfast backing for Moldova's sovereignty and territorial integrity.",
				"Vidal urged a truce and talks between Moldova and Borduria towards a lasting settlement of the conflict."},
			"Any peace deal must be \"full and lasting, remove the root causes of the Moldovan crisis and reflect new territorial realities.\"", true},
		{"no opposite answer, no second point",
			[]string{"Vidal reaffirmed Lisbon's steadfast backing for the fishing fleet.",
				"Vidal urged a truce and talks between Moldova and Borduria towards a lasting settlement of the conflict."},
			"Any peace deal must be \"full and lasting, remove the root causes of the Moldovan crisis and reflect new territorial realities.\"", false},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"Vidal": tc.left, "Orlov": {tc.right}}, "Vidal", "Orlov")
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			if rowOf(&c, "Vidal-2", "Orlov-1") == nil {
				t.Fatalf("the settlement row is gone; rows %v", c.Rows)
			}
			row := rowOf(&c, "Vidal-1", "Orlov-1")
			if (row != nil) != tc.wantRow {
				t.Fatalf("second point linked %v, want %v; rows %v", row != nil, tc.wantRow, c.Rows)
			}
			if row != nil && row.Verdict != Diverge {
				t.Errorf("%s %q, want diverge", row.Verdict, row.Reasons)
			}
		})
	}
}

// TestBareListItem10: one item of a list of subjects discussed, cut into
// a statement of its own ("Syldavia", "opioids"), is a point both sides
// make when the other side's statement names the same specific thing.
func TestBareListItem10(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
	}{
		{"a country and the fighting there", "Ames raised the fighting in Syldavia.", "Syldavia"},
		{"a named matter", "Ames pressed Omar over opioid smuggling.", "opioid smuggling"},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			row := linkedRow(t, e, []string{tc.left}, []string{tc.right}, true)
			if row.Verdict != Agree {
				t.Errorf("%s %q, want agree", row.Verdict, row.Reasons)
			}
		})
	}
}
