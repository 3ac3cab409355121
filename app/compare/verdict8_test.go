package compare

import (
	"strings"
	"testing"
)

// TestStanceVerdicts: the stances that set two accounts of one point apart
// though both use words of one kind (both negative, both about a remark),
// and the same act told twice, which stays an agreement.
func TestStanceVerdicts(t *testing.T) {
	tests := []struct {
		name        string
		left, right string
		verdict     Verdict
		reason      string // a reason that must be given (substring)
	}{
		// A stance toward one thing, taken in opposite directions.
		{"opposed and in favour, on one plan", "Lisbon made plain its opposition to the pension reform plan.",
			"Madrid spoke of the need for the pension reform plan.", Diverge,
			"Opposite stances, opposing against supporting: a says “opposition to”, b “the need for”"},
		{"opposed and in favour, on two things", "Lisbon is opposed to new fishing quotas in the Atlantic.",
			"Madrid voiced support for joint patrols in the Atlantic.", Agree, "Same point"},
		{"both in favour", "Lisbon backs the pension reform plan.", "Madrid voiced support for the pension reform plan.",
			Agree, "Both supporting"},
		{"both opposed, to two things", "Lisbon opposes any change to the fishing quotas.", "Madrid is opposed to Lisbon joining the naval pact.",
			Diverge, "Both opposing, on different things"},
		{"both opposed, to one thing", "Lisbon opposes the new fishing quotas.", "Madrid is also opposed to the fishing quotas.",
			Agree, "Both opposing"},
		{"not backing is opposing", "Rome does not back the independence of Tyrol.",
			"Rome opposes unilateral moves to alter the status quo in Tyrol.", Diverge, "Both opposing, on different things"},
		// A deadlock to break is no deadlock reported.
		{"a stalemate to break and progress", "Trade envoys will meet again to break the stalemate over grain quotas.",
			"Kyiv wants Warsaw to acknowledge the progress in the grain quotas talks.", Agree, "Same point"},
		// A thing that happened, and one that may.
		{"a fact and a possibility", "Oslo deplored the naval blockade of the strait.",
			"Oslo voiced concern about the possibility of a naval blockade of the strait.", Diverge,
			"a says it as a fact: “blockade”; b says it may happen: “possibility of a naval blockade”"},
		{"both a possibility", "Oslo warned of the risk of a naval blockade of the strait.",
			"Oslo voiced concern about the possibility of a naval blockade of the strait.", Agree, "Same point"},
		{"a possible truce, agreed on, and a truce sought", "The sides agreed to draft terms of a possible truce on the river.",
			"The talks centred on reaching a truce on the river.", Agree, "Same point"},
		{"a possibility, and a thing discussed", "The ministers discussed the naval blockade of the strait.",
			"Oslo voiced concern about the possibility of a naval blockade of the strait.", Agree, "Same point"},
		{"taking back land is no retraction", "Kyiv will take back the occupied river islands.",
			"Washington will stand by Kyiv as it frees the occupied river islands.", Agree, "Same point"},
		{"a possibility and a plan", "A naval blockade of the strait could follow within weeks.",
			"Oslo voiced concern about the possibility of a naval blockade of the strait.", Agree, "Same point"},
		// One side chooses another course "rather than" what the other says.
		{"rather than", "Tbilisi agreed to shut the mountain passes.",
			"Tbilisi will tackle smuggling with joint patrols rather than shut the mountain passes.", Diverge,
			"One side negates what the other says"},
		// A remark taken back, and the same remark stood by.
		{"walked back and stood by", "The minister was walking back her comments about the harbour lease.",
			"The minister said she stood by her comments about the harbour lease.", Diverge,
			"Opposite stances, taking it back against standing by it"},
		{"not backing down", "The senator backed down over his remarks on the harbour lease.",
			"The senator did not back down over his remarks on the harbour lease.", Diverge,
			"taking it back against standing by it"},
		{"both retract", "The envoy retracted his remarks on the harbour lease.",
			"The envoy walked back what he said about the harbour lease.", Agree, "Both taking it back"},
		// One side denies the other's account of the call.
		{"an account denied", "Quito said the minister promised to reopen the harbour lease talks.",
			"Lima disputed the minister's account of the harbour lease talks.", Diverge,
			"Only b rejects the other's claims: “disputed the minister's account”"},
		{"a characterisation rejected", "Quito said the two leaders quarrelled over the harbour lease.",
			"Lima rejected that characterization of the exchange over the harbour lease.", Diverge,
			"Only b rejects the other's claims"},
		{"that is not what happened", "Quito said the envoy walked out of the harbour lease talks.",
			"Lima said that is not what happened at the harbour lease talks.", Diverge,
			"Only b rejects the other's claims: “not what happened”"},
		// The same trouble, blamed on different actors.
		{"negative about different actors", "Paris voiced deep concern about Iranian arms deliveries to the militias in Lebanon.",
			"Tehran said Lebanon is gripped by protests against Israeli strikes on its villages.", Diverge,
			"Both negative, aimed at different actors"},
		{"negative about one actor", "Paris voiced deep concern about the Israeli strikes on Lebanon.",
			"Cairo condemned the Israeli air raids on villages in Lebanon.", Agree, "Both negative"},
		{"negative, no actor named", "Paris voiced deep concern about the shelling of villages in Lebanon.",
			"Cairo said the shelling of villages in Lebanon was alarming.", Agree, "Both negative"},
		// An admonition answered by a reassurance.
		{"admonished and reassured", "The chancellor strongly underlined media freedom and democracy in Hungary.",
			"Budapest said Hungary is and will remain a democracy with free media.", Diverge,
			"Opposite stances, admonishing against reassuring"},
		{"stressed and reassured", "The chancellor stressed media freedom and democracy in Hungary.",
			"Budapest said Hungary is and will remain a democracy with free media.", Diverge,
			"a stresses it, b answers with a reassurance"},
		{"both stress it", "The chancellor stressed media freedom and democracy in Hungary.",
			"The Hungarian leader underscored democracy and media freedom in Hungary.", Agree, "Same point"},
		{"both admonish", "The chancellor strongly stressed the rule of law in Poland.",
			"The commissioner reminded Warsaw of the rule of law in Poland.", Agree, "Both admonishing"},
		// The same act told twice stays an agreement.
		{"both discussed it", "The leaders discussed the harbour lease.", "The two presidents talked about the harbour lease.",
			Agree, "Same point"},
		{"both congratulate", "Rome congratulated Vienna on the election victory.", "The Italian leader congratulated the Austrian leader on his election victory.",
			Agree, "Same point"},
		{"both call it good", "The call on the harbour lease was good.", "The talks on the harbour lease were productive.",
			Agree, "Both positive"},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": {tc.left}, "b": {tc.right}}, "a", "b")
			c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			var row *Row
			for i := range c.Rows {
				if c.Rows[i].Verdict == Agree || c.Rows[i].Verdict == Diverge {
					row = &c.Rows[i]
				}
			}
			if row == nil {
				t.Fatalf("the two statements are not linked; rows: %v", c.Rows)
			}
			if row.Verdict != tc.verdict {
				t.Errorf("%s, want %s; reasons %q", row.Verdict, tc.verdict, row.Reasons)
			}
			if !strings.Contains(strings.Join(row.Reasons, " | "), tc.reason) {
				t.Errorf("reasons %q lack %q", row.Reasons, tc.reason)
			}
		})
	}
}
