package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"readouts/app/report"
	"readouts/assets"
)

// These tests try what a hostile or careless user gives the command line
// (issue 8): every input gets a clear answer in one line, exit 2.

// oneErrorLine checks that a refusal is exit 2 and one line on stderr.
func oneErrorLine(t *testing.T, code int, errOut string, wants ...string) {
	t.Helper()
	if code != 2 {
		t.Fatalf("exit %d, want 2; stderr %q", code, errOut)
	}
	if strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "readouts: ") {
		t.Errorf("stderr is not one line: %q", errOut)
	}
	for _, w := range wants {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr %q does not contain %q", errOut, w)
		}
	}
}

// leftovers lists what a failed or refused export left in dir beside the
// files named.
func leftovers(t *testing.T, dir string, keep ...string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if !contains(keep, e.Name()) {
			out = append(out, e.Name())
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestRulesFileErrorsNameTheFile: a broken --lexicon or --catalog is named
// by its path; trailing text and unknown keys are errors, not ignored.
func TestRulesFileErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, flag, path string
		want             string // besides the path
	}{
		{"lexicon: syntax error", "--lexicon", write("syntax.json", "{\n  \"topics\": [\n  oops\n]}"), "line 3"},
		{"lexicon: unknown key", "--lexicon", write("key.json", `{"topic": []}`), `unknown field "topic"`},
		{"lexicon: trailing text", "--lexicon", write("trail.json", `{"negators": ["nary"]} and more`), "after the JSON object"},
		{"lexicon: second object", "--lexicon", write("two.json", `{"negators": ["nary"]} {}`), "after the JSON object"},
		{"lexicon: not an object", "--lexicon", write("list.json", `["talks"]`), "list.json"},
		{"lexicon: bad topic", "--lexicon", write("topic.json", `{"topics": [{"label": "No id"}]}`), "no id"},
		{"lexicon: missing", "--lexicon", filepath.Join(dir, "missing.json"), "no such file"},
		{"lexicon: a folder", "--lexicon", dir, "not a regular file"},
		{"catalog: syntax error", "--catalog", write("csyntax.json", `{"titles": [}`), "invalid character"},
		{"catalog: unknown key", "--catalog", write("ckey.json", `{"titels": ["Envoy"]}`), `unknown field "titels"`},
		{"catalog: unknown nested key", "--catalog", write("cnested.json", `{"channels": [{"name": "Wire", "cue": ["the wire"]}]}`), `unknown field "cue"`},
		{"catalog: trailing text", "--catalog", write("ctrail.json", `{"titles": ["Envoy"]}]`), "after the JSON object"},
		{"catalog: entry without name", "--catalog", write("cname.json", `{"channels": [{"cues": ["x"]}]}`), "without name"},
		{"catalog: missing", "--catalog", filepath.Join(dir, "cmissing.json"), "no such file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := run(t, "compare", tc.flag, tc.path)
			oneErrorLine(t, code, errOut, tc.path, tc.want)
			if strings.Contains(errOut, "file 1") || strings.Contains(errOut, "catalog 2") {
				t.Errorf("the message numbers the file instead of naming it: %q", errOut)
			}
		})
	}
}

// TestRulesFilesThatAreFine: files shaped like the built-in ones, with
// their "about" and "schema", are accepted.
func TestRulesFilesThatAreFine(t *testing.T) {
	dir := t.TempDir()
	catalog := filepath.Join(dir, "catalog.json")
	os.WriteFile(catalog, assets.Catalog, 0o644)
	extra := filepath.Join(dir, "extra.json")
	os.WriteFile(extra, []byte("{\"about\": \"wire services\", \"channels\": [{\"name\": \"Wire\", \"outlet\": true, \"cues\": [\"the wire\"]}]}\n\n"), 0o644)
	lexicon := filepath.Join(dir, "topics.json")
	os.WriteFile(lexicon, assets.Topics, 0o644)
	code, _, errOut := run(t, "compare", "--catalog", catalog, "--catalog", extra, "--lexicon", lexicon)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
}

// TestArticleThatIsNotAFile: a FIFO, a socket or a device as ARTICLE is
// refused at once (a FIFO used to block the open for ever); a read error
// is bad input too.
func TestArticleThatIsNotAFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs")
	}
	fifo := filepath.Join(t.TempDir(), "article.txt")
	if err := mkfifo(fifo); err != nil {
		t.Skip(err)
	}
	tests := []struct{ name, path, want string }{
		{"FIFO", fifo, "FIFO"},
		{"device", os.DevNull, "device"},
	}
	if _, err := os.Stat("/proc/self/mem"); err == nil {
		tests = append(tests, struct{ name, path, want string }{"read error", "/proc/self/mem", "cannot read"})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, errOut := runUnblocked(t, "accounts", tc.path)
			oneErrorLine(t, code, errOut, tc.path, tc.want)
		})
	}
}

// runUnblocked is run for a command that must not block on a file: it
// fails the test when the command has not ended within ten seconds.
func runUnblocked(t *testing.T, args ...string) (code int, errOut string) {
	t.Helper()
	type result struct {
		code   int
		errOut string
	}
	done := make(chan result, 1)
	go func() {
		code, _, errOut := run(t, args...)
		done <- result{code, errOut}
	}()
	select {
	case r := <-done:
		return r.code, r.errOut
	case <-time.After(10 * time.Second):
		t.Fatalf("readouts %v blocked", args)
	}
	return 0, ""
}

// TestReviewFileThatIsNotAFile: a FIFO given as --review, or found beside
// the article as its review file, is refused at once, never opened.
func TestReviewFileThatIsNotAFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs")
	}
	dir := t.TempDir()
	article := filepath.Join(dir, "call.txt")
	if err := os.WriteFile(article, assets.SeedArticle, 0o644); err != nil {
		t.Fatal(err)
	}
	named := filepath.Join(dir, "named.json")
	for _, p := range []string{named, ReviewPath(article)} {
		if err := mkfifo(p); err != nil {
			t.Skip(err)
		}
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"--review FIFO", []string{"accounts", "--review", named}, named},
		{"a FIFO beside the article", []string{"accounts", article}, ReviewPath(article)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, errOut := runUnblocked(t, tc.args...)
			oneErrorLine(t, code, errOut, tc.want, "not a regular file")
		})
	}
}

// TestExportWithoutComparison: an article with fewer than two accounts has
// nothing to export: exit 2, one line, in every format, and no file.
func TestExportWithoutComparison(t *testing.T) {
	articles := map[string]string{
		"no accounts": "Rain is expected over the weekend.\nTemperatures will fall on Monday.\n",
		"one account": "President Amara Diallo said on Monday that the talks had been \"frank and useful\".\n",
	}
	for name, text := range articles {
		for _, format := range []string{"pdf", "md", "json"} {
			t.Run(name+"/"+format, func(t *testing.T) {
				p := writeFile(t, "article.txt", []byte(text))
				out := filepath.Join(filepath.Dir(p), "report."+format)
				for _, o := range []string{out, "-"} {
					code, stdout, errOut := run(t, "export", "--format", format, "-o", o, p)
					oneErrorLine(t, code, errOut, "article.txt", "nothing to export")
					if stdout != "" {
						t.Errorf("-o %s: wrote %d bytes to stdout", o, len(stdout))
					}
				}
				if _, err := os.Stat(out); err == nil {
					t.Error("a report was written")
				}
			})
		}
	}
}

// TestUsageErrorIsOneLine: the message and the hint share one line.
func TestUsageErrorIsOneLine(t *testing.T) {
	for _, args := range [][]string{
		{"export", "--format", "docx"},
		{"compare", "--nope"},
		{"accounts", "a.txt", "b.txt"},
		{"--theme", "purple"},
	} {
		code, _, errOut := run(t, args...)
		oneErrorLine(t, code, errOut, "--help")
	}
}

// TestControlCharactersNeverReachTheTerminal: ESC and other C0/C1
// characters from the article or its file name are escaped on standard
// output and in error messages; the JSON still reads back to the text.
func TestControlCharactersNeverReachTheTerminal(t *testing.T) {
	dir := t.TempDir()
	name := "call\x1b]0;pwned\x07.txt"
	article := filepath.Join(dir, name)
	text := "Leaders talk\x1b[2J\n\nPresident Amara Diallo said on Monday that the talks had been \"frank \x1b[31mand\x1b[0m useful\u009b\".\n\n" +
		"Prime Minister Kofi Mensah said the talks had been \"difficult\u0085 but honest\".\n"
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	raw := func(s string) bool {
		return strings.IndexFunc(s, func(r rune) bool {
			return (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f)
		}) >= 0
	}
	tests := []struct {
		name string
		args []string
	}{
		{"accounts", []string{"accounts", article}},
		{"compare", []string{"compare", article}},
		{"compare --json", []string{"compare", "--json", article}},
		{"export md", []string{"export", "--format", "md", "-o", "-", article}},
		{"export json", []string{"export", "--format", "json", "-o", "-", article}},
		{"missing file", []string{"accounts", filepath.Join(dir, "gone\x1b[31m\u009b.txt")}},
		{"bad pair", []string{"compare", "--pair", "x\x1b[2J,y", article}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, out, errOut := run(t, tc.args...)
			if raw(out) {
				t.Errorf("stdout has a raw control character: %q", out[:min(len(out), 400)])
			}
			if raw(errOut) {
				t.Errorf("stderr has a raw control character: %q", errOut)
			}
		})
	}
	_, out, _ := run(t, "accounts", article)
	if !strings.Contains(out, `\x1b[31mand\x1b[0m`) || !strings.Contains(out, `call\x1b]0;pwned\x07.txt`) {
		t.Errorf("the escapes are not shown as \\x1b:\n%s", out)
	}
	_, out, _ = run(t, "compare", "--json", article)
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("the escaped JSON does not read: %v", err)
	}
	found := false
	for _, a := range doc.Accounts {
		for _, s := range a.Statements {
			found = found || strings.Contains(s.Text, "useful\u009b")
		}
	}
	if !found || doc.Article.Name != name {
		t.Errorf("the JSON lost the text's own characters (name %q)", doc.Article.Name)
	}
}

// TestReportsNameTheFileNotTheFolder: reports carry the article's file
// name; the folders of the user's machine stay private.
func TestReportsNameTheFileNotTheFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "private-folder-of-a-source")
	os.Mkdir(dir, 0o755)
	article := filepath.Join(dir, "call.txt")
	os.WriteFile(article, assets.SeedArticle, 0o644)
	for _, args := range [][]string{
		{"export", "--format", "md", "-o", "-", article},
		{"export", "--format", "json", "-o", "-", article},
		{"accounts", "--json", article},
		{"compare", article},
	} {
		code, out, errOut := run(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		if strings.Contains(out, "private-folder") || !strings.Contains(out, "call.txt") {
			t.Errorf("%v: the output names the folder, or not the file", args[:2])
		}
	}
}
