package compare

import (
	"fmt"
	"slices"
	"strconv"
)

// The words after a stance cue, to the end of its clause, say what or whom
// the stance is about: "concern about Russian support for the rebels" is
// aimed at Russia, "opposition to the court reform" is a stance on the
// reform.

// afterCue calls f for each token after a cue, to the end of its clause.
func afterCue(sc *scanned, c cue, f func(i int)) {
	if c.to >= len(sc.toks) || clauseBreak(sc, c.to-1) {
		return
	}
	for i := c.to; i < clauseEnd(sc, c.to); i++ {
		f(i)
	}
}

// aimedAt lists the actors named in or after the cues of a pole, each in
// its clause, by actor group, with the first words that name each: a word
// left open in a cue may name one ("the need for Caria to").
func aimedAt(sc *scanned, cues []cue) map[string]cue {
	var out map[string]cue
	for _, c := range cues {
		end := c.to
		afterCue(sc, c, func(i int) { end = i + 1 })
		for _, h := range sc.hits {
			if h.ph.kind == kindActor && h.from >= c.from && h.to <= end {
				putCue(&out, strconv.Itoa(h.ph.group), sc.cue(h.from, h.to))
			}
		}
	}
	return out
}

// aimedApart tells whether two sides at one pole aimed at someone ("grave
// concern about X's support for the rebels", "protests against the
// authorities in Y") aim it at different actors: each names an actor after
// its words, and none the other names. Naming the same actor ("concern
// about the strikes on Z", "condemned X's attack on Z") is one complaint.
func aimedApart(lsc, rsc *scanned, lw, rw []cue) bool {
	la, ra := aimedAt(lsc, lw), aimedAt(rsc, rw)
	if len(la) == 0 || len(ra) == 0 {
		return false
	}
	for k := range la {
		if _, ok := ra[k]; ok {
			return false
		}
	}
	return true
}

// aimedWords are the cues of a pole with the actors they are aimed at, in
// text order.
func aimedWords(sc *scanned, cues []cue) []cue {
	return append(append([]cue(nil), cues...), cuesOf(aimedAt(sc, cues))...)
}

// sameObject tells whether the two sides' stance cues bear on one thing:
// a content word after a cue of each, in its clause, in common, that is no
// name (capitalised or not), generic noun ("the issue") or word for who acts. "Opposition to
// the court reform" and "the need for judicial reform" share the reform;
// "support for Kyiv" and "opposed to new tariffs" share nothing.
func (e *Engine) sameObject(lsc, rsc *scanned, ls, rs *stance, lw, rw []cue) bool {
	lo := e.objectWords(lsc, ls, lw)
	return slices.ContainsFunc(e.objectWords(rsc, rs, rw), func(st string) bool { return slices.Contains(lo, st) })
}

// objectWords lists the stems of the words a side's stance cues bear on.
func (e *Engine) objectWords(sc *scanned, s *stance, cues []cue) []string {
	var out []string
	for _, c := range cues {
		afterCue(sc, c, func(i int) {
			t := sc.toks[i]
			if e.lex.isContent(t) && !s.names[t.stem] && !e.lex.generic[t.stem] && !e.lex.agents[t.stem] &&
				!adverb(t.norm) && !isNumber(t.norm) && !capitalInside(sc, i) {
				out = appendNew(out, t.stem)
			}
		})
	}
	return out
}

// emphasisWords are the verbs of a side that stresses a point to the other
// ("stressed democracy", "underscored the rule of law"): said to the other
// side, an admonition, which a reassurance answers.
var emphasisWords = map[string]bool{"stressed": true, "emphasized": true, "emphasised": true,
	"underscored": true, "underlined": true, "stressing": true, "emphasizing": true, "emphasising": true,
	"underscoring": true, "underlining": true}

// reassurance reports a side that reassures (the words rw, the side named
// rn) where the other (named sn, its scanned statement sc) stresses the
// point; left tells whether the reassuring side is the row's left.
func reassurance(rn, sn string, rw []cue, sc *scanned, left bool) (finding, bool) {
	ew := emphasis(sc)
	if len(ew) == 0 {
		return finding{}, false
	}
	f := finding{text: fmt.Sprintf("%s stresses it, %s answers with a reassurance: %s says %s, %s %s",
		sn, rn, sn, quoteCues(ew), rn, quoteCues(rw))}
	if left {
		f.lc, f.rc = rw, ew
	} else {
		f.lc, f.rc = ew, rw
	}
	return f, true
}

// emphasis lists the words by which a statement stresses its point.
func emphasis(sc *scanned) []cue {
	var out []cue
	for i, t := range sc.toks {
		if emphasisWords[t.norm] {
			out = append(out, sc.cue(i, i+1))
		}
	}
	return out
}
