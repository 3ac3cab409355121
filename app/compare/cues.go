package compare

import (
	"strconv"
	"strings"
)

// stance is what a statement signals beyond its topic: which pole of each
// axis it takes, which words it negates, and the places, actors, numbers and
// dates it names. Keys are normalised; values are the words as written.
type stance struct {
	poles    map[int][]string // axis*2+pole -> surfaces
	negated  map[string]string
	affirmed map[string]string // content stems said without negation
	places   map[string]string
	actors   map[string]string
	numbers  map[string]string
	dates    map[string]string
}

// negationReach is how many tokens after a negator it still applies to: "not
// ready", "not yet fully ready", "no conditions".
const negationReach = 3

// stanceOf reads the cues of one scanned statement.
func (l *Lexicon) stanceOf(sc *scanned) stance {
	s := stance{affirmed: make(map[string]string, len(sc.toks))}
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
				put(&s.negated, sc.toks[k].stem, sc.span(h.from, k+1))
				break
			}
			seen++
		}
	}
	for i, t := range sc.toks {
		if l.isContent(t) && negAt[i] < 0 && !inNegator[i] {
			if _, ok := s.affirmed[t.stem]; !ok {
				s.affirmed[t.stem] = sc.text[t.start:t.end]
			}
		}
	}
	inDate := make([]bool, len(sc.toks))
	for _, h := range sc.hits {
		key := strings.Join(h.ph.stems, " ")
		surface := sc.span(h.from, h.to)
		switch h.ph.kind {
		case kindPole:
			pole := h.ph.ref
			if n := negAt[h.from]; n >= 0 && !inNegator[h.from] {
				// "not imminent", "no progress": the other pole.
				pole ^= 1
				surface = sc.span(n, h.to)
			}
			if s.poles == nil {
				s.poles = map[int][]string{}
			}
			s.poles[pole] = appendNew(s.poles[pole], surface)
		case kindPlace:
			// Forms of one name ("China|Chinese|Beijing") are one place or actor.
			put(&s.places, strconv.Itoa(h.ph.group), surface)
		case kindActor:
			put(&s.actors, strconv.Itoa(h.ph.group), surface)
		case kindDate:
			if h.to < len(sc.toks) && isNumber(sc.toks[h.to].norm) {
				// "November 15": the day belongs to the date.
				key += " " + sc.toks[h.to].norm
				surface = sc.span(h.from, h.to+1)
				inDate[h.to] = true
			}
			put(&s.dates, key, surface)
		}
	}
	for i, t := range sc.toks {
		if !inDate[i] && (isNumber(t.norm) || l.numbers[t.norm]) {
			put(&s.numbers, numberKey(t.norm), sc.text[t.start:t.end])
		}
	}
	return s
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}

// put sets m[k] = v unless k is there already (the first way a name is
// written is kept), making the map on first use: most statements name no
// place, date or number.
func put(m *map[string]string, k, v string) {
	if *m == nil {
		*m = map[string]string{}
	}
	if _, ok := (*m)[k]; !ok {
		(*m)[k] = v
	}
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
