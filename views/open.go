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
	if g.loading {
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

// open reads the article at path off the UI goroutine, with a progress
// bar, and shows it. On failure the comparison on screen stays and a dialog
// says what went wrong.
func (g *gui) open(path string) {
	if g.loading {
		return
	}
	if ext := strings.ToLower(filepath.Ext(path)); !knownExtension(ext) {
		g.openFailed(path, fmt.Errorf("%s is not an article file (want %s)", filepath.Base(path), strings.Join(articleExtensions, ", ")))
		g.afterWork()
		return
	}
	g.setLoading(true, "Opening "+filepath.Base(path)+"…")
	pair := g.pair.String()
	ctx, stop := context.WithCancel(context.Background())
	g.stop = stop
	go func() {
		snap, err := g.session.Load(ctx, path)
		if err == nil {
			// Make the comparison the window will show here, not on
			// the UI goroutine.
			snap.Prepare(snap.PickPair(pair))
		}
		fyne.Do(func() {
			defer g.afterWork()
			stop()
			g.setLoading(false, "")
			if errors.Is(err, context.Canceled) {
				return // the window is closing
			}
			if err != nil {
				g.openFailed(path, err)
				return
			}
			if len(snap.Extraction().Accounts) == 0 {
				g.openFailed(path, errors.New("no accounts found: the article quotes or reports no one's statements"))
				return
			}
			g.setSnapshot(snap, pair)
			g.prefs.setArticle(path)
			g.rebuildRecent(g.prefs.addRecent(path))
			g.status(fmt.Sprintf("Opened %s: %d accounts.", filepath.Base(path), len(snap.Extraction().Accounts)))
		})
	}()
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

// setLoading shows or hides the progress bar and disables what must wait.
func (g *gui) setLoading(on bool, msg string) {
	g.loading = on
	if on {
		g.w.progress.Show()
		g.w.progress.Start()
		g.w.open.Disable()
		g.w.export.Disable()
	} else {
		g.w.progress.Stop()
		g.w.progress.Hide()
		g.w.open.Enable()
		g.updateExport()
	}
	g.status(msg)
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
	if g.loading {
		return
	}
	snap, err := g.session.Load(context.Background(), "")
	if err != nil {
		g.openFailed("built-in article", err)
		return
	}
	g.setSnapshot(snap, g.pair.String())
	g.prefs.setArticle("")
	g.status("Opened the built-in article.")
}
