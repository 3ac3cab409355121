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

// run calls Main as the command line does and returns the exit status and
// both streams.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(args, &out, &errOut)
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

func TestResolvePair(t *testing.T) {
	x := &sources.Extraction{Accounts: []sources.Account{
		{ID: "trump", Speaker: "Donald Trump", Channel: "Truth Social post"},
		{ID: "kremlin", Speaker: "Vladimir Putin", Channel: "Kremlin readout"},
		{ID: "zelensky", Speaker: "Volodymyr Zelensky", Channel: "post on X"},
		{ID: "trump-2", Speaker: "Donald Trump", Channel: "Rose Garden remarks"},
		{ID: "vance", Speaker: "JD Vance", Channel: "remarks to reporters"},
	}}
	tests := []struct {
		spec        string
		left, right string
		all         bool
		errPart     string
	}{
		{spec: "all", all: true},
		{spec: "", all: true},
		{spec: "ALL", all: true},
		{spec: "trump,kremlin", left: "trump", right: "kremlin"},
		{spec: "zel,putin", left: "zelensky", right: "kremlin"},
		{spec: "Truth,rose", left: "trump", right: "trump-2"},
		{spec: "kremlin, zelensky", left: "kremlin", right: "zelensky"},
		{spec: "v,trump", errPart: "ambiguous"},
		{spec: "nobody,trump", errPart: "no account matches"},
		{spec: "trump,trump", errPart: "twice"},
		{spec: "trump", errPart: "want two"},
		{spec: "trump,kremlin,zelensky", errPart: "want two"},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			l, r, all, err := resolvePair(x, tt.spec)
			if tt.errPart != "" {
				var ue *usageError
				if err == nil || !errors.As(err, &ue) || !strings.Contains(err.Error(), tt.errPart) {
					t.Fatalf("err %v, want a usage error containing %q", err, tt.errPart)
				}
				if !strings.Contains(err.Error(), "vance (JD Vance") {
					t.Errorf("error does not list the accounts: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if all != tt.all {
				t.Fatalf("all = %v", all)
			}
			if !tt.all && (l.ID != tt.left || r.ID != tt.right) {
				t.Errorf("got %s,%s want %s,%s", l.ID, r.ID, tt.left, tt.right)
			}
		})
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
	err := writeFileAtomic(p, func(w io.Writer) error {
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
	if err := writeFileAtomic(p, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
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
	err := writeFileAtomic(p, func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err })
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
