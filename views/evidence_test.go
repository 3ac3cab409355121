package views

import (
	"strings"
	"testing"

	"readouts/app"
	"readouts/sources"
)

// TestStatementEvidence: the strip gives the extraction's evidence, read
// from the text the spans index, and what a reviewer changed.
func TestStatementEvidence(t *testing.T) {
	const text = "The Chinese leader said on Monday after the call, in a televised address, that trade must grow."
	at := func(s string) sources.Span {
		i := strings.Index(text, s)
		return sources.Span{Start: i, End: i + len(s)}
	}
	channel := at("in a televised address")
	base := sources.Statement{ID: "xi-1", Speaker: "Xi Jinping", Channel: "televised address", Kind: sources.Paraphrase,
		Confidence: 0.8, Span: at("trade must grow"), Text: "trade must grow"}
	withEvidence := base
	withEvidence.Evidence = &sources.Evidence{Cue: []sources.Span{at("said on Monday after the call")},
		Speaker: at("The Chinese leader"), Resolved: sources.ByRole, Channel: "named beside the attribution: “televised address”",
		ChannelSpan: &channel, Confidence: 0.8}
	contextual := base
	contextual.Evidence = &sources.Evidence{Cue: []sources.Span{at("said")}, Resolved: sources.ByContext}
	earlier := base
	earlier.Earlier, earlier.Evidence = true, &sources.Evidence{Earlier: "an earlier date: “on Monday”"}
	tests := []struct {
		name string
		st   sources.Statement
		mark app.Mark
		want []string
		not  []string
	}{
		{"the extraction's evidence", withEvidence, "", []string{
			"Xi — televised address", "Xi Jinping", "paraphrase (the article's words), confidence 0.80",
			"cue “said on Monday after the call”",
			"speaker “The Chinese leader”, by role",
			"channel televised address: named beside the attribution: “televised address”"}, []string{"Reviewed"}},
		{"no speaker phrase: how it was found", contextual, "", []string{"cue “said”", "speaker from context"}, []string{"speaker “"}},
		{"an earlier event says why", earlier, "", []string{"about an earlier event: an earlier date"}, nil},
		{"moved by the reviewer", withEvidence, app.Mark("assigned"), []string{"Reviewed: assigned; the extraction's evidence:", "cue “said"}, nil},
		{"added by the reviewer", base, app.Mark("added"), []string{"Reviewed: added by the reviewer", "channel televised address"}, []string{"cue", "channel televised address:"}},
		{"a span off the text is left out", func() sources.Statement {
			st := withEvidence
			st.Evidence = &sources.Evidence{Cue: []sources.Span{{Start: 90, End: 400}}, Resolved: sources.ByName}
			return st
		}(), "", []string{"speaker by name"}, []string{"cue"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := statementEvidence(tc.st, "Xi — televised address", text, tc.mark)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q does not say %q", got, w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(got, w) {
					t.Errorf("%q says %q", got, w)
				}
			}
		})
	}
}
