package compare

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// judgement is the verdict of one link and what it rests on.
type judgement struct {
	verdict Verdict
	// conflicts are the reasons to diverge (strong) or to doubt (weak),
	// strongest first; agreeing are the cues both sides share.
	conflicts []finding
	agreeing  []finding
	strong    int
	weak      int
}

// finding is one reason with the words on each side it names.
type finding struct {
	text   string
	strong bool
	lc, rc []cue
	// onlyOne: the reason is what only one side says (a warning, a
	// condition); words of the other side, if any, are its counterpart.
	onlyOne bool
}

// judge reads the verdict of a link from the cues of its two statements.
//
// The two diverge when, on the point they share, they say it differently in
// substance: the numbers, dates or (where the topic is a place) places they
// give have nothing in common; one denies or negates what the other says;
// their commitment is two or more steps apart on the commitment scale
// (unless both make it on a condition); they sit at opposite poles of a
// strong axis (conditional against unconditional, positive against
// negative); both sit at a pole aimed at someone (concern, protest) and
// aim it at different actors; both make demands, each of the other's
// party (pressEachOther); one takes a thing back and the other stands
// by it; one reassures where the other stresses the point; one says a
// thing may happen and the other that it did; where the topic is who is
// to blame, they name different actors; one sets a condition (not a plain "if") and the other states the
// point without one; or one blames, warns or rebuts and the other does
// not. A point, detail or
// condition only one of them gives is not a divergence. Weak conflicts
// (opposite poles of a weak axis) lower the confidence.
func (e *Engine) judge(l, r *side, ed *edge, topic int) judgement {
	var j judgement
	ls, rs := &l.st[ed.l], &r.st[ed.r]
	ln, rn := l.name, r.name
	add := func(f finding) {
		j.conflicts = append(j.conflicts, f)
		if f.strong {
			j.strong++
		} else {
			j.weak++
		}
	}
	if topic >= 0 && e.lex.Topics[topic].Places {
		// Places only oppose each other where the topic is where to meet:
		// "Beijing said" and "Paris said" are not two venues.
		if f, ok := differ("Different places", ln, rn, ls.places, rs.places); ok {
			add(f)
		}
	}
	for _, d := range []struct {
		what   string
		lm, rm map[string]cue
	}{{"Different numbers", onPoint(&l.sc[ed.l], ls.numbers, ed.topics), onPoint(&r.sc[ed.r], rs.numbers, ed.topics)},
		{"Different dates", onPoint(&l.sc[ed.l], ls.dates, ed.topics), onPoint(&r.sc[ed.r], rs.dates, ed.topics)}} {
		if f, ok := differ(d.what, ln, rn, d.lm, d.rm); ok {
			add(f)
		}
	}
	if f, ok := differentLengths(ln, rn, ls.durations, rs.durations); ok {
		add(f)
	}
	if f, ok := denial(topic, ln, rn, ls, rs); ok {
		add(f)
	} else if f, ok := deniedThing(ed, ln, rn, [2]*scanned{&l.sc[ed.l], &r.sc[ed.r]}, ls, rs); ok {
		add(f)
	}
	if f, ok := negations(ln, rn, ls, rs); ok {
		add(f)
	}
	if f, ok := namedApart(ln, rn, &l.sc[ed.l], &r.sc[ed.r], ed.shared); ok {
		add(f)
	}
	if f, ok := e.commitment(l, r, ed); ok {
		add(f)
	} else if f, ok := factOrPossibility(ln, rn, ls, rs, len(e.lex.Commitment)-1); ok {
		add(f)
	}
	lsc, rsc := &l.sc[ed.l], &r.sc[ed.r]
	for ax, a := range e.lex.Axes {
		lp, rp := poleOf(ls, ax), poleOf(rs, ax)
		lw, rw := ls.poles[ax*2+max(lp, 0)], rs.poles[ax*2+max(rp, 0)]
		switch {
		case lp >= 0 && rp >= 0 && lp != rp && a.Object && !e.sameObject(lsc, rsc, ls, rs, lw, rw):
			// "opposition to the plan" and "support for the talks" are
			// stances on two things.
		case lp >= 0 && rp >= 0 && lp != rp:
			add(finding{text: fmt.Sprintf("Opposite stances, %s against %s: %s says %s, %s %s",
				a.Poles[lp].Name, a.Poles[rp].Name, ln, quoteCues(lw), rn, quoteCues(rw)),
				strong: a.Strong, lc: lw, rc: rw})
		case lp >= 0 && lp == rp && a.Poles[lp].Aimed && aimedApart(lsc, rsc, lw, rw):
			la, ra := aimedWords(lsc, lw), aimedWords(rsc, rw)
			add(finding{text: fmt.Sprintf("Both %s, aimed at different actors: %s says %s, %s %s",
				a.Poles[lp].Name, ln, quoteCues(la), rn, quoteCues(ra)), strong: a.Strong, lc: la, rc: ra})
		case lp >= 0 && lp == rp && a.Poles[lp].Clash && !a.Poles[lp].Conditional && ls.firm[ax*2+lp] && rs.firm[ax*2+rp] && pressEachOther(l, r, lsc, rsc, lw, rw):
			add(pressedFinding(l, r, lsc, rsc, lw, rw))
		case lp >= 0 && lp == rp && a.Poles[lp].Clash && ls.firm[ax*2+lp] && rs.firm[ax*2+rp] && e.apart(a, ed, topic, lsc, rsc, ls, rs, lw, rw):
			add(finding{text: fmt.Sprintf("Both %s, on different things: %s says %s, %s %s",
				a.Poles[lp].Name, ln, quoteCues(lw), rn, quoteCues(rw)), strong: true, lc: lw, rc: rw})
		case lp >= 0 && lp == rp:
			j.agreeing = append(j.agreeing, finding{text: fmt.Sprintf("Both %s: %s and %s",
				a.Poles[lp].Name, quoteCues(lw), quoteCues(rw)), lc: lw, rc: rw})
		case lp >= 0 && a.Poles[lp].Reassures && noPole(rs, ax):
			if f, ok := reassurance(ln, rn, lw, rsc, true); ok {
				f.strong = a.Strong
				add(f)
			}
		case rp >= 0 && a.Poles[rp].Reassures && noPole(ls, ax):
			if f, ok := reassurance(rn, ln, rw, lsc, false); ok {
				f.strong = a.Strong
				add(f)
			}
		case lp >= 0 && a.Poles[lp].Conditional && ls.firm[ax*2+lp] && noPole(rs, ax):
			f := finding{text: fmt.Sprintf("Only %s sets a condition: %s", ln, quoteCues(lw)), strong: true, onlyOne: true, lc: lw}
			e.counterpart(&f, l, r, ed, topic)
			add(f)
		case rp >= 0 && a.Poles[rp].Conditional && rs.firm[ax*2+rp] && noPole(ls, ax):
			f := finding{text: fmt.Sprintf("Only %s sets a condition: %s", rn, quoteCues(rw)), strong: true, onlyOne: true, rc: rw}
			e.counterpart(&f, l, r, ed, topic)
			add(f)
		}
	}
	for _, o := range []struct {
		what string
		l, r []cue
	}{{"blames", ls.blame, rs.blame}, {"warns", ls.warning, rs.warning},
		{"rejects the other's claims", ls.rebut, rs.rebut}, {"commits to nothing", ls.reserve, rs.reserve}} {
		if f, ok := onlyOne(o.what, ln, rn, o.l, o.r); ok {
			e.counterpart(&f, l, r, ed, topic)
			add(f)
		}
	}
	if topic >= 0 && e.lex.Topics[topic].Actors {
		// Actors only oppose each other where the topic is who is to
		// blame: elsewhere one side names Russia, the other America, and
		// both tell of one call.
		if f, ok := differ("Different actors", ln, rn, ls.actors, rs.actors); ok {
			add(f)
		}
	}
	if f, ok := e.sameLevel(l, r, ed); ok {
		j.agreeing = append(j.agreeing, f)
	}
	// The key reason is the strongest, and of those one that names the
	// words of both sides.
	rank := func(f *finding) int {
		n := 0
		if !f.strong {
			n += 2
		}
		if len(f.lc) == 0 || len(f.rc) == 0 {
			n++
		}
		return n
	}
	sort.SliceStable(j.conflicts, func(a, b int) bool { return rank(&j.conflicts[a]) < rank(&j.conflicts[b]) })
	j.verdict = Agree
	if j.strong > 0 {
		j.verdict = Diverge
	}
	return j
}

// onlyOne reports a side that blames, warns or rebuts (what) when the
// other does not: the two tell different versions of the point.
func onlyOne(what, ln, rn string, l, r []cue) (finding, bool) {
	if (len(l) > 0) == (len(r) > 0) {
		return finding{}, false
	}
	f := finding{strong: true, onlyOne: true}
	if len(l) > 0 {
		f.text, f.lc = fmt.Sprintf("Only %s %s: %s", ln, what, quoteCues(l)), l
	} else {
		f.text, f.rc = fmt.Sprintf("Only %s %s: %s", rn, what, quoteCues(r)), r
	}
	return f, true
}

// counterpart adds to a finding that names the words of one side only
// (only one side blames, warns, rebuts, sets a condition or commits to
// nothing) what the other side says on the point: its own stance words (a
// commitment, a stance it takes, a negation), the first in its text, or
// else its words of the row's topic. A reader sees the two versions side
// by side, and both are marked.
func (e *Engine) counterpart(f *finding, l, r *side, ed *edge, topic int) {
	s, i, left := r, ed.r, false
	if len(f.lc) == 0 {
		s, i, left = l, ed.l, true
	}
	st := &s.st[i]
	var words []cue
	for _, lc := range st.levels {
		words = append(words, lc.cue)
	}
	for _, k := range sortedPoles(st) {
		words = append(words, st.poles[k]...)
	}
	for _, k := range sortedKeys(st.negated) {
		words = append(words, st.negated[k])
	}
	sort.SliceStable(words, func(a, b int) bool { return words[a].from < words[b].from })
	if len(words) > 0 {
		words = words[:1]
	} else {
		words = firstCues(anchors(&s.pt[i], ed, topic, left), 2)
	}
	if len(words) == 0 {
		return
	}
	f.text += fmt.Sprintf("; %s says %s", s.name, quoteCues(words))
	if left {
		f.lc = words
	} else {
		f.rc = words
	}
}

// sortedPoles lists the poles a statement takes, in axis order.
func sortedPoles(st *stance) []int {
	keys := make([]int, 0, len(st.poles))
	for k := range st.poles {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

// onPoint keeps the numbers or dates of a statement that belong to the
// point it shares: those nearest to a word of one of the shared topics.
// A statement that makes two points ("a halt on strikes for 30 days and a
// swap of 175 prisoners") gives each its own numbers.
func onPoint(sc *scanned, m map[string]cue, topics []int) map[string]cue {
	if len(m) == 0 {
		return m
	}
	var out map[string]cue
	for k, c := range m {
		best, on := -1, false
		for _, h := range sc.hits {
			if h.ph.kind != kindTopic {
				continue
			}
			gap := max(0, max(h.from, c.from)-min(h.to, c.to))
			shared := slices.Contains(topics, h.ph.ref)
			switch {
			case best < 0 || gap < best:
				best, on = gap, shared
			case gap == best:
				on = on || shared
			}
		}
		if best < 0 || on {
			putCue(&out, k, c)
		}
	}
	return out
}

// alike counts the shared specific things beyond the row's topic and the
// places and actors: what two sides that both set conditions have in
// common besides the matter they set them on.
func alike(ed *edge, topic int) int {
	n := 0
	for _, k := range ed.shared {
		switch k.kind {
		case specActor, specPlace, specTopic, specWhere:
		case specObject:
			if k.topic != topic {
				n++
			}
		default:
			n++
		}
	}
	return n
}

// apart tells whether two sides that both take a clash pole take it on
// different things: for a stance toward a thing (Axis.Object), no word
// after the stance in common ("opposes any change to the border", "against
// new tariffs"); else nothing specific in common beyond the topic.
func (e *Engine) apart(a Axis, ed *edge, topic int, lsc, rsc *scanned, ls, rs *stance, lw, rw []cue) bool {
	if a.Object {
		return !e.sameObject(lsc, rsc, ls, rs, lw, rw)
	}
	return alike(ed, topic) == 0
}

// poleOf is the pole of axis ax a side takes, or -1 when it takes none or
// both (a side that says "useful" and "difficult" has no single one).
func poleOf(s *stance, ax int) int {
	a, b := len(s.poles[ax*2]) > 0, len(s.poles[ax*2+1]) > 0
	switch {
	case a && !b:
		return 0
	case b && !a:
		return 1
	}
	return -1
}

// noPole tells whether a side takes neither pole of axis ax.
func noPole(s *stance, ax int) bool { return len(s.poles[ax*2]) == 0 && len(s.poles[ax*2+1]) == 0 }

// conditional tells whether a side sets a condition.
func (e *Engine) conditional(s *stance) bool {
	for ax, a := range e.lex.Axes {
		for p, pole := range a.Poles {
			if pole.Conditional && len(s.poles[ax*2+p]) > 0 {
				return true
			}
		}
	}
	return false
}

// commitment compares how firmly the two sides commit to one action: of
// the commitment cues of the two statements, those that bear on the same
// action (levelCue.action: "will begin immediately" and "talks could begin
// later" both bear on beginning; "agreed to start talks" and "a settlement
// could be reached through talks" do not). Two cues on one action two or
// more steps apart are a divergence, unless two other cues on an action
// of both sit at one step, both sides use one commitment word somewhere
// ("agreed to task their teams with exploring a dialogue" and "agreed to
// launch consultations" both agree), or both sides make the point on a
// condition:
// "will respond if ..." and "the possibility of sanctions in the event of
// ..." are the same threat. A timing or a level only one side gives is a
// detail, not a divergence.
func (e *Engine) commitment(l, r *side, ed *edge) (finding, bool) {
	ls, rs := &l.st[ed.l], &r.st[ed.r]
	if e.conditional(ls) && e.conditional(rs) {
		return finding{}, false
	}
	a, b, ok := levelPair(ls, rs, func(x, y int) bool { return absInt(x-y) >= 2 })
	if !ok {
		return finding{}, false
	}
	if _, _, same := levelPair(ls, rs, func(x, y int) bool { return x == y }); same || sameWord(ls, rs) {
		return finding{}, false
	}
	lv, rv := e.lex.Commitment[a.step].Name, e.lex.Commitment[b.step].Name
	return finding{text: fmt.Sprintf("Different commitment: %s says %s (%s), %s %s (%s)",
		l.name, quote(a.text), lv, r.name, quote(b.text), rv),
		strong: true, lc: []cue{a.cue}, rc: []cue{b.cue}}, true
}

// factOrPossibility reports a thing one side names only as what may
// happen ("concern about the possibility of an invasion") and the other
// as a fact, with no commitment word at all, and takes a stance on it
// ("condemned the invasion"; "discussed the invasion" tells no fact): the
// two ends of the commitment scale. The side that says it may happen
// commits to nothing firmer.
func factOrPossibility(ln, rn string, l, r *stance, weakest int) (finding, bool) {
	for _, side := range []struct {
		hypo, fact *stance
		left       bool
	}{{l, r, true}, {r, l, false}} {
		if len(side.fact.levels) > 0 || len(side.fact.poles) == 0 || firmest(side.hypo, weakest) < weakest {
			// A side that also commits ("agreed to present a possible
			// ceasefire") is measured on the scale, not here.
			continue
		}
		for _, stem := range sortedKeys(side.hypo.hypothetical) {
			w, ok := side.fact.affirmed[stem]
			if _, hypoToo := side.fact.hypothetical[stem]; !ok || hypoToo {
				continue
			}
			h := side.hypo.hypothetical[stem]
			if side.left {
				return finding{text: fmt.Sprintf("%s says it may happen: %s; %s says it as a fact: %s", ln, quote(h.text), rn, quote(w.text)),
					strong: true, lc: []cue{h}, rc: []cue{w}}, true
			}
			return finding{text: fmt.Sprintf("%s says it as a fact: %s; %s says it may happen: %s", ln, quote(w.text), rn, quote(h.text)),
				strong: true, lc: []cue{w}, rc: []cue{h}}, true
		}
	}
	return finding{}, false
}

// firmest is the firmest step of a statement's commitment cues, or the
// weakest step when it has none.
func firmest(s *stance, weakest int) int {
	step := weakest
	for _, lc := range s.levels {
		step = min(step, lc.step)
	}
	return step
}

// levelPair is the pair of commitment cues of the two statements that bear
// on one action and whose steps satisfy want: of several, the one farthest
// apart on the scale, then the one with fewer modals (a reader learns more
// from "immediately" than from "will"), then the first in text order.
func levelPair(a, b *stance, want func(x, y int) bool) (levelCue, levelCue, bool) {
	var bx, by levelCue
	found, best := false, 0
	for _, x := range a.levels {
		for _, y := range b.levels {
			if !want(x.step, y.step) || !x.action.same(&y.action) {
				continue
			}
			score := 4*absInt(x.step-y.step) - boolI(x.function) - boolI(y.function)
			if !found || score > best {
				bx, by, found, best = x, y, true, score
			}
		}
	}
	return bx, by, found
}

func boolI(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sameWord tells whether two statements use one commitment word that is
// not a modal ("agreed", "ready"), anywhere.
func sameWord(a, b *stance) bool {
	for _, x := range a.levels {
		for _, y := range b.levels {
			if !x.function && strings.EqualFold(x.text, y.text) {
				return true
			}
		}
	}
	return false
}

// sameLevel reports two sides at one step of the commitment scale on one
// action.
func (e *Engine) sameLevel(l, r *side, ed *edge) (finding, bool) {
	a, b, ok := levelPair(&l.st[ed.l], &r.st[ed.r], func(x, y int) bool { return x == y })
	if !ok {
		return finding{}, false
	}
	return finding{text: fmt.Sprintf("Both %s: %s and %s", e.lex.Commitment[a.step].Name,
		quote(a.text), quote(b.text)), lc: []cue{a.cue}, rc: []cue{b.cue}}, true
}

// anchors are the words a statement states the point with: the words of
// the row's topic, or when it has none there, the specific things it
// shares with the other side.
func anchors(p *point, ed *edge, topic int, left bool) []cue {
	if u := p.topicUse(topic); u != nil {
		return u.terms
	}
	var out []cue
	for _, k := range ed.shared {
		if left {
			out = append(out, k.lc...)
		} else {
			out = append(out, k.rc...)
		}
	}
	return out
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// denial reports a topic one side only denies ("no talk ... of a trade
// deal") and the other says outright ("we will make a trade deal").
func denial(topic int, ln, rn string, l, r *stance) (finding, bool) {
	if topic < 0 {
		return finding{}, false
	}
	only := func(s *stance) (cue, bool) {
		d, ok := s.denied[topic]
		_, said := s.said[topic]
		return d, ok && !said
	}
	if d, ok := only(l); ok {
		if w, said := r.said[topic]; said {
			if _, also := r.denied[topic]; !also {
				return finding{text: fmt.Sprintf("%s denies it: %s; %s says it: %s", ln, quote(d.text), rn, quote(w.text)),
					strong: true, lc: []cue{d}, rc: []cue{w}}, true
			}
		}
	}
	if d, ok := only(r); ok {
		if w, said := l.said[topic]; said {
			if _, also := l.denied[topic]; !also {
				return finding{text: fmt.Sprintf("%s says it: %s; %s denies it: %s", ln, quote(w.text), rn, quote(d.text)),
					strong: true, lc: []cue{w}, rc: []cue{d}}, true
			}
		}
	}
	return finding{}, false
}

// deniedThing finds a specific thing both name that one side names only
// in a clause it denies ("denied there was any mention of the phrase"),
// and the other outright: a denial of the other side's point, whatever
// topic the words fall under.
func deniedThing(ed *edge, ln, rn string, sc [2]*scanned, l, r *stance) (finding, bool) {
	if l.deniedBy == nil && r.deniedBy == nil {
		return finding{}, false
	}
	for _, k := range ed.shared {
		if k.w == 0 {
			continue // the frame of the call
		}
		dl, okl := deniedCue(sc[0], l, k.lc)
		dr, okr := deniedCue(sc[1], r, k.rc)
		switch {
		case okl && !okr && notDenied(r, k.rc):
			return finding{text: fmt.Sprintf("%s denies it: %s; %s says it: %s", ln, quote(dl.text), rn, quote(k.rc[0].text)),
				strong: true, lc: []cue{dl}, rc: k.rc[:1]}, true
		case okr && !okl && notDenied(l, k.lc):
			return finding{text: fmt.Sprintf("%s says it: %s; %s denies it: %s", ln, quote(k.lc[0].text), rn, quote(dr.text)),
				strong: true, lc: k.lc[:1], rc: []cue{dr}}, true
		}
	}
	return finding{}, false
}

// deniedCue tells whether every cue of a thing stands in a denied clause,
// and gives the denial's words up to the first of them.
func deniedCue(sc *scanned, s *stance, cs []cue) (cue, bool) {
	if s.deniedBy == nil || len(cs) == 0 {
		return cue{}, false
	}
	for _, c := range cs {
		if s.deniedBy[c.from] < 0 {
			return cue{}, false
		}
	}
	return denialCue(sc, s, s.deniedBy[cs[0].from], cs[0].from, cs[0].to), true
}

// notDenied tells whether no cue of a thing stands in a denied clause.
func notDenied(s *stance, cs []cue) bool {
	for _, c := range cs {
		if s.deniedBy != nil && s.deniedBy[c.from] >= 0 {
			return false
		}
	}
	return true
}

// negations finds content words one side negates and the other affirms.
func negations(ln, rn string, l, r *stance) (finding, bool) {
	var f finding
	var pairs []string
	for _, side := range []struct {
		neg, aff *stance
		left     bool
	}{{l, r, true}, {r, l, false}} {
		for _, stem := range sortedKeys(side.neg.negated) {
			if _, also := side.neg.affirmed[stem]; also || side.neg.names[stem] || side.aff.names[stem] {
				// A name is not what a negator denies: "ruling out
				// NATO's expansion" does not deny NATO.
				continue
			}
			w, ok := side.aff.affirmed[stem]
			if !ok {
				continue
			}
			if _, negToo := side.aff.negated[stem]; negToo {
				continue
			}
			n := side.neg.negated[stem]
			if side.left {
				pairs = append(pairs, fmt.Sprintf("%s says %s, %s %s", ln, quote(n.text), rn, quote(w.text)))
				f.lc, f.rc = append(f.lc, n), append(f.rc, w)
			} else {
				pairs = append(pairs, fmt.Sprintf("%s says %s, %s %s", ln, quote(w.text), rn, quote(n.text)))
				f.lc, f.rc = append(f.lc, w), append(f.rc, n)
			}
		}
	}
	if len(pairs) == 0 {
		return finding{}, false
	}
	f.text = "One side negates what the other says: " + strings.Join(pairs, "; ")
	f.strong = true
	return f, true
}

// differ reports two non-empty sets of names with nothing in common.
func differ(what, ln, rn string, l, r map[string]cue) (finding, bool) {
	if len(l) == 0 || len(r) == 0 {
		return finding{}, false
	}
	for k := range l {
		if _, ok := r[k]; ok {
			return finding{}, false
		}
	}
	lc, rc := cuesOf(l), cuesOf(r)
	return finding{text: fmt.Sprintf("%s: %s says %s, %s %s", what, ln, quoteCues(lc), rn, quoteCues(rc)),
		strong: true, lc: lc, rc: rc}, true
}

// cuesOf lists the cues of a map in text order.
func cuesOf(m map[string]cue) []cue {
	out := make([]cue, 0, len(m))
	for _, k := range sortedKeys(m) {
		out = append(out, m[k])
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].from < out[b].from })
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

func round2(x float64) float64 { return math.Round(x*100) / 100 }

func boolF(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
