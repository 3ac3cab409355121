package compare

import "testing"

// TestTheRelationship: what each account mainly says of the relationship
// between the two sides is one point, whatever words each gives it; of
// several statements on it, the one that names the relationship itself
// ("relations", "ties") speaks for the account rather than one with only a
// formula ("a partnership" in one field); a relationship with a third
// side is no part of it.
func TestTheRelationship(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want []string
	}{
		{"in other words",
			[]string{"The premier called the republic a loyal friend and partner.", "Fishing quotas were discussed."},
			[]string{"The two leaders want to deepen bilateral ties.", "Quotas for fishing will rise."},
			[]string{"relations [a-1] [b-1]", "other [a-2] [b-2]"}},
		{"the relationship itself before a formula",
			[]string{"Their shipping partnership was praised.", "Relations between the two nations are at a high point."},
			[]string{"Bilateral ties keep getting closer."},
			[]string{"relations [a-2] [b-1]"}},
		{"partners of a third side",
			[]string{"Relations between the two nations are at a high point."},
			[]string{"The sanctions were agreed with our European partners."},
			[]string{}},
		{"with a third side",
			[]string{"The premier praised his friendship with Iran."},
			[]string{"The two leaders want to deepen bilateral ties."},
			nil},
		{"the other's relationship with a third side",
			[]string{"The premier saw fresh openings in the relationship with the European Union."},
			[]string{"The chancellor valued steady talks with Beijing about their relations."},
			nil},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMatched(t, e, buildArticle(map[string][]string{"a": tc.a, "b": tc.b}, "a", "b"), tc.want)
		})
	}
}

// TestThirdSideAsSubject: two statements on no subject that name one third
// country in the same role speak of it, whatever cue words each uses; a
// statement on a subject of its own that names a country is on that
// subject.
func TestThirdSideAsSubject(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want []string
	}{
		{"the latest on one country",
			[]string{"The leaders went over recent events in Cuba.", "Tariffs on Cuban sugar were discussed."},
			[]string{"They exchanged views on the mood around Cuba.", "Tariffs on Cuban sugar will be cut."},
			[]string{"assessment [a-1] [b-1]", "trade [a-2] [b-2]"}},
		{"one country and a subject",
			[]string{"They want less reliance on Cuba for oil imports.", "Tariffs on Cuban sugar were discussed."},
			[]string{"They exchanged views on the mood around Cuba.", "Tariffs on Cuban sugar will be cut."},
			[]string{"trade [a-2] [b-2]"}},
		{"an agenda of two countries",
			[]string{"The leaders went over Cuba and Chile.", "Tariffs on Cuban sugar were discussed."},
			[]string{"They exchanged views on the mood around Cuba.", "Tariffs on Cuban sugar will be cut."},
			[]string{"trade [a-2] [b-2]"}},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMatched(t, e, buildArticle(map[string][]string{"a": tc.a, "b": tc.b}, "a", "b"), tc.want)
		})
	}
}

// TestSideOfTheCallIsNoThirdSide: a side of the call that both name is the
// frame of what they say, not their subject, whether the accounts' labels
// name it or only their party's country code does.
func TestSideOfTheCallIsNoThirdSide(t *testing.T) {
	e := testEngine(t)
	x := buildArticle(map[string][]string{
		"Moscow": {"The leaders went over recent events in Italy."},
		"Rome":   {"They exchanged views on the mood around Italy."},
	}, "Moscow", "Rome")
	checkMatched(t, e, x, nil)
	x = buildArticle(map[string][]string{
		"a": {"The leaders went over recent events in Cuba.", "Tariffs on Cuban sugar were discussed."},
		"b": {"They exchanged views on the mood around Cuba.", "Tariffs on Cuban sugar will be cut."},
	}, "a", "b")
	x.Accounts[0].Party = "CU"
	checkMatched(t, e, x, []string{"trade [a-2] [b-2]"})
}
