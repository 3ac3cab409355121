package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"readouts/sources"
)

// TestParticipants: the people a statement names beside a mention of the
// call take part in it (the frame of the call); other names do not.
func TestParticipants(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"after the call", "The president spoke today with Prime Minister Halvorsen of Norway.", []string{"n:halvorsen"}},
		{"before and after", "Prime Minister Ito had a telephone conversation with President of France Dupont.", []string{"n:dupont", "n:ito"}},
		{"a word between", "Prime Minister Ito also spoke with Dupont.", []string{"n:dupont", "n:ito"}},
		{"no call", "Ito praised Dupont's reform plan.", nil},
		{"far from the call", "Prime Minister Ito praised the plan drawn up by Dupont before the call.", nil},
	}
	lex := testLexicon(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := make(stemmer)
			sc := lex.scan(tc.text, st)
			names := map[string]bool{}
			lex.namesInside(&sc, names)
			var sta = lex.stanceOf(&sc)
			p := lex.pointOf(&sc, &sta, names)
			into := map[string]bool{}
			lex.participants(&sc, &p, into)
			var got []string
			for k := range into {
				got = append(got, k)
			}
			sort.Strings(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("participants %v, want %v", got, tc.want)
			}
		})
	}
}

// TestTheCallAsFrame: the call named as the time of what a statement says
// ("during the call"), or told again as what raised a subject ("also spoke
// with … about"), is not the point of the statement; the people in the call
// link nothing by their names alone.
func TestTheCallAsFrame(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want []string // matched rows: topic, left, right
	}{
		{"the call in passing",
			[]string{"The president spoke today with the chancellor."},
			[]string{"Points made during the phone conversation will be studied by the ministries."},
			nil},
		{"the call told again about a subject",
			[]string{"The president spoke today with the chancellor.", "The president also spoke with the chancellor about the ransomware attacks."},
			[]string{"The chancellor had a telephone conversation with the president.", "Cyberattacks from abroad were discussed."},
			[]string{"sequence [a-1] [b-1]", "ai [a-2] [b-2]"}},
		{"the first telling keeps the call",
			[]string{"The president spoke today with the chancellor about the ransomware attacks."},
			[]string{"The chancellor had a telephone conversation with the president."},
			[]string{"sequence [a-1] [b-1]"}},
		{"the people of the call name no point",
			[]string{"The president spoke today with Chancellor Lindqvist.", "The president praised the relations with Lindqvist.", "Tariffs were discussed."},
			[]string{"Chancellor Lindqvist had a telephone conversation with the president.", "The floods worry Lindqvist.", "Tariffs will fall."},
			[]string{"sequence [a-1] [b-1]", "trade [a-3] [b-3]"}},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMatched(t, e, buildArticle(map[string][]string{"a": tc.a, "b": tc.b}, "a", "b"), tc.want)
		})
	}
}

// TestConflictFrame: the words that name the war itself ("aggression",
// "invasion") put a statement in the topic of blame but are the background
// of what sides at war say: alone they are no specific thing in common.
func TestConflictFrame(t *testing.T) {
	tests := []struct {
		name, left, right string
		strong            bool
	}{
		{"aggression alone", "Washington will keep supporting Kyiv against the aggression.",
			"Frozen assets will be used to limit the aggressor's ability to fight.", false},
		{"invasion alone", "A further invasion would bring widespread suffering.",
			"Talk of a planned invasion is hysteria.", false},
		{"aggression and its cause", "The chancellor condemned the aggression and its root causes.",
			"The root causes of the crisis lie in the aggressive policy of the alliance.", true},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": {tc.left}, "b": {tc.right}}, "a", "b")
			l, r := e.prepare(&x.Accounts[0], &x.Accounts[1])
			_, kind := e.weigh(l, r, 0, 0, newWeights(l, r), &edge{})
			if (kind == strongLink) != tc.strong {
				t.Errorf("link kind %d, want strong %v", kind, tc.strong)
			}
		})
	}
}

// TestNamedThing: a thing named by its name ("the Leaders Summit on
// Climate") is one particular thing, not the new one the other side
// proposes ("a summit meeting"); it may be the one the other side refers
// to ("the water treaty", "the Indus Waters Treaty").
func TestNamedThing(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want []string
	}{
		{"a named summit and a new one",
			[]string{"The president suggested a summit meeting in some neutral capital."},
			[]string{"The president was invited to the online Island States Summit on Oceans.", "The two sides may hold a summit meeting soon."},
			[]string{"meeting [a-1] [b-2]"}},
		{"a named treaty and the treaty",
			[]string{"The Rhine Waters Treaty will stay suspended."},
			[]string{"Suspending the water treaty breaks international law."},
			[]string{"talks [a-1] [b-1]"}},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMatched(t, e, buildArticle(map[string][]string{"a": tc.a, "b": tc.b}, "a", "b"), tc.want)
		})
	}
}

// TestAnotherEvent: an event whose sides are not the sides of the
// comparison is another event ("talks between the United States and
// Russia" in a comparison of Paris and Berlin); one between the two sides
// is their call.
func TestAnotherEvent(t *testing.T) {
	tests := []struct {
		name string
		b    string
		want []string
	}{
		{"the call, its sides named", "A telephone conversation between the leaders of Germany and France took place today.",
			[]string{"sequence [a-1] [b-1]"}},
		{"another event", "The ministers weighed the outcome of the talks between the United States and Russia.", nil},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": {"The president spoke today with the chancellor."}, "b": {tc.b}}, "a", "b")
			x.Accounts[0].Speaker, x.Accounts[1].Speaker = "Elysee", "Berlin"
			checkMatched(t, e, x, tc.want)
		})
	}
}

// checkMatched compares the first two accounts of x and checks their
// matched rows ("topic [left ids] [right ids]", in row order).
func checkMatched(t *testing.T, e *Engine, x *sources.Extraction, want []string) {
	t.Helper()
	c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
	var got []string
	for _, r := range c.Rows {
		if r.Verdict == Agree || r.Verdict == Diverge {
			got = append(got, fmt.Sprintf("%s %v %v", r.Topic, r.Left, r.Right))
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOneOfAKind: the things of a kind ("Russian attacks") and one
// particular one of them, tied to a day or a target ("today's attack on
// Lviv"), are two things, and share no subject or term by their words, as
// the world's economy and the economy between two countries are, and a
// term inside a longer name ("the Joint Forces Training Mission") names no
// subject; two mentions of one strike are one thing.
func TestOneOfAKind(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want []string
	}{
		{"attacks and today's attack",
			[]string{"Loans will rebuild the grid after Russian attacks."},
			[]string{"The governor reported today's attack on Lviv.", "Dozens of homes were damaged."},
			nil},
		{"the world's economy and the economy between two",
			[]string{"The two leaders discussed economic cooperation and trade."},
			[]string{"Xi defended the openness of the global economic system.", "Both leaders praised the new bridge."},
			nil},
		{"the world's economy, twice",
			[]string{"The slowdown of the global economy was discussed."},
			[]string{"Risks to the world economy were raised."},
			[]string{"trade [a-1] [b-1]"}},
		{"a term inside a longer name",
			[]string{"The minister praised the Joint Forces Training Mission."},
			[]string{"Loans will rebuild the grid after Russian attacks.", "Dozens of homes were damaged."},
			nil},
		{"one strike, twice",
			[]string{"Rome condemned the strike on Lviv."},
			[]string{"Berlin condemned the attack on Lviv."},
			[]string{"military [a-1] [b-1]"}},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMatched(t, e, buildArticle(map[string][]string{"a": tc.a, "b": tc.b}, "a", "b"), tc.want)
		})
	}
}

// TestOtherRelation: a relation between two sides ("relations between
// Turkey and Syria") is another matter than one between other sides
// ("relations between Turkey and Russia"), whatever words they share; the
// same sides in another order are the same relation.
func TestOtherRelation(t *testing.T) {
	tests := []struct {
		name string
		b    string
		want []string
	}{
		{"the same sides", "Steps to normalise relations between Syria and Turkey were discussed.", []string{"relations [a-1] [b-1]"}},
		{"other sides", "Steps to improve relations between Turkey and Russia were discussed.", nil},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": {"The leaders stressed the need to normalise relations between Turkey and Syria."},
				"b": {tc.b}}, "a", "b")
			x.Accounts[0].Speaker, x.Accounts[1].Speaker = "Kremlin", "Ankara"
			checkMatched(t, e, x, tc.want)
		})
	}
}

// TestQualifyingCountry: a country named on both sides only to qualify
// other things ("Norwegian salmon imports", "Norway's whaling") is no
// thing in common; qualifying one thing ("Norway's oil fields", "the
// Norwegian oil fields") it is.
func TestQualifyingCountry(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want []string
	}{
		{"two things qualified", "The minister asked to lift the ban on Norwegian salmon imports.",
			"The president said Norway's whaling is a matter of public concern.", nil},
		{"one thing qualified", "The minister praised Norway's offshore oil fields.",
			"The president visited the Norwegian oil fields.", []string{"energy [a-1] [b-1]"}},
	}
	e := testEngine(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := buildArticle(map[string][]string{"a": {tc.a}, "b": {tc.b}}, "a", "b")
			checkMatched(t, e, x, tc.want)
		})
	}
}
