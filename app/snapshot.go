package app

import (
	"slices"
	"sync"
	"sync/atomic"

	"readouts/app/compare"
	"readouts/app/review"
	"readouts/sources"
)

// Snapshot is one reading of one set of texts (an article, or the sides'
// own documents with or without an article beside them): what the
// extraction found, the reviewer's corrections and the accounts they give,
// and, computed when first asked for and then kept, the comparisons of its
// pairs and how the article used the documents. A snapshot never changes
// once made (a new catalog, lexicon or review gives a new one, see
// Session.Refresh and WithReview), so the window can read the one on show
// while another loads, and any goroutine may ask it for comparisons.
type Snapshot struct {
	base
	review  *review.Review      // the reviewer's corrections; nil for none
	reading *review.Reading     // machine corrected by review; nil without one
	x       *sources.Extraction // the reading comparisons are made of; never modified
	usage   usageEntry          // how the article used the documents, made of x

	mu    sync.Mutex
	pairs map[Pair]*pairEntry
	all   pairEntry // the comparisons and matrix of Pair{All: true}

	machineOnce sync.Once
	machineSnap *Snapshot
}

// base is what a snapshot reads: the texts, what they were read with and
// the machine reading. The snapshots of one text under other reviews share
// it.
type base struct {
	path      string              // the article or the first document; "" for the built-in article
	texts     Texts               // what was asked for
	loaded    loadedTexts         // the texts' bytes, so that a new catalog reads them again without the disk
	catalog   *sources.Catalog    // what machine was extracted with
	engine    *compare.Engine     // what the comparisons are made with
	machine   *sources.Extraction // what the extraction found; never modified
	companion *sources.Extraction // the article read beside the documents; nil for none
	notes     []string            // how the texts were read, when not as asked
	inputs    []Input             // the files it was read from, the review's file aside
}

// pairEntry is one cached result, computed once however many goroutines
// ask for it at the same time.
type pairEntry struct {
	once   sync.Once
	made   atomic.Bool // set once the result is there: a newer snapshot may take it over
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

// newSnapshot reads b's machine reading with rv (nil for none), which must
// fit the text (rv.CheckText).
func newSnapshot(b base, rv *review.Review) *Snapshot {
	s := &Snapshot{base: b, review: rv, x: b.machine, pairs: map[Pair]*pairEntry{}}
	if rv != nil {
		s.reading = review.Apply(b.machine, rv.Edits)
		s.x = s.reading.X
	}
	return s
}

// Inputs are the files this reading comes from (the article, the
// documents, the review file where it is kept, the review file applied
// when it is kept elsewhere, the user's catalogs and lexicons): an export
// never writes over one.
func (s *Snapshot) Inputs() []Input {
	in := slices.Clone(s.inputs)
	if s.review != nil && s.review.Name != "" {
		in = append(in, Input{Role: "review file", Path: s.review.Name})
	}
	return in
}

// Path is the file the article was read from, or the first document; ""
// for the built-in article.
func (s *Snapshot) Path() string { return s.path }

// Name is how messages name the texts: the article's path, "built-in
// article", or the paths of the documents (and of the article beside them).
func (s *Snapshot) Name() string { return s.texts.String() }

// Extraction is the article and its accounts as the comparisons read them:
// corrected by the review, when there is one. Callers must not modify it.
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
		e.cmp = s.newComparison(c.Left, c.Right, c.Rows)
	})
	return e.cmp
}

// All returns every pair of the three largest accounts and their matrix,
// making them on first request. It makes each pair through Compare, so
// pairs already made (here or, unchanged, by an earlier snapshot) are not
// made again.
func (s *Snapshot) All() *AllPairs {
	s.all.do(func() {
		n := min(3, len(s.x.Accounts))
		accounts := make([]*sources.Account, n)
		for i := range accounts {
			accounts[i] = &s.x.Accounts[i]
		}
		res := &AllPairs{}
		var comps []compare.Comparison
		var pairs [][2]int
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				c := s.Compare(accounts[i].ID, accounts[j].ID)
				res.Comparisons = append(res.Comparisons, c)
				comps = append(comps, c.engine())
				pairs = append(pairs, [2]int{i, j})
			}
		}
		// The rows as they are, so verdicts the reviewer set show in the
		// matrix too.
		m := s.engine.MatrixOf(accounts, comps, pairs)
		res.Matrix = &m
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
