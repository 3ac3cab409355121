package views

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"readouts/app"
	"readouts/app/usage"
)

// The invented readouts and story of app's tests.
var (
	docWhiteHouse = filepath.Join("..", "app", "testdata", "docs", "whitehouse-readout.txt")
	docKremlin    = filepath.Join("..", "app", "testdata", "docs", "kremlin-readout.txt")
	docDossier    = filepath.Join("..", "app", "testdata", "docs", "dossier.txt")
	docArticle    = filepath.Join("..", "app", "testdata", "docs", "article.txt")
)

func openSnapshot(t *testing.T, texts app.Texts) *app.Snapshot {
	t.Helper()
	s, err := app.NewSession(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := s.Open(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

func paneKeys(v *TextsView) []string {
	var out []string
	for _, p := range v.Panes() {
		out = append(out, p.Key)
	}
	return out
}

// TestDocumentsPaneShowsEachSide: the text pane holds the left and the
// right account's own documents, and a row marks its statements in both.
func TestDocumentsPaneShowsEachSide(t *testing.T) {
	for _, texts := range []app.Texts{
		{Documents: []string{docWhiteHouse, docKremlin}},
		{Article: docDossier},
	} {
		t.Run(texts.String(), func(t *testing.T) {
			snap := openSnapshot(t, texts)
			g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{Article: snap})
			if g.w.article.Visible() || !g.docs.texts.Visible() {
				t.Fatal("documents open, but the article pane shows")
			}
			if got, want := paneKeys(g.docs.texts), []string{g.pair.Left, g.pair.Right}; !slices.Equal(got, want) {
				t.Fatalf("panes %v, want the pair's documents %v", got, want)
			}
			if !strings.HasPrefix(g.win.Title(), "Readouts — Documents: ") {
				t.Errorf("title %q", g.win.Title())
			}
			// A row with statements on both sides, else any row.
			row := 0
			for i, r := range g.cmp.Rows {
				if len(r.Left) > 0 && len(r.Right) > 0 {
					row = i
				}
			}
			g.w.rows.Select(row)
			r := g.cmp.Rows[row]
			for side, ids := range [][]string{r.Left, r.Right} {
				if len(ids) == 0 {
					continue
				}
				if got := g.docs.texts.View(side).Marked(); len(got) == 0 || !slices.Contains(ids, got[0]) {
					t.Errorf("pane %d marks %v, want one of %v", side, got, ids)
				}
			}
			// A tap on a span in a document selects its row.
			id := append(append([]string{}, r.Left...), r.Right...)[0]
			g.w.rows.Select(-1)
			g.statementInTexts(id)
			if g.w.rows.Selected() < 0 {
				t.Errorf("a tap on %s in its document selected no row", id)
			}
		})
	}
}

// TestTextsViewTabsWhenNarrow: columns in a wide pane, tabs in a narrow
// one, and Mark shows the tab that holds the statement.
func TestTextsViewTabsWhenNarrow(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(newTheme(themeLight))
	snap := openSnapshot(t, app.Texts{Documents: []string{docWhiteHouse, docKremlin}})
	x := snap.Extraction()
	v := NewTextsView()
	v.SetPanes(documentPanes(x, x.Accounts[0].ID, x.Accounts[1].ID))
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 600))
	if v.Tabbed() {
		t.Fatal("a 1000-wide pane shows tabs")
	}
	w.Resize(fyne.NewSize(500, 600))
	if !v.Tabbed() {
		t.Fatal("a 500-wide pane shows columns")
	}
	id := x.Accounts[1].Statements[0].ID
	v.Mark(id)
	tabs, ok := v.root.Objects[0].(interface{ SelectedIndex() int })
	if !ok || tabs.SelectedIndex() != 1 {
		t.Fatalf("marking %s in the second document does not show its tab", id)
	}
	if got := v.View(1).Marked(); !slices.Equal(got, []string{id}) {
		t.Errorf("second pane marks %v, want %s", got, id)
	}
	if got := v.View(0).Marked(); len(got) != 0 {
		t.Errorf("first pane marks %v, want nothing", got)
	}
	w.Resize(fyne.NewSize(1000, 600))
	if v.Tabbed() || !v.boxes[1].Visible() {
		t.Error("back to columns, the second document is hidden")
	}
}

// TestUsageView: documents with an article open on how the article used
// them; a row marks the document's statement and the article's passage;
// a pair leaves the view.
func TestUsageView(t *testing.T) {
	snap := openSnapshot(t, app.Texts{Documents: []string{docWhiteHouse, docKremlin}, Article: docArticle})
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{Article: snap})
	u := g.docs.usage
	if !g.docs.on || !u.Visible() || g.w.rows.Visible() {
		t.Fatal("an article beside the documents does not open on the usage view")
	}
	if got := paneKeys(g.docs.texts); !slices.Equal(got, []string{u.Document(), articlePane}) {
		t.Fatalf("panes %v, want the document and the article", got)
	}
	if !strings.Contains(u.Summary(), "Quoted") || u.RowCount() < 2 {
		t.Fatalf("usage of %s: %q, %d rows", u.Document(), u.Summary(), u.RowCount())
	}
	// The row of a quoted statement marks both texts.
	res := snap.Usage().Document(u.Document())
	row := slices.IndexFunc(res.Checks, func(c usage.Check) bool { return c.Use.Used() })
	if row < 0 {
		t.Fatal("nothing used in the fixture")
	}
	u.Select(row)
	marked := g.docs.texts.Marked()
	want := []string{res.Checks[row].Statement, passagePrefix + res.Checks[row].Statement}
	if !slices.Equal(marked, want) {
		t.Fatalf("row %d marks %v, want %v", row, marked, want)
	}
	// A tap on the passage in the article selects its row again.
	u.Select(0)
	g.statementInTexts(passagePrefix + res.Checks[row].Statement)
	if u.Selected() != row {
		t.Errorf("a tap on the passage selected row %d, want %d", u.Selected(), row)
	}
	// The other document.
	other := snap.Extraction().Accounts[1].ID
	if other == u.Document() {
		other = snap.Extraction().Accounts[0].ID
	}
	u.Choose(other)
	if got := paneKeys(g.docs.texts); got[0] != other {
		t.Errorf("choosing %s shows panes %v", other, got)
	}
	// Ctrl+U leaves the view for the pair.
	shortcut(g, fyne.KeyU)
	if g.docs.on || u.Visible() || !g.w.rows.Visible() || len(g.docs.texts.Panes()) != 2 || g.docs.texts.Panes()[1].Key == articlePane {
		t.Errorf("Ctrl+U kept the usage view (on %v, panes %v)", g.docs.on, paneKeys(g.docs.texts))
	}
}

// TestOpenDocumentsDialog collects files, drops one, and opens the rest
// with an article; the window remembers them for the next start.
func TestOpenDocumentsDialog(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	p := &docsPicker{g: g}
	p.show()
	if !p.openBtn.Disabled() {
		t.Error("Open is enabled with no documents")
	}
	for _, f := range []string{docWhiteHouse, docArticle, docKremlin, docKremlin} {
		p.add(f)
	}
	p.remove(1)
	p.setArticle(docArticle)
	if !slices.Equal(p.files, []string{docWhiteHouse, docKremlin}) || p.openBtn.Disabled() {
		t.Fatalf("files %v, open disabled %v", p.files, p.openBtn.Disabled())
	}
	p.open()
	wait(t, g)
	if !g.snap.Documents() || g.snap.Article() == nil || !g.docs.on {
		t.Fatalf("opened: documents %v, article %v, usage view %v", g.snap.Documents(), g.snap.Article() != nil, g.docs.on)
	}
	var want []string
	for _, f := range p.files {
		want = append(want, absPath(f))
	}
	if got := g.prefs.texts(); !slices.Equal(got.Documents, want) || got.Article != absPath(docArticle) {
		t.Errorf("remembered %v, want %v and %s", got, want, absPath(docArticle))
	}
	// An article opened later clears the documents for the next start.
	g.open(docArticle)
	wait(t, g)
	if got := g.prefs.texts(); len(got.Documents) != 0 || got.Article != docArticle {
		t.Errorf("after an article, remembered %v", got)
	}
}

func TestDroppingSeveralFilesOpensDocuments(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	var uris []fyne.URI
	for _, f := range []string{docWhiteHouse, docKremlin} {
		abs, err := filepath.Abs(f)
		if err != nil {
			t.Fatal(err)
		}
		uris = append(uris, storage.NewFileURI(abs))
	}
	g.dropped(fyne.Position{}, uris)
	wait(t, g)
	if !g.snap.Documents() || len(g.snap.Extraction().Documents) != 2 {
		t.Fatalf("dropping two readouts opened %s", g.snap.Name())
	}
}

// TestAddressPaneSaysWhatIsRead: the pane of an address, of which only the
// passage about the call is the side's account, says so in its strip; the
// pane of a readout read whole does not.
func TestAddressPaneSaysWhatIsRead(t *testing.T) {
	snap := openSnapshot(t, app.Texts{Documents: []string{filepath.Join("..", "app", "testdata", "docs", "address-dossier.txt")}})
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{Article: snap})
	want := map[string]string{"canada": "", "santiago": "Only its passage about the call (¶ 7) is this side's account."}
	for side := range 2 {
		v, key := g.docs.texts.View(side), g.docs.texts.Panes()[side].Key
		note, ok := want[key]
		if !ok {
			t.Fatalf("pane %q, want one of %v", key, want)
		}
		info := v.Info()
		if note == "" && strings.Contains(info, "passage about the call") || note != "" && !strings.HasPrefix(info, note) {
			t.Errorf("pane %s says %q, want it to open with %q", key, info, note)
		}
	}
}
