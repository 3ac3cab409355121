package views

import (
	"fmt"
	"strings"

	"readouts/app"
	"readouts/sources"
)

// statementEvidence says why a statement was attributed as it was: whose
// it is (who, the account's name), quote or paraphrase, how sure the
// extraction was, what a reviewer
// changed, the extraction's evidence (the cue words, the speaker phrase and
// how it led to the speaker), the channel and why it was chosen, and why
// the statement is about an earlier event. src is the text the statement's
// spans index (its document's, in documents mode). It is what the
// article's strip shows on hover and on a pick, and what "Attribution
// Evidence…" shows, a line per part.
func statementEvidence(st sources.Statement, who, src string, mark app.Mark) string {
	kind := "quote"
	if st.Kind != sources.Quote {
		kind = "paraphrase (the article's words)"
		if st.Document != "" {
			kind = "paraphrase (the document's words)"
		}
	}
	var parts []string
	if who != "" && who != st.Speaker {
		parts = append(parts, who)
	}
	parts = append(parts, st.Speaker, fmt.Sprintf("%s, confidence %.2f", kind, st.Confidence))
	switch mark {
	case "":
	case app.Mark("added"):
		parts = append(parts, "Reviewed: added by the reviewer")
	default:
		// The evidence that follows is the extraction's, as it read the
		// statement before the correction.
		parts = append(parts, fmt.Sprintf("Reviewed: %s; the extraction's evidence:", mark))
	}
	if st.SaidBy != "" {
		parts = append(parts, "said by "+st.SaidBy)
	}
	var why string // why the channel, after its name
	if ev := st.Evidence; ev != nil {
		parts = append(parts, evidenceParts(ev, src)...)
		why = ev.Channel
	}
	switch {
	case st.Channel != "" && why != "":
		parts = append(parts, fmt.Sprintf("channel %s: %s", st.Channel, why))
	case st.Channel != "":
		parts = append(parts, "channel "+st.Channel)
	}
	if st.Evidence != nil && st.Evidence.Earlier != "" {
		parts = append(parts, "about an earlier event: "+st.Evidence.Earlier)
	}
	if st.Earlier && (st.Evidence == nil || st.Evidence.Earlier == "") {
		parts = append(parts, "about an earlier event, kept out of the accounts")
	}
	return strings.Join(parts, " · ")
}

// evidenceParts are the extraction's reasons for the speaker of an
// attribution: the cue words, the speaker phrase and how it led to the
// speaker.
func evidenceParts(ev *sources.Evidence, src string) []string {
	var parts []string
	var cues []string
	for _, c := range ev.Cue {
		if w := spanWords(src, c); w != "" {
			cues = append(cues, "“"+w+"”")
		}
	}
	if len(cues) > 0 {
		parts = append(parts, "cue "+strings.Join(cues, " … "))
	}
	how := resolvedHow[ev.Resolved]
	if how == "" {
		how = ev.Resolved
	}
	switch w := spanWords(src, ev.Speaker); {
	case w != "" && how != "":
		parts = append(parts, fmt.Sprintf("speaker “%s”, %s", w, how))
	case w != "":
		parts = append(parts, fmt.Sprintf("speaker “%s”", w))
	case how != "":
		parts = append(parts, "speaker "+how)
	}
	return parts
}

// resolvedHow says, by resolution method, how the speaker phrase led to
// the speaker.
var resolvedHow = map[string]string{
	sources.ByName:         "by name",
	sources.ByRole:         "by role: the person the text names in that role",
	sources.ByPronoun:      "by pronoun: the last speaker or subject that fits",
	sources.ByInstitution:  "an institution, its office or staff",
	sources.ByContext:      "from context: the subject of the verb before",
	sources.ByQuotation:    "from the attributed quotation it stands beside",
	sources.ByContinuation: "continues the reported statement before it",
}

// spanWords is the text under s with its runs of spaces made one, "" for
// an empty span or one that does not fit text.
func spanWords(text string, s sources.Span) string {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return ""
	}
	return strings.Join(strings.Fields(text[s.Start:s.End]), " ")
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
	x := snap.Extraction()
	st := findStatement(x, id)
	if st == nil {
		return ""
	}
	who := ""
	if st.Account != "" {
		who = g.names.Of(st.Account)
	}
	return statementEvidence(*st, who, x.Source(st).Text, snap.Mark(id))
}
