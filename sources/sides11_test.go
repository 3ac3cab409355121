package sources

import "testing"

// TestSideAccountsSplit: constructions that had split one side's account
// of a call in two, or lost its words: a report's later clauses, a
// leader's words to the other leader at a venue, an official's news
// conference on the call, a knight's title, a country's embassy abroad, a
// spokesperson's verbatim quotation in the paragraph after the
// paraphrase, a document's relative clause of speech ("issued a statement
// which said …"), "As the Kremlin reported, …" and a participle aside
// (", using new drones,") that names no speaker.
func TestSideAccountsSplit(t *testing.T) {
	kenyaSA := "Ruto and Ramaphosa meet in Nairobi\n\nKenyan President William Ruto met South African President Cyril Ramaphosa on Monday, the Kenyan presidency said.\n\n"
	starmerXi := "Starmer and Xi talk\n\nThe two leaders spoke on Friday, Downing Street said.\n\n"
	albaneseLuxon := "Albanese and Luxon talk\n\nAustralian Prime Minister Anthony Albanese spoke with New Zealand Prime Minister Christopher Luxon on Tuesday.\n\n"
	macronLula := "Macron and Lula talk\n\nFrench President Emmanuel Macron spoke with Brazilian President Luiz Inacio Lula da Silva on Monday.\n\n" +
		"Brazil's foreign ministry said the call lasted an hour.\n\n"
	rutoTinubu := "Ruto and Tinubu talk\n\nKenyan President William Ruto spoke with Nigerian President Bola Tinubu on Tuesday, the Kenyan presidency said.\n\n"
	type want = accountWant
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a later clause of the report on the call goes with it", kenyaSA +
			"Speaking at a news conference afterwards, Ruto said he had raised the border fees with Ramaphosa, but that there was “no deal yet.”",
			[]want{{"he had raised the border fees with Ramaphosa", "nairobi"}, {"no deal yet", "nairobi"}}},
		{"a participle after the report goes with it", kenyaSA +
			"Later, Ruto told reporters in Mombasa that Ramaphosa had described the rail plan to him, suggesting that “the money may come next year.”",
			[]want{{"Ramaphosa had described the rail plan", "nairobi"}, {"the money may come next year", "nairobi"}}},
		{"the leader's words while greeting the other leader", kenyaSA +
			"While welcoming Ramaphosa at the State House in Nairobi, Ruto urged the two countries to trade more in maize.",
			[]want{{"urged the two countries to trade more in maize", "nairobi"}}},
		{"a minister at a news conference relaying the call joins his side's account", kenyaSA +
			"Kenyan Foreign Minister Musalia Mudavadi said at a news conference in Nairobi that Ramaphosa had told Ruto during the call that the levy would go.\n\n" +
			"Mudavadi said at the news conference in Nairobi that fuel prices would fall in March.",
			[]want{{"the levy would go", "nairobi"}, {"fuel prices would fall in March", "mudavadi"}}},
		{"a reporter's question naming the other leader tells nothing of the answer", kenyaSA +
			"Speaking at a news conference in Nairobi, Ruto said the talks had been long.\n\nAsked whether Ramaphosa was a friend, Ruto said at the news conference in Nairobi: “Yes, he always was.”",
			[]want{{"the talks had been long", "nairobi"}, {"Yes, he always was", "ruto"}}},
		{"Sir before a known name", starmerXi + "Sir Keir Starmer assured Xi Jinping he wanted steadier ties on climate finance.",
			[]want{{"he wanted steadier ties on climate finance", "downing-street"}}},
		{"a capital's embassy in the other country", starmerXi + "Beijing’s embassy in Britain said that Xi had welcomed the new government.",
			[]want{{"Xi had welcomed the new government", "beijing"}}},
		{"an adjective's embassy in the other capital", starmerXi + "The Chinese embassy in London said that Xi had welcomed the new government.",
			[]want{{"Xi had welcomed the new government", "beijing"}}},
		{"officials in a capital still speak for it", starmerXi + "Officials in Beijing said that Xi had welcomed the new government.",
			[]want{{"Xi had welcomed the new government", "beijing"}}},
		{"the quotation runs over two paragraphs", albaneseLuxon +
			"The two leaders talked about fisheries and the Pacific forum, a spokeswoman for Albanese said.\n\n" +
			"“The prime ministers agreed to meet again before the forum in Suva.\n\n" +
			"“They also agreed that their trade ministers would settle the dairy quota by June.”",
			[]want{{"The prime ministers agreed to meet again", "canberra"}, {"their trade ministers would settle the dairy quota", "canberra"}}},
		{"no source closes the paraphrase: the quotation stays unattributed", albaneseLuxon +
			"The two leaders talked about fisheries, according to a spokeswoman for Albanese, who gave no further detail on the fleet quotas.\n\n" +
			"“A new era of cooperation is beginning in the Pacific,” read a banner outside the hall.",
			[]want{{"A new era of cooperation", ""}}},
		{"its own readout, after another side's account", macronLula +
			"The Elysee did not answer questions, later releasing its own readout that stated: “Macron also raised the price of beef imports.”",
			[]want{{"Macron also raised the price of beef imports", "elysee"}}},
		{"a statement which said", macronLula + "The Elysee later issued a statement which said Macron had raised the price of beef imports.",
			[]want{{"Macron had raised the price of beef imports", "elysee"}}},
		{"as the side reported", rutoTinubu + "As the Nigerian presidency reported, Tinubu told Ruto that Abuja, using new scanners, continues to check every cargo ship.",
			[]want{{"continues to check every cargo ship", "abuja"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccounts(t, tt.text, tt.want)
		})
	}
}

// TestAsStatedQuotation: "As the aide stated, “…”" gives a quotation,
// read as the speaker's own words, not a paraphrase that opens with a
// quotation mark.
func TestAsStatedQuotation(t *testing.T) {
	p := runText(t, "Ruto and Tinubu talk\n\nKenyan President William Ruto spoke with Nigerian President Bola Tinubu on Tuesday.\n\n"+
		"As the Kenyan presidency stated, “Ruto asked for help with the rail loan. Tinubu promised to study the request.”")
	st, _ := accountStatement(t, p, "Ruto asked for help with the rail loan")
	if st.Kind != Quote || st.Text[0] == "“"[0] {
		t.Errorf("got %s %q, want the quotation's words as a quote:%s", st.Kind, st.Text, dumpExtraction(p.extraction))
	}
}
