package sources

import (
	"strings"
	"testing"
)

// TestReportingPatterns6: ways news stories attribute words that an
// article nobody tuned for uses, each in sentences written here.
func TestReportingPatterns6(t *testing.T) {
	usMX := "Trump and Sheinbaum talk\n\nMexican President Claudia Sheinbaum spoke with US President Donald Trump late on Wednesday.\n\n"
	usCN := "Xi and Trump talk\n\nChinese President Xi Jinping spoke with US President Donald Trump late on Thursday.\n\n"
	usRU := "Trump and Putin talk\n\nWASHINGTON — President Donald Trump spoke with Vladimir Putin on Monday.\n\n"
	type want = accountWant
	tests := []struct {
		name, text string
		want       []want
	}{
		{"the official, named again", usRU + "A Russian official told reporters the call had been calm.\n\n\"Nothing new was agreed,\" the official said.",
			[]want{{"Nothing new was agreed", "kremlin"}}},
		{"an institution's press office", usRU + "The Kremlin's press office said that the leaders would speak again.",
			[]want{{"the leaders would speak again", "kremlin"}}},
		{"the age for the name", usRU + "Trump said the call went well.\n\nThe 78-year-old wrote on Truth Social, \"We will end the war.\"",
			[]want{{"We will end the war", "trump"}}},
		{"back in a place is no earlier time", usRU + "Back in Washington, Trump told reporters the call was \"very good.\"",
			[]want{{"the call was \"very good.\"", "trump"}}},
		{"a quotation after the speaker's paraphrase", usCN + "Xi urged Washington to show restraint. \"Both sides must avoid escalation.\"",
			[]want{{"Both sides must avoid escalation", "xi"}}},
		{"a quotation after someone else's sentence", usCN + "Xi urged Washington to show restraint. Trump disagreed. \"Both sides must avoid escalation.\"",
			[]want{{"Both sides must avoid escalation", ""}}},
		{"a quotation after a past statement", usCN + "Xi had urged Washington to show restraint. \"Both sides must avoid escalation.\"",
			[]want{{"Both sides must avoid escalation", ""}}},
		{"with a participle after the trailing attribution", usRU + "The call lasted two hours, a White House statement said, with both presidents agreeing to meet in Geneva.",
			[]want{{"both presidents agreeing to meet in Geneva", "white-house"}}},
		{"with a speaker of its own after the trailing attribution", usRU + "The call lasted two hours, the White House said, with a Kremlin aide saying the talks were useful.",
			[]want{{"The call lasted two hours", "white-house"}, {"the talks were useful", "kremlin"}}},
		{"with and no participle after the trailing attribution", usRU + "The call lasted two hours, the White House said, with no date set for another.",
			[]want{{"no date set for another", ""}}},
		{"the war someone said would end", usRU + "Trump said the call was good.\n\nThe offensive that Putin said would end by spring goes on.",
			[]want{{"would end by spring", ""}}},
		{"that after a reporting verb opens its clause", usRU + "Putin added that European capitals had dismissed Moscow's proposals.",
			[]want{{"had dismissed Moscow's proposals", "putin"}}},
		{"a relative clause of place with a pronoun", usMX + "Sheinbaum wrote on X that the call went well.\n\nHer post answered Trump's message on Truth Social, where he wrote, \"Mexico will stop the caravans.\"",
			[]want{{"Mexico will stop the caravans", "trump"}}},
		{"a pronoun the sentence's names do not fit", usMX + "Sheinbaum wrote on X that the call went well.\n\nSheinbaum's post came on Thursday, when he claimed, \"Mexico will stop the caravans.\"",
			[]want{{"Mexico will stop the caravans", ""}}},
		{"a trailing attribution that ends with a comma", usRU + "\"The two sides agreed to meet again,\" the Kremlin said,\n\nThe call lasted an hour.",
			[]want{{"The two sides agreed to meet again", "kremlin"}}},
		{"a readout reads", usCN + "A readout issued by the Chinese foreign ministry read that both presidents valued regular contact.",
			[]want{{"both presidents valued regular contact", "beijing"}}},
		{"a statement reads with a colon", usRU + "The Kremlin statement read: \"The sides agreed to stay in touch.\"",
			[]want{{"The sides agreed to stay in touch", "kremlin"}}},
		{"a person who read something says nothing", usRU + "Trump said the call was good. Putin read that the talks had failed.",
			[]want{{"the talks had failed", ""}}},
		{"a possessive's claim that", usMX + "Sheinbaum pushed back against Trump's assertion that Mexico would halt the caravans.",
			[]want{{"Mexico would halt the caravans", "trump"}}},
		{"a claim without its speaker is no one's", usMX + "The claim that Mexico would halt the caravans surprised many.",
			[]want{{"Mexico would halt the caravans", ""}}},
		{"president-elect is a title", "Trump and Sheinbaum talk\n\nMexican President Claudia Sheinbaum dismissed President-elect Trump's assertion that Mexico would halt the caravans.\n\nTrump wrote on Truth Social that the call went well.",
			[]want{{"the call went well", "trump"}, {"Mexico would halt the caravans", "trump"}}},
		{"her remarks clarified", usMX + "Sheinbaum replied in a message on X, calling it a \"useful exchange.\"\n\nStill, her remarks clarified that Mexico would keep its crossings open.",
			[]want{{"Mexico would keep its crossings open", "sheinbaum"}}},
		{"a phrase fronted after that and a comma", usRU + "Trump said that, during his call with Putin, he thanked him for the release of a prisoner.",
			[]want{{"during his call with Putin", ""}, {"thanked him for the release of a prisoner", "trump"}}},
		{"denied with a clause and no that", usRU + "A Russian official told reporters the call had been calm. The official denied there was any talk of sanctions.",
			[]want{{"there was any talk of sanctions", "kremlin"}}},
		{"agreed to is no statement", usRU + "Trump said the call was good. Putin agreed to meet in Geneva.",
			[]want{{"meet in Geneva", ""}}},
		{"agreed with a pronoun's clause", usRU + "Trump said the call was good. Putin agreed he would meet Trump in Geneva.",
			[]want{{"he would meet Trump in Geneva", "putin"}}},
		{"the sentence's subject before its pronoun", usRU + "Peskov told reporters the call was long.\n\nArriving in Washington, Trump was asked if the Kremlin's account was right, to which he replied, \"Not at all, not really.\"",
			[]want{{"Not at all, not really.", "trump"}}},
		{"Beijing opening a sentence is its subject", usCN + "Trump said the call went well. Beijing, meanwhile, said the talks were candid.",
			[]want{{"the talks were candid", "beijing"}}},
		{"a subject with a long apposition, then said and a clause", usCN + "The Chinese readout said Xi urged calm.\n\nAnna Berg, a senior fellow and head of the China desk at the Institute for Peace Studies in Oslo, said the Chinese readout was written for a domestic audience.",
			[]want{{"Anna Berg, a senior fellow", ""}, {"the Chinese readout was written for a domestic audience", "berg"}}},
		{"an inverted speaker after the statement", usCN + "The talks were candid, said the Chinese foreign ministry.",
			[]want{{"The talks were candid", "beijing"}}},
		{"according to the reports of a side's media", usCN + "The two leaders held candid talks, according to the reports of Chinese state media.",
			[]want{{"The two leaders held candid talks", "beijing"}}},
		{"state media before the article names the outlet", usCN + "The two leaders held candid talks, state media reported.\n\n\"We oppose any move,\" Xinhua quoted Xi as saying.",
			[]want{{"The two leaders held candid talks", "beijing"}}},
		{"a one-word answer", usRU + "Trump was asked by a reporter whether the Kremlin version was accurate, to which he replied, \"No.\"",
			[]want{{"No.", "trump"}}},
		{"a word quoted from a clause is no statement of its own", usRU + "Trump said the talks were \"productive\" and would go on.",
			[]want{{"the talks were \"productive\" and would go on", "trump"}}},
		{"with the journalist's background after the trailing attribution", usRU + "The call lasted two hours, the Kremlin said, with heavy fighting continuing in the east.",
			[]want{{"heavy fighting continuing in the east", ""}}},
		{"the source after someone else spoke is no one", usRU + "The Kremlin said the call was useful. A source familiar with the talks told Axios that Trump was frustrated. Trump said the call was long.\n\n\"The mood was tense,\" the source said.",
			[]want{{"The mood was tense", ""}}},
		{"the official, after a sentence about the leaders", usRU + "A Russian official told reporters the readout was wrong.\n\nPutin and Trump spoke for an hour about trade.\n\n\"Nothing new was agreed,\" the official said.",
			[]want{{"Nothing new was agreed", "kremlin"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAccounts(t, tt.text, tt.want)
		})
	}
}

// TestTitleCaseParties: a headline in title case names its parties even
// when a verb in capitals follows a name.
func TestTitleCaseParties(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Kishida, Xi Pledge Fisheries Talks at Summit\n\nJapan's Prime Minister Fumio Kishida and China's President Xi Jinping pledged on Sunday to open expert talks on fisheries.\n", []string{"JP", "CN"}},
		{"Erdogan Presses Putin on Prisoner Swap\n\nANKARA — In a call on Tuesday with Russian President Vladimir Putin, Turkish President Recep Tayyip Erdogan said a new swap should go ahead.\n", []string{"RU", "TR"}},
		{"Modi Thanks Putin for Support\n\nIndian Prime Minister Narendra Modi made a phone call on Monday. He then thanked Russian President Vladimir Putin, saying he valued his support.\n", []string{"IN", "RU"}},
		{"Biden Disputes Saudi Account of Meeting\n\nPresident Biden met Saudi Arabia's Crown Prince Mohammed bin Salman in Jeddah on Friday.\n", []string{"US", "SA"}},
		{"Sheinbaum Rejects Trump's Claim on Migrants\n\nMexican President Claudia Sheinbaum rejected a claim by US President Donald Trump.\n\nHe made it after the two leaders spoke by phone on Tuesday.\n", []string{"MX", "US"}},
	} {
		p := runText(t, tt.text)
		var keys []string
		for _, party := range p.parties {
			keys = append(keys, party.Key)
		}
		if len(keys) != len(tt.want) || len(keys) == 2 && (keys[0] != tt.want[0] || keys[1] != tt.want[1]) {
			t.Errorf("%q: parties %q, want %q", tt.text[:40], keys, tt.want)
		}
	}
}

// TestOnePlatformOneAccount: a speaker's posts on one platform are one
// account, however the article names the platform.
func TestOnePlatformOneAccount(t *testing.T) {
	p := runText(t, "Trump and Sheinbaum talk\n\nMexican President Claudia Sheinbaum spoke with US President Donald Trump late on Wednesday.\n\nSheinbaum wrote in a message on the platform X that the call went well.\n\nIn a later message on X, she called it a \"productive exchange.\"")
	_, a := statementWith(p.extraction, "the call went well")
	_, b := statementWith(p.extraction, "\"productive exchange.\"")
	if a == nil || a != b {
		t.Errorf("one platform, two accounts:%s", dumpExtraction(p.extraction))
	}
}

// TestNamedAdjunct: a name set off by commas after the medium of a
// reporting verb does not hide the quotation after it.
func TestNamedAdjunct(t *testing.T) {
	text := "Trump and Putin talk\n\nWASHINGTON — President Donald Trump spoke with Vladimir Putin on Monday.\n\n" +
		"Trump posted on his platform, Truth Social, \"The call went very well.\"\n\n" +
		"Putin spoke on the state broadcaster, Rossiya 1, and Peskov, the spokesman, said \"nothing was agreed.\""
	checkAccounts(t, text, []accountWant{{"The call went very well", "trump"}})
	p := runText(t, text)
	if st, acc := statementWith(p.extraction, "The call went very well"); st == nil || acc.Channel != "Truth Social post" {
		t.Errorf("want the Truth Social post:%s", dumpExtraction(p.extraction))
	}
}

// TestDateInsideAside: the commas of a date inside a relative clause set
// off between the subject and its verb do not end the clause.
func TestDateInsideAside(t *testing.T) {
	text := "Trump and Xi talk\n\nUS President-elect Donald Trump spoke with Chinese President Xi Jinping late on Friday.\n\n" +
		"The incoming US president, who takes office on Monday, January 20, 2031, said he would work with China."
	checkAccounts(t, text, []accountWant{{"he would work with China", "trump"}})
}

// TestPressLendsNoChannel: a news organisation that reports the next
// statement does not become the channel of the one before it.
func TestPressLendsNoChannel(t *testing.T) {
	p := runText(t, "Trump and Xi talk\n\nUS President-elect Donald Trump said that he had a really fine call with Xi Jinping, China's president.\n\n"+
		"According to CNN, Trump expressed hope that the trade dispute could be settled.")
	st, acc := statementWith(p.extraction, "he had a really fine call")
	if st == nil || strings.Contains(acc.Channel, "CNN") {
		t.Errorf("the first statement takes the channel of the news organisation's report:%s", dumpExtraction(p.extraction))
	}
}

// TestByInitials: a name written by its initials is the person the
// article named in full; common abbreviations are no one.
func TestByInitials(t *testing.T) {
	p := newPeople(testCatalog(t))
	mbs := p.add([]string{"Mohammed", "bin", "Salman"}, "SA", -1, 'm')
	amlo := p.add([]string{"Andrés", "Manuel", "López", "Obrador"}, "MX", -1, 'm')
	p.add([]string{"Joe", "Biden"}, "US", -1, 'm')
	for _, tt := range []struct {
		word string
		want *person
	}{
		{"MbS", mbs},
		{"MBS", mbs},
		{"AMLO", amlo},
		{"JB", nil},   // two letters: too short to tell
		{"NATO", nil}, // no one with those initials
		{"mbs", nil},  // a word in lower case
	} {
		if got := p.find([]string{tt.word}); got != tt.want {
			t.Errorf("find(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
