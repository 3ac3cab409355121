package views

import (
	"context"
	"fmt"
	"os"
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
	if (g.cmp != nil || g.matrix != nil) && !g.busy() {
		g.w.export.Enable()
	} else {
		g.w.export.Disable()
	}
}

// showExport asks where to save the PDF report of the pair on show.
func (g *gui) showExport() {
	r, ok := g.report()
	if !ok || g.busy() {
		return // Export waits for the job on show to finish
	}
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("export: %w", err), g.win)
			return
		}
		if wc == nil {
			return // cancelled
		}
		// The dialog has not touched the file (see lazyFiles); the
		// report goes through app.WriteOutput instead, so close it unused.
		chosen := wc.URI().Path()
		wc.Close()
		g.confirmExport(chosen, r)
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

// pdfName is the file an export to chosen writes: chosen, with ".pdf"
// added unless it has it.
func pdfName(chosen string) string {
	if strings.EqualFold(filepath.Ext(chosen), ".pdf") {
		return chosen
	}
	return chosen + ".pdf"
}

// confirmExport writes the report to the PDF name of chosen. The save
// dialog asked before replacing chosen; when ".pdf" was added, the file
// written is another one, so ask again if that one exists.
func (g *gui) confirmExport(chosen string, r *app.Report) {
	path := pdfName(chosen)
	if _, err := os.Lstat(path); path == chosen || err != nil {
		g.export(path, r)
		return
	}
	dialog.ShowConfirm("Replace "+filepath.Base(path)+"?",
		fmt.Sprintf("%s already exists in %s.\nReplace it with this report?", filepath.Base(path), filepath.Dir(path)),
		func(ok bool) {
			if ok {
				g.export(path, r)
			}
		}, g.win)
}

// export writes the report as a job, by the rules of app.WriteOutput: the
// file appears only when complete, a link stays a link, a read-only file or
// one the article was read from is refused. Cancel, Ctrl+Q and SIGINT or
// SIGTERM (which Fyne turns into a quit) stop it and remove the unfinished
// file: Run waits for that before the process ends (see shutdown).
func (g *gui) export(path string, r *app.Report) {
	g.writes.Add(1)
	started := g.run(task{msg: "Writing " + filepath.Base(path) + "…", keep: true, work: func(ctx context.Context) func() {
		defer g.writes.Done()
		err := r.WriteFile(ctx, path, app.PDF)
		return func() {
			if err != nil {
				g.status("Export failed")
				dialog.ShowError(fmt.Errorf("export PDF: %w", err), g.win)
				return
			}
			g.status("Saved " + path)
			g.app.SendNotification(fyne.NewNotification("Report saved", path))
		}
	}})
	if !started {
		g.writes.Done()
	}
}
