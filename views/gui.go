package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"readouts/app/compare"
	"readouts/assets"
	"readouts/sources"
	"readouts/views"
)

// GUIOptions come from the command line.
type GUIOptions struct {
	ArticlePath string    // "" = the last article (the built-in one on first start or for screenshots)
	Pair        string    // "" = remembered/default; else "a,b" or "all"
	Screenshot  string    // non-empty: render offscreen to this PNG and return
	Size        fyne.Size // zero = remembered/default (1400x900 for screenshots)
	Theme       string    // "", "light", "dark", "system"
}

// RunGUI opens the window and runs until it is closed, or renders the window
// to a PNG when opts.Screenshot is set.
func RunGUI(opts GUIOptions) error {
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

// gui is the running window: the loaded article, the pair on show and the
// widgets. All its fields are touched on the UI goroutine only; loading runs
// elsewhere and hands its result back through fyne.Do.
type gui struct {
	app   fyne.App
	win   fyne.Window
	prefs guiPrefs
	pipe  *pipeline

	x       *sources.Extraction
	path    string // "" for the built-in article
	pair    views.Pair
	cmp     *compare.Comparison
	all     []compare.Comparison
	matrix  *compare.Matrix
	loading bool
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

// newGUI builds the window for opts in app a, loads the article and shows
// the first pair.
func newGUI(a fyne.App, win fyne.Window, opts GUIOptions) (*gui, error) {
	g := &gui{app: a, win: win, prefs: guiPrefs{a.Preferences()}}
	themeName := opts.Theme
	if themeName == "" {
		themeName = g.prefs.theme()
	}
	a.Settings().SetTheme(newTheme(themeName))

	p, err := newPipeline(nil, nil)
	if err != nil {
		return nil, fmt.Errorf("start: %w", err)
	}
	g.pipe = p
	g.build()

	path, note := opts.ArticlePath, ""
	if path == "" && opts.Screenshot == "" {
		path = g.prefs.article()
	}
	x, err := p.load(path)
	if err != nil && path != "" && opts.ArticlePath == "" {
		// The remembered article is gone or broken: start with the
		// built-in one rather than not at all.
		note = fmt.Sprintf("Could not reopen %s: %v", path, err)
		path = ""
		x, err = p.load("")
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", articleName(path), err)
	}
	spec := opts.Pair
	if spec == "" {
		spec = g.prefs.pair()
	}
	if opts.Pair != "" {
		// A pair named on the command line must name real accounts.
		if _, _, _, err := resolvePair(x, opts.Pair); err != nil && len(x.Accounts) >= 2 {
			return nil, err
		}
	}
	g.setExtraction(x, path, spec)
	g.status(note)

	size := opts.Size
	if size.IsZero() {
		size = defaultSize
		if opts.Screenshot == "" {
			size = g.prefs.size()
		}
	}
	win.Resize(size)
	return g, nil
}

// setExtraction shows a newly loaded article with the pair spec names, or
// the first pair when spec does not fit its accounts.
func (g *gui) setExtraction(x *sources.Extraction, path, spec string) {
	g.x, g.path = x, path
	title := x.Article.Title
	if title == "" {
		title = articleName(path)
	}
	g.win.SetTitle("Readouts — " + title)
	g.w.title.SetText(title)
	g.w.meta.SetText(articleMeta(x, path))
	g.w.pairs.SetAccounts(x.Accounts)
	g.w.article.SetExtraction(x)
	g.rebuildPairMenu()
	g.showPair(g.pickPair(spec))
}

// articleMeta is the line under the title: date, file and what was found.
func articleMeta(x *sources.Extraction, path string) string {
	var parts []string
	if x.Article.Date != "" {
		parts = append(parts, x.Article.Date)
	}
	name := x.Article.Name
	if path == "" {
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

// pickPair resolves spec against the accounts of the article on show, and
// falls back to the first quick pair.
func (g *gui) pickPair(spec string) views.Pair {
	quick := views.QuickPairs(g.x.Accounts)
	if spec != "" && len(g.x.Accounts) >= 2 {
		if left, right, all, err := resolvePair(g.x, spec); err == nil {
			if all {
				if len(g.x.Accounts) >= 3 {
					return views.Pair{All: true}
				}
			} else {
				return views.Pair{Left: left.ID, Right: right.ID}
			}
		}
	}
	if len(quick) > 0 {
		return quick[0]
	}
	return views.Pair{}
}

// showPair compares the pair and shows it. Comparing the accounts of one
// article takes milliseconds, so it runs on the UI goroutine.
func (g *gui) showPair(p views.Pair) {
	x := g.x
	g.pair = p
	g.cmp, g.all, g.matrix = nil, nil, nil
	g.w.pairs.SetPair(p)
	switch {
	case p.All:
		comps, m := g.pipe.engine.All(x)
		g.all, g.matrix = comps, &m
		g.w.matrix.SetMatrix(x, &m)
		g.w.summary.SetMatrix(&m)
		g.w.article.SetFocus(m.Accounts...)
		g.w.rows.Hide()
		g.w.matrix.Show()
	case p.Left != "" && x.Account(p.Left) != nil && x.Account(p.Right) != nil:
		c := g.pipe.engine.Compare(x.Article, x.Account(p.Left), x.Account(p.Right))
		g.cmp = &c
		g.w.rows.SetComparison(x, &c, "")
		g.w.summary.SetComparison(x, &c)
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
	if g.pair.All {
		if g.w.matrix.SelectStatement(id) < 0 {
			g.status("That statement is from an account outside the three compared.")
			return
		}
		g.status("")
		return
	}
	if g.w.rows.SelectStatement(id) < 0 {
		s := g.x.Statement(id)
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

// quit remembers the window size and ends the application.
func (g *gui) quit() {
	g.saveWindow()
	g.app.Quit()
}

func (g *gui) saveWindow() {
	g.prefs.setSize(g.win.Canvas().Size())
}
