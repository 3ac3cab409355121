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
	// deniedWords holds the stems of the words that name a thing, which
	// the statement names only in a clause it denies ("the question of
	// ownership was not raised"), with the denial's words.
	deniedWords map[string]cue
	// negatedWords holds the stems of the words that name a thing, which
	// the statement only negates ("not to close the border").
	negatedWords map[string]cue
	// denialEnd pairs the negator of each passive denial with the end of
	// its reach word: "the matter was not raised" quotes up to "raised".
	denialEnd [][2]int
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
	// hypothetical holds the stems of the words a statement names only as
	// what may happen ("the possibility of an invasion", "the threat of
	// sanctions"), with the words from the marker to each.
	hypothetical map[string]cue
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
	l.denials(sc, &s, inNegator)
	for i, t := range sc.toks {
		if l.isContent(t) && negAt[i] < 0 && !inNegator[i] && (s.deniedBy == nil || s.deniedBy[i] < 0) {
			if _, ok := s.affirmed[t.stem]; !ok {
				s.affirmed[t.stem] = sc.cue(i, i+1)
			}
		}
	}
	if s.deniedBy != nil {
		s.deniedWords = l.deniedWords(sc, &s)
	}
	if len(s.negated) > 0 {
		s.negatedWords = l.negatedWords(sc, &s)
	}
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
	otherSense := l.otherSenses(sc)
	inDate := make([]bool, len(sc.toks)) // tokens of a date or a length of time
	s.durations = sc.durations
	for _, d := range sc.durations {
		markCovered(inDate, d.from, d.to)
	}
	for _, h := range sc.hits {
		key := strings.Join(h.ph.stems, " ")
		c := sc.cue(h.from, h.to)
		if otherSense != nil && isCue(h.ph.kind) && otherSense[h.from] >= h.to {
			continue // "create the conditions for talks" sets no condition
		}
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
			// The day belongs to the date, however it is written:
			// "November 15", "November 15th", "15 November", "the 15th
			// of November" are one date.
			d, ok := dayOfMonth(sc, h.to)
			if !ok && h.to < len(sc.toks) && isNumber(sc.toks[h.to].norm) {
				d, ok = sc.toks[h.to].norm, true // "November 2024"
			}
			if ok {
				key += " " + d
				c = sc.cue(h.from, h.to+1)
				inDate[h.to] = true
			} else if at, d, ok := dayBefore(sc, h.from); ok {
				key += " " + d
				c = sc.cue(at, h.to)
				for k := at; k < h.from; k++ {
					inDate[k] = true
				}
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
	s.hypothetical = l.hypothetical(sc, &s)
	return s
}

// otherSenses maps the first token of each phrase in which a cue's word
// has another sense (lexiconFile.OtherSenses), and every token inside it,
// to the end of the phrase; nil when the statement has none.
func (l *Lexicon) otherSenses(sc *scanned) []int {
	var end []int
	for _, h := range sc.hits {
		if h.ph.kind != kindOtherSense {
			continue
		}
		if end == nil {
			end = make([]int, len(sc.toks))
		}
		for k := h.from; k < h.to; k++ {
			end[k] = max(end[k], h.to)
		}
	}
	return end
}

// isCue tells the kinds of phrase that signal a stance: what a phrase of
// another sense takes away.
func isCue(k phraseKind) bool {
	switch k {
	case kindPole, kindLevel, kindBlame, kindWarning, kindRebuttal, kindNoncommittal:
		return true
	}
	return false
}

// mayHappen are the words that make what follows them something that may
// happen, not something that has: "the possibility of", "a potential",
// "the risk of", "the threat of".
var mayHappen = map[string]bool{"possibility": true, "possible": true, "potential": true, "prospect": true,
	"risk": true, "threat": true, "danger": true, "likelihood": true}

// hypotheticalReach is how many content words after a mayHappen word it
// covers: "the possibility of Russian military intervention".
const hypotheticalReach = 3

// hypothetical finds the words a statement names only as what may happen:
// the content words (not names) just after a mayHappen word, in its
// clause, that the statement does not also name elsewhere.
func (l *Lexicon) hypothetical(sc *scanned, s *stance) map[string]cue {
	var out map[string]cue
	for i, t := range sc.toks {
		if !mayHappen[t.norm] {
			continue
		}
		end := clauseEnd(sc, i)
		for k, seen := i+1, 0; k < end && seen < hypotheticalReach; k++ {
			w := sc.toks[k]
			if !l.isContent(w) {
				continue
			}
			seen++
			if !s.names[w.stem] && !capitalInside(sc, k) {
				putCue(&out, w.stem, sc.cue(i, k+1))
			}
		}
	}
	for stem, c := range out {
		if a, ok := s.affirmed[stem]; ok && (a.from < c.from || a.from >= c.to) {
			delete(out, stem) // named outright too
		}
	}
	return out
}

// actionTokens tells the tokens that can name what a commitment cue commits
// to: not a commitment cue, negator, name, number or date.
func (l *Lexicon) actionTokens(sc *scanned, inNegator, inDate []bool) []bool {
	words := make([]bool, len(sc.toks))
	for i, t := range sc.toks {
		words[i] = !inNegator[i] && !inDate[i] && !isNumber(t.norm) && !l.numbers[t.norm] &&
			!capitalInside(sc, i)
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
// denied; topic terms anywhere else are said. Said in the passive, the
// denial covers what comes before it in the clause: "the matter was not
// raised", "sanctions did not come up", "no such plan was discussed".
func (l *Lexicon) denials(sc *scanned, s *stance, inNegator []bool) {
	var reachAt map[int]int // first token of a reach word -> its end
	for _, h := range sc.hits {
		if h.ph.kind == kindReach {
			if reachAt == nil {
				reachAt = map[int]int{}
			}
			reachAt[h.from] = max(reachAt[h.from], h.to)
		}
	}
	// deniedBy[i] is the index of the negator denying token i, or -1; nil
	// when nothing is denied (most statements).
	var deniedBy []int
	deny := func(from, to, neg int) {
		if deniedBy == nil {
			deniedBy = filled(len(sc.toks), -1)
		}
		for j := from; j < to; j++ {
			deniedBy[j] = neg
		}
	}
	for _, h := range sc.hits {
		if h.ph.kind != kindNegator || reachAt == nil {
			continue
		}
		for k, seen := h.to, 0; k < len(sc.toks) && seen < negationReach; k++ {
			if inNegator[k] {
				continue // "does not and will never accept": the last negator decides
			}
			end, reach := reachAt[k]
			if !reach && !l.isContent(sc.toks[k]) {
				seen++
				continue
			}
			if reach {
				deny(k, clauseEnd(sc, k), h.from)
				if passive(sc, h, k, end) {
					deny(clauseStart(sc, h.from), h.from, h.from)
					s.denialEnd = append(s.denialEnd, [2]int{h.from, end})
				}
			} else if to := noneWasSaid(sc, h, k, reachAt); to > 0 {
				deny(k, to, h.from)
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
				s.denied[h.ph.ref] = denialCue(sc, s, n, h.from, h.to)
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

// deniedWords lists the words of the denied clauses of a statement that
// name a thing of their own (thingWords) and that the statement does not
// say outright elsewhere.
func (l *Lexicon) deniedWords(sc *scanned, s *stance) map[string]cue {
	thing := l.thingWords(sc)
	var out map[string]cue
	for i, t := range sc.toks {
		if s.deniedBy[i] < 0 || !thing[i] {
			continue
		}
		if _, said := s.affirmed[t.stem]; !said {
			putCue(&out, t.stem, sc.cue(i, i+1))
		}
	}
	return out
}

// negatedWords lists the words a negator negates ("not to close the
// border") that name a thing of their own (thingWords) and that the
// statement does not say outright elsewhere.
func (l *Lexicon) negatedWords(sc *scanned, s *stance) map[string]cue {
	var thing []bool
	var out map[string]cue
	for _, stem := range sortedKeys(s.negated) {
		if _, said := s.affirmed[stem]; said {
			continue
		}
		if thing == nil {
			thing = l.thingWords(sc)
		}
		c := s.negated[stem]
		if c.from+1 < len(sc.toks) && notOnly[sc.toks[c.from+1].norm] {
			continue // "not only trade but also security" negates nothing
		}
		if i := c.to - 1; thing[i] {
			putCue(&out, stem, sc.cue(i, i+1))
		}
	}
	return out
}

// notOnly are the words after which a negator adds rather than negates:
// "not only", "not just", "not merely".
var notOnly = map[string]bool{"only": true, "just": true, "merely": true, "simply": true}

// thingWords tells the words of a statement that may name a thing of their
// own: content words that are no lexicon term (a topic's terms, names and
// places are specific things already), name, number, title, adverb,
// reporting verb, word for who acts or generic noun ("the issue").
func (l *Lexicon) thingWords(sc *scanned) []bool {
	out := make([]bool, len(sc.toks))
	for i, t := range sc.toks {
		out[i] = l.isContent(t) && !isNumber(t.norm) && !l.numbers[t.norm] && !adverb(t.norm) &&
			!capitalInside(sc, i) && !l.titles[t.norm] && !l.reporting[t.stem] &&
			!l.agents[t.stem] && !l.generic[t.stem]
	}
	for _, h := range sc.hits {
		if h.ph.kind != kindLevel && h.ph.kind != kindPole {
			for k := h.from; k < h.to; k++ {
				out[k] = false
			}
		}
	}
	return out
}

// beForms are the forms of "be" that make a participle after them passive,
// the "-n't" ones included.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "isn't": true, "aren't": true, "wasn't": true, "weren't": true}

// passive tells whether negator h and the reach word over tokens [k, end)
// deny what comes before them, its subject: a participle after a form of
// "be" ("the matter was not raised", "it wasn't discussed"), or a reach
// word that has its subject before it ("sanctions did not come up", "the
// issue was not on the agenda").
func passive(sc *scanned, h hit, k, end int) bool {
	if end-k > 1 {
		return true // "come up", "on the agenda"
	}
	be := beForms[sc.toks[h.from].norm] || h.from > 0 && beForms[sc.toks[h.from-1].norm]
	n := sc.toks[k].norm
	return be && (strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en"))
}

// noneWasSaid gives the end of a denial that opens with "no" and a noun,
// or a denial of a clause, and closes with a passive reach word: "no such
// proposal was discussed", "no date was mentioned", "denied that the lease
// was discussed"; 0 when the clause is not one.
func noneWasSaid(sc *scanned, h hit, k int, reachAt map[int]int) int {
	if !noneWords[sc.toks[h.from].norm] {
		return 0
	}
	for j := k + 1; j+1 < clauseEnd(sc, k); j++ {
		if !beForms[sc.toks[j].norm] {
			continue
		}
		if end, ok := reachAt[j+1]; ok && strings.HasSuffix(sc.toks[j+1].norm, "ed") {
			return end
		}
		return 0
	}
	return 0
}

// noneWords open a denial of what follows them: "no such plan was
// discussed", "denied that the plan was raised".
var noneWords = map[string]bool{"no": true, "none": true, "nothing": true, "denied": true, "deny": true,
	"denies": true, "denying": true}

// denialCue is the words of a denial from its negator to a denied word,
// or from the word to the end of the denial when it stands before the
// negator ("the matter was not raised").
func denialCue(sc *scanned, s *stance, neg, from, to int) cue {
	if from > neg {
		return sc.cue(neg, to)
	}
	end := neg + 1
	for _, d := range s.denialEnd {
		if d[0] == neg {
			end = d[1]
		}
	}
	return sc.cue(from, end)
}

// clauseEnd returns the index after the last token of the clause holding
// token k: the clause ends at a comma, semicolon, colon, question or
// exclamation mark, a full stop that does not end an abbreviation ("U.S."),
// or before "but".
func clauseEnd(sc *scanned, k int) int {
	for j := k; j+1 < len(sc.toks); j++ {
		if clauseBreak(sc, j) {
			return j + 1
		}
	}
	return len(sc.toks)
}

// clauseStart returns the index of the first token of the clause holding
// token k (clauseEnd).
func clauseStart(sc *scanned, k int) int {
	for j := k - 1; j >= 0; j-- {
		if clauseBreak(sc, j) {
			return j + 1
		}
	}
	return 0
}

// clauseBreak tells whether a clause ends between tokens j and j+1.
func clauseBreak(sc *scanned, j int) bool {
	gap := sc.text[sc.toks[j].end:sc.toks[j+1].start]
	switch {
	case strings.ContainsAny(gap, ",;:?!()\u2014"):
		return true
	case strings.Contains(gap, ".") && !isAbbrev(sc.text[sc.toks[j].start:sc.toks[j].end]) &&
		!isLower(sc.text[sc.toks[j+1].start:sc.toks[j+1].end]):
		return true
	}
	return sc.toks[j+1].norm == "but"
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

// dayOfMonth reads toks[i] as a day of the month ("15", "15th", "1st"),
// its number as a key.
func dayOfMonth(sc *scanned, i int) (string, bool) {
	if i < 0 || i >= len(sc.toks) {
		return "", false
	}
	w := sc.toks[i].norm
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suffix)
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 31 {
		return "", false
	}
	return strconv.Itoa(n), true
}

// dayBefore reads the day written before a month ("15 November", "the
// 15th of November"): where it starts, and its number.
func dayBefore(sc *scanned, month int) (int, string, bool) {
	if d, ok := dayOfMonth(sc, month-1); ok {
		return month - 1, d, true
	}
	if month >= 2 && sc.toks[month-1].norm == "of" {
		if d, ok := dayOfMonth(sc, month-2); ok {
			return month - 2, d, true
		}
	}
	return 0, "", false
}
