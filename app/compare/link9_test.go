package compare

import (
	"slices"
	"strings"
	"testing"
)

// rowOf is the agree or diverge row that holds the first statements of the
// two accounts, or nil.
func rowOf(c *Comparison, l, r string) *Row {
	for k := range c.Rows {
		if (c.Rows[k].Verdict == Agree || c.Rows[k].Verdict == Diverge) &&
			slices.Contains(c.Rows[k].Left, l) && slices.Contains(c.Rows[k].Right, r) {
			return &c.Rows[k]
		}
	}
	return nil
}

// linkedRow compares two invented accounts and gives the row of their
// first statements, failing when its presence is not want.
func linkedRow(t *testing.T, e *Engine, left, right []string, want bool) *Row {
	t.Helper()
	x := buildArticle(map[string][]string{"a": left, "b": right}, "a", "b")
	c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
	row := rowOf(&c, x.Accounts[0].Statements[0].ID, x.Accounts[1].Statements[0].ID)
	if (row != nil) != want {
		t.Fatalf("linked %v, want %v; rows %v", row != nil, want, c.Rows)
	}
	return row
}

// TestVerdicts9: one matter that one side calls a war and the other
// a situation, or one side an internal affair, is told as two things; the
// same matter in two nouns of one kind stays an agreement. Not backing a
// thing opposes it, whatever follows the verb; demands someone made are
// no condition.
func TestVerdicts9(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		verdict     Verdict
		reason      string // a reason that must be given (substring)
	}{
		{"a war and a situation", "Ito voiced alarm at the hardship caused by the war the militias wage in Sudan.",
			"The leaders also touched on the situation in Sudan.", Diverge, "a a war (“war the militias wage in Sudan”), b a situation"},
		{"an internal crisis and a situation", "Most of the hour went to the internal Sudanese crisis.",
			"The ministers reviewed the situation around Sudan at length.", Diverge, "an internal affair"},
		{"a domestic crisis and tensions", "Most of the hour went to the Sudanese domestic crisis.",
			"The ministers reviewed tensions around Sudan at length.", Diverge, "an internal affair"},
		{"a situation and a crisis", "The ministers reviewed the situation in Sudan at length.",
			"Most of the time went to the Sudanese crisis.", Agree, "Same point"},
		{"a war and the fighting", "Ito voiced alarm at the war in Sudan.",
			"Moreau spoke of the fighting in Sudan.", Agree, "Same point"},
		{"not backing a name is opposing", "Rome does not back Tyrol's independence.",
			"Rome opposes unilateral moves to alter the status quo in Tyrol.", Diverge, "Both opposing, on different things"},
		{"demands recalled are no condition", "Oslo recalled how the trawler owners' demands shaped the fishing quotas.",
			"The ministers went over the fishing quotas.", Agree, "Same point"},
		{"a condition is one", "Oslo will accept the fishing quotas only if the trawler owners agree.",
			"The ministers went over the fishing quotas.", Diverge, "Only a sets a condition"},
		{"the fighting and a situation: neither calls it a war", "Moreau spoke of the fighting in Sudan.",
			"The leaders also touched on the situation in Sudan.", Agree, "Same point"},
		{"in compliance with the law and in violation of it", "Lima said its river patrols act in full compliance with international law.",
			"Quito said the river patrols are in violation of international law.", Diverge, "lawful against unlawful"},
		{"a conflict is neither", "The ministers reviewed the conflict in Sudan at length.",
			"Most of the time went to the war in Sudan.", Agree, "Same point"},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			row := linkedRow(t, e, []string{tc.left}, []string{tc.right}, true)
			if row.Verdict != tc.verdict || !strings.Contains(strings.Join(row.Reasons, " | "), tc.reason) {
				t.Errorf("%s %q, want %s with %q", row.Verdict, row.Reasons, tc.verdict, tc.reason)
			}
		})
	}
}

// TestSamePointInOtherWords9: points news reports and readouts make in
// other words on the two sides: keeping in touch in any of its forms.
func TestSamePointInOtherWords9(t *testing.T) {
	tests := []struct {
		name        string
		left, right []string
		linked      bool
		topic       string
	}{
		{"continued exchanges and staying in contact",
			[]string{"Ito said he counts on continued exchanges with his Peruvian counterpart.", "Ito praised the harvest."},
			[]string{"The two leaders agreed to stay in contact.", "Moreau praised the weather."}, true, "channels"},
		{"student exchanges are no contact between leaders",
			[]string{"Ito said student exchanges between the universities will double.", "Ito praised the harvest."},
			[]string{"The two leaders agreed to stay in contact.", "Moreau praised the weather."}, false, ""},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			row := linkedRow(t, e, tc.left, tc.right, tc.linked)
			if row != nil && tc.topic != "" && row.Topic != tc.topic {
				t.Errorf("topic %s, want %s; reasons %q", row.Topic, tc.topic, row.Reasons)
			}
		})
	}
}

// TestResistedAt: a thing named as what a side resists or defends itself
// against, in one clause, is the background of the statement.
func TestResistedAt(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		text, word string
		want       bool
	}{
		{"Lima will keep helping Quito as it defends itself against the blockade.", "blockade", true},
		{"Lima will help Quito protect its ports from the blockade.", "blockade", true},
		{"The aid helps Quito in countering the ongoing naval blockade.", "blockade", true},
		{"Lima condemned the blockade of Quito.", "blockade", false},
		{"Lima spoke out against the blockade.", "blockade", false},
		{"Quito defends its record, and against all advice it kept the blockade.", "blockade", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			sc := lex.scan(tc.text, stemmer{})
			at := slices.IndexFunc(sc.toks, func(k token) bool { return k.norm == tc.word })
			if got := resistedAt(&sc, at); got != tc.want {
				t.Errorf("resistedAt %q = %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}

// TestResistedIsNoPoint: two statements that share only what one side
// defends itself against make no point together.
func TestResistedIsNoPoint(t *testing.T) {
	tests := []struct {
		name        string
		left, right []string
		linked      bool
	}{
		{"aggression as the background of aid",
			[]string{"Lima will keep sending grain to Quito as it defends itself against Tumbesian aggression.", "Lima praised the harvest."},
			[]string{"Quito laid the blame for the aggression on Tumbes.", "Quito praised the weather."}, false},
		{"aggression as the point on both sides",
			[]string{"Lima condemned the Tumbesian aggression.", "Lima praised the harvest."},
			[]string{"Quito laid the blame for the aggression on Tumbes.", "Quito praised the weather."}, true},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			linkedRow(t, e, tc.left, tc.right, tc.linked)
		})
	}
}

// TestBackedAt: a side named alone as the one someone supports; support
// of one of its things, or a kind of support, is not it.
func TestBackedAt(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		text, word string
		want       bool
	}{
		{"Lima will keep supporting Peru through the winter.", "Peru", true},
		{"Quito thanked Lima for its firm support of Peru.", "Peru", true},
		{"Lima said it stands with Peru.", "Peru", true},
		{"Lima voiced support for Peru's bid to join the bloc.", "Peru", false},
		{"Lima pledged financial support for Peru.", "Peru", false},
		{"Lima will discuss Peru with Quito.", "Peru", false},
		{"Lima, supporting, Peru said nothing.", "Peru", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			sc := lex.scan(tc.text, stemmer{})
			k := slices.IndexFunc(sc.hits, func(h hit) bool { return h.ph.kind == kindActor && strings.HasPrefix(sc.span(h.from, h.to), tc.word) })
			if k < 0 {
				t.Fatalf("no actor %q in %q", tc.word, tc.text)
			}
			if got := lex.backedAt(&sc, sc.hits[k]); got != tc.want {
				t.Errorf("backedAt %q = %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}

// TestBackedIsOnePoint: the support of one side, in a pledge and in
// thanks, is one point; two kinds of aid are not.
func TestBackedIsOnePoint(t *testing.T) {
	tests := []struct {
		name        string
		left, right []string
		linked      bool
		verdict     Verdict
	}{
		{"a pledge and thanks",
			[]string{"Lima pledged to keep supporting Peru for as long as it takes.", "Lima praised the harvest."},
			[]string{"Torres thanked Lima for its steady support of Peru.", "Torres praised the weather."}, true, Agree},
		{"support of the side and a kind of aid",
			[]string{"Lima pledged to keep supporting Peru.", "Lima praised the harvest."},
			[]string{"Torres welcomed the financial support for Peru.", "Torres praised the weather."}, false, ""},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			row := linkedRow(t, e, tc.left, tc.right, tc.linked)
			if row != nil && row.Verdict != tc.verdict {
				t.Errorf("%s %q, want %s", row.Verdict, row.Reasons, tc.verdict)
			}
		})
	}
}

// TestQuotedOf: the words a statement quotes, names and pronouns aside,
// when enough of them are left to be a formula.
func TestQuotedOf(t *testing.T) {
	lex := testLexicon(t)
	tests := []struct {
		text string
		want []string
	}{
		{"Lima backs the rule of “no deal on Peru without Peru.”", []string{"no deal on _ without _"}},
		{"Quito stands by the rule of \"no deal on us without us,\" Torres said.", []string{"no deal on _ without _"}},
		{"Torres called the talks “useful” and “frank.”", nil},
		{"Torres spoke of “a new page” and “a fresh start for both.”", []string{"a fresh start for both", "a new page"}},
		{"Torres said nothing quoted at all.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			sc := lex.scan(tc.text, stemmer{})
			got := sortedKeys(quotedOf(&sc))
			if !slices.Equal(got, tc.want) {
				t.Errorf("quotedOf = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestQuotedIsOnePoint: a formula both sides quote is one point.
func TestQuotedIsOnePoint(t *testing.T) {
	linkedRow(t, testEngine(t),
		[]string{"Lima restated its respect for the rule of “no deal on you without you.”", "Lima praised the harvest."},
		[]string{"Torres thanked Lima for backing the rule of \"no deal on Peru without Peru.\"", "Torres praised the weather."}, true)
}
