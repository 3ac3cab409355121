package app

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"readouts/app/compare"
	"readouts/app/report"
)

// reportInput is what the export writes: the pair on show, or all three
// pairs and their matrix.
func (g *gui) reportInput() (report.Input, bool) {
	in := report.Input{Extraction: g.x, Version: Version, Generated: report.GeneratedTime(time.Now())}
	switch {
	case g.pair.All && g.matrix != nil:
		in.Comparisons, in.Matrix = g.all, g.matrix
	case g.cmp != nil:
		in.Comparisons = []compare.Comparison{*g.cmp}
	default:
		return in, false
	}
	return in, true
}

// updateExport enables Export only when there is a comparison to export.
func (g *gui) updateExport() {
	if _, ok := g.reportInput(); ok && !g.loading {
		g.w.export.Enable()
	} else {
		g.w.export.Disable()
	}
}

// showExport asks where to save the PDF report of the pair on show.
func (g *gui) showExport() {
	in, ok := g.reportInput()
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
		g.export(path, in)
	}, g.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
	d.SetFileName(report.DefaultFileName(in))
	dir := filepath.Dir(g.path)
	if g.path == "" {
		dir = ""
	}
	if dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
	// A file dialog can be sized only once shown.
	d.Resize(fyne.NewSize(fyne.Min(g.win.Canvas().Size().Width-80, 900), fyne.Min(g.win.Canvas().Size().Height-80, 640)))
}

// export writes the report off the UI goroutine. The file appears only when
// complete (writeFileAtomic), so a failure never leaves half a report or
// damages the file it would have replaced.
func (g *gui) export(path string, in report.Input) {
	g.setLoading(true, "Writing "+filepath.Base(path)+"…")
	go func() {
		err := writeFileAtomic(path, func(w io.Writer) error { return report.WritePDF(w, in) })
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
