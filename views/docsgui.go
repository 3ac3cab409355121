package views

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
	"readouts/app/naming"
	"readouts/sources"
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

	// panes are the document panes of the reading panesOf, made once per
	// reading so that switching pairs keeps each pane and its scroll.
	panes   map[string]Pane
	panesOf *sources.Extraction
}

// textPane is the pane beside the rows: the article, or the documents.
type textPane interface {
	SetFocus(accountIDs ...string)
	Mark(ids ...string)
	Pick(id string)
	ClearSelection()
	ShowFind()
	HideFind()
}

// buildDocs makes the documents' widgets; build places them. The
// documents' panes take corrections as the article pane does.
func (g *gui) buildDocs() {
	d := &g.docs
	d.texts = NewTextsView()
	d.texts.OnStatementTapped = g.statementInTexts
	d.texts.OnMenu = g.articleMenu
	d.texts.OnAdd = g.showAdd
	d.texts.Describe = g.evidence
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

// setTexts shows a newly read snapshot's texts (see showTexts), with a
// title naming them, and the usage view's controls when an article was
// read beside documents.
func (g *gui) setTexts(snap *app.Snapshot) {
	d := &g.docs
	title := snap.Extraction().Article.Title
	if title == "" {
		title = snap.Name()
	}
	// Two documents side by side need more room than one article.
	g.w.split.Offset = 0.6
	if snap.Documents() {
		title = documentsTitle(snap)
		g.w.split.Offset = 0.5
	}
	g.win.SetTitle("Readouts — " + title)
	g.w.title.SetText(title)
	g.showTexts(snap)
	g.w.split.Refresh()
	u := snap.Usage()
	d.usageItem.Disabled = u == nil
	d.addArticleItem.Disabled = len(snap.Texts().Documents) == 0
	if u != nil {
		d.usageBtn.Show()
	} else {
		d.usageBtn.Hide()
		d.on = false
		d.usage.Hide()
	}
	d.doc = ""
	if g.w.mainMenu != nil {
		g.w.mainMenu.Refresh()
	}
}

// showTexts puts the reading's text in its pane: the article pane for an
// article, the documents pane for documents (its panes follow the pair,
// see pairTexts); and the line under the title.
func (g *gui) showTexts(snap *app.Snapshot) {
	x := snap.Extraction()
	if snap.Documents() {
		g.w.article.Hide()
		g.w.article.SetExtraction(nil)
		g.docs.texts.Show()
		g.w.meta.SetText(documentsMeta(snap))
		return
	}
	g.docs.texts.Hide()
	g.docs.texts.SetPanes(nil)
	g.w.article.SetExtraction(x)
	g.w.article.Show()
	g.w.meta.SetText(articleMeta(snap))
}

// clearTexts empties both text panes and leaves the usage view.
func (g *gui) clearTexts() {
	g.w.article.SetExtraction(nil)
	g.w.article.Show()
	g.docs.texts.SetPanes(nil)
	g.docs.texts.Hide()
	g.docs.on = false
	g.docs.usage.Hide()
	g.docs.usageBtn.Hide()
}

// documentsTitle names documents: the speakers of their accounts.
func documentsTitle(snap *app.Snapshot) string {
	x := snap.Extraction()
	var names []string
	named := naming.For(x)
	for i := range x.Documents {
		if acc := x.Account(x.Documents[i].ID); acc != nil {
			names = append(names, named.Of(acc.ID))
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

// leaveUsage leaves the view of how the article used the documents, for a
// pair.
func (g *gui) leaveUsage() {
	if !g.docs.on {
		return
	}
	g.docs.on = false
	g.docs.usage.Hide()
	g.docs.usageBtn.Importance = widget.MediumImportance
	g.docs.usageBtn.Refresh()
	g.status("")
}

// pairTexts shows the documents of the pair on show, left and right (the
// three of All three; every account's when there is no pair).
func (g *gui) pairTexts(accountIDs []string) {
	snap := g.shown()
	if !snap.Documents() {
		return
	}
	x := snap.Extraction()
	if len(accountIDs) == 0 {
		for _, acc := range x.Accounts {
			accountIDs = append(accountIDs, acc.ID)
		}
	}
	g.docs.texts.SetPanes(g.panesOf(accountDocuments(x, accountIDs...)...))
}

// panesOf are the panes of documents docs of the reading on show, made
// once per reading.
func (g *gui) panesOf(docs ...string) []Pane {
	x := g.shown().Extraction()
	if g.docs.panesOf != x {
		g.docs.panes, g.docs.panesOf = map[string]Pane{}, x
	}
	var out []Pane
	for _, id := range docs {
		p, ok := g.docs.panes[id]
		if !ok {
			d := x.Document(id)
			if d == nil {
				continue
			}
			p = documentPane(x, d, g.names)
			g.docs.panes[id] = p
		}
		out = append(out, p)
	}
	return out
}

// showUsage shows or leaves the view of how the article used the
// documents. Leaving it goes back to the pair on show.
func (g *gui) showUsage(on bool) {
	u := g.shown().Usage()
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
	g.docs.usage.SetUsage(g.shown().Extraction(), u, g.docs.doc)
	g.docs.doc = g.docs.usage.Document()
	g.docs.usage.Show()
	g.docs.usageBtn.Importance = widget.HighImportance
	g.docs.usageBtn.Refresh()
	g.w.summary.SetComparison(nil, nil, nil)
	g.showUsageTexts()
	g.status(fmt.Sprintf("How %s used the documents: %s. Click a row to see both texts.",
		filepath.Base(u.Article.Name), g.docs.usage.Summary()))
}

// showUsageTexts puts the document on show beside the article.
func (g *gui) showUsageTexts() {
	snap := g.shown()
	panes := g.panesOf(g.docs.doc)
	panes = append(panes, usagePane(snap.Extraction(), snap.Usage(), g.docs.doc))
	g.docs.texts.SetPanes(panes)
	if acc := accountOf(snap.Extraction(), g.docs.doc); acc != "" {
		g.docs.texts.SetFocus(acc)
		g.w.legend.Set(legendUsage, snap.Extraction(), []string{acc}, g.names, false)
		g.relayout()
	}
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
