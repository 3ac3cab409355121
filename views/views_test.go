package views

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"readouts/app"
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
		{Start: 0, End: 6, Color: ColorShared},
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

func TestSideText(t *testing.T) {
	x := &sources.Extraction{Accounts: []sources.Account{{ID: "a", Statements: []sources.Statement{
		{ID: "a-1", Text: "talks begin now"}, {ID: "a-2", Text: "trade is great"}}}}}
	tests := []struct {
		name     string
		ids      []string
		diff     []app.Op
		left     bool
		wantText string
		wantTags int
	}{
		{"diff rebuilds the side", []string{"a-1", "a-2"}, []app.Op{{Op: "equal", Text: "talks begin "},
			{Op: "delete", Text: "now trade is great"}, {Op: "insert", Text: "later"}}, true, "talks begin now\ntrade is great", 2},
		{"no diff", []string{"a-1", "a-2"}, nil, true, "talks begin now\ntrade is great", 2},
		{"diff without the statements", []string{"a-1"}, []app.Op{{Op: "equal", Text: "other words"}}, true, "talks begin now", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, hl := sideText(x, tc.ids, tc.diff, tc.left)
			if text != tc.wantText {
				t.Fatalf("text %q, want %q", text, tc.wantText)
			}
			tags := 0
			for _, h := range hl {
				if h.Tag != "" {
					tags++
					if s := x.Statement(h.Tag); text[h.Start:h.End] != s.Text {
						t.Errorf("tag %s covers %q", h.Tag, text[h.Start:h.End])
					}
				}
			}
			if tags != tc.wantTags {
				t.Fatalf("%d tagged spans, want %d", tags, tc.wantTags)
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
	side := v.Side(last, 0)
	if side.Text == "" {
		side = v.Side(last, 1)
	}
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

func rowTexts(v *ComparisonView) []string {
	var out []string
	for i := 0; i < v.RowCount(); i++ {
		out = append(out, v.Side(i, 0).Text+"|"+v.Side(i, 1).Text)
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
	b.SetAccounts(x.Accounts)
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

// TestComparisonHighlightsFollowDiff: a matched row highlights what the
// engine's diff says and nothing more: equal ops as shared words, the
// side's own edits as differing words. A diff with no equal op shows no
// shared word even when the two texts have words in common.
func TestComparisonHighlightsFollowDiff(t *testing.T) {
	test.NewTempApp(t)
	x := &sources.Extraction{Accounts: []sources.Account{
		{ID: "a", Statements: []sources.Statement{{ID: "a-1", Text: "the ceasefire holds firmly"}}},
		{ID: "b", Statements: []sources.Statement{{ID: "b-1", Text: "no ceasefire holds yet"}}}}}
	tests := []struct {
		name              string
		diff              []app.Op
		wantLeft, wantRgt []string // "shared:word" or "differs:word"
	}{
		{"shared words from equal ops",
			[]app.Op{{Op: "delete", Text: "the "}, {Op: "insert", Text: "no "}, {Op: "equal", Text: "ceasefire holds "},
				{Op: "delete", Text: "firmly"}, {Op: "insert", Text: "yet"}},
			[]string{"differs:the", "shared:ceasefire holds", "differs:firmly"},
			[]string{"differs:no", "shared:ceasefire holds", "differs:yet"}},
		{"no equal op, no shared word",
			[]app.Op{{Op: "delete", Text: "the ceasefire holds firmly"}, {Op: "insert", Text: "no ceasefire holds yet"}},
			[]string{"differs:the ceasefire holds firmly"}, []string{"differs:no ceasefire holds yet"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &app.Comparison{Left: "a", Right: "b", Rows: []app.Row{{Topic: "ceasefire",
				Verdict: app.Agree, Left: []string{"a-1"}, Right: []string{"b-1"}, Diff: tc.diff}}}
			v := NewComparisonView()
			v.SetComparison(x, c, "")
			for side, want := range [][]string{tc.wantLeft, tc.wantRgt} {
				h := v.Side(0, side)
				var got []string
				for _, hl := range h.Highlights {
					switch hl.Color {
					case ColorShared:
						got = append(got, "shared:"+h.Text[hl.Start:hl.End])
					case ColorDiffers:
						got = append(got, "differs:"+h.Text[hl.Start:hl.End])
					}
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("side %d highlights %q, want %q", side, got, want)
				}
			}
		})
	}
}
