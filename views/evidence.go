package views

import (
	"fmt"
	"strings"

	"readouts/app"
	"readouts/sources"
)

// statementEvidence says why a statement was attributed as it was: whose
// it is and through which channel, quote or paraphrase, how sure the
// extraction was, and what a reviewer changed. It is what the article's
// strip shows on hover and on a pick, and what "Attribution Evidence…"
// shows. The extraction's own evidence (the cue words, why this channel)
// goes here as sources gives it.
func statementEvidence(st sources.Statement, mark app.Mark) string {
	var b strings.Builder
	who := st.Speaker
	if st.Channel != "" {
		who += " — " + st.Channel
	}
	fmt.Fprintf(&b, "%s · %s · %s, confidence %.2f", st.ID, who, st.Kind, st.Confidence)
	if st.Earlier {
		b.WriteString(" · about an earlier event, kept out of the accounts")
	}
	switch mark {
	case "":
	case app.Mark("added"):
		b.WriteString(" · Reviewed: added by the reviewer")
	default:
		fmt.Fprintf(&b, " · Reviewed: %s", mark)
	}
	return b.String()
}

// findStatement is the statement id of x, in an account or among those
// about earlier events; nil when there is none.
func findStatement(x *sources.Extraction, id string) *sources.Statement {
	if st := x.Statement(id); st != nil {
		return st
	}
	for i := range x.Earlier {
		if x.Earlier[i].ID == id {
			return &x.Earlier[i]
		}
	}
	return nil
}

// evidence is statementEvidence of a statement of the reading on show.
func (g *gui) evidence(id string) string {
	snap := g.shown()
	st := findStatement(snap.Extraction(), id)
	if st == nil {
		return ""
	}
	return statementEvidence(*st, snap.Mark(id))
}
