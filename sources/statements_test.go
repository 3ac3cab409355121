package sources

import (
	"fmt"
	"testing"
)

// TestStatementSpans: pass 7 turns what a cue says into statements: one
// per claim, never cut where the clause goes on.
func TestStatementSpans(t *testing.T) {
	intro := "Russian President Vladimir Putin spoke by phone with US President Donald Trump on Tuesday.\n\n"
	tests := []struct {
		name, text string
		statements []string
	}{
		{"two clauses, each with a subject and a verb", "Putin said the talks were useful and the delegations of the three countries agreed to exchange 200 prisoners.",
			[]string{"the talks were useful", "the delegations of the three countries agreed to exchange 200 prisoners"}},
		{"a clause that goes on after “, and”", "Putin said the delegations agreed to exchange prisoners, and to meet again in Istanbul.",
			[]string{"the delegations agreed to exchange prisoners, and to meet again in Istanbul"}},
		{"that A and that B", "Trump said that the call went well and that talks would begin.",
			[]string{"the call went well", "talks would begin"}},
		{"a subject and its allies", "Trump said the United States and its allies would respond.",
			[]string{"the United States and its allies would respond"}},
		{"two subjects, one verb", "Putin said the strikes on the grid and the overall situation were unacceptable.",
			[]string{"the strikes on the grid and the overall situation were unacceptable"}},
		{"a second verb with its own clause", "Putin said the call was useful and warned that sanctions would fail.",
			[]string{"the call was useful", "sanctions would fail"}},
		{"a quotation with its attribution in the middle", "“We discussed many things,” Putin said, “including trade.”",
			[]string{"We discussed many things", "including trade."}},
		{"a parenthetical attribution", "The only winner of a split, Putin said, would be the West.",
			[]string{"The only winner of a split, Putin said, would be the West"}},
		{"a lead-in to a quotation", "The offer “remains on the table,” Putin said.",
			[]string{"The offer “remains on the table,”"}},
		{"a second quotation after the attribution", "“It was frank,” Putin said. “It was useful.”",
			[]string{"It was frank", "It was useful."}},
		{"a quotation after another speaker is not the first one's", "“It was frank,” Putin said. Trump disagreed. “It was a waste of time.”",
			[]string{"It was frank"}},
		{"a long quotation is one statement per sentence", "“We talked. We agreed on prisoners. We will meet again,” Putin said.",
			[]string{"We talked.", "We agreed on prisoners.", "We will meet again"}},
		{"a quotation continued in the next paragraph", "Putin said: “We talked for two hours.\n\n“We will meet again soon.”",
			[]string{"We talked for two hours.", "We will meet again soon."}},
		{"the sentence's subject goes on after the report", "Putin told Trump that he would halt strikes, but stopped short of a ceasefire.",
			[]string{"he would halt strikes"}},
		{"a channel phrase is cut off", "Trump said the talks would resume, in a post on Truth Social.",
			[]string{"the talks would resume"}},
		{"the journalist's clause after the statement", "Putin said the talks were “very productive”, as the White House made clear on Wednesday.",
			[]string{"the talks were “very productive”"}},
		{"“as” that opens no clause of its own", "Putin said the talks should resume, as soon as possible.",
			[]string{"the talks should resume, as soon as possible"}},
		{"a clause before “he wrote”", "Trump wrote on Truth Social that the call was good. The sides will meet again, he wrote.",
			[]string{"the call was good", "The sides will meet again"}},
		{"a bare phrase before “he wrote” is not said", "Trump wrote on Truth Social that the call was good. Late that night, he wrote.",
			[]string{"the call was good"}},
		{"a dateline is not said", "MOSCOW (Wire) - The call lasted two hours, the Kremlin said.",
			[]string{"The call lasted two hours"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := intro + tt.text
			if tt.name == "a dateline is not said" {
				text = tt.text + "\n\n" + intro
			}
			p := runText(t, "Headline\n\n"+text+"\n")
			checkInvariants(t, p.a, p.extraction)
			var got []string
			for _, d := range p.drafts {
				got = append(got, p.a.Slice(d.Span))
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.statements) {
				t.Errorf("statements %q, want %q", got, tt.statements)
			}
		})
	}
}
