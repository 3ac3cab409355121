package views

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
)

// docsUI is what the window adds for the sides' own documents: the texts
// pane (each side's document, left and right), the view of how an article
// used the documents, and the controls that open them.
type docsUI struct {
	texts    *TextsView
	usage    *UsageView
	usageBtn *widget.Button
	openBtn  *widget.Button

	usageItem      *fyne.MenuItem
	addArticleItem *fyne.MenuItem

	on  bool   // the usage view is on show
	doc string // the document it shows
}

// textPane is the pane beside the rows: the article, or the documents.
type textPane interface {
	SetFocus(accountIDs ...string)
	Mark(ids ...string)
	ShowFind()
	HideFind()
}

// buildDocs makes the documents' widgets; build places them.
func (g *gui) buildDocs() {
	d := &g.docs
	d.texts = NewTextsView()
	d.texts.OnStatementTapped = g.statementInTexts
	d.texts.Hide()
	d.usage = NewUsageView()
	d.usage.OnSelected = func(ids []string) { g.docs.texts.Mark(ids...) }
	d.usage.OnDocument = func(id string) {
		g.docs.doc = id
		g.showUsageTexts()
	}
	d.usage.Hide()
	d.usageBtn = widget.NewButtonWithIcon("Article use", theme.DocumentIcon(), func() { g.showUsage(!g.docs.on) })
	d.usageBtn.Hide()
	d.openBtn = widget.NewButtonWithIcon("Documents…", theme.ContentCopyIcon(), g.showOpenDocuments)
	d.usageItem = fyne.NewMenuItem("How the Article Used the Documents", func() { g.showUsage(!g.docs.on) })
	d.usageItem.Shortcut = ctrl(fyne.KeyU)
	d.usageItem.Disabled = true
	d.addArticleItem = fyne.NewMenuItem("Add Article to Check…", g.showAddArticle)
	d.addArticleItem.Disabled = true
}

// text is the pane the statements of the snapshot on show are in.
func (g *gui) text() textPane {
	if g.snap != nil && g.snap.Documents() {
		return g.docs.texts
	}
	return g.w.article
}

// setTexts shows the snapshot's texts: the article pane for an article,
// the documents pane for documents; a title naming the documents; and the
// usage view when an article was read beside them.
func (g *gui) setTexts(snap *app.Snapshot) {
	d := &g.docs
	docs := snap.Documents()
	if docs {
		g.w.article.Hide()
		d.texts.Show()
		// Two documents side by side need more room than one article.
		g.w.split.Offset = 0.5
		title := documentsTitle(snap)
		g.win.SetTitle("Readouts — " + title)
		g.w.title.SetText(title)
		g.w.meta.SetText(documentsMeta(snap))
	} else {
		d.texts.Hide()
		d.texts.SetPanes(nil)
		g.w.article.Show()
		g.w.split.Offset = 0.6
	}
	g.w.split.Refresh()
	u := snap.Usage()
	d.usageItem.Disabled = u == nil
	d.addArticleItem.Disabled = !docs
	if u != nil {
		d.usageBtn.Show()
	} else {
		d.usageBtn.Hide()
		d.on = false
	}
	d.doc = ""
	g.rememberTexts(snap)
	if g.w.mainMenu != nil {
		g.w.mainMenu.Refresh()
	}
}

// documentsTitle names documents: the dossier's title, else the speakers.
func documentsTitle(snap *app.Snapshot) string {
	x := snap.Extraction()
	var names []string
	for i := range x.Documents {
		if acc := x.Account(x.Documents[i].ID); acc != nil {
			names = append(names, ShortName(acc))
		}
	}
	return "Documents: " + strings.Join(names, ", ")
}

// documentsMeta is the line under the title: the files and what was found.
func documentsMeta(snap *app.Snapshot) string {
	x := snap.Extraction()
	var parts []string
	if x.Dossier {
		parts = append(parts, "dossier "+filepath.Base(x.Article.Name))
	} else {
		var files []string
		for _, d := range x.Documents {
			files = append(files, filepath.Base(d.Name))
		}
		parts = append(parts, strings.Join(files, ", "))
	}
	n := 0
	for _, a := range x.Accounts {
		n += len(a.Statements)
	}
	parts = append(parts, fmt.Sprintf("%d documents, %d statements", len(x.Documents), n))
	if a := snap.Article(); a != nil {
		parts = append(parts, "checked against "+filepath.Base(a.Article.Name))
	}
	return strings.Join(parts, " · ")
}

// pairTexts shows the documents of the pair on show, left and right (the
// three of All three), and leaves the usage view.
func (g *gui) pairTexts(p app.Pair, accountIDs []string) {
	if g.docs.on {
		g.docs.on = false
		g.docs.usage.Hide()
		g.docs.usageBtn.Importance = widget.MediumImportance
		g.docs.usageBtn.Refresh()
		g.status("")
	}
	if !g.snap.Documents() {
		return
	}
	x := g.snap.Extraction()
	if len(accountIDs) == 0 {
		for _, acc := range x.Accounts {
			accountIDs = append(accountIDs, acc.ID)
		}
	}
	g.docs.texts.SetPanes(documentPanes(x, accountIDs...))
}

// showUsage shows or leaves the view of how the article used the
// documents. Leaving it goes back to the pair on show.
func (g *gui) showUsage(on bool) {
	u := g.snap.Usage()
	if u == nil {
		return
	}
	if !on {
		g.showPair(g.pair)
		return
	}
	g.docs.on = true
	g.w.rows.Hide()
	g.w.matrix.Hide()
	g.docs.usage.SetUsage(g.snap.Extraction(), u, g.docs.doc)
	g.docs.doc = g.docs.usage.Document()
	g.docs.usage.Show()
	g.docs.usageBtn.Importance = widget.HighImportance
	g.docs.usageBtn.Refresh()
	g.w.summary.SetComparison(nil, nil)
	g.showUsageTexts()
	g.status(fmt.Sprintf("How %s used the documents: %s. Tap a row to see both texts.",
		filepath.Base(u.Article.Name), g.docs.usage.Summary()))
}

// showUsageTexts puts the document on show beside the article.
func (g *gui) showUsageTexts() {
	x := g.snap.Extraction()
	panes := documentPanes(x, g.docs.doc)
	panes = append(panes, usagePane(x, g.snap.Usage(), g.docs.doc))
	g.docs.texts.SetPanes(panes)
	g.docs.texts.SetFocus(g.docs.doc)
}

// statementInTexts answers a tap on a span of the documents pane.
func (g *gui) statementInTexts(id string) {
	if g.docs.on {
		if g.docs.usage.SelectID(id) < 0 {
			g.status("That span is not in the document on show.")
		}
		return
	}
	g.statementInArticle(id)
}

// openTexts reads texts off the UI goroutine, with the progress bar, and
// shows them, as open does for an article.
func (g *gui) openTexts(t app.Texts) {
	if g.loading {
		return
	}
	for _, p := range t.Paths() {
		if ext := strings.ToLower(filepath.Ext(p)); !knownExtension(ext) {
			g.openFailed(p, fmt.Errorf("%s is not a text file Readouts reads (want %s)", filepath.Base(p), strings.Join(articleExtensions, ", ")))
			g.afterWork()
			return
		}
	}
	g.setLoading(true, fmt.Sprintf("Opening %d files…", len(t.Paths())))
	pair := g.pair.String()
	ctx, stop := context.WithCancel(context.Background())
	g.stop = stop
	go func() {
		snap, err := g.session.Open(ctx, t)
		if err == nil {
			snap.Prepare(snap.PickPair(pair))
			snap.Usage()
		}
		fyne.Do(func() {
			defer g.afterWork()
			stop()
			g.setLoading(false, "")
			switch {
			case errors.Is(err, context.Canceled):
				return
			case err != nil:
				g.status("Could not open the documents")
				dialog.ShowError(fmt.Errorf("could not open the documents: %w", err), g.win)
				return
			case len(snap.Extraction().Accounts) == 0:
				dialog.ShowError(errors.New("no accounts found in these files"), g.win)
				return
			}
			g.setSnapshot(snap, pair)
			g.status(fmt.Sprintf("Opened %d documents: %d accounts.", len(snap.Extraction().Documents), len(snap.Extraction().Accounts)))
			if snap.Usage() != nil {
				g.showUsage(true)
			}
		})
	}()
}

// rememberTexts keeps the documents on show for the next start; an
// article clears them (open remembers the article itself).
func (g *gui) rememberTexts(snap *app.Snapshot) {
	t := snap.Texts()
	if len(t.Documents) == 0 {
		g.prefs.setDocuments(app.Texts{})
		return
	}
	// Paths given on the command line may be relative to where it ran.
	abs := app.Texts{Article: absPath(t.Article)}
	for _, d := range t.Documents {
		abs.Documents = append(abs.Documents, absPath(d))
	}
	g.prefs.setDocuments(abs)
}

// absPath is p made absolute, or p when that fails; "" stays "".
func absPath(p string) string {
	if p == "" {
		return ""
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
