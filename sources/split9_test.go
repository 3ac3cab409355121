package sources

import (
	"slices"
	"testing"
)

// clauseLede opens every case: a call between two invented leaders.
const clauseLede = "Lopez and Brandt talk\n\nPresident Maria Lopez of Chile spoke with Chancellor Hans Brandt of Germany on Monday.\n\n"

// statementTexts extracts text and returns the words of every statement.
func statementTexts(t *testing.T, text string) []string {
	t.Helper()
	p := runText(t, text)
	checkInvariants(t, p.a, p.extraction)
	var out []string
	for _, acc := range p.extraction.Accounts {
		for _, st := range acc.Statements {
			out = append(out, st.Text)
		}
	}
	return out
}

// TestOneStatementPerClaim: a reported sentence that holds several claims
// becomes one statement per claim, with exact spans and without the
// joining words; a clause that goes on with the same claim stays whole.
func TestOneStatementPerClaim(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a second predicate after a comma and", "Lopez and Brandt discussed a range of matters important to both economies, and tasked their ministers to keep working on the copper accord, the Chilean presidency said.",
			[]string{"discussed a range of matters important to both economies", "tasked their ministers to keep working on the copper accord"}},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := statementTexts(t, clauseLede+tt.text)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("no statement %q; got %q", w, got)
				}
			}
		})
	}
}
