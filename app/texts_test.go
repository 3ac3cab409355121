package app

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"readouts/app/report"
	"readouts/sources"
)

// Invented readouts of an invented call, and a news story about it, in
// testdata/docs (tests never read ../shared).
const (
	docWhiteHouse = "testdata/docs/whitehouse-readout.txt"
	docKremlin    = "testdata/docs/kremlin-readout.txt"
	docDossier    = "testdata/docs/dossier.txt"
	docArticle    = "testdata/docs/article.txt"
)

func openTexts(t *testing.T, texts Texts) *Snapshot {
	t.Helper()
	s, err := NewSession(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := s.Open(context.Background(), texts)
	if err != nil {
		t.Fatalf("open %s: %v", texts, err)
	}
	return snap
}

// checkOffsets checks the contract: every statement's text is the bytes its
// offsets name in the text its document indexes, inside its document.
func checkOffsets(t *testing.T, x *sources.Extraction) {
	t.Helper()
	for _, acc := range x.Accounts {
		d := x.Document(acc.Document)
		if d == nil {
			t.Errorf("account %s names no document (%q)", acc.ID, acc.Document)
			continue
		}
		for i := range acc.Statements {
			st := &acc.Statements[i]
			src := x.Source(st)
			if st.Document != d.ID || st.Start < d.Start || st.End > d.End || src.Text[st.Start:st.End] != st.Text {
				t.Errorf("%s [%d:%d] in document %s [%d:%d]: text does not match its offsets", st.ID, st.Start, st.End, d.ID, d.Start, d.End)
			}
		}
	}
}

func TestOpenTexts(t *testing.T) {
	tests := []struct {
		name      string
		texts     Texts
		dossier   bool
		notes     int
		companion bool
	}{
		{"two files", Texts{Documents: []string{docWhiteHouse, docKremlin}}, false, 0, false},
		{"a dossier given as documents", Texts{Documents: []string{docDossier}}, true, 0, false},
		{"a dossier given as an article", Texts{Article: docDossier}, true, 1, false},
		{"documents and an article", Texts{Documents: []string{docWhiteHouse, docKremlin}, Article: docArticle}, false, 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			snap := openTexts(t, tc.texts)
			x := snap.Extraction()
			if !snap.Documents() || len(x.Documents) != 2 || len(x.Accounts) != 2 {
				t.Fatalf("%d documents, %d accounts; want 2 and 2", len(x.Documents), len(x.Accounts))
			}
			if x.Dossier != tc.dossier {
				t.Errorf("dossier %v, want %v", x.Dossier, tc.dossier)
			}
			if len(snap.Notes()) != tc.notes {
				t.Errorf("notes %q, want %d", snap.Notes(), tc.notes)
			}
			if (snap.Article() != nil) != tc.companion || (snap.Usage() != nil) != tc.companion {
				t.Errorf("article beside the documents: %v, usage %v; want %v", snap.Article() != nil, snap.Usage() != nil, tc.companion)
			}
			if tc.companion && snap.Usage() != snap.Usage() {
				t.Error("the usage check was made twice")
			}
			if !slices.Equal(snap.Texts().Documents, tc.texts.Documents) {
				t.Errorf("texts %v, want %v", snap.Texts(), tc.texts)
			}
			checkOffsets(t, x)
			if c := snap.Compare(x.Accounts[0].ID, x.Accounts[1].ID); c == nil || len(c.Rows) == 0 {
				t.Error("the two documents do not compare")
			}
		})
	}
}

func TestOpenTextsBadInput(t *testing.T) {
	s, err := NewSession(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, texts := range []Texts{
		{Documents: []string{docWhiteHouse, "testdata/docs/missing.txt"}},
		{Documents: []string{docWhiteHouse}, Article: docDossier},
	} {
		_, err := s.Open(context.Background(), texts)
		if exitCode(err) != exitUsage {
			t.Errorf("%s: err %v (exit %d), want bad input", texts, err, exitCode(err))
		}
	}
}

// TestRefreshKeepsTexts: a new catalog re-reads the same documents and the
// article beside them.
func TestRefreshKeepsTexts(t *testing.T) {
	s, err := NewSession(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := Texts{Documents: []string{docWhiteHouse, docKremlin}, Article: docArticle}
	snap, err := s.Open(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetCatalogs(nil); err != nil {
		t.Fatal(err)
	}
	next, err := s.Refresh(context.Background(), snap)
	if err != nil {
		t.Fatal(err)
	}
	if next == snap || !next.Documents() || next.Article() == nil || next.Usage() == nil || next.Name() != snap.Name() {
		t.Errorf("refreshed: new %v, documents %v, article %v, name %q (was %q)",
			next != snap, next.Documents(), next.Article() != nil, next.Name(), snap.Name())
	}
}

func TestCommandLineDocuments(t *testing.T) {
	tests := []struct {
		name               string
		args               []string
		code               int
		inStdout, inStderr string
	}{
		{"accounts of two documents", []string{"accounts", "--documents", docWhiteHouse, docKremlin}, 0, "2 documents", ""},
		{"compare a dossier", []string{"compare", "--documents", docDossier}, 0, "dossier", ""},
		{"a dossier as ARTICLE says so", []string{"accounts", docDossier}, 0, "dossier", "note: dossier.txt is a dossier of 2 documents"},
		{"no files", []string{"compare", "--documents"}, 2, "", "needs at least one FILE"},
		{"two files without --documents", []string{"compare", docWhiteHouse, docKremlin}, 2, "", "need --documents"},
		{"--article beside files without --documents", []string{"compare", "--article", docArticle, docKremlin}, 2, "", "only with --documents"},
		{"a file as document and article", []string{"compare", "--documents", docKremlin, "--article", docKremlin}, 2, "", "both as a document and as --article"},
		{"a missing document", []string{"accounts", "--documents", docKremlin, "nowhere.txt"}, 2, "", "nowhere.txt"},
		{"help names the flags", []string{"help", "export"}, 0, "--documents", ""},
		{"compare tells how the article used them", []string{"compare", "--documents", docWhiteHouse, docKremlin, "--article", docArticle},
			0, "white-house-2  Quoted", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tc.code, errOut)
			}
			if !strings.Contains(out, tc.inStdout) || !strings.Contains(errOut, tc.inStderr) {
				t.Errorf("stdout lacks %q or stderr %q lacks %q\n%s", tc.inStdout, errOut, tc.inStderr, out)
			}
			if n := strings.Count(errOut, "note:"); n > 1 {
				t.Errorf("%d notes, want one line", n)
			}
		})
	}
}

// TestDocumentsJSON checks §3 of the issue: documents listed with file
// names only, accounts naming their documents, offsets of a dossier
// indexing the whole file with each document's byte range, and the usage
// block when an article is read beside them.
func TestDocumentsJSON(t *testing.T) {
	dossier, err := os.ReadFile(docDossier)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "compare", "--json", "--documents", docDossier)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc report.Document
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Documents) != 2 || doc.Article.Name != "dossier.txt" || doc.Article.Bytes != len(dossier) {
		t.Fatalf("documents %+v, article %+v", doc.Documents, doc.Article)
	}
	ranges := map[string]report.DocumentEntry{}
	for _, d := range doc.Documents {
		sum := sha256.Sum256(dossier[d.Start:d.End])
		if d.Name != "dossier.txt" || d.Bytes != d.End-d.Start || d.SHA256 != hex.EncodeToString(sum[:]) || d.Title == "" {
			t.Errorf("document %+v: name, bytes, digest or title wrong", d)
		}
		ranges[d.ID] = d
	}
	for _, acc := range doc.Accounts {
		d, ok := ranges[acc.Document]
		if !ok {
			t.Fatalf("account %s names document %q", acc.ID, acc.Document)
		}
		for _, st := range acc.Statements {
			if st.Document != d.ID || st.Start < d.Start || st.End > d.End || string(dossier[st.Start:st.End]) != st.Text {
				t.Errorf("%s: offsets %d..%d do not index its text in the dossier within %s", st.ID, st.Start, st.End, d.ID)
			}
		}
	}

	code, out, errOut = run(t, "compare", "--json", "--documents", docWhiteHouse, docKremlin, "--article", docArticle)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	doc = report.Document{}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if u := doc.Usage; u == nil || u.Article.Name != "article.txt" || len(u.Documents) != 2 {
		t.Fatalf("usage block %+v", doc.Usage)
	}
	article, _ := os.ReadFile(docArticle)
	for _, ud := range doc.Usage.Documents {
		for _, c := range ud.Checks {
			if p := c.Passage; p != nil && string(article[p.Start:p.End]) != p.Text {
				t.Errorf("%s: passage offsets %d..%d do not index the article", c.Statement, p.Start, p.End)
			}
		}
	}
	for _, d := range doc.Documents {
		if strings.ContainsAny(d.Name, `/\`) {
			t.Errorf("document name %q holds a folder", d.Name)
		}
	}
}

// TestArticleJSONUnchanged: an article's JSON has only the fields it had
// before documents (the contract of DESIGN.md, with the parties and the
// attribution evidence): none of documents, document, said_by or usage;
// and it names its file without a folder.
func TestArticleJSONUnchanged(t *testing.T) {
	code, out, errOut := run(t, "compare", "--json", "--pair", "all", docArticle)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var raw map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"":          {"accounts", "article", "comparisons", "generator", "matrix", "schema"},
		"article":   {"bytes", "name", "paragraphs", "sha256", "title"},
		"account":   {"channel", "id", "label", "party", "party_to_call", "speaker", "statements"},
		"statement": {"confidence", "end", "evidence", "id", "kind", "paragraph", "start", "text"},
	}
	check := func(what string, m map[string]any) {
		var got []string
		for k := range m {
			got = append(got, k)
		}
		sort.Strings(got)
		if !slices.Equal(got, want[what]) {
			t.Errorf("%s keys %v, want %v", what, got, want[what])
		}
	}
	check("", raw)
	check("article", raw["article"].(map[string]any))
	for _, a := range raw["accounts"].([]any) {
		acc := a.(map[string]any)
		check("account", acc)
		for _, s := range acc["statements"].([]any) {
			check("statement", s.(map[string]any))
		}
	}
	if name := raw["article"].(map[string]any)["name"]; name != "article.txt" {
		t.Errorf("article name %q, want the file name only", name)
	}
}

func TestDocumentsReportsNameDocuments(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1747699200")
	code, out, errOut := run(t, "export", "--format", "md", "-o", "-", "--documents", docWhiteHouse, docKremlin, "--article", docArticle)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"## Appendix: the documents", "### White House: Readout of President Berg’s Call",
		"### Kremlin: Telephone conversation", "· whitehouse-readout.txt · [paragraph 2](#white-house-p2) · bytes",
		"## How the article used the documents", "Article: no close match found in the article", "_Quoted_",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown report lacks %q", want)
		}
	}
	code, _, errOut = run(t, "export", "-o", t.TempDir()+"/r.pdf", "--documents", docDossier)
	if code != 0 {
		t.Fatalf("PDF of a dossier: exit %d: %s", code, errOut)
	}
}
