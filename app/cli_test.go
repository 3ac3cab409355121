package app

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
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

// seedReview is a review of the built-in article with an edit of each
// reading kind and a verdict, and one edit that does not apply.
const seedReview = "testdata/seed.review.json"

func TestReviewFlagAppliesEveryEdit(t *testing.T) {
	code, out, errOut := run(t, "compare", "--json", "--pair", "trump,kremlin", "--review", seedReview)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	marks := map[string]int{}
	for _, a := range doc.Accounts {
		for _, st := range a.Statements {
			if st.Review != "" {
				marks[string(st.Review)]++
			}
		}
		if a.ID == "trump-white-house-rose-garden" {
			t.Error("the merged account is still there")
		}
	}
	for _, m := range []string{"assigned", "added", "merged"} {
		if marks[m] == 0 {
			t.Errorf("no statement marked %q (marks %v)", m, marks)
		}
	}
	rv := doc.Review
	if rv == nil || rv.File != "seed.review.json" || rv.Edits != 6 || rv.Applied != 5 || len(rv.NotApplied) != 1 || rv.NotApplied[0].Edit != 6 {
		t.Fatalf("document review %+v", rv)
	}
	if len(rv.Dropped) != 1 || rv.Dropped[0].Text != "they spoke for about 2 hours" {
		t.Errorf("dropped %+v", rv.Dropped)
	}
	var reviewed []report.DocumentRow
	for _, c := range doc.Comparisons {
		for _, row := range c.Rows {
			if !strings.HasPrefix(row.ID, c.Left+"~"+c.Right+"/") {
				t.Errorf("row %q has no id of its pair", row.ID)
			}
			if row.Review != nil {
				reviewed = append(reviewed, row)
			}
		}
	}
	if len(reviewed) != 1 || reviewed[0].ID != "trump~kremlin/talks" || reviewed[0].Verdict != "agree" ||
		reviewed[0].Review.VerdictWas != "diverge" || !strings.Contains(reviewed[0].Review.Note, "first step") {
		t.Fatalf("reviewed rows %+v", reviewed)
	}
	if !strings.Contains(errOut, "edit 6 (drop) no longer applies") {
		t.Errorf("stderr does not list the edit that no longer applies: %q", errOut)
	}
}

func TestReviewInPDFAndMarkdown(t *testing.T) {
	dir := t.TempDir()
	for _, format := range []string{"pdf", "md"} {
		out := filepath.Join(dir, "r."+format)
		if code, _, errOut := run(t, "export", "--review", seedReview, "--format", format, "-o", out); code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, errOut)
		}
		text := readText(t, out)
		for _, want := range []string{"5 corrections by a reviewer (seed.review.json)", "the memorandum is the first step toward them", "Reviewed"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s report does not say %q", format, want)
			}
		}
		if strings.Contains(text, "testdata/") {
			t.Errorf("%s report names the review's folder", format)
		}
	}
}

// readText is a report's text: Markdown as it is, PDF through pdftotext.
func readText(t *testing.T, path string) string {
	t.Helper()
	if strings.HasSuffix(path, ".md") {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext (poppler-utils): %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestReviewBesideTheArticle(t *testing.T) {
	seed, err := os.ReadFile("../assets/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	review, err := os.ReadFile(seedReview)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	article := filepath.Join(dir, "call.txt")
	other := filepath.Join(dir, "other.txt")
	for p, data := range map[string][]byte{article: seed, article + ".review.json": review,
		other: []byte("Alpha said the talks went well.\n"), other + ".review.json": review} {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name     string
		args     []string
		code     int
		reviewed bool
		stderr   string
	}{
		{"applied when beside the article, and said", []string{"accounts", "--json", article}, 0, true, "applying the review " + article + ".review.json"},
		{"--no-review ignores it", []string{"accounts", "--json", "--no-review", article}, 0, false, ""},
		{"--review names another", []string{"compare", "--json", "--review", seedReview, article}, 0, true, ""},
		{"a review of another article", []string{"compare", "--json", other}, 2, false, other + ".review.json: reviews another text"},
		{"--review of another article", []string{"export", "--format", "json", "-o", "-", "--review", seedReview, other}, 2, false, "review " + seedReview + ": reviews another text"},
		{"a missing review", []string{"accounts", "--review", filepath.Join(dir, "gone.json")}, 2, false, "gone.json: no such file"},
		{"a malformed review", []string{"accounts", "--review", other}, 2, false, "review " + other + ": not a review file"},
		{"both flags", []string{"accounts", "--review", seedReview, "--no-review"}, 2, false, "--review and --no-review"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d: %s", code, tc.code, errOut)
			}
			if !strings.Contains(errOut, tc.stderr) {
				t.Errorf("stderr %q, want %q", errOut, tc.stderr)
			}
			if code != 0 {
				if lines := strings.Split(strings.TrimSpace(errOut), "\n"); len(lines) != 1 && !strings.Contains(errOut, "--help") {
					t.Errorf("%d lines on stderr, want one: %q", len(lines), errOut)
				}
				return
			}
			if got := strings.Contains(out, `"review": {`); got != tc.reviewed {
				t.Errorf("document has a review: %v, want %v", got, tc.reviewed)
			}
		})
	}
}

// TestExportFormatFromFileName: without --format the -o file's extension
// picks the format; a --format the extension contradicts wins, with a note
// that names the file.
func TestExportFormatFromFileName(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name   string
		args   []string
		file   string
		code   int
		prefix string // the file's first bytes
		note   bool   // a note names the file
	}{
		{"markdown by extension", nil, "r.md", 0, "#", false},
		{"json by extension", nil, "r.JSON", 0, "{", false},
		{"pdf by extension", nil, "r.pdf", 0, "%PDF", false},
		{"unknown extension: pdf", nil, "r.out", 0, "%PDF", false},
		{"--format beside another extension", []string{"--format", "json"}, "r2.txt", 0, "{", false},
		{"--format contradicting the extension", []string{"--format", "pdf"}, "r2.md", 0, "%PDF", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.file)
			args := append(append([]string{"export", "--pair", "trump,kremlin"}, tt.args...), "-o", p)
			code, _, errOut := run(t, args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, errOut)
			}
			if noted := strings.Contains(errOut, "note: "+p); noted != tt.note {
				t.Errorf("stderr %q: note naming the file %v, want %v", errOut, noted, tt.note)
			}
			b, _ := os.ReadFile(p)
			if !bytes.HasPrefix(b, []byte(tt.prefix)) {
				t.Errorf("%s starts %q, want %q", tt.file, b[:min(len(b), 8)], tt.prefix)
			}
		})
	}
}
