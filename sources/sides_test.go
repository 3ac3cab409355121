package sources

import "testing"

// TestSideAccounts: a party's words that name no channel are its side's
// account of the call — its government's, else its leader's own named
// channel; a channel the article names keeps its own account.
func TestSideAccounts(t *testing.T) {
	xiTrump := "Xi presses Trump on trade\n\nChinese President Xi Jinping spoke with US President Donald Trump on Thursday.\n\n"
	putinTrump := "Putin and Trump talk\n\nRussian President Vladimir Putin spoke with US President Donald Trump on Tuesday.\n\n"
	zelenskyTrump := "Zelensky and Trump talk\n\nUkrainian President Volodymyr Zelensky spoke with US President Donald Trump on Friday.\n\n"
	type want = accountWant
	tests := []struct {
		name, text string
		want       []want
	}{
		{"the leader's name and the readout are one account", xiTrump +
			"According to the Chinese readout, Xi said the two sides should cooperate.\n\nXi also said Washington should lift its sanctions.",
			[]want{{"the two sides should cooperate", "beijing"}, {"Washington should lift its sanctions", "beijing"}}},
		{"told the other leader, no channel named", putinTrump +
			"The Kremlin said the call had been frank.\n\nPutin told Trump that Russia would release ten prisoners.",
			[]want{{"the call had been frank", "kremlin"}, {"Russia would release ten prisoners", "kremlin"}}},
		{"an aide relaying the call speaks for his government, and the leader's post joins it", zelenskyTrump +
			"Zelensky wrote on X that the call was productive.\n\nUmerov said the sides had agreed to meet next week.",
			[]want{{"the call was productive", "kyiv"}, {"the sides had agreed to meet next week", "kyiv"}}},
		{"an official relaying the call joins the leader's channel when it is all there is", zelenskyTrump +
			"Zelensky wrote on X that the call was productive.\n\nForeign Minister Andrii Sybiha said the sides had agreed to meet next week.",
			[]want{{"the call was productive", "zelensky"}, {"the sides had agreed to meet next week", "zelensky"}}},
		{"the leader's published channel before his remarks", zelenskyTrump +
			"Zelensky wrote on X that the call was productive.\n\nIn his nightly video address, Zelensky said more air defence was coming.\n\nTrump said he liked the Ukrainian leader.\n\nZelensky said the drone deal was the key outcome.",
			[]want{{"the call was productive", "zelensky"}, {"the drone deal was the key outcome", "zelensky"}, {"more air defence was coming", "zelensky-video-address"}}},
		{"the leader's own post beside his government's readout is one account", xiTrump +
			"The Chinese readout said Xi urged Trump to ease chip controls.\n\nIn his video address, Xi said the call had been candid.\n\nTrump told reporters in the Oval Office that Xi was a tough man.",
			[]want{{"ease chip controls", "beijing"}, {"the call had been candid", "beijing"}, {"Xi was a tough man", "trump"}}},
		{"the leader's remarks on the call beside his government's readout join it", putinTrump +
			"The Kremlin said Putin told Trump that talks could resume.\n\nSpeaking at a forum in Sochi, Putin said the call had been useful.",
			[]want{{"talks could resume", "kremlin"}, {"the call had been useful", "kremlin"}}},
		{"a channel the article names keeps its own account", putinTrump +
			"The Kremlin said the call had been frank.\n\nTrump wrote on Truth Social that the call went well.\n\nSpeaking in the Rose Garden, Trump said a summit was possible.",
			[]want{{"the call went well", "trump"}, {"a summit was possible", "trump-rose-garden"}}},
		{"an official on other things keeps his own words", putinTrump +
			"The White House said the call had been useful.\n\nWhite House press secretary Karoline Leavitt said the tariffs on steel would stay.",
			[]want{{"the call had been useful", "white-house"}, {"the tariffs on steel would stay", "leavitt"}}},
		{"the other leader's words as a readout tells them are the readout's", xiTrump +
			"According to the Chinese readout, Trump said the US did not seek a new cold war.\n\nThe Chinese statement said Trump had praised the trade truce.",
			[]want{{"the US did not seek a new cold war", "beijing"}, {"Trump had praised the trade truce", "beijing"}}},
		{"a side's account that opens the sentence is its source", xiTrump +
			"The White House said the call was long.\n\nIn the Chinese account, Trump was quoted as saying that the US would keep the truce.\n\nIn a statement, the White House said the call went well.",
			[]want{{"the US would keep the truce", "beijing"}, {"the call went well", "white-house"}}},
		{"a side's account of the call is its readout", xiTrump +
			"Xi told Trump that Taiwan was a red line, according to the Chinese readout.\n\nAccording to the Chinese account, Trump said the US would keep the truce.",
			[]want{{"the US would keep the truce", "beijing"}}},
		{"an office without a country speaks for the person it reports", "Japan and Philippines talk\n\nJapanese Prime Minister Kenji Arakawa spoke with Philippine President Ramon Delacruz on Monday, Japan's foreign ministry said.\n\n" +
			"Delacruz thanked Japan for its flood aid, the presidential palace said.",
			[]want{{"thanked Japan for its flood aid", "manila"}}},
		{"an attribution set between the subject and its verb reports the subject", xiTrump +
			"The Chinese foreign ministry said Xi told Trump that tariffs hurt both sides. Trump, the ministry said, stressed that talks should go on and called for more soybean sales.",
			[]want{{"talks should go on", "beijing"}, {"called for more soybean sales", "beijing"}}},
		{"a leader's press service is his side's", "Xi and Abenov talk\n\nKazakh President Yerlan Abenov spoke with Chinese President Xi Jinping on Monday.\n\n" +
			"Abenov invited Xi to a summit in Astana, his press service said.",
			[]want{{"invited Xi to a summit in Astana", "astana"}}},
		{"a separate occasion lends no channel to the words before it", "Xi and Abenov talk\n\nKazakh President Yerlan Abenov spoke with Chinese President Xi Jinping on Monday.\n\n" +
			"Abenov invited Xi to a summit in Astana, his press service said. Abenov described the talks as “warm.”\n\nIn a separate interview with Khabar television, Abenov said his country would stay neutral.",
			[]want{{"warm", "astana"}, {"his country would stay neutral", "abenov"}}},
		{"a spokesman the article gives no country speaks for the leader he relays", "Kenya and Britain talk\n\nKenyan President Paul Mwangi spoke with British Prime Minister Daniel Harwood on Monday, Downing Street said.\n\n" +
			"Mwangi urged Britain to ease visa rules, presidential spokesman Hussein Omondi said.",
			[]want{{"ease visa rules", "nairobi"}}},
		{"a readout from a capital is its government's", "Modi and Lula talk\n\nIndian Prime Minister Narendra Modi spoke with Brazilian President Luiz Inacio Lula da Silva on Thursday, Lula's office said.\n\n" +
			"A readout from New Delhi said Modi had invited Lula to India. Modi praised Brazil's farm policy, the readout said.",
			[]want{{"Modi had invited Lula to India", "new-delhi"}, {"praised Brazil's farm policy", "new-delhi"}}},
		{"a ministry's name with “of” in it, and its readout's paragraph", "Modi and Putin talk\n\nRussian President Vladimir Putin called Indian Prime Minister Narendra Modi on Monday, the Ministry of External Affairs said.\n\n" +
			"Modi thanked Putin for the call, the ministry said. The prime minister stressed India's wish for peace.\n\n“Thanks to my friend for the call,” Modi wrote on X.",
			[]want{{"thanked Putin for the call", "new-delhi"}, {"India's wish for peace", "new-delhi"}, {"Thanks to my friend", "new-delhi"}}},
		{"a coordinated participle after a with-clause that reports nothing", "Putin and Xi talk\n\nRussian President Vladimir Putin and Chinese President Xi Jinping held a video call on Tuesday, with the Russian president visiting Minsk and Xi saying Beijing backed peace.\n\n" +
			"The Kremlin said the call was warm. Xinhua said the call was candid.",
			[]want{{"Beijing backed peace", "beijing"}}},
		{"officials in a capital speak for its government", putinTrump +
			"The White House said the call had been useful.\n\nOfficials in Moscow said a summit was likely.",
			[]want{{"a summit was likely", "kremlin"}}},
		{"“the ministry” after a ministry refers back to it, whoever it reports", putinTrump +
			"The Russian foreign ministry said the call was useful. Trump told Putin that sanctions would stay, the ministry said.",
			[]want{{"sanctions would stay", "kremlin"}}},
		{"a country of two words in the possessive", "Japan and South Korea talk\n\nJapanese Prime Minister Hiroshi Sato spoke with South Korean President Park Ji-hoon on Friday, Japan's foreign ministry said.\n\n" +
			"Sato told Park that the two countries should cooperate, the ministry said.\n\nSouth Korea's presidential office said Park had invited Sato to Seoul.",
			[]want{{"Park had invited Sato to Seoul", "seoul"}}},
		{"a side that is not a party to the call", putinTrump +
			"The Kremlin said the call had been frank.\n\nTurkish President Tayyip Erdogan said Istanbul could host talks.",
			[]want{{"Istanbul could host talks", "erdogan"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccounts(t, tt.text, tt.want)
		})
	}
}

// TestPlaceAfterSubject: a place after the subject ("lawmakers in
// London") does not make the subject its government.
func TestPlaceAfterSubject(t *testing.T) {
	p := runText(t, "Britain and Kenya talk\n\nBritish Prime Minister Daniel Harwood spoke with Kenyan President Paul Mwangi on Monday, Downing Street said.\n\n"+
		"Opposition lawmakers in London criticised the plan, saying it lacked detail.")
	checkInvariants(t, p.a, p.extraction)
	if st, acc := statementWith(p.extraction, "it lacked detail"); st != nil && acc != nil && acc.ID == "downing-street" {
		t.Errorf("the lawmakers' words are Downing Street's:%s", dumpExtraction(p.extraction))
	}
}
