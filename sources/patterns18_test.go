package sources

import "testing"

// TestNewsStyleAttributions: constructions of news English that hid or
// misplaced a statement: an age set beside the name, a quotation that
// opens with the subject's own verb, a capitalised participle in a book
// title, a concession fronted with its own time, a remark the day before
// the call, and a first-person quotation that names the other leader.
func TestNewsStyleAttributions(t *testing.T) {
	const lede = "Rossi calls Hale\n\nItalian Prime Minister Marco Rossi on Monday made a phone call to US President Tom Hale.\n\n"
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
			lede + "Rossi said the talks had been useful.\n\nThe prime minister has a book coming out titled: Listen, Hale! Saying Yes to a Fresh Start, Saying No to Old Habits.\n",
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
	})
}
