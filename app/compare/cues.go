package compare

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cue is a word or phrase of a statement that signals something: as
// written, and where (tokens [from, to) of the statement).
type cue struct {
	text     string
	from, to int
}

// stance is what a statement signals beyond its topic: which pole of each
// axis it takes, which words it negates, and the places, actors, numbers and
// dates it names. Keys are normalised; values are the words as written.
type stance struct {
	poles map[int][]cue // axis*2+pole -> cues, first occurrence of each wording
	// firm holds the poles taken by a term that is not plain (Pole.Plain).
	firm     map[int]bool
	negated  map[string]cue
	affirmed map[string]cue // content stems said without negation
	places   map[string]cue
	actors   map[string]cue
	numbers  map[string]cue
	dates    map[string]cue
	// denied holds the topics (lexicon index) whose terms stand only in
	// clauses a negator denies ("there was no talk of a trade deal"), with
	// the words that deny them; said holds the topics said outright.
	denied map[int]cue
	said   map[int]cue
	// deniedBy gives, for each token a negator denies, the negator's first
	// token, and -1 for the others; nil when nothing is denied.
	deniedBy []int
	// names holds the stems of the words that name places and actors:
	// sharing "Russia" does not show two accounts say the same thing.
	names   map[string]bool
	blame   []cue // words of accusation
	warning []cue // words of a warning
	rebut   []cue // words rejecting the other side's claims
	// reserve holds the words of an answer that commits to nothing
	// ("took note of the request").
	reserve []cue
	// durations are the lengths of time the statement gives.
	durations []duration
	// levels are the commitment cues not under a negator, in text order.
	levels []levelCue
}

// levelCue is a commitment cue with its step on the scale (0 firmest).
type levelCue struct {
	cue
	step int
	// action is what the cue commits to (actionWords).
	action action
	// function marks a cue of stopwords only: a modal ("will", "could").
	function bool
}

// negationReach is how many stopwords after a negator it still applies to:
// "not ready", "not yet fully ready", "no conditions", "denied that there
// was any mention".
const negationReach = 5

// stanceOf reads the cues of one scanned statement.
func (l *Lexicon) stanceOf(sc *scanned) stance {
	s := stance{affirmed: make(map[string]cue, len(sc.toks))}
	// negAt[i] is the index of the negator whose reach covers token i, or -1.
	negAt := make([]int, len(sc.toks))
	for i := range negAt {
		negAt[i] = -1
	}
	inNegator := make([]bool, len(sc.toks))
	for _, h := range sc.hits {
		if h.ph.kind != kindNegator {
			continue
		}
		for k := h.from; k < h.to; k++ {
			inNegator[k] = true
		}
		// The scope runs to the first content word after the negator.
		for k, seen := h.to, 0; k < len(sc.toks) && seen < negationReach; k++ {
			negAt[k] = h.from
			if l.isContent(sc.toks[k]) {
				putCue(&s.negated, sc.toks[k].stem, sc.cue(h.from, k+1))
				break
			}
			seen++
		}
	}
	for i, t := range sc.toks {
		if l.isContent(t) && negAt[i] < 0 && !inNegator[i] {
			if _, ok := s.affirmed[t.stem]; !ok {
				s.affirmed[t.stem] = sc.cue(i, i+1)
			}
		}
	}
	l.denials(sc, &s, inNegator)
	for _, h := range sc.hits {
		if h.ph.kind == kindPlace || h.ph.kind == kindActor {
			if s.names == nil {
				s.names = map[string]bool{}
			}
			for k := h.from; k < h.to; k++ {
				s.names[sc.toks[k].stem] = true
			}
		}
	}
	var concernAt map[int]bool // where a concern starts: "warned of"
	for _, h := range sc.hits {
		if h.ph.kind == kindConcern {
			if concernAt == nil {
				concernAt = map[int]bool{}
			}
			concernAt[h.from] = true
		}
	}
	inDate := make([]bool, len(sc.toks)) // tokens of a date or a length of time
	s.durations = sc.durations
	for _, d := range sc.durations {
		markCovered(inDate, d.from, d.to)
	}
	for _, h := range sc.hits {
		key := strings.Join(h.ph.stems, " ")
		c := sc.cue(h.from, h.to)
		switch h.ph.kind {
		case kindPole:
			pole := h.ph.ref
			if n := negAt[h.from]; n >= 0 && !inNegator[h.from] {
				// "not imminent", "no progress": the other pole.
				pole ^= 1
				c = sc.cue(n, h.to)
			}
			if s.poles == nil {
				s.poles = map[int][]cue{}
			}
			s.poles[pole] = appendCue(s.poles[pole], c)
			if !h.ph.plain {
				if s.firm == nil {
					s.firm = map[int]bool{}
				}
				s.firm[pole] = true
			}
		case kindLevel:
			if negAt[h.from] < 0 || inNegator[h.from] {
				s.levels = append(s.levels, levelCue{cue: c, step: h.ph.ref})
			}
		case kindBlame:
			s.blame = appendCue(s.blame, c)
		case kindWarning:
			if !concernAt[h.from] {
				s.warning = appendCue(s.warning, c)
			}
		case kindRebuttal:
			s.rebut = appendCue(s.rebut, c)
		case kindNoncommittal:
			s.reserve = appendCue(s.reserve, c)
		case kindPlace:
			// Forms of one name ("China|Chinese|Beijing") are one place or
			// actor, and a capital is in its country: "a summit in Madrid"
			// and "a meeting in Spain" name one place.
			key := strconv.Itoa(h.ph.group)
			if a, ok := l.actorOfPlace[h.ph.group]; ok {
				key = "actor " + strconv.Itoa(a)
			}
			putCue(&s.places, key, c)
		case kindActor:
			putCue(&s.actors, strconv.Itoa(h.ph.group), c)
		case kindDate:
			if h.to < len(sc.toks) && isNumber(sc.toks[h.to].norm) {
				// "November 15": the day belongs to the date.
				key += " " + sc.toks[h.to].norm
				c = sc.cue(h.from, h.to+1)
				inDate[h.to] = true
			}
			putCue(&s.dates, key, c)
		}
	}
	for i := 0; i < len(sc.toks); i++ {
		t := sc.toks[i]
		if inDate[i] || !isNumber(t.norm) && !l.numbers[t.norm] {
			continue
		}
		if isNumber(t.norm) && i+1 < len(sc.toks) && isMagnitude(sc.toks[i+1].norm) {
			// "1.5 million" and "2 million" are two numbers, not
			// one shared "million".
			putCue(&s.numbers, numberKey(t.norm)+" "+sc.toks[i+1].norm, sc.cue(i, i+2))
			i++
			continue
		}
		putCue(&s.numbers, numberKey(t.norm), sc.cue(i, i+1))
	}
	if len(s.levels) > 0 {
		l.actionWords(sc, s.levels, l.actionTokens(sc, inNegator, inDate))
	}
	return s
}

// actionTokens tells the tokens that can name what a commitment cue commits
// to: not a commitment cue, negator, name, number or date.
func (l *Lexicon) actionTokens(sc *scanned, inNegator, inDate []bool) []bool {
	words := make([]bool, len(sc.toks))
	for i, t := range sc.toks {
		words[i] = !inNegator[i] && !inDate[i] && !isNumber(t.norm) && !l.numbers[t.norm] &&
			!(capitalised(sc, i) && !opensSentence(sc, i))
	}
	for _, h := range sc.hits {
		switch h.ph.kind {
		case kindLevel, kindActor, kindPlace, kindDate, kindNegator:
			for k := h.from; k < h.to; k++ {
				words[k] = false
			}
		}
	}
	return words
}

// appendCue appends c unless the same wording is there already.
func appendCue(list []cue, c cue) []cue {
	for _, x := range list {
		if strings.EqualFold(x.text, c.text) {
			return list
		}
	}
	return append(list, c)
}

// putCue sets m[k] = c unless k is there already (the first way a name is
// written is kept), making the map on first use: most statements name no
// place, date or number.
func putCue(m *map[string]cue, k string, c cue) {
	if *m == nil {
		*m = map[string]cue{}
	}
	if _, ok := (*m)[k]; !ok {
		(*m)[k] = c
	}
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}

// isMagnitude tells a word that scales the number before it.
func isMagnitude(norm string) bool {
	switch norm {
	case "hundred", "thousand", "million", "billion", "trillion":
		return true
	}
	return false
}

// numberKey is the value of a number token: "1,200" and "1200" meet, and
// "90-day" meets "90".
func numberKey(norm string) string {
	if !isNumber(norm) {
		return norm
	}
	end := 0
	for end < len(norm) && (norm[end] >= '0' && norm[end] <= '9' || norm[end] == ',' || norm[end] == '.') {
		end++
	}
	return strings.ReplaceAll(norm[:end], ",", "")
}

// denials finds the topics a statement denies. A negator whose first
// content word is a reach word ("no talk", "never accept", "did not
// discuss") covers the rest of its clause, and the topic terms there are
// denied; topic terms anywhere else are said.
func (l *Lexicon) denials(sc *scanned, s *stance, inNegator []bool) {
	var reachAt map[int]bool
	for _, h := range sc.hits {
		if h.ph.kind == kindReach {
			if reachAt == nil {
				reachAt = map[int]bool{}
			}
			reachAt[h.from] = true
		}
	}
	// deniedBy[i] is the index of the negator denying token i, or -1; nil
	// when nothing is denied (most statements).
	var deniedBy []int
	for _, h := range sc.hits {
		if h.ph.kind != kindNegator || reachAt == nil {
			continue
		}
		for k, seen := h.to, 0; k < len(sc.toks) && seen < negationReach; k++ {
			if inNegator[k] {
				continue // "does not and will never accept": the last negator decides
			}
			if !l.isContent(sc.toks[k]) {
				seen++
				continue
			}
			if reachAt[k] {
				if deniedBy == nil {
					deniedBy = make([]int, len(sc.toks))
					for i := range deniedBy {
						deniedBy[i] = -1
					}
				}
				for j := k; j < clauseEnd(sc, k); j++ {
					deniedBy[j] = h.from
				}
			}
			break
		}
	}
	s.deniedBy = deniedBy
	for _, h := range sc.hits {
		if h.ph.kind != kindTopic {
			continue
		}
		if deniedBy != nil && deniedBy[h.from] >= 0 {
			n := deniedBy[h.from]
			if s.denied == nil {
				s.denied = map[int]cue{}
			}
			if _, ok := s.denied[h.ph.ref]; !ok {
				s.denied[h.ph.ref] = sc.cue(n, h.to)
			}
			continue
		}
		if s.said == nil {
			s.said = map[int]cue{}
		}
		if _, ok := s.said[h.ph.ref]; !ok {
			s.said[h.ph.ref] = sc.cue(h.from, h.to)
		}
	}
}

// clauseEnd returns the index after the last token of the clause holding
// token k: the clause ends at a comma, semicolon, colon, question or
// exclamation mark, a full stop that does not end an abbreviation ("U.S."),
// or before "but".
func clauseEnd(sc *scanned, k int) int {
	for j := k; j+1 < len(sc.toks); j++ {
		gap := sc.text[sc.toks[j].end:sc.toks[j+1].start]
		if strings.ContainsAny(gap, ",;:?!()\u2014") {
			return j + 1
		}
		if strings.Contains(gap, ".") && !isAbbrev(sc.text[sc.toks[j].start:sc.toks[j].end]) &&
			!isLower(sc.text[sc.toks[j+1].start:sc.toks[j+1].end]) {
			return j + 1
		}
		if sc.toks[j+1].norm == "but" {
			return j + 1
		}
	}
	return len(sc.toks)
}

// isAbbrev tells words a full stop follows without ending the sentence:
// dotted abbreviations ("U.S") and words ending in a single capital ("J.",
// "India-U" of "India-U.S."). A full stop before a lower-case word does not
// end the sentence either.
func isAbbrev(w string) bool {
	if strings.Contains(w, ".") {
		return true
	}
	last := w[strings.LastIndexAny(w, "-‑")+1:]
	return len(last) == 1 && last[0] >= 'A' && last[0] <= 'Z'
}

func isLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}
