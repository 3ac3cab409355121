package views

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"

	"readouts/app"
	"readouts/assets"
)

// Run opens the window and runs until it is closed, or renders the window
// to a PNG when opts.Screenshot is set. It is the app.Window of Readouts.
func Run(opts app.WindowOptions) error {
	if opts.Screenshot != "" {
		return runScreenshot(opts)
	}
	a := fyneapp.NewWithID(appID)
	deferFileWrites()
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	g, err := newGUI(a, a.NewWindow("Readouts"), opts)
	if err != nil {
		return err
	}
	g.win.SetMaster()
	g.win.ShowAndRun()
	return nil
}

// gui is the running window: the article on show, the pair on show and the
// widgets. All its fields are touched on the UI goroutine only; loading runs
// elsewhere and hands its result back through fyne.Do.
type gui struct {
	app     fyne.App
	win     fyne.Window
	prefs   guiPrefs
	session *app.Session

	snap    *app.Snapshot // the article on show and its comparisons, corrected by its review
	rev     reviewState   // the review's undo, where it is saved; the machine reading on show
	pair    app.Pair
	cmp     *app.Comparison // the pair on show, nil for all pairs
	matrix  *app.Matrix     // all pairs on show, else nil
	loading bool
	shot    bool // rendering a screenshot: the offscreen app has no storage of its own
	// stop cancels a load in progress when the window closes.
	stop context.CancelFunc
	// done, when set, hears when a load or export has finished; tests
	// wait on it instead of sleeping.
	done chan struct{}

	w widgets
}

func (g *gui) afterWork() {
	if g.done != nil {
		g.done <- struct{}{}
	}
}

// newGUI builds the window for opts in the Fyne app a, reads the article
// and shows the first pair. Without opts.Session it reads with the built-in
// catalog and lexicons.
func newGUI(a fyne.App, win fyne.Window, opts app.WindowOptions) (*gui, error) {
	g := &gui{app: a, win: win, prefs: guiPrefs{a.Preferences()}, session: opts.Session, shot: opts.Screenshot != ""}
	themeName := opts.Theme
	if themeName == "" {
		themeName = g.prefs.theme()
	}
	a.Settings().SetTheme(newTheme(themeName))
	if g.session == nil {
		s, err := app.NewSession(nil, nil)
		if err != nil {
			return nil, fmt.Errorf("start: %w", err)
		}
		g.session = s
	}
	g.build()

	snap, note, err := g.firstArticle(opts)
	if err != nil {
		return nil, err
	}
	file := g.reviewFile(snap.Path())
	reviewed, rerr := readReview(snap, file)
	off := ""
	if rerr != nil {
		// Start on the machine reading, and never save over a review
		// that belongs to another text.
		off = "the review file does not belong to this article"
		defer dialog.ShowError(fmt.Errorf("%w\nThe machine reading is on show; corrections are off until the file is moved away", rerr), win)
	}
	g.startReview(reviewed, file, off)
	snap = reviewed
	spec := opts.Pair
	if spec == "" {
		spec = g.prefs.pair()
	}
	if opts.Pair != "" {
		// A pair named on the command line must name real accounts.
		if _, err := snap.ResolvePair(opts.Pair); err != nil && len(snap.Extraction().Accounts) >= 2 {
			return nil, err
		}
	}
	g.setSnapshot(snap, spec)
	if note == "" && snap.Review() != nil {
		note = fmt.Sprintf("Applied %d correction(s) from %s.", g.corrections(), filepath.Base(file))
	}
	g.status(note)

	size := fyne.NewSize(float32(opts.Width), float32(opts.Height))
	if opts.Width == 0 || opts.Height == 0 {
		size = defaultSize
		if opts.Screenshot == "" {
			size = g.prefs.size()
		}
	}
	win.Resize(size)
	return g, nil
}

// firstArticle is the article to start with: the one named on the command
// line, else the last one opened (screenshots: the built-in one). A
// remembered article that is gone or broken gives way to the built-in one,
// with a note saying so.
func (g *gui) firstArticle(opts app.WindowOptions) (*app.Snapshot, string, error) {
	if opts.Article != nil {
		return opts.Article, "", nil
	}
	path := ""
	if opts.Screenshot == "" {
		path = g.prefs.article()
	}
	snap, err := g.session.Load(context.Background(), path)
	switch {
	case err == nil:
		return snap, "", nil
	case path == "":
		return nil, "", fmt.Errorf("open %s: %w", app.DisplayName(path), err)
	}
	// The remembered article is gone or broken: start with the built-in
	// one rather than not at all.
	note := fmt.Sprintf("Could not reopen %s: %v", path, err)
	if snap, err = g.session.Load(context.Background(), ""); err != nil {
		return nil, "", fmt.Errorf("open %s: %w", app.DisplayName(""), err)
	}
	return snap, note, nil
}

// setSnapshot shows a newly read article with the pair spec names, or the
// first pair when spec does not fit its accounts.
func (g *gui) setSnapshot(snap *app.Snapshot, spec string) {
	g.snap = snap
	snap = g.shown()
	x := snap.Extraction()
	title := x.Article.Title
	if title == "" {
		title = snap.Name()
	}
	g.win.SetTitle("Readouts — " + title)
	g.w.title.SetText(title)
	g.w.meta.SetText(articleMeta(snap))
	g.w.pairs.SetAccounts(x.Accounts)
	g.w.article.SetExtraction(x)
	g.rebuildPairMenu()
	g.showPair(snap.PickPair(spec))
}

// articleMeta is the line under the title: date, file and what was found.
func articleMeta(snap *app.Snapshot) string {
	x := snap.Extraction()
	var parts []string
	if x.Article.Date != "" {
		parts = append(parts, x.Article.Date)
	}
	name := x.Article.Name
	if snap.Path() == "" {
		name = "built-in article"
	}
	parts = append(parts, name)
	n := 0
	for _, a := range x.Accounts {
		n += len(a.Statements)
	}
	parts = append(parts, fmt.Sprintf("%d accounts, %d statements, %d paragraphs", len(x.Accounts), n, len(x.Article.Paragraphs)))
	return strings.Join(parts, " · ")
}

// showPair shows the comparison of p. The snapshot makes it on first
// request (milliseconds for an article) and keeps it; a load prepares the
// first pair off the UI goroutine.
func (g *gui) showPair(p app.Pair) {
	snap := g.shown()
	x := snap.Extraction()
	g.pair = p
	g.cmp, g.matrix = nil, nil
	g.w.pairs.SetPair(p)
	var cmp *app.Comparison
	if !p.All && p.Left != "" {
		cmp = snap.Compare(p.Left, p.Right)
	}
	g.w.rows.StatementMark = snap.Mark
	switch {
	case p.All:
		m := snap.All().Matrix
		g.matrix = m
		g.w.matrix.SetMatrix(x, m)
		g.w.summary.SetMatrix(m)
		g.w.article.SetFocus(m.Accounts...)
		g.w.rows.Hide()
		g.w.matrix.Show()
	case cmp != nil:
		g.cmp = cmp
		g.w.rows.SetComparison(x, cmp, "")
		g.w.summary.SetComparison(x, cmp)
		g.w.article.SetFocus(p.Left, p.Right)
		g.w.matrix.Hide()
		g.w.rows.Show()
	default:
		g.w.rows.SetComparison(nil, nil, fmt.Sprintf(
			"This article has %d account(s); a comparison needs two. Open another article (Ctrl+O) or drop one here.", len(x.Accounts)))
		g.w.summary.SetComparison(nil, nil)
		g.w.article.SetFocus()
		g.w.matrix.Hide()
		g.w.rows.Show()
	}
	g.w.summary.SetReview(g.corrections(), g.rev.machine)
	g.w.article.Mark()
	if p.String() != "" {
		g.prefs.setPair(p.String())
	}
	g.updateExport()
}

// choosePair switches to the i-th quick pair (Ctrl+1…4).
func (g *gui) choosePair(i int) {
	q := g.w.pairs.QuickPairs()
	if i >= 0 && i < len(q) {
		g.showPair(q[i])
	}
}

// statementInArticle answers a tap on a span in the article: select the row
// that holds the statement.
func (g *gui) statementInArticle(id string) {
	g.rev.picked = id
	if g.pair.All {
		if g.w.matrix.SelectStatement(id) < 0 {
			g.status("That statement is from an account outside the three compared.")
			return
		}
		g.status("")
		return
	}
	if g.w.rows.SelectStatement(id) < 0 {
		s := g.shown().Extraction().Statement(id)
		who := id
		if s != nil {
			who = s.Speaker + " (" + s.Channel + ")"
		}
		g.status("That statement is from " + who + ", which is not in this pair.")
		return
	}
	g.status("")
}

// status shows a short message in the bottom bar.
func (g *gui) status(msg string) { g.w.status.SetText(msg) }

// quit remembers the window size, stops a load and ends the application.
func (g *gui) quit() {
	g.saveWindow()
	if g.stop != nil {
		g.stop()
	}
	g.app.Quit()
}

func (g *gui) saveWindow() {
	g.prefs.setSize(g.win.Canvas().Size())
}
