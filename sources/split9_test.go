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
		not  []string // statements that must not stand
	}{
		{"a second predicate after a comma and", "Lopez and Brandt discussed a range of matters important to both economies, and tasked their ministers to keep working on the copper accord, the Chilean presidency said.",
			[]string{"Lopez and Brandt discussed a range of matters important to both economies", "tasked their ministers to keep working on the copper accord"}, nil},
		{"a second predicate after and", "Brandt said Lopez questioned him about the tariff and made clear that she holds Berlin responsible.",
			[]string{"Lopez questioned him about the tariff", "made clear that she holds Berlin responsible"}, nil},
		{"an irregular past with a particle", "The Chilean presidency said Brandt had praised the mine reforms and brought up the fishing quotas in the south.",
			[]string{"Brandt had praised the mine reforms", "brought up the fishing quotas in the south"}, nil},
		{"followed by another act", "The Chilean presidency said the talks opened with Lopez describing the new port project, followed by Brandt offering German engineers for it.",
			[]string{"the talks opened with Lopez describing the new port project", "Brandt offering German engineers for it"}, nil},
		{"as well as after a comma", "The Chilean presidency said the partnership will start with a hydrogen pilot plant, as well as joint research on battery recycling in Antofagasta.",
			[]string{"the partnership will start with a hydrogen pilot plant", "joint research on battery recycling in Antofagasta"}, nil},
		{"an absolute clause with its own subject", "The Chilean presidency said the talks had gone very well for both nations, with the conversation centring mostly on lithium.",
			[]string{"the talks had gone very well for both nations", "the conversation centring mostly on lithium"}, nil},
		{"a contrast after a comma", "Lopez said envoys from both capitals would gather again soon, though the venue of that gathering is still open.",
			[]string{"envoys from both capitals would gather again soon", "the venue of that gathering is still open"}, nil},
		{"but that", "Brandt said Berlin is \"open to a fair accord\" but that Germany would also \"defend its farmers first.\"",
			[]string{"Berlin is \"open to a fair accord\"", "Germany would also \"defend its farmers first.\""}, nil},
		{"two quoted predicates", "The Chilean presidency said Lopez \"voiced firm backing for the Andean water pact\" and \"called for a summit of the basin states.\"",
			[]string{"\"voiced firm backing for the Andean water pact\"", "\"called for a summit of the basin states.\""}, nil},
		{"a second clause with its own subject", "The Chilean presidency said attention was given to the drought in the north, and the Chilean army has sent water trucks to the region.",
			[]string{"attention was given to the drought in the north", "the Chilean army has sent water trucks to the region"}, nil},
		{"a quotation with a second predicate", "\"The presidents reviewed the state of the fishing accord, and asked their ministers to report back by June,\" the Chilean presidency said in a statement.",
			[]string{"The presidents reviewed the state of the fishing accord", "asked their ministers to report back by June"}, nil},
		{"a quoted report, sentence by sentence", "The Chilean statement read: \"The Chilean President raised the drought in the north. Maria Lopez stressed that water rights must be shared.\"",
			[]string{"The Chilean President raised the drought in the north.", "Maria Lopez stressed that water rights must be shared."}, nil},
		{"a speaker's two sentences stay one thought", "\"We are close to a deal. Our negotiators will meet on Friday,\" Lopez said.",
			[]string{"We are close to a deal. Our negotiators will meet on Friday"}, nil},
		{"a second sentence of a state stays with the first", "\"Berlin must lift the levy it set. Chile has always been open to trade,\" Lopez said.",
			[]string{"Berlin must lift the levy it set. Chile has always been open to trade"}, nil},
		{"while and a participle", "Lopez said Germany should open its market to Chilean wine while dropping the levy on copper.",
			[]string{"Germany should open its market to Chilean wine", "dropping the levy on copper"}, nil},
		{"while inside a relative clause stays", "Lopez said Chile backs the old fishing pact, which limits the catch of hake while allowing small boats to fish freely.",
			[]string{"Chile backs the old fishing pact, which limits the catch of hake while allowing small boats to fish freely"}, nil},
		{"the reporter's remark stays out", "Lopez said a visit to Santiago is being planned for Brandt, though she did not say when it would take place.",
			[]string{"a visit to Santiago is being planned for Brandt"}, []string{"she did not say when it would take place"}},
		{"a second subject in a speaker's own words stays", "\"It is not hard to persuade Chile, and our negotiators are ready to sign in May,\" Lopez said.",
			[]string{"It is not hard to persuade Chile, and our negotiators are ready to sign in May"}, nil},
		{"a pronoun without a comma in a speaker's own words stays", "\"Now we must settle the quotas and we will tell you more next week,\" Lopez said.",
			[]string{"Now we must settle the quotas and we will tell you more next week"}, nil},
		{"a participle dating the noun before stays", "The Chilean presidency said Lopez told Brandt about her meeting with the Bolivian leader, held two days after the border summit.",
			[]string{"Lopez told Brandt about her meeting with the Bolivian leader, held two days after the border summit"}, []string{"held two days after the border summit"}},
		{"a participle dated last June stays", "The Chilean presidency said Lopez praised the water accord, signed last June in Lima.",
			[]string{"Lopez praised the water accord, signed last June in Lima"}, nil},
		{"one object of two verbs stays", "The Chilean presidency said Lopez drafted and outlined a plan for the two ports.",
			[]string{"Lopez drafted and outlined a plan for the two ports"}, nil},
		{"a second infinitive goes on with the claim", "Lopez said the envoys agreed to swap the detained fishermen, and to talk again in Lima.",
			[]string{"the envoys agreed to swap the detained fishermen, and to talk again in Lima"}, nil},
		{"but and a predicate", "Brandt said the two sides touched briefly on fisheries, but mostly on the price of copper ore.",
			[]string{"the two sides touched briefly on fisheries", "mostly on the price of copper ore"}, nil},
		{"but and a new subject stays", "Lopez said the envoys met in good spirits, but Berlin was far less upbeat about it.",
			[]string{"the envoys met in good spirits, but Berlin was far less upbeat about it"}, nil},
		{"a list of topics, single nouns among them", "Lopez said she and Brandt discussed copper, lithium, the Pacific fishing treaty, and migration.",
			[]string{"she and Brandt discussed copper", "lithium", "the Pacific fishing treaty", "migration"}, nil},
		{"topics a sentence says it included", "The Chilean presidency said other topics included Antarctic research, ocean plastics, the Andean railway and clean hydrogen.",
			[]string{"other topics included Antarctic research", "ocean plastics", "the Andean railway", "clean hydrogen"}, nil},
		{"a list closed by what it does not name", "Lopez said she and Brandt discussed copper, lithium, fisheries, and other matters.",
			[]string{"she and Brandt discussed copper", "lithium", "fisheries"}, []string{"other matters"}},
		{"two topics stay one claim", "Lopez said she and Brandt discussed copper and the new port.",
			[]string{"she and Brandt discussed copper and the new port"}, nil},
		{"adjectives before one noun stay one claim", "Lopez said she and Brandt discussed economic, cultural and scientific ties.",
			[]string{"she and Brandt discussed economic, cultural and scientific ties"}, nil},
		{"not A, but B stays", "Lopez said Chile does not seek to close its market, but to open it on fair terms.",
			[]string{"Chile does not seek to close its market, but to open it on fair terms"}, nil},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := statementTexts(t, clauseLede+tt.text)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("no statement %q; got %q", w, got)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("%q stands as a statement; got %q", w, got)
				}
			}
		})
	}
}
