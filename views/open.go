package views

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"readouts/app"
)

// articleExtensions are the files Open… offers and drag-and-drop accepts.
var articleExtensions = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// showOpen asks for an article file.
func (g *gui) showOpen() {
	if g.writing() {
		return
	}
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("open: %w", err), g.win)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		g.open(path)
	}, g.win)
	d.SetFilter(storage.NewExtensionFileFilter(articleExtensions))
	if path := g.snap.Path(); path != "" {
		if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(path))); err == nil {
			d.SetLocation(dir)
		}
	}
	d.Show()
	// A file dialog can be sized only once shown.
	d.Resize(fyne.NewSize(fyne.Min(g.win.Canvas().Size().Width-80, 900), fyne.Min(g.win.Canvas().Size().Height-80, 640)))
}

// dropped opens the file dropped on the window; several files dropped at
// once are opened as the sides' own documents.
func (g *gui) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	switch {
	case len(paths) > 1:
		g.openTexts(app.Texts{Documents: paths})
	case len(paths) == 1:
		g.open(paths[0])
	}
}

// open reads the article at path as a job and shows it (see openTexts).
func (g *gui) open(path string) { g.openTexts(app.Texts{Article: path}) }

// openTexts reads texts (an article, or the sides' own documents with or
// without an article to check against them) off the UI goroutine, with a
// progress bar and Cancel, and shows them; it replaces a load or
// comparison running. On failure the comparison on screen stays and a
// dialog says what went wrong.
func (g *gui) openTexts(t app.Texts) {
	for _, p := range t.Paths() {
		if ext := strings.ToLower(filepath.Ext(p)); !knownExtension(ext) {
			g.openFailed(t, fmt.Errorf("%s is not a text file Readouts reads (want %s)", filepath.Base(p), strings.Join(articleExtensions, ", ")))
			return
		}
	}
	g.load(t, g.pair.String(), nil, func(err error) { g.openFailed(t, err) })
}

// errNoAccounts refuses texts in which nobody is quoted.
var errNoAccounts = errors.New("no accounts found: the texts quote or report no one's statements")

// load reads texts as a job, applies their review, makes the comparison of
// the pair spec names (and, for an article beside documents, how it used
// them), and shows them. undo is what Cancel puts back; failed hears why
// the texts cannot be shown, a review that does not belong to them
// included (the comparison on show stays).
func (g *gui) load(t app.Texts, spec string, undo func(), failed func(error)) {
	file := g.reviewFile(t)
	g.run(task{msg: "Opening " + textsLabel(t) + "…", undo: undo, work: func(ctx context.Context) func() {
		snap, err := g.session.Open(ctx, t)
		if err == nil {
			snap, err = readReview(snap, file)
		}
		if err == nil && ctx.Err() == nil {
			// Make what the window will show here, not on the UI
			// goroutine.
			snap.Prepare(snap.PickPair(spec))
			snap.Usage()
		}
		return func() {
			if err == nil && len(snap.Extraction().Accounts) == 0 {
				err = errNoAccounts
			}
			if err != nil {
				failed(err)
				return
			}
			g.startReview(snap, file, "")
			g.setSnapshot(snap, spec)
			g.remember(t)
			x := snap.Extraction()
			if snap.Documents() {
				g.status(fmt.Sprintf("Opened %d documents: %d accounts.", len(x.Documents), len(x.Accounts)))
			} else {
				g.status(fmt.Sprintf("Opened %s: %d accounts.", textsLabel(t), len(x.Accounts)))
			}
			if snap.Usage() != nil {
				g.showUsage(true) // an article given to check: show the check first
			}
		}
	}})
}

// textsLabel names texts in the status bar: the article's file name, or
// how many files.
func textsLabel(t app.Texts) string {
	switch paths := t.Paths(); len(paths) {
	case 0:
		return "the built-in article"
	case 1:
		return filepath.Base(paths[0])
	default:
		return fmt.Sprintf("%d files", len(paths))
	}
}

// remember keeps the texts on show for the next start: the documents (as
// absolute paths, since those named on the command line may be relative
// to where it ran), or the article, which Open Recent lists too.
func (g *gui) remember(t app.Texts) {
	if len(t.Documents) > 0 {
		abs := app.Texts{Article: absPath(t.Article)}
		for _, d := range t.Documents {
			abs.Documents = append(abs.Documents, absPath(d))
		}
		g.prefs.setDocuments(abs)
		return
	}
	g.prefs.setDocuments(app.Texts{})
	g.prefs.setArticle(t.Article)
	if t.Article != "" {
		g.rebuildRecent(g.prefs.addRecent(t.Article))
	}
}

// forget drops texts that are gone from the next start (and an article
// from Open Recent).
func (g *gui) forget(t app.Texts) {
	if len(t.Documents) > 0 {
		g.prefs.setDocuments(app.Texts{})
		return
	}
	g.prefs.setArticle("")
	g.rebuildRecent(g.prefs.removeRecent(t.Article))
}

// absPath is p made absolute, or p when that fails; "" stays "".
func absPath(p string) string {
	if p == "" {
		return ""
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

func knownExtension(ext string) bool {
	for _, e := range articleExtensions {
		if e == ext {
			return true
		}
	}
	return false
}

// openFailed reports texts that did not open; the current comparison stays.
func (g *gui) openFailed(t app.Texts, err error) {
	what := "the article"
	if len(t.Documents) > 0 {
		what = "the documents"
	} else if errors.Is(err, fs.ErrNotExist) {
		g.rebuildRecent(g.prefs.removeRecent(t.Article))
	}
	g.status("Could not open " + textsLabel(t))
	dialog.ShowError(fmt.Errorf("could not open %s: %w", what, err), g.win)
}

// rebuildRecent lists the recent files under File → Open Recent.
func (g *gui) rebuildRecent(list []string) {
	it := g.w.recentItem
	if it == nil {
		return
	}
	it.ChildMenu.Items = nil
	for _, p := range list {
		p := p
		it.ChildMenu.Items = append(it.ChildMenu.Items, fyne.NewMenuItem(recentLabel(p), func() { g.open(p) }))
	}
	it.Disabled = len(list) == 0
	if g.w.mainMenu != nil {
		g.w.mainMenu.Refresh()
	}
}

// recentLabel is the file name with its folder, home abbreviated.
func recentLabel(p string) string {
	dir := filepath.Dir(p)
	if home, err := os.UserHomeDir(); err == nil && strings.HasPrefix(dir, home) {
		dir = "~" + strings.TrimPrefix(dir, home)
	}
	return filepath.Base(p) + " — " + dir
}

// openBuiltin goes back to the article Readouts ships with. It is embedded
// and small, so it loads on the UI goroutine.
func (g *gui) openBuiltin() {
	if g.writing() {
		g.status("A report is being written: wait for it, or press Esc to cancel it.")
		return
	}
	g.cancelJob()
	snap, err := g.session.Load(context.Background(), "")
	file := g.reviewFile(app.Texts{})
	if err == nil {
		snap, err = readReview(snap, file)
	}
	if err != nil {
		g.openFailed(app.Texts{}, err)
		return
	}
	g.startReview(snap, file, "")
	g.setSnapshot(snap, g.pair.String())
	g.remember(app.Texts{})
	g.status("Opened the built-in article.")
}
