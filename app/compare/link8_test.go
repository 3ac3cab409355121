package compare

import (
	"slices"
	"testing"
)

// TestSamePointInOtherWords: statements that make one point in the other
// words news reports use for it are linked: the state of affairs in one
// country in any of its nouns, who asked for the call, congratulations in
// any form, bonds and relations; a country alone, a matter noun alone or
// the same broad word on two things is no link.
func TestSamePointInOtherWords(t *testing.T) {
	tests := []struct {
		name        string
		left, right []string
		linked      bool // the first statements of the two accounts
		topic       string
	}{
		{"a situation and a crisis in one country",
			[]string{"The ministers reviewed the situation in Sudan at length."},
			[]string{"Most of the time went to the Sudanese crisis."}, true, ""},
		{"a war and a situation in one country, among other points",
			[]string{"Ito voiced alarm at the suffering caused by the war the militias wage in Sudan.", "Ito asked for lower tariffs on rice."},
			[]string{"The leaders also touched on the situation around Sudan.", "Moreau said rice imports will rise."}, true, ""},
		{"an issue and a situation in one country",
			[]string{"The envoys spent an hour on the Sudan issue."},
			[]string{"Moreau set out his view of developments around Sudan."}, true, ""},
		{"a country alone",
			[]string{"The ministers reviewed the situation in Sudan at length."},
			[]string{"Trade with Sudan will double by spring."}, false, ""},
		{"a matter noun alone",
			[]string{"The ministers reviewed the situation at length."},
			[]string{"Most of the time went to the crisis."}, false, ""},
		{"matters of two countries",
			[]string{"The ministers reviewed the situation in Sudan at length."},
			[]string{"Most of the time went to the Kenyan crisis."}, false, ""},
		{"who asked for the call, in two forms",
			[]string{"The conversation was initiated by Norway."},
			[]string{"The call was held at the Norwegian side's request."}, true, "request"},
		{"who asked, each naming the other",
			[]string{"Kenya had long sought a meeting with the president.", "Ito praised the harvest."},
			[]string{"The talks were held at the request of the Kenyan side.", "Moreau praised the weather."}, true, "request"},
		{"congratulations in two forms",
			[]string{"Ito called to congratulate Moreau on his victory in the vote."},
			[]string{"Moreau thanked Ito for his congratulations."}, true, "congratulations"},
		{"congratulations and condolences, two points",
			[]string{"Ito called to congratulate Moreau on his victory in the vote."},
			[]string{"The prime minister offered his condolences over the floods."}, false, ""},
		{"bonds and relations",
			[]string{"The leaders hailed the close bonds between Chile and Peru."},
			[]string{"Both sides praised relations between Peru and Chile."}, true, "relations"},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": tc.left, "b": tc.right}, "a", "b")
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			l, r := x.Accounts[0].Statements[0].ID, x.Accounts[1].Statements[0].ID
			var row *Row
			for k := range c.Rows {
				if (c.Rows[k].Verdict == Agree || c.Rows[k].Verdict == Diverge) &&
					slices.Contains(c.Rows[k].Left, l) && slices.Contains(c.Rows[k].Right, r) {
					row = &c.Rows[k]
				}
			}
			if (row != nil) != tc.linked {
				t.Fatalf("linked %v, want %v; rows %v", row != nil, tc.linked, c.Rows)
			}
			if row != nil && tc.topic != "" && row.Topic != tc.topic {
				t.Errorf("topic %s, want %s; reasons %q", row.Topic, tc.topic, row.Reasons)
			}
		})
	}
}

// TestMattersOf: which words name the state of affairs in a place, and of
// which place.
func TestMattersOf(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		text string
		want int // matters named
	}{
		{"They discussed the situation in Sudan.", 1},
		{"They discussed the Sudanese crisis.", 1},
		{"They discussed Sudan's war.", 1},
		{"They discussed the war the militias wage in Sudan.", 1},
		{"They discussed the situation at the frontiers of Sudan.", 1},
		{"They discussed tensions around Sudan and the conflict in Kenya.", 2},
		{"They discussed the situation, and Sudan offered help.", 0},
		{"They discussed Sudan and the crisis.", 0},
		{"They discussed the situation at length with envoys from several countries including Sudan.", 0},
		{"They discussed trade with Sudan.", 0},
		{"They discussed the Sudanese question.", 1},
		{"They discussed the question of Sudan's membership.", 0},
		// What goes on in a place names its matter too.
		{"The envoys deplored the violence in Zambara.", 1},
		{"He pointed to continued shelling by rebel units in northern Zambara.", 1},
		{"They reviewed the unrest around Zambara.", 1},
		{"They talked about the unrest involving Zambara.", 1},
		{"The violence was deplored, and Zambara sent envoys.", 0},
		{"They agreed to protect the environment.", 0},
		{"Zambara reported shelling.", 0},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			sc := lex.scan(tc.text, stemmer{})
			st := lex.stanceOf(&sc)
			p := lex.pointOf(&sc, &st, map[string]bool{})
			n := 0
			for _, k := range p.keys {
				if k.kind == specMatter {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("%d matters, want %d; keys %v", n, tc.want, p.keys)
			}
		})
	}
}

// TestMatterOfASide: the state of affairs in one of the two sides of the
// call is the frame of what both say, not a point they share: between
// Khartoum and Nairobi, "the situation in Sudan" and "the Sudanese crisis"
// may be two points.
func TestMatterOfASide(t *testing.T) {
	x := buildArticle(map[string][]string{
		"Sudan": {"The ministers reviewed the situation in Sudan at length."},
		"Kenya": {"Most of the time went to the Sudanese crisis."},
	}, "Sudan", "Kenya")
	c := testEngine(t).Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
	for _, r := range c.Rows {
		if r.Verdict == Agree || r.Verdict == Diverge {
			t.Errorf("linked: %v", r)
		}
	}
}
