package compare

import (
	"slices"
	"strings"
)

// What a commitment cue commits to. "The sides agreed to start talks at
// once" and "a settlement could be reached through talks" give two levels of
// commitment, but to two things: starting talks, and reaching a
// settlement. The commitment scale compares two sides only on one action
// (Engine.commitment), so the action of each cue is read here: the words
// it bears on in its clause.

// actionWords reads the action of each commitment cue of a statement
// (levelCue.action). words tells the tokens that can name an action: not
// a name, number, date, negator or commitment cue.
func (l *Lexicon) actionWords(sc *scanned, levels []levelCue, words []bool) {
	if len(levels) == 0 {
		return
	}
	// topicAt[i] is the topic phrase covering token i, or -1: "prisoner
	// exchange" is one action, not its last word.
	topicAt := make([]int, len(sc.toks))
	for i := range topicAt {
		topicAt[i] = -1
	}
	for k, h := range sc.hits {
		if h.ph.kind != kindTopic {
			continue
		}
		for i := h.from; i < h.to; i++ {
			if topicAt[i] < 0 || h.to-h.from > sc.hits[topicAt[i]].to-sc.hits[topicAt[i]].from {
				topicAt[i] = k
			}
		}
	}
	for k := range levels {
		lc := &levels[k]
		var act action
		at := l.nextWord(sc, lc.to, words)
		if at >= 0 {
			// The words that follow the cue, as far as they run
			// together: "the possibility of harsh sanctions".
			end := at
			for n := 0; n < maxActionRun && end < len(sc.toks) && words[end] && l.isContent(sc.toks[end]) &&
				(end == at || !endsClause(sc, end-1)); n++ {
				act.add(l, sc, end, topicAt)
				end++
			}
			if l.light[sc.toks[at].stem] {
				// "hold talks": the talks are what is done.
				if obj := l.nextWord(sc, end, words); obj >= 0 && !endsClause(sc, end-1) {
					act.add(l, sc, obj, topicAt)
				}
			}
		}
		lc.function = l.functionWords(sc, lc.from, lc.to)
		if at < 0 || lc.function {
			// "Talks will begin", "an exchange is possible": the
			// subject is what the cue bears on.
			if before := l.prevWord(sc, lc.from-1, words); before >= 0 {
				act.add(l, sc, before, topicAt)
			}
		}
		lc.action = act
	}
}

// maxActionRun is how many words in a row after a commitment cue name its
// action: a verb and its object, or a noun and its modifiers.
const maxActionRun = 3

// action is what a commitment cue commits to: the stems of its words, and
// the kinds of lexicon terms among them ("respond decisively" and "harsh
// sanctions" are both the sanctions).
type action struct {
	stems []string
	kinds []termKind
}

// termKind is what a topic term names. In a subject topic, any term names
// the subject. In a broad topic (talks), the general words name the
// diplomacy itself ("talks", "negotiations") and the other terms what it
// may produce ("a memorandum", "a lasting settlement"): starting talks and
// reaching a settlement are two actions.
type termKind struct {
	topic   int
	general bool
}

// add adds token k, or the topic phrase covering it, to the action.
func (a *action) add(l *Lexicon, sc *scanned, k int, topicAt []int) {
	from, to := k, k+1
	if h := topicAt[k]; h >= 0 {
		from, to = sc.hits[h].from, sc.hits[h].to
		ph := sc.hits[h].ph
		kind := termKind{topic: ph.ref}
		if l.Topics[ph.ref].Broad {
			kind.general = ph.general
		}
		if !slices.Contains(a.kinds, kind) {
			a.kinds = append(a.kinds, kind)
		}
	}
	for i := from; i < to; i++ {
		if t := sc.toks[i]; l.isContent(t) && !slices.Contains(a.stems, t.stem) {
			a.stems = append(a.stems, t.stem)
		}
	}
}

// same tells whether two commitment cues bear on one action: their words
// share a word, or a kind of topic term.
func (a *action) same(b *action) bool {
	for _, w := range a.stems {
		if slices.Contains(b.stems, w) {
			return true
		}
	}
	for _, k := range a.kinds {
		if slices.Contains(b.kinds, k) {
			return true
		}
	}
	return false
}

// nextWord is the first token from i on, in the clause of token i-1, that
// can name an action: a content word that is not a name, a cue, an agent
// ("the sides") or a manner adverb ("formally begin"). -1 when none.
func (l *Lexicon) nextWord(sc *scanned, i int, words []bool) int {
	for k := i; k < len(sc.toks); k++ {
		if k > 0 && endsClause(sc, k-1) {
			return -1
		}
		if l.actionWord(sc, k, words) {
			return k
		}
	}
	return -1
}

// prevWord is the last token from i back, in the clause of token i+1, that
// can name an action (nextWord); -1 when none.
func (l *Lexicon) prevWord(sc *scanned, i int, words []bool) int {
	for k := i; k >= 0; k-- {
		if endsClause(sc, k) {
			return -1
		}
		if l.actionWord(sc, k, words) {
			return k
		}
	}
	return -1
}

// actionWord tells whether token k can name an action.
func (l *Lexicon) actionWord(sc *scanned, k int, words []bool) bool {
	t := sc.toks[k]
	if !words[k] || !l.isContent(t) || l.agents[t.stem] || l.reporting[t.stem] {
		return false
	}
	// A manner adverb says how, not what: "formally begin".
	return !(len(t.norm) > 4 && strings.HasSuffix(t.norm, "ly"))
}

// functionWords tells whether tokens [from, to) are all stopwords: a modal
// ("will", "could") bears on its subject as well as its verb.
func (l *Lexicon) functionWords(sc *scanned, from, to int) bool {
	for k := from; k < to; k++ {
		if l.isContent(sc.toks[k]) {
			return false
		}
	}
	return true
}

// endsClause tells whether the clause of token j ends after it: a comma,
// semicolon, colon, question or exclamation mark, parenthesis or dash
// follows, or a full stop that does not end an abbreviation ("U.S.").
func endsClause(sc *scanned, j int) bool {
	if j+1 >= len(sc.toks) {
		return true
	}
	gap := sc.text[sc.toks[j].end:sc.toks[j+1].start]
	if strings.ContainsAny(gap, ",;:?!()\u2014") {
		return true
	}
	return strings.Contains(gap, ".") && !isAbbrev(sc.text[sc.toks[j].start:sc.toks[j].end]) &&
		!isLower(sc.text[sc.toks[j+1].start:sc.toks[j+1].end])
}
