package views

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"readouts/app"
)

// docsPicker is the Open Documents dialog: Fyne's file dialog picks one
// file at a time, so this one collects them, with an optional article to
// check against them, and opens them together.
type docsPicker struct {
	g       *gui
	files   []string
	article string
	dir     fyne.ListableURI // where the last file was picked

	list     *widget.List
	empty    *widget.Label
	articleL *widget.Label
	clearArt *widget.Button
	dlg      *dialog.CustomDialog
	openBtn  *widget.Button
}

// showOpenDocuments opens the dialog, with the documents on show listed
// when there are any.
func (g *gui) showOpenDocuments() {
	if g.writing() {
		g.status("A report is being written: wait for it, or press Esc to cancel it.")
		return
	}
	p := &docsPicker{g: g}
	if g.snap != nil {
		t := g.snap.Texts()
		p.files = append(p.files, t.Documents...)
		p.article = t.Article
		if len(t.Documents) == 0 {
			p.article = ""
		}
	}
	p.show()
}

// showAddArticle asks for an article to check against the documents on
// show, and reads them together.
func (g *gui) showAddArticle() {
	if g.writing() || g.snap == nil || len(g.snap.Texts().Documents) == 0 {
		if g.snap != nil && g.snap.Documents() {
			g.status("This dossier was opened as an article: open it with Open Documents… to add an article to check.")
		}
		return
	}
	docs := g.snap.Texts().Documents
	g.pickFile("Article to check", nil, func(path string) {
		g.openTexts(app.Texts{Documents: docs, Article: path})
	})
}

func (p *docsPicker) show() {
	g := p.g
	intro := widget.NewLabel("Each file is one side's own document: a readout, a statement, a briefing. " +
		"A single file with one document under each top-level \"# \" heading (a dossier) works too. " +
		"You can also drop several files on the window at once.")
	intro.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(func() int { return len(p.files) },
		func() fyne.CanvasObject {
			name := widget.NewLabel("")
			name.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon("", theme.DeleteIcon(), nil), name)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(recentLabel(p.files[i]))
			btn := c.Objects[1].(*widget.Button)
			btn.OnTapped = func() { p.remove(i) }
		})
	p.empty = widget.NewLabel("No documents yet: add the files of each side.")
	add := widget.NewButtonWithIcon("Add Document…", theme.ContentAddIcon(), func() {
		g.pickFile("Add a document", p.dir, func(path string) { p.add(path) })
	})
	p.articleL = widget.NewLabel("")
	p.articleL.Truncation = fyne.TextTruncateEllipsis
	chooseArt := widget.NewButton("Choose…", func() {
		g.pickFile("Article to check", p.dir, func(path string) { p.setArticle(path) })
	})
	p.clearArt = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.setArticle("") })
	artRow := container.NewBorder(nil, nil, widget.NewLabel("Article to check (optional):"),
		container.NewHBox(chooseArt, p.clearArt), p.articleL)
	listBox := container.NewStack(p.empty, p.list)
	content := container.NewBorder(container.NewVBox(intro, container.NewHBox(add)), artRow, nil, nil, listBox)

	p.openBtn = widget.NewButtonWithIcon("Open", theme.FolderOpenIcon(), p.open)
	p.openBtn.Importance = widget.HighImportance
	cancel := widget.NewButton("Cancel", func() { p.dlg.Hide() })
	p.dlg = dialog.NewCustomWithoutButtons("Open Documents", content, g.win)
	p.dlg.SetButtons([]fyne.CanvasObject{cancel, p.openBtn})
	p.refresh()
	p.dlg.Resize(fyne.NewSize(fyne.Min(g.win.Canvas().Size().Width-60, 720), fyne.Min(g.win.Canvas().Size().Height-60, 460)))
	p.dlg.Show()
}

func (p *docsPicker) add(path string) {
	for _, f := range p.files {
		if f == path {
			return
		}
	}
	p.files = append(p.files, path)
	if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(path))); err == nil {
		p.dir = l
	}
	p.refresh()
}

func (p *docsPicker) remove(i int) {
	if i >= 0 && i < len(p.files) {
		p.files = append(p.files[:i:i], p.files[i+1:]...)
	}
	p.refresh()
}

func (p *docsPicker) setArticle(path string) {
	p.article = path
	p.refresh()
}

func (p *docsPicker) refresh() {
	p.list.Refresh()
	if len(p.files) == 0 {
		p.empty.Show()
		p.openBtn.Disable()
	} else {
		p.empty.Hide()
		p.openBtn.Enable()
	}
	if p.article == "" {
		p.articleL.SetText("none")
		p.clearArt.Disable()
	} else {
		p.articleL.SetText(recentLabel(p.article))
		p.clearArt.Enable()
	}
}

func (p *docsPicker) open() {
	if len(p.files) == 0 {
		return
	}
	p.dlg.Hide()
	p.g.openTexts(app.Texts{Documents: append([]string{}, p.files...), Article: p.article})
}

// pickFile asks for one text file and hands its path to use.
func (g *gui) pickFile(title string, dir fyne.ListableURI, use func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("%s: %w", title, err), g.win)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		use(path)
	}, g.win)
	d.SetFilter(storage.NewExtensionFileFilter(articleExtensions))
	if dir == nil && g.snap != nil && g.snap.Path() != "" {
		dir, _ = storage.ListerForURI(storage.NewFileURI(filepath.Dir(g.snap.Path())))
	}
	if dir != nil {
		d.SetLocation(dir)
	}
	d.Show()
	d.Resize(fyne.NewSize(fyne.Min(g.win.Canvas().Size().Width-80, 900), fyne.Min(g.win.Canvas().Size().Height-80, 640)))
}
