package compare

import (
	"sort"

	"readouts/sources"
)

// otherTopic labels statements that speak to no lexicon topic.
const otherTopic = "other"

// Engine compares accounts with one lexicon and one scorer. It holds no
// per-comparison state and is safe for concurrent use.
type Engine struct {
	lex    *Lexicon
	scorer Scorer
}

// New returns an engine using the lexicon and the default scorer.
func New(lex *Lexicon) *Engine { return &Engine{lex: lex, scorer: NewScorer(lex)} }

// WithScorer returns a copy of the engine that uses s instead.
func (e *Engine) WithScorer(s Scorer) *Engine { return &Engine{lex: e.lex, scorer: s} }

// Lexicon returns the engine's lexicon.
func (e *Engine) Lexicon() *Lexicon { return e.lex }

// Tuning of the alignment, explained where used.
const (
	// maxSide: a topic with more statements than this on one side is split
	// into rows of nearest counterparts, so rows stay readable.
	maxSide = 6
	// otherLink: statements without a topic are matched only when this
	// similar, so a shared common word does not make a link.
	otherLink = 0.5
)

// side is one account's statements prepared for comparison.
type side struct {
	acc     *sources.Account
	prof    []Profile
	stance  []stance
	byTopic map[string][]int // topic id -> statement indexes, text order
	df      map[string]int   // statements of both sides using a term
	inv     map[string][]int // term -> statement indexes, built on demand
}

// candidates lists, in order, the statements of s that share a term with p:
// the only ones that can be similar to it. It keeps the search for
// counterparts linear in practice instead of comparing every pair.
func (s *side) candidates(p *Profile) []int {
	if s.inv == nil {
		s.inv = map[string][]int{}
		for i := range s.prof {
			for _, t := range s.prof[i].Terms {
				s.inv[t.Term] = append(s.inv[t.Term], i)
			}
		}
	}
	seen := map[int]bool{}
	var out []int
	for _, t := range p.Terms {
		for _, i := range s.inv[t.Term] {
			if !seen[i] {
				seen[i] = true
				out = append(out, i)
			}
		}
	}
	sort.Ints(out)
	return out
}

// Compare aligns two accounts of one article topic by topic.
//
// Rows: every topic either account speaks to gives a row (one-sided when
// only one does). A statement stands in the row of each of its topics; a
// statement without a topic is matched by similarity or stands alone in an
// "other" row. Rows are in article order of their first statement (ties in
// lexicon topic order), so a reader can follow them alongside the text and
// swapping the accounts keeps the order.
func (e *Engine) Compare(a *sources.Article, left, right *sources.Account) Comparison {
	l, r := e.prepare(left, right)
	c := Comparison{Left: left.ID, Right: right.ID}
	c.Rows = e.align(l, r)
	sortRows(c.Rows, e.lex, left, right)
	return c
}

// prepare scores the statements of both accounts in one pass, so term
// weights are shared and Compare(l, r) mirrors Compare(r, l).
func (e *Engine) prepare(left, right *sources.Account) (*side, *side) {
	texts := make([]string, 0, len(left.Statements)+len(right.Statements))
	for _, acc := range []*sources.Account{left, right} {
		for _, s := range acc.Statements {
			texts = append(texts, s.Text)
		}
	}
	st := make(stemmer, 1024)
	scans := make([]scanned, len(texts))
	for i, text := range texts {
		scans[i] = e.lex.scan(text, st)
	}
	var prof []Profile
	if ls, ok := e.scorer.(lexScorer); ok {
		prof = ls.scoreScanned(scans) // the default scorer reuses the scan
	} else {
		prof = e.scorer.Score(texts)
	}
	n := len(left.Statements)
	mk := func(acc *sources.Account, prof []Profile, scans []scanned) *side {
		s := &side{acc: acc, prof: prof, stance: make([]stance, len(prof)), byTopic: map[string][]int{}}
		for i := range acc.Statements {
			s.stance[i] = e.lex.stanceOf(&scans[i])
			for _, t := range prof[i].Topics {
				s.byTopic[t.Topic] = append(s.byTopic[t.Topic], i)
			}
		}
		return s
	}
	l, r := mk(left, prof[:n], scans[:n]), mk(right, prof[n:], scans[n:])
	df := map[string]int{}
	for _, p := range prof {
		for _, t := range p.Terms {
			df[t.Term]++
		}
	}
	l.df, r.df = df, df
	return l, r
}

// align builds the rows of a comparison.
func (e *Engine) align(l, r *side) []Row {
	var rows []Row
	for _, t := range e.topicOrder(l, r) {
		li, ri := l.byTopic[t], r.byTopic[t]
		switch {
		case len(li) == 0:
			rows = append(rows, e.oneSided(t, r, ri, l, RightOnly))
		case len(ri) == 0:
			rows = append(rows, e.oneSided(t, l, li, r, LeftOnly))
		default:
			for _, g := range e.groups(l, r, li, ri) {
				rows = append(rows, e.matched(t, l, r, g[0], g[1]))
			}
		}
	}
	return append(rows, e.others(l, r)...)
}

// topicOrder lists the topics either side speaks to, in lexicon order.
func (e *Engine) topicOrder(l, r *side) []string {
	var out []string
	for _, t := range e.lex.Topics {
		if len(l.byTopic[t.ID]) > 0 || len(r.byTopic[t.ID]) > 0 {
			out = append(out, t.ID)
		}
	}
	return out
}

// groups splits the statements of one topic into rows. Small topics are one
// row: the reader sees everything both accounts say on it together.
//
// Large ones are split around nearest counterparts. Every statement points
// at its most similar statement of the other side. Two statements pointing
// at each other are a pair; a pair and the statements pointing at it make a
// row. A statement that others point at but that is not in a pair heads a
// row of its own with them (and also stands in the row of the statement it
// points at). Rows stay small, and the split depends only on the
// similarities, so swapping the accounts swaps the rows.
func (e *Engine) groups(l, r *side, li, ri []int) [][2][]int {
	if len(li) <= maxSide && len(ri) <= maxSide {
		return [][2][]int{{li, ri}}
	}
	bestL, bestR := e.nearestAll(l, r, li, ri)
	nl := len(li)
	target := func(n int) int {
		if n < nl {
			return nl + bestL[n]
		}
		return bestR[n-nl]
	}
	paired := func(n int) bool { return target(target(n)) == n }
	members := map[int][]int{} // group key -> nodes
	var keys []int
	add := func(key, n int) {
		if _, ok := members[key]; !ok {
			keys = append(keys, key)
		}
		members[key] = append(members[key], n)
	}
	for n := 0; n < nl+len(ri); n++ {
		t := target(n)
		switch {
		case paired(n):
			add(min(n, t), n)
		case paired(t):
			add(min(t, target(t)), n)
		default:
			add(t, n)
		}
	}
	// Heads that are not in a pair join their own row.
	for _, key := range keys {
		if !paired(key) {
			members[key] = append(members[key], key)
		}
	}
	sort.Ints(keys)
	out := make([][2][]int, 0, len(keys))
	for _, key := range keys {
		nodes := members[key]
		sort.Ints(nodes)
		var g [2][]int
		for k, n := range nodes {
			if k > 0 && nodes[k-1] == n {
				continue
			}
			if n < nl {
				g[0] = append(g[0], li[n])
			} else {
				g[1] = append(g[1], ri[n-nl])
			}
		}
		out = append(out, g)
	}
	return out
}

// nearestAll returns, for each statement of li, the position in ri of its
// most similar statement, and the other way round; ties go to the earlier
// statement, and a statement similar to none takes the first.
func (e *Engine) nearestAll(l, r *side, li, ri []int) ([]int, []int) {
	if ls, ok := e.scorer.(lexScorer); ok {
		lp, rp := make([]*Profile, len(li)), make([]*Profile, len(ri))
		for k, i := range li {
			lp[k] = &l.prof[i]
		}
		for k, j := range ri {
			rp[k] = &r.prof[j]
		}
		return ls.nearest(lp, rp)
	}
	bestL, simL := make([]int, len(li)), make([]float64, len(li))
	bestR, simR := make([]int, len(ri)), make([]float64, len(ri))
	for a, i := range li {
		for b, j := range ri {
			sim := e.scorer.Similarity(&l.prof[i], &r.prof[j])
			if sim > simL[a] {
				bestL[a], simL[a] = b, sim
			}
			if sim > simR[b] {
				bestR[b], simR[b] = a, sim
			}
		}
	}
	return bestL, bestR
}

// others handles statements without a topic: linked when very similar to a
// statement of the other side, else each is a one-sided row.
func (e *Engine) others(l, r *side) []Row {
	var rows []Row
	lFree, rFree := untopiced(l), untopiced(r)
	uf := newUnion(len(l.prof) + len(r.prof))
	linked := map[int]bool{}
	link := func(i, j int) {
		uf.join(i, len(l.prof)+j)
		linked[i], linked[len(l.prof)+j] = true, true
	}
	for _, i := range lFree {
		for _, j := range r.candidates(&l.prof[i]) {
			if e.scorer.Similarity(&l.prof[i], &r.prof[j]) >= otherLink {
				link(i, j)
			}
		}
	}
	for _, j := range rFree {
		for _, i := range l.candidates(&r.prof[j]) {
			if len(l.prof[i].Topics) > 0 && e.scorer.Similarity(&l.prof[i], &r.prof[j]) >= otherLink {
				link(i, j)
			}
		}
	}
	groups := map[int]*[2][]int{}
	var roots []int
	for k := 0; k < len(l.prof)+len(r.prof); k++ {
		if !linked[k] {
			continue
		}
		root := uf.find(k)
		g, ok := groups[root]
		if !ok {
			g = &[2][]int{}
			groups[root] = g
			roots = append(roots, root)
		}
		if k < len(l.prof) {
			g[0] = append(g[0], k)
		} else {
			g[1] = append(g[1], k-len(l.prof))
		}
	}
	for _, root := range roots {
		g := groups[root]
		rows = append(rows, e.matched(otherTopic, l, r, g[0], g[1]))
	}
	for _, i := range lFree {
		if !linked[i] {
			rows = append(rows, e.oneSided(otherTopic, l, []int{i}, r, LeftOnly))
		}
	}
	for _, j := range rFree {
		if !linked[len(l.prof)+j] {
			rows = append(rows, e.oneSided(otherTopic, r, []int{j}, l, RightOnly))
		}
	}
	return rows
}

func untopiced(s *side) []int {
	var out []int
	for i := range s.prof {
		if len(s.prof[i].Topics) == 0 {
			out = append(out, i)
		}
	}
	return out
}

// sortRows orders rows by the article offsets of their statements (the
// first, then the next on a tie), then by topic in lexicon order. Both sides
// count alike, so swapping the accounts keeps the order.
func sortRows(rows []Row, lex *Lexicon, left, right *sources.Account) {
	start := map[string]int{}
	for _, acc := range []*sources.Account{left, right} {
		for _, s := range acc.Statements {
			start[s.ID] = s.Start
		}
	}
	offsets := make([][]int, len(rows))
	for i := range rows {
		for _, ids := range [][]string{rows[i].Left, rows[i].Right} {
			for _, id := range ids {
				offsets[i] = append(offsets[i], start[id])
			}
		}
		sort.Ints(offsets[i])
	}
	topicRank := func(t string) int {
		if i := lex.topicIndex(t); i >= 0 {
			return i
		}
		return len(lex.Topics)
	}
	idx := make([]int, len(rows))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool {
		a, b := offsets[idx[x]], offsets[idx[y]]
		if len(a) > 0 && len(b) > 0 && a[0] != b[0] {
			return a[0] < b[0]
		}
		if ta, tb := topicRank(rows[idx[x]].Topic), topicRank(rows[idx[y]].Topic); ta != tb {
			return ta < tb
		}
		for k := 1; k < len(a) && k < len(b); k++ {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return len(a) < len(b)
	})
	sorted := make([]Row, len(rows))
	for i, k := range idx {
		sorted[i] = rows[k]
	}
	copy(rows, sorted)
}

// union is a small union-find over 0..n-1; the smaller index is the root so
// groups come out in a stable order.
type union []int

func newUnion(n int) union {
	u := make(union, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u union) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u union) join(a, b int) {
	ra, rb := u.find(a), u.find(b)
	switch {
	case ra < rb:
		u[rb] = ra
	case rb < ra:
		u[ra] = rb
	}
}
