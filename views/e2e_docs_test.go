//go:build e2e

package views_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestEndToEndDocuments opens the real window on two readouts and a story
// checked against them, leaves the article-use view (Ctrl+U), comes back,
// and quits.
func TestEndToEndDocuments(t *testing.T) {
	bin := buildBinary(t)
	display := startXvfb(t)
	docs := filepath.Join("..", "app", "testdata", "docs")
	a := startApp(t, bin, display, "--documents", filepath.Join(docs, "whitehouse-readout.txt"),
		filepath.Join(docs, "kremlin-readout.txt"), "--article", filepath.Join(docs, "article.txt"))
	win := waitWindow(t, a, display, 30*time.Second)
	name, err := xdotool(display, "getwindowname", win)
	if err != nil {
		t.Fatalf("getwindowname: %v", err)
	}
	if !strings.HasPrefix(strings.TrimSpace(name), "Readouts — Documents: White House, Kremlin") {
		t.Errorf("window title %q, want it to name the documents", name)
	}
	for range 2 {
		xdotool(display, "windowfocus", "--sync", win)
		xdotool(display, "key", "--window", win, "--clearmodifiers", "ctrl+u")
		time.Sleep(200 * time.Millisecond)
	}
	select {
	case <-a.done:
		t.Fatalf("readouts exited after Ctrl+U: %v\n%s", a.err, a.stderr.String())
	default:
	}
	quit(t, a, display, win)
}
