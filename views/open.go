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

// dropped opens the first file dropped on the window.
func (g *gui) dropped(_ fyne.Position, uris []fyne.URI) {
	for _, u := range uris {
		if u.Scheme() == "file" {
			g.open(u.Path())
			return
		}
	}
}

// open reads the article at path off the UI goroutine, with a progress
// bar and Cancel, and shows it; it replaces a load or comparison running.
// On failure the comparison on screen stays and a dialog says what went
// wrong.
func (g *gui) open(path string) {
	if ext := strings.ToLower(filepath.Ext(path)); !knownExtension(ext) {
		g.openFailed(path, fmt.Errorf("%s is not an article file (want %s)", filepath.Base(path), strings.Join(articleExtensions, ", ")))
		return
	}
	g.load(path, g.pair.String(), nil, func(err error) { g.openFailed(path, err) })
}

// errNoAccounts refuses an article in which nobody is quoted.
var errNoAccounts = errors.New("no accounts found: the article quotes or reports no one's statements")

// load reads the article at path as a job, applies its review, makes the
// comparison of the pair spec names, and shows them. undo is what Cancel
// puts back; failed hears why the article cannot be shown, a review that
// does not belong to it included (the comparison on show stays).
func (g *gui) load(path, spec string, undo func(), failed func(error)) {
	file := g.reviewFile(path)
	g.run(task{msg: "Opening " + filepath.Base(path) + "…", undo: undo, work: func(ctx context.Context) func() {
		snap, err := g.session.Load(ctx, path)
		if err == nil {
			snap, err = readReview(snap, file)
		}
		if err == nil && ctx.Err() == nil {
			// Make the comparison the window will show here, not on
			// the UI goroutine.
			snap.Prepare(snap.PickPair(spec))
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
			g.prefs.setArticle(path)
			g.rebuildRecent(g.prefs.addRecent(path))
			g.status(fmt.Sprintf("Opened %s: %d accounts.", filepath.Base(path), len(snap.Extraction().Accounts)))
		}
	}})
}

func knownExtension(ext string) bool {
	for _, e := range articleExtensions {
		if e == ext {
			return true
		}
	}
	return false
}

// openFailed reports a file that did not open; the current comparison stays.
func (g *gui) openFailed(path string, err error) {
	if errors.Is(err, fs.ErrNotExist) {
		g.rebuildRecent(g.prefs.removeRecent(path))
	}
	g.status("Could not open " + filepath.Base(path))
	dialog.ShowError(fmt.Errorf("could not open the article: %w", err), g.win)
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
	file := g.reviewFile("")
	if err == nil {
		snap, err = readReview(snap, file)
	}
	if err != nil {
		g.openFailed("built-in article", err)
		return
	}
	g.startReview(snap, file, "")
	g.setSnapshot(snap, g.pair.String())
	g.prefs.setArticle("")
	g.status("Opened the built-in article.")
}
