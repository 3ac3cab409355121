package sources

import "testing"

// TestSideOneAccount: a side's official voice on the call is one account:
// its government's readout or office, and its leader's own word on the
// call beside it (remarks at a rally, to reporters); his remarks on other
// things, and his words when the side has no government account, keep
// their own.
func TestSideOneAccount(t *testing.T) {
	lulaMilei := "Lula and Milei talk\n\nBrazilian President Luiz Inacio Lula da Silva spoke with Argentine President Javier Milei on Monday.\n\n"
	type want = accountWant
	tests := []struct {
		name, text string
		want       []want
	}{
		{"remarks to reporters about the call join the government's statement", lulaMilei +
			"Brazil's presidency said the two leaders agreed to expand a gas pipeline.\n\n" +
			"Lula told reporters in Brasilia that he had spoken with Milei about beef exports.",
			[]want{{"agreed to expand a gas pipeline", "brasilia"}, {"spoken with Milei about beef exports", "brasilia"}}},
		{"remarks at a rally about the call join the office's account", lulaMilei +
			"A source in Milei's office told a radio station the call was warm.\n\n" +
			"Speaking at a rally in Cordoba, Milei said the call with Lula had been long overdue.",
			[]want{{"the call was warm", "buenos-aires"}, {"had been long overdue", "buenos-aires"}}},
		{"a remark joined to remarks on the call in one sentence joins with them", lulaMilei +
			"A source in Milei's office told a radio station the call was warm.\n\n" +
			"\"We talked on the phone for an hour,\" Milei told supporters at a rally in Cordoba, adding that a wheat deal was near.",
			[]want{{"We talked on the phone for an hour", "buenos-aires"}, {"a wheat deal was near", "buenos-aires"}}},
		{"remarks before the call are no account of it", lulaMilei +
			"Brazil's presidency said the two leaders agreed to expand a gas pipeline.\n\n" +
			"Lula told reporters before the call that he would raise the price of beef.",
			[]want{{"agreed to expand a gas pipeline", "brasilia"}, {"he would raise the price of beef", ""}}},
		{"remarks on other things stay apart from the government's account", lulaMilei +
			"Brazil's presidency said the two leaders agreed to expand a gas pipeline.\n\n" +
			"Speaking at a rally in Recife, Lula said inflation was falling fast.",
			[]want{{"agreed to expand a gas pipeline", "brasilia"}, {"inflation was falling fast", "lula"}}},
		{"without a government account the leader's remarks and post stay two", lulaMilei +
			"Milei wrote on X that the call had been frank.\n\n" +
			"Speaking at a rally in Cordoba, Milei said the call with Lula had been long overdue.",
			[]want{{"the call had been frank", "milei"}, {"had been long overdue", "milei-rally-cordoba"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccounts(t, tt.text, tt.want) })
	}
}

// TestReadoutOfOutlet: an outlet that obtained a readout is who has it,
// not whose it is; the readout is the side's.
func TestReadoutOfOutlet(t *testing.T) {
	type want = accountWant
	tests := []struct {
		name, text string
		want       []want
	}{
		{"the readout an outlet obtained is the side's whose leader it tells of",
			"Tribune sees readout of Biden's call with Ramaphosa\n\n" +
				"The Tribune obtained the readout of President Biden's call with South African President Cyril Ramaphosa.\n\n" +
				"According to the readout, Biden thanked Ramaphosa for hosting the trade forum.",
			[]want{{"thanked Ramaphosa for hosting the trade forum", "white-house"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAccounts(t, tt.text, tt.want) })
	}
}

// TestAdministrationOfficial: an official the article names by a
// government title it gives no country is of the side whose government
// the article names by its leader ("the Lula administration").
func TestAdministrationOfficial(t *testing.T) {
	lulaMilei := "Milei says Lula team misread their call\n\nArgentine President Javier Milei said the Lula administration had misread a call the two leaders held on Monday.\n\n"
	type want = accountWant
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a minister the article gives no country, beside one side's administration", lulaMilei +
			"Agriculture Minister Teodoro Vasconcelos said on television that Milei had promised to buy more coffee.",
			[]want{{"Milei had promised to buy more coffee", "vasconcelos"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccounts(t, tt.text, tt.want)
			p := runText(t, tt.text)
			_, acc := statementWith(p.extraction, tt.want[0].statement)
			if acc == nil || acc.Party != "BR" {
				t.Errorf("the minister's account is not of the Brazilian side:%s", dumpExtraction(p.extraction))
			}
		})
	}
}

// TestRemarksNamingTheOtherSide: a leader's remarks beside his side's
// readout that name the other side's country join his side's account;
// remarks that name neither the meeting nor the other side stay apart.
func TestRemarksNamingTheOtherSide(t *testing.T) {
	text := "Vargas and Lind meet\n\nPeruvian President Eva Vargas met Swedish Prime Minister Ola Lind on Monday.\n\n" +
		"The Peruvian presidency said Vargas raised the fishing quotas.\n\n" +
		"At a news conference afterwards, Vargas said she had urged Stockholm to lower its tariffs. Vargas also said the harvest would be late this year."
	p := runText(t, text)
	checkInvariants(t, p.a, p.extraction)
	_, gov := statementWith(p.extraction, "Vargas raised the fishing quotas")
	_, named := statementWith(p.extraction, "urged Stockholm to lower its tariffs")
	_, other := statementWith(p.extraction, "the harvest would be late this year")
	if gov == nil || named == nil || named.ID != gov.ID {
		t.Errorf("the remark naming the other side is not in the side's account:%s", dumpExtraction(p.extraction))
	}
	if other != nil && gov != nil && other.ID == gov.ID {
		t.Errorf("a remark on something else joined the side's account:%s", dumpExtraction(p.extraction))
	}
}
