package compare

import "fmt"

// A matter is the state of affairs in one country or place, which news
// reports name by a few nouns that stand for one another: "the situation
// in Sudan", "the Sudanese crisis", "the war the army wages in Sudan",
// "developments around Sudan", "the shelling in Sudan", "the unrest
// involving Sudan". Two statements that name a matter of one
// country name one thing, whatever the noun (specMatter); a country alone
// is the frame of much of what diplomats say, and a matter noun alone ("the
// situation") names nothing.

// matterNouns are the nouns of the state of affairs in a place.
var matterNouns = map[string]bool{"situation": true, "crisis": true, "conflict": true, "war": true,
	"developments": true, "tensions": true, "hostilities": true, "escalation": true, "fighting": true,
	"violence": true, "shelling": true, "unrest": true}

// namedMatters are the nouns of a matter that stand for it only after the
// place that qualifies them: "the Korean issue", "the Sudan question";
// after them, the place is often one side of another matter ("the
// question of Sudan's membership").
var namedMatters = map[string]bool{"issue": true, "question": true, "problem": true}

// matterLinks are the words that tie a matter noun to the place after it:
// "the situation in", "tensions around", "the crisis over", "the war
// against", "developments regarding", "the unrest involving".
var matterLinks = map[string]bool{"in": true, "around": true, "at": true, "on": true, "over": true, "of": true,
	"regarding": true, "concerning": true, "surrounding": true, "against": true, "within": true, "inside": true,
	"involving": true}

// maxMatterAfter is how many words may stand between a matter noun and
// the place after it: "the war the army wages in Sudan", "the situation at
// the borders of Sudan".
const maxMatterAfter = 5

// maxMatterBefore is how many words may stand between a place before a
// matter noun and the noun: "the Sudanese domestic crisis".
const maxMatterBefore = 1

// entity is a country, institution, place or name a statement names, by
// its specific key, at tokens [from, to).
type entity struct {
	key      string
	from, to int
}

// mattersOf gives the keys of the matters a statement names: "m:" and the
// key of the place, for each matter noun tied to a place by a link word
// after it ("the situation in Sudan") or by the place before it ("the
// Sudan crisis", "Sudan's war", "the Sudanese question").
func (l *Lexicon) mattersOf(sc *scanned, ents []entity) map[string]cue {
	var out map[string]cue // most statements name none: no map for them
	for m, t := range sc.toks {
		after := matterNouns[t.norm]
		if !after && !namedMatters[t.norm] {
			continue
		}
		for _, e := range ents {
			if after && e.from > m && tiedAfter(sc, m, e.from) || e.to <= m && l.tiedBefore(sc, e.to, m) {
				putCue(&out, e.key, sc.cue(min(m, e.from), max(m+1, e.to)))
			}
		}
	}
	return out
}

// tiedAfter tells whether the matter noun at m reaches the place at token
// at: a link word between them, a few words at most, in one clause.
func tiedAfter(sc *scanned, m, at int) bool {
	if at-m-1 > maxMatterAfter {
		return false
	}
	linked := false
	for k := m; k < at; k++ {
		if clauseBreak(sc, k) {
			return false
		}
		if k > m && matterLinks[sc.toks[k].norm] {
			linked = true
		}
	}
	return linked
}

// tiedBefore tells whether the place ending at token end qualifies the
// matter noun at m: right before it, or with one word between that is no
// stopword ("the Sudanese domestic crisis", not "Sudan and the crisis").
func (l *Lexicon) tiedBefore(sc *scanned, end, m int) bool {
	if m-end > maxMatterBefore {
		return false
	}
	for k := end; k < m; k++ {
		if !l.isContent(sc.toks[k]) || isNumber(sc.toks[k].norm) {
			return false
		}
	}
	for k := end - 1; k < m; k++ {
		if clauseBreak(sc, k) {
			return false
		}
	}
	return true
}

// matterNames sort the nouns of a matter by what they call it. Accounts of
// one call often name one matter by nouns that say different things of
// it: one side's "war" is the other's "situation", and a crisis called
// "internal" or "domestic" is one the speaker says is no one else's doing.
// Nouns that call it neither ("conflict", "issue") are not sorted.
// "The fighting" and "hostilities" tell what goes on there, not what the
// speaker calls it, and are not sorted either.
var matterNames = map[string]string{"war": "a war",
	"situation": "a situation", "developments": "a situation", "crisis": "a situation", "tensions": "a situation"}

// internalWords call a matter the affair of its own country alone: "the
// internal crisis", "the domestic situation", "the intra-Sudanese
// conflict".
var internalWords = map[string]bool{"internal": true, "domestic": true, "intra": true}

// matterName tells what a statement calls a matter it names at c (a cue
// of mattersOf): a war, a situation, an internal affair, or "" when its
// noun is none of these. The word right before the cue counts too ("the
// internal Sudanese crisis").
func matterName(sc *scanned, c cue) string {
	name, internal := "", false
	for k := max(c.from-1, 0); k < c.to && k < len(sc.toks); k++ {
		n := sc.toks[k].norm
		internal = internal || internalWords[n]
		if m := matterNames[n]; m != "" && name != "a war" {
			name = m
		}
	}
	if internal && name != "a war" {
		return "an internal affair"
	}
	return name
}

// namedApart reports a matter both statements name (specMatter) that one
// calls a war and the other a situation, or one an internal affair and
// the other not: the two tell one matter as different things.
func namedApart(ln, rn string, lsc, rsc *scanned, shared []sharedKey) (finding, bool) {
	for _, sk := range shared {
		if sk.kind != specMatter || len(sk.lc) == 0 || len(sk.rc) == 0 {
			continue
		}
		a, b := matterName(lsc, sk.lc[0]), matterName(rsc, sk.rc[0])
		if a == "" || b == "" || a == b {
			continue
		}
		return finding{text: fmt.Sprintf("They call one matter different things: %s %s (%s), %s %s (%s)",
			ln, a, quote(sk.lc[0].text), rn, b, quote(sk.rc[0].text)),
			strong: true, lc: sk.lc[:1], rc: sk.rc[:1]}, true
	}
	return finding{}, false
}
