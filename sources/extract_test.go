package sources

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestExtractPatterns runs one small article per way of reporting speech
// and checks the statement, its speaker, kind, channel and earlier flag.
func TestExtractPatterns(t *testing.T) {
	intro := "Russian President Vladimir Putin and French President Emmanuel Macron spoke by phone on Tuesday.\n"
	tests := []struct {
		name    string
		text    string
		want    string // exact statement text
		speaker string
		kind    Kind
		channel string // part of the account's channel ("" = don't check)
		earlier bool
	}{
		{"straight quote with tail", intro + `"We are ready to talk," Macron said.`,
			"We are ready to talk", "Emmanuel Macron", Quote, "", false},
		{"curly quote, inverted tail", intro + "“The call was frank,” said Putin.",
			"The call was frank", "Vladimir Putin", Quote, "", false},
		{"quote after a colon", intro + "Macron told reporters: “Europe will not be a spectator.”",
			"Europe will not be a spectator.", "Emmanuel Macron", Quote, "remarks to reporters", false},
		{"reported clause with that", intro + "Macron said that France would keep supporting Ukraine.",
			"France would keep supporting Ukraine", "Emmanuel Macron", Paraphrase, "", false},
		{"reported clause without that", intro + "Putin also said the talks should continue in Istanbul.",
			"the talks should continue in Istanbul", "Vladimir Putin", Paraphrase, "", false},
		{"told reporters that", intro + "Macron told reporters in Paris that the sanctions would stay.",
			"the sanctions would stay", "Emmanuel Macron", Paraphrase, "remarks to reporters", false},
		{"described as", intro + "Putin described the conversation as “businesslike and frank”.",
			"the conversation as “businesslike and frank”", "Vladimir Putin", Paraphrase, "", false},
		{"according to, leading", intro + "According to the Kremlin, the two leaders agreed to stay in touch.",
			"the two leaders agreed to stay in touch", "Vladimir Putin", Paraphrase, "Kremlin readout", false},
		{"according to, trailing", intro + "The call lasted two hours, according to the Élysée.",
			"The call lasted two hours", "Emmanuel Macron", Paraphrase, "Élysée", false},
		{"quoted as saying", intro + "TASS quoted Putin as saying that Russia wanted a lasting settlement.",
			"Russia wanted a lasting settlement", "Vladimir Putin", Paraphrase, "TASS", false},
		{"nested single quotes", intro + "“He asked me: ‘Are you serious about peace?’” Macron said.",
			"He asked me: ‘Are you serious about peace?’", "Emmanuel Macron", Quote, "", false},
		{"role description as speaker", intro + "The French leader warned that Europe must rearm.",
			"Europe must rearm", "Emmanuel Macron", Paraphrase, "", false},
		{"pronoun", intro + "Macron spoke after the call. He said the ceasefire must be unconditional.",
			"the ceasefire must be unconditional", "Emmanuel Macron", Paraphrase, "", false},
		{"wrote on social media", intro + "Macron wrote on X that the call had been useful.",
			"the call had been useful", "Emmanuel Macron", Paraphrase, "post on X", false},
		{"channel phrase cut from the clause", intro + "Macron said the talks would resume, in a post on X.",
			"the talks would resume", "Emmanuel Macron", Paraphrase, "post on X", false},
		{"had previously said", intro + "Macron had previously said that troops could be sent.",
			"troops could be sent", "Emmanuel Macron", Paraphrase, "", true},
		{"at the time", intro + "At the time, Putin said the offer was unacceptable.",
			"the offer was unacceptable", "Vladimir Putin", Paraphrase, "", true},
		{"earlier date", intro + "On March 3, Putin said the offer was unacceptable.",
			"the offer was unacceptable", "Vladimir Putin", Paraphrase, "", true},
		{"second verb joined by and", intro + "Putin said the call was useful and warned that sanctions would fail.",
			"sanctions would fail", "Vladimir Putin", Paraphrase, "", false},
		{"participle after the quote", intro + "“It was a good call,” Macron said, adding that he would visit Kyiv.",
			"he would visit Kyiv", "Emmanuel Macron", Paraphrase, "", false},
		{"unnamed spokesperson with a readout", intro + "In a Kremlin readout, a spokesman said the leaders discussed energy.",
			"the leaders discussed energy", "Vladimir Putin", Paraphrase, "Kremlin readout", false},
		{"passive quoted as saying", intro + "“Russia is ready for dialogue,” Putin was quoted as saying.",
			"Russia is ready for dialogue", "Vladimir Putin", Quote, "", false},
		{"it said, after an institution", intro + "The Kremlin issued a readout. It said the leaders discussed grain exports.",
			"the leaders discussed grain exports", "Vladimir Putin", Paraphrase, "", false},
		{"the statement said", intro + "The Élysée published a statement. Macron “insisted on an unconditional ceasefire,” the statement said.",
			"insisted on an unconditional ceasefire", "Emmanuel Macron", Quote, "", false},
		{"relative which said that", intro + "The call lasted an hour, according to the Élysée, which said that Macron had urged restraint.",
			"Macron had urged restraint", "Emmanuel Macron", Paraphrase, "", false},
		{"aide to a leader", intro + "“We saw no change in his position,” a senior aide to Macron said.",
			"We saw no change in his position", "Emmanuel Macron", Quote, "", false},
		{"relative clause after the subject", intro + "A spokesman for the Élysée said the call was useful. The spokesman, who declined to be named, added that talks would continue.",
			"talks would continue", "Emmanuel Macron", Paraphrase, "", false},
		{"unquoted lead-in to a quote", intro + "The offer “remains on the table,” Putin said.",
			"The offer “remains on the table,”", "Vladimir Putin", Paraphrase, "", false},
		{"trailing attribution ends the clause", intro + "Macron told Putin that Europe would stand by Kyiv, his office said, but Moscow rejected the remarks.",
			"Europe would stand by Kyiv", "Emmanuel Macron", Paraphrase, "", false},
		{"dateline dropped", "MOSCOW (Reuters) — The call lasted an hour, the Kremlin said. " + intro,
			"The call lasted an hour", "Vladimir Putin", Paraphrase, "", false},
		{"person reporting another's words", intro + "Diplomatic adviser Emmanuel Bonne said Putin had explained that the offensive would go on.",
			"the offensive would go on", "Emmanuel Bonne", Paraphrase, "", false},
		{"repeated claim is earlier", intro + "Putin has said several times that the West provoked the war.",
			"the West provoked the war", "Vladimir Putin", Paraphrase, "", true},
		{"adding that with a needs-that verb inside", intro + "“The talks were useful,” the Kremlin said, adding that Putin urged Paris to end arms deliveries.",
			"Putin urged Paris to end arms deliveries", "Vladimir Putin", Paraphrase, "", false},
		{"possessive office speaks for its owner", intro + "Macron's office said the call had been frank.",
			"the call had been frank", "Emmanuel Macron", Paraphrase, "", false},
		{"participle phrase between subject and verb", intro + "Macron, speaking in Brussels, said the sanctions would stay.",
			"the sanctions would stay", "Emmanuel Macron", Paraphrase, "", false},
		{"two subjects joined by and are one clause", intro + "Macron said the strikes on the grid and the overall situation were unacceptable.",
			"the strikes on the grid and the overall situation were unacceptable", "Emmanuel Macron", Paraphrase, "", false},
		{"office with a lower-case word", intro + "Secretary of State Antony Blinken said the allies were united.",
			"the allies were united", "Antony Blinken", Paraphrase, "", false},
		{"agreed to inside one clause", intro + "The Élysée said the leaders discussed the plant and agreed to keep talking.",
			"agreed to keep talking", "Emmanuel Macron", Paraphrase, "", false},
	}
	c := testCatalog(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("t.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			x := Extract(a, c)
			checkInvariants(t, a, x)
			var st *Statement
			var acc *Account
			for i := range x.Accounts {
				for j := range x.Accounts[i].Statements {
					if x.Accounts[i].Statements[j].Text == tt.want {
						st, acc = &x.Accounts[i].Statements[j], &x.Accounts[i]
					}
				}
			}
			if tt.earlier {
				for i := range x.Earlier {
					if x.Earlier[i].Text == tt.want {
						st = &x.Earlier[i]
					}
				}
			}
			if st == nil {
				t.Fatalf("statement %q not found; got %s", tt.want, dumpExtraction(x))
			}
			if st.Earlier != tt.earlier {
				t.Errorf("earlier = %v, want %v", st.Earlier, tt.earlier)
			}
			if st.Kind != tt.kind {
				t.Errorf("kind %s, want %s", st.Kind, tt.kind)
			}
			if acc != nil {
				if acc.Speaker != tt.speaker {
					t.Errorf("speaker %q, want %q", acc.Speaker, tt.speaker)
				}
				if !strings.Contains(acc.Channel, tt.channel) {
					t.Errorf("channel %q, want it to contain %q", acc.Channel, tt.channel)
				}
			} else if st.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", st.Speaker, tt.speaker)
			}
		})
	}
}

func dumpExtraction(x *Extraction) string {
	var b strings.Builder
	for _, acc := range x.Accounts {
		b.WriteString("\n  " + acc.ID + " (" + acc.Label + ")")
		for _, st := range acc.Statements {
			b.WriteString("\n    " + string(st.Kind) + ": " + st.Text)
		}
	}
	for _, st := range x.Earlier {
		b.WriteString("\n  earlier " + st.Speaker + ": " + st.Text)
	}
	return b.String()
}

// TestExtractArticles checks whole test articles: the accounts found and
// a few statements of each.
func TestExtractArticles(t *testing.T) {
	type want struct {
		account, speaker, channel string // channel: a part of the account's channel
		statements                []string
	}
	tests := []struct {
		file     string
		accounts []want
	}{
		{"xi-biden.md", []want{
			{"beijing", "Xi Jinping", "Xinhua", []string{
				"China and the United States should respect\neach other and coexist in peace",
				"China will be patient",
				"But if separatist forces cross the red\nline, we will be compelled to take resolute measures."}},
			// The press secretary relays the call ("the two leaders agreed
			// …"): the White House's own account; Biden's remarks at the
			// meeting join it, the US side's one account.
			{"white-house", "Joe Biden", "White House readout (Jen Psaki)", []string{
				"Biden raised\nconcerns about human rights in Xinjiang and Hong Kong",
				"We have a responsibility to ensure that competition between our countries\ndoes not veer into conflict",
				"the\npresident did not expect a breakthrough", "the two leaders\n\"agreed to keep talking.\""}},
		}},
		{"erdogan-zelensky.txt", []want{
			{"erdogan", "Recep Tayyip Erdoğan", "joint press conference", []string{
				"Türkiye is ready to host talks between Ukraine and Russia at any level.",
				"We want this war to end with a just peace"}},
			{"zelensky", "Volodymyr Zelensky", "post on X", []string{
				"the talks were \"substantive and useful.\"",
				"We are grateful to Türkiye.",
				"Our partnership is growing, and we will keep working together for peace."}},
			{"zelensky-reporters", "Volodymyr Zelensky", "remarks to reporters", []string{
				"Ukraine would not accept any deal that rewards aggression",
				"the grain corridor as \"a lifeline for millions of people.\""}},
			{"ankara", "Recep Tayyip Erdoğan", "Anadolu", []string{
				"the two leaders discussed the Black Sea security situation and energy cooperation"}},
		}},
		{"macron-spokesman.md", []want{
			// The Élysée's spokeswoman relays the call ("The president told
			// him: …"): the French side's own account.
			{"elysee", "Emmanuel Macron", "Élysée (Maud Bregeon)", []string{
				"the French president had \"full confidence\" in the coalition",
				"Europe \"cannot be a spectator.\"",
				"The president told him: 'We will not let Ukraine stand alone,'"}},
			{"starmer", "Keir Starmer", "interview", []string{"sanctions would be tightened if Russia stalled"}},
			{"downing-street", "Keir Starmer", "Downing Street readout", []string{
				"the prime minister \"underlined the need for a just and lasting peace\"", "welcomed the progress of the talks"}},
			// A side reaction: the Kremlin's spokesman speaks for the Kremlin.
			{"kremlin", "Kremlin", "Kremlin (Dmitry Peskov)", []string{"Moscow saw \"no point\" in talks with the coalition"}},
		}},
		{"reuters-style.txt", []want{
			// The Kremlin aide relays the call: the Kremlin's account.
			{"kremlin", "Vladimir Putin", "Kremlin readout (Yuri Ushakov)", []string{
				"a halt to foreign military aid to Kyiv was a key condition for any settlement",
				"the talks would continue at the expert level",
				"the two presidents had also discussed an exchange of prisoners"}},
			{"trump", "Donald Trump", "Truth Social post", []string{"The tone and spirit of the conversation were excellent"}},
			{"kyiv", "Volodymyr Zelensky", "", []string{"it would support the proposal"}},
			{"zelensky", "Volodymyr Zelensky", "video address", []string{"Putin is not ready to end this war"}},
		}},
		{"mixed-patterns.txt", []want{
			// "Asked about sanctions, Putin said: …" is spoken, on other
			// things than the call: his remarks of their own.
			{"putin", "Vladimir Putin", "remarks", []string{"They do not work."}},
			// The Kremlin's spokesman relays the call ("It was a good call"):
			// the Kremlin's own account, told by him; Putin's remarks on
			// the call ("We discussed …") join it, the side's one account.
			{"kremlin", "Vladimir Putin", "Kremlin (Dmitry Peskov)", []string{"We discussed many things", "It was a good call", "We will see what comes next.", "the Kremlin would study the proposal"}},
			// Eight lines and four other speakers after the post, the
			// article has left it and the post's channel does not carry; but
			// words of a party's leader that name no channel are his side's
			// account, and the post is the only one the US side has.
			{"trump", "Donald Trump", "Truth Social post", []string{"The call went very well.", "the conversation \"excellent\"", "he would speak to Putin again"}},
			{"zelensky", "Volodymyr Zelensky", "video address", []string{"Ukraine was ready for a ceasefire"}},
			{"erdogan", "Recep Tayyip Erdogan", "", []string{"This is a historic day"}},
			{"lavrov", "Lavrov", "", []string{"Moscow was ready to continue"}},
			{"zelensky-interview-bbc", "Volodymyr Zelensky", "interview with the BBC", []string{"We are not going to give up"}},
		}},
		{"article.html", []want{
			{"merz", "Friedrich Merz", "remarks to reporters", []string{"We will not accept a ceasefire on Russia's terms"}},
			{"kremlin", "Putin", "Kremlin readout", []string{"Putin had stressed the need to address the root causes of the conflict"}},
		}},
	}
	c := testCatalog(t)
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := loadTest(t, "testdata/"+tt.file)
			x := Extract(a, c)
			checkInvariants(t, a, x)
			if len(x.Accounts) != len(tt.accounts) {
				t.Errorf("%d accounts, want %d:%s", len(x.Accounts), len(tt.accounts), dumpExtraction(x))
			}
			for _, w := range tt.accounts {
				acc := x.Account(w.account)
				if acc == nil {
					t.Errorf("no account %q:%s", w.account, dumpExtraction(x))
					continue
				}
				if acc.Speaker != w.speaker || !strings.Contains(acc.Channel, w.channel) {
					t.Errorf("account %s is %q / %q, want %q / …%s…", w.account, acc.Speaker, acc.Channel, w.speaker, w.channel)
				}
				for _, s := range w.statements {
					found := false
					for _, st := range acc.Statements {
						found = found || st.Text == s
					}
					if !found {
						t.Errorf("account %s lacks %q:%s", w.account, s, dumpExtraction(x))
					}
				}
			}
		})
	}
}

func TestNoStatements(t *testing.T) {
	a := loadTest(t, "testdata/no-statements.txt")
	x := Extract(a, testCatalog(t))
	if len(x.Accounts) != 0 || len(x.Earlier) != 0 {
		t.Errorf("found statements in an article without any:%s", dumpExtraction(x))
	}
}

func TestCatalogExtends(t *testing.T) {
	base, err := os.ReadFile("../assets/catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	user := []byte(`{"channels": [{"name": "Bluesky post", "cues": ["Bluesky"]},
		{"name": "post on X", "cues": ["on the platform X"]}]}`)
	c, err := ParseCatalog(base, user)
	if err != nil {
		t.Fatal(err)
	}
	text := "Finnish President Alexander Stubb spoke to reporters.\nStubb wrote on Bluesky that the talks were serious.\n"
	a, err := Parse("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	x := Extract(a, c)
	if acc := x.Account("stubb"); acc == nil || acc.Channel != "Bluesky post" {
		t.Errorf("user catalog channel not used:%s", dumpExtraction(x))
	}
	n := 0
	for _, ch := range c.Channels {
		if ch.Name == "post on X" {
			n++
			if ch.Cues[len(ch.Cues)-1] != "on the platform X" {
				t.Errorf("cue not appended: %v", ch.Cues)
			}
		}
	}
	if n != 1 {
		t.Errorf("channel %q appears %d times after merging", "post on X", n)
	}
	if _, err := ParseCatalog([]byte(`{"channels": [{"cues": ["x"]}]}`)); err == nil {
		t.Error("a channel without a name was accepted")
	}
	if _, err := ParseCatalog([]byte(`{`)); err == nil {
		t.Error("broken JSON was accepted")
	}
}

// TestSeed checks the built-in article against the human reading in
// testdata/seed-gold.json, with the measure of ../shared/tools/score-comparison:
// each reference account maps to the account covering it best; recall counts
// reference statements half covered by a statement of that account,
// precision the statements of the mapped accounts that touch a reference
// statement.
func TestSeed(t *testing.T) {
	a := loadTest(t, "../assets/seed-article.txt")
	x := Extract(a, testCatalog(t))
	checkInvariants(t, a, x)
	var gold struct {
		Accounts []struct {
			ID         string                     `json:"id"`
			Statements []struct{ Start, End int } `json:"statements"`
		} `json:"accounts"`
	}
	data, err := os.ReadFile("testdata/seed-gold.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	overlap := func(a0, a1, b0, b1 int) int { return max(0, min(a1, b1)-max(a0, b0)) }
	hit, total, tp, fp := 0, 0, 0, 0
	for _, g := range gold.Accounts {
		best, bestCover := (*Account)(nil), 0
		for i := range x.Accounts {
			cover := 0
			for _, gs := range g.Statements {
				for _, st := range x.Accounts[i].Statements {
					cover += overlap(st.Start, st.End, gs.Start, gs.End)
				}
			}
			if cover > bestCover {
				best, bestCover = &x.Accounts[i], cover
			}
		}
		if best == nil || best.ID != g.ID {
			t.Fatalf("reference account %s maps to %v", g.ID, best)
		}
		for _, gs := range g.Statements {
			total++
			for _, st := range best.Statements {
				if 2*overlap(st.Start, st.End, gs.Start, gs.End) >= gs.End-gs.Start {
					hit++
					break
				}
			}
		}
		for _, st := range best.Statements {
			own := false
			for _, gs := range g.Statements {
				own = own || overlap(st.Start, st.End, gs.Start, gs.End) > 0
			}
			if own {
				tp++
			} else {
				fp++
				t.Logf("%s: statement not in the reference: %q", best.ID, st.Text)
			}
		}
	}
	precision, recall := float64(tp)/float64(tp+fp), float64(hit)/float64(total)
	t.Logf("seed extraction: precision %.2f recall %.2f", precision, recall)
	if precision < 0.9 || recall < 0.9 {
		t.Errorf("precision %.2f, recall %.2f: both must be at least 0.90", precision, recall)
	}
	channels := map[string][]string{
		"trump":    {"Truth Social"},
		"kremlin":  {"Kremlin readout", "Russian state media", "RIA Novosti"},
		"zelensky": {"post on X"},
	}
	for id, parts := range channels {
		acc := x.Account(id)
		for _, p := range parts {
			if acc == nil || !strings.Contains(acc.Channel, p) {
				t.Errorf("account %s should name %q in its channel: %+v", id, p, acc)
			}
		}
	}
	// The other voices of the article are accounts of their own: Trump's
	// remarks in the Rose Garden are not his post.
	for _, w := range []struct{ speaker, channel, text string }{
		{"Donald Trump", "Rose Garden", "We just spent two and a half hours talking to Vladimir Putin"},
		{"JD Vance", "reporters", "It takes two to tango."},
		{"Karoline Leavitt", "briefing", "The president and his team have put an enormous amount of effort"},
	} {
		var acc *Account
		for i := range x.Accounts {
			if x.Accounts[i].Speaker == w.speaker && strings.Contains(x.Accounts[i].Channel, w.channel) {
				acc = &x.Accounts[i]
			}
		}
		if acc == nil {
			t.Errorf("no account of %s through %s:%s", w.speaker, w.channel, dumpExtraction(x))
			continue
		}
		found := false
		for _, st := range acc.Statements {
			found = found || strings.HasPrefix(st.Text, w.text)
		}
		if !found {
			t.Errorf("account %s lacks %q", acc.ID, w.text)
		}
	}
	for _, s := range []string{"his discussion with Putin would focus", "both Putin and Zelensky had expressed", "they spoke for about 2 hours"} {
		if findEarlierStatement(x, s) == nil {
			t.Errorf("statement about an earlier event %q not in Earlier", s)
		}
		if findStatement(x, s) != nil {
			t.Errorf("statement about an earlier event %q is in an account", s)
		}
	}
}

// TestEmptyCatalog: without any catalog the extractor still finds quoted
// and reported speech by name, with the grammar's own "say" and "tell";
// channels, roles and the other reporting verbs are the catalog's.
func TestEmptyCatalog(t *testing.T) {
	c, err := ParseCatalog()
	if err != nil {
		t.Fatal(err)
	}
	a := loadTest(t, "../assets/seed-article.txt")
	x := Extract(a, c)
	checkInvariants(t, a, x)
	if st := findStatement(x, "Negotiations between Russia and Ukraine will begin immediately"); st == nil || !strings.Contains(st.Speaker, "Trump") {
		t.Errorf("quote by Trump not found without a catalog:%s", dumpExtraction(x))
	}
	if x2 := Extract(a, nil); len(x2.Accounts) == 0 {
		t.Error("Extract with a nil catalog found nothing")
	}
}

// TestNotStatements checks words that look like an attribution but are not
// one: no statement may contain the forbidden text, and no account may be
// named after it.
func TestNotStatements(t *testing.T) {
	intro := "Russian President Vladimir Putin and French President Emmanuel Macron spoke by phone on Tuesday.\n"
	tests := []struct {
		name, file, text, forbidden string
	}{
		{"fronted phrase of place", "t.txt", intro + "In Paris, Macron responded on Telegram within hours.", "In Paris"},
		{"headline", "t.html", "<html><body><h1>Putin tells Macron Russia will never accept a ceasefire on these terms</h1><p>" + intro + "</p><p>Macron said the talks would resume.</p></body></html>", "on these terms"},
		{"participle opening a sentence", "t.txt", intro + "Speaking at a news conference after the call, Macron called the talks “useful and frank.” Asked about sanctions, he said: “They stay in place.”", "Speaking"},
	}
	c := testCatalog(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.file, []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			x := Extract(a, c)
			checkInvariants(t, a, x)
			for _, acc := range x.Accounts {
				if strings.Contains(acc.Speaker, tt.forbidden) {
					t.Errorf("account %s is named %q", acc.ID, acc.Speaker)
				}
				for _, st := range acc.Statements {
					if strings.Contains(st.Text, tt.forbidden) {
						t.Errorf("statement %s %q holds %q", st.ID, st.Text, tt.forbidden)
					}
				}
			}
		})
	}
}
