package compare

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"readouts/sources"
)

// filler is ordinary news wording around the lexicon terms of synthetic
// statements; picked with a skew towards the first words, as real word
// frequencies are.
var filler = strings.Fields(`the said that of and to in a on for with was as by at from it
	officials leaders discussed range questions during meeting stressed work would continue
	several tracks partners while delegations reviewed proposals documents positions earlier
	commitments government country people week statement call president minister foreign
	relations cooperation region issues agreed noted important situation process parties
	side position expressed hope support further steps including dialogue concern interest
	development mutual respect principle basis level contacts exchange views matters future
	shared common efforts towards goal international community ensure conditions detailed
	reports press conference spokesman briefing reporters asked answered comments remarks
	confirmed denied clarified explained emphasised underlined highlighted recalled welcomed
	appreciated rejected criticised warned urged called announced planned prepared organised
	capital city province district area zone line point stage phase round session day month
	year morning evening night hours minutes earlier later recent current previous next last`)

// fillerWord picks a filler word, common words more often.
func fillerWord(rng *rand.Rand) string {
	u := rng.Float64()
	return filler[int(u*u*float64(len(filler)))]
}

// synthetic builds an article with three accounts of n statements each:
// every statement speaks to one or two random topics of the lexicon, with
// random stance cues, places and numbers among ordinary words, the way
// readouts of a long negotiation would. The same seed gives the same article.
func synthetic(lex *Lexicon, n int, seed uint64) *sources.Extraction {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	pick := func(terms []string) string {
		t := terms[rng.IntN(len(terms))]
		forms := strings.Split(t, "|")
		return forms[rng.IntN(len(forms))]
	}
	places := []string{"Geneva", "Doha", "Istanbul", "Vienna", "Riyadh", "Oslo"}
	accounts := map[string][]string{}
	ids := []string{"alpha", "beta", "gamma"}
	for _, id := range ids {
		for i := 0; i < n; i++ {
			var words []string
			for k := 0; k < 3+rng.IntN(4); k++ {
				words = append(words, fillerWord(rng))
			}
			for k := 0; k < 1+rng.IntN(2); k++ {
				tp := lex.Topics[rng.IntN(len(lex.Topics))]
				words = append(words, strings.ReplaceAll(pick(append(tp.Terms, tp.General...)), anyWord, fillerWord(rng)))
				words = append(words, fillerWord(rng))
			}
			if rng.IntN(2) == 0 {
				ax := lex.Axes[rng.IntN(len(lex.Axes))]
				words = append(words, pick(ax.Poles[rng.IntN(2)].Terms))
			}
			if rng.IntN(4) == 0 {
				words = append(words, "in", places[rng.IntN(len(places))])
			}
			if rng.IntN(5) == 0 {
				words = append(words, "within", fmt.Sprint(10*(1+rng.IntN(6))), "days")
			}
			if rng.IntN(6) == 0 {
				words = append(words, "not", fillerWord(rng))
			}
			s := strings.Join(words, " ")
			accounts[id] = append(accounts[id], strings.ToUpper(s[:1])+s[1:]+".")
		}
	}
	return buildArticle(accounts, ids...)
}
