package compare

import (
	"slices"
	"strconv"
)

// The relationship between the sides of the call is worded by each side
// in words that vary far more than a subject's do ("our special
// relationship", "ties between our nations", "pledged to improve ties"),
// and an account often comes back to it. Beyond each side's main
// statement on it (markRelationship), every statement whose point is the
// relationship of the call is a candidate for the other side's statements
// on it (classProbe), and stands beside its closest one (classRows).
//
// The class is the relationship alone. The talks, the contacts and the
// diplomacy (broad topics too) were tried and left out: "a return to
// diplomacy" and "consultations on these matters" are often two points,
// one side's call and the other's arrangement.

// classProbe prefixes the probe (point.probes) of a statement whose point is
// the relationship of the call (pointClass).
const classProbe = "c:"

// classScore is the least score of a link made by the class of the two
// statements alone: two statements that share no word would otherwise
// offer no rival (rivals), and could never be each other's closest.
const classScore = 0.05

// pointClass is the topic of the relationship when it is the point of a
// statement, -1 otherwise: its strongest main topic is the relationship
// (Topic.Relationship), and the relationship between the sides of the call
// (ofTheCall).
func (e *Engine) pointClass(s *side, i int) int {
	if len(s.main[i]) == 0 {
		return -1
	}
	t := s.main[i][0]
	if !e.lex.Topics[t].Relationship || !betweenTheSides(s, i, t, s.callFrame) {
		return -1
	}
	return t
}

// betweenTheSides tells whether statement i of s speaks of relationship
// t between the sides of the call (ofTheCall), not of one of many
// relationships (beyondTheSides).
func betweenTheSides(s *side, i, t int, frame map[string]bool) bool {
	return ofTheCall(&s.pt[i], t, frame) && !beyondTheSides(&s.sc[i], s.pt[i].topicUse(t))
}

// wideWords make a relationship one of many sides: "international
// cooperation", "multilateral partnerships", "global ties".
var wideWords = map[string]bool{"international": true, "multilateral": true, "regional": true, "global": true,
	"world": true, "worldwide": true}

// beyondTheSides tells whether every word of the relationship a statement
// uses is one of many sides (wideWords right before it, or one word
// before): "concerted international cooperation" is not the relationship
// between the two.
func beyondTheSides(sc *scanned, u *topicUse) bool {
	for _, c := range u.terms {
		wide := false
		for k := c.from - 1; k >= 0 && k >= c.from-2; k-- {
			wide = wide || wideWords[sc.toks[k].norm]
		}
		if !wide {
			return false
		}
	}
	return len(u.terms) > 0
}

// addClassProbes reads the class of each statement of s (side.class) and
// gives each statement whose point is the relationship the probe of its
// class. It runs once the frame of the call is known (markRelationship).
func (e *Engine) addClassProbes(s *side) {
	s.class = filled(len(s.pt), -1)
	for i := range s.pt {
		if t := e.pointClass(s, i); t >= 0 {
			s.class[i] = t
			s.pt[i].probes = append(s.pt[i].probes, classProbe+strconv.Itoa(t))
		}
	}
}

// sameClass tells whether statements i of l and j of r both make their
// point on the relationship of the call (side.class) and name nothing of
// their own beyond it (aboutDiplomacyAlone).
func (e *Engine) sameClass(l, r *side, i, j int, w weights) bool {
	t := l.class[i]
	return t >= 0 && t == r.class[j] && e.aboutDiplomacyAlone(&l.pt[i], w) && e.aboutDiplomacyAlone(&r.pt[j], w)
}

// aboutDiplomacyAlone tells whether a statement names nothing specific
// outside the frame of the call but the diplomacy: no third country,
// place, name, number or date, no matter, no object of a subject. A
// statement that names "the crisis in Sudan" or "the Minsk agreements"
// makes its point on them, whatever diplomacy it speaks of: whether it
// is the point of another statement is for what the two name in common
// to tell.
func (e *Engine) aboutDiplomacyAlone(p *point, w weights) bool {
	for _, k := range p.keys {
		switch {
		case w.inFrame(k.key):
		case k.kind == specEvent || k.kind == specPhrase || k.kind == specNegated || k.kind == specQuoted:
		case (k.kind == specObject || k.kind == specTopic) && k.topic >= 0 && e.lex.Topics[k.topic].Broad:
		default:
			return false
		}
	}
	return true
}

// classRows places the statements still in no row whose point is the
// relationship of the call (edge.class), by their closest statement of the
// other side on it (the highest score, then the first): two such
// statements in no row that are each other's closest make a row; then a
// statement in no row whose closest stands in a row of its own makes a
// row with it, which refers to that statement (guestRow), as a second
// point does. "Pledged to improve ties" beside "noted the importance of
// the relationship between the two" is what the one side says of the
// relationship, whichever statement of the other it was first linked to.
func (g *grouping) classRows(class []edge, topicOf func(*edge) int) {
	bestL, bestR := filled(len(g.rowL), -1), filled(len(g.rowR), -1)
	for k := range class {
		ed := &class[k]
		if b := bestL[ed.l]; b < 0 || ed.score > class[b].score {
			bestL[ed.l] = k
		}
		if b := bestR[ed.r]; b < 0 || ed.score > class[b].score {
			bestR[ed.r] = k
		}
	}
	for k := range class {
		if ed := &class[k]; g.rowL[ed.l] < 0 && g.rowR[ed.r] < 0 && bestL[ed.l] == k && bestR[ed.r] == k {
			g.start(ed, topicOf(ed))
		}
	}
	// Whether a statement stood in a row before any guest row was made,
	// so the order of the links does not decide.
	placedL, placedR := slices.Clone(g.rowL), slices.Clone(g.rowR)
	first := map[[2]int]int{}
	for k := range class {
		switch ed := &class[k]; {
		case placedL[ed.l] < 0 && placedR[ed.r] >= 0 && bestL[ed.l] == k:
			g.guestRow(ed, false, topicOf(ed), first)
		case placedR[ed.r] < 0 && placedL[ed.l] >= 0 && bestR[ed.r] == k:
			g.guestRow(ed, true, topicOf(ed), first)
		}
	}
}
