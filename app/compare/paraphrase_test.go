package compare

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"readouts/sources"
)

// paraphraseDir holds short accounts of made-up calls with a careful
// reading of each (testdata/paraphrase/README.md gives the format).
const paraphraseDir = "testdata/paraphrase"

// readParaphrase reads one reading: the two accounts as an extraction, and
// the reading in the shape of a gold file.
func readParaphrase(t testing.TB, path string) (*sources.Extraction, *goldFile) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	x := &sources.Extraction{Article: &sources.Article{Name: filepath.Base(path)}}
	g := &goldFile{}
	side := map[byte]int{} // 'L' or 'R' -> account index
	inLink := map[string]bool{}
	for n, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		fail := func(why string) { t.Fatalf("%s:%d: %s: %q", path, n+1, why, line) }
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "left ") || strings.HasPrefix(line, "right "):
			head, speaker, ok := strings.Cut(line, ":")
			f := strings.Fields(head)
			if !ok || len(f) != 2 {
				fail("want left|right ID: SPEAKER")
			}
			side["LR"[len(x.Accounts)]] = len(x.Accounts)
			speaker = strings.TrimSpace(speaker)
			x.Accounts = append(x.Accounts, sources.Account{ID: f[1], Speaker: speaker, Channel: "statement", Label: speaker})
			g.Accounts = append(g.Accounts, goldAccount{ID: f[1], Speaker: speaker})
		case strings.HasPrefix(line, "link "):
			f := strings.Fields(line)
			if len(f) != 5 || len(x.Accounts) != 2 {
				fail("want link L.. R.. VERDICT TOPIC after both accounts")
			}
			l := goldLink{Pair: [2]string{x.Accounts[0].ID, x.Accounts[1].ID}, A: strings.Split(f[1], ","),
				B: strings.Split(f[2], ","), Verdict: f[3], Topic: f[4]}
			for _, id := range append(append([]string{}, l.A...), l.B...) {
				inLink[id] = true
			}
			g.Links = append(g.Links, l)
		case line[0] == 'L' || line[0] == 'R':
			id, text, ok := strings.Cut(line, " ")
			k, known := side[line[0]]
			if !ok || !known {
				fail("a statement needs an ID, a text and its account above")
			}
			acc := &x.Accounts[k]
			start := b.Len()
			b.WriteString(text)
			acc.Statements = append(acc.Statements, sources.Statement{ID: id, Account: acc.ID, Speaker: acc.Speaker,
				Channel: acc.Channel, Kind: sources.Paraphrase, Confidence: 1, Text: text,
				Span: sources.Span{Start: start, End: b.Len()}, Paragraph: len(acc.Statements) + 1})
			g.Accounts[k].Statements = append(g.Accounts[k].Statements, goldStatement{ID: id, Text: text, Start: start, End: b.Len()})
			b.WriteString("\n")
		default:
			fail("unknown line")
		}
	}
	if len(x.Accounts) != 2 {
		t.Fatalf("%s: want two accounts", path)
	}
	for k, side := range []string{"a", "b"} {
		o := goldOnly{Pair: [2]string{x.Accounts[0].ID, x.Accounts[1].ID}, Side: side}
		for _, s := range x.Accounts[k].Statements {
			if !inLink[s.ID] {
				o.IDs = append(o.IDs, s.ID)
			}
		}
		g.Only = append(g.Only, o)
	}
	x.Article.Text = b.String()
	x.Article.Body = sources.Span{End: b.Len()}
	return x, g
}

// TestParaphraseReadings scores the engine on the paraphrase readings,
// pooled. The floors are what the engine scored when they were set: they
// catch a change that makes it worse on short paraphrases. These readings
// were written while the rules were (see README.md), so they are no
// measure of how the engine does on text nobody tuned for.
func TestParaphraseReadings(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(paraphraseDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no readings in %s: %v", paraphraseDir, err)
	}
	e := testEngine(t)
	var total linkScore
	for _, f := range files {
		x, g := readParaphrase(t, f)
		c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
		s := scoreLinks(x, []Comparison{c}, g)
		t.Logf("%s: %v", filepath.Base(f), s)
		if testing.Verbose() {
			for _, r := range c.Rows {
				t.Logf("    %s", rowString(r))
			}
		}
		total.links += s.links
		total.linkTotal += s.linkTotal
		total.verdicts += s.verdicts
		total.shown += s.shown
		total.onlyTotal += s.onlyTotal
		total.falseLinks += s.falseLinks
	}
	t.Logf("pooled: links %d/%d, verdicts %d, one-sided %d/%d, false links %d",
		total.links, total.linkTotal, total.verdicts, total.shown, total.onlyTotal, total.falseLinks)
	if total.links < 157 || total.verdicts < 136 || total.falseLinks > 3 {
		t.Errorf("below the floor: links >= 157, verdicts >= 136, false links <= 3")
	}
}

// TestParaphrasePatterns: the ways two reports of one call make the same
// point in different words, each with a statement on another matter
// beside it on both sides, as in an article: the point is linked, with its
// verdict, and the other statements are not.
func TestParaphrasePatterns(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		topic       string
		verdict     Verdict
	}{
		// A narrow issue named on both sides.
		{"an issue, reassured and warned", "Harlan said his country's policy on Taiwan had not changed.",
			"Wen warned that those who play with fire over Taiwan will get burned.", "taiwan", Diverge},
		{"a sector", "Harlan said the call focused on trade and negotiators would meet again.",
			"Wen said Washington should acknowledge the progress made in trade talks.", "trade", Agree},
		{"a country", "The two leaders discussed Iran.", "Wen and Harlan spoke about the Iranian nuclear issue.", "nuclear", Agree},
		// General English for one thing.
		{"halt and pause, strikes and attacks", "Volkov agreed to a halt on strikes against energy infrastructure.",
			"Russia will pause attacks on energy facilities.", "ceasefire", Agree},
		{"a moratorium", "Volkov agreed to stop attacks on power plants.", "A moratorium on strikes against power plants was agreed.", "ceasefire", Agree},
		{"a lasting settlement", "The leaders agreed to work toward a lasting peace agreement.",
			"Volkov is ready to seek a long-term settlement with Harlan.", "talks", Agree},
		// Attributes of the call itself.
		{"length, agreeing", "Harlan called it a pretty long call.", "The conversation went on for nearly an hour.", "duration", Agree},
		{"length, differing", "The call lasted 90 minutes.", "The two leaders spoke for two hours.", "duration", Diverge},
		{"tone", "The White House described the talks as candid and in-depth.", "The two presidents discussed a wide range of issues.", "assessment", Agree},
		{"progress", "Harlan said they made no progress toward a ceasefire.", "Volkov said the talks had produced results.", "progress", Diverge},
		// The same point in other words.
		{"keeping in touch", "Harlan said the two sides would stay in touch.", "Wen said their teams would maintain contacts.", "channels", Agree},
		{"a briefing on another meeting", "Harlan briefed Wen on the outcome of his talks in Seoul.",
			"Wen thanked Harlan for sharing his impressions of the trip.", "sequence", Agree},
		{"the best call", "Harlan called it one of the best conversations he had had with Wen.",
			"Xinhua said the call was strategic in nature.", "assessment", Agree},
		{"a briefing on a meeting", "Harlan told Wen about his meeting with the Japanese prime minister.",
			"Wen thanked Harlan for sharing the results of his visit.", "sequence", Agree},
		{"a settlement in other words", "Harlan said the war should be settled through negotiations.",
			"Volkov said Moscow wanted to end the conflict by political and diplomatic means.", "talks", Agree},
		{"consultations go on", "Harlan said he and Wen had agreed to remain in touch.",
			"Wen said the two leaders would continue their consultations.", "channels", Agree},
		{"the killing must stop", "Harlan said the killing must stop.", "Wen backed an immediate ceasefire.", "ceasefire", Agree},
		{"a power line", "Harlan said they discussed the power line between the two grids.",
			"Wen said China would sell more electricity to its neighbour.", "energy", Agree},
		{"defence ministers and defence talks", "Harlan said their defence ministers would meet this year.",
			"Wen said the defence talks would take place soon.", "security", Agree},
		{"scholarships, counted differently", "Harlan said Washington would fund 300 scholarships.",
			"Wen welcomed the offer of 200 scholarships.", "exchanges", Diverge},
		{"batteries and systems", "Harlan said Washington would send two more Patriot batteries.",
			"Wen welcomed the deployment of additional air defence systems.", "weapons", Agree},
		{"fires and firefighters", "Harlan expressed condolences for the victims of the wildfires.",
			"Wen thanked Harlan for sending firefighting planes.", "disasters", Agree},
		{"a council in other words", "The leaders agreed to hold a high-level cooperation council in the autumn.",
			"Wen said the council meeting would be prepared by the foreign ministers.", "meeting", Agree},
		{"aid in other words", "Harlan called for the unhindered entry of aid into the territory.",
			"Wen said China would increase humanitarian deliveries to the region.", "humanitarian", Agree},
		{"disputes at sea", "Harlan said disputes in the South China Sea should be settled peacefully.",
			"Wen said the two countries were committed to resolving maritime disputes without force.", "territory", Agree},
		{"pilgrims", "Harlan said the kingdom would welcome pilgrims for the hajj.",
			"Wen thanked Harlan for the care given to pilgrims.", "exchanges", Agree},
		// Opposite answers to one question, in other words.
		{"tariffs staying, and removed", "Harlan said the tariffs on steel would stay until a new deal is reached.",
			"Wen asked Harlan to remove the steel tariffs.", "trade", Diverge},
		{"border controls and checks at the frontier", "Harlan said temporary controls at the northern border would stay in place.",
			"Wen said checks at the frontier should be lifted soon.", "migration", Diverge},
		{"a jailed activist and internal affairs", "Harlan raised the case of a jailed pro-democracy publisher.",
			"Wen said Hong Kong affairs were purely an internal matter.", "rights", Diverge},
		{"a level field and fair treatment", "Harlan said American carmakers needed a level playing field.",
			"Wen said Chinese companies abroad should be treated fairly.", "trade", Agree},
		{"competing asks", "Harlan asked for barriers to trade in farm goods to be removed.",
			"Wen said Chinese firms investing abroad should be treated fairly.", "trade", Diverge},
		{"no movement, and more talks", "Harlan said there had been no sign of movement.",
			"Volkov said Moscow would keep negotiating while pursuing its aims.", "progress", Diverge},
		{"stalled, and open to more", "Harlan said the negotiations had stalled.",
			"Wen said Beijing remained open to talks but would not give up its goals.", "talks", Diverge},
		{"a truce now, and the root causes", "Harlan urged an immediate truce.",
			"Volkov said any deal must remove the root causes of the conflict.", "ceasefire", Diverge},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{
				"a": {"Harlan said he invited Wen to a state dinner in the autumn.", tc.left},
				"b": {tc.right, "Wen said the two countries should deepen people-to-people exchanges."},
			}, "a", "b")
			x.Accounts[0].Speaker, x.Accounts[1].Speaker = "White House", "Xinhua"
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			var matched []Row
			for _, r := range c.Rows {
				if r.Verdict == Agree || r.Verdict == Diverge {
					matched = append(matched, r)
				}
			}
			if len(matched) != 1 || !slices.Equal(matched[0].Left, []string{"a-2"}) || !slices.Equal(matched[0].Right, []string{"b-1"}) {
				t.Fatalf("want a-2 and b-1 linked and nothing else; rows %v", c.Rows)
			}
			if r := matched[0]; r.Topic != tc.topic || r.Verdict != tc.verdict {
				t.Errorf("%s %s, want %s %s; reasons %q", r.Topic, r.Verdict, tc.topic, tc.verdict, r.Reasons)

			}
		})
	}
}

// TestFrameOfTheCall: what every statement of the two accounts names (the
// sides they speak for and their speakers, as the accounts' speakers and
// channels say) makes no point of two statements that share nothing else.
func TestFrameOfTheCall(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
	}{
		{"the leaders' names", "Wen told Harlan that the two countries must respect each other.",
			"Harlan told Wen that the American people want peace."},
		{"the countries of the call", "Washington and Beijing must manage their differences, the White House said.",
			"China and the United States should be partners, Xinhua said."},
		{"their capitals as places", "Harlan will visit Beijing in the spring.", "Wen said Beijing welcomes investment in Shanghai."},
		{"a title", "Premier Wen praised the panda exhibition.", "The White House said lower tariffs were a priority for Premier Wen."},
		{"the other leader in a reported account", "Harlan said he had told Wen about the new visa rules for students.",
			"Wen told Harlan that Beijing would build two more power plants."},
		{"one side's report of the other", "Wen said Harlan had told him the election would be held in November.",
			"Harlan said Wen had raised the fentanyl trade."},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": {tc.left}, "b": {tc.right}}, "a", "b")
			x.Accounts[0].Speaker, x.Accounts[0].Channel = "Donald Harlan", "White House statement"
			x.Accounts[1].Speaker, x.Accounts[1].Channel = "Wen Li", "Chinese state media"
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			for _, r := range c.Rows {
				if r.Verdict == Agree || r.Verdict == Diverge {
					t.Errorf("linked: %s", rowString(r))
				}
			}
		})
	}
}

// TestRivalsOnOnePoint: statements of one account on one point are not
// rivals of one another: a statement of the other account that is closest
// to one of them, and far from its statements on other points, is linked.
func TestRivalsOnOnePoint(t *testing.T) {
	x := buildArticle(map[string][]string{
		"a": {"Harlan said the one-China policy has not changed.", "Harlan raised human rights."},
		"b": {"Wen said Taiwan is the most sensitive issue.", "Wen said reunification is unstoppable.", "Wen praised the trade talks."},
	}, "a", "b")
	x.Accounts[0].Speaker, x.Accounts[1].Speaker = "White House", "Xinhua"
	c := testEngine(t).Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
	var linked []string
	for _, r := range c.Rows {
		if r.Verdict == Agree || r.Verdict == Diverge {
			linked = append(linked, r.Topic+" "+strings.Join(r.Left, ",")+" "+strings.Join(r.Right, ","))
		}
	}
	if len(linked) != 1 || !strings.HasPrefix(linked[0], "taiwan a-1 ") {
		t.Errorf("want a-1 linked on Taiwan, once; linked %v", linked)
	}
}
