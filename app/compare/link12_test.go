package compare

import "testing"

// TestMattersNamedByWhatGoesOn: the violence, shelling or unrest in a
// place, and the environment a situation involving it makes, name the
// matter of the place as "the situation in" does; the noun alone, or a
// place the noun does not reach, names none.
func TestMattersNamedByWhatGoesOn(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		text string
		want int // matters named
	}{
		{"The envoys deplored the violence in Zambara.", 1},
		{"He pointed to continued shelling by rebel units in northern Zambara.", 1},
		{"They reviewed the unrest around Zambara.", 1},
		{"They talked about the regional security environment involving Zambara.", 1},
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

// TestLinkRound12: pairs that make one point in the words news reports use
// for it, and a near pair each that does not.
func TestLinkRound12(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		linked      bool
		topic       string // of the row, when linked
	}{
		{"the situation and the shelling in one place", "The minister voiced alarm over the situation in western Zambara.",
			"He said allied militias keep up their shelling of villages in western Zambara.", true, ""},
		{"the situation in one place, shelling in another", "The minister voiced alarm over the situation in western Zambara.",
			"He said allied militias keep up their shelling of villages in Ostland.", false, ""},
		{"a free trade agreement by its initials", "Both hoped to wrap up work on a free trade agreement this year.",
			"They stressed an early conclusion of the FTA.", true, "trade"},
		{"a free trade agreement and a peace agreement", "Both hoped to wrap up work on a free trade agreement this year.",
			"They stressed an early conclusion of the peace agreement.", false, ""},
		{"best wishes and congratulations", "The chancellor sent his best wishes on the premier's election.",
			"The premier thanked her for the congratulations.", true, "congratulations"},
		{"wished success and congratulations", "She wished the premier every success in the post.",
			"The premier thanked her for the kind congratulations.", true, "congratulations"},
		{"best wishes and condolences", "The chancellor sent his best wishes on the premier's election.",
			"The premier offered condolences over the floods.", false, ""},
		{"nuclear threats by other words", "They deplored the nuclear threats made by the junta.",
			"Both rejected talk of a dirty bomb from the junta.", true, "nuclear"},
		{"the use of nuclear force and nuclear weapons", "He warned the junta against resorting to nuclear force.",
			"Both opposed any use of nuclear weapons.", true, "nuclear"},
		{"climate change, global or not", "The two leaders took up the fight against global climate change.",
			"Climate change featured in the talks.", true, "climate"},
		{"terrorism, global or not", "The ministers spoke about global terrorism.",
			"Cooperation against terrorism was raised.", true, "terrorism"},
		{"the global economy and the two economies", "The ministers spoke about the global economy.",
			"Economic ties between the two countries were raised.", false, ""},
		{"nuclear weapons and a nuclear plant", "Both opposed any use of nuclear weapons.",
			"Engineers will inspect the nuclear plant next week.", false, ""},
	}
	e := New(testLexicon(t))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": {tc.left}, "b": {tc.right}}, "a", "b")
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			linked := len(c.Rows) == 1 && (c.Rows[0].Verdict == Agree || c.Rows[0].Verdict == Diverge)
			if linked != tc.linked {
				t.Fatalf("linked %v, want %v; rows %v", linked, tc.linked, c.Rows)
			}
			if linked && tc.topic != "" && c.Rows[0].Topic != tc.topic {
				t.Errorf("topic %s, want %s; reasons %q", c.Rows[0].Topic, tc.topic, c.Rows[0].Reasons)
			}
		})
	}
}
