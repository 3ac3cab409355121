package views

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"readouts/app"
	"readouts/app/naming"
	"readouts/sources"
)

func TestHighlightTextWrapsNarrower(t *testing.T) {
	test.NewTempApp(t)
	h := NewHighlightText(strings.Repeat("several words of text ", 20), nil)
	wide, narrow := h.HeightForWidth(800), h.HeightForWidth(200)
	if !(narrow > wide) {
		t.Fatalf("height at 200px = %v, at 800px = %v: narrower must wrap to more lines", narrow, wide)
	}
	one := NewHighlightText("word", nil).HeightForWidth(800)
	if wide <= one {
		t.Fatalf("20 phrases fit on one line of 800px? height %v vs one line %v", wide, one)
	}
}

func TestHighlightTextSpans(t *testing.T) {
	test.NewTempApp(t)
	text := strings.Repeat("filler words here ", 30) + "the marked statement" + strings.Repeat(" more filler", 20)
	start := strings.Index(text, "the marked")
	hl := []Highlight{
		{Start: 0, End: 6, Color: ColorCue},
		{Start: start, End: start + len("the marked statement"), Color: ColorAgree, Tag: "s1"},
	}
	h := NewHighlightText(text, hl)
	var got []int
	h.OnTapped = func(i int) { got = append(got, i) }
	w := test.NewWindow(h)
	defer w.Close()
	w.Resize(fyne.NewSize(300, 600))
	h.Resize(fyne.NewSize(300, h.HeightForWidth(300)))

	p, ok := h.SpanPosition(1)
	if !ok || p.Y <= 0 {
		t.Fatalf("SpanPosition(1) = %v, %v: the span is several lines down", p, ok)
	}
	test.TapAt(h, p.Add(fyne.NewPos(2, 2)))
	test.TapAt(h, fyne.NewPos(2, 2)) // an untagged highlight
	if want := []int{1, -1}; !reflect.DeepEqual(got, want) {
		t.Fatalf("taps reported %v, want %v", got, want)
	}
}

// TestDiffRanges: a row's diff, which compares the statements of each
// side joined by a line break, marks in each statement the words only its
// side has; a diff that does not rebuild the statements marks nothing.
func TestDiffRanges(t *testing.T) {
	ids := []string{"a-1", "a-2"}
	texts := []string{"talks begin now", "trade is great"}
	tests := []struct {
		name string
		diff []app.Op
		left bool
		want map[string][]string
	}{
		{"left's own words, across two statements",
			[]app.Op{{Op: "equal", Text: "talks begin "}, {Op: "delete", Text: "now\ntrade is great"}, {Op: "insert", Text: "later"}},
			true, map[string][]string{"a-1": {"now"}, "a-2": {"trade is great"}}},
		{"the right side's view of the same diff",
			[]app.Op{{Op: "equal", Text: "talks begin "}, {Op: "insert", Text: "now\ntrade"}, {Op: "equal", Text: " is great"}},
			false, map[string][]string{"a-1": {"now"}, "a-2": {"trade"}}},
		{"all equal", []app.Op{{Op: "equal", Text: "talks begin now\ntrade is great"}}, true, map[string][]string{}},
		{"a diff of other words", []app.Op{{Op: "equal", Text: "other words"}}, true, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := diffRanges(ids, texts, tc.diff, tc.left)
			if tc.want == nil {
				if got != nil {
					t.Fatalf("marks %v, want none", got)
				}
				return
			}
			words := map[string][]string{}
			for k, id := range ids {
				for _, r := range got[id] {
					words[id] = append(words[id], texts[k][r[0]:r[1]])
				}
			}
			if !reflect.DeepEqual(words, tc.want) {
				t.Fatalf("marks %q, want %q", words, tc.want)
			}
		})
	}
}

func TestComparisonViewSwitchesAndTaps(t *testing.T) {
	test.NewTempApp(t)
	x, cmps := seedFixture(t)
	v := NewComparisonView()
	var tapped []string
	v.OnStatementTapped = func(id string) { tapped = append(tapped, id) }
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(900, 400))

	tk := cmps[app.Pair{Left: "trump", Right: "kremlin"}]
	v.SetComparison(x, tk, "")
	first := rowTexts(v)
	v.SetComparison(x, cmps[app.Pair{Left: "trump", Right: "zelensky"}], "")
	if second := rowTexts(v); reflect.DeepEqual(first, second) {
		t.Fatalf("switching pairs kept the rows: %v", second)
	}

	last := v.RowCount() - 1
	stmts := v.Statements(last, 0)
	if len(stmts) == 0 {
		stmts = v.Statements(last, 1)
	}
	side := stmts[0]
	v.Select(last) // scroll it into view and lay it out
	var span int
	for span = range side.Highlights {
		if side.Highlights[span].Tag != "" {
			break
		}
	}
	p, _ := side.SpanPosition(span)
	test.TapAt(side, p.Add(fyne.NewPos(2, 2)))
	if len(tapped) != 1 || tapped[0] != side.Highlights[span].Tag {
		t.Fatalf("tapping the statement reported %v, want [%s]", tapped, side.Highlights[span].Tag)
	}
	if !side.Highlights[span].Marked {
		t.Fatal("the tapped statement is not marked")
	}
	if v.Offset().Y <= 0 {
		t.Fatalf("selecting the last of %d rows left the scroll at the top", v.RowCount())
	}
}

// sideTexts joins the statements that stand in full on one side of row i.
func sideTexts(v *ComparisonView, i, side int) string {
	var out []string
	for _, t := range v.Statements(i, side) {
		out = append(out, t.Text)
	}
	return strings.Join(out, "\n")
}

func rowTexts(v *ComparisonView) []string {
	var out []string
	for i := 0; i < v.RowCount(); i++ {
		out = append(out, sideTexts(v, i, 0)+"|"+sideTexts(v, i, 1))
	}
	return out
}

func TestArticleMarkAndTap(t *testing.T) {
	test.NewTempApp(t)
	x, _ := seedFixture(t)
	v := NewArticleView()
	var tapped []string
	v.OnStatementTapped = func(id string) { tapped = append(tapped, id) }
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(500, 400))
	v.SetExtraction(x)
	v.SetFocus("trump", "zelensky")

	last := x.Accounts[2].Statements[len(x.Accounts[2].Statements)-1]
	if v.Offset().Y != 0 {
		t.Fatalf("a new article starts scrolled to %v", v.Offset())
	}
	v.Mark(last.ID)
	if v.Offset().Y <= 0 {
		t.Fatalf("marking %s (paragraph %d) did not scroll", last.ID, last.Paragraph)
	}
	if got := v.Marked(); !reflect.DeepEqual(got, []string{last.ID}) {
		t.Fatalf("marked %v, want [%s]", got, last.ID)
	}

	para := v.Paragraph(v.ParagraphOf(x.Accounts[0].Statements[0].ID))
	for i, h := range para.Highlights {
		if h.Tag == x.Accounts[0].Statements[0].ID {
			p, _ := para.SpanPosition(i)
			test.TapAt(para, p.Add(fyne.NewPos(2, 2)))
		}
	}
	if len(tapped) != 1 || tapped[0] != x.Accounts[0].Statements[0].ID {
		t.Fatalf("tapping the span reported %v", tapped)
	}
}

func TestArticleFind(t *testing.T) {
	test.NewTempApp(t)
	x, _ := seedFixture(t)
	v := NewArticleView()
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(500, 400))
	v.SetExtraction(x)
	want := strings.Count(strings.ToLower(x.Article.Text), "ceasefire")
	if got := v.Find("Ceasefire"); got != want || want == 0 {
		t.Fatalf("Find found %d matches, the text has %d", got, want)
	}
	if got := v.Find("no such phrase anywhere"); got != 0 {
		t.Fatalf("found %d matches of a missing phrase", got)
	}
}

func TestPairBarButtonsChoose(t *testing.T) {
	test.NewTempApp(t)
	x, _ := seedFixture(t)
	b := NewPairBar()
	var got []app.Pair
	b.OnChanged = func(p app.Pair) { got = append(got, p) }
	b.SetAccounts(x.Accounts, naming.For(x))
	test.Tap(b.Button(1))
	test.Tap(b.Button(3))
	want := []app.Pair{{Left: "trump", Right: "zelensky"}, {All: true}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("buttons chose %v, want %v", got, want)
	}
	if b.Button(3).Text != "All three" || !strings.Contains(b.Button(0).Text, "⇄") {
		t.Fatalf("button labels %q, %q", b.Button(0).Text, b.Button(3).Text)
	}
}

// TestComparisonMarksEvidence: a matched row marks the engine's evidence
// on both sides (cue words on the marker, shared specifics and topic
// words underlined) and the words only one side has, from its diff, only
// where the sides quote the same words, or when asked for every row.
func TestComparisonMarksEvidence(t *testing.T) {
	test.NewTempApp(t)
	x := &sources.Extraction{Accounts: []sources.Account{
		{ID: "a", Statements: []sources.Statement{{ID: "a-1", Text: "the ceasefire holds firmly"}}},
		{ID: "b", Statements: []sources.Statement{{ID: "b-1", Text: "no ceasefire holds yet"}}}}}
	diff := []app.Op{{Op: "delete", Text: "the "}, {Op: "insert", Text: "no "}, {Op: "equal", Text: "ceasefire holds "},
		{Op: "delete", Text: "firmly"}, {Op: "insert", Text: "yet"}}
	marks := &app.Marks{
		Left:  []app.EvidenceMark{{Statement: "a-1", Start: 4, End: 13, Kind: app.MarkShared}, {Statement: "a-1", Start: 20, End: 26, Kind: app.MarkCue}},
		Right: []app.EvidenceMark{{Statement: "b-1", Start: 3, End: 12, Kind: app.MarkShared}, {Statement: "b-1", Start: 19, End: 22, Kind: app.MarkCue}, {Statement: "b-1", Start: 13, End: 18, Kind: app.MarkTopic}}}
	tests := []struct {
		name              string
		mode              app.DiffMode
		all               bool
		wantLeft, wantRgt []string
	}{
		{"quoting the same words: marks and differences", app.DiffWords, false,
			[]string{"differs:the", "differs:firmly", "shared:ceasefire", "cue:firmly"},
			[]string{"differs:no", "differs:yet", "topic:holds", "shared:ceasefire", "cue:yet"}},
		{"paraphrases: marks only", app.DiffParaphrase, false,
			[]string{"shared:ceasefire", "cue:firmly"}, []string{"topic:holds", "shared:ceasefire", "cue:yet"}},
		{"paraphrases with every difference asked for", app.DiffParaphrase, true,
			[]string{"differs:the", "differs:firmly", "shared:ceasefire", "cue:firmly"},
			[]string{"differs:no", "differs:yet", "topic:holds", "shared:ceasefire", "cue:yet"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &app.Comparison{Left: "a", Right: "b", Rows: []app.Row{{Topic: "ceasefire",
				Verdict: app.Diverge, Left: []string{"a-1"}, Right: []string{"b-1"}, Diff: diff, DiffMode: tc.mode, Marks: marks}}}
			v := NewComparisonView()
			v.SetComparison(x, c, "")
			v.SetShowDiffs(tc.all)
			for side, want := range [][]string{tc.wantLeft, tc.wantRgt} {
				h := v.Statements(0, side)[0]
				var got []string
				for _, hl := range h.Highlights {
					word := h.Text[hl.Start:hl.End]
					switch {
					case hl.Color == ColorDiffers:
						got = append(got, "differs:"+word)
					case hl.Color == ColorCue:
						got = append(got, "cue:"+word)
					case hl.Underline == ColorSharedLine:
						got = append(got, "shared:"+word)
					case hl.Underline == ColorTopicLine:
						got = append(got, "topic:"+word)
					}
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("side %d highlights %q, want %q", side, got, want)
				}
			}
			if v.ShowsDiffs() != (tc.mode == app.DiffWords || tc.all) {
				t.Errorf("ShowsDiffs() = %v", v.ShowsDiffs())
			}
		})
	}
}
