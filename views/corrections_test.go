package views

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"readouts/app"
	"readouts/assets"
)

// articleCopy writes the built-in article to a temporary folder, so that
// its review is written beside it there.
func articleCopy(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "call.txt")
	if err := os.WriteFile(p, assets.SeedArticle, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// openOn starts the window on the article at path, read as the command
// line reads it.
func openOn(t *testing.T, a fyne.App, path string) *gui {
	t.Helper()
	s, err := app.NewSession(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var snap *app.Snapshot
	if path != "" {
		if snap, err = s.Load(t.Context(), path); err != nil {
			t.Fatal(err)
		}
	}
	return newTestGUI(t, a, app.WindowOptions{Session: s, Article: snap})
}

// press sends a key to what has the keyboard: the dialog's first field.
func press(t *testing.T, g *gui, k fyne.KeyName) {
	t.Helper()
	f := g.win.Canvas().Focused()
	if f == nil {
		t.Fatalf("nothing has the keyboard to press %s", k)
	}
	f.TypedKey(&fyne.KeyEvent{Name: k})
}

// typeInNext moves the keyboard to the next field and types s there.
func typeInNext(t *testing.T, g *gui, s string) {
	t.Helper()
	g.win.Canvas().FocusNext()
	f := g.win.Canvas().Focused()
	if f == nil {
		t.Fatal("no next field")
	}
	for _, r := range s {
		f.TypedRune(r)
	}
}

// standard presses a standard shortcut (undo, redo) on the canvas, as the
// keyboard does with nothing focused.
func standard(g *gui, s fyne.Shortcut) {
	c := any(g.win.Canvas())
	if sc, ok := c.(fyne.Shortcutable); ok {
		sc.TypedShortcut(s)
		return
	}
	inner := reflect.ValueOf(c).Elem().FieldByName("WindowlessCanvas").Interface()
	inner.(fyne.Shortcutable).TypedShortcut(s)
}

// statementAt is the account holding a statement that starts at start in
// the reading on show, and the statement's id.
func statementAt(g *gui, start int) (string, string) {
	for _, a := range g.shown().Extraction().Accounts {
		for _, st := range a.Statements {
			if st.Start == start {
				return a.ID, st.ID
			}
		}
	}
	return "", ""
}

func reviewEdits(t *testing.T, path string) []app.Edit {
	t.Helper()
	rv, err := app.ReadReview(app.ReviewPath(path))
	if err != nil {
		t.Fatal(err)
	}
	return rv.Edits
}

// TestCorrectionsInTheWindow makes, from the keyboard, each correction the
// end-to-end test makes in the real window, undoes and redoes them, and
// starts the window again on the article to find them applied.
func TestCorrectionsInTheWindow(t *testing.T) {
	path := articleCopy(t)
	a := test.NewTempApp(t)
	g := openOn(t, a, path)
	text := g.snap.Extraction().Article.Text
	left, right := g.pair.Left, g.pair.Right

	// 1. Select text and add it as a statement of the pair's left account.
	phrase := "He added that"
	at := strings.Index(text, phrase)
	g.w.article.Select(at, at+len(phrase))
	if _, _, ok := g.w.article.Selection(); !ok || g.w.article.addButton.Disabled() {
		t.Fatal("a selection does not offer Add")
	}
	g.showAdd()
	press(t, g, fyne.KeyReturn)
	wait(t, g)
	if acc, id := statementAt(g, at); acc != left || g.snap.Mark(id) != "added" {
		t.Fatalf("the selection is a statement of %q (%s), want an added statement of %s", acc, g.snap.Mark(id), left)
	}

	// 2. Move the first statement of the first row to the right account.
	g.w.rows.Select(0)
	moved := g.snap.Extraction().Statement(g.cmp.Rows[0].Left[0])
	g.showMove(g.candidates())
	press(t, g, fyne.KeyReturn)
	wait(t, g)
	if acc, _ := statementAt(g, moved.Start); acc != right {
		t.Fatalf("the moved statement is in %q, want %s", acc, right)
	}

	// 3. Set the verdict of the first row, with a note.
	g.w.rows.Select(0)
	was := g.cmp.Rows[0].Verdict
	g.showVerdict(0)
	press(t, g, fyne.KeyRight) // the next verdict
	typeInNext(t, g, "checked against the readout")
	// Return in the note submits too; pressed on the drop-down, it leaves
	// no entry redrawing itself while the correction is shown (the test
	// driver runs fyne.Do at once, on the correction's goroutine).
	g.win.Canvas().FocusPrevious()
	press(t, g, fyne.KeyReturn)
	wait(t, g)
	rv := g.cmp.Review(0)
	if rv == nil || rv.Note != "checked against the readout" || g.cmp.Rows[0].Verdict == was {
		t.Fatalf("row 0: verdict %s (was %s), review %+v", g.cmp.Rows[0].Verdict, was, rv)
	}
	if !strings.Contains(g.w.summary.Text(), "Reviewed: 3") {
		t.Errorf("summary %q does not count the corrections", g.w.summary.Text())
	}
	if n := len(reviewEdits(t, path)); n != 3 {
		t.Fatalf("the review file has %d edits, want 3", n)
	}

	// Undo and redo the verdict.
	standard(g, &fyne.ShortcutUndo{})
	wait(t, g)
	if g.cmp.Review(0) != nil || len(reviewEdits(t, path)) != 2 {
		t.Fatal("undo left the verdict")
	}
	standard(g, &fyne.ShortcutRedo{})
	wait(t, g)
	if g.cmp.Review(0) == nil || len(reviewEdits(t, path)) != 3 {
		t.Fatal("redo did not bring the verdict back")
	}

	// The machine reading shows none of it, and makes no correction.
	g.setMachine(true)
	if acc, _ := statementAt(g, at); acc != "" || g.cmp.Review(0) != nil || !strings.Contains(g.w.summary.Text(), "Machine reading") {
		t.Fatal("the machine reading shows corrections")
	}
	g.showVerdict(0)
	if g.win.Canvas().Overlays().Top() != nil {
		t.Fatal("a correction dialog opened on the machine reading")
	}
	g.setMachine(false)

	// Started again, the window finds all three.
	g.quit()
	again := openOn(t, test.NewTempApp(t), path)
	if acc, _ := statementAt(again, at); acc != left {
		t.Error("after a restart the added statement is gone")
	}
	if acc, _ := statementAt(again, moved.Start); acc != right {
		t.Error("after a restart the moved statement is back")
	}
	if again.cmp.Review(0) == nil {
		t.Error("after a restart the verdict is gone")
	}
	// …and each can still be undone.
	for i := 3; i > 0; i-- {
		standard(again, &fyne.ShortcutUndo{})
		wait(t, again)
	}
	if n := len(reviewEdits(t, path)); n != 0 {
		t.Fatalf("after undoing everything the review has %d edits", n)
	}
}

func TestStatementMenuCorrections(t *testing.T) {
	path := articleCopy(t)
	g := openOn(t, test.NewTempApp(t), path)
	st := g.snap.Extraction().Statement(g.cmp.Rows[0].Left[0])
	tests := []struct {
		name  string
		item  string
		check func() bool
	}{
		{"not a statement", "Not a Statement", func() bool { acc, _ := statementAt(g, st.Start); return acc == "" }},
		{"about an earlier event", "About an Earlier Event", func() bool {
			for _, e := range g.snap.Extraction().Earlier {
				if e.Start == st.Start {
					return true
				}
			}
			return false
		}},
		{"quote or paraphrase", "Mark as", func() bool {
			_, id := statementAt(g, st.Start)
			s := g.snap.Extraction().Statement(id)
			return s != nil && s.Kind != st.Kind
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items := g.statementItems(st.ID)
			found := false
			for _, it := range items {
				if strings.HasPrefix(it.Label, tc.item) {
					it.Action()
					found = true
				}
			}
			if !found {
				t.Fatalf("no menu item %q", tc.item)
			}
			wait(t, g)
			if !tc.check() {
				t.Fatalf("%s did not apply", tc.item)
			}
			standard(g, &fyne.ShortcutUndo{})
			wait(t, g)
			if acc, _ := statementAt(g, st.Start); acc == "" {
				t.Fatal("undo did not bring the statement back")
			}
		})
	}
}

func TestBuiltinReviewKeptInStorage(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	if g.rev.file == "" || !strings.HasPrefix(g.rev.file, os.TempDir()) {
		t.Fatalf("the built-in article's review goes to %q, want the app's storage", g.rev.file)
	}
	g.w.rows.Select(0)
	g.showVerdict(0)
	press(t, g, fyne.KeyReturn)
	wait(t, g)
	if _, err := os.Stat(g.rev.file); err != nil {
		t.Fatalf("no review in storage: %v", err)
	}
	again := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	if again.snap.Review() == nil || len(again.snap.Review().Edits) != 1 {
		t.Fatal("the built-in article's review was not read again")
	}
}

func TestReviewOfAnotherTextAtStart(t *testing.T) {
	path := articleCopy(t)
	other := `{"schema": "readouts.review/v1", "article": {"sha256": "` + strings.Repeat("0", 64) + `"}, "edits": []}`
	if err := os.WriteFile(app.ReviewPath(path), []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	g := openOn(t, test.NewTempApp(t), path)
	if g.win.Canvas().Overlays().Top() == nil {
		t.Error("no dialog says the review belongs to another text")
	}
	if g.snap.Review() != nil || g.rev.off == "" {
		t.Fatal("a review of another text was applied, or corrections are on")
	}
	g.w.rows.Select(0)
	g.unlink(0)
	if data, _ := os.ReadFile(app.ReviewPath(path)); string(data) != other {
		t.Fatal("the other text's review was written over")
	}
}

func TestOpenRefusesAReviewOfAnotherText(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	before := g.snap
	path := articleCopy(t)
	other := `{"schema": "readouts.review/v1", "article": {"sha256": "` + strings.Repeat("0", 64) + `"}, "edits": []}`
	if err := os.WriteFile(app.ReviewPath(path), []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	g.open(path)
	wait(t, g)
	if g.snap != before {
		t.Fatal("the article opened with a review of another text; the open comparison should stay")
	}
	if g.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no dialog")
	}
}

func TestEvidenceOnHoverAndPick(t *testing.T) {
	g := newTestGUI(t, test.NewTempApp(t), app.WindowOptions{})
	id := g.cmp.Rows[0].Left[0]
	st := g.snap.Extraction().Statement(id)
	g.w.article.Pick(id)
	info := g.w.article.Info()
	// The account by its name, never by an id.
	for _, want := range []string{g.names.Of(st.Account), st.Speaker, string(st.Kind), "confidence", "cue “", "channel " + st.Channel + ": "} {
		if !strings.Contains(info, want) {
			t.Errorf("evidence %q does not say %q", info, want)
		}
	}
	if strings.Contains(info, id) {
		t.Errorf("evidence %q shows the id %s", info, id)
	}
}

func TestSelectionByDragAndShiftClick(t *testing.T) {
	ht := NewHighlightText("The two leaders spoke by phone on Tuesday.", nil)
	ht.Selectable = true
	var got [2]int
	ht.OnSelected = func(s, e int) { got = [2]int{s, e} }
	w := test.NewWindow(ht)
	defer w.Close()
	w.Resize(fyne.NewSize(600, 100))
	start, end := ht.OffsetAt(fyne.NewPos(1, 2)), ht.OffsetAt(fyne.NewPos(2000, 2))
	if start != 0 || end != len(ht.Text) {
		t.Fatalf("offsets at the ends: %d, %d", start, end)
	}
	// The start of "two", found by position, then a drag to the end of "leaders".
	p2 := posOf(t, ht, strings.Index(ht.Text, "two"))
	p3 := posOf(t, ht, strings.Index(ht.Text, " spoke"))
	ht.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p2}, Button: desktop.MouseButtonPrimary})
	ht.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: p3}})
	ht.DragEnd()
	if s, e, ok := ht.Selection(); !ok || ht.Text[s:e] != "two leaders" || got != [2]int{s, e} {
		t.Fatalf("dragged selection %q (reported %v)", ht.Text[s:e], got)
	}
	// A click clears it; a press and a shift-click select again.
	test.Tap(ht)
	if _, _, ok := ht.Selection(); ok {
		t.Fatal("a click kept the selection")
	}
	ht.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p2}, Button: desktop.MouseButtonPrimary})
	ht.Tapped(&fyne.PointEvent{Position: p2})
	shift := desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p3}, Button: desktop.MouseButtonPrimary,
		Modifier: fyne.KeyModifierShift}
	ht.MouseDown(&shift)
	ht.Tapped(&fyne.PointEvent{Position: p3})
	if s, e, ok := ht.Selection(); !ok || ht.Text[s:e] != "two leaders" {
		t.Fatalf("shift-click selection %q", ht.Text[s:e])
	}
}

func TestStatementSpan(t *testing.T) {
	tests := []struct {
		sel, want string
		kind      string
	}{
		{"  said the talks went well ", "said the talks went well", "paraphrase"},
		{"“We are on track.”", "We are on track.", "quote"},
		{"\"Yes\"", "Yes", "quote"},
		{"“", "“", "paraphrase"},
	}
	for _, tc := range tests {
		s, e, k := statementSpan(tc.sel, 0, len(tc.sel))
		if tc.sel[s:e] != tc.want || string(k) != tc.kind {
			t.Errorf("statementSpan(%q) = %q %s, want %q %s", tc.sel, tc.sel[s:e], k, tc.want, tc.kind)
		}
	}
}

// posOf is a point just inside the character boundary at byte off of ht,
// where OffsetAt finds off again: off must start or end a word.
func posOf(t *testing.T, ht *HighlightText, off int) fyne.Position {
	t.Helper()
	s := ht.shape()
	l := ht.layoutFor(ht.Size().Width)
	for k, sg := range s.segs {
		switch off {
		case sg.start:
			return l.pos[k].AddXY(1, 2)
		case sg.end:
			return l.pos[k].AddXY(sg.w-1, 2)
		}
	}
	t.Fatalf("offset %d starts or ends no word", off)
	return fyne.Position{}
}
