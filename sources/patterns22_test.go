package sources

import "testing"

// TestShortGovernmentName: papers name a prime minister's office by its
// initials ("the PMO"); it is the government of the one leader the
// article names whose office goes by them, and no one's when two do.
func TestShortGovernmentName(t *testing.T) {
	type want = accountWant
	call := "Leaders talk\n\nIndian Prime Minister Ravi Rao spoke with Chilean President Bo Lin on Tuesday.\n\n"
	runAccountCases(t, []accountCase{
		{"the PMO said", call + "The two leaders discussed solar power, the PMO said.\n",
			[]want{{"The two leaders discussed solar power", "new-delhi"}}},
		{"according to a PMO statement", call + "Rao invited Lin to visit, according to a PMO statement.\n",
			[]want{{"Rao invited Lin to visit", "new-delhi"}}},
		{"two offices of that name are no one's", "Leaders talk\n\nIndian Prime Minister Ravi Rao spoke with Canadian Prime Minister Ann Roy on Tuesday.\n\n" +
			"The two leaders discussed solar power, the PMO said.\n",
			[]want{{"The two leaders discussed solar power", ""}}},
	})
}
