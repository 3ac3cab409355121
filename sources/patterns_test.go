package sources

import "testing"

// TestRealPatterns: the ways real articles give one side's words that the
// round-3 readings found — speech acts in relative clauses and
// participles, leaders answering reporters with the attribution after the
// quotations, nested attributions, attributions that interrupt or follow a
// clause — each checked for the account that holds the words, or for no
// account at all.
func TestRealPatterns(t *testing.T) {
	usRU := "Trump and Putin talk\n\nWASHINGTON — President Donald Trump spoke with Vladimir Putin on Monday.\n\n"
	usCN := "Xi and Trump talk\n\nChinese President Xi Jinping spoke with US President Donald Trump on Thursday.\n\n"
	uaUS := "Zelensky and Trump talk\n\nUkrainian President Volodymyr Zelensky spoke with US President Donald Trump on Friday.\n\n"
	frRU := "Macron and Putin talk\n\nEmmanuel Macron spoke with Vladimir Putin on Tuesday.\n\n"
	type want = accountWant
	tests := []struct {
		name, text string
		want       []want
	}{
		{"what the leader called it", usRU + "The leaders spoke for two hours, which resulted in what Trump called \"great progress.\"",
			[]want{{"great progress.", "trump"}}},
		{"called as naming, not as phoning", usRU + "Zelensky called the conversation \"probably the best\" yet.\n\nTrump called Putin again on Tuesday to discuss the war.",
			[]want{{"the conversation \"probably the best\" yet", "zelensky"}, {"Putin again on Tuesday", ""}}},
		{"called with a long object before the quotation", uaUS + "Zelensky called the deal on the exchange of prisoners of war \"the main result\" of the day.",
			[]want{{"the deal on the exchange of prisoners of war \"the main result\"", "zelensky"}}},
		{"called with a name set off by commas", uaUS + "Zelensky called his talk with his counterpart, Donald Trump, \"the best so far.\"",
			[]want{{"his talk with his counterpart, Donald Trump, \"the best so far.\"", "zelensky"}}},
		{"called, then another clause with a quotation", usRU + "Trump called Putin on Monday, and the two discussed a \"peace plan.\"",
			[]want{{"the two discussed a \"peace plan.\"", ""}}},
		{"called with an infinitive is a phone call", usRU + "Trump called Putin again to discuss the \"peace plan.\"",
			[]want{{"the \"peace plan.\"", ""}}},
		{"a trailing conclusion", usRU + "Ushakov said the call was useful.\n\nOnce the proposals are exchanged, the sides will meet again, Ushakov concluded.",
			[]want{{"the sides will meet again", "kremlin"}}},
		{"a paragraph that an according-to opens is the source's", usCN + "According to the Chinese readout, Trump said he valued the relationship. The United States does not seek to contain China. Washington will send two cabinet secretaries to Beijing.",
			[]want{{"The United States does not seek to contain China", "beijing"}, {"Washington will send two cabinet secretaries", "beijing"}}},
		{"present-tense background after a report in the middle of a paragraph is the journalist's", usCN + "Xi said, according to the Chinese readout, that trade mattered. The United States does not recognise the new rules.",
			[]want{{"The United States does not recognise the new rules", ""}}},
		{"a past-tense sentence in an opened paragraph is the journalist's", usCN + "According to the Chinese readout, Trump said he valued the relationship. The United States did not publish its own readout.",
			[]want{{"did not publish its own readout", ""}}},
		{"furthermore goes on with the report", usCN + "The Chinese readout said Xi urged restraint. The two sides should manage their differences. Furthermore, China is entitled to grow.",
			[]want{{"China is entitled to grow", "beijing"}}},
		{"the family name alone, then the full name", "Readouts of the call\n\nXi Jinping and Joe Biden spoke by phone on Tuesday. President Xi urged progress on trade.\n\nAccording to the Chinese readout, Biden said he does not seek a new Cold War.",
			[]want{{"urged progress on trade", "beijing"}}},
		{"with one leader urging, but the other hitting back", frRU + "The two spoke for two hours, with the French leader urging a truce but the Russian president hitting back that the alliance had provoked the crisis.",
			[]want{{"urging a truce", "macron"}, {"the alliance had provoked the crisis", "putin"}}},
		{"a participle completing a verb inside a report is the reporter's", usRU + "Kremlin aide Yuri Ushakov said the call lasted an hour, and opened with Trump announcing a new trade deal.",
			[]want{{"announcing a new trade deal", "kremlin"}}},
		{"a readout of the call from an aide", usRU + "A readout of the call from Kremlin aide Yuri Ushakov said the conversation lasted an hour.",
			[]want{{"the conversation lasted an hour", "kremlin"}}},
		{"topics that were not discussed", usCN + "Trump said the call was about trade. Topics such as Iran and the war were not discussed.",
			[]want{{"Topics such as Iran and the war were not discussed", "trump"}}},
		{"announcing the call itself says nothing", usRU + "Press secretary Karoline Leavitt announced the call between the two leaders at her briefing, saying Trump raised the issue of prisoners. The Kremlin confirmed the call took place.",
			[]want{{"the call between the two leaders", ""}, {"Trump raised the issue of prisoners", "white-house"}, {"the call took place", "kremlin"}}},
		{"a quotation, then the agency quoting the leader", usCN + "\"Whoever lights the match will feel the heat,\" Xinhua quoted Xi as saying.",
			[]want{{"Whoever lights the match will feel the heat", "beijing"}}},
		{"the state news agency, after the article named it", usCN + "\"We will keep talking,\" Xinhua quoted Xi as saying.\n\n\"Both sides found the call useful,\" the state news agency reported.",
			[]want{{"Both sides found the call useful", "beijing"}}},
		{"the state news agency, when the article named none, of the only side with state media", usCN + "\"Both sides found the call useful,\" the state news agency reported.",
			[]want{{"Both sides found the call useful", "beijing"}}},
		{"a phrase fronted in the reported clause", usRU + "Trump told reporters the call was \"very good.\"\n\nKremlin aide Yuri Ushakov said that during the call, Trump told Putin that the war must end.",
			[]want{{"the war must end", "kremlin"}, {"during the call", ""}}},
		{"a news organisation's report of a leader's words is its own channel", uaUS + "Trump told reporters the call was \"very good.\"\n\nAn Axios source said that while they spoke, Trump promised Zelensky to look into the weapons deliveries.",
			[]want{{"Trump promised Zelensky to look into the weapons deliveries", "trump-axios"}}},
		{"a pronoun after a participle's clause is the sentence's subject", usRU + "The Kremlin said Putin invited Trump to Moscow.\n\nTrump praised the Russian leader in a post, saying that Putin \"even liked my slogan.\"\n\nHe said they both agreed to stop the war.",
			[]want{{"they both agreed to stop the war", "trump"}}},
		{"a participle describing the talks", usRU + "Trump wrote on Truth Social that the call went well, describing the talks as \"truly fruitful.\"",
			[]want{{"the talks as \"truly fruitful.\"", "trump"}}},
		{"quotations, then the attribution in a sentence of its own", usRU + "\"We had a great call. We talked about everything.\" \"It was long.\" Trump told reporters aboard Air Force One.",
			[]want{{"We had a great call", "trump"}, {"It was long.", "trump"}}},
		{"a sentence after the quotations tells where they were said", usCN + "Trump wrote on Truth Social that the talk was excellent.\n\n\"We had a very good call,\" Trump said later. \"We are in very good shape with China.\" Trump made the remarks to reporters in the Oval Office.",
			[]want{{"We had a very good call", "trump-oval-office"}, {"We are in very good shape with China.", "trump-oval-office"}, {"the talk was excellent", "trump"}}},
		{"a speaking aside beside the subject", usCN + "Trump wrote on Truth Social that the talk was excellent.\n\nTrump, speaking to reporters aboard Air Force One on his way home, was less forthcoming. \"It was a long call,\" he said.",
			[]want{{"It was a long call", "trump-air-force-one"}}},
		{"a paragraph of quotations, then the attribution", usRU + "The Kremlin said the call was useful.\n\n\"We had a great call. We went over many subjects.\"\n\nTrump told reporters aboard Air Force One on Sunday night.",
			[]want{{"We had a great call", "trump"}}},
		{"a paragraph of quotations after the speaker's quotation", usRU + "\"It was a good call,\" Trump told reporters at the White House.\n\n\"We will see what happens. Nobody knows.\"",
			[]want{{"We will see what happens", "trump"}}},
		{"a paragraph of quotations after someone else's report is no one's", usRU + "The Kremlin said the call was useful.\n\n\"We will see what happens. Nobody knows.\"",
			[]want{{"We will see what happens", ""}}},
		{"the readout's report of the other side", "Sultanov presses Xi on trade\n\nChinese President Xi Jinping spoke with Daniyar Sultanov on Monday.\n\nSultanov raised the question of transit fees, the Chinese readout said.",
			[]want{{"Sultanov raised the question of transit fees", "beijing"}}},
		{"a question and its answer", usRU + "Asked whether he had made any progress, Trump said: \"No, not yet.\"",
			[]want{{"No, not yet.", "trump"}}},
		{"the other leader in the readout is the readout's", usCN + "Trump reaffirmed the One-China policy, according to Chinese state media.",
			[]want{{"Trump reaffirmed the One-China policy", "beijing"}}},
		{"the call as the aide tells it", usRU + "The call began with Trump announcing a new ceasefire proposal, Kremlin aide Yuri Ushakov said.",
			[]want{{"announcing a new ceasefire proposal", "kremlin"}}},
		{"a pronoun after a reported clause is the reporter", uaUS + "Zelensky wrote on X that the call was good. Kyiv is \"ready to buy\" more Patriot systems and Trump had confirmed that Washington was working to help, he added.",
			[]want{{"Kyiv is \"ready to buy\" more Patriot systems and Trump had confirmed", "zelensky"}}},
		{"a report goes on after its trailing attribution", usCN + "According to the Chinese readout, Xi said trade mattered. The two sides should use the consultation mechanism, he said, and the United States should be realistic about what had been achieved.",
			[]want{{"the United States should be realistic", "beijing"}}},
		{"a speech act after the aide's trailing attribution", "Xi and Putin talk\n\nVladimir Putin and Xi Jinping held a video call on Tuesday.\n\nThe call lasted an hour, Kremlin aide Yuri Ushakov told reporters. Putin informed Xi in detail about the talks with Washington, he said, and Xi expressed support for the dialogue.",
			[]want{{"Putin informed Xi in detail", "kremlin"}, {"Xi expressed support for the dialogue", "kremlin"}}},
		{"a subordinate clause ends at its comma", usRU + "While the White House hailed a first step toward peace, Moscow made clear it was in no hurry.",
			[]want{{"Moscow made clear", ""}}},
		{"an interrupting attribution with an object", frRU + "The Kremlin said Putin blamed the West. Any peace deal, he told Macron, should be comprehensive.",
			[]want{{"should be comprehensive", "kremlin"}}},
		{"the government's account named beside the verb", frRU + "The Élysée said Macron urged a ceasefire. Putin, in the Kremlin's account, said Europe was at fault.",
			[]want{{"Europe was at fault", "kremlin"}}},
		{"an interview with a newspaper named after its kind", frRU + "The Élysée said Macron urged a ceasefire. Macron told the newspaper Le Parisien that he had no illusions.",
			[]want{{"he had no illusions", "macron"}}},
		{"a venue before a time", usRU + "Asked about the call at the White House on Wednesday, press secretary Karoline Leavitt said the tariffs on steel would stay.",
			[]want{{"the tariffs on steel would stay", "leavitt"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccounts(t, tt.text, tt.want)
		})
	}
}

// TestVenueChannels: the channel names of the patterns above.
func TestVenueChannels(t *testing.T) {
	for _, tt := range []struct{ text, statement, channel string }{
		{"Call\n\nAsked about the call at the White House on Wednesday, press secretary Karoline Leavitt said the tariffs would stay.", "the tariffs would stay", "remarks at the White House"},
		{"Call\n\nMacron told the newspaper Le Parisien that he had no illusions.", "he had no illusions", "interview with the newspaper Le Parisien"},
		{"Call\n\nMacron told the French daily Le Monde that he had no illusions.", "he had no illusions", "interview with the French daily Le Monde"},
	} {
		p := runText(t, tt.text)
		st, acc := statementWith(p.extraction, tt.statement)
		if st == nil || acc == nil || acc.Channel != tt.channel {
			t.Errorf("%q: want channel %q:%s", tt.text, tt.channel, dumpExtraction(p.extraction))
		}
	}
}

// TestHeadlineParties: a country listed among a headline's topics is no
// party to the call.
func TestHeadlineParties(t *testing.T) {
	p := runText(t, "PM Modi, Trump discuss trade, Pakistan in 35-minute call\n\nNew Delhi: Prime Minister Narendra Modi spoke to President Donald Trump on Tuesday.\n")
	var keys []string
	for _, party := range p.parties {
		keys = append(keys, party.Key)
	}
	if len(keys) != 2 || keys[0] != "IN" || keys[1] != "US" {
		t.Errorf("parties %q, want IN and US", keys)
	}
}
