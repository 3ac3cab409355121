package views

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"readouts/app"
	"readouts/app/naming"
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
	g.statusFor = 12 * time.Second
	g.win.SetMaster()
	g.win.ShowAndRun()
	g.shutdown()
	return nil
}

// gui is the running window: the article on show, the pair on show and the
// widgets. All its fields are touched on the UI goroutine only; reading,
// comparing and writing run elsewhere as jobs (see run) and hand their
// results back through fyne.Do.
type gui struct {
	app     fyne.App
	win     fyne.Window
	prefs   guiPrefs
	session *app.Session

	snap   *app.Snapshot // the article on show and its comparisons, corrected by its review
	rev    reviewState   // the review's undo, where it is saved; the machine reading on show
	pair   app.Pair
	names  naming.Names    // the accounts of the reading on show, by id
	cmp    *app.Comparison // the pair on show, nil for all pairs
	matrix *app.Matrix     // all pairs on show, else nil

	job     *job // the work running off the UI goroutine, nil when idle
	started int  // jobs started so far
	// inline runs jobs on the calling goroutine (screenshots).
	inline bool
	// statusFor is how long a message stays in the status bar when no
	// job runs, so that the bar gives its line back to the panes; 0 keeps
	// it (tests, screenshots). statusSaid counts the messages.
	statusFor  time.Duration
	statusSaid int
	// post hands a job's result to the UI goroutine: fyne.Do, or in
	// tests a queue the test goroutine runs.
	post func(func())
	// writes counts the exports and review saves writing a file, which
	// shutdown waits for.
	writes sync.WaitGroup

	w widgets
	// docs are the documents' texts pane and usage view (docsgui.go).
	docs docsUI
}

// newGUI builds the window for opts in the Fyne app a and shows the first
// article. Without opts.Session it reads with the built-in catalog and
// lexicons. It never waits on a file: a remembered article is read off the
// UI goroutine, and a comparison not made yet is made there too.
func newGUI(a fyne.App, win fyne.Window, opts app.WindowOptions) (*gui, error) {
	g, err := buildGUI(a, win, opts)
	if err != nil {
		return nil, err
	}
	if err := g.showFirst(opts); err != nil {
		return nil, err
	}
	return g, nil
}

// buildGUI builds the window for opts, empty.
func buildGUI(a fyne.App, win fyne.Window, opts app.WindowOptions) (*gui, error) {
	g := &gui{app: a, win: win, prefs: guiPrefs{a.Preferences()}, session: opts.Session,
		inline: opts.Screenshot != "", post: fyne.Do}
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

// showFirst shows the article to start with, with its review: the one
// named on the command line, else the last one opened (screenshots: the
// built-in one). The remembered article is read as a job, with the
// built-in one standing in when it is gone or broken, or when the user
// cancels.
func (g *gui) showFirst(opts app.WindowOptions) error {
	spec := opts.Pair
	if spec == "" {
		spec = g.prefs.pair()
	}
	if opts.Article != nil {
		if err := g.showChecked(opts.Article, opts.Pair, spec); err != nil {
			return err
		}
		if t := opts.Article.Texts(); opts.Screenshot == "" && t.Article != "" && len(t.Documents) == 0 {
			// Named on the command line: Open Recent lists it. It is not
			// the article the next start opens: that stays the last one
			// opened in the window.
			g.rebuildRecent(g.prefs.addRecent(absPath(t.Article)))
		}
		return nil
	}
	builtin, err := g.session.Load(context.Background(), "")
	if err != nil {
		return fmt.Errorf("open %s: %w", app.DisplayName(""), err)
	}
	var texts app.Texts
	if opts.Screenshot == "" {
		texts = g.prefs.texts()
	}
	if texts.Builtin() {
		return g.showChecked(builtin, opts.Pair, spec)
	}
	g.snap = builtin
	g.startReview(builtin, "", "an article is being opened")
	g.showPlaceholder("Opening " + textsLabel(texts) + "…")
	standIn := func() { g.showReviewed(builtin, spec) }
	g.load(texts, spec, standIn, func(err error) {
		if errors.Is(err, fs.ErrNotExist) {
			// Gone for good: forget it rather than try at every start.
			g.forget(texts)
		}
		g.status(fmt.Sprintf("Could not reopen %s: %v", textsLabel(texts), err))
		standIn()
	})
	return nil
}

// showChecked shows snap, with its review, and the pair spec; a pair named
// on the command line (named) must name real accounts.
func (g *gui) showChecked(snap *app.Snapshot, named, spec string) error {
	snap = g.startReviewOf(snap)
	if named != "" {
		if _, err := snap.ResolvePair(named); err != nil && len(snap.Extraction().Accounts) >= 2 {
			return err
		}
	}
	g.setSnapshot(snap, spec)
	if snap.Usage() != nil {
		g.showUsage(true) // an article given to check: show the check first
	}
	g.noteReview()
	return nil
}

// showPlaceholder empties the window while its first article is read.
func (g *gui) showPlaceholder(msg string) {
	g.win.SetTitle("Readouts")
	g.w.title.SetText(msg)
	g.w.meta.SetText("")
	g.names = nil
	g.w.pairs.SetAccounts(nil, nil)
	g.clearTexts()
	g.w.summary.SetComparison(nil, nil, nil)
	g.w.rows.SetComparison(nil, nil, msg+" Esc cancels.")
	g.w.legend.Set(legendNone, nil, nil, nil, false)
	g.w.matrix.Hide()
	g.w.rows.Show()
	g.updateExport()
	g.relayout()
}

// setSnapshot shows a newly read article with the pair spec names, or the
// first pair when spec does not fit its accounts.
func (g *gui) setSnapshot(snap *app.Snapshot, spec string) {
	g.snap = snap
	snap = g.shown()
	g.names = naming.For(snap.Extraction())
	g.w.pairs.SetAccounts(snap.Extraction().Accounts, g.names)
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

// showPair shows the comparison of p: at once when the snapshot has made
// it, else as a job that makes it off the UI goroutine (Cancel puts the
// pair on show back).
func (g *gui) showPair(p app.Pair) {
	g.leaveUsage()
	if g.shown().Ready(p) {
		if !g.writing() { // a report being written is not in the way
			g.cancelJob()
		}
		g.displayPair(p)
		return
	}
	snap, shown := g.shown(), g.pair
	g.w.pairs.SetPair(p)
	started := g.run(task{
		msg:  "Comparing " + g.w.pairs.Label(p) + "…",
		undo: func() { g.w.pairs.SetPair(shown) },
		work: func(context.Context) func() {
			snap.Prepare(p)
			return func() {
				if g.shown() == snap {
					g.displayPair(p)
				}
			}
		},
	})
	if !started {
		g.w.pairs.SetPair(shown)
	}
}

// displayPair shows the comparison of p, which the reading on show has
// made.
func (g *gui) displayPair(p app.Pair) {
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
	var focus []string // the accounts the text pane shows strongly
	switch {
	case p.All:
		m := snap.All().Matrix
		g.matrix = m
		g.w.matrix.SetMatrix(x, m)
		g.w.summary.SetMatrix(m)
		focus = m.Accounts
		g.w.legend.Set(legendAll, x, focus, g.names, false)
		g.w.rows.Hide()
		g.w.matrix.Show()
	case cmp != nil:
		g.cmp = cmp
		g.w.rows.SetComparison(x, cmp, "")
		g.w.summary.SetComparison(x, cmp, g.names)
		focus = []string{p.Left, p.Right}
		g.w.legend.Set(legendPair, x, focus, g.names, g.w.rows.ShowsDiffs())
		g.w.matrix.Hide()
		g.w.rows.Show()
	default:
		g.w.rows.SetComparison(nil, nil, fmt.Sprintf(
			"This text has %d account(s); a comparison needs two. Open another article (Ctrl+O) or drop one here.", len(x.Accounts)))
		g.w.summary.SetComparison(nil, nil, nil)
		g.w.legend.Set(legendNone, x, nil, g.names, false)
		g.w.matrix.Hide()
		g.w.rows.Show()
	}
	g.w.summary.SetReview(g.corrections(), g.rev.machine)
	if g.docs.on {
		// The view of how the article used the documents came up while
		// the pair was made: it stays, the pair ready behind it.
		g.w.rows.Hide()
		g.w.matrix.Hide()
		g.w.summary.SetComparison(nil, nil, nil)
		g.w.legend.Set(legendUsage, x, focus, g.names, false)
	} else {
		g.pairTexts(focus)
		g.text().SetFocus(focus...)
		g.text().Mark()
	}
	if p.String() != "" {
		g.prefs.setPair(p.String())
	}
	g.updateExport()
	g.relayout()
}

// topicLabel names a topic of All three's matrix as its rows do.
func (g *gui) topicLabel(topic string) string {
	if all := g.shown().All(); all != nil {
		for _, c := range all.Comparisons {
			for _, r := range c.Rows {
				if r.Topic == topic && r.Label != "" {
					return r.Label
				}
			}
		}
	}
	return topic
}

// setShowDiffs shows the word differences in every row, or only where
// the sides quote the same words, and says so in the legend and the menu.
func (g *gui) setShowDiffs(on bool) {
	g.w.rows.SetShowDiffs(on)
	g.w.legend.SetDiffs(on)
	if g.w.diffsItem != nil {
		g.w.diffsItem.Checked = on
		if g.w.mainMenu != nil {
			g.w.mainMenu.Refresh()
		}
	}
	if g.cmp != nil && !g.pair.All && !g.docs.on {
		g.w.legend.Set(legendPair, g.shown().Extraction(), []string{g.pair.Left, g.pair.Right}, g.names, g.w.rows.ShowsDiffs())
		g.relayout()
	}
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
		who := "an account"
		if s != nil {
			who = g.names.Of(s.Account)
		}
		g.status("That statement is from " + who + ", which is not in this pair.")
		return
	}
	g.status("")
}

// status shows a short message in the bottom bar, which is there only
// while it has a message or a job runs.
func (g *gui) status(msg string) {
	g.w.status.SetText(msg)
	g.statusSaid++
	if said := g.statusSaid; msg != "" && g.statusFor > 0 {
		time.AfterFunc(g.statusFor, func() {
			fyne.Do(func() {
				if g.statusSaid == said && g.job == nil {
					g.status("")
				}
			})
		})
	}
	if show := msg != "" || g.job != nil; show != g.w.statusBar.Visible() {
		if show {
			g.w.statusBar.Show()
		} else {
			g.w.statusBar.Hide()
		}
		g.relayout()
	}
}

// quit remembers the window size and ends the application at once: a job
// running is cancelled, never waited for.
func (g *gui) quit() {
	g.saveWindow()
	if g.job != nil {
		g.job.cancel()
	}
	g.app.Quit()
}

// shutdown runs when the window has closed, however it closed (Ctrl+Q, the
// window manager, SIGINT or SIGTERM): it cancels a job still running and
// waits for an export to remove its unfinished file, which takes
// milliseconds once cancelled. Reading and comparing are not waited for.
func (g *gui) shutdown() {
	if g.job != nil {
		g.job.cancel()
	}
	g.writes.Wait()
}

func (g *gui) saveWindow() {
	g.prefs.setSize(g.win.Canvas().Size())
}
