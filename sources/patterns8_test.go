package sources

import "testing"

// TestQuotedBlock: a side's readout quoted whole below a lede that ends
// with a colon; every sentence of the block is the lede's source's, even
// without an agent, and a block left open by a missing mark still ends
// where its quotation closes.
func TestQuotedBlock(t *testing.T) {
	clDE := "Lopez and Brandt talk\n\nPresident Maria Lopez of Chile spoke with Chancellor Hans Brandt of Germany on Monday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"a lede with a verb of speech", clDE + "The Chilean presidency said the talks covered:\n\n\"The two presidents vowed closer work on copper mining.\n\nThe value of a clean energy pact was emphasised.\n\nBoth leaders hope to meet again in Lima.\"\n\nBerlin gave no details.",
			[]want{{"vowed closer work on copper mining", "santiago"}, {"The value of a clean energy pact was emphasised", "santiago"},
				{"Both leaders hope to meet again in Lima", "santiago"}, {"Berlin gave no details", ""}, {"the talks covered", ""}}},
		{"a document named without a verb", clDE + "The German readout of the call that Reuters has seen:\n\n“Chancellor Brandt phoned President Lopez to talk about raw materials.”",
			[]want{{"phoned President Lopez to talk about raw materials", "berlin"}}},
		{"the text of a document", clDE + "The full text of the Chilean statement:\n\n“The leaders welcomed progress on a trade deal.”",
			[]want{{"welcomed progress on a trade deal", "santiago"}}},
		{"a quotation closing inside the paragraph is not a block", clDE + "The Chilean presidency said the talks covered:\n\n“Trade,” an aide joked to reporters, adding that the mood was calm.\n\nThe two leaders last met in Madrid.",
			[]want{{"The two leaders last met in Madrid", ""}}},
		{"a colon without a quotation after it", clDE + "The German readout of the call:\n\nBrandt stressed climate policy, officials said.",
			[]want{{"stressed climate policy", "brandt"}}},
	})
}
