package app

import (
	"sync"

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
	// texts, in and the rest are what documents add (snapshot_texts.go).
	texts     Texts
	in        reading
	companion *sources.Extraction // the article beside the documents
	notes     []string
	usage     usageEntry

	mu    sync.Mutex
	pairs map[Pair]*pairEntry
	all   pairEntry // the comparisons and matrix of Pair{All: true}
}

// pairEntry is one cached result, computed once however many goroutines
// ask for it at the same time.
type pairEntry struct {
	once   sync.Once
	cmp    *Comparison // for a pair
	result *AllPairs   // for all pairs
}

func newSnapshot(path string, cat *sources.Catalog, eng *compare.Engine, x *sources.Extraction) *Snapshot {
	return &Snapshot{path: path, catalog: cat, engine: eng, x: x, pairs: map[Pair]*pairEntry{}}
}

// Path is the file the article was read from, "" for the built-in one.
func (s *Snapshot) Path() string { return s.path }

// Name is how messages name the article: its path, or "built-in article";
// the paths of the documents when read from documents.
func (s *Snapshot) Name() string {
	if len(s.texts.Documents) > 0 {
		return s.texts.String()
	}
	return DisplayName(s.path)
}

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
	e.once.Do(func() {
		c := s.engine.Compare(s.x.Article, l, r)
		e.cmp = NewComparison(s.x, c.Left, c.Right, c.Rows)
	})
	return e.cmp
}

// All returns every pair of the three largest accounts and their matrix,
// making them on first request. The pairs it makes are kept for Compare.
func (s *Snapshot) All() *AllPairs {
	s.all.once.Do(func() {
		comps, m := s.engine.All(s.x)
		res := &AllPairs{Matrix: &m}
		for _, c := range comps {
			e := s.entry(Pair{Left: c.Left, Right: c.Right})
			e.once.Do(func() { e.cmp = NewComparison(s.x, c.Left, c.Right, c.Rows) })
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

// Prepare makes the comparison of p, so that a window shows it at once.
func (s *Snapshot) Prepare(p Pair) {
	switch {
	case p.All:
		s.All()
	case p.Left != "":
		s.Compare(p.Left, p.Right)
	}
}
