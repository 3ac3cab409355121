package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"readouts/app/report"
)

func TestReviewFileOfTexts(t *testing.T) {
	long := strings.Repeat("a", 120) + ".txt"
	tests := []struct {
		name  string
		texts Texts
		want  string
	}{
		{"the built-in article has none here", Texts{}, ""},
		{"an article", Texts{Article: "news/call.txt"}, "news/call.txt.review.json"},
		{"a dossier", Texts{Documents: []string{"d/call.combined.txt"}}, "d/call.combined.txt.review.json"},
		{"separate documents, by name", Texts{Documents: []string{"b/wh.txt", "a/kremlin.txt"}}, "a/kremlin.txt+wh.txt.review.json"},
		{"in any order", Texts{Documents: []string{"a/kremlin.txt", "b/wh.txt"}}, "a/kremlin.txt+wh.txt.review.json"},
		{"the article beside them is not reviewed", Texts{Documents: []string{"wh.txt", "kremlin.txt"}, Article: "story.txt"},
			"kremlin.txt+wh.txt.review.json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.texts.ReviewFile(); got != tc.want {
				t.Errorf("ReviewFile() = %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("a long set is named by its first name and a digest", func(t *testing.T) {
		a := Texts{Documents: []string{long, "b" + long, "c" + long}}.ReviewFile()
		b := Texts{Documents: []string{long, "b" + long, "d" + long}}.ReviewFile()
		if len(filepath.Base(a)) > 255 || a == b || !strings.HasPrefix(a, long[:100]) || !strings.HasSuffix(a, ".review.json") {
			t.Errorf("long sets: %q and %q", a, b)
		}
	})
}

// copyDocs copies the invented readouts and story into a folder of their
// own, so that a test may keep a review beside them.
func copyDocs(t *testing.T) (dir string, wh, kremlin, story string) {
	t.Helper()
	dir = t.TempDir()
	for _, p := range []string{docWhiteHouse, docKremlin, docArticle} {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, filepath.Join(dir, filepath.Base(docWhiteHouse)), filepath.Join(dir, filepath.Base(docKremlin)),
		filepath.Join(dir, filepath.Base(docArticle))
}

// TestExportNeverWritesOverTheDocuments: every document, the article
// beside them and the review kept beside them are inputs of the run.
func TestExportNeverWritesOverTheDocuments(t *testing.T) {
	_, wh, kremlin, story := copyDocs(t)
	set := Texts{Documents: []string{wh, kremlin}}.ReviewFile()
	tests := []struct{ name, out, role string }{
		{"the first document", wh, "document"},
		{"the second document", kremlin, "document"},
		{"the article checked against them", story, "article"},
		{"their review file", set, "review file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := os.ReadFile(tc.out)
			code, _, errOut := run(t, "export", "--format", "md", "-o", tc.out, "--documents", wh, kremlin, "--article", story)
			oneErrorLine(t, code, errOut, tc.role+" of this run")
			if after, _ := os.ReadFile(tc.out); !bytes.Equal(before, after) {
				t.Errorf("%s was written over", tc.out)
			}
		})
	}
}

// TestCommandLineAppliesTheReviewOfDocuments: the review kept beside
// documents in separate files is applied, said on stderr, ignored with
// --no-review, and not met by a document opened alone.
func TestCommandLineAppliesTheReviewOfDocuments(t *testing.T) {
	_, wh, kremlin, _ := copyDocs(t)
	texts := Texts{Documents: []string{wh, kremlin}}
	snap := openTexts(t, texts)
	st := snap.Extraction().Accounts[1].Statements[0]
	span := SpanOf(st)
	rv := snap.NewReview(texts.ReviewFile(), []Edit{{Op: EditDrop, Span: &span, Document: st.Document}})
	if err := SaveReview(rv); err != nil {
		t.Fatal(err)
	}
	statements := func(args ...string) (map[string]bool, string) {
		t.Helper()
		code, out, errOut := run(t, append([]string{"accounts", "--json"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		var doc report.Document
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		for _, a := range doc.Accounts {
			for _, s := range a.Statements {
				ids[s.Text] = true
			}
		}
		return ids, errOut
	}
	// Given the other way round: the same set, the same review.
	got, errOut := statements("--documents", kremlin, wh)
	if got[st.Text] || !strings.Contains(errOut, "applying the review "+texts.ReviewFile()) {
		t.Errorf("the review beside the documents was not applied (stderr %q)", errOut)
	}
	if got, _ = statements("--no-review", "--documents", wh, kremlin); !got[st.Text] {
		t.Error("--no-review applied the review")
	}
	if got, errOut = statements("--documents", kremlin); !got[st.Text] || strings.Contains(errOut, "review") {
		t.Errorf("a document alone met the review of the set (stderr %q)", errOut)
	}
}
