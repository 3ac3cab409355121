package app

import (
	"slices"
	"sync"
	"sync/atomic"

	"readouts/app/compare"
	"readouts/sources"
)

// Snapshot is one reading of one text: the article, its accounts and,
// computed when first asked for and then kept, the comparisons of its pairs.
// A snapshot never changes once made (a new catalog, lexicon or review gives
// a new one, see Session.Refresh), so the window can read the one on show
// while another loads, and any goroutine may ask it for comparisons.
type Snapshot struct {
	path    string              // "" for the built-in article
	catalog *sources.Catalog    // what x was extracted with
	engine  *compare.Engine     // what the comparisons are made with
	x       *sources.Extraction // the reading; never modified
	inputs  []Input             // the files it was read from

	mu    sync.Mutex
	pairs map[Pair]*pairEntry
	all   pairEntry // the comparisons and matrix of Pair{All: true}
}

// pairEntry is one cached result, computed once however many goroutines
// ask for it at the same time.
type pairEntry struct {
	once   sync.Once
	made   atomic.Bool // set once the result is there
	cmp    *Comparison // for a pair
	result *AllPairs   // for all pairs
}

// do makes the result with build, once.
func (e *pairEntry) do(build func()) {
	e.once.Do(func() {
		build()
		e.made.Store(true)
	})
}

func newSnapshot(path string, cat *sources.Catalog, eng *compare.Engine, x *sources.Extraction, in []Input) *Snapshot {
	return &Snapshot{path: path, catalog: cat, engine: eng, x: x, inputs: in, pairs: map[Pair]*pairEntry{}}
}

// Inputs are the files this reading comes from (the article, its review
// file, the user's catalogs and lexicons): an export never writes over one.
func (s *Snapshot) Inputs() []Input { return slices.Clone(s.inputs) }

// Path is the file the article was read from, "" for the built-in one.
func (s *Snapshot) Path() string { return s.path }

// Name is how messages name the article: its path, or "built-in article".
func (s *Snapshot) Name() string { return DisplayName(s.path) }

// Extraction is the article and the accounts found in it. Callers must not
// modify it.
func (s *Snapshot) Extraction() *sources.Extraction { return s.x }

// AllPairs is every pair of the three largest accounts, (0,1), (0,2), (1,2)
// in account order, and their topic × account matrix.
type AllPairs struct {
	Comparisons []*Comparison
	Matrix      *Matrix
}

// Compare returns the comparison of two accounts, making it on first
// request; nil when the text has no such two accounts.
func (s *Snapshot) Compare(left, right string) *Comparison {
	l, r := s.x.Account(left), s.x.Account(right)
	if l == nil || r == nil || left == right {
		return nil
	}
	e := s.entry(Pair{Left: left, Right: right})
	e.do(func() {
		c := s.engine.Compare(s.x.Article, l, r)
		e.cmp = NewComparison(s.x, c.Left, c.Right, c.Rows)
	})
	return e.cmp
}

// All returns every pair of the three largest accounts and their matrix,
// making them on first request. The pairs it makes are kept for Compare.
func (s *Snapshot) All() *AllPairs {
	s.all.do(func() {
		comps, m := s.engine.All(s.x)
		res := &AllPairs{Matrix: &m}
		for _, c := range comps {
			e := s.entry(Pair{Left: c.Left, Right: c.Right})
			e.do(func() { e.cmp = NewComparison(s.x, c.Left, c.Right, c.Rows) })
			res.Comparisons = append(res.Comparisons, e.cmp)
		}
		s.all.result = res
	})
	return s.all.result
}

func (s *Snapshot) entry(p Pair) *pairEntry {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.pairs[p]
	if !ok {
		e = &pairEntry{}
		s.pairs[p] = e
	}
	return e
}

// Ready tells whether the comparison of p is made, so that showing it
// takes no time; true when there is nothing to make (no such pair).
func (s *Snapshot) Ready(p Pair) bool {
	switch {
	case p.All:
		return s.all.made.Load()
	case p.Left == "" || s.x.Account(p.Left) == nil || s.x.Account(p.Right) == nil || p.Left == p.Right:
		return true
	}
	return s.entry(p).made.Load()
}

// Prepare makes the comparison of p, so that a window shows it at once.
func (s *Snapshot) Prepare(p Pair) {
	switch {
	case p.All:
		s.All()
	case p.Left != "":
		s.Compare(p.Left, p.Right)
	}
}
