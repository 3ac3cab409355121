package compare

import (
	"strings"
	"testing"
)

// TestVerdicts checks each kind of evidence on small made-up readouts of
// other events, so the cues are tested beyond the seed.
func TestVerdicts(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		topic       string
		verdict     Verdict
		reason      string // a reason that must be given (substring)
	}{
		{"places differ", "The talks will be hosted in Doha next round.", "The talks will be held in Cairo.",
			"venue", Diverge, "different places: Doha vs Cairo"},
		{"same place", "The negotiators agreed to hold talks in Geneva.", "Talks could take place in Geneva.",
			"venue", Agree, "both on venue"},
		{"negation", "Israel is ready for a truce in Gaza.", "Israel is not ready for any truce.",
			"ceasefire", Diverge, "negation: 'ready' vs 'not ready'"},
		{"time", "A prisoner exchange will happen immediately.", "A prisoner exchange could happen in the future.",
			"prisoners", Diverge, "immediate vs future: 'immediately' vs 'in the future'"},
		{"condition", "Sanctions will be lifted only if troops withdraw.", "Sanctions will be lifted unconditionally.",
			"sanctions", Diverge, "conditional vs unconditional"},
		{"assessment", "The leaders had a productive conversation; progress was made.", "The conversation ended in an impasse, with no progress.",
			"assessment", Diverge, "positive vs negative"},
		{"negated pole", "The meeting was not productive.", "The meeting was productive.",
			"assessment", Diverge, "negative vs positive: 'not productive' vs 'productive'"},
		{"numbers", "The ceasefire will last 30 days.", "The ceasefire will last 60 days.",
			"ceasefire", Diverge, "different numbers: 30 vs 60"},
		{"same number written differently", "A 30-day ceasefire was agreed.", "The ceasefire will last 30 days.",
			"ceasefire", Agree, "both on ceasefire"},
		{"dates", "Prisoners will be exchanged on Friday.", "Prisoners will be exchanged on Monday.",
			"prisoners", Diverge, "different dates: Friday vs Monday"},
		{"format", "Negotiations must be bilateral, between the two parties.", "Negotiations must involve third parties as mediators.",
			"mediators", Diverge, "between the two sides vs involving others"},
		{"both positive", "The call was constructive and useful.", "The call was warm and productive.",
			"assessment", Agree, "both positive"},
		{"denial", "There was no discussion at any level of a U.S. trade deal.", "The two leaders will sign a trade deal.",
			"trade", Diverge, "denied vs said: 'no discussion at any level of a U.S. trade deal' vs 'trade deal'"},
		{"denial ends with its clause", "They did not discuss the weather, and sanctions were reviewed.", "Sanctions were reviewed.",
			"sanctions", Agree, "both on sanctions"},
		{"pressure", "Washington will maintain export controls on chips.", "Beijing urged Washington to lift the export controls.",
			"sanctions", Diverge, "maintain or tighten vs lift or ease: 'maintain export controls' vs 'lift'"},
		{"competing conditions", "A ceasefire is possible only if Ukraine withdraws its troops.", "Kyiv will accept a truce on condition that the shelling of cities ends.",
			"ceasefire", Diverge, "both conditional, on nothing in common: 'only if' vs 'on condition'"},
		{"one condition", "A ceasefire will hold only if prisoners are exchanged.", "The ceasefire depends on prisoners being exchanged.",
			"ceasefire", Agree, "both conditional: 'only if' / 'depends on'"},
		{"competing demands", "Biden urged restraint in the Taiwan Strait.", "Xi said the United States should stop arming Taiwan.",
			"taiwan", Diverge, "both demanding, on nothing in common: 'urged' vs 'should'"},
		{"blame on one side", "Moscow accused Kyiv of using civilians as shields.", "Kyiv said civilians must be spared.",
			"humanitarian", Diverge, "only a blames: 'accused'"},
		{"hedge alone agrees", "Energy infrastructure strikes will stop.", "Energy infrastructure strikes might stop.",
			"energy", Agree, "hedged"},
	}
	e := New(testLexicon(t))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": {tc.left}, "b": {tc.right}}, "a", "b")
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			var row *Row
			for i := range c.Rows {
				if c.Rows[i].Topic == tc.topic {
					row = &c.Rows[i]
				}
			}
			if row == nil {
				t.Fatalf("no %s row; rows: %v", tc.topic, c.Rows)
			}
			if row.Verdict != tc.verdict {
				t.Errorf("verdict %s, want %s; reasons %q", row.Verdict, tc.verdict, row.Reasons)
			}
			if !strings.Contains(strings.Join(row.Reasons, " | "), tc.reason) {
				t.Errorf("reasons %q lack %q", row.Reasons, tc.reason)
			}
			if row.Confidence <= 0 || row.Confidence > 1 {
				t.Errorf("confidence %v outside (0,1]", row.Confidence)
			}
		})
	}
}

// TestOneSided: a topic only one account speaks to is a one-sided row that
// names the topic and its words; a statement with no topic is an "other" row.
func TestOneSided(t *testing.T) {
	e := New(testLexicon(t))
	x := buildArticle(map[string][]string{
		"a": {"The sides discussed a prisoner exchange.", "The weather in the capital was mild."},
		"b": {"Sanctions will remain in place."},
	}, "a", "b")
	c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
	want := map[string]Verdict{"prisoners": LeftOnly, "sanctions": RightOnly, "other": LeftOnly}
	for _, r := range c.Rows {
		if v, ok := want[r.Topic]; ok {
			if r.Verdict != v {
				t.Errorf("%s: verdict %s, want %s", r.Topic, r.Verdict, v)
			}
			if len(r.Diff) != 0 {
				t.Errorf("%s: one-sided row has a diff", r.Topic)
			}
			delete(want, r.Topic)
		}
	}
	if len(want) != 0 {
		t.Errorf("rows missing: %v (have %v)", want, c.Rows)
	}
	if !strings.Contains(c.Rows[0].Reasons[0], "only a speaks to prisoners / detainees: 'prisoner exchange'") {
		t.Errorf("first row reasons %q", c.Rows[0].Reasons)
	}
}
