package report

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestJSONPartiesAndEvidence: the JSON says each account's party and
// whether it is a party to the call, and gives every statement the
// evidence of its attribution, whose spans index the article.
func TestJSONPartiesAndEvidence(t *testing.T) {
	in := pipelineInput(t, true)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, in); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Accounts []struct {
			ID          string  `json:"id"`
			Party       *string `json:"party"`
			PartyToCall *bool   `json:"party_to_call"`
			Statements  []struct {
				ID       string `json:"id"`
				Evidence *struct {
					Cue      []struct{ Start, End int } `json:"cue"`
					Resolved string                     `json:"resolved"`
					Channel  string                     `json:"channel"`
				} `json:"evidence"`
			} `json:"statements"`
		} `json:"accounts"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	text := in.Extraction.Article.Text
	for i, acc := range doc.Accounts {
		if acc.Party == nil || acc.PartyToCall == nil {
			t.Fatalf("account %s lacks party or party_to_call", acc.ID)
		}
		if i < 2 && !*acc.PartyToCall {
			t.Errorf("account %s comes first but is no party to the call", acc.ID)
		}
		for _, st := range acc.Statements {
			ev := st.Evidence
			if ev == nil || len(ev.Cue) == 0 || ev.Resolved == "" || ev.Channel == "" {
				t.Fatalf("statement %s lacks evidence: %+v", st.ID, ev)
			}
			for _, c := range ev.Cue {
				if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
					t.Errorf("statement %s: cue span %d..%d is outside the article", st.ID, c.Start, c.End)
				}
			}
		}
	}
}
