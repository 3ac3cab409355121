package usage

import (
	"fmt"
	"strings"
)

// extras finds, for each document the article draws on, the statements the
// article attributes to the same speakers that have no close match in the
// document: no single statement of it carries a quarter of their content
// words, and all of them together not half. An article account draws on a
// document when one of its statements quotes or paraphrases the document.
func (an *analysis) extras(res *Result) []Extra {
	var out []Extra
	for _, ud := range res.Documents {
		accounts := map[string]bool{}
		used := map[string]bool{}
		for _, c := range ud.Checks {
			if c.Use.Used() && c.Passage != nil && c.Passage.Statement != "" {
				used[c.Passage.Statement] = true
				accounts[an.unitOf(c.Passage.Statement).account] = true
			}
		}
		for k, u := range an.units {
			if u.statement == "" || u.account == "" || !accounts[u.account] || used[u.statement] {
				continue
			}
			if best, all := an.coveredBy(k, ud.ID); best < relatedCoverage && all < paraphraseCoverage {
				p := an.passage(candidate{unit: k})
				p.Coverage = 0
				out = append(out, Extra{Document: ud.ID, Passage: *p})
			}
		}
	}
	return out
}

func (an *analysis) unitOf(statement string) unit {
	for _, u := range an.units {
		if u.statement == statement {
			return u
		}
	}
	return unit{}
}

// coveredBy is how much of unit k's weighted content words the best single
// statement of document doc carries, and all its statements together.
func (an *analysis) coveredBy(k int, doc string) (best, all float64) {
	uw := an.prof[len(an.docs)+k].Terms
	inDoc := map[string]bool{}
	for i, d := range an.docs {
		if d.doc != doc {
			continue
		}
		cov := 0.0
		for _, t := range uw {
			if _, ok := an.weights[i][t.Term]; ok {
				cov += t.W * t.W
				inDoc[t.Term] = true
			}
		}
		best = max(best, cov)
	}
	for _, t := range uw {
		if inDoc[t.Term] {
			all += t.W * t.W
		}
	}
	return best, all
}

// Hedges and negations: words that change how sure a claim is or turn it
// around. A paraphrase that drops or adds one says something else than
// the document even when every other word is kept. General English.
var (
	hedgeWords = []string{"may", "might", "could", "possibly", "perhaps", "probably", "likely",
		"reportedly", "allegedly", "apparently", "seemingly", "unlikely"}
	negationWords = []string{"not", "no", "never", "neither", "nor", "without", "cannot", "n't"}
)

// modality reports hedging and negation words one text has and the other
// lacks.
func modality(doc, passage []word) []string {
	var out []string
	for _, set := range []struct {
		what  string
		words []string
	}{{"hedge", hedgeWords}, {"negation", negationWords}} {
		// Presence, not the word: "no plans" and "not planning" both
		// negate.
		d, p := present(doc, set.words), present(passage, set.words)
		switch {
		case len(d) > 0 && len(p) == 0:
			out = append(out, fmt.Sprintf("%s only in the document: %s", set.what, quoteList(d)))
		case len(p) > 0 && len(d) == 0:
			out = append(out, fmt.Sprintf("%s only in the article: %s", set.what, quoteList(p)))
		}
	}
	return out
}

// present lists the words of set found in ws, in set order.
func present(ws []word, set []string) []string {
	have := map[string]bool{}
	for _, w := range ws {
		have[w.norm] = true
		if strings.HasSuffix(w.norm, "n't") {
			have["n't"] = true
		}
	}
	var out []string
	for _, s := range set {
		if have[s] {
			out = append(out, s)
		}
	}
	return out
}

func quoteList(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = "'" + w + "'"
	}
	return strings.Join(q, ", ")
}
