package compare

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// matchedRow builds the row of statements that make one point: its topic,
// verdict, reasons (the key one first), evidence marks and diff.
//
// The verdict is the one of the row's first link, unless another link
// between its statements diverges: then the row diverges, for the reason of
// the strongest such link, since a reader takes a row as one point.
func (e *Engine) matchedRow(l, r *side, c *cluster) Row {
	topic := c.topic
	ed, edTopic := &c.core, topic
	j := e.judge(l, r, ed, topic)
	for k := 1; k < len(c.links) && j.verdict == Agree; k++ {
		t := e.rowTopic(l, r, c.links[k])
		if jk := e.judge(l, r, c.links[k], t); jk.verdict == Diverge {
			ed, edTopic, j = c.links[k], t, jk
		}
	}
	row := Row{Topic: e.topicID(topic), Label: e.topicLabel(topic), Verdict: j.verdict,
		Left: ids(l, c.li), Right: ids(r, c.ri)}
	point := e.pointReason(l, r, edTopic, ed)
	if j.verdict == Diverge {
		row.OnlyOneSays = j.conflicts[0].onlyOne
		for _, f := range j.conflicts {
			row.Reasons = append(row.Reasons, f.text)
		}
		row.Reasons = append(row.Reasons, point)
		row.Reasons = append(row.Reasons, texts(j.agreeing)...)
	} else {
		row.Reasons = append(row.Reasons, point)
		row.Reasons = append(row.Reasons, texts(j.agreeing)...)
		row.Reasons = append(row.Reasons, texts(j.conflicts)...)
	}
	closeness := math.Min(1, c.core.score/(2*linkMin+0.5))
	if j.verdict == Diverge {
		row.Confidence = 0.55 + 0.15*closeness + 0.15*math.Min(1, float64(j.strong)/2) - 0.05*float64(j.weak)
	} else {
		row.Confidence = 0.5 + 0.3*closeness + 0.15*boolF(len(j.agreeing) > 0) - 0.1*float64(j.weak)
	}
	row.Confidence = round2(clamp(row.Confidence, 0.05, 0.99))
	if len(c.guestL)+len(c.guestR) > 0 {
		row.Refs = &Refs{Left: ids(l, c.guestL), Right: ids(r, c.guestR)}
	}
	row.Marks = e.matchedMarks(l, r, c, ed, edTopic, &j)
	row.Diff, row.DiffMode = e.RowDiff(joined(l, c.li), joined(r, c.ri))
	return row
}

// rowTopic is the topic a link is about: of the topics both statements use
// words of, the one most central to them (a main topic of both, then of
// one), then the one where both use specific terms, then lexicon order. A
// link through a thing only the two name, where they speak to no topic in
// common, is about a main topic of one of them, a subject before the
// diplomacy around it, or about no topic (-1).
func (e *Engine) rowTopic(l, r *side, ed *edge) int {
	if len(ed.topics) == 0 {
		// A subject says more than the diplomacy around it; of the
		// main topics of the two, the first in lexicon order, so that
		// swapping the accounts keeps the topic.
		best := -1
		for _, m := range [][]int{l.main[ed.l], r.main[ed.r]} {
			for _, t := range m {
				if best < 0 || e.lex.Topics[best].Broad && !e.lex.Topics[t].Broad ||
					e.lex.Topics[best].Broad == e.lex.Topics[t].Broad && t < best {
					best = t
				}
			}
		}
		return best
	}
	best, bestRank := -1, -1
	for _, t := range ed.topics {
		rank := 0
		if l.isMain(ed.l, t) {
			rank += 2
		}
		if r.isMain(ed.r, t) {
			rank += 2
		}
		if l.pt[ed.l].topicUse(t).specific && r.pt[ed.r].topicUse(t).specific {
			rank++
		}
		if rank > bestRank {
			best, bestRank = t, rank
		}
	}
	return best
}

// pointReason names the point two linked statements share: the things
// both name, the frame of the call (its sides and speakers) left out, or
// when they share nothing else, the words each says it with.
func (e *Engine) pointReason(l, r *side, topic int, ed *edge) string {
	keys := make([]sharedKey, 0, len(ed.shared))
	for _, k := range ed.shared {
		if k.w > 0 {
			keys = append(keys, k)
		}
	}
	sort.SliceStable(keys, func(a, b int) bool { return keys[a].w > keys[b].w })
	var words []string
	for _, k := range keys {
		w := quote(k.lc[0].text)
		if !containsFold(words, w) {
			words = append(words, w)
		}
		if len(words) == 4 {
			break
		}
	}
	label := e.topicLabel(topic)
	on := "Same point"
	if topic >= 0 {
		on += " on " + label
	}
	if len(ed.alike[0]) > 0 {
		// Each side's own wording: "supporting" and "support", "March
		// 3rd" and "the 3rd of March" are one term, not one word, and a
		// reader checks the reason against both texts.
		lw, rw := quoteCues(firstCues(ed.alike[0], 4)), quoteCues(firstCues(ed.alike[1], 4))
		if strings.EqualFold(lw, rw) {
			return fmt.Sprintf("%s in nearly the same words: both say %s", on, lw)
		}
		return fmt.Sprintf("%s in nearly the same words: %s says %s, %s %s", on, l.name, lw, r.name, rw)
	}
	if len(words) == 0 {
		return fmt.Sprintf("%s: %s says %s, %s %s", on, l.name, quoteCues(firstCues(anchors(&l.pt[ed.l], ed, topic, true), 3)),
			r.name, quoteCues(firstCues(anchors(&r.pt[ed.r], ed, topic, false), 3)))
	}
	return fmt.Sprintf("%s: both name %s", on, strings.Join(words, ", "))
}

// firstCues is the first n cues of a list, each wording once.
func firstCues(cs []cue, n int) []cue {
	var out []cue
	for _, c := range cs {
		if len(out) == n {
			break
		}
		out = appendCue(out, c)
	}
	return out
}

// topicID is the id of topic t, or "other" for -1.
func (e *Engine) topicID(t int) string {
	if t < 0 {
		return otherTopic
	}
	return e.lex.Topics[t].ID
}

// topicLabel is the label of topic t, or "other" for -1.
func (e *Engine) topicLabel(t int) string {
	if t < 0 {
		return otherTopic
	}
	return e.lex.Topics[t].Label
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func texts(fs []finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.text
	}
	return out
}

// oneSidedRow builds a row of statements of one side on a topic (or, with
// topic -1, one statement on no topic) that no statement of the other side
// makes the same point as. Its confidence is lower the nearer the other
// side's closest statement comes.
func (e *Engine) oneSidedRow(topic int, s *side, idx []int, other *side, v Verdict, near []nearest) Row {
	label := e.topicLabel(topic)
	row := Row{Topic: e.topicID(topic), Label: label, Verdict: v, Left: []string{}, Right: []string{}}
	if v == LeftOnly {
		row.Left = ids(s, idx)
	} else {
		row.Right = ids(s, idx)
	}
	var marks []Mark
	if topic >= 0 {
		var words []cue
		for _, i := range idx {
			if u := s.pt[i].topicUse(topic); u != nil {
				for _, c := range u.terms {
					words = appendCue(words, c)
					marks = append(marks, s.mark(i, c, MarkTopic))
				}
			}
		}
		row.Reasons = append(row.Reasons, fmt.Sprintf("Only %s speaks to %s: %s", s.name, label, quoteCues(words)))
	} else {
		row.Reasons = append(row.Reasons, fmt.Sprintf("Only %s says this", s.name))
	}
	best := nearest{at: -1}
	for _, i := range idx {
		if n := near[i]; n.at >= 0 && (best.at < 0 || n.score > best.score || n.score == best.score && n.at < best.at) {
			best = n
		}
	}
	if best.at >= 0 {
		row.Reasons = append(row.Reasons, fmt.Sprintf("Nearest in %s, on another point: %s",
			other.name, quote(excerpt(other.acc.Statements[best.at].Text))))
	} else {
		row.Reasons = append(row.Reasons, fmt.Sprintf("No statement of %s names the same things", other.name))
	}
	row.Confidence = round2(clamp(0.95-0.5*math.Min(1, math.Max(best.score, 0)), 0.3, 0.99))
	if len(marks) > 0 {
		if v == LeftOnly {
			row.Marks = &Marks{Left: sortMarks(marks, s, idx), Right: []Mark{}}
		} else {
			row.Marks = &Marks{Left: []Mark{}, Right: sortMarks(marks, s, idx)}
		}
	}
	return row
}

// nearest is the statement of the other side most like one statement
// without making its point, and how like (-1 when none names anything in
// common).
type nearest struct {
	at    int
	score float64
}

// matchedMarks marks the words that carry a matched row: the specific
// things each statement shares with the other side of the row, its words
// of the row's topic, and the cues the reasons name.
func (e *Engine) matchedMarks(l, r *side, c *cluster, ed *edge, topic int, j *judgement) *Marks {
	event := topic >= 0 && e.lex.Topics[topic].Event
	sharedWith := func(s *side, idx []int) map[string]bool {
		keys := map[string]bool{}
		for _, i := range idx {
			for _, k := range s.pt[i].keys {
				if k.kind != specEvent || event {
					keys[k.key] = true
				}
			}
		}
		return keys
	}
	mark := func(s *side, idx []int, other map[string]bool, core int, alike []cue, cues func(f *finding) []cue) []Mark {
		var out []Mark
		for _, i := range idx {
			for _, k := range s.pt[i].keys {
				if other[k.key] {
					for _, cu := range k.cues {
						out = append(out, s.mark(i, cu, MarkShared))
					}
				}
			}
			if u := s.pt[i].topicUse(topic); topic >= 0 && u != nil {
				for _, cu := range u.terms {
					out = append(out, s.mark(i, cu, MarkTopic))
				}
			}
		}
		for _, cu := range alike { // a paraphrase's words in common
			out = append(out, s.mark(core, cu, MarkShared))
		}
		carry := j.agreeing
		if j.verdict == Diverge {
			carry = j.conflicts
		}
		for k := range carry {
			if j.verdict == Diverge && !carry[k].strong {
				continue
			}
			for _, cu := range cues(&carry[k]) {
				out = append(out, s.mark(core, cu, MarkCue))
			}
		}
		return sortMarks(out, s, idx)
	}
	return &Marks{
		Left:  mark(l, c.li, sharedWith(r, c.ri), ed.l, c.core.alike[0], func(f *finding) []cue { return f.lc }),
		Right: mark(r, c.ri, sharedWith(l, c.li), ed.r, c.core.alike[1], func(f *finding) []cue { return f.rc }),
	}
}

// mark is the evidence mark of cue c of statement i, in the statement's
// own byte offsets.
func (s *side) mark(i int, c cue, kind MarkKind) Mark {
	start, end := s.sc[i].bytes(c.from, c.to)
	return Mark{Statement: s.acc.Statements[i].ID, Start: start, End: end, Kind: kind}
}

// markRank orders the kinds of one span: a cue says most, a topic word
// least.
var markRank = map[MarkKind]int{MarkCue: 0, MarkShared: 1, MarkTopic: 2}

// sortMarks puts marks in statement then text order and keeps one mark per
// span, of the kind that says most.
func sortMarks(marks []Mark, s *side, idx []int) []Mark {
	pos := map[string]int{}
	for k, i := range idx {
		pos[s.acc.Statements[i].ID] = k
	}
	sort.SliceStable(marks, func(a, b int) bool {
		x, y := marks[a], marks[b]
		if pos[x.Statement] != pos[y.Statement] {
			return pos[x.Statement] < pos[y.Statement]
		}
		if x.Start != y.Start {
			return x.Start < y.Start
		}
		if x.End != y.End {
			return x.End < y.End
		}
		return markRank[x.Kind] < markRank[y.Kind]
	})
	out := marks[:0]
	for k, m := range marks {
		if k > 0 && m.Statement == marks[k-1].Statement && m.Start == marks[k-1].Start && m.End == marks[k-1].End {
			continue
		}
		out = append(out, m)
	}
	return out
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
