package compare

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSamePointNotSameWord: two statements are linked when they share a
// topic and something specific (a thing, a name, a number, a date, the
// event), never a broad topic alone; statements about one point are linked
// even when the lexicon files them under different topics.
func TestSamePointNotSameWord(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		linked      bool
		topic       string // of the row, when linked
	}{
		{"topics differ", "We discussed trade.", "The sides will resume dialogue on security.", false, ""},
		{"a broad topic alone", "The two leaders held talks.", "Dialogue will continue.", false, ""},
		// The relationship between the sides of the call is one thing,
		// whatever words each side gives it; one with a third side is
		// another.
		{"the relationship of the two sides", "Relations between the two countries are improving.", "The partnership faces a difficult moment.", true, "relations"},
		{"a relationship with a third side", "Relations between the two countries are improving.", "The partnership with Iran faces a difficult moment.", false, ""},
		{"a relationship between two others", "Relations between Ostland and Zambara are tense.", "The partnership faces a difficult moment.", false, ""},
		// Where it was said ("in the phone call") does not make a
		// statement about the call rather than the relationship.
		{"the relationship, said in the call", "In their phone call the two presidents spoke of relations between their countries.",
			"The partnership faces a difficult moment.", true, "relations"},
		{"the relationship with a third side, said in the call", "In their phone call the two presidents discussed the ties between Iran and Syria.",
			"The partnership faces a difficult moment.", false, ""},
		{"the relationship and the talks", "Relations between the two countries are improving.", "The talks faced a difficult moment.", false, ""},
		{"a formula", "Seoul hopes to expand cooperation on chips.", "Tokyo will strengthen security cooperation against missiles.", false, ""},
		{"a name across topics", "Turkey wants the Aegean to be a sea of peace.", "Maritime disputes in the Aegean belong before the court in The Hague.", true, "territory"},
		{"the call in passing", "During the call, the leaders discussed human rights.", "In the conversation, the sides spoke about Taiwan.", false, ""},
		{"the same thing", "The sides discussed a prisoner exchange.", "A swap of prisoners was agreed.", true, "prisoners"},
		{"the same place", "Talks could be held in Vienna.", "Vienna is ready to host the next round.", true, "venue"},
		{"two countries together", "Negotiations between Armenia and Azerbaijan will begin.", "Baku is ready for talks with Armenia.", true, "talks"},
		{"labels differ", "A summit in Vienna was agreed.", "Preparations for the summit start now.", true, "meeting"},
		{"a meeting within a month", "Preparations for the summit start now.", "We will meet within a month.", true, "meeting"},
		{"the call itself", "The president spoke today with the prime minister of Japan.", "The Japanese prime minister had a lengthy telephone conversation with the president.", true, "sequence"},
		{"the call, telephoned", "The premier telephoned the king on Monday evening.",
			"The king had a telephone conversation with the premier.", true, "sequence"},
		{"the call, telephoned, and another matter", "The premier telephoned the king on Monday evening.",
			"The king will tour the flooded provinces next week.", false, ""},
		// One body or country, two names.
		{"a country by its initials", "The leaders reviewed the situation around North Korea.",
			"The situation concerning the DPRK was reviewed.", true, "other"},
		{"the north and the south by their long names", "The leaders reviewed the situation around the Democratic People's Republic of Korea.",
			"The situation concerning the Republic of Korea was reviewed.", false, ""},
		{"a body by its initials", "The ministers discussed the bid to join the WTO.",
			"Entry into the World Trade Organization was discussed.", true, "trade"},
		{"a name no other statement has", "They reviewed regional issues such as Iran.", "The leaders discussed the Iranian nuclear programme.", true, "nuclear"},
		{"jailed and detained", "Harlan raised the case of a journalist jailed last year.",
			"Wen said the detention of the reporter was a matter for the courts.", true, "prisoners"},
		{"one country, a partner and not", "The president raised Moscow's military cooperation with Iran.",
			"The leaders discussed the Iranian nuclear programme.", false, ""},
		{"one country, a partner on both sides", "The president raised Moscow's military cooperation with Iran.",
			"The Kremlin defended its ties with Iran.", true, "relations"},
		{"rebuilding is not investing", "The leaders will hold a conference on rebuilding the port city.",
			"The sides welcomed the growth of investment between the two countries.", false, ""},
		{"the call by video link", "The president held a video conference with the chancellor.",
			"A conversation between the chancellor and the president took place via video link.", true, "sequence"},
		{"forced labour and compensation", "Seoul raised the issue of wartime forced labour.",
			"Tokyo said the question of compensation had been settled long ago.", true, "justice"},
		{"a number", "Direct budget support of $500 million will follow.", "Kyiv thanked Washington for $500 million in budgetary aid.", true, "aid"},
		{"an amount of money across topics", "Washington is sending $2 billion in security assistance.",
			"Kyiv welcomed a package of assistance worth USD 2 billion.", true, "aid"},
		{"a summit", "The president suggested a summit meeting in some neutral capital.",
			"The president suggested holding a summit soon.", true, "meeting"},
		{"a count across topics", "Some 10,000 troops took part in the drills.", "The camp holds 10,000 refugees.", false, ""},
		{"the situation and the shelling in one place", "The minister voiced alarm over the situation in western Zambara.",
			"He said allied militias keep up their shelling of villages in western Zambara.", true, "military"},
		{"the situation in one place, shelling in another", "The minister voiced alarm over the situation in western Zambara.",
			"He said allied militias keep up their shelling of villages in Ostland.", false, ""},
		{"a free trade agreement by its initials", "Both hoped to wrap up work on a free trade agreement this year.",
			"They stressed an early conclusion of the FTA.", true, "trade"},
		{"a free trade agreement and a peace agreement", "Both hoped to wrap up work on a free trade agreement this year.",
			"They stressed an early conclusion of the peace agreement.", false, ""},
		{"best wishes and congratulations", "The chancellor sent his best wishes on the premier's election.",
			"The premier thanked her for the congratulations.", true, "congratulations"},
		{"wished success and congratulations", "She wished the premier every success in the post.",
			"The premier thanked her for the kind congratulations.", true, "congratulations"},
		{"best wishes and condolences", "The chancellor sent his best wishes on the premier's election.",
			"The premier offered condolences over the floods.", false, ""},
		{"nuclear threats by other words", "They deplored the nuclear threats made by the junta.",
			"Both rejected nuclear blackmail from the junta.", true, "nuclear"},
		{"the use of nuclear force and nuclear weapons", "He warned the junta against resorting to nuclear force.",
			"Both opposed any use of nuclear weapons.", true, "nuclear"},
		{"climate change, global or not", "The two leaders took up the fight against global climate change.",
			"Climate change featured in the talks.", true, "climate"},
		{"terrorism, global or not", "The ministers spoke about global terrorism.",
			"Cooperation against terrorism was raised.", true, "terrorism"},
		{"the global economy and the two economies", "The ministers spoke about the global economy.",
			"Economic ties between the two countries were raised.", false, ""},
		{"nuclear weapons and a nuclear plant", "Both opposed any use of nuclear weapons.",
			"Engineers will inspect the nuclear plant next week.", false, ""},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": {tc.left}, "b": {tc.right}}, "a", "b")
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			linked := len(c.Rows) == 1 && (c.Rows[0].Verdict == Agree || c.Rows[0].Verdict == Diverge)
			if linked != tc.linked {
				t.Fatalf("linked %v, want %v; rows %v", linked, tc.linked, c.Rows)
			}
			if linked && c.Rows[0].Topic != tc.topic {
				t.Errorf("topic %s, want %s; reasons %q", c.Rows[0].Topic, tc.topic, c.Rows[0].Reasons)
			}
		})
	}
}

// TestOnePointOneRow: statements about one point stand in one row even
// when their words differ ("a summit", "we will meet"); two statements on
// one subject in other words ("trade", "tariffs"), each the other's
// closest, are one point too.
func TestOnePointOneRow(t *testing.T) {
	x := buildArticle(map[string][]string{
		"a": {"A summit in Vienna was agreed.", "Trade was discussed."},
		"b": {"Preparations for the summit start now.", "We will meet within a month.", "Tariffs will fall."},
	}, "a", "b")
	c := testEngine(t).Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
	var got []string
	for _, r := range c.Rows {
		got = append(got, fmt.Sprintf("%s %s %v %v", r.Topic, r.Verdict, r.Left, r.Right))
	}
	want := []string{"meeting agree [a-1] [b-1 b-2]", "trade agree [a-2] [b-3]"}
	if !slices.Equal(got, want) {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTwoPoints: a statement that makes two points, linked to two
// statements on two different things, stands in the row of each; its own
// row is the one of its strongest link, and the row of its second point
// refers to it.
func TestTwoPoints(t *testing.T) {
	x := buildArticle(map[string][]string{
		"a": {"Sanctions on Minsk will stay, and 40 prisoners will be released on Friday."},
		"b": {"The 40 prisoners will be released on Friday.", "Sanctions on Minsk were discussed."},
	}, "a", "b")
	e := testEngine(t)
	c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
	var prisoners, sanctions *Row
	for k := range c.Rows {
		switch c.Rows[k].Topic {
		case "prisoners":
			prisoners = &c.Rows[k]
		case "sanctions":
			sanctions = &c.Rows[k]
		}
	}
	if len(c.Rows) != 2 || prisoners == nil || sanctions == nil {
		t.Fatalf("want a prisoners row and a sanctions row; rows %v", c.Rows)
	}
	if prisoners.Verdict != Agree || !slices.Equal(prisoners.Left, []string{"a-1"}) || prisoners.Refs != nil {
		t.Errorf("prisoners row: want a-1 in its own row; %+v", prisoners)
	}
	if sanctions.Verdict != Agree || !slices.Equal(sanctions.Left, []string{"a-1"}) ||
		!slices.Equal(sanctions.Right, []string{"b-2"}) || sanctions.Refs == nil || !slices.Equal(sanctions.Refs.Left, []string{"a-1"}) {
		t.Errorf("sanctions row: want a-1 and b-2, referring to a-1; %+v", sanctions)
	}
}

// TestCommitmentScale: the commitment of each side to one action, on a
// scale of three steps; two steps apart is a divergence, one step is not, a
// flipped polarity is, and a detail only one side gives is not, nor a
// level each side gives of another action.
func TestCommitmentScale(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		verdict     Verdict
	}{
		{"agreed and ready", "Both sides agreed to a prisoner exchange.", "Kyiv is ready for a prisoner exchange.", Agree},
		{"agreed and possible", "Both sides agreed to a prisoner exchange.", "A prisoner exchange is possible.", Diverge},
		{"immediately and in future", "The prisoner exchange will begin immediately.", "A prisoner exchange may follow in the future.", Diverge},
		{"proposed and possible", "Moscow proposed a prisoner exchange.", "A prisoner exchange could follow later.", Agree},
		{"the cue nearest the point", "Both sides are ready to work on a memorandum about a future prisoner exchange.", "The prisoner exchange will begin immediately.", Diverge},
		{"a cue elsewhere in the statement", "Kyiv is ready for a prisoner exchange in all possible places.", "The prisoner exchange will begin immediately.", Agree},
		{"polarity flips", "Kyiv is ready for a prisoner exchange.", "Kyiv is not ready for a prisoner exchange.", Diverge},
		{"one step on both sides somewhere", "The leaders agreed to task their teams with exploring a prisoner exchange.",
			"The leaders agreed to launch a prisoner exchange.", Agree},
		{"a detail one side gives", "A prisoner exchange will take place.", "A prisoner exchange of 40 soldiers will take place on Friday.", Agree},
		// The scale compares one action only: starting talks at once
		// and a settlement the talks may bring are two.
		{"starting talks, and a settlement", "The two leaders agreed to open negotiations without delay.",
			"A lasting settlement could eventually be reached through talks.", Agree},
		{"one action, its subject", "Talks on a ceasefire will start next week.", "Talks on a ceasefire are possible at a later stage.", Diverge},
		{"one action in other words", "An exchange of prisoners will take place immediately.", "Prisoners may be exchanged in the future.", Diverge},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": {tc.left}, "b": {tc.right}}, "a", "b")
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			if len(c.Rows) != 1 || c.Rows[0].Verdict != tc.verdict {
				t.Fatalf("want one %s row; rows %v", tc.verdict, c.Rows)
			}
		})
	}
}

// TestMarks: the evidence marks of a row are the shared things and the cue
// words its key reason names, on both sides, in each statement's own byte
// offsets.
func TestMarks(t *testing.T) {
	x := buildArticle(map[string][]string{
		"a": {"Talks between Russia and Ukraine will begin immediately."},
		"b": {"Moscow is open to future talks with Ukraine."},
	}, "a", "b")
	e := testEngine(t)
	c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
	if len(c.Rows) != 1 || c.Rows[0].Verdict != Diverge || c.Rows[0].Marks == nil {
		t.Fatalf("rows %v", c.Rows)
	}
	marked := func(ms []Mark, text string) map[string]MarkKind {
		out := map[string]MarkKind{}
		for _, m := range ms {
			out[text[m.Start:m.End]] = m.Kind
		}
		return out
	}
	left := marked(c.Rows[0].Marks.Left, x.Accounts[0].Statements[0].Text)
	right := marked(c.Rows[0].Marks.Right, x.Accounts[1].Statements[0].Text)
	for word, kind := range map[string]MarkKind{"Russia": MarkShared, "Ukraine": MarkShared, "will": MarkCue, "Talks": MarkTopic} {
		if left[word] != kind {
			t.Errorf("left %q marked %q, want %q (marks %v)", word, left[word], kind, left)
		}
	}
	for word, kind := range map[string]MarkKind{"Moscow": MarkShared, "Ukraine": MarkShared, "future": MarkCue} {
		if right[word] != kind {
			t.Errorf("right %q marked %q, want %q (marks %v)", word, right[word], kind, right)
		}
	}
}

// TestPartiesAreTheFrame: when the accounts say whom they speak for (the
// White House, the Kremlin), those two countries named together are the
// frame of the whole call, not a point two statements share; a third
// country with them is.
func TestPartiesAreTheFrame(t *testing.T) {
	tests := []struct {
		name            string
		leftBy, rightBy string
		left, right     string
		linked          bool
	}{
		{"the two parties", "White House", "Kremlin", "The presidents discussed negotiations between Russia and the United States.",
			"Russia and the United States will continue their dialogue.", false},
		{"the two parties and a third", "White House", "Kremlin", "The presidents discussed talks between Russia and Ukraine with the United States.",
			"Russia and the United States will hold talks on Ukraine.", true},
		{"parties unknown", "a reporter", "a spokesman", "The presidents discussed negotiations between Russia and the United States.",
			"Russia and the United States will continue their dialogue.", true},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": {tc.left}, "b": {tc.right}}, "a", "b")
			x.Accounts[0].Speaker, x.Accounts[1].Speaker = tc.leftBy, tc.rightBy
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			linked := len(c.Rows) == 1 && (c.Rows[0].Verdict == Agree || c.Rows[0].Verdict == Diverge)
			if linked != tc.linked {
				t.Errorf("linked %v, want %v; rows %v", linked, tc.linked, c.Rows)
			}
		})
	}
}

// TestCountryAsPlace: a country or capital the cue file knows as an actor
// is an actor, and a place only where the topic is the venue; a city is a
// place wherever it is named.
func TestCountryAsPlace(t *testing.T) {
	lex := testLexicon(t)
	kinds := func(text string) string {
		sc := lex.scan(text, stemmer{})
		st := lex.stanceOf(&sc)
		p := lex.pointOf(&sc, &st, map[string]bool{})
		var out []string
		for _, k := range p.keys {
			if k.kind == specActor || k.kind == specPlace || k.kind == specWhere {
				out = append(out, string(k.kind)+" "+k.cues[0].text)
			}
		}
		return strings.Join(out, ", ")
	}
	tests := []struct{ text, want string }{
		{"Trade with China has been unfair.", "a China"},
		{"Moscow rejected the proposal.", "a Moscow"},
		{"The ministers met in Geneva.", "p Geneva"},
		{"The talks will be held in Turkey.", "a Turkey, w Turkey"},
	}
	for _, tc := range tests {
		if got := kinds(tc.text); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSharedPhrase: two words in a row that no lexicon knows, used by the
// two statements and no other, are the same thing; a phrase many
// statements use is not.
func TestSharedPhrase(t *testing.T) {
	e := testEngine(t)
	linked := func(a, b []string) []string {
		x := buildArticle(map[string][]string{"a": a, "b": b}, "a", "b")
		c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
		var out []string
		for _, r := range c.Rows {
			if r.Verdict == Agree || r.Verdict == Diverge {
				out = append(out, strings.Join(r.Left, ",")+"|"+strings.Join(r.Right, ","))
			}
		}
		return out
	}
	if got := linked([]string{"They talked about ice hockey."}, []string{"Russian and American players will hold ice hockey matches."}); !slices.Equal(got, []string{"a-1|b-1"}) {
		t.Errorf("ice hockey: linked %v", got)
	}
	if got := linked([]string{"They praised close coordination.", "Close coordination will go on."},
		[]string{"Close coordination matters, the minister said.", "He called for close coordination."}); len(got) != 0 {
		t.Errorf("a formula every statement uses: linked %v", got)
	}
	if got := linked([]string{"The president wants steady and predictable ties with Lisbon."},
		[]string{"Both capitals favour steady and predictable contacts on urgent questions."}); !slices.Equal(got, []string{"a-1|b-1"}) {
		t.Errorf("two words joined by and: linked %v", got)
	}
	if got := linked([]string{"The president wants a steady relationship that is predictable."},
		[]string{"Both capitals favour predictable and steady contacts on urgent questions."}); len(got) != 0 {
		t.Errorf("the same words, not the same phrase: linked %v", got)
	}
}
