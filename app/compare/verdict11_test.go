package compare

import (
	"strings"
	"testing"
)

// TestVerdicts11: a cue word in another sense sets no stance ("conditions"
// as circumstances), one stance in two wordings is one stance ("held
// responsible", "holding ... accountable"), terms set for any outcome are
// a condition, and two sides that each press the other on one point
// diverge whatever else they share (pressing one third party, or both
// together, is one demand). Each case that changes has a near case that
// must not.
func TestVerdicts11(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		verdict     Verdict
		reason      string // a reason that must be given (substring)
		// parties: the accounts speak for Chile and Peru.
		parties bool
	}{
		// "Conditions" as circumstances.
		{"favourable conditions are circumstances", "Ruiz hopes both navies will widen their contacts and make use of these favourable conditions.",
			"Lima voiced its readiness to widen naval contacts with Quito.", Agree, "Same point", false},
		{"conditions to create are circumstances", "Both navies will widen their contacts to create the conditions for joint patrols.",
			"Lima voiced its readiness to widen naval contacts with Quito.", Agree, "Same point", false},
		{"a condition set", "Quito will widen naval contacts only on condition that Lima recalls its gunboats.",
			"Lima voiced its readiness to widen naval contacts with Quito.", Diverge, "Only a sets a condition", false},
		{"conditions set", "Quito named its conditions for widening naval contacts with Lima.",
			"Lima voiced its readiness to widen naval contacts with Quito.", Diverge, "Only a sets a condition", false},
		{"anonymity is no condition", "An aide, speaking on condition of anonymity, said the fishing talks will resume in May.",
			"The fishing talks will resume in May, the ministry said.", Agree, "Same point", false},
		// One accusation in two wordings.
		{"held responsible and held accountable", "The ministers agreed on holding the junta leaders accountable for the valley massacre.",
			"The two ministers agreed the junta must be held responsible for the valley massacre.", Agree, "Same point", false},
		{"accountable on one side only", "Oslo wants to hold the junta accountable for the valley massacre.",
			"The ministers discussed the valley massacre.", Diverge, "Only a blames: “hold the junta accountable”", false},
		// Terms any outcome must meet.
		{"any outcome must", "Any settlement must respect the fishing rights of both coasts.",
			"The envoys reported progress on the fishing settlement.", Diverge, "Only a sets a condition: “Any settlement must”", false},
		{"a plain must", "The envoys said the fishing settlement must be signed this year.",
			"The envoys reported progress on the fishing settlement.", Agree, "Same point", false},
		// Demands each side makes of the other.
		{"each presses the other, opposite demands", "Santiago urged an end to Peru's naval drills around Isla Morro.",
			"Lima stressed the need for Chile to handle the Isla Morro question with prudence.", Diverge,
			"“urged”, “Peru's”, Peruvian Foreign Ministry “need for Chile to”", true},
		{"each presses the other, one demand", "Santiago urged Peru to pull its frigates back from the atoll.",
			"Lima called on Chile to pull its frigates back from the atoll.", Diverge, "Each presses the other", true},
		{"both press a third party", "Santiago urged Bolivia to pull its frigates back from the atoll.",
			"Lima called on Bolivia to pull its frigates back from the atoll.", Agree, "Same point", true},
		{"one presses, the other presses both", "Santiago urged Peru to pull its frigates back from the atoll.",
			"Lima called on Chile and Peru to pull their frigates back from the atoll.", Agree, "Same point", true},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			row := verdictRow(t, e, tc.left, tc.right, tc.parties)
			if row.Verdict != tc.verdict {
				t.Errorf("%s, want %s; reasons %q", row.Verdict, tc.verdict, row.Reasons)
			}
			if !strings.Contains(strings.Join(row.Reasons, " | "), tc.reason) {
				t.Errorf("reasons %q lack %q", row.Reasons, tc.reason)
			}
		})
	}
}

// verdictRow compares two invented one-statement accounts, speaking for
// Chile and Peru when parties is set, and gives the row that links them.
func verdictRow(t *testing.T, e *Engine, left, right string, parties bool) *Row {
	t.Helper()
	if !parties {
		return linkedRow(t, e, []string{left}, []string{right}, true)
	}
	x := buildArticle(map[string][]string{"chile": {left}, "peru": {right}}, "chile", "peru")
	x.Accounts[0].Speaker, x.Accounts[1].Speaker = "Chilean Foreign Ministry", "Peruvian Foreign Ministry"
	c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
	row := rowOf(&c, "chile-1", "peru-1")
	if row == nil {
		t.Fatalf("not linked; rows %v", c.Rows)
	}
	return row
}
