package views

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
)

// widgets are the parts of the window the gui updates.
type widgets struct {
	title     *HighlightText
	meta      *HighlightText
	header    *header // the title and Open, Export and the others beside it
	pairs     *PairBar
	summary   *Summary
	legend    *Legend
	rows      *ComparisonView
	matrix    *MatrixView
	article   *ArticleView
	open      *widget.Button
	export    *widget.Button
	progress  *widget.ProgressBarInfinite
	cancel    *widget.Button // stops the job running (Esc)
	status    *widget.Label
	statusBar *fyne.Container // status, progress and Cancel
	split     *container.Split
	// content is the window's content; top and bottom the parts above and
	// below the panes, which wrap to the window's width.
	content, top, bottom *fyne.Container

	edit       editItems
	pairMenu   *fyne.Menu
	recentItem *fyne.MenuItem
	themeItems map[string]*fyne.MenuItem
	diffsItem  *fyne.MenuItem
	mainMenu   *fyne.MainMenu
}

// build lays out the window: header (title, Open, Export), pair switcher,
// summary, then rows beside the article, and the legend and the status at
// the bottom. The parts above and below the panes wrap to the window's
// width, so a narrow window cuts nothing off.
func (g *gui) build() {
	w := &g.w
	w.title = NewHighlightText("", nil)
	w.title.TextStyle = fyne.TextStyle{Bold: true}
	w.title.SizeName = theme.SizeNameSubHeadingText
	w.meta = NewHighlightText("", nil)
	w.meta.TextColor = ColorMuted
	w.open = widget.NewButtonWithIcon("Open…", theme.FolderOpenIcon(), g.showOpen)
	w.export = widget.NewButtonWithIcon("Export PDF…", theme.DocumentSaveIcon(), g.showExport)

	w.pairs = NewPairBar()
	w.pairs.OnChanged = g.showPair
	w.pairs.OnRefused = g.status
	w.summary = NewSummary()
	w.legend = NewLegend()
	w.legend.OnHelp = g.showHelp
	w.legend.OnDiffs = g.setShowDiffs

	w.rows = NewComparisonView()
	w.rows.OnStatementTapped = func(id string) {
		g.rev.picked = id
		g.text().Mark(id)
		g.text().Pick(id)
	}
	w.rows.OnRowSelected = func(_ int, ids []string) {
		g.rev.picked = ""
		g.text().Mark(ids...)
	}
	w.rows.OnMenu = g.rowMenu
	w.rows.OnAccountMenu = g.accountMenu
	w.matrix = NewMatrixView()
	w.matrix.OnCellTapped = func(_, _ string, ids []string) { g.text().Mark(ids...) }
	w.matrix.TopicLabel = g.topicLabel
	w.matrix.Hide()
	w.article = NewArticleView()
	w.article.OnStatementTapped = g.statementInArticle
	w.article.OnMenu = g.articleMenu
	w.article.OnAdd = g.showAdd
	w.article.Describe = g.evidence
	w.edit.machineCheck = widget.NewCheck("Machine reading", g.setMachine)
	g.buildDocs()

	w.progress = widget.NewProgressBarInfinite()
	w.progress.Hide()
	w.progress.Stop()
	w.cancel = widget.NewButtonWithIcon("Cancel (Esc)", theme.CancelIcon(), func() { g.cancelJob() })
	w.cancel.Importance = widget.LowImportance
	w.cancel.Hide()
	w.status = widget.NewLabel("")
	w.status.Truncation = fyne.TextTruncateEllipsis

	w.header = newHeader(w.title, w.meta,
		[]fyne.CanvasObject{w.edit.machineCheck, w.open, g.docs.openBtn, g.docs.usageBtn, w.export},
		w.edit.machineCheck, g.docs.openBtn) // the View and File menus have them too
	width := func() float32 {
		if w.content != nil && w.content.Size().Width > 0 {
			return w.content.Size().Width
		}
		return g.win.Canvas().Size().Width
	}
	w.top = container.New(&widthStack{view: width}, w.header, w.pairs, w.summary, widget.NewSeparator())
	w.split = container.NewHSplit(container.NewStack(w.rows, w.matrix, g.docs.usage), container.NewStack(w.article, g.docs.texts))
	w.split.Offset = 0.6
	w.status.Alignment = fyne.TextAlignTrailing
	progress := container.NewHBox(container.NewGridWrap(fyne.NewSize(140, w.progress.MinSize().Height), w.progress), w.cancel)
	w.statusBar = container.NewBorder(nil, nil, nil, progress, w.status)
	w.statusBar.Hide()
	w.bottom = container.New(&widthStack{view: width}, widget.NewSeparator(), w.legend, w.statusBar)
	w.content = container.NewBorder(w.top, w.bottom, nil, nil, w.split)
	g.win.SetContent(w.content)

	g.buildMenus()
	g.bindKeys()
	g.win.SetOnDropped(g.dropped)
	g.win.SetOnClosed(g.saveWindow)
}

// relayout lays out the parts above and below the panes again, after
// what they show changed (another article, another pair, a message): they
// may need more lines, or fewer.
func (g *gui) relayout() {
	w := &g.w
	if w.content == nil {
		return
	}
	// The content's own layout, not its Refresh: that would redraw the
	// panes too, which have not changed.
	w.content.Layout.Layout(w.content.Objects, w.content.Size())
	w.top.Refresh()
	w.bottom.Refresh()
	canvas.Refresh(w.content)
}

func ctrl(k fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// buildMenus sets the main menu; every item shows its shortcut.
func (g *gui) buildMenus() {
	w := &g.w
	open := fyne.NewMenuItem("Open…", g.showOpen)
	open.Shortcut = ctrl(fyne.KeyO)
	w.recentItem = fyne.NewMenuItem("Open Recent", nil)
	w.recentItem.ChildMenu = fyne.NewMenu("")
	g.rebuildRecent(g.prefs.recent())
	builtin := fyne.NewMenuItem("Open Built-in Article", g.openBuiltin)
	openDocs := fyne.NewMenuItem("Open Documents…", g.showOpenDocuments)
	openDocs.Shortcut = keyOpenDocuments
	export := fyne.NewMenuItem("Export PDF…", g.showExport)
	export.Shortcut = ctrl(fyne.KeyE)
	quit := fyne.NewMenuItem("Quit", g.quit)
	quit.IsQuit = true
	quit.Shortcut = ctrl(fyne.KeyQ)
	file := fyne.NewMenu("File", open, openDocs, g.docs.addArticleItem, w.recentItem, builtin, fyne.NewMenuItemSeparator(), export, fyne.NewMenuItemSeparator(), quit)

	w.pairMenu = fyne.NewMenu("Compare")
	find := fyne.NewMenuItem("Find in Article…", func() { g.text().ShowFind() })
	find.Shortcut = ctrl(fyne.KeyF)
	w.themeItems = map[string]*fyne.MenuItem{}
	var themeMenu []*fyne.MenuItem
	for _, t := range []struct{ name, label string }{{themeLight, "Light"}, {themeDark, "Dark"}, {themeSystem, "Follow System"}} {
		t := t
		it := fyne.NewMenuItem(t.label, func() { g.setTheme(t.name) })
		w.themeItems[t.name] = it
		themeMenu = append(themeMenu, it)
	}
	themeItem := fyne.NewMenuItem("Theme", nil)
	themeItem.ChildMenu = fyne.NewMenu("", themeMenu...)
	w.edit.machine = fyne.NewMenuItem("Show Machine Reading", func() { g.setMachine(!g.rev.machine) })
	w.diffsItem = fyne.NewMenuItem("Word Differences in Every Row", func() { g.setShowDiffs(!g.w.rows.ShowDiffs()) })
	w.diffsItem.Shortcut = keyDiffs
	view := fyne.NewMenu("View", find, g.docs.usageItem, w.edit.machine, w.diffsItem, fyne.NewMenuItemSeparator(), themeItem)
	about := fyne.NewMenuItem("About Readouts", func() {
		dialog.ShowInformation("About Readouts", fmt.Sprintf("Readouts %s\nCompare the accounts of a call or meeting, side by side, linked to the article.", app.Version), g.win)
	})
	help := fyne.NewMenuItem("How to Read This (F1)", g.showHelp)
	w.mainMenu = fyne.NewMainMenu(file, g.editMenu(), w.pairMenu, view, fyne.NewMenu("Help", help, about))
	g.markTheme()
	g.win.SetMainMenu(w.mainMenu)
}

// rebuildPairMenu lists the quick pairs of the article with Ctrl+1…4.
func (g *gui) rebuildPairMenu() {
	m := g.w.pairMenu
	if m == nil {
		return
	}
	m.Items = nil
	keys := []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4}
	for i, p := range g.w.pairs.QuickPairs() {
		p := p
		it := fyne.NewMenuItem(g.w.pairs.Label(p), func() { g.showPair(p) })
		if i < len(keys) {
			it.Shortcut = ctrl(keys[i])
		}
		m.Items = append(m.Items, it)
	}
	if len(m.Items) == 0 {
		m.Items = append(m.Items, fyne.NewMenuItem("No pair to compare", nil))
		m.Items[0].Disabled = true
	}
	m.Refresh()
}

// bindKeys registers the shortcuts the menus show, and ↑/↓ for rows.
func (g *gui) bindKeys() {
	c := g.win.Canvas()
	c.AddShortcut(ctrl(fyne.KeyO), func(fyne.Shortcut) { g.showOpen() })
	c.AddShortcut(ctrl(fyne.KeyE), func(fyne.Shortcut) { g.showExport() })
	c.AddShortcut(ctrl(fyne.KeyF), func(fyne.Shortcut) { g.text().ShowFind() })
	c.AddShortcut(keyOpenDocuments, func(fyne.Shortcut) { g.showOpenDocuments() })
	c.AddShortcut(ctrl(fyne.KeyU), func(fyne.Shortcut) { g.showUsage(!g.docs.on) })
	c.AddShortcut(ctrl(fyne.KeyQ), func(fyne.Shortcut) { g.quit() })
	c.AddShortcut(keyDiffs, func(fyne.Shortcut) { g.setShowDiffs(!g.w.rows.ShowDiffs()) })
	for i, k := range []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4} {
		i := i
		c.AddShortcut(ctrl(k), func(fyne.Shortcut) { g.choosePair(i) })
	}
	g.bindEditKeys()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyUp, fyne.KeyDown:
			delta := 1
			if ev.Name == fyne.KeyUp {
				delta = -1
			}
			if g.docs.on {
				g.docs.usage.SelectNext(delta)
			} else if g.w.matrix.Visible() {
				g.w.matrix.SelectNext(delta)
			} else {
				g.w.rows.SelectNext(delta)
			}
		case fyne.KeyEscape:
			if !g.cancelJob() {
				g.text().HideFind()
			}
		case fyne.KeyF1:
			g.showHelp()
		}
	})
}

// setTheme switches and remembers the theme.
func (g *gui) setTheme(name string) {
	g.prefs.setTheme(name)
	g.app.Settings().SetTheme(newTheme(name))
	g.markTheme()
}

func (g *gui) markTheme() {
	cur := newTheme(g.prefs.theme()).name
	if t, ok := g.app.Settings().Theme().(*readoutsTheme); ok {
		cur = t.name
	}
	for name, it := range g.w.themeItems {
		it.Checked = name == cur
	}
	if g.w.mainMenu != nil {
		g.w.mainMenu.Refresh()
	}
}
