package compare

import (
	"math"
	"slices"
	"sort"
	"strings"

	"readouts/sources"
)

// gist is what a statement says outside the frame of the call, as a
// weighted term vector: its content words, and its names, numbers and
// dates as the keys that make their spellings one ("Daesh" and "ISIS",
// "April 4th" and "the 4th of April"). Left out are the sides of the call
// and its speakers, titles, the words for who acts ("the leaders"), the
// generic nouns ("the issue") and the verbs a readout frames every point
// with ("discussed", "talked", "noted"): two statements that share only
// those share the call, not a point.
type gist struct {
	terms []string  // sorted
	ws    []float64 // unit length
	cues  []cue     // where the statement first names each term, by term
}

// frameVerbs are the stems of the verbs and adverbs that tell that
// something was said or discussed, not what: "was also talked about",
// "the leaders discussed", "he noted".
var frameVerbs = stems("say", "said", "tell", "told", "state", "stated", "add", "added", "note", "noted",
	"stress", "stressed", "emphasize", "emphasise", "underline", "underscore", "reiterate", "mention",
	"discuss", "discussion", "talk", "talked", "raise", "raised", "speak", "spoke", "touch", "cover", "covered",
	"express", "expressed", "also", "inform", "informed", "point", "exchange", "view", "views", "during",
	"today", "phone", "telephone", "call", "conversation")

func stems(words ...string) map[string]bool {
	out := make(map[string]bool, len(words))
	for _, w := range words {
		out[stem(w)] = true
	}
	return out
}

// termAt is one term of a gist where the statement names it.
type termAt struct {
	term string
	at   cue
}

// gistTerms appends to out the terms of the gist of statement i of s,
// once per place the statement names them: the keys of the things it names
// outside the frame, and its other content words by stem. A key makes the
// forms of one thing one term ("ISIS" and "Daesh", "April 4th" and "the
// 4th of April"); the terms of a topic's objects come before the names
// inside them, and the frame and the call before both. taken is scratch
// space.
func (l *Lexicon) gistTerms(s *side, i int, w weights, taken []bool, out []termAt) []termAt {
	sc, pt := &s.sc[i], &s.pt[i]
	taken = taken[:len(sc.toks)]
	clear(taken)
	for _, h := range sc.hits {
		if h.ph.kind == kindNegator {
			// Whether a thing is said or denied is the verdict's
			// business: "agreed on a ceasefire" and "did not agree on
			// a ceasefire" make one point, and two denials of one
			// thing share no more than the thing.
			for t := h.from; t < h.to; t++ {
				taken[t] = true
			}
		}
	}
	for pass := range 3 {
		for _, k := range pt.keys {
			if gistPass(k.kind, w.inFrame(k.key)) != pass {
				continue
			}
			for _, c := range k.cues {
				if c.to > len(taken) || slices.Contains(taken[c.from:c.to], true) {
					continue
				}
				for t := c.from; t < c.to; t++ {
					taken[t] = true
				}
				if pass > 0 {
					out = append(out, termAt{plainKey(k), c})
				}
			}
		}
	}
	for t, tok := range sc.toks {
		if taken[t] || !l.isContent(tok) || l.titles[tok.norm] || l.agents[tok.stem] || l.generic[tok.stem] ||
			frameVerbs[tok.stem] || capitalised(sc, t) && w.inFrame(string(specName)+":"+tok.norm) {
			continue
		}
		out = append(out, termAt{tok.stem, cue{text: sc.span(t, t+1), from: t, to: t + 1}})
	}
	return out
}

// plainKey is the key of a thing, a name written without diacritics:
// one outlet writes "Erdoğan", the next "Erdogan".
func plainKey(k specific) string {
	if k.kind == specName {
		return sources.PlainLetters(k.key)
	}
	return k.key
}

// gistPass tells in which pass gistTerms reads a key: 0 for the frame and
// the call (left out), 1 for a topic's objects, 2 for the names, numbers
// and dates; -1 for the keys it does not read (the words are read as
// words).
func gistPass(kind specKind, frame bool) int {
	switch {
	case frame || kind == specEvent:
		return 0
	case kind == specObject:
		return 1
	case kind == specActor || kind == specPlace || kind == specName || kind == specNumber || kind == specDate:
		return 2
	}
	return -1
}

// gists weighs the gist terms of the statements of both sides by TF-IDF
// over the two accounts together, as the scorer weighs words.
func (l *Lexicon) gists(left, right *side, w weights) (lg, rg []gist) {
	n := len(left.pt) + len(right.pt)
	// The gists' terms, weights and cues share three arrays: ends[k]
	// is where the terms of statement k end.
	var terms []string
	var ws []float64
	var cues []cue
	ends := make([]int, 0, n)
	df := make(map[string]int, 8*n)
	var taken []bool
	var buf []termAt
	for _, s := range []*side{left, right} {
		for i := range s.pt {
			if k := len(s.sc[i].toks); cap(taken) < k {
				taken = make([]bool, k)
			}
			buf = l.gistTerms(s, i, w, taken, buf[:0])
			// By term, each at its first place in the statement.
			slices.SortFunc(buf, func(a, b termAt) int {
				if c := strings.Compare(a.term, b.term); c != 0 {
					return c
				}
				return a.at.from - b.at.from
			})
			for k, x := range buf {
				if k > 0 && x.term == buf[k-1].term {
					ws[len(ws)-1]++ // counts until weighed below
					continue
				}
				terms, ws, cues = append(terms, x.term), append(ws, 1), append(cues, x.at)
				df[x.term]++
			}
			ends = append(ends, len(terms))
		}
	}
	out := make([]gist, n)
	for k, end := range ends {
		start := 0
		if k > 0 {
			start = ends[k-1]
		}
		g := gist{terms: terms[start:end:end], ws: ws[start:end:end], cues: cues[start:end:end]}
		for x, term := range g.terms {
			g.ws[x] = termWeight(int(g.ws[x]), df[term], float64(n))
		}
		unitLength(g.ws)
		out[k] = g
	}
	return out[:len(left.pt)], out[len(left.pt):]
}

// Tuning of the paraphrase links, chosen on the gists of the pairs of
// statements that are each other's closest by half again, over every
// reading at hand (the built-in article, the corpus, the development
// sets): of those that share three terms or more, the pairs careful
// readers link come to 0.38 and above, and none they leave apart reaches
// 0.37; of those that share two, the pairs readers link come to 0.6 and
// above (the two words are nearly all either says), the others to 0.45
// at most.
const (
	// paraMin is how alike two gists that share paraShared terms must
	// be.
	paraMin = 0.37
	// paraShared is how many terms in common make a paraphrase at
	// paraMin.
	paraShared = 3
	// paraFew is how alike two gists that share only two terms must be:
	// the two words must be nearly all that either says ("thanked him
	// for supporting the move", "thanked him for his support"). One
	// word in common is a topic, not a point.
	paraFew = 0.6
	// paraMargin is how much closer each must be to the other than to
	// any other statement of the other account.
	paraMargin = 0.5
)

// paraphrases finds the statements that say the same thing in nearly the
// same words, whatever topics the lexicon files them under: "thanked him
// for supporting the move" and "thanked him for his support", or a
// statement whose only topic word is the frame ("was also talked about").
// A pair links when its gists are alike (paraMin with paraShared terms in
// common, paraFew with two), and each is the other's closest statement by
// paraMargin. The edges are weighed as any pair (weigh), so their rows
// take their verdicts from the same rules.
func (e *Engine) paraphrases(l, r *side, w weights) []edge {
	lg, rg := e.lex.gists(l, r, w)
	fromL, fromR := closestGists(lg, rg), closestGists(rg, lg)
	var out []edge
	scratch := &edge{}
	for i, a := range fromL {
		if a.at < 0 || a.shared < 2 || a.sim < paraMin || a.shared < paraShared && a.sim < paraFew ||
			a.sim < (1+paraMargin)*a.second {
			continue
		}
		if b := fromR[a.at]; b.at != i || b.sim < (1+paraMargin)*b.second {
			continue
		}
		ed, _ := e.weigh(l, r, i, a.at, w, scratch)
		ed = ed.own()
		ed.alike = sharedCues(&lg[i], &rg[a.at])
		out = append(out, ed)
	}
	return out
}

// sharedCues are the words of each statement that name the terms their
// gists a and b share, in the order of each statement.
func sharedCues(a, b *gist) [2][]cue {
	var out [2][]cue
	for i, j := 0, 0; i < len(a.terms) && j < len(b.terms); {
		switch {
		case a.terms[i] == b.terms[j]:
			out[0], out[1] = append(out[0], a.cues[i]), append(out[1], b.cues[j])
			i++
			j++
		case a.terms[i] < b.terms[j]:
			i++
		default:
			j++
		}
	}
	for _, cs := range out {
		sort.SliceStable(cs, func(x, y int) bool { return cs[x].from < cs[y].from })
	}
	return out
}

// gistMatch is the closest gist of the other side to one statement: at
// (-1 for none), how alike, how many terms shared, and how alike the next
// closest comes.
type gistMatch struct {
	at          int
	sim, second float64
	shared      int
}

// closestGists finds, for each gist of a, the closest gist of b. Only the
// gists that share a term can be alike at all: an index of b's terms
// finds them, leaving out the terms more than window statements use
// (they weigh next to nothing), so the cost stays linear.
func closestGists(a, b []gist) []gistMatch {
	type posting struct {
		at int
		w  float64
	}
	index := map[string][]posting{}
	for j := range b {
		for x, t := range b[j].terms {
			index[t] = append(index[t], posting{j, b[j].ws[x]})
		}
	}
	dot, shared := make([]float64, len(b)), make([]int, len(b))
	var touched []int
	out := make([]gistMatch, len(a))
	for i := range a {
		for x, t := range a[i].terms {
			post := index[t]
			if len(post) > window {
				continue
			}
			for _, p := range post {
				if shared[p.at] == 0 {
					touched = append(touched, p.at)
				}
				dot[p.at] += a[i].ws[x] * p.w
				shared[p.at]++
			}
		}
		m := gistMatch{at: -1}
		sort.Ints(touched)
		for _, j := range touched {
			switch s := math.Min(1, dot[j]); {
			case m.at < 0 || s > m.sim:
				m.second = math.Max(m.second, m.sim)
				m.at, m.sim, m.shared = j, s, shared[j]
			default:
				m.second = math.Max(m.second, s)
			}
			dot[j], shared[j] = 0, 0
		}
		touched = touched[:0]
		out[i] = m
	}
	return out
}
