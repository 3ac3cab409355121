package sources

import "testing"

// TestNewsStyleAttributions: constructions of news English that hid or
// misplaced a statement: an age set beside the name, a quotation that
// opens with the subject's own verb, a capitalised participle in a book
// title, a concession fronted with its own time, a remark the day before
// the call, and a first-person quotation that names the other leader.
func TestNewsStyleAttributions(t *testing.T) {
	const lede = "Rossi calls Hale\n\nItalian Prime Minister Marco Rossi on Monday held a phone call with US President Tom Hale.\n\n"
	runAccountCases(t, []accountCase{
		{"age beside the name",
			lede + "Rossi, 58, said the two leaders agreed to meet in June.\n",
			[]accountWant{{"the two leaders agreed to meet in June", "rossi"}}},
		{"age does not hide a second speaker",
			lede + "Hale, 71, told reporters the call had been warm.\n",
			[]accountWant{{"the call had been warm", "hale"}}},
		{"quotation opening with the verb right after the name",
			lede + "Hale “promised steady help for the people of Italy” and said more grain would follow, the White House said.\n",
			[]accountWant{{"promised steady help for the people of Italy", "white-house"}}},
		{"capitalised participle of a title",
			lede + "Rossi said the talks had been useful.\n\nHis memoir, due in May, bears the name: Speak Up, Hale! Saying Yes to Hard Choices, Saying No to Old Habits.\n",
			[]accountWant{{"No to Old Habits", ""}}},
		{"concession fronted with its own time",
			lede + "While he mocked Hale as reckless during his campaign, Rossi said the two talked about jobs.\n",
			[]accountWant{{"the two talked about jobs", "rossi"}}},
		{"fronted while with no verb still dates the remark",
			lede + "While in Paris last month, Rossi said the alliance needed new money.\n",
			[]accountWant{{"the alliance needed new money", ""}}},
		{"a remark the day before the call",
			lede + "Hale said the call went well.\n\nOn Sunday, Hale said the US would send grain to Italy.\n",
			[]accountWant{{"the call went well", "hale"}, {"the US would send grain to Italy", ""}}},
		{"first-person quotation naming the other leader",
			lede + "Hale said the US would send grain.\n\n“My talk with @TomHale also showed how close our nations are,” he added.\n",
			[]accountWant{{"the US would send grain", "hale"}, {"My talk with @TomHale", "rossi"}}},
		{"he after a sentence whose subject is no person",
			"Hale and new Italy PM Rossi discuss trade\n\nUS President Tom Hale on Sunday spoke to Italy’s new prime minister, Marco Rossi, to wish him well in his new post.\n\n" +
				"“The two leaders discussed trade,” the White House said in a statement.\n\nWashington has vowed to resist new tariffs.\n\n" +
				"Italy’s senate elected Rossi as head of government on Wednesday.\n\nHe said he would seek close ties with Paris.\n",
			[]accountWant{{"he would seek close ties with Paris", "rossi"}}},
		{"two persons named make no one",
			lede + "Hale said the call went well.\n\nThe senate praised Rossi and Luca Neri last week.\n\nHe said the alliance was strong.\n",
			[]accountWant{{"the alliance was strong", "hale"}}},
		{"staff of an institution nobody places lend no side",
			lede + "The White House said Hale had stressed the value of the alliance.\n\n" +
				"According to a spokeswoman for the ruling coalition, Hale and Rossi agreed to meet soon.\n",
			[]accountWant{{"the value of the alliance", "white-house"}, {"agreed to meet soon", ""}}},
		{"at the summit the sentence before dates",
			lede + "Hale said the call went well.\n\nThe two last met at a summit in Oslo in March.\n\nAt the summit, Rossi said Italy would raise its defence budget.\n",
			[]accountWant{{"the call went well", "hale"}, {"Italy would raise its defence budget", ""}}},
		{"at the summit the sentence before does not date",
			lede + "The two leaders will meet at a summit in Oslo.\n\nAt the summit, Rossi said Italy would raise its defence budget.\n",
			[]accountWant{{"Italy would raise its defence budget", "rossi"}}},
		{"the story's own call named the sentence before",
			lede + "The phone call followed a trade truce agreed last week.\n\nDuring the phone call, Rossi voiced concern over the grain levies.\n",
			[]accountWant{{"concern over the grain levies", "rossi"}}},
		{"earlier on the day of the call",
			lede + "Rossi said the talks were frank.\n\nEarlier on Monday, Rossi stressed that Rome would never accept new levies.\n",
			[]accountWant{{"the talks were frank", "rossi"}, {"Rome would never accept new levies", ""}}},
		{"a relative after the place is not what was said",
			lede + "“We had a fine talk,” Hale later told reporters in the Rose Room where he was meeting farm leaders.\n",
			[]accountWant{{"We had a fine talk", "hale"}, {"he was meeting farm leaders", ""}}},
		{"the PMO after the prime minister's office",
			lede + "The call was warm and long, the Prime Minister’s Office said.\n\n“The two leaders agreed to keep in close touch,” the PMO readout stated.\n",
			[]accountWant{{"The two leaders agreed to keep in close touch", "rome"}}},
		{"the issuer after a document's complement",
			lede + "“The two leaders discussed grain,” the readout of their talks by the White House said.\n",
			[]accountWant{{"The two leaders discussed grain", "white-house"}}},
		{"a relative clause's time inside a fronted phrase",
			lede + "Calling Hale, who took office earlier this month, “a true friend,” Rossi said Rome and Washington would work together on energy.\n",
			[]accountWant{{"Rome and Washington would work together on energy", "rossi"}}},
		{"a possessor is not whom the sentence is about",
			lede + "Hale said the call went well.\n\nBut Rossi’s reply dwelt mostly on trade.\n\nHe also said the alliance was strong.\n",
			[]accountWant{{"the alliance was strong", "hale"}}},
		{"present perfect without the event is a standing position",
			lede + "Hale said the call went well.\n\nWashington has vowed to resist the new tariffs.\n",
			[]accountWant{{"the call went well", "hale"}, {"to resist the new tariffs", ""}}},
		{"present perfect about the call is its account",
			lede + "The White House has said the call was useful and warm.\n",
			[]accountWant{{"the call was useful and warm", "white-house"}}},
	})
}
