package views

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"readouts/app"
	"readouts/sources"
)

// copyTexts copies files into a folder of their own, so that a test may
// keep a review beside them.
func copyTexts(t *testing.T, files ...string) []string {
	t.Helper()
	dir := t.TempDir()
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.Base(f))
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// openTextsOn starts the window on texts, read as the command line reads
// them.
func openTextsOn(t *testing.T, a fyne.App, texts app.Texts) *gui {
	t.Helper()
	return newTestGUI(t, a, app.WindowOptions{Article: openSnapshot(t, texts)})
}

// statementIn is the statement of the reading on show that starts at start
// in document doc.
func statementIn(g *gui, doc string, start int) *sources.Statement {
	x := g.shown().Extraction()
	for i := range x.Accounts {
		for j := range x.Accounts[i].Statements {
			if st := &x.Accounts[i].Statements[j]; st.Document == doc && st.Start == start {
				return st
			}
		}
	}
	return nil
}

// TestCorrectionsOnDocumentPanes: text selected in a document's pane is
// added as a statement of that document, a statement of a document is
// corrected from its menu, both are saved in the review kept beside the
// documents (naming the document), and a restart applies them.
func TestCorrectionsOnDocumentPanes(t *testing.T) {
	tests := []struct {
		name  string
		texts func() app.Texts
	}{
		{"separate files", func() app.Texts { return app.Texts{Documents: copyTexts(t, docWhiteHouse, docKremlin)} }},
		{"a dossier", func() app.Texts { return app.Texts{Article: copyTexts(t, docDossier)[0]} }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			texts := tc.texts()
			g := openTextsOn(t, test.NewTempApp(t), texts)
			if g.rev.file != texts.ReviewFile() || g.rev.off != "" {
				t.Fatalf("corrections go to %q (off: %q), want %q", g.rev.file, g.rev.off, texts.ReviewFile())
			}

			// 1. Select the title line of the right document and add it
			// as a statement of the left account.
			pane := g.docs.texts.Panes()[1]
			phrase := "Telephone conversation with US President Anna Berg"
			at := strings.Index(pane.X.Article.Text, phrase)
			g.docs.texts.View(1).Select(at, at+len(phrase))
			if doc, _, _, _, ok := g.selection(); !ok || doc != pane.Key {
				t.Fatalf("selection in document %q (ok %v), want %s", doc, ok, pane.Key)
			}
			g.showAdd()
			press(t, g, fyne.KeyReturn)
			wait(t, g)
			added := statementIn(g, pane.Key, at)
			if added == nil || added.Account != g.pair.Left || g.snap.Mark(added.ID) != "added" {
				t.Fatalf("the selection is %+v, want an added statement of %s", added, g.pair.Left)
			}
			shown := false
			for i := range g.docs.texts.Panes() {
				shown = shown || g.docs.texts.View(i).ParagraphOf(added.ID) >= 0
			}
			if !shown {
				t.Error("the added statement is not in a document's pane")
			}

			// 2. Not a statement, from the menu of a statement of the left
			// document.
			left := g.shown().Extraction().Account(g.pair.Left)
			st := left.Statements[0]
			if st.ID == added.ID {
				st = left.Statements[1]
			}
			for _, it := range g.statementItems(st.ID) {
				if it.Label == "Not a Statement" {
					it.Action()
				}
			}
			wait(t, g)
			if statementIn(g, st.Document, st.Start) != nil {
				t.Fatalf("%s is still a statement", st.ID)
			}

			rv, err := app.ReadReview(texts.ReviewFile())
			if err != nil {
				t.Fatal(err)
			}
			if len(rv.Edits) != 2 || rv.Edits[0].Document != pane.Key || rv.Edits[1].Document != st.Document {
				t.Fatalf("review edits %+v, want an add in %s and a drop in %s", rv.Edits, pane.Key, st.Document)
			}

			// Started again, the window applies both.
			again := openTextsOn(t, test.NewTempApp(t), texts)
			if statementIn(again, pane.Key, at) == nil || statementIn(again, st.Document, st.Start) != nil {
				t.Error("after a restart the corrections of the documents are gone")
			}
			if got := again.docs.texts.Panes(); !slices.ContainsFunc(got, func(p Pane) bool { return p.Key == pane.Key }) {
				t.Errorf("after a restart the panes are %v", paneKeys(again.docs.texts))
			}
		})
	}
}

// TestDocumentsLoadAsAJob: documents open off the UI goroutine, with the
// progress bar and Cancel, and Cancel leaves the texts on show.
func TestDocumentsLoadAsAJob(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	before := g.snap
	g.openTexts(app.Texts{Documents: []string{docWhiteHouse, docKremlin}})
	if !g.busy() || !g.w.progress.Visible() || !g.w.cancel.Visible() {
		t.Fatal("opening documents shows no progress bar and Cancel")
	}
	if !g.cancelJob() || g.snap != before {
		t.Fatal("Cancel did not leave the texts on show")
	}
	wait(t, g) // the cancelled job's late result is dropped
	if g.snap != before {
		t.Fatal("a cancelled load replaced the texts on show")
	}
	g.openTexts(app.Texts{Documents: []string{docWhiteHouse, docKremlin}})
	wait(t, g)
	if !g.snap.Documents() || g.busy() || g.w.progress.Visible() {
		t.Fatalf("after the load: documents %v, busy %v", g.snap.Documents(), g.busy())
	}
}
