package app

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"readouts/app/report"
	"readouts/sources"
)

// run calls Main as the command line does, with a window that fails the
// test if it is opened, and returns the exit status and both streams.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(args, &out, &errOut, func(WindowOptions) error {
		t.Errorf("%q opened the window", args)
		return nil
	})
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExitCodesAndMessages(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(sources.MaxArticleBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	tests := []struct {
		name     string
		args     []string
		code     int
		inStderr []string // each must appear in stderr
		inStdout string
	}{
		{"help", []string{"--help"}, 0, nil, "readouts accounts"},
		{"help command", []string{"help", "compare"}, 0, nil, "--pair"},
		{"command help flag", []string{"export", "--help"}, 0, nil, "--format"},
		{"version", []string{"version"}, 0, nil, Version},
		{"unknown help topic", []string{"help", "nope"}, 2, []string{"unknown command"}, ""},
		{"unknown flag", []string{"accounts", "--nope"}, 2, []string{"flag provided but not defined"}, ""},
		{"two articles", []string{"accounts", "a.txt", "b.txt"}, 2, []string{"one ARTICLE expected"}, ""},
		{"missing file", []string{"accounts", filepath.Join(dir, "missing.txt")}, 2, []string{"missing.txt"}, ""},
		{"directory", []string{"accounts", dir}, 2, []string{dir}, ""},
		{"empty file", []string{"accounts", writeFile(t, "empty.txt", nil)}, 2, []string{"empty.txt", "empty"}, ""},
		{"binary", []string{"accounts", writeFile(t, "bin.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0})}, 2, []string{"bin.txt"}, ""},
		{"invalid utf-8", []string{"accounts", writeFile(t, "latin1.txt", []byte("The president said that talks went \xe9tonnamment well.\n"))}, 2, []string{"latin1.txt", "35"}, ""},
		{"too big", []string{"accounts", big}, 2, []string{"big.txt", "20"}, ""},
		{"bad pair", []string{"compare", "--pair", "nobody,trump"}, 2, []string{"no account matches", "accounts:"}, ""},
		{"pair of one", []string{"compare", "--pair", "trump"}, 2, []string{"want two accounts"}, ""},
		{"bad format", []string{"export", "--format", "docx", "-o", "-"}, 2, []string{"unknown --format"}, ""},
		{"bad size", []string{"--screenshot", filepath.Join(dir, "s.png"), "--size", "huge"}, 2, []string{"--size"}, ""},
		{"bad theme", []string{"--theme", "purple"}, 2, []string{"--theme"}, ""},
		{"bad lexicon", []string{"compare", "--lexicon", writeFile(t, "lex.json", []byte("{not json"))}, 2, []string{"lexicon"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, errOut)
			}
			for _, want := range tt.inStderr {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr %q does not contain %q", errOut, want)
				}
			}
			if tt.code != 0 && strings.Count(strings.TrimSpace(errOut), "\n") > 1 {
				t.Errorf("error message is not one line (plus the usage hint): %q", errOut)
			}
			if !strings.Contains(out, tt.inStdout) {
				t.Errorf("stdout does not contain %q:\n%s", tt.inStdout, out)
			}
		})
	}
}

func TestAccountsWithoutStatements(t *testing.T) {
	p := writeFile(t, "weather.txt", []byte("Rain is expected over the weekend.\nTemperatures will fall on Monday.\n"))
	code, out, errOut := run(t, "accounts", "--json", p)
	if code != 0 {
		t.Fatalf("exit %d, want 0: %s", code, errOut)
	}
	if !strings.Contains(errOut, "no attributed statements") {
		t.Errorf("stderr %q lacks a clear message", errOut)
	}
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if len(doc.Accounts) != 0 {
		t.Errorf("%d accounts, want 0", len(doc.Accounts))
	}
}

func TestAccountsJSONFollowsContract(t *testing.T) {
	code, out, errOut := run(t, "accounts", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if doc.Schema != report.Schema || doc.Article.SHA256 == "" || doc.Article.Bytes == 0 {
		t.Fatalf("header %+v", doc.Article)
	}
	if len(doc.Accounts) < 3 || doc.Comparisons != nil {
		t.Fatalf("%d accounts, comparisons %v", len(doc.Accounts), doc.Comparisons)
	}
}

func TestCompareTextAndJSON(t *testing.T) {
	code, out, errOut := run(t, "compare", "--pair", "zel,putin")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"⇄", "why:", "confidence"} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q", want)
		}
	}
	code, out, errOut = run(t, "compare", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if len(doc.Comparisons) != 3 || doc.Matrix == nil {
		t.Errorf("--pair all: %d comparisons, matrix %v; want 3 and a matrix", len(doc.Comparisons), doc.Matrix != nil)
	}
}

func TestExportFormatsAndDeterminism(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1747699200")
	dir := t.TempDir()
	for _, format := range []string{"pdf", "md", "json"} {
		first := filepath.Join(dir, "a."+format)
		second := filepath.Join(dir, "b."+format)
		for _, p := range []string{first, second} {
			if code, _, errOut := run(t, "export", "--pair", "trump,kremlin", "--format", format, "-o", p); code != 0 {
				t.Fatalf("%s: exit %d: %s", format, code, errOut)
			}
		}
		a, _ := os.ReadFile(first)
		b, _ := os.ReadFile(second)
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s: %d and %d bytes, not identical", format, len(a), len(b))
		}
	}
	code, out, _ := run(t, "export", "--format", "md", "-o", "-")
	if code != 0 || !strings.HasPrefix(out, "#") {
		t.Errorf("-o - wrote %d bytes of Markdown (exit %d)", len(out), code)
	}
}

func TestWriteFileAtomicKeepsExistingFileOnFailure(t *testing.T) {
	p := writeFile(t, "report.pdf", []byte("the old report"))
	failing := errors.New("disk full")
	err := WriteFileAtomic(p, func(w io.Writer) error {
		io.WriteString(w, strings.Repeat("partial ", 20000))
		return failing
	})
	if !errors.Is(err, failing) {
		t.Fatalf("err = %v, want the writer's error", err)
	}
	got, _ := os.ReadFile(p)
	if string(got) != "the old report" {
		t.Errorf("existing file changed to %d bytes", len(got))
	}
	entries, _ := os.ReadDir(filepath.Dir(p))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	if err := WriteFileAtomic(p, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(p); string(got) != "new" {
		t.Errorf("after success: %q", got)
	}
}

func TestWriteFileAtomicUnwritableFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	if os.Geteuid() == 0 {
		// Root ignores permission bits; /proc refuses new files to anyone.
		dir = "/proc"
	}
	p := filepath.Join(dir, "report.pdf")
	err := WriteFileAtomic(p, func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err })
	if err == nil || !strings.Contains(err.Error(), p) {
		t.Fatalf("err = %v, want one naming %s", err, p)
	}
	if _, statErr := os.Stat(p); !os.IsNotExist(statErr) {
		t.Errorf("%s exists after a failed write", p)
	}
	code, _, errOut := run(t, "export", "--pair", "trump,kremlin", "-o", p)
	if code != 1 || !strings.Contains(errOut, p) {
		t.Errorf("export into an unwritable folder: exit %d, stderr %q", code, errOut)
	}
}

// TestWindowOptions checks what the command line hands the window.
func TestWindowOptions(t *testing.T) {
	article := writeFile(t, "call.txt", []byte("Rain is expected over the weekend.\n"))
	tests := []struct {
		name string
		args []string
		want WindowOptions // Session and Article are checked apart
		path string        // the article read, "" for none
	}{
		{"no flags", nil, WindowOptions{}, ""},
		{"every flag", []string{"--pair", "all", "--size", "1000x700", "--theme", "dark", article},
			WindowOptions{Pair: "all", Width: 1000, Height: 700, Theme: "dark"}, article},
		{"screenshot", []string{article, "--screenshot", "out.png"},
			WindowOptions{Screenshot: "out.png"}, article},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got *WindowOptions
			var out, errOut bytes.Buffer
			code := Main(tc.args, &out, &errOut, func(o WindowOptions) error { got = &o; return nil })
			if code != 0 || got == nil {
				t.Fatalf("exit %d, window opened %v: %s", code, got != nil, errOut.String())
			}
			if got.Session == nil {
				t.Error("no session")
			}
			if (got.Article == nil) != (tc.path == "") || got.Article != nil && got.Article.Path() != tc.path {
				t.Errorf("article %v, want %q", got.Article, tc.path)
			}
			got.Session, got.Article = nil, nil
			if *got != tc.want {
				t.Errorf("options %+v, want %+v", *got, tc.want)
			}
		})
	}
	var errOut bytes.Buffer
	code := Main([]string{filepath.Join(t.TempDir(), "missing.txt")}, io.Discard, &errOut, func(WindowOptions) error {
		t.Error("the window opened on a missing article")
		return nil
	})
	if code != 2 || !strings.Contains(errOut.String(), "missing.txt") {
		t.Errorf("missing article: exit %d, %q", code, errOut.String())
	}
	if code := Main(nil, io.Discard, &errOut, nil); code != 1 {
		t.Errorf("no window in the build: exit %d, want 1", code)
	}
}
