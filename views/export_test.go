package views

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
	"readouts/assets"
)

// TestExportConfirmsTheFinalName: the save dialog asks before replacing
// the name typed; when ".pdf" is added, the file written is another one,
// and the window asks about that one.
func TestExportConfirmsTheFinalName(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	r, _ := g.report()
	dir := t.TempDir()
	typed := filepath.Join(dir, "report")
	old := []byte("an earlier report")
	if err := os.WriteFile(typed+".pdf", old, 0o644); err != nil {
		t.Fatal(err)
	}
	n := g.started
	g.confirmExport(typed, r)
	if g.started != n {
		t.Fatal("report.pdf exists, and the export started without asking")
	}
	if g.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no confirmation")
	}
	if b, _ := os.ReadFile(typed + ".pdf"); string(b) != string(old) {
		t.Fatal("report.pdf changed before the user answered")
	}
	if !strings.Contains(overlayText(g), "report.pdf") {
		t.Fatalf("the confirmation does not name report.pdf: %q", overlayText(g))
	}
	g.win.Canvas().Overlays().Top().Hide()

	// A name that does not exist yet with .pdf: no question.
	n = g.started
	g.confirmExport(filepath.Join(dir, "fresh"), r)
	settle(t, g, n)
	if b, err := os.ReadFile(filepath.Join(dir, "fresh.pdf")); err != nil || !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatalf("fresh.pdf: %v", err)
	}
}

// TestExportRefusesTheArticle: Export… follows the command line's rules:
// the article it was read from is never written over.
func TestExportRefusesTheArticle(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "call.pdf") // named so that .pdf is not added
	if err := os.WriteFile(article, assets.SeedArticle, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := app.NewSession(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := s.Load(context.Background(), article)
	if err != nil {
		t.Fatal(err)
	}
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{Session: s, Article: snap})
	r, _ := g.report()
	n := g.started
	g.export(article, r)
	settle(t, g, n)
	if b, _ := os.ReadFile(article); string(b) != string(assets.SeedArticle) {
		t.Fatal("the export wrote over the article")
	}
	if g.win.Canvas().Overlays().Top() == nil || !strings.Contains(overlayText(g), "article") {
		t.Fatalf("no dialog naming the article: %q", overlayText(g))
	}
}

// TestCancelledExportLeavesNothing: Cancel while the report is written
// removes its temporary file; the file it would have replaced stays.
func TestCancelledExportLeavesNothing(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	r, _ := g.report()
	dir := t.TempDir()
	out := filepath.Join(dir, "report.pdf")
	if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	n := g.started
	g.export(out, r)
	g.cancelJob()
	settle(t, g, n)
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("left in the folder: %v", entries)
	}
	if b, _ := os.ReadFile(out); string(b) != "old" {
		t.Fatalf("report.pdf is now %d bytes", len(b))
	}
}

// overlayText is every text of the top overlay (a dialog).
func overlayText(g *gui) string {
	top := g.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	return strings.Join(texts(top), " ")
}

// texts collects the text of o and everything in it.
func texts(o fyne.CanvasObject) []string {
	var out []string
	switch v := o.(type) {
	case *canvas.Text:
		out = append(out, v.Text)
	case *widget.Label:
		out = append(out, v.Text)
	case *widget.RichText:
		out = append(out, v.String())
	}
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			out = append(out, texts(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			out = append(out, texts(c)...)
		}
	}
	return out
}

// TestQuitDuringExportLeavesNothing: Ctrl+Q (or a signal, which Fyne turns
// into a quit) while a report is written: once the window has closed, the
// unfinished file is gone before the process ends.
func TestQuitDuringExportLeavesNothing(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	r, _ := g.report()
	dir := t.TempDir()
	n := g.started
	g.export(filepath.Join(dir, "report.pdf"), r)
	g.quit()
	g.shutdown()
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("left in the folder after quitting: %v", entries)
	}
	settle(t, g, n)
}
