package sources

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: over the limit without writing 20 MB.
	if err := f.Truncate(MaxArticleBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()

	tests := []struct {
		name string
		path string
		want string // part of the one-line message
	}{
		{"missing file", filepath.Join(dir, "nope.txt"), "no such file"},
		{"directory", dir, "is a directory"},
		{"empty file", write("empty.txt", nil), "file is empty"},
		{"only white space", write("blank.md", []byte(" \n\r\n\t\n")), "file is empty"},
		{"binary with NUL", write("img.txt", []byte("PNG\x00\x01\x02 data")), "binary data (NUL byte at offset 3)"},
		{"mostly control bytes", write("ctl.txt", []byte("\x01\x02\x03\x04\x05\x06\x07\x08ab")), "binary data"},
		{"invalid UTF-8", write("latin1.txt", []byte("Caf\xe9 au lait")), "invalid UTF-8 at byte offset 3"},
		{"over 20 MB", huge, "over the 20971520-byte (20 MB) limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Load(tt.path)
			if err == nil {
				t.Fatalf("Load(%s) = %v, want an error", tt.path, a.Name)
			}
			if !errors.Is(err, ErrBadInput) {
				t.Errorf("error %v is not ErrBadInput", err)
			}
			var ie *InputError
			if !errors.As(err, &ie) || ie.Path != tt.path {
				t.Errorf("error %v is not an *InputError for %s", err, tt.path)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, tt.path+": ") || !strings.Contains(msg, tt.want) || strings.Contains(msg, "\n") {
				t.Errorf("message %q, want one line %q containing %q", msg, tt.path+": ...", tt.want)
			}
		})
	}
}

func TestParseTooLarge(t *testing.T) {
	_, err := Parse("big.txt", make([]byte, MaxArticleBytes+1))
	if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), "20 MB") {
		t.Fatalf("Parse of %d bytes: %v, want the 20 MB limit", MaxArticleBytes+1, err)
	}
}

func TestLoadFormats(t *testing.T) {
	for _, name := range []string{"xi-biden.md", "erdogan-zelensky.txt", "article.html", "macron-spokesman.md"} {
		a, err := Load(filepath.Join("testdata", name))
		if err != nil {
			t.Fatalf("Load(%s): %v", name, err)
		}
		if len(a.Paragraphs) == 0 || a.Title == "" || len(a.SHA256) != 64 {
			t.Errorf("%s: %d paragraphs, title %q, sha %q", name, len(a.Paragraphs), a.Title, a.SHA256)
		}
	}
}

func TestHTMLDropsPageFurniture(t *testing.T) {
	a, err := Load("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"var said", "color: red", "Home", "Site header", "Related", "Copyright"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("extracted text keeps %q:\n%s", gone, a.Text)
		}
	}
	if a.Title != "Leaders speak by phone" {
		t.Errorf("title %q", a.Title)
	}
	want := []string{
		"Leaders speak by phone",
		`German Chancellor Friedrich Merz said the call with the Russian president was "long and frank".`,
		`"We will not accept a ceasefire on Russia's terms," Merz told reporters in Berlin.`,
		"The Kremlin said in a statement that Putin had stressed the need to address the root causes of the conflict.",
	}
	if len(a.Paragraphs) != len(want) {
		t.Fatalf("%d paragraphs, want %d: %q", len(a.Paragraphs), len(want), a.Text)
	}
	for i, w := range want {
		if got := a.Slice(a.Paragraphs[i].Span); got != w {
			t.Errorf("paragraph %d = %q, want %q", i+1, got, w)
		}
	}
}

func TestCRLFOffsetsExact(t *testing.T) {
	data, err := os.ReadFile("testdata/erdogan-zelensky.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "\r\n") {
		t.Fatal("test article lost its CRLF line endings")
	}
	a, err := Parse("erdogan-zelensky.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != string(data) {
		t.Fatal("text was normalised")
	}
	if len(a.Paragraphs) != 10 {
		t.Errorf("%d paragraphs, want 10 (one per line)", len(a.Paragraphs))
	}
	for _, p := range a.Paragraphs {
		if s := a.Slice(p.Span); strings.ContainsAny(s, "\r\n") {
			t.Errorf("paragraph %d keeps a line ending: %q", p.Number, s)
		}
	}
	x := Extract(a, testCatalog(t))
	checkInvariants(t, a, x)
	st := findStatement(x, "Ukraine would not accept any deal")
	if st == nil {
		t.Fatal("statement of paragraph 4 not found")
	}
	if st.Paragraph != 4 || a.Text[st.Start:st.End] != st.Text {
		t.Errorf("statement %+v: paragraph or offsets wrong", st)
	}
}

// TestLoadNamesArticleByFileName: an article is named by its file name;
// reports and JSON carry it, and never the folders of the user's machine.
func TestLoadNamesArticleByFileName(t *testing.T) {
	p := filepath.Join(t.TempDir(), "private-folder", "call.txt")
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte("The president said talks went well.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if a.Name != "call.txt" {
		t.Fatalf("Name = %q, want the file name alone", a.Name)
	}
}

func TestHTMLTitleFromHead(t *testing.T) {
	body := `<p>The president said on Monday that talks were productive.</p>`
	tests := []struct{ name, page, want string }{
		{"title only", `<html><head><title>Leaders speak by phone</title></head><body>` + body + `</body></html>`, "Leaders speak by phone"},
		{"title and another h1", `<html><head><title> Leaders  speak </title></head><body><h1>Headline</h1>` + body + `</body></html>`, "Leaders speak"},
		{"title beside other head elements", `<!doctype html><html><head><meta charset="utf-8"><style>p{}</style><title>Call &amp; response</title></head><body>` + body + `</body></html>`, "Call & response"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("page.html", []byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.want {
				t.Errorf("title %q, want %q", a.Title, tt.want)
			}
			if strings.Contains(a.Slice(a.Body), tt.want) && tt.name == "title only" {
				t.Errorf("the title became a paragraph of the body: %q", a.Slice(a.Body))
			}
		})
	}
}
