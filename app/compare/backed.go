package compare

import "sort"

// The support of one side, told by both accounts of a call: "Lima will
// keep supporting Quito" and "Quito thanked Lima for its support of
// Quito" make one point, however differently the rest of the two
// statements runs. Only support of the side itself counts: "support for
// Quito's economy" and "support for Quito's entry into the bloc" are
// support of two things.

// backWords are the words of support that take the side supported right
// after them ("supporting Quito", "backing Quito").
var backWords = map[string]bool{"supporting": true, "backing": true}

// backBefore are the words of support that take the side after a
// preposition, keyed by the word and giving the prepositions: "support of
// Quito", "support for Quito", "stand with Quito", "solidarity with
// Quito".
var backBefore = map[string]map[string]bool{
	"support":    {"of": true, "for": true, "to": true},
	"stand":      {"by": true, "with": true},
	"stands":     {"by": true, "with": true},
	"standing":   {"by": true, "with": true},
	"stood":      {"by": true, "with": true},
	"solidarity": {"with": true},
}

// backedAt tells whether the side named by hit h is named as the one
// someone supports, alone: a word of support right before it (an article
// between at most), and the side not written as a possessive or an
// adjective of something else ("support for Quito's economy", "support
// for Quitonian farmers").
func (l *Lexicon) backedAt(sc *scanned, h hit) bool {
	if len(l.headsOf(sc, h)) > 0 {
		return false
	}
	k := h.from - 1
	if k >= 0 && sc.toks[k].norm == "the" {
		k--
	}
	if k < 0 || clauseBreak(sc, k) {
		return false
	}
	if backWords[sc.toks[k].norm] {
		return true
	}
	if k == 0 || clauseBreak(sc, k-1) {
		return false
	}
	return backBefore[sc.toks[k-1].norm][sc.toks[k].norm] && !kindOfSupport(sc, k-1)
}

// kindOfSupport tells whether the support word at token at ends a term of
// a topic: a kind of support ("financial support", "military support"),
// which is aid of that kind, not the support of the side.
func kindOfSupport(sc *scanned, at int) bool {
	// Hits are in the order of their first token, and none is longer
	// than the lexicon's longest phrase: look only where one could end
	// at the support word.
	k := sort.Search(len(sc.hits), func(i int) bool { return sc.hits[i].from >= at+1-sc.longest })
	for ; k < len(sc.hits) && sc.hits[k].from < at; k++ {
		if h := sc.hits[k]; h.ph.kind == kindTopic && h.to == at+1 {
			return true
		}
	}
	return false
}
