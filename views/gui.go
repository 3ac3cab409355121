package views

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

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

	snap    *app.Snapshot // the article on show and its comparisons
	pair    app.Pair
	cmp     *app.Comparison // the pair on show, nil for all pairs
	matrix  *app.Matrix     // all pairs on show, else nil
	loading bool
	// stop cancels a load in progress when the window closes.
	stop context.CancelFunc
	// done, when set, hears when a load or export has finished; tests
	// wait on it instead of sleeping.
	done chan struct{}

	w widgets
	// docs are the documents' texts pane and usage view (docsgui.go).
	docs docsUI
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
	g := &gui{app: a, win: win, prefs: guiPrefs{a.Preferences()}, session: opts.Session}
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
	g.status(note)
	if snap.Usage() != nil {
		g.showUsage(true) // an article given to check: show the check first
	}

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
	var texts app.Texts
	if opts.Screenshot == "" {
		texts = g.prefs.texts()
	}
	snap, err := g.session.Open(context.Background(), texts)
	switch {
	case err == nil:
		return snap, "", nil
	case texts.Builtin():
		return nil, "", fmt.Errorf("open %s: %w", texts, err)
	}
	// The remembered article is gone or broken: start with the built-in
	// one rather than not at all.
	note := fmt.Sprintf("Could not reopen %s: %v", texts, err)
	if snap, err = g.session.Load(context.Background(), ""); err != nil {
		return nil, "", fmt.Errorf("open %s: %w", app.DisplayName(""), err)
	}
	return snap, note, nil
}

// setSnapshot shows a newly read article with the pair spec names, or the
// first pair when spec does not fit its accounts.
func (g *gui) setSnapshot(snap *app.Snapshot, spec string) {
	g.snap = snap
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
	g.setTexts(snap)
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
	x := g.snap.Extraction()
	g.pair = p
	g.cmp, g.matrix = nil, nil
	g.w.pairs.SetPair(p)
	var cmp *app.Comparison
	if !p.All && p.Left != "" {
		cmp = g.snap.Compare(p.Left, p.Right)
	}
	switch {
	case p.All:
		m := g.snap.All().Matrix
		g.matrix = m
		g.w.matrix.SetMatrix(x, m)
		g.w.summary.SetMatrix(m)
		g.pairTexts(p, m.Accounts)
		g.text().SetFocus(m.Accounts...)
		g.w.rows.Hide()
		g.w.matrix.Show()
	case cmp != nil:
		g.cmp = cmp
		g.w.rows.SetComparison(x, cmp, "")
		g.w.summary.SetComparison(x, cmp)
		g.pairTexts(p, []string{p.Left, p.Right})
		g.text().SetFocus(p.Left, p.Right)
		g.w.matrix.Hide()
		g.w.rows.Show()
	default:
		g.w.rows.SetComparison(nil, nil, fmt.Sprintf(
			"This article has %d account(s); a comparison needs two. Open another article (Ctrl+O) or drop one here.", len(x.Accounts)))
		g.w.summary.SetComparison(nil, nil)
		g.pairTexts(p, nil)
		g.text().SetFocus()
		g.w.matrix.Hide()
		g.w.rows.Show()
	}
	g.text().Mark()
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
	if g.pair.All {
		if g.w.matrix.SelectStatement(id) < 0 {
			g.status("That statement is from an account outside the three compared.")
			return
		}
		g.status("")
		return
	}
	if g.w.rows.SelectStatement(id) < 0 {
		s := g.snap.Extraction().Statement(id)
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
