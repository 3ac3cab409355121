package sources

import (
	"reflect"
	"strings"
	"testing"
)

// TestDocumentIdentity reads who speaks in a document from its heading,
// title line, front matter and file name.
func TestDocumentIdentity(t *testing.T) {
	c := testCatalog(t)
	p := testPublishers(t)
	const text = "\n\nThe two leaders agreed to keep in close touch on the matter.\n"
	tests := []struct {
		name, file, text                    string
		speaker, channel, party, kind, from string
	}{
		{"publisher in the heading", "d.txt", "# Kremlin account, 2 May\n\nTelephone conversation with the Prime Minister of Japan" + text +
			"\n# Second readout\n\nSecond" + text, "Kremlin", "Kremlin readout", "RU", "readout", "heading"},
		{"statement by a named official", "d.txt", "# White House\n\nStatement by Press Secretary Dana Ortiz on the President’s Call" + text +
			"\n# Second readout\n\nSecond" + text, "Dana Ortiz", "White House statement by the Press Secretary", "US", "statement", "heading"},
		{"briefing by an aide, after a colon", "d.txt", "# Kremlin: briefing by Adviser to the President Ivan Petrov, 2 May\n\nBriefing" + text +
			"\n# Second readout\n\nSecond" + text, "Ivan Petrov", "Kremlin briefing by the Adviser to the President", "RU", "briefing", "heading"},
		{"front matter address", "a.md", "---\nsource: https://www.elysee.fr/x\n---\n\nTelephone conversation with the Chancellor" + text,
			"Élysée", "Élysée statement", "FR", "readout", "front matter"},
		{"site line of a saved page", "a.txt", "The White House\n\nReadout of the Vice President’s Meeting with the Prime Minister of Japan" + text,
			"White House", "White House readout", "US", "readout", "site"},
		{"title only: the principal speaks", "a.txt", "President of Ukraine held a phone conversation with the Prime Minister of Japan" + text,
			"President of Ukraine", "readout", "UA", "readout", "title"},
		{"title only: a leader the gazetteer knows", "a.txt", "President Ramaphosa spoke with the Prime Minister of Japan" + text,
			"Cyril Ramaphosa", "readout", "ZA", "readout", "title"},
		{"an office the publishers do not list, named with its country", "d.txt", "# Office of the President of Chile text, 2 May\n\nThe President spoke with the Prime Minister of Japan" + text +
			"\n# Second readout\n\nSecond" + text, "Office of the President of Chile", "Office of the President of Chile statement", "CL", "readout", "heading"},
		{"file name", "2024-05-02-kremlin-call.txt", "Talks in the Kremlin" + text,
			"Kremlin", "Kremlin readout", "RU", "document", "file name"},
		{"nothing tells: the file name speaks", "notes.txt", "Some notes" + text,
			"notes", "document", "", "document", "file name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseText(t, tt.file, tt.text)
			x := ExtractDocuments([]*Article{a}, c, p)
			d := x.Documents[0]
			got := []string{d.Speaker, d.Channel, d.Party, d.Kind, d.From}
			want := []string{tt.speaker, tt.channel, tt.party, tt.kind, tt.from}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("speaker, channel, party, kind, from = %q, want %q", got, want)
			}
		})
	}
}

func TestParseTitle(t *testing.T) {
	tests := []struct {
		title string
		want  titleInfo
	}{
		{"Readout of President Lee’s Call with Chancellor Vogt of Germany", titleInfo{kind: "readout", principal: "President Lee"}},
		{"Readout of the Secretary's Meeting with Foreign Minister Sato", titleInfo{kind: "readout", principal: "Secretary"}},
		{"Statement by National Security Advisor Sam Reed on the Talks", titleInfo{kind: "statement", by: "National Security Advisor Sam Reed"}},
		{"Press Briefing by Press Secretary Dana Ortiz", titleInfo{kind: "briefing", by: "Press Secretary Dana Ortiz"}},
		{"Remarks by President Lee at a Press Conference", titleInfo{kind: "remarks", by: "President Lee"}},
		{"Telephone conversation with Federal Chancellor of Germany Karl Vogt", titleInfo{kind: "readout"}},
		{"Meeting with Prime Minister of India", titleInfo{kind: "readout"}},
		{"Karl Vogt held a phone call with Ann Lee", titleInfo{kind: "readout", principal: "Karl Vogt"}},
		{"Premier Wang speaks with Chancellor Vogt on the phone", titleInfo{kind: "readout", principal: "Premier Wang"}},
		{"Answers to media questions", titleInfo{kind: "interview"}},
		{"The harvest is our pride - address by President Ana Ruiz", titleInfo{kind: "address", by: "President Ana Ruiz"}},
		{"We will rebuild every bridge – President Ana Ruiz's evening address", titleInfo{kind: "address", by: "President Ana Ruiz"}},
		{"Speech of the Prime Minister at the forum", titleInfo{kind: "address", by: "the Prime Minister"}},
		{"New address of the embassy", titleInfo{}},
		{"Energy prices fall again", titleInfo{}},
	}
	for _, tt := range tests {
		if got := parseTitle(tt.title); got != tt.want {
			t.Errorf("parseTitle(%q) = %+v, want %+v", tt.title, got, tt.want)
		}
	}
}

func TestSplitRole(t *testing.T) {
	lx := newDocLexicon(testCatalog(t))
	tests := []struct{ in, name, role string }{
		{"Press Secretary Dana Ortiz", "Dana Ortiz", "Press Secretary"},
		{"Aide to the President Ivan Petrov", "Ivan Petrov", "Aide to the President"},
		{"the Press Secretary", "", "Press Secretary"},
		{"President Lee’s", "Lee", "President"},
		{"Dana Ortiz", "Dana Ortiz", ""},
	}
	for _, tt := range tests {
		if name, role := splitRole(tt.in, lx); name != tt.name || role != tt.role {
			t.Errorf("splitRole(%q) = %q, %q; want %q, %q", tt.in, name, role, tt.name, tt.role)
		}
	}
}

// statementsOf reads text as one document and returns the texts of its
// account's statements and of its earlier ones.
func statementsOf(t *testing.T, text string) (stated, earlier []string, x *Extraction) {
	t.Helper()
	a := parseText(t, "readout.txt", text)
	x = ExtractDocuments([]*Article{a}, testCatalog(t), testPublishers(t))
	checkInvariants(t, a, x)
	for _, st := range x.Accounts[0].Statements {
		stated = append(stated, st.Text)
	}
	for _, st := range x.Earlier {
		earlier = append(earlier, st.Text)
	}
	return stated, earlier, x
}

// TestDocumentStatements cuts official-readout sentences into claims.
func TestDocumentStatements(t *testing.T) {
	const title = "Readout of the President’s Call with the Chancellor\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"one claim per sentence", "The President spoke with the Chancellor of Germany. The leaders agreed to meet in June.",
			[]string{"The President spoke with the Chancellor of Germany", "The leaders agreed to meet in June"}},
		{"second predicate after and", "The President welcomed the new energy plan and urged Berlin to cut gas imports.",
			[]string{"The President welcomed the new energy plan", "urged Berlin to cut gas imports"}},
		{"verbs sharing one object stay whole", "They reviewed the proposals that both teams drafted and outlined at the summit.",
			[]string{"They reviewed the proposals that both teams drafted and outlined at the summit"}},
		{"adjective after and stays whole", "The Chancellor raised the dispute over steel and shared concerns of the industry.",
			[]string{"The Chancellor raised the dispute over steel and shared concerns of the industry"}},
		{"ambiguous verb with an object cuts", "The Chancellor raised the dispute over steel and shared his concern about jobs.",
			[]string{"The Chancellor raised the dispute over steel", "shared his concern about jobs"}},
		{"second that-clause", "The President stressed that the talks were useful and that sanctions would stay.",
			[]string{"The President stressed that the talks were useful", "sanctions would stay"}},
		{"participle clause of speech", "The leaders discussed the steel dispute, noting that tariffs hurt both economies.",
			[]string{"The leaders discussed the steel dispute", "noting that tariffs hurt both economies"}},
		{"participle after with stays", "The call covered energy, with both sides stressing the need for new pipelines.",
			[]string{"The call covered energy, with both sides stressing the need for new pipelines"}},
		{"list of subjects discussed", "The leaders discussed the energy crisis in Europe, a common approach to China, as well as support for the grain corridor.",
			[]string{"The leaders discussed the energy crisis in Europe", "a common approach to China", "support for the grain corridor"}},
		{"list without a final comma", "The leaders discussed the energy crisis, steel tariffs and the future of the alliance.",
			[]string{"The leaders discussed the energy crisis", "steel tariffs", "the future of the alliance"}},
		{"places of one situation are no list", "The leaders discussed the situation in Sudan, Chad and Niger.",
			[]string{"The leaders discussed the situation in Sudan, Chad and Niger"}},
		{"a subject after a place is a list item", "The leaders discussed the situation in Sudan, grain prices and the port fees.",
			[]string{"The leaders discussed the situation in Sudan", "grain prices", "the port fees"}},
		{"adjective series is no list", "The leaders discussed military, economic and humanitarian support to the region.",
			[]string{"The leaders discussed military, economic and humanitarian support to the region"}},
		{"an adverbial is no item", "The leaders discussed the energy crisis, including the price of gas for households.",
			[]string{"The leaders discussed the energy crisis, including the price of gas for households"}},
		{"spoke about a list", "The President spoke with the Chancellor about the summit agenda, new steel quotas, and the gas storage levels.",
			[]string{"The President spoke with the Chancellor about the summit agenda", "new steel quotas", "the gas storage levels"}},
		{"a sentence that is only a list of topics", "The President spoke with the Chancellor. On steel quotas and the gas storage levels. About how we can open the port sooner, and therefore lower the price of grain.",
			[]string{"The President spoke with the Chancellor", "On steel quotas", "the gas storage levels", "About how we can open the port sooner", "therefore lower the price of grain"}},
		{"a time after on is no list of topics", "On Monday the Chancellor and the President will meet the ministers.",
			[]string{"On Monday the Chancellor and the President will meet the ministers"}},
		{"second purpose", "The President spoke about efforts to deliver aid to the region and to impose costs on the aggressor.",
			[]string{"The President spoke about efforts to deliver aid to the region", "to impose costs on the aggressor"}},
		{"to before a noun is no purpose", "The President sent aid to allies and to the region around the port.",
			[]string{"The President sent aid to allies and to the region around the port"}},
		{"things thanked for", "The Chancellor thanked the President for the new credit line, and for the help with the harbour.",
			[]string{"The Chancellor thanked the President for the new credit line", "for the help with the harbour"}},
		{"a new subject after and", "The teams will meet next week, and the ministers will follow up in May.",
			[]string{"The teams will meet next week", "the ministers will follow up in May"}},
		{"clauses with their own verbs after semicolons", "The sides would resume talks in Oslo; observers could monitor the border; and troops would return to barracks.",
			[]string{"The sides would resume talks in Oslo", "observers could monitor the border", "troops would return to barracks"}},
		{"subjects set off by semicolons stay whole", "The leaders discussed energy prices in the north; quotas for steel; and the future of the port.",
			[]string{"The leaders discussed energy prices in the north; quotas for steel; and the future of the port"}},
		{"a verbless phrase after a semicolon stays", "The President welcomed the plan for the port; a first step toward lower prices.",
			[]string{"The President welcomed the plan for the port; a first step toward lower prices"}},
		{"discourse markers cut", "In particular, the leaders agreed to meet in June. Overall, the call was frank and useful.",
			[]string{"the leaders agreed to meet in June", "the call was frank and useful"}},
		{"period inside a closing quotation kept", "The President restated the principle of “nothing about Europe without Europe.”",
			[]string{"The President restated the principle of “nothing about Europe without Europe.”"}},
		{"quotation with its attribution", "“We will stand by our friends. We always have,” the Chancellor said.",
			[]string{"We will stand by our friends. We always have"}},
		{"quotation after a colon", "The Chancellor said: “Our doors remain open to talks.”",
			[]string{"Our doors remain open to talks"}},
		{"questions, greetings and fragments are no claims", "Good evening! Why did the call happen now? No, it did not. The call lasted an hour.",
			[]string{"The call lasted an hour"}},
		{"a note about the briefing itself", "The spokesman briefed journalists on the call. The call lasted an hour.",
			[]string{"The call lasted an hour"}},
		{"a pointer to what follows", "The President spoke with the Chancellor for an hour. The summary is as follows. The leaders agreed to meet in June.",
			[]string{"The President spoke with the Chancellor for an hour", "The leaders agreed to meet in June"}},
		{"what follows in a claim stays", "The leaders agreed that the next steps are as follows: a ceasefire and talks.",
			[]string{"The leaders agreed that the next steps are as follows: a ceasefire and talks"}},
		{"no-break space between sentences", "The President spoke with the Chancellor.\u00a0 The leaders agreed to meet in June.",
			[]string{"The President spoke with the Chancellor", "The leaders agreed to meet in June"}},
		{"wire dateline", "BEIJING, May 2 (Xinhua) -- The two presidents held a video call on Friday.",
			[]string{"The two presidents held a video call on Friday"}},
		{"bulleted items are text", "The leaders agreed on three steps:\n\n- a new working group on energy prices\n- talks between the two foreign ministers\n\nThe call lasted an hour.",
			[]string{"The leaders agreed on three steps", "a new working group on energy prices", "talks between the two foreign ministers", "The call lasted an hour"}},
		{"a line introducing the text", "Statement on the call between the two leaders:\n\nThe leaders agreed to meet in June.\n\nThe text of the statement is as follows:\n\nThe call lasted an hour.",
			[]string{"The leaders agreed to meet in June", "The call lasted an hour"}},
		{"a spokesperson's line before the text", "Call with the Prime Minister\n\nA government spokeswoman said:\n\nThe leaders agreed to meet in June.",
			[]string{"The leaders agreed to meet in June"}},
		{"a list opener is text", "The leaders agreed on the following:\n\n- a new working group on fees\n\nSubmitted to the press.",
			[]string{"The leaders agreed on the following", "a new working group on fees"}},
		{"a first sentence without its full stop is text", "The President spoke by phone today with the Chancellor of Germany\n\nThe leaders agreed to meet in June.",
			[]string{"The President spoke by phone today with the Chancellor of Germany", "The leaders agreed to meet in June"}},
		{"a title line in the present stays a title", "The President speaks with the Chancellor of Germany on energy\n\nThe leaders agreed to meet in June.",
			[]string{"The leaders agreed to meet in June"}},
		{"boilerplate lines", "For Immediate Release\n\nMay 2, 2030\n\nThe leaders agreed to meet in June.\n\n###\n\nhttps://example.org/readout",
			[]string{"The leaders agreed to meet in June"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, _ := statementsOf(t, title+tt.text+"\n")
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("statements:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestDocumentEarlierEvents(t *testing.T) {
	got, earlier, _ := statementsOf(t, "Readout of a Call\n\nEarlier today, the President met his security team. The leaders agreed to meet in June. The two leaders last spoke in March. Earlier, the President had asked the premier to visit Lima.\n")
	if want := []string{"The leaders agreed to meet in June"}; !reflect.DeepEqual(got, want) {
		t.Errorf("statements %q, want %q", got, want)
	}
	if want := []string{"Earlier today, the President met his security team", "The two leaders last spoke in March", "Earlier, the President had asked the premier to visit Lima"}; !reflect.DeepEqual(earlier, want) {
		t.Errorf("earlier %q, want %q", earlier, want)
	}
}

// TestTranscript keeps a briefer's answers and leaves out the page's lead
// and the journalists' questions.
func TestTranscript(t *testing.T) {
	text := "Briefing by Spokesperson Ana Ruiz\n\n" +
		"Ana Ruiz briefed reporters on the call between the two presidents. * * * Spokesperson Ana Ruiz: Good morning. " +
		"The call lasted forty minutes. I want to underline again that the tone was warm. Question: Did they discuss the tariffs on steel? " +
		"Ana Ruiz: No, they didn't. We will raise the tariffs at the ministers' meeting. Q: The other side says the talks failed. Is that so? " +
		"RUIZ: The talks did not fail at all.\n\nQ    The other side says the ministers failed to agree on tariffs.\n\nRUIZ: The ministers will meet on Monday.\n"
	got, _, x := statementsOf(t, text)
	want := []string{"The call lasted forty minutes", "the tone was warm", "We will raise the tariffs at the ministers' meeting", "The talks did not fail at all", "The ministers will meet on Monday"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("statements:\n got %q\nwant %q", got, want)
	}
	for _, st := range x.Accounts[0].Statements {
		if st.Kind != Quote || st.SaidBy != "Ana Ruiz" && st.SaidBy != "Ruiz" {
			t.Errorf("%s: kind %s, said by %q", st.ID, st.Kind, st.SaidBy)
		}
	}
}

// TestQuotationsAndVoices: a quotation going on from the last keeps its
// speaker; "I" in a statement by a named person is the author, quoted;
// a label with a note in brackets opens a turn.
func TestQuotationsAndVoices(t *testing.T) {
	type said struct {
		text, by string
		kind     Kind
	}
	tests := []struct {
		name, text string
		want       []said
	}{
		{"a quotation going on", "Readout of a Call\n\n“We will stand by Europe,” the Chancellor said. “Our support will not end.”\n",
			[]said{{"We will stand by Europe", "Chancellor", Quote}, {"Our support will not end", "Chancellor", Quote}}},
		{"the author speaks as I", "Statement by President Ann Lee on Her Call with Chancellor Vogt\n\nI spoke today with Chancellor Karl Vogt of Germany. We agreed to meet in June.\n",
			[]said{{"I spoke today with Chancellor Karl Vogt of Germany", "Ann Lee", Quote}, {"We agreed to meet in June", "Ann Lee", Quote}}},
		{"a label with a note in brackets", "Press statements following the talks\n\nKarl Vogt (retranslated): We talked about energy prices for an hour. Ann Lee: The talks were useful and frank.\n",
			[]said{{"We talked about energy prices for an hour", "Karl Vogt", Quote}, {"The talks were useful and frank", "Ann Lee", Quote}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, x := statementsOf(t, tt.text)
			var got []said
			for _, st := range x.Accounts[0].Statements {
				got = append(got, said{st.Text, st.SaidBy, st.Kind})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestSaidBy names who spoke in each claim of a readout.
func TestSaidBy(t *testing.T) {
	text := "Telephone conversation with the Chancellor of Germany\n\n" +
		"President Olga Ivanova had a telephone conversation with Federal Chancellor of Germany Karl Vogt. " +
		"The Russian President stressed that gas deliveries would continue. He also noted the need for new talks. " +
		"In response, Karl Vogt raised the issue of prices. The leaders agreed to keep talking. " +
		"It was agreed that experts would meet soon.\n"
	a := parseText(t, "2030-kremlin-call.txt", text)
	x := ExtractDocuments([]*Article{a}, testCatalog(t), testPublishers(t))
	var got []string
	for _, st := range x.Accounts[0].Statements {
		got = append(got, st.SaidBy)
	}
	want := []string{"Olga Ivanova", "Olga Ivanova", "Olga Ivanova", "Karl Vogt", "both sides", ""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("said by %q, want %q", got, want)
	}
}

// TestSeparateDocuments: each file is its own document; offsets index its
// own text.
func TestSeparateDocuments(t *testing.T) {
	arts, err := LoadDocuments("testdata/documents/us-readout.txt", "testdata/documents/elysee-statement.md")
	if err != nil {
		t.Fatal(err)
	}
	x := ExtractDocuments(arts, testCatalog(t), testPublishers(t))
	if x.Dossier || len(x.Documents) != 2 || len(x.Accounts) != 2 || x.Article != arts[0] {
		t.Fatalf("dossier %v, %d documents, %d accounts", x.Dossier, len(x.Documents), len(x.Accounts))
	}
	for i, d := range x.Documents {
		a := arts[i]
		if d.Article != a || d.Start != 0 || d.End != len(a.Text) || d.SHA256 != a.SHA256 {
			t.Errorf("document %s: range %d..%d of %d bytes", d.ID, d.Start, d.End, len(a.Text))
		}
		acc := x.Account(d.ID)
		if acc.Party != d.Party || acc.Document != d.ID || len(acc.Statements) == 0 {
			t.Fatalf("account %+v", acc)
		}
		for _, st := range acc.Statements {
			if src := x.Source(&st); src != a || src.Text[st.Start:st.End] != st.Text {
				t.Errorf("%s does not index its own document", st.ID)
			}
		}
	}
	if us := x.Documents[0]; us.Party != "US" || us.From != "title" || !strings.Contains(us.Title, "Readout") {
		t.Errorf("US readout: %+v", us)
	}
	if fr := x.Documents[1]; fr.Party != "FR" || fr.Publisher != "Élysée" {
		t.Errorf("Élysée statement: %+v", fr)
	}
}
