package compare

import "sort"

// rivalMargin is how much closer two statements linked by a weak link
// (linkKind) must be to each other than to any statement on another point:
// each other's closest by 15%. A relative measure, so it holds for the
// short paraphrases of an article and the long sentences of a readout.
const rivalMargin = 0.15

// cluster is the statements of one matched row, with the link that made it
// (core) and every link between its statements, strongest first.
type cluster struct {
	core   edge
	topic  int // the row's topic, -1 for none
	links  []*edge
	li, ri []int
	// guestL and guestR are statements of li and ri whose own row is
	// another: a statement that makes two points stands in the row of
	// each, and the row of its second point refers to it (Row.Refs).
	guestL, guestR []int
}

// joins tells whether strong link ed brings its other statement into the
// row: ed goes to the row's first statement on the left (left) or the
// right, is about the row's topic and shares more than a theme. A strong
// link, however slight, is the same point: "we will meet within a month"
// joins "a summit in Vienna" and "preparations for the summit start now".
func (c *cluster) joins(ed *edge, left bool, topicOf func(*edge) int) bool {
	if left && ed.l != c.core.l || !left && ed.r != c.core.r || !ed.beyondTheme() {
		return false
	}
	return c.topic < 0 || topicOf(ed) == c.topic
}

// grouping is the matched rows being built, and the row each statement
// stands in (its home row; -1 for none).
type grouping struct {
	out        []cluster
	rowL, rowR []int
}

// group builds the matched rows of a comparison from its links:
//
//   - strong links, strongest first (clusters);
//   - second points: a statement in no row whose strongest link goes to a
//     statement that stands in a row of another point stands with it in a
//     row of their own, which refers to that statement (it is shown in
//     full in its own row);
//   - second answers: a statement in no row whose closest statement gives
//     the opposite answer to one question (opposed) and stands in a row of
//     another point, as second points are;
//   - weak links between two statements in no row that are each other's
//     closest by a margin (rivals);
//   - statements in no row whose point is the relationship of the call,
//     by their closest statement on it (classRows);
//   - links of two statements that name one third side (sideLink), as
//     weak links are;
//   - paraphrases between two statements still in no row.
func group(f *found, left, right *side, topicOf func(*edge) int) []cluster {
	edges := sortedEdges(f.strong, left, right)
	g := clusters(edges, len(left.pt), len(right.pt), topicOf)
	g.secondRows(edges, topicOf)
	g.answerRows(f.opposed, f.rv, topicOf)
	g.weakRows(f.weak, f.rv, topicOf)
	g.classRows(f.class, topicOf)
	g.weakRows(f.side, f.sideRv, topicOf)
	g.paraphraseRows(f.para, topicOf)
	for k := range g.out {
		sort.Ints(g.out[k].li)
		sort.Ints(g.out[k].ri)
	}
	return g.out
}

// clusters groups statements linked by strong links into rows, strongest
// link first: a link between two statements in no row yet starts a row,
// on the topic topicOf gives it; a statement in no row whose strongest link
// goes to one of the two statements that started a row joins that row
// when the link is about the row's topic. So each statement stands in one
// row, the one of its best point, and rows do not grow by chains of
// statements each like the last, nor gather every statement that touches
// one of the points of a statement that makes several.
func clusters(edges []*edge, nl, nr int, topicOf func(*edge) int) *grouping {
	bestL, bestR := filled(nl, -1), filled(nr, -1) // each statement's strongest link
	for k, ed := range edges {
		if bestL[ed.l] < 0 {
			bestL[ed.l] = k
		}
		if bestR[ed.r] < 0 {
			bestR[ed.r] = k
		}
	}
	g := &grouping{rowL: filled(nl, -1), rowR: filled(nr, -1)}
	for k, ed := range edges {
		inL, inR := g.rowL[ed.l], g.rowR[ed.r]
		switch {
		case inL < 0 && inR < 0:
			g.start(ed, topicOf(ed))
		case inL < 0 && bestL[ed.l] == k && g.out[inR].joins(ed, false, topicOf):
			g.rowL[ed.l] = inR
			g.out[inR].li = append(g.out[inR].li, ed.l)
		case inR < 0 && bestR[ed.r] == k && g.out[inL].joins(ed, true, topicOf):
			g.rowR[ed.r] = inL
			g.out[inL].ri = append(g.out[inL].ri, ed.r)
		}
	}
	for _, ed := range edges {
		if c := g.rowL[ed.l]; c >= 0 && c == g.rowR[ed.r] {
			g.out[c].links = append(g.out[c].links, ed)
		}
	}
	return g
}

// start begins a row with link ed, on topic.
func (g *grouping) start(ed *edge, topic int) {
	g.rowL[ed.l], g.rowR[ed.r] = len(g.out), len(g.out)
	g.out = append(g.out, cluster{core: *ed, topic: topic, li: []int{ed.l}, ri: []int{ed.r}, links: []*edge{ed}})
}

// weakRows makes a row of each weak link between two statements in no row
// that are each other's closest statement by the margin. weak holds the
// closest weak link of each left statement (l < 0 for none).
func (g *grouping) weakRows(weak []edge, rv *rivals, topicOf func(*edge) int) {
	for k := range weak {
		ed := &weak[k]
		if ed.l >= 0 && g.rowL[ed.l] < 0 && g.rowR[ed.r] < 0 && rv.mutual(ed) {
			g.start(ed, topicOf(ed))
		}
	}
}

// paraphraseRows makes a row of each paraphrase (Engine.paraphrases)
// between two statements that no link has put in a row: the last resort
// of two statements whose words say one thing where the lexicon finds
// nothing in common.
func (g *grouping) paraphraseRows(para []edge, topicOf func(*edge) int) {
	for k := range para {
		if ed := &para[k]; g.rowL[ed.l] < 0 && g.rowR[ed.r] < 0 {
			g.start(ed, topicOf(ed))
		}
	}
}

// secondRows gives the second point of a statement its own row: a
// statement in no row whose strongest link goes to a statement that
// stands in a row (as a statement that makes two points, linked to two
// statements on two different things, does) stands in a row with it. The
// statements whose strongest links go to one statement, on one topic,
// share that row.
func (g *grouping) secondRows(edges []*edge, topicOf func(*edge) int) {
	first := map[[2]int]int{} // (guest statement, topic) -> row; the guest's side by sign
	// Each statement's strongest link beyond a theme.
	bestL, bestR := filled(len(g.rowL), -1), filled(len(g.rowR), -1)
	for k, ed := range edges {
		if !ed.beyondTheme() {
			continue
		}
		if bestL[ed.l] < 0 {
			bestL[ed.l] = k
		}
		if bestR[ed.r] < 0 {
			bestR[ed.r] = k
		}
	}
	for k, ed := range edges {
		switch {
		case g.rowL[ed.l] < 0 && bestL[ed.l] == k && g.rowR[ed.r] >= 0:
			g.guestRow(ed, false, topicOf(ed), first)
		case g.rowR[ed.r] < 0 && bestR[ed.r] == k && g.rowL[ed.l] >= 0:
			g.guestRow(ed, true, topicOf(ed), first)
		}
	}
}

// answerRows gives a statement in no row a row with its closest statement
// of the other side when the two give opposite answers to one question
// ("territorial integrity" and "the new territorial realities") and that
// statement already stands in a row of another point: it makes two points,
// and this is its second, as in secondRows.
func (g *grouping) answerRows(opposed []edge, rv *rivals, topicOf func(*edge) int) {
	first := map[[2]int]int{}
	for k := range opposed {
		ed := &opposed[k]
		switch {
		case g.rowL[ed.l] < 0 && g.rowR[ed.r] >= 0 && closestAt(rv.l[ed.l]) == ed.r:
			g.guestRow(ed, false, topicOf(ed), first)
		case g.rowR[ed.r] < 0 && g.rowL[ed.l] >= 0 && closestAt(rv.r[ed.r]) == ed.l:
			g.guestRow(ed, true, topicOf(ed), first)
		}
	}
}

// closestAt is the closest statement of a list of rivals (closest).
func closestAt(list []rival) int {
	best, _ := closest(list)
	return best.at
}

// guestRow puts link ed in the row of its guest (the left statement when
// guestLeft) on topic t, made on first use (first: guest and topic to row,
// the guest's side by sign), and its other statement in that row.
func (g *grouping) guestRow(ed *edge, guestLeft bool, t int, first map[[2]int]int) {
	guest, key := ed.r, -1-ed.r
	if guestLeft {
		guest, key = ed.l, ed.l
	}
	c, ok := first[[2]int{key, t}]
	if !ok {
		c = len(g.out)
		first[[2]int{key, t}] = c
		cl := cluster{core: *ed, topic: t}
		if guestLeft {
			cl.li, cl.guestL = []int{guest}, []int{guest}
		} else {
			cl.ri, cl.guestR = []int{guest}, []int{guest}
		}
		g.out = append(g.out, cl)
	}
	g.out[c].links = append(g.out[c].links, ed)
	if guestLeft {
		g.rowR[ed.r] = c
		g.out[c].ri = append(g.out[c].ri, ed.r)
	} else {
		g.rowL[ed.l] = c
		g.out[c].li = append(g.out[c].li, ed.l)
	}
}

// beyondTheme tells whether a link makes the same point by more than a
// theme both accounts return to: a statement that only names the theme
// again ("the invasion") is one more statement on it, not one more on the
// point of a row, unless the two take a stance on one question about it
// ("conditions of the ceasefire", "an unconditional ceasefire").
func (ed *edge) beyondTheme() bool { return ed.beyond >= linkMin || ed.stances }

// sortedEdges are pointers to the edges, strongest first: an edge is
// large, and moving edges about is most of the cost of a long comparison.
func sortedEdges(all []edge, left, right *side) []*edge {
	edges := make([]*edge, len(all))
	for k := range all {
		edges[k] = &all[k]
	}
	sort.SliceStable(edges, func(a, b int) bool { return before(edges[a], edges[b], left, right) })
	return edges
}

// rivals keeps, for each statement of the two sides, the closest
// statement of the other side it could make a point with on each topic.
type rivals struct {
	l, r [][]rival
}

// rival is the closest statement (at) on one topic, and its score.
type rival struct {
	topic, at int
	score     float64
}

func newRivals(nl, nr int) *rivals {
	return &rivals{l: make([][]rival, nl), r: make([][]rival, nr)}
}

// offer records the pair (i, j), a link about topic, with its score; of
// two equal scores on one topic the first offered stands (the statement
// earlier in the other account, whichever side it is on).
func (rv *rivals) offer(i, j, topic int, score float64) {
	rv.l[i] = offerRival(rv.l[i], j, topic, score)
	rv.r[j] = offerRival(rv.r[j], i, topic, score)
}

func offerRival(list []rival, at, topic int, score float64) []rival {
	for k := range list {
		if list[k].topic == topic {
			if score > list[k].score {
				list[k].at, list[k].score = at, score
			}
			return list
		}
	}
	return append(list, rival{topic: topic, at: at, score: score})
}

// closest is a statement's closest statement of the other side, and how
// close the closest on another topic comes: statements of the other
// account on the same point are not rivals of one another, only
// statements on other points are. Of equal scores, the first topic
// offered stands.
func closest(list []rival) (best rival, second float64) {
	best.at = -1
	for _, x := range list {
		if best.at < 0 || x.score > best.score {
			best = x
		}
	}
	for _, x := range list {
		if x.topic != best.topic {
			second = max(second, x.score)
		}
	}
	return best, second
}

// mutual tells whether the two statements of ed are each other's closest,
// each closer to the other than to any statement on another point by the
// margin.
func (rv *rivals) mutual(ed *edge) bool {
	a, as := closest(rv.l[ed.l])
	b, bs := closest(rv.r[ed.r])
	return a.at == ed.r && b.at == ed.l && a.score >= (1+rivalMargin)*as && b.score >= (1+rivalMargin)*bs
}
