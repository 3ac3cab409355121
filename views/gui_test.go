package views

import (
	"context"
	"html"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"readouts/app"
	"readouts/assets"
)

// newTestGUI opens the window on Fyne's test driver (software rendering,
// in-memory preferences) at 1400×900, and waits until it shows its first
// comparison.
func newTestGUI(t testing.TB, a fyne.App, opts app.WindowOptions) *gui {
	t.Helper()
	g, err := startTestGUI(t, a, opts)
	if err != nil {
		t.Fatalf("newGUI: %v", err)
	}
	settle(t, g, 0)
	g.win.Resize(fyne.NewSize(1400, 900))
	return g
}

// startTestGUI is newGUI with the jobs' results queued for the test
// goroutine (see wait) instead of run at once on the job's goroutine, as
// Fyne's test driver would: results reach the widgets on one goroutine, as
// in the real window.
func startTestGUI(t testing.TB, a fyne.App, opts app.WindowOptions) (*gui, error) {
	t.Helper()
	g, err := buildGUI(a, a.NewWindow("Readouts"), opts)
	if err != nil {
		return nil, err
	}
	t.Cleanup(g.win.Close)
	results := make(chan func(), 16)
	g.post = func(f func()) { results <- f }
	queues.Store(g, results)
	return g, g.showFirst(opts)
}

// queues holds each test window's queue of job results.
var queues sync.Map // *gui → chan func()

// wait blocks until a job (a load, a comparison, an export) has ended and
// hands its result to the window.
func wait(t testing.TB, g *gui) {
	t.Helper()
	q, ok := queues.Load(g)
	if !ok {
		t.Fatal("wait on a window not made by startTestGUI")
	}
	select {
	case f := <-q.(chan func()):
		f()
	case <-time.After(20 * time.Second):
		t.Fatal("the job did not finish")
	}
}

// settle waits for the jobs started since the n-th, so that what they
// show is on screen. Call it with g.started taken before the action.
func settle(t testing.TB, g *gui, n int) {
	t.Helper()
	for ; n < g.started; n++ {
		wait(t, g)
	}
}

func rows(g *gui) []string {
	var out []string
	for i := 0; i < g.w.rows.RowCount(); i++ {
		out = append(out, sideTexts(g.w.rows, i, 0)+" | "+sideTexts(g.w.rows, i, 1))
	}
	return out
}

// shortcut presses Ctrl+k on the window's canvas. The test canvas hides
// the shortcut handler of the software canvas it wraps; reach it by its
// exported embedded field.
func shortcut(g *gui, k fyne.KeyName) {
	c := any(g.win.Canvas())
	if s, ok := c.(fyne.Shortcutable); ok {
		s.TypedShortcut(ctrl(k))
		return
	}
	inner := reflect.ValueOf(c).Elem().FieldByName("WindowlessCanvas").Interface()
	inner.(fyne.Shortcutable).TypedShortcut(ctrl(k))
}

func TestSwitchingPairsChangesRows(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	quick := g.w.pairs.QuickPairs()
	if len(quick) < 4 {
		t.Fatalf("the seed gives %d quick pairs, want three pairs and All three", len(quick))
	}
	if g.pair != quick[0] {
		t.Fatalf("first start shows %v, want the first pair %v", g.pair, quick[0])
	}
	first, firstSummary := rows(g), g.w.summary.Text()
	n := g.started
	shortcut(g, fyne.Key2)
	settle(t, g, n)
	if s := g.w.summary.Text(); s == firstSummary || !strings.Contains(s, "agree") {
		t.Fatalf("summary after switching: %q (was %q)", s, firstSummary)
	}
	if g.pair != quick[1] || g.w.pairs.Pair() != quick[1] {
		t.Fatalf("Ctrl+2 shows %v, want %v", g.pair, quick[1])
	}
	if second := rows(g); reflect.DeepEqual(first, second) || len(second) == 0 {
		t.Fatalf("switching pairs kept the rows (%d rows)", len(second))
	}
	n = g.started
	test.Tap(g.w.pairs.Button(3))
	settle(t, g, n)
	if !g.pair.All || !g.w.matrix.Visible() || g.w.rows.Visible() {
		t.Fatalf("All three button shows %v (matrix visible %v)", g.pair, g.w.matrix.Visible())
	}
	if len(g.w.matrix.Cell(0, 0)) == 0 {
		t.Fatal("All three shows an empty matrix")
	}
}

func TestArrowKeysMoveBetweenRows(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	key := g.win.Canvas().OnTypedKey()
	key(&fyne.KeyEvent{Name: fyne.KeyDown})
	key(&fyne.KeyEvent{Name: fyne.KeyDown})
	if got := g.w.rows.Selected(); got != 1 {
		t.Fatalf("two ↓ select row %d, want 1", got)
	}
	key(&fyne.KeyEvent{Name: fyne.KeyUp})
	if got := g.w.rows.Selected(); got != 0 {
		t.Fatalf("↑ selects row %d, want 0", got)
	}
	if len(g.w.article.Marked()) == 0 {
		t.Fatal("selecting a row marks nothing in the article")
	}
}

func TestArrowKeysMoveBetweenMatrixTopics(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{Pair: "all"})
	if !g.w.matrix.Visible() {
		t.Fatal("--pair all does not show the matrix")
	}
	key := g.win.Canvas().OnTypedKey()
	key(&fyne.KeyEvent{Name: fyne.KeyDown})
	key(&fyne.KeyEvent{Name: fyne.KeyDown})
	if got := g.w.matrix.Selected(); got != 1 {
		t.Fatalf("two ↓ select topic %d, want 1", got)
	}
	if g.w.rows.Selected() > 0 {
		t.Error("↓ in the matrix moved the hidden pair rows")
	}
	key(&fyne.KeyEvent{Name: fyne.KeyUp})
	if got := g.w.matrix.Selected(); got != 0 {
		t.Fatalf("↑ selects topic %d, want 0", got)
	}
	if len(g.w.article.Marked()) == 0 {
		t.Fatal("selecting a topic marks nothing in the article")
	}
}

func TestTappingStatementScrollsArticle(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	// The statement of the pair that sits furthest down the article.
	var ht *HighlightText
	bestSpan, bestPara := 0, -1
	for i := 0; i < g.w.rows.RowCount(); i++ {
		for side := 0; side < 2; side++ {
			for _, st := range g.w.rows.Statements(i, side) {
				for k, h := range st.Highlights {
					if h.Tag == "" {
						continue
					}
					if p := g.w.article.ParagraphOf(h.Tag); p > bestPara {
						ht, bestSpan, bestPara = st, k, p
					}
				}
			}
		}
	}
	if bestPara < 5 {
		t.Fatalf("no statement of the pair lies below paragraph 5 (furthest %d)", bestPara)
	}
	g.w.article.ScrollToTop()
	before := g.w.article.Offset()
	id := ht.Highlights[bestSpan].Tag
	p, ok := ht.SpanPosition(bestSpan)
	if !ok {
		t.Fatal("no position for the statement")
	}
	test.TapAt(ht, p.Add(fyne.NewPos(3, 3)))
	if after := g.w.article.Offset(); after.Y <= before.Y {
		t.Fatalf("tapping %s (paragraph %d) left the article at %v (was %v)", id, bestPara+1, after, before)
	}
	if got := g.w.article.Marked(); len(got) == 0 || got[0] != id {
		t.Fatalf("article marks %v, want %s", got, id)
	}
}

func TestTappingSpanSelectsRow(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	// The last row's first statement: its row is not selected yet. It
	// stands in full in the first row that lists it and does not refer
	// to it.
	last := g.w.rows.RowCount() - 1
	ids := append(append([]string{}, g.cmp.Rows[last].Left...), g.cmp.Rows[last].Right...)
	id := ids[0]
	want := -1
	for i, r := range g.cmp.Rows {
		var refs []string
		if r.Refs != nil {
			refs = append(append(refs, r.Refs.Left...), r.Refs.Right...)
		}
		for _, s := range append(append([]string{}, r.Left...), r.Right...) {
			if s == id && want < 0 && !slices.Contains(refs, s) {
				want = i
			}
		}
	}
	para := g.w.article.Paragraph(g.w.article.ParagraphOf(id))
	g.w.article.ScrollToStatement(id)
	span := -1
	for k, h := range para.Highlights {
		if h.Tag == id {
			span = k
		}
	}
	p, ok := para.SpanPosition(span)
	if !ok {
		t.Fatalf("statement %s has no span in its paragraph", id)
	}
	test.TapAt(para, p.Add(fyne.NewPos(3, 3)))
	if got := g.w.rows.Selected(); got != want {
		t.Fatalf("tapping the span of %s selected row %d, want %d", id, got, want)
	}
	if want > 2 && g.w.rows.Offset().Y <= 0 {
		t.Fatalf("row %d was selected but the rows did not scroll", want)
	}
}

func TestBadFileKeepsComparison(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	binary := filepath.Join(dir, "binary.txt")
	if err := os.WriteFile(binary, []byte{0xff, 0xfe, 0x00, 0x01, 0x80, 0x81}, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, path string }{
		{"missing", filepath.Join(dir, "missing.txt")},
		{"empty", empty},
		{"not text", binary},
		{"wrong kind", filepath.Join(dir, "picture.png")},
	}
	if fifo := filepath.Join(dir, "pipe.txt"); mkfifo(fifo) == nil {
		// Reading it would wait for a writer for ever.
		tests = append(tests, struct{ name, path string }{"FIFO", fifo})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
			before, pair := rows(g), g.pair
			n := g.started
			g.open(tc.path)
			settle(t, g, n)
			if !reflect.DeepEqual(rows(g), before) || g.pair != pair || g.snap.Path() != "" {
				t.Fatalf("a bad file replaced the comparison (pair %v, path %q)", g.pair, g.snap.Path())
			}
			if g.win.Canvas().Overlays().Top() == nil {
				t.Fatal("no error dialog")
			}
		})
	}
}

func TestOpenFileAndPreferencesRestored(t *testing.T) {
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "call.md")
	if err := os.WriteFile(path, assets.SeedArticle, 0o644); err != nil {
		t.Fatal(err)
	}
	g := newTestGUI(t, a, app.WindowOptions{})
	g.open(path)
	wait(t, g)
	if g.snap.Path() != path {
		t.Fatalf("opened %q, want %q", g.snap.Path(), path)
	}
	n := g.started
	shortcut(g, fyne.Key3)
	settle(t, g, n)
	g.setTheme(themeDark)
	g.win.Resize(fyne.NewSize(1000, 700))
	g.saveWindow()
	pair := g.pair

	g2, err := startTestGUI(t, a, app.WindowOptions{})
	if err != nil {
		t.Fatal(err)
	}
	settle(t, g2, 0)
	if g2.snap.Path() != path || g2.pair != pair {
		t.Fatalf("restart shows %q %v, want %q %v", g2.snap.Path(), g2.pair, path, pair)
	}
	if th, ok := a.Settings().Theme().(*readoutsTheme); !ok || th.name != themeDark {
		t.Fatalf("restart theme %v, want dark", a.Settings().Theme())
	}
	if got := g2.win.Canvas().Size(); got != fyne.NewSize(1000, 700) {
		t.Fatalf("restart window %v, want 1000x700", got)
	}
	if got := g2.prefs.recent(); len(got) != 1 || got[0] != path {
		t.Fatalf("recent files %v, want [%s]", got, path)
	}
	n = g2.started
	g2.openBuiltin()
	settle(t, g2, n)
	if g2.snap.Path() != "" || g2.prefs.article() != "" || g2.pair != pair {
		t.Fatalf("back to the built-in article: path %q, remembered %q, pair %v", g2.snap.Path(), g2.prefs.article(), g2.pair)
	}
}

func TestRecentKeepsFiveNewestFirst(t *testing.T) {
	p := guiPrefs{test.NewTempApp(t).Preferences()}
	for _, f := range []string{"a", "b", "c", "a", "d", "e", "f"} {
		p.addRecent(f)
	}
	if got, want := p.recent(), []string{"f", "e", "d", "a", "c"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("recent %v, want %v", got, want)
	}
	if got, want := p.removeRecent("d"), []string{"f", "e", "a", "c"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("after removing: %v, want %v", got, want)
	}
}

func TestCommandLinePairAndBadPair(t *testing.T) {
	a := test.NewTempApp(t)
	g := newTestGUI(t, a, app.WindowOptions{Pair: "all"})
	if !g.pair.All {
		t.Fatalf("--pair all shows %v", g.pair)
	}
	if _, err := newGUI(a, a.NewWindow(""), app.WindowOptions{Pair: "nobody,noone"}); err == nil {
		t.Fatal("an unknown --pair gave no error")
	}
}

// TestCommandLineArticle shows the article the command line read, with the
// comparisons it already made, lists it under Open Recent and does not
// remember it as the last opened.
func TestCommandLineArticle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "call.md")
	if err := os.WriteFile(path, assets.SeedArticle, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := app.NewSession(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := s.Load(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	first := snap.PickPair("")
	made := snap.Compare(first.Left, first.Right)
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{Session: s, Article: snap})
	if g.snap != snap || g.session != s || g.cmp != made {
		t.Fatalf("the window shows %q, not the snapshot and comparison the command line made", g.snap.Path())
	}
	if got := g.prefs.article(); got != "" {
		t.Fatalf("the command line's article was remembered as %q", got)
	}
	if got := g.prefs.recent(); len(got) == 0 || got[0] != path {
		t.Fatalf("Open Recent lists %q, want %s first", got, path)
	}
	if it := g.w.recentItem; it.Disabled || len(it.ChildMenu.Items) == 0 || !strings.HasPrefix(it.ChildMenu.Items[0].Label, "call.md") {
		t.Fatalf("the Open Recent menu does not list call.md")
	}
}

func TestExportWritesPDF(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	r, ok := g.report()
	if !ok {
		t.Fatal("nothing to export on the first pair")
	}
	out := filepath.Join(t.TempDir(), "report.pdf")
	n := g.started
	g.export(out, r)
	settle(t, g, n)
	b, err := os.ReadFile(out)
	if err != nil || len(b) < 1000 || string(b[:5]) != "%PDF-" {
		t.Fatalf("export wrote %d bytes (%v)", len(b), err)
	}

	// An unwritable target: an error dialog, and the comparison stays.
	n = g.started
	g.export(filepath.Join(t.TempDir(), "no-such-folder", "report.pdf"), r)
	settle(t, g, n)
	if g.win.Canvas().Overlays().Top() == nil {
		t.Fatal("a failed export showed no dialog")
	}
}

func BenchmarkSwitchPair(b *testing.B) {
	g := newTestGUI(b, test.NewTempApp(b), app.WindowOptions{})
	quick := g.w.pairs.QuickPairs()
	b.ReportAllocs()
	for _, p := range quick {
		g.snap.Prepare(p) // the comparisons made: this measures showing them
	}
	for i := 0; b.Loop(); i++ {
		g.showPair(quick[i%len(quick)])
		g.win.Content().Refresh() // lay out the new rows
	}
}

func TestOpensHTMLAndDroppedFiles(t *testing.T) {
	dir := t.TempDir()
	var body strings.Builder
	body.WriteString("<html><head><title>Call</title><script>var hidden = 'script text';</script></head><body><nav>Home | World</nav><article>")
	for _, line := range strings.Split(string(assets.SeedArticle), "\n") {
		if strings.TrimSpace(line) != "" {
			body.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
		}
	}
	body.WriteString("</article></body></html>")
	page := filepath.Join(dir, "call.html")
	if err := os.WriteFile(page, []byte(body.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	g.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(page)})
	wait(t, g)
	if g.snap.Path() != page {
		t.Fatalf("dropping %s showed %q", page, g.snap.Path())
	}
	if strings.Contains(g.snap.Extraction().Article.Text, "script text") {
		t.Fatal("the script's text reached the article")
	}
	if len(g.w.pairs.QuickPairs()) == 0 || g.w.rows.RowCount() == 0 {
		t.Fatal("the HTML article gave nothing to compare")
	}
}

func TestTappingSpanInAllThreeFindsTopic(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	n := g.started
	shortcut(g, fyne.Key4)
	settle(t, g, n)
	if !g.pair.All {
		t.Fatalf("Ctrl+4 shows %v, want All three", g.pair)
	}
	m := g.matrix
	last := len(m.Topics) - 1
	var id string
	for ai := range m.Accounts {
		if ids := m.Cells[last][ai].Statements; len(ids) > 0 {
			id = ids[0]
		}
	}
	want := -1
	for ti := range m.Topics {
		for ai := range m.Accounts {
			for _, s := range m.Cells[ti][ai].Statements {
				if s == id && want < 0 {
					want = ti
				}
			}
		}
	}
	para := g.w.article.Paragraph(g.w.article.ParagraphOf(id))
	for k, h := range para.Highlights {
		if h.Tag == id {
			p, _ := para.SpanPosition(k)
			test.TapAt(para, p.Add(fyne.NewPos(3, 3)))
			break
		}
	}
	marked := false
	for ai := range m.Accounts {
		for _, st := range g.w.matrix.Cell(want, ai) {
			for _, h := range st.Highlights {
				marked = marked || (h.Tag == id && h.Marked)
			}
		}
	}
	if !marked {
		t.Fatalf("tapping %s in the article did not mark it in topic %d of the matrix", id, want)
	}
	if want > 2 && g.w.matrix.Offset().Y <= 0 {
		t.Fatalf("topic %d was selected but the matrix did not scroll", want)
	}
}
