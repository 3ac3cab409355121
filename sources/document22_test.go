package sources

import (
	"reflect"
	"testing"
)

// TestQuotedRemarks: a readout that quotes a leader's remarks at length
// makes one claim per quoted sentence, and the line that only introduces
// the quotation is no claim.
func TestQuotedRemarks(t *testing.T) {
	const title = "Remarks after the Meeting with the President of Chile\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"one claim per quoted sentence", title + "The Prime Minister said: “We agreed to open talks on copper. Our ministers will meet in May. Trade between us must grow.”\n",
			[]string{"We agreed to open talks on copper", "Our ministers will meet in May", "Trade between us must grow"}},
		{"a short sentence joins the one before", title + "“We agreed to open talks on copper. It was good. Our ministers will meet in May,” the Prime Minister said.\n",
			[]string{"We agreed to open talks on copper. It was good", "Our ministers will meet in May"}},
		{"an initial is no sentence end", title + "“We spoke of the U.S. market for copper today. Our ministers will meet in May,” the Prime Minister said.\n",
			[]string{"We spoke of the U.S. market for copper today", "Our ministers will meet in May"}},
		{"a line that introduces the quotation", title + "In his remarks to the press after the meeting, the Prime Minister said:\n\n“We agreed to open talks on copper.”\n",
			[]string{"We agreed to open talks on copper"}},
		{"a press conference of the page's own", title + "The two leaders held a joint press conference after the talks. The leaders agreed to open talks on copper.\n",
			[]string{"The leaders agreed to open talks on copper"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, _ := statementsOf(t, tt.text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
