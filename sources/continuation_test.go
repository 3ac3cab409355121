package sources

import "testing"

// TestContinuations: sentences without an attribution that go on with
// the reported statement before them are its account's; the journalist's
// background, someone else as subject and a quotation are not.
func TestContinuations(t *testing.T) {
	xi := "Xi and Trump talk\n\nChinese President Xi Jinping spoke with US President Donald Trump on Thursday.\n\n"
	putin := "Putin and Trump talk\n\nRussian President Vladimir Putin spoke with US President Donald Trump on Tuesday.\n\n"
	modi := "Modi and Trump talk\n\nIndian Prime Minister Narendra Modi spoke with US President Donald Trump on Tuesday.\n\n"
	type want = accountWant
	tests := []struct {
		name, text string
		want       []want
	}{
		{"an enumeration after the readout", xi +
			"According to the Chinese readout, Xi said relations needed a steady hand. He set out three points. First, both countries should respect each other's interests. Second, they should expand trade in farm goods. Third, the US side should view China's rise objectively.",
			[]want{{"relations needed a steady hand", "beijing"}, {"He set out three points", ""}, {"First, both countries should respect each other's interests", "beijing"},
				{"they should expand trade in farm goods", "beijing"}, {"the US side should view China's rise objectively", "beijing"}}},
		{"the next paragraph, the two sides as subject", putin +
			"The Kremlin said in a statement that Putin backed a pause on strikes against power plants.\n\nThe two presidents also discussed the Middle East and agreed to work together there.",
			[]want{{"The two presidents also discussed the Middle East", "kremlin"}}},
		{"modal sentences after a pronoun's report", xi +
			"Xi told Trump the two sides should keep talking, Xinhua reported. Both sides should deepen cooperation on energy. They should also coordinate at the United Nations.",
			[]want{{"Both sides should deepen cooperation on energy", "beijing"}, {"They should also coordinate at the United Nations", "beijing"}}},
		{"a list of topics", putin +
			"The Kremlin said Putin and Trump discussed a ceasefire in detail. Other topics included energy, shipping and prisoner exchanges.",
			[]want{{"Other topics included energy, shipping and prisoner exchanges", "kremlin"}}},
		{"the two heads of state", xi +
			"According to the Chinese readout, Xi pointed out that the two countries are partners. The two heads of state agreed to expand trade in farm goods.",
			[]want{{"The two heads of state agreed to expand trade in farm goods", "beijing"}}},
		{"a list after a colon, one item a paragraph", putin +
			"The Kremlin said the leaders had agreed on two points:\n\nA pause in strikes on power plants.\n\nAn exchange of 175 prisoners.\n\nRussia launched drones overnight.",
			[]want{{"A pause in strikes on power plants", "kremlin"}, {"An exchange of 175 prisoners", "kremlin"}, {"Russia launched drones overnight", ""}}},
		{"the two sides reviewed", putin +
			"The Kremlin said the call was useful. The two sides also reviewed progress in trade.",
			[]want{{"The two sides also reviewed progress in trade", "kremlin"}}},
		{"the presidents, then they", putin +
			"The Kremlin said the call was useful. The presidents also discussed the Middle East. They agreed to exchange 175 prisoners.",
			[]want{{"The presidents also discussed the Middle East", "kremlin"}, {"They agreed to exchange 175 prisoners", "kremlin"}}},
		{"a list in the sentence after its colon", putin +
			"The Kremlin said Putin backed a pause on strikes. The leaders agreed on three steps: a prisoner swap, a grain corridor and a new round of talks.",
			[]want{{"The leaders agreed on three steps: a prisoner swap, a grain corridor and a new round of talks", "kremlin"}}},
		{"the readout itself as subject", xi +
			"According to the Chinese readout, Xi said relations needed a steady hand. The readout listed two priorities: energy and fentanyl control.",
			[]want{{"two priorities: energy and fentanyl control", "beijing"}}},
		{"a list announced, not given, is no statement", xi +
			"According to the Chinese readout, Xi said relations needed a steady hand. The readout listed two priorities.",
			[]want{{"The readout listed two priorities", ""}}},
		{"a year is the journalist's background", xi +
			"According to the Chinese readout, Xi said relations needed a steady hand.\n\nThe two countries would later sign a trade deal in 2020, ending a long dispute.",
			[]want{{"sign a trade deal", ""}}},
		{"the present perfect is background", putin +
			"The Kremlin said Putin had urged Trump to lift the sanctions. Russia has become a major grain exporter and would stay one.",
			[]want{{"Russia has become a major grain exporter", ""}}},
		{"did not is the journalist's", xi +
			"According to the Chinese readout, Xi said relations needed a steady hand. Taiwan did not come up in the American account, which would be released later.",
			[]want{{"Taiwan did not come up", ""}}},
		{"someone else as subject ends the account", xi +
			"According to the Chinese readout, Xi said relations needed a steady hand.\n\nTrump put the emphasis elsewhere. The talks should go on, the readout noted without naming anyone.",
			[]want{{"Trump put the emphasis elsewhere", ""}}},
		{"analysts are background", xi +
			"According to the Chinese readout, Xi said relations needed a steady hand. Analysts think the two sides could reach a deal soon.",
			[]want{{"the two sides could reach a deal soon", ""}}},
		{"a quotation is not continued", putin +
			"“We will not back down,” Putin said. The war could end soon if the West stopped arming Kyiv.",
			[]want{{"The war could end soon", ""}}},
		{"two paragraphs on, the account has ended", putin +
			"The Kremlin said Putin backed a pause on strikes.\n\nRussia launched drones overnight.\n\nThe two presidents also discussed the Middle East.",
			[]want{{"The two presidents also discussed the Middle East", ""}}},
		{"both leaders describing the call is the journalist's synthesis", xi +
			"According to the Chinese readout, Xi said relations needed a steady hand. Both leaders described the call as constructive.",
			[]want{{"the call as constructive", ""}}},
		{"the reported leader's next speech act goes on the report", modi +
			"Foreign Secretary Vikram Misri said the call lasted 35 minutes. Trump listened to the points made by the Prime Minister and expressed support for the fight against terrorism, the foreign secretary said. Trump also invited Modi to stop in the United States on his way home.",
			[]want{{"Trump listened to the points made by the Prime Minister", "misri"}, {"invited Modi to stop in the United States", "misri"}}},
		{"the reported leader's own post is his", modi +
			"Foreign Secretary Vikram Misri said Trump had expressed support for the fight against terrorism. Trump also wrote on Truth Social that Modi was a great friend.",
			[]want{{"Modi was a great friend", "trump"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccounts(t, tt.text, tt.want)
		})
	}
}

// TestContinuationEvidence: a continued sentence says so and names the
// attribution it continues.
func TestContinuationEvidence(t *testing.T) {
	p := runText(t, "Putin and Trump talk\n\nThe Kremlin said Putin had urged Trump to lift the sanctions. The two leaders also agreed to meet in Saudi Arabia.")
	st, _ := statementWith(p.extraction, "The two leaders also agreed to meet")
	if st == nil {
		t.Fatalf("no continuation:%s", dumpExtraction(p.extraction))
	}
	if st.Evidence.Resolved != ByContinuation || len(st.Evidence.Cue) == 0 || p.a.Slice(st.Evidence.Cue[0]) != "The Kremlin said" {
		t.Errorf("evidence %+v, want a continuation of “The Kremlin said”", st.Evidence)
	}
}
