package sources

import "testing"

// TestOtherLeaderInsideAReport: what one side's report says the other
// leader did is that side's account. A speech act of the other leader in
// the same paragraph as a government's report, or as words a named
// channel carries, naming no channel of its own, goes on with that
// report; the leader's own words ("said", a quotation) stay his, and
// after a leader's words in no named channel the journalist goes on.
func TestOtherLeaderInsideAReport(t *testing.T) {
	const lede = "Rossi calls Hale\n\nItalian Prime Minister Marco Rossi on Monday held a phone call with US President Tom Hale.\n\n"
	const turkish = "Demir calls Volkov\n\nTurkish President Ayse Demir on Monday held a phone call with Russian President Oleg Volkov.\n\n"
	runAccountCases(t, []accountCase{
		{"the other leader after an according-to report",
			turkish + "According to Anadolu, Demir said the two nations should trade more in machinery. Mr Volkov, for his part, described the grain deal as the anchor of the region. Demir also proposed a visit in June.\n",
			[]accountWant{{"the grain deal as the anchor of the region", "ankara"}, {"proposed a visit in June", "ankara"}}},
		{"the other leader by his office after a government's statement",
			lede + "The White House readout said Hale pressed for lower tariffs on cars. The Italian prime minister welcomed closer work on energy.\n",
			[]accountWant{{"Hale pressed for lower tariffs on cars", "white-house"}, {"welcomed closer work on energy", "white-house"}}},
		{"the other leader where the report went on into the next paragraph",
			turkish + "According to Anadolu, Demir said the two nations should trade more in machinery.\n\nThe two sides should also open a new ferry line. Mr Volkov, meanwhile, described the grain deal as the anchor of the region.\n",
			[]accountWant{{"The two sides should also open a new ferry line", "ankara"}, {"the grain deal as the anchor of the region", "ankara"}}},
		{"the other leader's own words stay his",
			lede + "The White House readout said Hale pressed for lower tariffs on cars. Rossi said the alliance was strong.\n",
			[]accountWant{{"the alliance was strong", "rossi"}}},
		{"the other leader in the next paragraph is the journalist's",
			lede + "The White House readout said Hale pressed for lower tariffs on cars.\n\nThe Italian prime minister welcomed closer work on energy.\n",
			[]accountWant{{"welcomed closer work on energy", "rossi"}}},
		{"after a leader's words in no named channel the journalist goes on",
			lede + "Hale said the call was useful. Rossi welcomed closer work on energy.\n",
			[]accountWant{{"the call was useful", "hale"}, {"welcomed closer work on energy", "rossi"}}},
		{"a later channel of the leader's own does not reach into the other side's report",
			turkish + "According to Anadolu, Demir said the two nations should trade more in machinery. Mr Volkov, meanwhile, described the grain deal as the anchor of the region.\n\nThe Kremlin did not comment.\n\nVolkov told reporters in Moscow that the call had gone well.\n",
			[]accountWant{{"the grain deal as the anchor of the region", "ankara"}, {"the call had gone well", "volkov"}}},
	})
}

// TestIssuedDocumentSaying: "X issued a statement saying …" is X's
// statement through that document, as "X said in a statement that …";
// the participle may follow a short phrase of time or place. A document
// someone received, or a noun that is no document, names no speaker.
func TestIssuedDocumentSaying(t *testing.T) {
	const lede = "Rossi calls Hale\n\nItalian Prime Minister Marco Rossi on Monday held a phone call with US President Tom Hale.\n\n"
	runAccountCases(t, []accountCase{
		{"issued a statement saying",
			lede + "Palazzo Chigi issued a statement saying the two men had discussed olive oil tariffs.\n",
			[]accountWant{{"the two men had discussed olive oil tariffs", "rome"}}},
		{"a named spokesman after a fronted time issued a statement saying",
			lede + "Late on Monday night the Italian government spokesman Luca Ferri issued a statement saying the two men had discussed olive oil tariffs.\n",
			[]accountWant{{"the two men had discussed olive oil tariffs", "rome"}}},
		{"put out a short statement on Tuesday, saying",
			lede + "The White House put out a short statement on Tuesday, saying the two men had discussed olive oil tariffs.\n",
			[]accountWant{{"the two men had discussed olive oil tariffs", "white-house"}}},
		{"posted a message on a platform saying",
			lede + "Hale posted a message on X saying the two men had discussed olive oil tariffs.\n",
			[]accountWant{{"the two men had discussed olive oil tariffs", "hale"}}},
		{"a statement which said stays the issuer's",
			lede + "Palazzo Chigi issued a statement which said the two men had discussed olive oil tariffs.\n",
			[]accountWant{{"the two men had discussed olive oil tariffs", "rome"}}},
		{"a message someone received names no speaker",
			lede + "Hale received a message saying the two men had discussed olive oil tariffs.\n",
			[]accountWant{{"the two men had discussed olive oil tariffs", ""}}},
	})
}

// TestOfficesByTheirUsualNames: "administration officials" are the US
// executive's, in English news as in Washington briefings; the
// Chancellery is Germany's with or without its article.
func TestOfficesByTheirUsualNames(t *testing.T) {
	const lede = "Rossi calls Hale\n\nItalian Prime Minister Marco Rossi on Monday held a phone call with US President Tom Hale.\n\n"
	const german = "Weber calls Hale\n\nGerman Chancellor Klara Weber on Monday held a phone call with US President Tom Hale.\n\n"
	runAccountCases(t, []accountCase{
		{"a senior administration official",
			lede + "A senior administration official told reporters the two men had settled the dispute over olive oil.\n",
			[]accountWant{{"the two men had settled the dispute over olive oil", "white-house"}}},
		{"administration officials",
			lede + "Administration officials said the two men had settled the dispute over olive oil.\n",
			[]accountWant{{"the two men had settled the dispute over olive oil", "white-house"}}},
		{"an official without a side stays with the side the lede leads with",
			lede + "A senior official told reporters the two men had settled the dispute over olive oil.\n",
			[]accountWant{{"the two men had settled the dispute over olive oil", "rome"}}},
		{"a Chancellery spokesman",
			german + "A Chancellery spokesman said Weber had pressed Hale on steel quotas.\n",
			[]accountWant{{"Weber had pressed Hale on steel quotas", "berlin"}}},
		{"a leader's own administration is hers",
			german + "The Weber administration said the two had settled the steel dispute.\n",
			[]accountWant{{"the two had settled the steel dispute", "weber"}}},
	})
}

// TestDocumentIssuedBy: a participle that tells of the document an
// attribution names ("in a statement issued after the call") is not what
// was said, and "according to a statement released by X" has X for its
// source.
func TestDocumentIssuedBy(t *testing.T) {
	const lede = "Rossi calls Hale\n\nItalian Prime Minister Marco Rossi on Monday held a phone call with US President Tom Hale.\n\n"
	runAccountCases(t, []accountCase{
		{"a trailing attribution with a statement issued after the call",
			lede + "The two men settled the olive oil dispute, Palazzo Chigi said in a statement issued after the call.\n",
			[]accountWant{{"The two men settled the olive oil dispute", "rome"}, {"issued after the call", ""}}},
		{"a statement released on a day, then that",
			lede + "Palazzo Chigi said in a statement released on Tuesday that the two men had settled the olive oil dispute.\n",
			[]accountWant{{"the two men had settled the olive oil dispute", "rome"}}},
		{"according to a statement released by an institution",
			lede + "The two men settled the olive oil dispute, according to a statement released by the White House.\n",
			[]accountWant{{"The two men settled the olive oil dispute", "white-house"}}},
		{"a statement that says what the statement was about stays unread",
			lede + "Palazzo Chigi said in a statement outlining the agenda that the two men had settled the olive oil dispute.\n",
			[]accountWant{{"the two men had settled the olive oil dispute", "rome"}}},
	})
}

// TestAttributionInsideTheClause: an attribution set off by commas
// between the subject and its verb ("The two sides, the ministry said,
// agreed …"; ", according to the ministry,") leaves the predicate as the
// claim; a possessive report that the sentence names ("was Rossi's report
// that …") makes its author the one "he" means next, not an earlier
// speaker.
func TestAttributionInsideTheClause(t *testing.T) {
	const lede = "Rossi calls Hale\n\nItalian Prime Minister Marco Rossi on Monday held a phone call with US President Tom Hale.\n\n"
	runAccountCases(t, []accountCase{
		{"the two sides, the institution said, agreed",
			lede + "The two sides, Palazzo Chigi said, agreed to set up a panel on olive oil.\n",
			[]accountWant{{"agreed to set up a panel on olive oil", "rome"}}},
		{"the leaders, according to the institution, discussed",
			lede + "The leaders, according to the White House, discussed the fishing quotas.\n",
			[]accountWant{{"discussed the fishing quotas", "white-house"}}},
		{"the call, the institution said, was: the subject stays",
			lede + "The call, Palazzo Chigi said, was long and frank.\n",
			[]accountWant{{"The call, Palazzo Chigi said, was long and frank", "rome"}}},
		{"a possessive report names who he is",
			"Demir calls Volkov\n\nTurkish President Kemal Demir on Monday held a phone call with Russian President Oleg Volkov. Volkov wrote on Telegram that the call was useful.\n\n" +
				"Among the topics, as reported by Anadolu, was Demir's report that Turkey would open a new port. He stressed the need for safe shipping lanes.\n",
			[]accountWant{{"the need for safe shipping lanes", "ankara"}}},
	})
}

// TestGovernmentByItsShortName: "the federal government" is the one
// government of the article's leaders that English news calls so; with
// two such leaders, or none, its spokesman stays unplaced. A first name
// that is also a month's ("spokesman Jan Roth") is part of the name.
func TestGovernmentByItsShortName(t *testing.T) {
	const german = "Weber calls Hale\n\nGerman Chancellor Klara Weber on Monday held a phone call with US President Tom Hale.\n\n"
	const two = "Weber calls Gruber\n\nGerman Chancellor Klara Weber on Monday held a phone call with Austrian Chancellor Paul Gruber.\n\n"
	runAccountCases(t, []accountCase{
		{"a spokesman for the federal government, then the name",
			german + "A spokesman for the federal government, Piet Roth, said Weber had pressed Hale on steel quotas.\n",
			[]accountWant{{"Weber had pressed Hale on steel quotas", "berlin"}}},
		{"the name, then a spokeswoman for the federal government",
			german + "Ida Kern, a spokeswoman for the federal government, said Weber had pressed Hale on steel quotas.\n",
			[]accountWant{{"Weber had pressed Hale on steel quotas", "berlin"}}},
		{"a fronted time and the federal government spokesman",
			german + "Late on Monday night the federal government spokesman Piet Roth said Weber had pressed Hale on steel quotas.\n",
			[]accountWant{{"Weber had pressed Hale on steel quotas", "berlin"}}},
		{"a month's name as a first name",
			german + "Federal government spokesman Jan Roth said Weber had pressed Hale on steel quotas.\n",
			[]accountWant{{"Weber had pressed Hale on steel quotas", "berlin"}}},
		{"two leaders whose governments go by the name: no side",
			two + "A spokesman for the federal government, Piet Roth, said the two had spoken about rail links.\n",
			[]accountWant{{"the two had spoken about rail links", "roth"}}},
	})
}

// TestPossessiveOfficeAfterItsSubject: "…, according to her office" and
// "…, his spokesman said" after a clause whose subject is a person mean
// that person's office, not whoever spoke last; a subject of the other
// gender is not the one meant.
func TestPossessiveOfficeAfterItsSubject(t *testing.T) {
	const lede = "Demir calls Volkov\n\nTurkish President Kemal Demir on Monday held a phone call with Russian President Oleg Volkov.\n\n"
	runAccountCases(t, []accountCase{
		{"according to her office right after the lede",
			"Li and Souza talk trade\n\nChinese President Li Wen and Brazilian President Ana Souza held a telephone call on Tuesday.\n\nSouza plans to visit Beijing in the autumn, according to her office.\n",
			[]accountWant{{"Souza plans to visit Beijing in the autumn", "brasilia"}}},
		{"his office said with the speaker of the sentence before as subject",
			lede + "Demir said the call was useful. Demir also raised grain exports, his office said.\n",
			[]accountWant{{"raised grain exports", "ankara"}}},
		{"a subject of the other gender is not the one meant",
			lede + "Volkov said the call was useful.\n\nQueen Ida of Norway praised the talks, his office said.\n",
			[]accountWant{{"Queen Ida of Norway praised the talks", "kremlin"}}},
	})
}
