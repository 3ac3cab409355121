package sources

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func parseText(t *testing.T, name, text string) *Article {
	t.Helper()
	a, err := Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

const body1 = "President Ann Lee spoke today with Chancellor Karl Vogt of Germany. The leaders agreed to meet again in the autumn.\n"
const body2 = "Chancellor Karl Vogt had a telephone conversation with US President Ann Lee. The Chancellor stressed that energy prices must fall.\n"

// TestIsDossier decides, for files given as articles, whether they are
// dossiers of the sides' own documents.
func TestIsDossier(t *testing.T) {
	c := testCatalog(t)
	p := testPublishers(t)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"publisher headings", "# White House readout, 1 May\n\n" + body1 + "\n# Kremlin account\n\n" + body2, true},
		{"kind words only", "# Our readout\n\n" + body1 + "\n# Their statement\n\n" + body2, true},
		{"title lines decide", "# Part one\n\nReadout of the President’s Call with Chancellor Vogt\n\n" + body1 +
			"\n# Part two\n\nTelephone conversation with the President of the United States\n\n" + body2, true},
		{"web address in the heading", "# First (whitehouse.gov)\n\n" + body1 + "\n# Second (bundesregierung.de)\n\n" + body2, true},
		{"article title heading, then text", "# Lee and Vogt talk energy\n\n" + body1 + "\n# Background\n\n" + body2, false},
		{"story sections are clauses", "# What the White House said\n\n" + body1 + "\n# What Berlin says\n\n" + body2, false},
		{"text before the first heading", "A lede comes first.\n\n# White House readout\n\n" + body1 + "\n# Kremlin account\n\n" + body2, false},
		{"one heading", "# White House readout\n\n" + body1 + body2, false},
		{"a section without text", "# White House readout\n\n" + body1 + "\n# Kremlin account\n\nKremlin, Moscow\n", false},
		{"second-level headings", "## White House readout\n\n" + body1 + "\n## Kremlin account\n\n" + body2, false},
		{"no headings", body1 + "\n" + body2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseText(t, "x.md", tt.text)
			if got := IsDossier(a, c, p); got != tt.want {
				t.Errorf("IsDossier = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOrdinaryArticlesAreNotDossiers: every article of the test data reads
// as today, without documents.
func TestOrdinaryArticlesAreNotDossiers(t *testing.T) {
	c := testCatalog(t)
	files, _ := filepath.Glob("testdata/*.*")
	eval, _ := filepath.Glob("testdata/eval/*.*")
	files = append(append(files, eval...), "../assets/seed-article.txt")
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".json") {
			continue
		}
		a := loadTest(t, f)
		x := Extract(a, c)
		if x.Dossier || x.Documents != nil || IsDossier(a, c, testPublishers(t)) {
			t.Errorf("%s was read as a dossier", f)
		}
		n++
	}
	if n < 8 {
		t.Fatalf("only %d articles checked", n)
	}
}

// TestExtractReadsADossier: an article that is a dossier comes back as
// documents, with offsets into the whole file.
func TestExtractReadsADossier(t *testing.T) {
	a := loadTest(t, "testdata/documents/dossier.txt")
	x := Extract(a, testCatalog(t))
	if !x.Dossier || len(x.Documents) != 2 || len(x.Accounts) != 2 {
		t.Fatalf("dossier %v, %d documents, %d accounts", x.Dossier, len(x.Documents), len(x.Accounts))
	}
	checkInvariants(t, a, x)
	for i, d := range x.Documents {
		if d.Article != a || d.Name != "dossier.txt" {
			t.Errorf("document %s: article %p, name %q", d.ID, d.Article, d.Name)
		}
		if i > 0 && d.Start < x.Documents[i-1].End {
			t.Errorf("document %s starts at %d inside the previous one", d.ID, d.Start)
		}
		acc := x.Account(d.ID)
		if acc == nil || acc.Document != d.ID {
			t.Fatalf("no account for document %s", d.ID)
		}
		for _, st := range acc.Statements {
			if st.Start < d.Start || st.End > d.End || st.Document != d.ID {
				t.Errorf("%s [%d,%d) is outside its document %s [%d,%d)", st.ID, st.Start, st.End, d.ID, d.Start, d.End)
			}
		}
	}
}

func testPublishers(t testing.TB) *Publishers {
	t.Helper()
	data, err := os.ReadFile("../assets/publishers.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParsePublishers(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestParsePublishers(t *testing.T) {
	base := `{"publishers": [{"name": "Ministry A", "country": "AA", "cues": ["Ministry A"]}]}`
	more := `{"publishers": [{"name": "Ministry A", "country": "AA", "readout": "A readout", "cues": ["a.example"]},
		{"name": "Office B", "country": "BB", "cues": ["Office B"]}]}`
	p, err := ParsePublishers([]byte(base), []byte(more))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.List) != 2 || len(p.List[0].Cues) != 2 || p.List[0].Readout != "A readout" {
		t.Fatalf("merged list: %+v", p.List)
	}
	for _, bad := range []string{`{"publishers": [{"name": "No country"}]}`, `not json`} {
		if _, err := ParsePublishers([]byte(bad)); err == nil {
			t.Errorf("ParsePublishers(%s) gave no error", bad)
		}
	}
}

func TestPublisherIn(t *testing.T) {
	c := testCatalog(t)
	p := testPublishers(t)
	tests := []struct {
		text, want string
		pubs       *Publishers
	}{
		{"Kremlin account (en.kremlin.ru), 7 May", "Kremlin", p},
		{"2024-05-07-whitehouse-call.txt", "White House", p},
		{"2024-05-07-president-gov-ua-call.txt", "Office of the President of Ukraine", p},
		{"https://www.fmprc.gov.cn/eng/zxxx/index.html", "Chinese foreign ministry", p},
		{"The White House", "White House", nil},
		{"Readout of a call", "", p},
		{"whitehousecall.txt", "", p}, // words, not parts of words
	}
	for _, tt := range tests {
		got, ok := publisherIn(tt.text, c, tt.pubs)
		if tt.want == "" && ok || tt.want != "" && got.Name != tt.want {
			t.Errorf("publisherIn(%q) = %q, %v; want %q", tt.text, got.Name, ok, tt.want)
		}
	}
}

func TestLoadDocuments(t *testing.T) {
	if _, err := LoadDocuments(); err == nil {
		t.Error("no paths: no error")
	}
	if _, err := LoadDocuments("testdata/documents/us-readout.txt", "testdata/documents/missing.txt"); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: %v", err)
	}
	arts, err := LoadDocuments("testdata/documents/us-readout.txt", "testdata/documents/elysee-statement.md")
	if err != nil || len(arts) != 2 {
		t.Fatalf("LoadDocuments: %v, %d", err, len(arts))
	}
}
