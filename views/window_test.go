package views

import (
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"readouts/app"
	"readouts/sources"
)

// TestCountsStatementsOnce: the summary counts points (rows) that agree
// or diverge, and statements only one side makes, each once, however many
// rows refer to it: never more than the account has.
func TestCountsStatementsOnce(t *testing.T) {
	c := &app.Comparison{Left: "a", Right: "b", Rows: []app.Row{
		{Verdict: app.Agree, Left: []string{"a-1"}, Right: []string{"b-1"}},
		{Verdict: app.LeftOnly, Left: []string{"a-2", "a-3"}},
		{Verdict: app.LeftOnly, Left: []string{"a-3", "a-4"}, Refs: &app.Refs{Left: []string{"a-3"}}},
		{Verdict: app.LeftOnly, Left: []string{"a-1"}, Refs: &app.Refs{Left: []string{"a-1"}}},
		{Verdict: app.RightOnly, Right: []string{"b-2"}, Refs: &app.Refs{Left: []string{"a-2"}}},
	}}
	want := Counts{Agree: 1, LeftOnly: 3, RightOnly: 1}
	if got := CountVerdicts(c); got != want {
		t.Fatalf("counts %+v, want %+v", got, want)
	}
	var words []string
	for _, chip := range summaryChips(want, "Ann", "Bo") {
		words = append(words, chip.text)
	}
	if w := []string{"1 point agrees", "0 points diverge", "3 statements only Ann", "1 statement only Bo"}; !reflect.DeepEqual(words, w) {
		t.Fatalf("chips %q, want %q", words, w)
	}
}

// TestOneStatementOneRow: a statement stands in full in its best row; a
// row that refers to it shows a link that goes there and marks it.
func TestOneStatementOneRow(t *testing.T) {
	test.NewTempApp(t)
	x := &sources.Extraction{Accounts: []sources.Account{
		{ID: "a", Speaker: "Ann Lee", Statements: []sources.Statement{{ID: "a-1", Account: "a", Text: "talks start now", Kind: sources.Quote, Confidence: 0.9},
			{ID: "a-2", Account: "a", Text: "trade must grow", Kind: sources.Paraphrase, Confidence: 0.7}}},
		{ID: "b", Speaker: "Bo Park", Statements: []sources.Statement{{ID: "b-1", Account: "b", Text: "talks start later", Kind: sources.Paraphrase, Confidence: 0.8}}}}}
	c := &app.Comparison{Left: "a", Right: "b", Rows: []app.Row{
		{Topic: "talks", Label: "talks and negotiations", Verdict: app.Diverge, Left: []string{"a-1"}, Right: []string{"b-1"}},
		{Topic: "talks", Verdict: app.LeftOnly, Left: []string{"a-2", "a-1"}, Refs: &app.Refs{Left: []string{"a-1"}, Right: []string{"b-1"}}},
	}}
	v := NewComparisonView()
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(900, 600))
	var tapped []string
	v.OnStatementTapped = func(id string) { tapped = append(tapped, id) }
	v.SetComparison(x, c, "")
	if got := sideTexts(v, 1, 0); got != "trade must grow" {
		t.Fatalf("row 2 shows %q in full, want only its own statement", got)
	}
	refs := v.References(1, 0)
	if len(refs) != 1 || !strings.HasPrefix(refs[0].Text, "See row 1, above: “talks start now") {
		t.Fatalf("row 2 refers with %v", refs)
	}
	if r := v.References(1, 1); len(r) != 1 {
		t.Fatal("the right side's statement on the topic is not referred to")
	}
	test.Tap(refs[0])
	if v.Selected() != 0 || !reflect.DeepEqual(tapped, []string{"a-1"}) || !v.Statements(0, 0)[0].Highlights[0].Marked {
		t.Fatalf("following the reference selected row %d, reported %v", v.Selected(), tapped)
	}
	if got := v.SelectStatement("a-1"); got != 0 {
		t.Fatalf("a click on a-1 in the article selects row %d, want its own row 0", got)
	}
	// Every statement says whose words it is and how sure the reading is.
	meta := map[string]string{}
	for _, row := range v.rows {
		for _, cell := range row.cells {
			for k, o := range cell {
				if ht, ok := o.(*HighlightText); ok && len(ht.Highlights) == 0 && k+1 < len(cell) {
					if next, ok := cell[k+1].(*HighlightText); ok && len(next.Highlights) > 0 && next.Highlights[0].Tag != "" {
						meta[next.Highlights[0].Tag] = ht.Text
					}
				}
			}
		}
	}
	want := map[string]string{"a-1": "Quote · confidence 0.90", "a-2": "Paraphrase: the article's words · confidence 0.70",
		"b-1": "Paraphrase: the article's words · confidence 0.80"}
	if !reflect.DeepEqual(meta, want) {
		t.Fatalf("statement lines %q, want %q", meta, want)
	}
}

// TestArrowKeysClearTheOutline: a statement outlined by a click is no
// longer outlined once ↓ moves to another row.
func TestArrowKeysClearTheOutline(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	first := g.w.rows.Statements(0, 0)[0]
	p, _ := first.SpanPosition(0)
	test.TapAt(first, p.Add(fyne.NewPos(2, 2)))
	if !first.Highlights[0].Marked {
		t.Fatal("a click did not outline the statement")
	}
	g.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyDown})
	if first.Highlights[0].Marked {
		t.Fatal("↓ left the previous row's statement outlined")
	}
	if g.w.rows.Selected() != 1 {
		t.Fatalf("↓ selects row %d, want 1", g.w.rows.Selected())
	}
}

// TestPairBarSwapsAndRefuses: ⇄ swaps the sides; the same account on both
// sides is refused with a message, the pair on show staying.
func TestPairBarSwapsAndRefuses(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{Pair: "trump,kremlin"})
	var refused []string
	g.w.pairs.OnRefused = func(msg string) { refused = append(refused, msg) }
	n := g.started
	g.w.pairs.Swap()
	settle(t, g, n)
	if want := (app.Pair{Left: "kremlin", Right: "trump"}); g.pair != want || g.cmp == nil || g.cmp.Left != "kremlin" {
		t.Fatalf("⇄ shows %v, want %v", g.pair, want)
	}
	left, right := g.w.pairs.Selects()
	if left.Selected != g.names.Of("kremlin") || right.Selected != g.names.Of("trump") {
		t.Fatalf("the drop-downs say %q ⇄ %q", left.Selected, right.Selected)
	}
	right.SetSelected(g.names.Of("kremlin"))
	if len(refused) != 1 || !strings.Contains(refused[0], "already on the other side") {
		t.Fatalf("the same account on both sides: %q", refused)
	}
	if g.pair != (app.Pair{Left: "kremlin", Right: "trump"}) || right.Selected != g.names.Of("trump") {
		t.Fatalf("the refused choice changed the pair to %v (right %q)", g.pair, right.Selected)
	}
}

// TestLegendMatchesTheView: a pair's legend names its two accounts, the
// verdicts and the marks; All three's names its three accounts and the
// positions, and no left or right.
func TestLegendMatchesTheView(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{Pair: "trump,kremlin"})
	words := g.w.legend.Words()
	for _, want := range []string{g.names.Of("trump"), g.names.Of("kremlin"), "other accounts", "agree", "diverge", "only one side", "cue word", "shared", "topic"} {
		if !slices.Contains(words, want) {
			t.Errorf("the pair's legend %q lacks %q", words, want)
		}
	}
	n := g.started
	g.showPair(app.Pair{All: true})
	settle(t, g, n)
	words = g.w.legend.Words()
	for _, want := range []string{g.names.Of("zelensky"), "agrees with", "diverges from", "only this account", "silent"} {
		if !slices.Contains(words, want) {
			t.Errorf("All three's legend %q lacks %q", words, want)
		}
	}
	for _, w := range words {
		if strings.Contains(w, "left") || strings.Contains(w, "right") || w == "cue word" {
			t.Errorf("All three's legend says %q", w)
		}
	}
}

// TestNarrowWindowCutsNothingOff: at 800 px, before and after another
// article is opened, the parts above and below the panes stay inside the
// window and nothing in the pair bar, the summary or the legend overlaps.
func TestNarrowWindowCutsNothingOff(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{Pair: "trump,kremlin"})
	g.win.Resize(fyne.NewSize(800, 600))
	check := func(when string) {
		t.Helper()
		width := g.w.content.Size().Width
		for _, f := range []struct {
			name string
			box  *flowBox
		}{{"pair bar", g.w.pairs.flow}, {"summary", g.w.summary.flow}, {"legend", g.w.legend.flow}} {
			var placed []fyne.CanvasObject
			for _, o := range f.box.Objects {
				if o == nil || !o.Visible() {
					continue
				}
				if o.Position().X+o.Size().Width > width+0.5 || o.Size().Width < o.MinSize().Width-0.5 {
					t.Errorf("%s: %s: an object at %v, %v is cut off (window %v)", when, f.name, o.Position(), o.Size(), width)
				}
				for _, p := range placed {
					if overlap(o, p) {
						t.Errorf("%s: %s: objects at %v and %v overlap", when, f.name, o.Position(), p.Position())
					}
				}
				placed = append(placed, o)
			}
		}
		for _, b := range g.w.header.shown {
			if b.Position().X < g.w.title.Position().X+g.w.title.Size().Width || b.Position().X+b.Size().Width > width+0.5 {
				t.Errorf("%s: a header button at %v, %v overlaps the title or leaves the window", when, b.Position(), b.Size())
			}
		}
		top, bottom := g.w.top, g.w.bottom
		if top.Size().Height < top.MinSize().Height-0.5 || bottom.Size().Height < bottom.MinSize().Height-0.5 {
			t.Errorf("%s: the top (%v of %v) or the bottom (%v of %v) is squeezed", when,
				top.Size().Height, top.MinSize().Height, bottom.Size().Height, bottom.MinSize().Height)
		}
	}
	check("the built-in article")
	n := g.started
	g.open(filepath.Join("testdata", "shared-speaker.md"))
	settle(t, g, n)
	if g.snap.Path() == "" {
		t.Fatal("the fixture did not open")
	}
	check("an article opened")
	n = g.started
	g.openBuiltin()
	settle(t, g, n)
	check("back to the built-in article")
}

func overlap(a, b fyne.CanvasObject) bool {
	ap, as, bp, bs := a.Position(), a.Size(), b.Position(), b.Size()
	return ap.X < bp.X+bs.Width && bp.X < ap.X+as.Width && ap.Y < bp.Y+bs.Height && bp.Y < ap.Y+as.Height
}

// TestSharedSpeakerNames: in an article where one speaker has several
// accounts, the pair buttons and drop-downs name each by its channel.
func TestSharedSpeakerNames(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	n := g.started
	g.open(filepath.Join("testdata", "shared-speaker.md"))
	settle(t, g, n)
	left, _ := g.w.pairs.Selects()
	names := strings.Join(left.Options, " | ")
	for _, want := range []string{"Whitfield — X", "Whitfield — Oval Office", "Beijing", "Wang"} {
		if !slices.Contains(left.Options, want) {
			t.Errorf("the drop-down lists %s, not %q", names, want)
		}
	}
	if b := g.w.pairs.Button(0).Text; !strings.HasPrefix(b, "Whitfield — X ⇄ ") {
		t.Errorf("the first pair button says %q", b)
	}
}
