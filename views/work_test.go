package views

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"readouts/app"
	"readouts/assets"
)

// bigArticle writes the built-in article n times over to a file: long
// enough that reading and comparing it is still running when the test acts.
func bigArticle(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte(strings.Repeat(string(assets.SeedArticle)+"\n\n", n)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSwitchingToANewPairRunsAsAJob: a comparison not made yet is made off
// the UI goroutine; meanwhile the pair on show stays, with the progress bar
// and Cancel; then the new pair shows.
func TestSwitchingToANewPairRunsAsAJob(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	first, second := g.pair, g.w.pairs.QuickPairs()[1]
	before := rows(g)
	n := g.started
	shortcut(g, fyne.Key2)
	if g.started != n+1 || !g.busy() {
		t.Fatalf("Ctrl+2 on a pair not compared yet started %d job(s), busy %v", g.started-n, g.busy())
	}
	if g.pair != first || !reflect.DeepEqual(rows(g), before) {
		t.Fatalf("while comparing, the window shows %v, want the pair on show %v", g.pair, first)
	}
	if !g.w.progress.Visible() || !g.w.cancel.Visible() || !g.w.export.Disabled() {
		t.Fatal("no progress bar or Cancel while comparing, or Export left enabled")
	}
	settle(t, g, n)
	if g.pair != second || g.busy() || g.w.progress.Visible() || g.w.cancel.Visible() {
		t.Fatalf("after the job: pair %v (want %v), busy %v", g.pair, second, g.busy())
	}
	// Made once, shown at once after.
	n = g.started
	shortcut(g, fyne.Key1)
	shortcut(g, fyne.Key2)
	if g.started != n || g.pair != second {
		t.Fatalf("switching between pairs already made started %d job(s)", g.started-n)
	}
}

// TestCancel: Cancel (the button or Esc) stops the job, puts back what it
// would have replaced, and its late result is dropped.
func TestCancel(t *testing.T) {
	long := bigArticle(t, 20)
	tests := []struct {
		name   string
		start  func(g *gui)
		cancel func(g *gui)
	}{
		{"open, Cancel button", func(g *gui) { g.open(long) }, func(g *gui) { test.Tap(g.w.cancel) }},
		{"open, Esc", func(g *gui) { g.open(long) }, func(g *gui) { g.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) }},
		{"new pair, Esc", func(g *gui) { shortcut(g, fyne.Key3) }, func(g *gui) { g.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
			before, pair, snap := rows(g), g.pair, g.snap
			n := g.started
			tc.start(g)
			if !g.busy() {
				t.Fatal("no job started")
			}
			tc.cancel(g)
			if g.busy() || g.w.progress.Visible() || g.w.cancel.Visible() || g.w.status.Text != "Cancelled." {
				t.Fatalf("after Cancel: busy %v, status %q", g.busy(), g.w.status.Text)
			}
			if g.w.pairs.Pair() != pair {
				t.Errorf("the pair bar shows %v, want the pair on show %v", g.w.pairs.Pair(), pair)
			}
			settle(t, g, n) // the cancelled job ends; its result must not show
			if g.snap != snap || g.pair != pair || !reflect.DeepEqual(rows(g), before) {
				t.Fatalf("a cancelled job's result was shown: %q, pair %v", g.snap.Path(), g.pair)
			}
			if g.w.open.Disabled() {
				t.Error("Open stays disabled after Cancel")
			}
		})
	}
}

// TestQuitDoesNotWaitOnAJob: Ctrl+Q while an article is read cancels the
// job and quits at once.
func TestQuitDoesNotWaitOnAJob(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	n := g.started
	g.open(bigArticle(t, 20))
	j := g.job
	start := time.Now()
	shortcut(g, fyne.KeyQ)
	if took := time.Since(start); took > time.Second {
		t.Fatalf("Ctrl+Q took %v while an article was read", took)
	}
	if j == nil || j.ctx.Err() == nil {
		t.Fatal("Ctrl+Q left the job running")
	}
	settle(t, g, n)
}

// TestStartNeverWaitsOnRememberedFile: the remembered article is read off
// the UI goroutine. A FIFO there is refused (reading it would block for
// ever); a file that is gone is forgotten. Either way the built-in article
// stands in, with a note.
func TestStartNeverWaitsOnRememberedFile(t *testing.T) {
	dir := t.TempDir()
	gone := filepath.Join(dir, "gone.txt")
	fifo := filepath.Join(dir, "pipe.txt")
	tests := []struct {
		name, path string
		forget     bool
	}{
		{"gone", gone, true},
	}
	if mkfifo(fifo) == nil {
		tests = append(tests, struct {
			name, path string
			forget     bool
		}{"FIFO", fifo, false})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			prefs := guiPrefs{a.Preferences()}
			prefs.setArticle(tc.path)
			prefs.addRecent(tc.path)
			made := make(chan *gui, 1)
			go func() {
				g, err := startTestGUI(t, a, app.WindowOptions{})
				if err != nil {
					t.Error(err)
				}
				made <- g
			}()
			var g *gui
			select {
			case g = <-made:
			case <-time.After(10 * time.Second):
				t.Fatal("the window waited on the remembered file")
			}
			settle(t, g, 0)
			if g.snap.Path() != "" || g.w.rows.RowCount() == 0 {
				t.Fatalf("shows %q with %d rows, want the built-in article", g.snap.Path(), g.w.rows.RowCount())
			}
			if !strings.Contains(g.w.status.Text, "Could not reopen") {
				t.Errorf("status %q gives no note", g.w.status.Text)
			}
			forgotten := prefs.article() == "" && len(prefs.recent()) == 0
			if forgotten != tc.forget {
				t.Errorf("remembered %q, recent %v; forgotten %v, want %v", prefs.article(), prefs.recent(), forgotten, tc.forget)
			}
		})
	}
}

// TestStartWithRememberedArticle: the remembered article is read as a job;
// the window is up meanwhile, and Cancel shows the built-in article.
func TestStartWithRememberedArticle(t *testing.T) {
	long := bigArticle(t, 20)
	for _, cancel := range []bool{false, true} {
		a := test.NewTempApp(t)
		guiPrefs{a.Preferences()}.setArticle(long)
		g, err := startTestGUI(t, a, app.WindowOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !g.busy() || !strings.Contains(g.w.title.Text, "long.txt") {
			t.Fatalf("start: busy %v, title %q; want the remembered article being read", g.busy(), g.w.title.Text)
		}
		want := long
		if cancel {
			g.cancelJob()
			want = ""
		}
		settle(t, g, 0)
		if g.snap.Path() != want || g.w.rows.RowCount() == 0 {
			t.Fatalf("cancel %v: shows %q with %d rows, want %q", cancel, g.snap.Path(), g.w.rows.RowCount(), want)
		}
	}
}

func TestWindowSizeFromPreferences(t *testing.T) {
	p := guiPrefs{test.NewTempApp(t).Preferences()}
	tests := []struct {
		stored string
		want   fyne.Size
	}{
		{"1000x700", fyne.NewSize(1000, 700)},
		{"NaNxNaN", defaultSize},
		{"1000xNaN", defaultSize},
		{"+Infx700", defaultSize},
		{"1e30x700", defaultSize},
		{"-1000x-700", defaultSize},
		{"10x10", defaultSize},
		{"big", defaultSize},
		{"", defaultSize},
	}
	for _, tt := range tests {
		p.p.SetString(prefSize, tt.stored)
		if got := p.size(); got != tt.want {
			t.Errorf("stored %q: size %v, want %v", tt.stored, got, tt.want)
		}
	}
}

// TestTheLastRequestWins: opening an article while another is read
// replaces that job; the first one's result never shows.
func TestTheLastRequestWins(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	first, second := bigArticle(t, 20), bigArticle(t, 2)
	n := g.started
	g.open(first)
	g.open(second)
	if g.started != n+2 {
		t.Fatalf("the second open started %d job(s)", g.started-n-1)
	}
	settle(t, g, n)
	if g.snap.Path() != second {
		t.Fatalf("shows %q, want the article opened last %q", g.snap.Path(), second)
	}
}

// TestAReportBeingWrittenIsNotReplaced: while Export writes, switching to
// a pair already made shows it and the export goes on; anything that needs
// a new job waits, and the status says so.
func TestAReportBeingWrittenIsNotReplaced(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	quick := g.w.pairs.QuickPairs()
	g.snap.Prepare(quick[1])
	r, _ := g.report()
	out := filepath.Join(t.TempDir(), "report.pdf")
	n := g.started
	g.export(out, r)
	if !g.writing() || !g.w.open.Disabled() {
		t.Fatal("no export job, or Open enabled while writing")
	}
	g.showPair(quick[1]) // made already
	if g.pair != quick[1] || !g.writing() {
		t.Fatalf("switching to a pair made already: pair %v, still writing %v", g.pair, g.writing())
	}
	g.showPair(quick[2]) // needs a job
	if g.pair != quick[1] || g.w.pairs.Pair() != quick[1] || !strings.Contains(g.w.status.Text, "report is being written") {
		t.Fatalf("a new comparison while writing: pair %v, bar %v, status %q", g.pair, g.w.pairs.Pair(), g.w.status.Text)
	}
	g.open(bigArticle(t, 2))
	if g.started != n+1 {
		t.Fatalf("%d job(s) started while writing", g.started-n-1)
	}
	settle(t, g, n)
	if b, err := os.ReadFile(out); err != nil || !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatalf("the report was not written: %v", err)
	}
}
