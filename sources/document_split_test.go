package sources

import (
	"reflect"
	"testing"
)

// TestDocumentClaimJoins cuts an official text's sentences where a second
// claim begins, and keeps whole what only goes on with the first: one row
// per construction, invented sentences.
func TestDocumentClaimJoins(t *testing.T) {
	const title = "Readout of the Chancellor’s Call with the President\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		// Cut.
		{"a new subject after a comma and and", "The President welcomed the grain deal, and the Chancellor raised the price of fuel.",
			[]string{"The President welcomed the grain deal", "the Chancellor raised the price of fuel"}},
		{"a gerund's object before a new subject", "The Chancellor thanked the President for backing this loan, and the leaders agreed to meet in May.",
			[]string{"The Chancellor thanked the President for backing this loan", "the leaders agreed to meet in May"}},
		{"a new subject after and", "The Chancellor congratulated the President on the vote and the President thanked her for the call.",
			[]string{"The Chancellor congratulated the President on the vote", "the President thanked her for the call"}},
		{"a subject pronoun after a comma and and", "Border controls were also reviewed in detail, and we need to speed up the checks.",
			[]string{"Border controls were also reviewed in detail", "we need to speed up the checks"}},
		{"an irregular past as second predicate", "The Chancellor described the talks with the miners, and brought up the plan for new mines.",
			[]string{"The Chancellor described the talks with the miners", "brought up the plan for new mines"}},
		{"an auxiliary as second predicate", "The President noted that Washington has sent grain to the port, and is preparing more shipments.",
			[]string{"The President noted that Washington has sent grain to the port", "is preparing more shipments"}},
		{"a present verb as second predicate", "Berlin is worried about the floods in the south, and deeply regrets the damage to homes.",
			[]string{"Berlin is worried about the floods in the south", "deeply regrets the damage to homes"}},
		{"but also", "The leaders noted the risks facing the harbour, but also the chances for new trade.",
			[]string{"The leaders noted the risks facing the harbour", "the chances for new trade"}},
		{"two passive clauses", "Steel quotas were discussed and the need for lower fees was stressed.",
			[]string{"Steel quotas were discussed", "the need for lower fees was stressed"}},
		{"the purpose of a call", "The President spoke today with the Chancellor of Germany to thank her for the loan.",
			[]string{"The President spoke today with the Chancellor of Germany", "to thank her for the loan"}},
		{"two purposes of a call", "The President called Chancellor Weber today to discuss the floods and to offer help with the dams.",
			[]string{"The President called Chancellor Weber today", "to discuss the floods", "to offer help with the dams"}},
		{"who asked for the call", "The Chancellor had a telephone conversation with the President at the President's request.",
			[]string{"The Chancellor had a telephone conversation with the President", "at the President's request"}},
		{"a fronted subject discussed", "In addition to the fishing quotas, the ministers had a long talk about the dams.",
			[]string{"In addition to the fishing quotas", "the ministers had a long talk about the dams"}},
		{"a fronted participle of speech", "Welcoming the new rail link, the Chancellor stressed that freight would double.",
			[]string{"Welcoming the new rail link", "the Chancellor stressed that freight would double"}},
		{"things thanked for, as well as", "The Chancellor thanked the President for the grain shipments, as well as for the help with the dams.",
			[]string{"The Chancellor thanked the President for the grain shipments", "for the help with the dams"}},
		{"things welcomed, as well as", "The President welcomed the decision to open the border crossing, as well as the new ferry service.",
			[]string{"The President welcomed the decision to open the border crossing", "the new ferry service"}},
		{"two subjects discussed", "The leaders discussed the fishing dispute and the future of the ferry line.",
			[]string{"The leaders discussed the fishing dispute", "the future of the ferry line"}},
		{"two names of one verb, then a second predicate", "Both leaders stressed the ties between Norway and Chile and agreed to meet again in May.",
			[]string{"Both leaders stressed the ties between Norway and Chile", "agreed to meet again in May"}},
		{"a second act named by a gerund", "The leaders reaffirmed their commitment to rebuilding the old bridge and widening the coastal road.",
			[]string{"The leaders reaffirmed their commitment to rebuilding the old bridge", "widening the coastal road"}},
		{"an ampersand before the last subject discussed", "We discussed steel quotas, the new bridge, & the price of fuel.",
			[]string{"We discussed steel quotas", "the new bridge", "the price of fuel"}},

		// Keep whole.
		{"gerunds naming one topic", "The ministers continued their talks on securing the networks and fighting online fraud.",
			[]string{"The ministers continued their talks on securing the networks and fighting online fraud"}},
		{"subjects of a clause without that", "The President outlined the steps the ministers and the envoys would take next.",
			[]string{"The President outlined the steps the ministers and the envoys would take next"}},
		{"both A and B", "The plan addresses the needs of both the farmers and the fishing towns.",
			[]string{"The plan addresses the needs of both the farmers and the fishing towns"}},
		{"subjects of one verb", "The ministers of the two coastal states and the delegations of both ports agreed to share the catch.",
			[]string{"The ministers of the two coastal states and the delegations of both ports agreed to share the catch"}},
		{"a name with a verb's spelling in the subject", "President Weber of the Federated States and Premier Lind of Norway spoke today about fishing.",
			[]string{"President Weber of the Federated States and Premier Lind of Norway spoke today about fishing"}},
		{"subjects inside a that-clause", "The President stressed that the ports and the railways would stay open.",
			[]string{"The President stressed that the ports and the railways would stay open"}},
		{"subjects of a clause reported without that", "The Chancellor said the President and the mayors agreed to meet in May.",
			[]string{"The Chancellor said the President and the mayors agreed to meet in May"}},
		{"called on is no call", "The President called on the rebels to lay down their arms.",
			[]string{"The President called on the rebels to lay down their arms"}},
		{"an infinitive after a noun is no purpose of the call", "The President spoke with the Chancellor about the need to cut fuel prices.",
			[]string{"The President spoke with the Chancellor about the need to cut fuel prices"}},
		{"a second subject that goes on with the first", "The leaders discussed the price of oil and related costs.",
			[]string{"The leaders discussed the price of oil and related costs"}},
		{"names sharing a noun", "The leaders discussed the Paris and Berlin formats.",
			[]string{"The leaders discussed the Paris and Berlin formats"}},
		{"a passive with a second verb of one subject", "Aid was discussed and sent to the port.",
			[]string{"Aid was discussed and sent to the port"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, _ := statementsOf(t, title+tt.text+"\n")
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("statements:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
