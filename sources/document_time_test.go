package sources

import (
	"reflect"
	"testing"
)

// TestDocumentOtherTimes leaves out of a readout's account what it tells of
// another dated occasion and of an event after the call.
func TestDocumentOtherTimes(t *testing.T) {
	tests := []struct {
		name, text     string
		stated, before []string
	}{
		{"another dated meeting is background",
			"# Readout, 4 March 2031\n\nThe President called the Premier today. During their meeting in Lima on January 9, the leaders set a deadline for the talks. The President welcomed the progress.\n",
			[]string{"The President called the Premier today", "The President welcomed the progress"},
			[]string{"During their meeting in Lima on January 9, the leaders set a deadline for the talks"}},
		{"the document's own date is the call's",
			"# Readout, 4 March 2031\n\nOn March 4, the President called the Premier.\n",
			[]string{"On March 4, the President called the Premier"}, nil},
		{"a date without the document's date decides nothing",
			"Readout of a Call\n\nDuring their meeting in Lima on January 9, the leaders set a deadline.\n",
			[]string{"During their meeting in Lima on January 9, the leaders set a deadline"}, nil},
		{"a date in the claim, not a fronted phrase, is the call's",
			"# Readout, 4 March 2031\n\nThe leaders agreed to meet again on April 2.\n",
			[]string{"The leaders agreed to meet again on April 2"}, nil},
		{"a meeting after the call ends the account",
			"Readout of a Call\n\nThe President spoke with the Premier. The leaders agreed to meet in June.\n\n* * *\n\nFollowing the telephone conversation, the President met with the Minister of Finance. He gave instructions to finish the trade talks.\n",
			[]string{"The President spoke with the Premier", "The leaders agreed to meet in June"}, nil},
		{"a report after the call is the account",
			"Readout of a Call\n\nFollowing the conversation, the Presidency said the aides would stay in contact.\n",
			[]string{"Following the conversation, the Presidency said the aides would stay in contact"}, nil},
		{"a meeting with the other side in the call's sentence is no later event",
			"Readout of a Call\n\nThe President held a call with the Premier. After the call, the President told reporters the talks went well.\n",
			[]string{"The President held a call with the Premier", "After the call, the President told reporters the talks went well"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stated, earlier, _ := statementsOf(t, tt.text)
			if !reflect.DeepEqual(stated, tt.stated) {
				t.Errorf("statements:\n got %q\nwant %q", stated, tt.stated)
			}
			if !reflect.DeepEqual(earlier, tt.before) {
				t.Errorf("earlier:\n got %q\nwant %q", earlier, tt.before)
			}
		})
	}
}
