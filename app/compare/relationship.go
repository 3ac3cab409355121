package compare

// The relationship between the two sides of the call is one thing, however
// each side words it ("a true friend and partner", "to strengthen our
// bilateral ties"): what each account mainly says of it is the same point,
// and the two are linked (the verdict then tells whether they agree). A
// relationship with a third side ("its ties with Iran", "relations between
// Turkey and Syria") is another thing, and so is "the talks": only a topic
// marked Relationship is the relationship.

// relationshipProbe is the probe (point.probes) of each account's main
// statement on the relationship between the sides, so that the two meet as
// candidates.
const relationshipProbe = "r:"

// markRelationship finds, for each side, its main statement on the
// relationship between the sides of the call (side.rel) and gives it the
// relationship probe. It runs once the frames of both sides are known.
func (e *Engine) markRelationship(l, r *side) {
	frame := map[string]bool{}
	for k := range l.sides {
		frame[k] = true
	}
	for _, s := range []*side{l, r} {
		for _, k := range s.frame {
			frame[k] = true
		}
	}
	l.callFrame, r.callFrame = frame, frame
	for _, s := range []*side{l, r} {
		s.rel = e.relationshipStatement(s, frame)
		if s.rel >= 0 {
			s.pt[s.rel].probes = append(s.pt[s.rel].probes, relationshipProbe)
		}
		e.addClassProbes(s)
	}
}

// relationshipStatement is the statement of s whose strongest topic is the
// relationship (relationshipTopic) and that speaks of the relationship
// between the sides of the call (betweenTheSides): of several, one that
// names the relationship itself, then the one that speaks to it most
// strongly, then the first; -1 when none does.
func (e *Engine) relationshipStatement(s *side, frame map[string]bool) int {
	best, bestScore, bestNamed := -1, 0.0, false
	for i := range s.pt {
		t := e.relationshipTopic(s.main[i])
		if t < 0 || !betweenTheSides(s, i, t, frame) {
			continue
		}
		// A word of the relationship itself ("relations", "ties") says
		// more of it than a formula only ("partnership" in "an energy
		// partnership"): such a statement comes first, then the stronger.
		named := len(s.pt[i].topicUse(t).groups) > 0
		score := topicScore(&s.prof[i], e.lex.Topics[t].ID)
		if best < 0 || named && !bestNamed || named == bestNamed && score > bestScore {
			best, bestScore, bestNamed = i, score, named
		}
	}
	return best
}

// relationshipTopic is the first of a statement's main topics (strongest
// first) when it is the relationship, or the first after topics of the call
// itself only (Topic.Event: "in the phone call", "during the meeting"):
// saying where it was said does not make a statement about the call rather
// than the relationship ("the leaders stressed in the call their close
// ties"). An attribute of the call (its tone, its progress: Topic.Attribute)
// is a claim of its own and keeps the statement. -1 when the statement is
// mainly about something else.
func (e *Engine) relationshipTopic(main []int) int {
	for _, t := range main {
		switch {
		case e.lex.Topics[t].Relationship:
			return t
		case !e.lex.Topics[t].Event || e.lex.Topics[t].Attribute:
			return -1
		}
	}
	return -1
}

// ofTheCall tells whether a statement's relationship (topic t) is
// between the sides of the call: every side it names as a side of the
// relation is one of the frame, and so is every country or institution it
// names as someone's partner ("ties with Iran") or beside the words of the
// relationship ("our European partners", "the partnership with the
// Iranian side").
func ofTheCall(p *point, t int, frame map[string]bool) bool {
	for _, k := range p.between {
		if !frame[k] {
			return false
		}
	}
	u := p.topicUse(t)
	for _, k := range p.keys {
		if k.kind != specActor || frame[k.key] {
			continue
		}
		if k.roles&rolePartner != 0 || besideAny(k.cues, u.terms) {
			return false
		}
	}
	return true
}

// besideGap is how many words may stand between a country and a word of
// the relationship for the one to qualify the other: "partnership with the
// Iranian side".
const besideGap = 2

// besideAny tells whether a cue of xs stands within besideGap words of a
// cue of ys, on either side.
func besideAny(xs, ys []cue) bool {
	for _, x := range xs {
		for _, y := range ys {
			if x.to <= y.from && y.from-x.to <= besideGap || y.to <= x.from && x.from-y.to <= besideGap {
				return true
			}
		}
	}
	return false
}

// topicScore is how strongly a profile speaks to topic id (0 for none).
func topicScore(p *Profile, id string) float64 {
	for _, t := range p.Topics {
		if t.Topic == id {
			return t.Score
		}
	}
	return 0
}

// onRelationship tells whether statements i of l and j of r are their
// accounts' main statements on the relationship between the sides.
func onRelationship(l, r *side, i, j int) bool { return l.rel == i && r.rel == j && i >= 0 }
