package compare

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// matched builds a row for statements of both sides on one topic: the
// shared evidence, the conflicting cues, the verdict and the diff.
//
// The verdict is "diverge" when a strong cue conflicts: one side only at
// one pole of an axis (immediate, conditional, positive, between the two
// parties) and the other only at the opposite pole; a word one side negates
// and the other affirms; different venues, numbers or dates. Weak conflicts
// (hedged against firm, different actors) lower the confidence but do not
// turn an agreement: reports hedge and name actors in many ways.
func (e *Engine) matched(topic string, l, r *side, li, ri []int) Row {
	row := Row{Topic: topic, Label: e.lex.Label(topic), Left: ids(l, li), Right: ids(r, ri)}
	ls, rs := merge(l, li), merge(r, ri)

	reasons, common := e.shared(topic, l, r, li, ri, &ls, &rs)
	row.Reasons = append(row.Reasons, reasons...)
	strong, weak := 0, 0
	var agreeing []string
	for ax, a := range e.lex.Axes {
		lp, rp := poleOf(ls, ax), poleOf(rs, ax)
		switch {
		case lp >= 0 && rp >= 0 && lp != rp:
			row.Reasons = append(row.Reasons, fmt.Sprintf("%s vs %s: %s vs %s",
				a.Poles[lp].Name, a.Poles[rp].Name, quoted(ls.poles[ax*2+lp]), quoted(rs.poles[ax*2+rp])))
			if a.Strong {
				strong++
			} else {
				weak++
			}
		case lp >= 0 && lp == rp && a.Poles[lp].Clash && common == 0:
			row.Reasons = append(row.Reasons, fmt.Sprintf("both %s, on nothing in common: %s vs %s",
				a.Poles[lp].Name, quoted(ls.poles[ax*2+lp]), quoted(rs.poles[ax*2+rp])))
			strong++
		case lp >= 0 && lp == rp:
			agreeing = append(agreeing, fmt.Sprintf("both %s: %s / %s",
				a.Poles[lp].Name, quoted(ls.poles[ax*2+lp]), quoted(rs.poles[ax*2+rp])))
		}
	}
	if d := denial(e.lex.topicIndex(topic), &ls, &rs); d != "" {
		row.Reasons = append(row.Reasons, d)
		strong++
	}
	if (len(ls.blame) > 0) != (len(rs.blame) > 0) {
		who, words := l.acc.ID, ls.blame
		if len(rs.blame) > 0 {
			who, words = r.acc.ID, rs.blame
		}
		row.Reasons = append(row.Reasons, fmt.Sprintf("only %s blames: %s", who, quoted(words)))
		strong++
	}
	if neg := negations(&ls, &rs); neg != "" {
		row.Reasons = append(row.Reasons, neg)
		strong++
	}
	if i := e.lex.topicIndex(topic); i >= 0 && e.lex.Topics[i].Places {
		// Places only oppose each other where the topic is where to meet:
		// "Beijing said" and "Paris said" are not two venues.
		if d := differ("different places", ls.places, rs.places); d != "" {
			row.Reasons = append(row.Reasons, d)
			strong++
		}
	}
	for _, d := range []string{
		differ("different numbers", ls.numbers, rs.numbers),
		differ("different dates", ls.dates, rs.dates),
	} {
		if d != "" {
			row.Reasons = append(row.Reasons, d)
			strong++
		}
	}
	if d := differ("different actors", ls.actors, rs.actors); d != "" {
		row.Reasons = append(row.Reasons, d)
		weak++
	}
	row.Reasons = append(row.Reasons, agreeing...)

	sim := 0.0
	for _, i := range li {
		for _, j := range ri {
			sim = math.Max(sim, e.scorer.Similarity(&l.prof[i], &r.prof[j]))
		}
	}
	closeness := math.Min(1, sim/0.4)
	if strong > 0 {
		row.Verdict = Diverge
		row.Confidence = 0.55 + 0.15*closeness + 0.15*math.Min(1, float64(strong)/2) - 0.05*float64(weak)
	} else {
		row.Verdict = Agree
		row.Confidence = 0.5 + 0.3*closeness + 0.15*boolF(len(agreeing) > 0) - 0.1*float64(weak)
	}
	row.Confidence = round2(clamp(row.Confidence, 0.05, 0.99))
	oneLine(row.Reasons)
	row.Diff = e.WordDiff(joined(l, li), joined(r, ri))
	return row
}

// oneSided builds a row for statements of one side on a topic the other
// side does not speak to. Its confidence is how far the closest statement
// of the other side is.
func (e *Engine) oneSided(topic string, s *side, idx []int, other *side, v Verdict) Row {
	row := Row{Topic: topic, Label: e.lex.Label(topic), Verdict: v, Left: []string{}, Right: []string{}}
	if v == LeftOnly {
		row.Left = ids(s, idx)
	} else {
		row.Right = ids(s, idx)
	}
	sim, closest := 0.0, -1
	for _, i := range idx {
		for _, j := range other.candidates(&s.prof[i]) {
			if x := e.scorer.Similarity(&s.prof[i], &other.prof[j]); x > sim || x == sim && closest >= 0 && j < closest {
				sim, closest = x, j
			}
		}
	}
	if topic == otherTopic {
		row.Reasons = append(row.Reasons, fmt.Sprintf("no lexicon topic; no statement of %s like it", other.acc.ID))
	} else {
		var ev []string
		for _, i := range idx {
			for _, t := range s.prof[i].Topics {
				if t.Topic == topic {
					for _, w := range t.Evidence {
						ev = appendNew(ev, w)
					}
				}
			}
		}
		row.Reasons = append(row.Reasons, fmt.Sprintf("only %s speaks to %s: %s", s.acc.ID, e.lex.Label(topic), quoted(ev)))
	}
	if closest >= 0 {
		row.Reasons = append(row.Reasons, fmt.Sprintf("closest in %s: %s (similarity %.2f)",
			other.acc.ID, other.acc.Statements[closest].ID, sim))
	}
	row.Confidence = round2(clamp(1-sim, 0.3, 0.99))
	oneLine(row.Reasons)
	return row
}

// shared names the evidence both sides have: the topic words each uses
// ("both on talks: 'negotiations' / 'talks'") and the content words they
// share, rarest first. It also counts the shared words that are neither
// topic words nor names of places and actors: what the two say alike.
func (e *Engine) shared(topic string, l, r *side, li, ri []int, ls, rs *stance) ([]string, int) {
	var out []string
	inEvidence := map[string]bool{} // stems of the topic words
	st := stemmer{}
	if topic != otherTopic {
		ev := [2][]string{}
		for k, sd := range []struct {
			s   *side
			idx []int
		}{{l, li}, {r, ri}} {
			for _, i := range sd.idx {
				for _, t := range sd.s.prof[i].Topics {
					if t.Topic != topic {
						continue
					}
					for _, w := range t.Evidence {
						ev[k] = appendNew(ev[k], w)
						for _, word := range wordsOf(w) {
							inEvidence[st.stem(word)] = true
						}
					}
				}
			}
		}
		out = append(out, fmt.Sprintf("both on %s: %s / %s", e.lex.Label(topic), quoted(ev[0]), quoted(ev[1])))
	}
	// Shared content words, rarest first: that is what makes a link
	// convincing. df counts the statements of both sides using a word.
	var common []string
	alike := 0
	for stem := range ls.affirmed {
		if _, ok := rs.affirmed[stem]; ok && !inEvidence[stem] {
			common = append(common, stem)
			if !ls.names[stem] && !rs.names[stem] {
				alike++
			}
		}
	}
	sort.Slice(common, func(i, j int) bool {
		di, dj := l.df[common[i]], l.df[common[j]]
		if di != dj {
			return di < dj
		}
		return common[i] < common[j]
	})
	if len(common) > 4 {
		common = common[:4]
	}
	for k, stem := range common {
		common[k] = ls.affirmed[stem]
	}
	if len(common) > 0 {
		out = append(out, "shared words: "+strings.Join(common, ", "))
	}
	return out, alike
}

// merge is the union of the stances of some statements of one side.
func merge(s *side, idx []int) stance {
	if len(idx) == 1 {
		return s.stance[idx[0]] // read only: no copy needed
	}
	m := stance{poles: map[int][]string{}, denied: map[int]string{}, said: map[int]string{}}
	for _, i := range idx {
		st := &s.stance[i]
		for _, pair := range []struct{ to, from map[int]string }{{m.denied, st.denied}, {m.said, st.said}} {
			for k, v := range pair.from {
				if _, ok := pair.to[k]; !ok {
					pair.to[k] = v
				}
			}
		}
		for _, w := range st.blame {
			m.blame = appendNew(m.blame, w)
		}
		for k := range st.names {
			if m.names == nil {
				m.names = map[string]bool{}
			}
			m.names[k] = true
		}
		for k, v := range st.poles {
			for _, w := range v {
				m.poles[k] = appendNew(m.poles[k], w)
			}
		}
		for _, pair := range []struct {
			to   *map[string]string
			from map[string]string
		}{
			{&m.negated, st.negated}, {&m.affirmed, st.affirmed}, {&m.places, st.places},
			{&m.actors, st.actors}, {&m.numbers, st.numbers}, {&m.dates, st.dates},
		} {
			for k, v := range pair.from {
				put(pair.to, k, v)
			}
		}
	}
	return m
}

// poleOf is the pole of axis ax a side takes, or -1 when it takes none or
// both (a side that says "immediately" and "in future" has no single one).
func poleOf(s stance, ax int) int {
	a, b := len(s.poles[ax*2]) > 0, len(s.poles[ax*2+1]) > 0
	switch {
	case a && !b:
		return 0
	case b && !a:
		return 1
	}
	return -1
}

// denial reports a topic one side only denies ("no talk ... of a trade
// deal") and the other says outright ("we will make a trade deal").
func denial(topic int, l, r *stance) string {
	if topic < 0 {
		return ""
	}
	only := func(s *stance) (string, bool) {
		d, ok := s.denied[topic]
		_, said := s.said[topic]
		return d, ok && !said
	}
	if d, ok := only(l); ok {
		if w, said := r.said[topic]; said {
			if _, also := r.denied[topic]; !also {
				return fmt.Sprintf("denied vs said: '%s' vs '%s'", d, w)
			}
		}
	}
	if d, ok := only(r); ok {
		if w, said := l.said[topic]; said {
			if _, also := l.denied[topic]; !also {
				return fmt.Sprintf("said vs denied: '%s' vs '%s'", w, d)
			}
		}
	}
	return ""
}

// negations finds content words one side negates and the other affirms.
func negations(l, r *stance) string {
	var out []string
	for _, pair := range []struct {
		neg, aff *stance
		negFirst bool
	}{{l, r, true}, {r, l, false}} {
		for stem, phrase := range pair.neg.negated {
			if _, also := pair.neg.affirmed[stem]; also {
				continue
			}
			if w, ok := pair.aff.affirmed[stem]; ok {
				if _, negToo := pair.aff.negated[stem]; negToo {
					continue
				}
				if pair.negFirst {
					out = append(out, fmt.Sprintf("'%s' vs '%s'", phrase, w))
				} else {
					out = append(out, fmt.Sprintf("'%s' vs '%s'", w, phrase))
				}
			}
		}
	}
	if len(out) == 0 {
		return ""
	}
	sort.Strings(out)
	return "negation: " + strings.Join(out, ", ")
}

// differ reports two non-empty sets of names with nothing in common.
func differ(what string, l, r map[string]string) string {
	if len(l) == 0 || len(r) == 0 {
		return ""
	}
	for k := range l {
		if _, ok := r[k]; ok {
			return ""
		}
	}
	return fmt.Sprintf("%s: %s vs %s", what, joinValues(l), joinValues(r))
}

func joinValues(m map[string]string) string {
	v := make([]string, 0, len(m))
	for _, s := range m {
		v = append(v, s)
	}
	sort.Strings(v)
	return strings.Join(v, ", ")
}

func quoted(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = "'" + w + "'"
	}
	return strings.Join(q, ", ")
}

func ids(s *side, idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = s.acc.Statements[i].ID
	}
	return out
}

// joined is the text the diff of a row compares: the side's statements,
// one per line.
func joined(s *side, idx []int) string {
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = s.acc.Statements[i].Text
	}
	return strings.Join(parts, "\n")
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

func round2(x float64) float64 { return math.Round(x*100) / 100 }

func boolF(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// oneLine puts each reason on one line: the words a reason quotes keep the
// article's line breaks ("a candid\nand constructive discussion"), which a
// list of reasons should not show.
func oneLine(reasons []string) {
	for i, r := range reasons {
		if strings.ContainsAny(r, "\n\r\t") {
			reasons[i] = strings.Join(strings.Fields(r), " ")
		}
	}
}
