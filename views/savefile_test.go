package views

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// TestSaveDialogWriterLeavesFileAlone checks the wrapped file repository:
// the writer the save dialog hands over does not truncate an existing
// report unless something is written through it, and browsing still works.
func TestSaveDialogWriterLeavesFileAlone(t *testing.T) {
	test.NewTempApp(t)
	deferFileWrites()
	deferFileWrites() // installing twice must not wrap twice
	dir := t.TempDir()
	path := filepath.Join(dir, "report.pdf")
	if err := os.WriteFile(path, []byte("ORIGINAL"), 0o644); err != nil {
		t.Fatal(err)
	}
	u := storage.NewFileURI(path)

	w, err := storage.Writer(u)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "ORIGINAL" {
		t.Fatalf("an unused writer changed the file to %q", b)
	}

	w, err = storage.Writer(u)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("NEW")); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if b, _ := os.ReadFile(path); string(b) != "NEW" {
		t.Fatalf("a used writer wrote %q", b)
	}

	parent, err := storage.Parent(u)
	if err != nil {
		t.Fatal(err)
	}
	list, err := storage.List(parent)
	if err != nil || len(list) != 1 || list[0].Name() != "report.pdf" {
		t.Fatalf("listing the folder: %v, %v", list, err)
	}
}
