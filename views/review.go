package views

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"readouts/app"
	"readouts/app/naming"
	"readouts/assets"
)

// reviewState is the reviewer's side of the window: the undo history of
// the review of the article on show, where it is saved, and whether the
// machine reading is on show instead. Its fields are the UI goroutine's,
// except gen and the saver's, which corrections running elsewhere read.
type reviewState struct {
	history *app.History
	file    string // where corrections are saved
	off     string // why corrections cannot be made ("" when they can)
	machine bool   // "Show Machine Reading" is on
	picked  string // the statement the user picked last, for statement corrections

	gen atomic.Int64 // the latest correction: older results are dropped
	// onShow is the generation whose reading is on show. While it lags gen,
	// the rows on screen are about to change, so a correction aimed at them
	// could land on the wrong row: such corrections wait until it catches up.
	onShow int64
	saveMu sync.Mutex
	saved  int64 // the generation last saved, under saveMu
}

// reviewFile is where the review of texts is kept: beside them (see
// app.Texts.ReviewFile), or for the built-in article in the app's storage;
// "" when there is no such place.
func (g *gui) reviewFile(t app.Texts) string {
	if !t.Builtin() {
		return t.ReviewFile()
	}
	if g.inline {
		return "" // a screenshot: the offscreen app has no storage of its own
	}
	root := g.app.Storage().RootURI()
	if root == nil || root.Scheme() != "file" {
		return ""
	}
	return filepath.Join(root.Path(), assets.SeedArticleName+".review.json")
}

// readReview applies the review in file to snap, when there is one. It
// runs on any goroutine. A review that does not belong to snap's text
// comes back as an error, with snap as it was.
func readReview(snap *app.Snapshot, file string) (*app.Snapshot, error) {
	if file == "" {
		return snap, nil
	}
	if _, err := os.Stat(file); errors.Is(err, fs.ErrNotExist) {
		return snap, nil
	}
	rv, err := app.ReadReview(file)
	if err != nil {
		return snap, err
	}
	next, err := snap.WithReview(rv)
	if err != nil {
		return snap, err
	}
	return next, nil
}

// startReviewOf applies to snap, read on the UI goroutine (the built-in
// article, the article named on the command line), its review, and makes
// that the review corrections add to. A review file that cannot be applied
// to snap's text (another text's, or broken) leaves the machine reading
// with corrections off, so that nothing is saved over it, and a dialog
// says why. It returns the reading to show.
func (g *gui) startReviewOf(snap *app.Snapshot) *app.Snapshot {
	file := g.reviewFile(snap.Texts())
	reviewed, err := readReview(snap, file)
	off := ""
	if err != nil {
		off = "the review file belongs to another text"
		dialog.ShowError(fmt.Errorf("%w\nThe machine reading is on show; corrections are off until the file is moved away", err), g.win)
	}
	g.startReview(reviewed, file, off)
	return reviewed
}

// showReviewed shows snap with its review (see startReviewOf) and the pair
// spec names.
func (g *gui) showReviewed(snap *app.Snapshot, spec string) {
	g.setSnapshot(g.startReviewOf(snap), spec)
	g.noteReview()
}

// noteReview says in the status bar how many corrections the review on
// show applied, and from where.
func (g *gui) noteReview() {
	if g.snap.Review() != nil {
		g.status(fmt.Sprintf("Applied %d correction(s) from %s.", g.corrections(), filepath.Base(g.rev.file)))
	}
}

// startReview makes snap's review the one corrections add to: its edits
// are the history (each undoable), saved to file. off, when not "", says
// why corrections are off for this article.
func (g *gui) startReview(snap *app.Snapshot, file, off string) {
	var edits []app.Edit
	if rv := snap.Review(); rv != nil {
		edits = rv.Edits
	}
	g.rev.history = app.NewHistory(edits)
	g.rev.file, g.rev.off = file, off
	if file == "" && off == "" {
		g.rev.off = "there is nowhere to save corrections of this article"
	}
	g.rev.machine = false
	g.rev.picked = ""
	g.rev.onShow = g.rev.gen.Add(1) // results of corrections of the article before are dropped
	g.updateEditMenu()
}

// shown is the reading on show: the corrected one, or the machine's when
// "Show Machine Reading" is on.
func (g *gui) shown() *app.Snapshot {
	if g.rev.machine {
		return g.snap.Machine()
	}
	return g.snap
}

// canCorrect says whether corrections can be made now, and if not, tells
// the user why.
func (g *gui) canCorrect() bool {
	if g.rev.onShow != g.rev.gen.Load() {
		g.status("Applying the last correction; try again in a moment.")
		return false
	}
	return g.canChangeReview()
}

// canChangeReview tells whether the review may change now, saying why not
// in the status bar. Undo and redo ask only this: they act on the list of
// edits, not on the rows on show.
func (g *gui) canChangeReview() bool {
	switch {
	case g.busy():
		g.status("Wait for the work under way to finish, or press Esc to cancel it, then correct.")
		return false
	case g.rev.off != "":
		g.status("Corrections are off: " + g.rev.off + ".")
		return false
	case g.rev.machine:
		g.status("The machine reading is on show: turn off View → Show Machine Reading to make corrections.")
		return false
	}
	return true
}

// correct adds e to the review, shows the corrected reading and saves it.
func (g *gui) correct(label string, e app.Edit) {
	g.correctAll(label, append(slices.Clone(g.rev.history.Edits()), e))
}

// correctAll makes edits the review's new state, reached by label.
func (g *gui) correctAll(label string, edits []app.Edit) {
	if !g.canChangeReview() {
		return
	}
	g.rev.history.Do(label, edits)
	g.applyReview(label + ".")
}

// undo takes back the last correction.
func (g *gui) undo() {
	if g.forwardShortcut(&fyne.ShortcutUndo{}) || !g.canChangeReview() {
		return
	}
	label := g.rev.history.UndoLabel()
	if !g.rev.history.Undo() {
		g.status("Nothing to undo.")
		return
	}
	g.applyReview("Undid: " + label + ".")
}

// redo makes the last undone correction again.
func (g *gui) redo() {
	if g.forwardShortcut(&fyne.ShortcutRedo{}) || !g.canChangeReview() {
		return
	}
	if !g.rev.history.Redo() {
		g.status("Nothing to redo.")
		return
	}
	g.applyReview("Redid: " + g.rev.history.UndoLabel() + ".")
}

// forwardShortcut gives s to the focused widget (an entry undoes its own
// typing) or drops it while a dialog is open; it reports whether it did.
// Menu shortcuts reach the window before the focused widget, so the
// window's Undo must hand on what is not its own.
func (g *gui) forwardShortcut(s fyne.Shortcut) bool {
	c := g.win.Canvas()
	if f, ok := c.Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return true
	}
	return c.Overlays().Top() != nil
}

// applyReview makes the reading of the history's edits off the UI
// goroutine, saves the review, and shows the reading with msg. Only the
// latest correction's result is shown and saved. It is not a job: an edit
// re-compares only the pairs it touches (milliseconds), and a correction
// made while another is under way replaces it, its edits included, so
// there is nothing to cancel. Until the reading is on show, corrections
// aimed at the rows wait (canCorrect). Closing the window waits for the
// save.
func (g *gui) applyReview(msg string) {
	base, pair, file := g.snap, g.pair, g.rev.file
	rv := base.NewReview(file, slices.Clone(g.rev.history.Edits()))
	gen := g.rev.gen.Add(1)
	g.updateEditMenu()
	g.started++
	g.writes.Add(1)
	go func() {
		next, err := base.WithReview(rv)
		if err == nil {
			next.Prepare(pair)
			next.Usage() // made here, not on the UI goroutine; nil without an article to check
			err = g.save(rv, gen)
		}
		g.writes.Done()
		g.post(func() {
			if gen != g.rev.gen.Load() {
				return // a later correction, or another article, came since
			}
			g.rev.onShow = gen
			if next != nil {
				g.showReading(next)
			}
			if err != nil {
				g.status("Could not save the corrections")
				dialog.ShowError(fmt.Errorf("save the corrections: %w", err), g.win)
				return
			}
			g.status(msg + " " + g.outcomeNote())
		})
	}()
}

// save writes rv unless a later correction has been saved already.
func (g *gui) save(rv *app.Review, gen int64) error {
	g.rev.saveMu.Lock()
	defer g.rev.saveMu.Unlock()
	if gen <= g.rev.saved || gen != g.rev.gen.Load() {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(rv.Name), 0o755); err != nil {
		return err
	}
	if err := app.SaveReview(rv); err != nil {
		return err
	}
	g.rev.saved = gen
	return nil
}

// outcomeNote says how many edits are in force and which no longer apply.
func (g *gui) outcomeNote() string {
	outs := g.snap.Outcomes()
	if len(outs) == 0 {
		return "No corrections."
	}
	s := fmt.Sprintf("%d correction(s) saved in %s.", len(outs), filepath.Base(g.rev.file))
	if n := len(app.NotApplied(outs)); n > 0 {
		s += fmt.Sprintf(" %d no longer apply: see Edit → Corrections.", n)
	}
	return s
}

// showReading shows a new reading of the same texts, keeping the pair (or
// the view of how the article used the documents), the selected row and
// the places the rows and the texts were scrolled to.
func (g *gui) showReading(next *app.Snapshot) {
	articleAt, textsAt, rowsAt := g.w.article.Offset(), g.docs.texts.Offsets(), g.w.rows.Offset()
	usageOn := g.docs.on
	rowID := ""
	if g.cmp != nil {
		rowID = g.cmp.RowID(g.w.rows.Selected())
	}
	g.snap = next
	g.rev.picked = "" // ids change with the reading: a pick must be made again
	snap := g.shown()
	x := snap.Extraction()
	g.names = naming.For(x)
	g.w.pairs.SetAccounts(x.Accounts, g.names)
	g.showTexts(snap)
	g.rebuildPairMenu()
	p := g.pair
	if !hasPair(snap, p) {
		p = snap.PickPair("")
	}
	g.showPair(p)
	if usageOn {
		g.showUsage(true)
	}
	g.w.article.SetOffset(articleAt)
	g.docs.texts.SetOffsets(textsAt)
	g.w.rows.SetOffset(rowsAt)
	if rowID != "" {
		g.w.rows.SelectRowID(rowID)
	}
	g.updateEditMenu()
}

// hasPair reports whether the reading still has the accounts of p.
func hasPair(snap *app.Snapshot, p app.Pair) bool {
	x := snap.Extraction()
	if p.All {
		return len(x.Accounts) >= 3
	}
	return x.Account(p.Left) != nil && x.Account(p.Right) != nil
}

// setMachine switches between the corrected and the machine reading.
func (g *gui) setMachine(on bool) {
	if g.rev.machine == on {
		return
	}
	g.rev.machine = on
	g.showReading(g.snap)
	if on {
		g.status("Showing the machine reading: what the extraction found, without the corrections.")
	} else {
		g.status("Showing the corrected reading.")
	}
}

// corrections counts the edits in force that applied.
func (g *gui) corrections() int {
	outs := g.snap.Outcomes()
	return len(outs) - len(app.NotApplied(outs))
}
