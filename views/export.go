package views

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"readouts/app"
)

// report is what Export writes: the pair on show, or all pairs and their
// matrix; false when no comparison is on show.
func (g *gui) report() (*app.Report, bool) {
	if g.cmp == nil && g.matrix == nil {
		return nil, false
	}
	r, err := g.shown().Report(g.pair)
	return r, err == nil
}

// updateExport enables Export only when there is a comparison to export.
func (g *gui) updateExport() {
	if (g.cmp != nil || g.matrix != nil) && !g.loading {
		g.w.export.Enable()
	} else {
		g.w.export.Disable()
	}
}

// showExport asks where to save the PDF report of the pair on show.
func (g *gui) showExport() {
	r, ok := g.report()
	if !ok || g.loading {
		return
	}
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("export: %w", err), g.win)
			return
		}
		if wc == nil {
			return // cancelled
		}
		// The dialog has created the file; the report goes through a
		// temporary file and a rename instead, so close this one unused.
		path := wc.URI().Path()
		wc.Close()
		if !strings.EqualFold(filepath.Ext(path), ".pdf") {
			path += ".pdf"
		}
		g.export(path, r)
	}, g.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
	d.SetFileName(r.FileName(app.PDF))
	if path := g.snap.Path(); path != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(path))); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
	// A file dialog can be sized only once shown.
	d.Resize(fyne.NewSize(fyne.Min(g.win.Canvas().Size().Width-80, 900), fyne.Min(g.win.Canvas().Size().Height-80, 640)))
}

// export writes the report off the UI goroutine. The file appears only when
// complete (app.WriteFileAtomic), so a failure never leaves half a report or
// damages the file it would have replaced.
func (g *gui) export(path string, r *app.Report) {
	g.setLoading(true, "Writing "+filepath.Base(path)+"…")
	go func() {
		err := r.WriteFile(path, app.PDF)
		fyne.Do(func() {
			defer g.afterWork()
			g.setLoading(false, "")
			if err != nil {
				g.status("Export failed")
				dialog.ShowError(fmt.Errorf("export PDF: %w", err), g.win)
				return
			}
			g.status("Saved " + path)
			g.app.SendNotification(fyne.NewNotification("Report saved", path))
		})
	}()
}
