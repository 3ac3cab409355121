package sources

import (
	"strings"
	"testing"
)

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
		{"a statement before another clause is not the lede", clDE + "Lopez said the talks went well, but Berlin sounded cooler:\n\n“We noted the wish for more lithium.”",
			[]want{{"We noted the wish for more lithium", ""}}},
		{"a colon without a quotation after it", clDE + "The German readout of the call:\n\nBrandt stressed climate policy, officials said.",
			[]want{{"stressed climate policy", "brandt"}}},
	})
}

// TestReadoutGoesOnWithoutAgent: after a side's report, a sentence whose
// subject is the call itself, or a passive of the talks with no agent,
// goes on with it; a side that issues a document is the source of "the
// statement" next.
func TestReadoutGoesOnWithoutAgent(t *testing.T) {
	clUS := "Lopez and Biden talk\n\nPresident Maria Lopez of Chile spoke by phone with President Joe Biden on Monday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"a document issued names the source", clUS + "Lopez urged lower tariffs on wine, the Chilean presidency said.\n\nThe White House also put out a short statement on the call.\n\nAs per the statement, both leaders pledged to expand scientific exchanges.",
			[]want{{"both leaders pledged to expand scientific exchanges", "white-house"}}},
		{"a document cited is no source", clUS + "Lopez urged lower tariffs on wine, the Chilean presidency said.\n\nBiden did not issue a statement afterwards.\n\nAs per the statement, both leaders pledged to expand scientific exchanges.",
			[]want{{"both leaders pledged to expand scientific exchanges", "santiago"}}},
		{"the call as subject", clUS + "The Chilean presidency said Lopez raised the price of copper.\n\nThe conversation highlighted the value of the Pacific alliance, with Lopez voicing hope for new members.",
			[]want{{"The conversation highlighted the value of the Pacific alliance", "santiago"}}},
		{"a passive of the talks", clUS + "The Chilean presidency said Lopez raised the price of copper.\n\nThe C-130 purchase was also deliberated upon in the conversation.",
			[]want{{"The C-130 purchase was also deliberated upon", "santiago"}}},
		{"a passive with an agent is the journalist's", clUS + "The Chilean presidency said Lopez raised the price of copper.\n\nThe copper levy was opposed by mining firms.",
			[]want{{"The copper levy was opposed", ""}}},
		{"a passive of an act is the journalist's", clUS + "The Chilean presidency said Lopez raised the price of copper.\n\nThe mine was closed in March.",
			[]want{{"The mine was closed", ""}}},
	})
}

// TestRelativeAfterSource: a relative clause of speech after the source
// of "according to" is that source's claim too; one that tells who the
// source is stays the journalist's.
func TestRelativeAfterSource(t *testing.T) {
	krJP := "Lee and Kim talk\n\nPresident Lee Jae-won of South Korea spoke with Prime Minister Kim Mori of Japan on Monday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"who spoke to", krJP + "Trade is booming, according to Lee, who spoke to Kim about a common market for batteries.",
			[]want{{"spoke to Kim about a common market for batteries", "lee"}}},
		{"who urged", krJP + "Ties are sound, according to Lee, who urged Kim to lift limits on fish imports.",
			[]want{{"urged Kim to lift limits on fish imports", "lee"}}},
		{"who was born", krJP + "Ties are sound, according to Lee, who was born in a fishing town.",
			[]want{{"was born in a fishing town", ""}}},
	})
}

// TestSettingOfRemarks: a participle after the people a speaker told
// tells who they are, and the quotation before is the speaker's.
func TestSettingOfRemarks(t *testing.T) {
	brMX := "Silva and Ortega talk\n\nPresident Ana Silva of Brazil spoke by phone with President Luis Ortega of Mexico on Tuesday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"told a crowd gathered at", brMX + "“We finally had a frank talk,” Silva told students gathered at a campus in Recife to mark a holiday.",
			[]want{{"We finally had a frank talk", "silva"}, {"gathered at a campus", ""}}},
		{"told reporters travelling with", brMX + "“It went well,” Ortega told reporters travelling with him, adding that trade came up.",
			[]want{{"It went well", "ortega"}, {"trade came up", "ortega"}}},
	})
}

// TestRemarksBeforeTheEvent: what a speaker said in a clause of "since",
// or on a weekday just before the event's, was said before it.
func TestRemarksBeforeTheEvent(t *testing.T) {
	lede := "Silva and Ortega talk\n\nPresident Ana Silva of Brazil and President Luis Ortega of Mexico met on Friday in Lima.\n\n"
	for _, tt := range []struct {
		name, text, statement string
		earlier               bool
	}{
		{"on a day before", lede + "On Wednesday, Silva said she wanted to raise tariffs with Ortega at the summit.", "she wanted to raise tariffs", true},
		{"on a day after", lede + "On Saturday, Silva said the meeting with Ortega had been warm.", "the meeting with Ortega had been warm", false},
		{"a remark's weekday in the lede dates no event", "Silva and Ortega talk\n\nPresident Ana Silva told reporters on Sunday that her talks with Luis Ortega of Mexico went well.\n\nOn Friday, Silva said she had pressed Ortega on tariffs.", "pressed Ortega on tariffs", false},
		{"a weekday inside a relative clause dates the clause", lede + "Silva, who flies home on Wednesday, said the meeting with Ortega had settled the tariff dispute.", "the meeting with Ortega had settled the tariff dispute", false},
		{"since he said", lede + "It was their first meeting since Ortega said a deal on migration looked unlikely.", "a deal on migration looked unlikely", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := runText(t, tt.text)
			found, earlier := false, false
			for _, acc := range p.extraction.Accounts {
				for _, st := range acc.Statements {
					found = found || strings.Contains(st.Text, tt.statement)
				}
			}
			for _, st := range p.extraction.Earlier {
				earlier = earlier || strings.Contains(st.Text, tt.statement)
			}
			if found == tt.earlier || earlier != tt.earlier {
				t.Errorf("%q: in an account %v, earlier %v; want earlier %v:%s", tt.statement, found, earlier, tt.earlier, dumpExtraction(p.extraction))
			}
		})
	}
}

// TestDenialOfAccount: a side that denies or confirms the other side's
// account of the call makes a statement; the joined verb after "but" and a
// name is that name's.
func TestDenialOfAccount(t *testing.T) {
	brMX := "Silva and Ortega talk\n\nPresident Ana Silva of Brazil spoke by phone with President Luis Ortega of Mexico on Tuesday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"denied a description", brMX + "Brazil and Peru signed a fishing pact, but Silva dropped plans for a rail link, and firmly denied Ortega's description of the phone call.",
			[]want{{"denied Ortega's description of the phone call", "silva"}}},
		{"denied the version", brMX + "Ortega denied the Brazilian version of the call.",
			[]want{{"denied the Brazilian version of the call", "ortega"}}},
		{"denied a rumour is no account", brMX + "Ortega denied rumours of an illness.",
			[]want{{"rumours of an illness", ""}}},
	})
}

// TestDocumentRefersTo: a side's document that refers to something says
// it; a person who refers to it is not read so (the verb takes only a
// document).
func TestDocumentRefersTo(t *testing.T) {
	brMX := "Silva and Ortega talk\n\nPresident Ana Silva of Brazil spoke by phone with President Luis Ortega of Mexico on Tuesday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"a statement referred to a quotation", brMX + "Yet the Mexican statement referred to “rising tension” at the border.",
			[]want{{"referred to “rising tension” at the border", "mexico-city"}}},
		{"a readout refers to", brMX + "The Brazilian readout refers to a pact on ethanol.",
			[]want{{"refers to a pact on ethanol", "brasilia"}}},
		{"a person referred to", brMX + "Ortega referred to his predecessor by his first name.",
			[]want{{"his predecessor by his first name", ""}}},
	})
}
