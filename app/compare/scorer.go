package compare

import (
	"math"
	"sort"
	"strings"
)

// Scorer decides what statements are about and how alike two of them are.
// It is the one place where the matching method lives, so a better one
// (embeddings, a trained classifier) can replace it without touching the
// alignment, the verdicts or the views.
type Scorer interface {
	// Score profiles texts that are compared together; they are also the
	// corpus for term weights, so scores are comparable only within one
	// call.
	Score(texts []string) []Profile
	// Similarity of two profiles from the same Score call, from 0 to 1.
	Similarity(a, b *Profile) float64
}

// Profile is what a Scorer knows about one text.
type Profile struct {
	// Topics the text speaks to, in lexicon order; empty when none does.
	Topics []TopicScore
	// Terms is the weighted term vector, sorted by term, unit length.
	Terms []Weight

	// ids and ws are Terms as numbers sorted by id, which the default
	// scorer compares much faster than strings.
	ids []uint32
	ws  []float64
}

// TopicScore is one topic of a text with the words that show it.
type TopicScore struct {
	Topic    string
	Score    float64
	Evidence []string // the text's own words, one per term, then places named
}

// Weight is one term of a vector.
type Weight struct {
	Term string
	W    float64
}

// lexScorer is the default Scorer: topics from the lexicon, similarity as the
// cosine of TF-IDF vectors over stemmed content words.
type lexScorer struct{ lex *Lexicon }

// NewScorer returns the default scorer for a lexicon.
//
// Topics: every distinct lexicon term of a topic found in a statement is one
// piece of evidence. A statement speaks to its main topics only: a topic
// counts when its evidence is more than half of the strongest topic's, so a
// passing mention ("talks ... could be hosted at <place>") does not put a
// statement about the venue into the talks row.
//
// Similarity: cosine of (1+log tf)·idf vectors over stemmed words that are
// not stopwords, idf taken over the texts scored together.
func NewScorer(lex *Lexicon) Scorer { return lexScorer{lex: lex} }

func (s lexScorer) Score(texts []string) []Profile {
	st := stemmer{}
	scans := make([]scanned, len(texts))
	for i, text := range texts {
		scans[i] = s.lex.scan(text, st)
	}
	return s.scoreScanned(scans)
}

// scoreScanned is Score on texts the engine has already scanned.
func (s lexScorer) scoreScanned(scans []scanned) []Profile {
	out := make([]Profile, len(scans))
	tfs := make([]map[string]int, len(scans))
	df := map[string]int{}
	for i := range scans {
		sc := &scans[i]
		out[i].Topics = s.topics(sc)
		tf := map[string]int{}
		for _, t := range sc.toks {
			if s.lex.isContent(t) {
				tf[t.stem]++
			}
		}
		for term := range tf {
			df[term]++
		}
		tfs[i] = tf
	}
	n := float64(len(scans))
	// Number the terms in sorted order, so numeric and textual order agree.
	vocab := make([]string, 0, len(df))
	for term := range df {
		vocab = append(vocab, term)
	}
	sort.Strings(vocab)
	id := make(map[string]uint32, len(vocab))
	for k, term := range vocab {
		id[term] = uint32(k)
	}
	for i, tf := range tfs {
		// Terms in order before summing: a sum of floats taken in map
		// order changes in its last bits from run to run, and with it
		// which of two equal-looking statements is nearer.
		vec := make([]Weight, 0, len(tf))
		for term := range tf {
			vec = append(vec, Weight{Term: term})
		}
		sort.Slice(vec, func(a, b int) bool { return vec[a].Term < vec[b].Term })
		out[i].ids = make([]uint32, len(vec))
		out[i].ws = make([]float64, len(vec))
		for k := range vec {
			out[i].ids[k], out[i].ws[k] = id[vec[k].Term], termWeight(tf[vec[k].Term], df[vec[k].Term], n)
		}
		unitLength(out[i].ws)
		for k := range vec {
			vec[k].W = out[i].ws[k]
		}
		out[i].Terms = vec
	}
	return out
}

// topics scores the lexicon topics of one scanned text.
func (s lexScorer) topics(sc *scanned) []TopicScore {
	ev := map[int][]string{}
	groups := map[int]int{} // topic -> distinct terms
	seen := map[int]bool{}
	var places []string
	for k, h := range sc.hits {
		switch h.ph.kind {
		case kindTopic:
			if insideLonger(sc, k) {
				continue
			}
			// One word per term: "negotiated" and "negotiation" are
			// forms of one term, shown once.
			if !seen[h.ph.group] {
				seen[h.ph.group] = true
				groups[h.ph.ref]++
				ev[h.ph.ref] = append(ev[h.ph.ref], sc.span(h.from, h.to))
			}
		case kindPlace:
			places = appendNew(places, sc.span(h.from, h.to))
		}
	}
	if len(sc.durations) > 0 {
		for ti, t := range s.lex.Topics {
			if _, ok := groups[ti]; t.Durations && !ok {
				groups[ti] = 0 // scored below: a length of time alone speaks to it
			}
		}
	}
	best := 0.0
	score := map[int]float64{}
	for ti, n := range groups {
		score[ti] = float64(n)
		if s.lex.Topics[ti].Durations && len(sc.durations) > 0 {
			score[ti]++
			for _, d := range sc.durations {
				ev[ti] = append(ev[ti], d.text)
			}
		}
		if s.lex.Topics[ti].Places && len(places) > 0 {
			// The places named are together one more piece of evidence:
			// a list of five cities is not five times as much venue.
			score[ti]++
			ev[ti] = append(ev[ti], places...)
		}
		best = math.Max(best, score[ti])
	}
	var out []TopicScore
	for ti := range s.lex.Topics {
		sc, ok := score[ti]
		if !ok || sc*2 <= best {
			continue
		}
		out = append(out, TopicScore{Topic: s.lex.Topics[ti].ID, Score: sc, Evidence: ev[ti]})
	}
	return out
}

// insideLonger reports whether topic hit k lies within a longer specific
// topic hit of another topic: "stopping military action" is a ceasefire
// term, and the "military action" inside it is not also evidence of
// fighting. Hits
// are in the order of their first token and no longer than the lexicon's
// longest phrase, so only the hits starting a few tokens around k can hold
// it: the cost stays linear in a long statement.
func insideLonger(sc *scanned, k int) bool {
	hits := sc.hits
	h := hits[k]
	// A general phrase ("summit in", "talks in") frames the word inside
	// it; only a specific one ("stopping military action") stands for it.
	// A phrase with a word left open ("halt * attacks") frames the
	// words it leaves open: "stop energy infrastructure strikes" still
	// names energy infrastructure.
	contains := func(o hit) bool {
		return o.ph.kind == kindTopic && !o.ph.general && !o.ph.open && o.ph.ref != h.ph.ref &&
			o.from <= h.from && h.to <= o.to && o.to-o.from > h.to-h.from
	}
	for j := k - 1; j >= 0 && hits[j].from >= h.from-sc.longest; j-- {
		if contains(hits[j]) {
			return true
		}
	}
	for j := k + 1; j < len(hits) && hits[j].from == h.from; j++ {
		if contains(hits[j]) {
			return true
		}
	}
	return false
}

func (s lexScorer) Similarity(a, b *Profile) float64 {
	if a.ids != nil && b.ids != nil {
		return similarityIDs(a, b)
	}
	i, j, dot := 0, 0, 0.0
	for i < len(a.Terms) && j < len(b.Terms) {
		switch strings.Compare(a.Terms[i].Term, b.Terms[j].Term) {
		case 0:
			dot += a.Terms[i].W * b.Terms[j].W
			i++
			j++
		case -1:
			i++
		default:
			j++
		}
	}
	return math.Min(1, dot)
}

// isContent tells the words that carry meaning: not stopwords, not single
// letters.
func (l *Lexicon) isContent(t token) bool {
	return !l.stop[t.norm] && (len(t.norm) > 1 || isNumber(t.norm))
}

// termWeight is a term's weight in a text's vector: (1+log tf)·idf, the
// idf taken over the n texts weighed together.
func termWeight(tf, df int, n float64) float64 {
	return (1 + math.Log(float64(tf))) * math.Log(1+n/float64(df))
}

// unitLength scales a vector to length 1, so that the cosine of two is
// their dot product.
func unitLength(ws []float64) {
	norm := 0.0
	for _, w := range ws {
		norm += w * w
	}
	norm = math.Sqrt(norm)
	for k := range ws {
		ws[k] /= norm
	}
}

// similarityIDs is Similarity over the numbered terms of one Score call.
func similarityIDs(a, b *Profile) float64 {
	i, j, dot := 0, 0, 0.0
	ai, bi := a.ids, b.ids
	for i < len(ai) && j < len(bi) {
		switch x, y := ai[i], bi[j]; {
		case x == y:
			dot += a.ws[i] * b.ws[j]
			i++
			j++
		case x < y:
			i++
		default:
			j++
		}
	}
	return math.Min(1, dot)
}
