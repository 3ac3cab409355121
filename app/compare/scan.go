package compare

import "strings"

// hit is one lexicon phrase found in a text, over tokens [from, to).
type hit struct {
	ph       *phrase
	from, to int
}

// scanned is a text split into tokens with every lexicon phrase found in it.
type scanned struct {
	text string
	toks []token
	hits []hit // in the order of their first token
	// durations are the lengths of time the text gives.
	durations []duration
	// longest is the number of words of the lexicon's longest phrase.
	longest int
}

// scan tokenises text and finds the lexicon's phrases in it. At one position
// only the longest phrase of each topic or pole counts, and a phrase inside
// a longer one of the same topic or pole is skipped, so "peace talks" is one
// piece of evidence, not two.
func (l *Lexicon) scan(text string, st stemmer) scanned {
	s := scanned{text: text, toks: st.tokenize(text), longest: l.longest}
	if len(l.synonym) > 0 {
		for i := range s.toks {
			s.toks[i].stem = l.canonical(s.toks[i].stem)
		}
	}
	covered := map[[2]int]int{} // (kind, ref) -> token index covered up to
	for i, t := range s.toks {
		if strings.HasSuffix(t.norm, "n't") {
			s.hits = append(s.hits, hit{ph: nTPhrase, from: i, to: i + 1})
		}
		for _, ph := range l.index[t.stem] {
			if !s.matchAt(i, ph) {
				continue
			}
			key := [2]int{int(ph.kind), ph.ref}
			if covered[key] > i {
				continue
			}
			covered[key] = i + len(ph.stems)
			s.hits = append(s.hits, hit{ph: ph, from: i, to: i + len(ph.stems)})
		}
	}
	s.hits = l.dropQualifiers(&s)
	s.durations = durationsOf(&s)
	return s
}

// occasions are the stems of the nouns a word for how the call went
// qualifies when it speaks of the call: "a constructive conversation",
// "frank talks", "a warm atmosphere".
var occasions = stems("call", "calls", "conversation", "conversations", "talk", "talks", "discussion",
	"discussions", "meeting", "meetings", "exchange", "exchanges", "dialogue", "consultations", "negotiations",
	"session", "summit", "visit", "atmosphere", "tone", "spirit", "manner", "way", "one")

// dropQualifiers leaves out the one-word terms of an attribute of the
// call (Topic.Attribute: "constructive", "substantive") that qualify the
// next word when that word is no word for the call ("a constructive
// role", "substantive action", "positive forces"): they say how
// something else is, not how the call went.
func (l *Lexicon) dropQualifiers(s *scanned) []hit {
	var out []hit // a copy only once a hit is left out: most texts have none
	for k := range s.hits {
		switch {
		case l.qualifiesOther(s, k):
			if out == nil {
				out = append(make([]hit, 0, len(s.hits)), s.hits[:k]...)
			}
		case out != nil:
			out = append(out, s.hits[k])
		}
	}
	if out == nil {
		return s.hits
	}
	return out
}

// qualifiesOther tells whether hit k is a one-word term of an attribute of
// the call right before a content word that is no word for the call and
// starts no event nor other term of the attribute.
func (l *Lexicon) qualifiesOther(s *scanned, k int) bool {
	h := s.hits[k]
	if h.ph.kind != kindTopic || h.to-h.from != 1 || h.to >= len(s.toks) {
		return false
	}
	t := &l.Topics[h.ph.ref]
	if !t.Attribute || t.Durations || t.Actors {
		return false
	}
	next := s.toks[h.to]
	if strings.TrimSpace(s.text[s.toks[h.from].end:next.start]) != "" || !l.isContent(next) || occasions[next.stem] {
		return false
	}
	// Hits are in the order of their first token: those at the next
	// word follow this one.
	for _, o := range s.hits[k+1:] {
		if o.from > h.to {
			break
		}
		if o.from == h.to && (o.ph.kind == kindEvent || o.ph.kind == kindTopic && o.ph.ref == h.ph.ref) {
			return false
		}
	}
	return true
}

// nTPhrase stands for any "-n't" contraction, a negator wherever it occurs.
var nTPhrase = &phrase{kind: kindNegator, text: "n't"}

func (s *scanned) matchAt(i int, ph *phrase) bool {
	if i+len(ph.stems) > len(s.toks) {
		return false
	}
	for k, st := range ph.stems {
		if st == anyWord {
			continue
		}
		if t := &s.toks[i+k]; t.stem != st || ph.caps[k] && !t.upper {
			return false
		}
	}
	return true
}

// span returns the text covered by tokens [from, to).
func (s *scanned) span(from, to int) string {
	return s.text[s.toks[from].start:s.toks[to-1].end]
}

// cue returns tokens [from, to) as a cue.
func (s *scanned) cue(from, to int) cue { return cue{text: s.span(from, to), from: from, to: to} }

// bytes returns the byte range of tokens [from, to) in the text.
func (s *scanned) bytes(from, to int) (int, int) { return s.toks[from].start, s.toks[to-1].end }
