package sources

import "testing"

// TestGlossedSource: a short gloss in parentheses after the source
// ("(PMO)", "(MEA)") ends its phrase, before a verb or before the comma
// of "according to"; "the Prime Minister's Office" is an office, not a
// person named Office.
func TestGlossedSource(t *testing.T) {
	head := "Modi and Putin talk\n\n"
	tests := []struct {
		name, text string
		want       []accountWant
	}{
		{"according to a ministry glossed, before a clause", head +
			"According to the external affairs ministry (MEA), the two men backed an early ceasefire in the region.",
			[]accountWant{{"the two men backed an early ceasefire in the region", "new-delhi"}}},
		{"according to an office glossed, before a clause naming its leader", head +
			"According to the Indian Prime Minister’s Office (PMO India), Modi pressed for more grain shipments.",
			[]accountWant{{"Modi pressed for more grain shipments", "new-delhi"}}},
		{"according to a ministry in lower case, last", head +
			"The two leaders also spoke about fertiliser supplies, according to the external affairs ministry.",
			[]accountWant{{"The two leaders also spoke about fertiliser supplies", "new-delhi"}}},
		{"a glossed subject", head +
			"The External Affairs Ministry (MEA) said the two men had reviewed rail projects.",
			[]accountWant{{"the two men had reviewed rail projects", "new-delhi"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccounts(t, tt.text, tt.want) })
	}
}
