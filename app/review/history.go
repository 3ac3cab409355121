package review

import "slices"

// History is the undo and redo of a review: a list of edit lists, each a
// state the review has been in, and the one in force. A correction is a
// new state (usually one edit more); undo and redo move between states.
// A review read from a file starts with every prefix of its edits, so each
// correction made in an earlier session can be undone one by one too.
//
// States are never modified once recorded; Edits returns one to read.
type History struct {
	states []state
	at     int
}

type state struct {
	edits []Edit
	label string // what the step to this state did: "Move to account"
}

// NewHistory starts a history at edits, reachable from no edits by undo,
// one edit at a time.
func NewHistory(edits []Edit) *History {
	h := &History{}
	for i := 0; i <= len(edits); i++ {
		label := ""
		if i > 0 {
			label = Describe(edits[i-1])
		}
		h.states = append(h.states, state{edits: slices.Clip(edits[:i:i]), label: label})
	}
	h.at = len(edits)
	return h
}

// Edits is the list of edits in force. Callers must not modify it.
func (h *History) Edits() []Edit { return h.states[h.at].edits }

// Do records edits as the new state, reached by the step label; what could
// be redone is forgotten.
func (h *History) Do(label string, edits []Edit) {
	h.states = append(h.states[:h.at+1], state{edits: slices.Clip(slices.Clone(edits)), label: label})
	h.at++
}

// Push records the edits in force and e as the new state.
func (h *History) Push(e Edit) {
	h.Do(Describe(e), append(slices.Clone(h.Edits()), e))
}

// CanUndo reports whether there is a state before the one in force.
func (h *History) CanUndo() bool { return h.at > 0 }

// CanRedo reports whether an undone state can be reached again.
func (h *History) CanRedo() bool { return h.at < len(h.states)-1 }

// Undo goes back one state; it reports false when there is none.
func (h *History) Undo() bool {
	if !h.CanUndo() {
		return false
	}
	h.at--
	return true
}

// Redo goes forward one state; it reports false when there is none.
func (h *History) Redo() bool {
	if !h.CanRedo() {
		return false
	}
	h.at++
	return true
}

// UndoLabel names the step Undo would take back, "" when none.
func (h *History) UndoLabel() string {
	if !h.CanUndo() {
		return ""
	}
	return h.states[h.at].label
}

// RedoLabel names the step Redo would take again, "" when none.
func (h *History) RedoLabel() string {
	if !h.CanRedo() {
		return ""
	}
	return h.states[h.at+1].label
}

// Describe names what an edit does, for menus: "Move to account".
func Describe(e Edit) string {
	switch e.Op {
	case Assign:
		return "Move to " + e.Account
	case Drop:
		return "Not a statement"
	case Add:
		return "Add statement of " + e.Account
	case Earlier:
		return "About an earlier event"
	case Merge:
		return "Merge into " + e.Into
	case Rename:
		return "Rename " + e.Account
	case SetVerdict:
		return "Set verdict of " + e.Topic
	case Link:
		return "Link statements"
	}
	return string(e.Op)
}
