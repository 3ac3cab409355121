package compare

import (
	"math"
	"slices"
	"sort"
)

// Tuning of the links, explained where used.
const (
	// linkMin is how much specific content two statements must share to
	// make the same point: one thing only the two of them name (weight
	// 1), or two things a few other statements name too. A thing named
	// in most statements of the two accounts (the two countries of the
	// call) weighs little.
	linkMin = 0.5
	// window is how many statements of the other account one specific
	// thing brings as candidates: those nearest in the text. It keeps the
	// search linear on long texts where one name recurs everywhere.
	window = 32
	// subjectWeight: sharing a subject (both speak of trade, in any terms)
	// weighs half as much as sharing a thing (both speak of tariffs).
	subjectWeight = 0.5
)

// edge is a link between statement l of the left account and statement r
// of the right one: the same point, with the evidence that makes it so.
type edge struct {
	l, r     int
	score    float64 // specific content and subject shared, plus similarity
	specific float64 // weight of the specific things both name
	subject  float64 // weight of the subjects both speak of
	topics   []int   // topics both use words of, lexicon order
	shared   []sharedKey
}

// sharedKey is one specific thing both statements name.
type sharedKey struct {
	key    string
	kind   specKind
	topic  int // of an object or subject, else -1
	w      float64
	lc, rc []cue // where each statement names it
}

// weights gives each specific thing its weight in one comparison: 1 when
// only the two statements name it, less the more statements do, in the two
// accounts together or in either one: a name in most statements of one
// account (its own leader, the country it speaks for) is the frame of
// what it says, not the point.
type weights struct {
	df     [2]map[string]int // statements of each side naming a thing
	nl, nr int
	memo   map[string]float64
}

func newWeights(l, r *side) weights {
	w := weights{df: [2]map[string]int{{}, {}}, nl: len(l.pt), nr: len(r.pt), memo: map[string]float64{}}
	for k, s := range []*side{l, r} {
		for i := range s.pt {
			for _, key := range s.pt[i].keys {
				w.df[k][key.key]++
			}
		}
	}
	return w
}

// of weighs a thing both sides name: the least of its rarity in the two
// accounts together (1 when named by two statements) and in each one (1
// when named by one statement).
func (w weights) of(key string) float64 {
	if v, ok := w.memo[key]; ok {
		return v
	}
	v := w.compute(key)
	w.memo[key] = v
	return v
}

func (w weights) compute(key string) float64 {
	dl, dr := w.df[0][key], w.df[1][key]
	n := w.nl + w.nr
	both := 1.0
	if dl+dr > 2 {
		both = math.Log(float64(n+1)/float64(dl+dr)) / math.Log(float64(n+1)/2)
	}
	return math.Min(both, math.Min(rarity(dl, w.nl), rarity(dr, w.nr)))
}

// rarity is 1 for a thing one statement of n names, falling to 0 for one
// all of them name.
func rarity(df, n int) float64 {
	if df <= 1 {
		return 1
	}
	return math.Log(float64(n+1)/float64(df)) / math.Log(float64(n+1))
}

// eachCandidate calls fn with each pair of statements that name at least
// one specific thing in common: the only pairs that can be the same point,
// in order of the left statement, then the right one. Each side looks for
// the other's statements through an index of their specific things, taking
// at most window statements per thing, the nearest in the text; both
// directions are taken, so swapping the accounts gives the same pairs.
func eachCandidate(l, r *side, fn func(i, j int)) {
	back := make([][]int, len(l.pt)) // left statements found from the right
	for j := range r.pt {
		for _, i := range l.near(&r.pt[j], r.start(j)) {
			back[i] = append(back[i], j)
		}
	}
	var js []int
	for i := range l.pt {
		js = append(append(js[:0], r.near(&l.pt[i], l.start(i))...), back[i]...)
		back[i] = nil
		sort.Ints(js)
		for k, j := range js {
			if k == 0 || j != js[k-1] {
				fn(i, j)
			}
		}
	}
}

// near lists the statements of s that name a specific thing of p, at most
// window per thing, the nearest to offset at in the text; each once.
func (s *side) near(p *point, at int) []int {
	if s.index == nil {
		s.index = map[string][]int{}
		for i := range s.pt {
			for _, k := range s.pt[i].keys {
				s.index[k.key] = append(s.index[k.key], i)
			}
		}
		s.seen = make([]int, len(s.pt))
	}
	s.visit++ // marks the statements found for this p in seen
	var out []int
	for _, k := range p.keys {
		post := s.index[k.key]
		if len(post) > window {
			// Statements are in text order: the window nearest to at.
			c := sort.Search(len(post), func(x int) bool { return s.start(post[x]) >= at })
			lo := max(0, min(c-window/2, len(post)-window))
			post = post[lo : lo+window]
		}
		for _, i := range post {
			if s.seen[i] != s.visit {
				s.seen[i] = s.visit
				out = append(out, i)
			}
		}
	}
	return out
}

// start is where statement i of the side begins in the article.
func (s *side) start(i int) int { return s.acc.Statements[i].Start }

// weigh weighs the pair (i, j). It returns the edge and whether it is a
// link: a topic both use words of, and enough specific content in common.
// An event (the call) counts only in a topic about the event: "during the
// call" does not make two statements on different matters one point.
//
// The topics and shared things are gathered in scratch's slices and copied
// out only for a link, since most pairs weighed are not links.
func (e *Engine) weigh(l, r *side, i, j int, w weights, scratch *edge) (edge, bool) {
	ed := edge{l: i, r: j, topics: scratch.topics[:0], shared: scratch.shared[:0]}
	lp, rp := &l.pt[i], &r.pt[j]
	event := e.sharedTopics(&ed, lp, rp)
	var t tally
	for a, b := 0, 0; a < len(lp.keys) && b < len(rp.keys); {
		switch x, y := &lp.keys[a], &rp.keys[b]; {
		case x.key == y.key:
			if x.kind != specEvent || event {
				sk := sharedKey{key: x.key, kind: x.kind, topic: x.topic, w: w.of(x.key), lc: x.cues, rc: y.cues}
				t.add(&sk, x.run, y.run, x.key == l.party || x.key == r.party)
				ed.shared = append(ed.shared, sk)
			}
			a++
			b++
		case x.key < y.key:
			a++
		default:
			b++
		}
	}
	ed.specific, ed.subject = t.specific(l.party != "" && r.party != "" && l.party != r.party), t.subject
	ed.score = ed.specific + ed.subject + e.scorer.Similarity(&l.prof[i], &r.prof[j])
	scratch.topics, scratch.shared = ed.topics, ed.shared
	ok := ed.specific >= linkMin
	if len(ed.topics) == 0 {
		ok = (len(lp.topics) == 0 || len(rp.topics) == 0) && unmistakable(&ed)
	}
	if !ok {
		return edge{l: i, r: j, score: ed.score}, false
	}
	out := ed
	out.topics = append([]int(nil), ed.topics...)
	out.shared = append([]sharedKey(nil), ed.shared...)
	return out, true
}

// sharedTopics puts the topics both statements use words of into ed and
// tells whether one of them is about the event itself.
func (e *Engine) sharedTopics(ed *edge, lp, rp *point) (event bool) {
	for a, b := 0, 0; a < len(lp.topics) && b < len(rp.topics); {
		switch x, y := lp.topics[a].topic, rp.topics[b].topic; {
		case x == y:
			ed.topics = append(ed.topics, x)
			event = event || e.lex.Topics[x].Event
			a++
			b++
		case x < y:
			a++
		default:
			b++
		}
	}
	return event
}

// tally adds up the weights of the things two statements share, by kind.
type tally struct {
	things   float64 // objects, numbers, dates, places, events, places asked
	subject  float64
	actors   float64
	actorMax float64
	nActors  int
	nParties int // shared actors that are the sides of the call
	runs     []runPair
}

func (t *tally) add(sk *sharedKey, lrun, rrun int, party bool) {
	switch sk.kind {
	case specTopic:
		sk.w *= subjectWeight
	case specObject, specNumber, specDate, specPlace, specEvent, specWhere:
		// The same object, number, date, place or (in a topic about it)
		// event on one topic is the same point however often the
		// accounts name it; rarity only ranks the links.
		sk.w = math.Max(sk.w, linkMin)
	}
	switch {
	case lrun > 0:
		t.runs = append(t.runs, runPair{lrun, rrun, sk.w})
	case sk.kind == specActor:
		t.actors += sk.w
		t.actorMax = math.Max(t.actorMax, sk.w)
		t.nActors++
		if party {
			t.nParties++
		}
	case sk.kind == specTopic:
		t.subject += sk.w
	default:
		t.things += sk.w
	}
}

// specific is the weight of the specific content shared. One country or
// institution alone is the frame of most of what diplomats say; two
// together name a relation between them ("talks between Russia and
// Ukraine"), and one no other statement names is a point of its own. The
// two sides of the call themselves (known when knownParties), named
// together, are the frame of the whole call: "Russia and the United
// States" in accounts by Washington and Moscow.
func (t *tally) specific(knownParties bool) float64 {
	w := t.things + namesWeight(t.runs)
	onlyParties := knownParties && t.nParties == t.nActors
	if !onlyParties && (t.nActors > 1 || t.actorMax >= 1) {
		w += t.actors
	}
	return w
}

// unmistakable tells whether two statements, one of which speaks to no
// topic the lexicon knows, name a thing together that no other statement
// of either account names ("regional issues such as Iran" and "the
// Iranian nuclear programme"): the thing is then the point.
func unmistakable(ed *edge) bool {
	for _, k := range ed.shared {
		if k.w >= 1 && k.kind != specEvent && k.kind != specObject {
			return true
		}
	}
	return false
}

// runPair is a name both statements share, with the runs of name words it
// stands in on each side.
type runPair struct {
	l, r int
	w    float64
}

// namesWeight adds up shared names counting each run of name words once
// on each side, by its commonest shared name: "Joseph Biden" and "Joseph R.
// Biden, Jr." are one person, not two things in common, and a person is as
// specific as the family name the accounts use throughout, not as a first
// name they use once.
func namesWeight(runs []runPair) float64 {
	type group struct {
		l, r int
		w    float64
	}
	var groups []group
	for _, p := range runs {
		found := false
		for k := range groups {
			if groups[k].l == p.l && groups[k].r == p.r {
				groups[k].w = math.Min(groups[k].w, p.w)
				found = true
			}
		}
		if !found {
			groups = append(groups, group(p))
		}
	}
	sort.SliceStable(groups, func(a, b int) bool { return groups[a].w > groups[b].w })
	var usedL, usedR []int
	total := 0.0
	for _, g := range groups {
		if slices.Contains(usedL, g.l) || slices.Contains(usedR, g.r) {
			continue
		}
		usedL, usedR = append(usedL, g.l), append(usedR, g.r)
		total += g.w
	}
	return total
}

// cluster is the statements of one matched row, with the link that made it
// (core) and every link between its statements, strongest first.
type cluster struct {
	core   edge
	topic  int // the row's topic, -1 for none
	links  []*edge
	li, ri []int
}

// joins tells whether link ed brings its other statement into the row:
// ed goes to the row's first statement on the left (left) or the right and
// is on the row's topic. A link, however weak, is the same point: "we will
// meet within a month" joins "a summit in Vienna" and "preparations for the
// summit start now".
func (c *cluster) joins(ed *edge, left bool) bool {
	if left && ed.l != c.core.l || !left && ed.r != c.core.r {
		return false
	}
	return c.topic < 0 || slices.Contains(ed.topics, c.topic)
}

// clusters groups linked statements into rows, strongest link first: a link
// between two statements in no row yet starts a row, on the topic topicOf
// gives it; a statement in no row whose strongest link goes to one of the
// two statements that started a row joins that row when the link is on the
// row's topic. So each statement stands in one row, the one of its best
// point, and rows do not grow by chains of statements each like the last,
// nor gather every statement that touches one of the points of a statement
// that makes several.
func clusters(all []edge, nl, nr int, left, right *side, topicOf func(*edge) int) []cluster {
	// Sort pointers: an edge is large, and moving edges about is most of
	// the cost of a long comparison.
	edges := make([]*edge, len(all))
	for k := range all {
		edges[k] = &all[k]
	}
	sort.SliceStable(edges, func(a, b int) bool { return before(edges[a], edges[b], left, right) })
	bestL, bestR := filled(nl, -1), filled(nr, -1) // each statement's strongest link
	for k, ed := range edges {
		if bestL[ed.l] < 0 {
			bestL[ed.l] = k
		}
		if bestR[ed.r] < 0 {
			bestR[ed.r] = k
		}
	}
	rowL, rowR := filled(nl, -1), filled(nr, -1) // cluster index
	var out []cluster
	for k, ed := range edges {
		inL, inR := rowL[ed.l], rowR[ed.r]
		switch {
		case inL < 0 && inR < 0:
			rowL[ed.l], rowR[ed.r] = len(out), len(out)
			out = append(out, cluster{core: *ed, topic: topicOf(ed), li: []int{ed.l}, ri: []int{ed.r}})
		case inL < 0 && bestL[ed.l] == k && out[inR].joins(ed, false):
			rowL[ed.l] = inR
			out[inR].li = append(out[inR].li, ed.l)
		case inR < 0 && bestR[ed.r] == k && out[inL].joins(ed, true):
			rowR[ed.r] = inL
			out[inL].ri = append(out[inL].ri, ed.r)
		}
	}
	for _, ed := range edges {
		if c := rowL[ed.l]; c >= 0 && c == rowR[ed.r] {
			out[c].links = append(out[c].links, ed)
		}
	}
	for k := range out {
		sort.Ints(out[k].li)
		sort.Ints(out[k].ri)
	}
	return out
}

func filled(n, v int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = v
	}
	return out
}

// before orders links strongest first; equal ones by where their
// statements are in the text, which does not depend on which account is
// on the left.
func before(a, b *edge, left, right *side) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	a0, a1 := ordered(left.start(a.l), right.start(a.r))
	b0, b1 := ordered(left.start(b.l), right.start(b.r))
	if a0 != b0 {
		return a0 < b0
	}
	if a1 != b1 {
		return a1 < b1
	}
	if a.l != b.l {
		return a.l < b.l
	}
	return a.r < b.r
}

func ordered(x, y int) (int, int) {
	if x > y {
		return y, x
	}
	return x, y
}
