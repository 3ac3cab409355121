//go:build unix

package app

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"readouts/assets"
)

// TestExportOutputTable tries each row of issue 8's table: what is at the
// -o path decides how the report is written, and some paths are refused.
func TestExportOutputTable(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1747699200")
	export := func(t *testing.T, out string, extra ...string) (int, string, string) {
		return run(t, append([]string{"export", "--format", "md", "-o", out}, extra...)...)
	}

	t.Run("regular file: replaced, its mode kept", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "r.md")
		if err := os.WriteFile(out, []byte("old"), 0o640); err != nil {
			t.Fatal(err)
		}
		if code, _, errOut := export(t, out); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		fi, _ := os.Lstat(out)
		b, _ := os.ReadFile(out)
		if !fi.Mode().IsRegular() || fi.Mode().Perm() != 0o640 || !bytes.HasPrefix(b, []byte("#")) {
			t.Fatalf("%s: mode %v, %d bytes", out, fi.Mode(), len(b))
		}
		if l := leftovers(t, dir, "r.md"); len(l) > 0 {
			t.Errorf("left behind: %v", l)
		}
	})

	t.Run("symlink: written beside its target, the link stays", func(t *testing.T) {
		dir := t.TempDir()
		targets := filepath.Join(dir, "reports")
		os.Mkdir(targets, 0o755)
		target := filepath.Join(targets, "r.md")
		if err := os.WriteFile(target, []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
		tests := []struct{ name, to string }{
			{"absolute", target},
			{"relative", filepath.Join("reports", "r.md")},
		}
		for _, tc := range tests {
			link := filepath.Join(dir, tc.name+".md")
			if err := os.Symlink(tc.to, link); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(target, []byte("old"), 0o600)
			if code, _, errOut := export(t, link); code != 0 {
				t.Fatalf("%s: exit %d: %s", tc.name, code, errOut)
			}
			fi, _ := os.Lstat(link)
			if fi.Mode()&fs.ModeSymlink == 0 {
				t.Fatalf("%s: the link became %v", tc.name, fi.Mode())
			}
			b, _ := os.ReadFile(target)
			tfi, _ := os.Stat(target)
			if !bytes.HasPrefix(b, []byte("#")) || tfi.Mode().Perm() != 0o600 {
				t.Fatalf("%s: target holds %q (mode %v)", tc.name, b[:min(len(b), 10)], tfi.Mode())
			}
		}
		if l := leftovers(t, targets, "r.md"); len(l) > 0 {
			t.Errorf("left behind: %v", l)
		}
		dangling := filepath.Join(dir, "dangling.md")
		os.Symlink(filepath.Join(targets, "new.md"), dangling)
		if code, _, errOut := export(t, dangling); code != 0 {
			t.Fatalf("dangling link: exit %d: %s", code, errOut)
		}
		if fi, _ := os.Lstat(dangling); fi.Mode()&fs.ModeSymlink == 0 {
			t.Fatal("the dangling link became a file")
		}
		if _, err := os.Stat(filepath.Join(targets, "new.md")); err != nil {
			t.Fatalf("the dangling link's target was not written: %v", err)
		}
	})

	t.Run("device: written through, never replaced", func(t *testing.T) {
		dev := nullDevice(t)
		if code, _, errOut := export(t, dev); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		after, err := os.Lstat(dev)
		if err != nil || after.Mode()&fs.ModeCharDevice == 0 {
			t.Fatalf("%s is now %v", dev, after.Mode())
		}
	})

	t.Run("FIFO: written through to its reader", func(t *testing.T) {
		dir := t.TempDir()
		fifo := filepath.Join(dir, "pipe")
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			t.Skip(err)
		}
		got := make(chan []byte, 1)
		go func() {
			f, err := os.Open(fifo)
			if err != nil {
				got <- nil
				return
			}
			b, _ := io.ReadAll(f)
			f.Close()
			got <- b
		}()
		if code, _, errOut := export(t, fifo); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		select {
		case b := <-got:
			if !bytes.HasPrefix(b, []byte("#")) {
				t.Fatalf("the reader got %q", b[:min(len(b), 20)])
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the reader got nothing")
		}
		if fi, _ := os.Lstat(fifo); fi.Mode()&fs.ModeNamedPipe == 0 {
			t.Fatalf("the FIFO became %v", fi.Mode())
		}
		if l := leftovers(t, dir, "pipe"); len(l) > 0 {
			t.Errorf("left behind: %v", l)
		}
	})

	t.Run("-: standard output", func(t *testing.T) {
		code, out, _ := export(t, "-")
		if code != 0 || !strings.HasPrefix(out, "#") {
			t.Fatalf("exit %d, %d bytes", code, len(out))
		}
	})

	t.Run("read-only file: refused", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "r.md")
		if err := os.WriteFile(out, []byte("keep me"), 0o444); err != nil {
			t.Fatal(err)
		}
		code, _, errOut := export(t, out)
		oneErrorLine(t, code, errOut, out, "read-only")
		fi, _ := os.Stat(out)
		if b, _ := os.ReadFile(out); string(b) != "keep me" || fi.Mode().Perm() != 0o444 {
			t.Fatalf("the read-only file is now %q, mode %v", b, fi.Mode())
		}
		if l := leftovers(t, dir, "r.md"); len(l) > 0 {
			t.Errorf("left behind: %v", l)
		}
	})

	t.Run("folder: refused", func(t *testing.T) {
		dir := t.TempDir()
		code, _, errOut := export(t, dir)
		oneErrorLine(t, code, errOut, "folder")
	})
}

// TestExportNeverWritesOverItsInputs: the article, the catalog, a lexicon
// or the review file of the run is refused as -o, however the path is
// written (compared by file, not by name).
func TestExportNeverWritesOverItsInputs(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "call.txt")
	catalog := filepath.Join(dir, "catalog.json")
	lexicon := filepath.Join(dir, "lexicon.json")
	files := map[string][]byte{
		article: assets.SeedArticle,
		catalog: []byte(`{"titles": ["Ambassador"]}`),
		lexicon: []byte(`{"topics": [{"id": "grain", "label": "Grain", "terms": ["grain"]}]}`),
	}
	for p, b := range files {
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(dir, "link-to-article.md")
	os.Symlink(article, link)
	hard := filepath.Join(dir, "hard-link.txt")
	os.Link(article, hard)
	tests := []struct{ name, out, role string }{
		{"the article", article, "article"},
		{"the article by another path", filepath.Join(dir, ".", "sub", "..", "call.txt"), "article"},
		{"a link to the article", link, "article"},
		{"a hard link to the article", hard, "article"},
		{"the catalog", catalog, "catalog"},
		{"a lexicon", lexicon, "lexicon"},
		{"the review file", article + ".review.json", "review file"},
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, format := range []string{"md", "json", "pdf"} {
				code, _, errOut := run(t, "export", "--format", format, "--catalog", catalog, "--lexicon", lexicon, "-o", tc.out, article)
				oneErrorLine(t, code, errOut, tc.role+" of this run")
			}
			for p, b := range files {
				if got, _ := os.ReadFile(p); !bytes.Equal(got, b) {
					t.Fatalf("%s was written over", p)
				}
			}
			if _, err := os.Stat(article + ".review.json"); err == nil {
				t.Fatal("a report was written as the review file")
			}
			if l := leftovers(t, dir, "call.txt", "catalog.json", "lexicon.json", "link-to-article.md", "hard-link.txt", "sub"); len(l) > 0 {
				t.Errorf("left behind: %v", l)
			}
		})
	}
}

// TestExportNeverWritesOverTheReviewItApplies: the review file named by
// --review, wherever it is kept, is an input of the run too.
func TestExportNeverWritesOverTheReviewItApplies(t *testing.T) {
	dir := t.TempDir()
	rv := filepath.Join(dir, "kept-apart.json")
	sum := sha256.Sum256(assets.SeedArticle)
	data := []byte(`{"schema": "readouts.review/v1", "article": {"sha256": "` + hex.EncodeToString(sum[:]) + `"}, "edits": []}` + "\n")
	if err := os.WriteFile(rv, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"md", "json", "pdf"} {
		code, _, errOut := run(t, "export", "--format", format, "--review", rv, "-o", rv)
		oneErrorLine(t, code, errOut, "review file of this run")
		if got, _ := os.ReadFile(rv); !bytes.Equal(got, data) {
			t.Fatalf("%s: the review file was written over", format)
		}
	}
}

// TestExportRemovesStaleTemporaryFiles: an export removes the temporary
// files an earlier export to the same name left more than an hour ago (a
// SIGKILL cannot be caught), and nothing else.
func TestExportRemovesStaleTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-2 * time.Hour)
	names := map[string]bool{ // name → removed
		".r.md.123456.tmp":   true,
		".r.md.98765.tmp":    false, // recent: maybe another export at work
		".r.md.notmine.tmp":  false,
		".other.md.111.tmp":  false,
		"r.md.123.tmp":       false,
		".r.md.123456.tmp~":  false,
		".r.mdx.123456.tmp":  false,
		".r.md.123.tmp.keep": false,
	}
	for n, stale := range names {
		p := filepath.Join(dir, n)
		os.WriteFile(p, []byte("x"), 0o600)
		if stale || n != ".r.md.98765.tmp" {
			os.Chtimes(p, old, old)
		}
	}
	if code, _, errOut := run(t, "export", "--format", "md", "-o", filepath.Join(dir, "r.md")); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for n, removed := range names {
		_, err := os.Stat(filepath.Join(dir, n))
		if gone := err != nil; gone != removed {
			t.Errorf("%s: removed %v, want %v", n, gone, removed)
		}
	}
}

// nullDevice is a character device that swallows what is written to it.
// Run as root, it is a private one made for the test, so that a broken
// export can only replace that one and never the system's /dev/null.
func nullDevice(t *testing.T) string {
	t.Helper()
	if os.Geteuid() != 0 {
		return os.DevNull // only root could replace it
	}
	if runtime.GOOS != "linux" {
		t.Skip("makes its device with Linux's device numbers")
	}
	dev := filepath.Join(t.TempDir(), "null")
	const linuxNull = 1<<8 | 3 // major 1, minor 3
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, linuxNull); err != nil {
		t.Skipf("cannot make a device here: %v", err)
	}
	return dev
}
