package review

import (
	"reflect"
	"testing"
)

func TestHistoryUndoRedo(t *testing.T) {
	a := Edit{Op: Drop, Span: &Span{1, 2}}
	b := Edit{Op: Rename, Account: "x", Speaker: "X"}
	c := Edit{Op: Earlier, Span: &Span{3, 4}}
	h := NewHistory([]Edit{a, b})
	steps := []struct {
		name       string
		do         func() bool
		want       []Edit
		undo, redo string
	}{
		{"start at the file's edits", func() bool { return true }, []Edit{a, b}, "Rename x", ""},
		{"undo an edit of an earlier session", h.Undo, []Edit{a}, "Not a statement", "Rename x"},
		{"undo to no edits", h.Undo, []Edit{}, "", "Not a statement"},
		{"nothing more to undo", func() bool { return !h.Undo() }, []Edit{}, "", "Not a statement"},
		{"redo", h.Redo, []Edit{a}, "Not a statement", "Rename x"},
		{"a new edit forgets what could be redone", func() bool { h.Push(c); return true }, []Edit{a, c}, "About an earlier event", ""},
		{"nothing to redo", func() bool { return !h.Redo() }, []Edit{a, c}, "About an earlier event", ""},
		{"undo the new edit", h.Undo, []Edit{a}, "Not a statement", "About an earlier event"},
		{"a labelled state", func() bool { h.Do("Quote / paraphrase", []Edit{b}); return true }, []Edit{b}, "Quote / paraphrase", ""},
	}
	for _, s := range steps {
		if !s.do() {
			t.Fatalf("%s: refused", s.name)
		}
		if got := h.Edits(); !reflect.DeepEqual(got, s.want) && !(len(got) == 0 && len(s.want) == 0) {
			t.Fatalf("%s: edits %v, want %v", s.name, got, s.want)
		}
		if h.UndoLabel() != s.undo || h.RedoLabel() != s.redo {
			t.Fatalf("%s: undo %q redo %q, want %q and %q", s.name, h.UndoLabel(), h.RedoLabel(), s.undo, s.redo)
		}
	}
}

func TestHistoryStatesAreNotShared(t *testing.T) {
	h := NewHistory(nil)
	h.Push(Edit{Op: Drop, Span: &Span{1, 2}})
	first := h.Edits()
	h.Undo()
	h.Push(Edit{Op: Drop, Span: &Span{5, 6}})
	if first[0].Span[0] != 1 {
		t.Fatal("a new state overwrote an old one")
	}
}
