package usage

import (
	"slices"
	"strings"
	"testing"

	"readouts/app/compare"
	"readouts/assets"
	"readouts/sources"
)

func testEngine(t testing.TB) *compare.Engine {
	t.Helper()
	lex, err := compare.ParseLexicon(assets.Topics, assets.Cues)
	if err != nil {
		t.Fatal(err)
	}
	return compare.New(lex)
}

// documents builds an extraction of one document whose account holds the
// given statements, each its own paragraph.
func documents(t testing.TB, statements ...string) *sources.Extraction {
	t.Helper()
	text := strings.Join(statements, "\n\n")
	a, err := sources.Parse("readout.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	acc := sources.Account{ID: "office", Speaker: "Office", Channel: "readout", Document: "office"}
	at := 0
	for i, s := range statements {
		acc.Statements = append(acc.Statements, sources.Statement{ID: "office-" + string(rune('1'+i)), Account: "office",
			Speaker: "Office", Span: sources.Span{Start: at, End: at + len(s)}, Text: s, Paragraph: i + 1, Document: "office"})
		at += len(s) + 2
	}
	doc := sources.Document{ID: "office", Name: "readout.txt", Start: 0, End: len(text), Article: a}
	return &sources.Extraction{Article: a, Accounts: []sources.Account{acc}, Documents: []sources.Document{doc}}
}

// article parses text as an article without accounts: its sentences are
// the passages.
func article(t testing.TB, text string) *sources.Extraction {
	t.Helper()
	a, err := sources.Parse("story.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return &sources.Extraction{Article: a}
}

func TestAnalyzeUses(t *testing.T) {
	eng := testEngine(t)
	tests := []struct {
		name, doc, story string
		use              Use
		less, more       []string // words that must be listed
		elseHas          string   // text one Else note must hold
		unquoted         bool
	}{
		{name: "quoted whole",
			doc:   "Russia has no plans to attack its neighbours.",
			story: "The weather was cold.\n\nThe minister said: “Russia has no plans to attack its neighbours.”",
			use:   Quoted},
		{name: "quoted in part",
			doc:   "The sanctions would be a colossal mistake with grave consequences for relations.",
			story: "The minister called new sanctions “a colossal mistake” on Friday.",
			use:   QuotedInPart, less: []string{"grave", "consequences", "relations"}},
		{name: "paraphrased in other order",
			doc:   "The leaders agreed to resume grain exports through the southern ports.",
			story: "Grain exports through the southern ports will resume, the two leaders agreed.",
			use:   Paraphrased},
		{name: "the article adds words",
			doc:   "The leaders agreed to resume grain exports through the southern ports.",
			story: "The leaders agreed to resume grain exports through the southern ports under military escort.",
			use:   Paraphrased, more: []string{"military", "escort"}, unquoted: true},
		{name: "the article negates",
			doc:   "The ministers agreed to extend the ceasefire in the eastern provinces.",
			story: "The ministers did not agree to extend the ceasefire in the eastern provinces.",
			use:   Paraphrased, elseHas: "negation only in the article", unquoted: true},
		{name: "the article hedges",
			doc:   "Exports of fertiliser will rise sharply after the tariff agreement.",
			story: "Exports of fertiliser may rise sharply after the tariff agreement, officials said.",
			use:   Paraphrased, elseHas: "hedge only in the article: 'may'"},
		{name: "nothing alike",
			doc:   "The president thanked the nurses of the city hospital for their courage.",
			story: "The weather in the capital was cold and wet on Monday.",
			use:   NotFound},
		{name: "a common subject is not a match",
			doc:   "The president thanked the nurses of the city hospital for their courage.",
			story: "Hospital budgets were cut again this year, the finance ministry said.",
			use:   NotFound},
		{name: "a quoted name in another quotation is not a quotation",
			doc:   "The ministers discussed relations between Ruritania and the United States at length.",
			story: "The envoy voiced “concerns of the United States and its partners” on Monday.",
			use:   NotFound},
		{name: "names in common are not a paraphrase",
			doc:   "Ivan Sokol had a lengthy conversation with President Anna Berg of Freedonia.",
			story: "According to the readout, President Anna Berg of Freedonia voiced concerns to Ivan Sokol about the border.",
			use:   Related},
		{name: "a quoted phrase of stopwords is not a quotation",
			doc:   "He said that it was all of the same to them in the end.",
			story: "A spokesman said “it was all of the” plan.",
			use:   NotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Analyze(documents(t, tc.doc), article(t, tc.story), eng)
			c := res.Check("office-1")
			if c == nil {
				t.Fatal("no check for the statement")
			}
			if c.Use != tc.use {
				t.Fatalf("use %s, want %s (passage %+v)", c.Use, tc.use, c.Passage)
			}
			if (c.Passage == nil) != (tc.use == NotFound) {
				t.Errorf("passage %+v for use %s", c.Passage, c.Use)
			}
			if c.Passage != nil && res.Article.Text[c.Passage.Start:c.Passage.End] != c.Passage.Text {
				t.Errorf("passage text %q is not the article's bytes %d..%d", c.Passage.Text, c.Passage.Start, c.Passage.End)
			}
			for _, w := range tc.less {
				if !slices.Contains(c.Less, w) {
					t.Errorf("less %v lacks %q", c.Less, w)
				}
			}
			for _, w := range tc.more {
				if !slices.Contains(c.More, w) {
					t.Errorf("more %v lacks %q", c.More, w)
				}
			}
			if tc.elseHas != "" && !slices.ContainsFunc(c.Else, func(s string) bool { return strings.Contains(s, tc.elseHas) }) {
				t.Errorf("else %q lacks %q", c.Else, tc.elseHas)
			}
			if tc.elseHas == "" && len(c.Else) > 0 {
				t.Errorf("else %q, want none", c.Else)
			}
			if c.Unquoted != tc.unquoted {
				t.Errorf("unquoted %v, want %v", c.Unquoted, tc.unquoted)
			}
			if got := res.Documents[0].Counts[tc.use]; got != 1 {
				t.Errorf("count of %s is %d, want 1", tc.use, got)
			}
		})
	}
}

// TestExtras: a statement the article attributes to a side it quotes from
// the document, with nothing like it in the document, is listed.
func TestExtras(t *testing.T) {
	docs := documents(t, "The ministers agreed to extend the ceasefire in the eastern provinces.")
	story := "The ministers agreed to extend the ceasefire in the eastern provinces, the office said.\n\nThe office also accused its neighbours of hoarding wheat."
	art := article(t, story)
	add := func(text string) sources.Statement {
		at := strings.Index(story, text)
		return sources.Statement{ID: "office-" + string(rune('1'+len(art.Accounts[0].Statements))), Speaker: "Office",
			Span: sources.Span{Start: at, End: at + len(text)}, Text: text, Paragraph: 1 + strings.Count(story[:at], "\n\n")}
	}
	art.Accounts = []sources.Account{{ID: "office", Speaker: "Office"}}
	art.Accounts[0].Statements = append(art.Accounts[0].Statements, add("The ministers agreed to extend the ceasefire in the eastern provinces"))
	art.Accounts[0].Statements = append(art.Accounts[0].Statements, add("accused its neighbours of hoarding wheat"))
	res := Analyze(docs, art, testEngine(t))
	if c := res.Check("office-1"); c == nil || c.Use != Paraphrased || c.Passage.Statement != "office-1" {
		t.Fatalf("check %+v, want a paraphrase by the article's statement office-1", c)
	}
	if len(res.Extras) != 1 || res.Extras[0].Passage.Statement != "office-2" || res.Extras[0].Document != "office" {
		t.Fatalf("extras %+v, want office-2 against document office", res.Extras)
	}
}

func TestQuoteSpans(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"He said “yes” and «non».", []string{"yes", "non"}},
		{`A "straight" quote.`, []string{"straight"}},
		{"An open “quotation runs on", []string{"quotation runs on"}},
		{"„Ja“, sagte er.", []string{"Ja"}},
		{"No quotes here.", nil},
	}
	for _, tc := range tests {
		a, err := sources.Parse("q.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range quoteSpans(a) {
			got = append(got, a.Text[s.Start:s.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: quotations %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestWordsAndRuns(t *testing.T) {
	ws := words("Biden’s 1,200-strong de-escalation, U.S. plan.")
	var got []string
	for _, w := range ws {
		got = append(got, w.norm)
	}
	want := []string{"biden's", "1,200-strong", "de-escalation", "u", "s", "plan"}
	if !slices.Equal(got, want) {
		t.Errorf("words %q, want %q", got, want)
	}
	tests := []struct {
		a, b    string
		n, from int
	}{
		{"the talks were frank and useful", "he called the talks frank and useful", 3, 4},
		{"one two three", "four five", 0, 0},
		{"", "a", 0, 0},
	}
	for _, tc := range tests {
		n, from := longestRun(words(tc.a), words(tc.b), nil)
		if n != tc.n || from != tc.from {
			t.Errorf("longestRun(%q, %q) = %d at %d, want %d at %d", tc.a, tc.b, n, from, tc.n, tc.from)
		}
	}
	// Only accepted words make a run.
	n, _ := longestRun(words("a b c d"), words("a b c d"), func(j int) bool { return j != 2 })
	if n != 2 {
		t.Errorf("run across a refused word: %d, want 2", n)
	}
}
