package sources

import (
	"slices"
	"strings"
	"testing"
)

// TestLeaderDescriptionsAndBodies: a leader called by a general
// description ("the head of state") is the leader just quoted, not
// another the article calls a counterpart; a body's name is no person
// whom a later "he" could mean.
func TestLeaderDescriptionsAndBodies(t *testing.T) {
	const lede = "Rossi calls Hale\n\nItalian Prime Minister Marco Rossi on Monday held a phone call with US President Tom Hale.\n\n"
	runAccountCases(t, []accountCase{
		{"the head of state is the leader just quoted",
			lede + "Hale wrote on X that he thanked Rossi for his help with grain.\n\n“Our ties are strong and we will build on them,” the head of state added.\n\nEarlier on Monday, Rossi spoke with his French counterpart Luc Martin.\n",
			[]accountWant{{"thanked Rossi for his help with grain", "hale"}, {"Our ties are strong", "hale"}}},
		{"the head of state with no leader quoted before stays unknown to others",
			lede + "Rossi said the call was useful.\n\n“We will meet soon,” the head of state added.\n",
			[]accountWant{{"We will meet soon", "rossi"}}},
		{"a body's name is no person",
			lede + "Rossi said the call was useful.\n\nRossi won the vote with 52% of the ballots, according to the Central Election Commission.\n\nAfter that, he said Italy would stand by its allies.\n",
			[]accountWant{{"the call was useful", "rossi"}, {"Rossi won the vote", ""}, {"Italy would stand by its allies", "rossi"}}},
		{"the heads of state are both sides, not the leader quoted last",
			lede + "Rossi's office said Hale had congratulated Rossi on his win.\n\nThe heads of state spoke about trade and energy.\n",
			[]accountWant{{"congratulated Rossi on his win", "rome"}, {"spoke about trade and energy", "rome"}}},
		{"conveyed with an object is a telling",
			lede + "During the call, Rossi conveyed his readiness for new talks on grain.\n",
			[]accountWant{{"conveyed his readiness for new talks on grain", "rossi"}}},
		{"the spokeswoman the article introduced",
			lede + "A spokeswoman for the Italian prime minister's office said Rossi hoped the trade talks would go well.\n\nHale conveyed his best wishes to the people of Italy, the spokeswoman said.\n",
			[]accountWant{{"Hale conveyed his best wishes to the people of Italy", "rome"}}},
		{"a spokesman the standfirst places",
			"Hale invites Rossi\n\nThe call was warm, the Italian spokesman says.\n\nUS President Tom Hale spoke with Italian Prime Minister Marco Rossi on Monday.\n\n\"Hale asked Rossi to visit Washington in May,\" spokesman Luca Ferri said after the call.\n",
			[]accountWant{{"Hale asked Rossi to visit Washington in May", "rome"}}},
		{"two countries' spokesmen place no one",
			"Hale invites Rossi\n\nThe call was warm, the Italian spokesman says; the American spokesman agrees.\n\nUS President Tom Hale spoke with Italian Prime Minister Marco Rossi on Monday.\n\n\"Hale asked Rossi to visit Washington in May,\" spokesman Luca Ferri said after the call.\n",
			[]accountWant{{"Hale asked Rossi to visit Washington in May", "ferri"}}},
		{"both leaders by name go on with a government's report",
			lede + "“The two leaders noted their long friendship,” the Palazzo Chigi readout stated.\n\nRossi and Hale discussed trade between Italy and states in the region.\n\nThe leaders agreed to keep talking.\n",
			[]accountWant{{"Rossi and Hale discussed trade between Italy and states in the region", "rome"}, {"The leaders agreed to keep talking", "rome"}}},
		{"both leaders by name after a leader's own words are the journalist's",
			lede + "Hale replied that the alliance is as strong as ever.\n\nRossi and Hale agreed to set up a direct line for their navies.\n",
			[]accountWant{{"the alliance is as strong as ever", "hale"}, {"agreed to set up a direct line", ""}}},
		{"extended congratulations is a telling",
			lede + "Rossi wrote on X that the call was useful. He also extended his warm congratulations to Hale on his new term.\n",
			[]accountWant{{"extended his warm congratulations to Hale", "rossi"}}},
		{"extended a deadline is no telling",
			lede + "Rossi wrote on X that the call was useful.\n\nRossi extended the deadline for the grain levy by a month.\n",
			[]accountWant{{"extended the deadline", ""}}},
		{"a time opened by late before the subject",
			lede + "Late on Monday, the Italian government spokesman Luca Ferri spoke to Italian radio about the call.\n\nFerri said the call had been useful.\n",
			[]accountWant{{"the call had been useful", "rome"}}},
		{"quoted him as saying",
			lede + "Hale said the call was warm.\n\n“More trade is in the interest of both nations,” the Italian news agency Ansa quoted him as saying.\n",
			[]accountWant{{"More trade is in the interest of both nations", "white-house"}}},
		{"it: the institution the sentence before named",
			lede + "Details of the call were released by Palazzo Chigi on Tuesday.\n\n“The Prime Minister stressed the value of the alliance,” it said in a statement.\n\nRossi and Hale agreed to meet in May.\n",
			[]accountWant{{"The Prime Minister stressed the value of the alliance", "rome"}, {"Rossi and Hale agreed to meet in May", "rome"}}},
		{"it with two countries' institutions before is no one",
			lede + "Details were released by Palazzo Chigi and the White House.\n\n“The call was useful,” it said.\n",
			[]accountWant{{"The call was useful", ""}}},
		{"a participle fronted before the subject is the subject's",
			lede + "Palazzo Chigi said the two leaders agreed to meet in May.\n\nAcknowledging Prime Minister Rossi on his election win, Hale tweeted that the call was warm.\n",
			[]accountWant{{"the two leaders agreed to meet in May", "rome"}, {"Acknowledging Prime Minister Rossi on his election win", "hale"}}},
		{"replied saying",
			lede + "Rossi said the call was useful.\n\nHale replied saying that both nations should settle the grain dispute soon.\n",
			[]accountWant{{"both nations should settle the grain dispute soon", "hale"}}},
		{"a title written short with its period",
			lede + "“The Prime Minister looks forward to working with President Hale,” Dr. Paola Neri, a spokeswoman for the Italian government, said on social media.\n",
			[]accountWant{{"The Prime Minister looks forward to working with President Hale", "rome"}}},
		{"a foreign office is its country's institution",
			lede + "The Italian Foreign Office said Rossi had stressed the need for calm in the region.\n",
			[]accountWant{{"Rossi had stressed the need for calm", "rome"}}},
	})
}

// TestPhrasesThatAreNoVenue: a phrase of place opened by a noun and a
// preposition ("aimed at a lasting settlement of the Balkan dispute"),
// or set after the matter talked about ("the crisis in Libya"), names no
// place where the words were said.
func TestPhrasesThatAreNoVenue(t *testing.T) {
	const lede = "Rossi calls Hale\n\nItalian Prime Minister Marco Rossi on Monday held a phone call with US President Tom Hale.\n\n"
	tests := []struct {
		name, text, statement string
		venue                 bool
	}{
		{"aimed at a settlement of a named conflict",
			lede + "Italy backs every effort aimed at a lasting settlement of the Balkan dispute, Rossi told Hale.\n",
			"every effort", false},
		{"the place of the matter talked about",
			"Rossi calls Hale\n\nItaly's Marco Rossi has telephoned President Tom Hale to discuss the US plan for a lasting end to the crisis in Libya, the White House says.\n\nMr Hale suggested that Rome put its answer in writing, his spokesman said in a statement.\n",
			"crisis in Libya", false},
		{"a language is no place",
			lede + "Rossi tweeted in Hindi: “The call was useful.”\n",
			"useful", false},
		{"Malay is a language, not a place",
			lede + "“We agree that aid must flow freely,” Rossi said in Malay.\n",
			"aid must flow freely", false},
		{"a named place is a venue",
			lede + "Speaking at the Quirinale Palace, Rossi said the call was useful.\n",
			"useful", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, _ := accountStatement(t, runText(t, tt.text), tt.statement)
			if got := strings.HasPrefix(st.Evidence.Channel, "a venue"); got != tt.venue {
				t.Errorf("channel evidence %q: venue %v, want %v", st.Evidence.Channel, got, tt.venue)
			}
		})
	}
}

// TestChannelLentAlongAChain: a channel lent from statement to statement
// names, once, the statement that names it.
func TestChannelLentAlongAChain(t *testing.T) {
	tests := []struct {
		why  string
		para int
		want string
	}{
		{"on X", 5, "named with the next statement, paragraph 5: on X"},
		{"named with the next statement, paragraph 6: on X", 5, "named with a later statement, paragraph 6: on X"},
		{"named with a later statement, paragraph 7: on X", 5, "named with a later statement, paragraph 7: on X"},
	}
	for _, tt := range tests {
		if got := lentBy(tt.why, tt.para); got != tt.want {
			t.Errorf("lentBy(%q, %d) = %q, want %q", tt.why, tt.para, got, tt.want)
		}
	}
}

// TestTimeFrontingAndTrailingAs: "Late on Thursday" opens no name, and
// "…”, as Anadolu reports" leaves no "as" at the end of the claim.
func TestTimeFrontingAndTrailingAs(t *testing.T) {
	text := "Rossi and Hale talk\n\nLate on Monday night the Italian government spokesman Luca Ferri spoke to Anadolu Agency about the same day’s phone talk between the Italian Prime Minister, Marco Rossi and his U.S. counterpart Tom Hale.\n\n" +
		"With a statement on Monday, Ferri announced that “both leaders agreed to keep working on the grain deal”, as Anadolu reports.\n\nHale said the call was warm.\n"
	p := runText(t, text)
	checkInvariants(t, p.a, p.extraction)
	for _, party := range p.extraction.Parties {
		if party.Key == "Late" || party.Name == "Late" {
			t.Errorf("party %q: the time fronted before the subject is no name", party.Key)
		}
	}
	want := "“both leaders agreed to keep working on the grain deal”"
	if !slices.Contains(statementTexts(t, text), want) {
		t.Errorf("statements %q, want one %q", statementTexts(t, text), want)
	}
}

// TestVerbThatNamesItsChannel: "tweeted" says where the words were
// published, as "in a post on X" would.
func TestVerbThatNamesItsChannel(t *testing.T) {
	const lede = "Rossi calls Hale\n\nItalian Prime Minister Marco Rossi on Monday held a phone call with US President Tom Hale.\n\n"
	_, acc := accountStatement(t, runText(t, lede+"Rossi tweeted that the call had been warm.\n"), "warm")
	if acc.Channel != "post on X" {
		t.Errorf("channel %q, want %q", acc.Channel, "post on X")
	}
}

// TestJapaneseGovernmentSpokesman: Japan's chief cabinet secretary, the
// government's spokesman, speaks for Japan though the article names no
// country beside him.
func TestJapaneseGovernmentSpokesman(t *testing.T) {
	text := "Sato calls Hale\n\nJapanese Prime Minister Ken Sato held phone talks with US President Tom Hale on Friday.\n\nHale said the call was warm.\n\n" +
		"Hale replied that he shares the worries of the Japanese public, according to Deputy Chief Cabinet Secretary Jiro Mori.\n"
	_, acc := accountStatement(t, runText(t, text), "he shares the worries")
	if acc.Party != "JP" {
		t.Errorf("account %s has party %q, want JP", acc.ID, acc.Party)
	}
}

// TestStateMediaOfTheOnlyLeaderWithIt: "…, state television reported" in
// a story on a Chinese and a French leader is China's state television;
// with two leaders whose countries have state media it is no one's.
func TestStateMediaOfTheOnlyLeaderWithIt(t *testing.T) {
	const claim = "Li told Roux that Paris should help restart the talks, state television reported.\n"
	tests := []struct{ name, lede, party string }{
		{"one side has state media",
			"Li calls Roux\n\nChinese President Li Wei spoke with French President Anne Roux on Friday.\n\n", "CN"},
		{"both sides have state media",
			"Li calls Orlov\n\nChinese President Li Wei spoke with Russian President Ivan Orlov on Friday.\n\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := runText(t, tt.lede+claim)
			checkInvariants(t, p.a, p.extraction)
			st, acc := statementWith(p.extraction, "Paris should help restart the talks")
			party := ""
			if st != nil && acc != nil && strings.Contains(acc.Channel, "state media") {
				party = acc.Party
			}
			if party != tt.party {
				t.Errorf("reported by state media of %q, want %q:%s", party, tt.party, dumpExtraction(p.extraction))
			}
		})
	}
}

// TestHeadlineForms: a headline's short country form ("S.African
// leader") is the country, not someone's name, and its comma joins
// subjects ("Rossi, Korean PM discuss trade, energy") rather than setting
// a role beside a name.
func TestHeadlineForms(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"short form of a country in a headline",
			"S.African leader speaks to Rossi on grain\n\nSouth African President Thabo Dlamini spoke to Italian Prime Minister Marco Rossi by phone, Dlamini said on Monday.\n\nRossi said on X that the call was warm.\n",
			"IT ZA"},
		{"a headline's comma joins its subjects",
			"Macron, Malaysian PM discuss trade, energy ahead of summit\n\nPARIS — President Emmanuel Macron and Malaysian Prime Minister Ali Hassan held a phone call on Friday.\n\nIn a post on X, Macron said the two discussed trade.\n",
			"FR MY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := runText(t, tt.text)
			checkInvariants(t, p.a, p.extraction)
			var keys []string
			for _, party := range p.extraction.Parties {
				keys = append(keys, party.Key)
			}
			slices.Sort(keys)
			if got := strings.Join(keys, " "); got != tt.want {
				t.Errorf("parties %q, want %q", got, tt.want)
			}
		})
	}
}
