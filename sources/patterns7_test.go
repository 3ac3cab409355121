package sources

import "testing"

// TestSourcePhrases: the phrases that name a source the way "according
// to" does, in front, at the end and between subject and verb.
func TestSourcePhrases(t *testing.T) {
	usRU := "Biden and Putin talk\n\nPresident Joe Biden spoke with Vladimir Putin on Monday.\n\n"
	usCN := "Biden and Xi talk\n\nPresident Joe Biden spoke with Xi Jinping on Friday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"as reported by, trailing", usRU + "Putin urged an end to the sanctions, as reported by the Kremlin's press office.",
			[]want{{"urged an end to the sanctions", "kremlin"}}},
		{"as stated by, trailing", usCN + "The two sides would resume military contacts, as stated by China's foreign ministry.",
			[]want{{"would resume military contacts", "beijing"}}},
		{"as announced by, fronted", usRU + "As announced by the White House, the leaders agreed to meet in Geneva.",
			[]want{{"the leaders agreed to meet in Geneva", "white-house"}}},
		{"per the readout, fronted", usRU + "Per the Kremlin readout, the presidents discussed arms control.",
			[]want{{"the presidents discussed arms control", "kremlin"}}},
		{"as per, trailing", usCN + "Xi warned against decoupling, as per the Chinese statement.",
			[]want{{"warned against decoupling", "beijing"}}},
		{"per cent is no source", usRU + "Trade fell by 40 per cent last year.",
			[]want{{"Trade fell", ""}}},
		{"according with a missing to", usRU + "According a Kremlin readout of the call, Putin raised the fate of prisoners.",
			[]want{{"Putin raised the fate of prisoners", "kremlin"}}},
		{"according to him", usRU + "Biden told reporters the call was frank.\n\nAccording to him, the two would talk again next month.",
			[]want{{"the two would talk again next month", "biden"}}},
	})
}

// TestAsideBeforeTheVerb: a clause set off between a subject and its
// verb may name other people; the subject still speaks, and "he" later is
// still the subject.
func TestAsideBeforeTheVerb(t *testing.T) {
	usRU := "Trump and Putin talk\n\nPresident Donald Trump spoke with Vladimir Putin on Tuesday.\n\n"
	usCN := "Biden and Xi talk\n\nPresident Joe Biden met Xi Jinping on Monday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"a participle naming a prince", usRU + "Trump, commenting on the call while hosting the Crown Prince of Jordan, Hussein bin Abdullah, called it \"excellent.\"\n\nHe also said that they would meet soon.",
			[]want{{"excellent", "trump"}, {"they would meet soon", "trump"}}},
		{"a participle naming a minister", usCN + "Biden, speaking at a news conference with Japan's prime minister, Fumio Kishida, said the talks were candid.",
			[]want{{"the talks were candid", "biden"}}},
		{"a prepositional clause naming a guest", usRU + "Putin, in televised remarks alongside the president of Belarus, Alexander Lukashenko, said the call was useful.",
			[]want{{"the call was useful", "putin"}}},
		{"an according clause", usCN + "Xi, according to the Chinese readout, warned that Taiwan was a red line.",
			[]want{{"Taiwan was a red line", "beijing"}}},
		{"an apposition still names the speaker", usRU + "The Kremlin spokesman, Dmitry Peskov, said the call lasted an hour.",
			[]want{{"the call lasted an hour", "kremlin"}}},
	})
}

// TestAgentlessReadout: after a side's readout is named, its impersonal
// sentences and those whose subject is both leaders go on with it, one
// point to each predicate joined by ", and".
func TestAgentlessReadout(t *testing.T) {
	usRU := "Trump and Putin talk\n\nPresident Donald Trump spoke with Vladimir Putin on Tuesday, as reported by the Kremlin's press office.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"it was noted", usRU + "It was noted that the conversation had been arranged at Washington's request.",
			[]want{{"the conversation had been arranged", "kremlin"}}},
		{"the heads of state spoke about", usRU + "It was noted that the conversation was frank.\n\nThe heads of state spoke about strategic stability, and also noted the need to curb the arms race.",
			[]want{{"The heads of state spoke about strategic stability", "kremlin"}, {"noted the need to curb the arms race", "kremlin"}}},
		{"the leaders of the two countries noted", usRU + "It was noted that the conversation was frank.\n\nThe leaders of the two countries noted the importance of trade.",
			[]want{{"noted the importance of trade", "kremlin"}}},
		{"the leaders met is the journalist's", usRU + "It was noted that the conversation was frank.\n\nThe leaders met twice in Helsinki.",
			[]want{{"The leaders met twice", ""}}},
	})
}

// TestSpeechActVerbs: verbs of protest, reproach and reassurance report
// what a leader said in the talks, in any tense and position.
func TestSpeechActVerbs(t *testing.T) {
	usCN := "Biden and Xi meet\n\nPresident Joe Biden met Xi Jinping on Monday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"objected to", usCN + "Biden objected to China's military drills near Taiwan during the meeting.",
			[]want{{"China's military drills near Taiwan", "biden"}}},
		{"protested against", usCN + "Xi protested against new export controls.",
			[]want{{"new export controls", "xi"}}},
		{"lashed out at", usCN + "Xi lashed out at US chip restrictions.",
			[]want{{"US chip restrictions", "xi"}}},
		{"rebuked, participle", usCN + "Biden raised human rights, rebuking Beijing over its treatment of Uyghurs.",
			[]want{{"over its treatment of Uyghurs", "biden"}}},
		{"conveyed that", usCN + "Xi conveyed that Taiwan was a red line.",
			[]want{{"Taiwan was a red line", "xi"}}},
		{"reassured", usCN + "Biden reassured Xi that Washington did not seek a new Cold War.",
			[]want{{"did not seek a new Cold War", "biden"}}},
		{"a noun after a determiner is no verb", usCN + "The protests in Hong Kong were not discussed.",
			[]want{{"were not discussed", ""}}},
	})
}

// TestDocumentDescribed: a participle or question word after the
// document of an attribution describes the document; the quotation before
// is what was said.
func TestDocumentDescribed(t *testing.T) {
	usRU := "Obama and Putin talk\n\nPresident Barack Obama spoke with Vladimir Putin on Saturday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"a statement outlining what", usRU + "\"We condemn the incursion,\" the White House said in a statement outlining what the leaders covered.",
			[]want{{"We condemn the incursion", "white-house"}, {"the leaders covered", ""}}},
		{"a readout summarizing how", usRU + "\"The talks were frank,\" the Kremlin said in a readout summarizing how the call went.",
			[]want{{"The talks were frank", "kremlin"}, {"the call went", ""}}},
		{"a briefing is a noun", usRU + "The White House said at a news briefing that sanctions would follow.",
			[]want{{"sanctions would follow", "white-house"}}},
		{"a statement saying that", usRU + "The Kremlin said in a statement that the call was businesslike.",
			[]want{{"the call was businesslike", "kremlin"}}},
	})
}

// TestDocumentLists: a side's document set out as bullet points under a
// lede that names it; each point is that side's statement, whoever is
// its subject, and the lede itself says nothing.
func TestDocumentLists(t *testing.T) {
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"dashes under a shared communique", "Biden and Xi meet\n\nThe US publishes its communique from the summit\n\n- US opposes any change to the status quo\n\n- Biden raised human rights in Tibet\n\nThe talks lasted three hours.",
			[]want{{"US opposes any change to the status quo", "white-house"}, {"raised human rights in Tibet", "white-house"},
				{"publishes its communique", ""}, {"The talks lasted three hours", ""}}},
		{"bullets under a released readout", "Putin and Scholz talk\n\nThe Kremlin released its readout of the call\n\n• Russia is open to talks on energy\n\n• Putin criticised arms deliveries to Kyiv",
			[]want{{"Russia is open to talks on energy", "kremlin"}, {"criticised arms deliveries to Kyiv", "kremlin"}}},
		{"related links stay skipped", "Putin and Scholz talk\n\nScholz told Putin that Russia should withdraw its troops.\n\nRelated coverage\n\n- Russia is open to talks on energy\n\n- Germany sends more tanks",
			[]want{{"Russia is open to talks on energy", ""}, {"Germany sends more tanks", ""}}},
		{"published a readout names a document only", "Biden and Xi talk\n\nPresident Joe Biden spoke with Xi Jinping on Tuesday.\n\nXinhua published a readout of the call.",
			[]want{{"published a readout", ""}}},
	})
}

// TestReportGoesOnAboutItsSubject: a report whose statement opens with a
// leader as subject goes on in the next sentences about that leader, and
// in both leaders' agreement.
func TestReportGoesOnAboutItsSubject(t *testing.T) {
	usRU := "Putin calls Obama\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"the caller goes on", usRU + "Vladimir Putin called Barack Obama on Monday about the crisis, according to a White House readout.\n\nPutin called to discuss a US proposal. Both leaders agreed that their ministers should meet.",
			[]want{{"Putin called to discuss a US proposal", "white-house"}, {"their ministers should meet", "white-house"}}},
		{"someone else does not", usRU + "Vladimir Putin called Barack Obama on Monday about the crisis, according to a White House readout.\n\nMerkel called to discuss the crisis too.",
			[]want{{"Merkel called to discuss the crisis", ""}}},
	})
}

// TestNounsOfSaying: a noun of saying with a side's adjective or
// possessive ("the Chinese interpretation that …", "Moscow's version that
// …") is that side's statement.
func TestNounsOfSaying(t *testing.T) {
	usCN := "Biden and Xi meet\n\nPresident Joe Biden met Xi Jinping on Monday.\n\n"
	usRU := "Biden and Putin talk\n\nPresident Joe Biden spoke with Vladimir Putin on Monday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"the Chinese interpretation that", usCN + "That contrasts with the Chinese interpretation that Washington opposes any change in the strait.",
			[]want{{"Washington opposes any change in the strait", "beijing"}}},
		{"the Russian argument that", usRU + "The White House disputed the Russian argument that sanctions were never raised.",
			[]want{{"sanctions were never raised", "kremlin"}}},
		{"a possessive's interpretation that", usRU + "Few shared Putin's interpretation that the troops were on exercises.",
			[]want{{"the troops were on exercises", "putin"}}},
		{"an argument without its side is no one's", usRU + "The argument that the troops were on exercises was doubted.",
			[]want{{"the troops were on exercises", ""}}},
	})
}

// TestQuotedVerb: a quotation that opens with the reporting verb, after
// a subject and a clause set off after it, is the subject's statement.
func TestQuotedVerb(t *testing.T) {
	usCN := "Biden and Xi meet\n\nPresident Joe Biden met Xi Jinping on Monday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"after an according clause", usCN + "Xi, according to the Chinese readout, \"stressed that Taiwan is a red line.\"",
			[]want{{"Taiwan is a red line", "beijing"}}},
		{"after a participle clause", usCN + "Biden, speaking after the talks, \"underscored that the US seeks no conflict.\"",
			[]want{{"the US seeks no conflict", "biden"}}},
		{"a quotation after a comma alone is no cue", usCN + "The talks went on, \"stressed that\" being the word of the day.",
			[]want{{"being the word of the day", ""}}},
	})
}

// TestDemonstrativeMessage: "X conveyed this message" after a clause
// points back at it: the clause is X's statement.
func TestDemonstrativeMessage(t *testing.T) {
	usCN := "Blinken and Wang talk\n\nSecretary of State Antony Blinken spoke with Wang Yi on Thursday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"conveyed this message", usCN + "Border disputes need patient talks, Chinese Foreign Minister Wang Yi conveyed this message in the call.",
			[]want{{"Border disputes need patient talks", "wang"}}},
		{"repeated that point", usCN + "The sanctions must end, Wang repeated that point in the call.",
			[]want{{"The sanctions must end", "wang"}}},
		{"a point that follows is no back reference", usCN + "Wang stressed this point: dialogue must continue.",
			[]want{{"dialogue must continue", "wang"}}},
		{"a bare this before a medium points back, and no words before it are said", usCN + "Wang reported this on his ministry's website.",
			[]want{{"this on his ministry's website", ""}}},
		{"said so after a clause", usCN + "The sanctions must end, Wang said so in the call.",
			[]want{{"The sanctions must end", "wang"}}},
		{"this before a verb opens what was said", usCN + "Wang said this was a useful call.",
			[]want{{"this was a useful call", "wang"}}},
	})
}

// accountCase is a named text and the accounts its statements belong in.
type accountCase struct {
	name, text string
	want       []accountWant
}

// runAccountCases checks each case as a subtest.
func runAccountCases(t *testing.T, cases []accountCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) { checkAccounts(t, tt.text, tt.want) })
	}
}
