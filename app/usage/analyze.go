package usage

import (
	"math"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"readouts/app/compare"
	"readouts/sources"
)

// Tuning, explained where used.
const (
	// paraphraseCoverage: a passage that carries at least half of a
	// statement's weighted content words (and two of them or more) says
	// what the statement says.
	paraphraseCoverage = 0.5
	// relatedCoverage: a quarter is a shared subject, not a match.
	relatedCoverage = 0.25
	minShared       = 2
	// wordShare: a paraphrase in common words ("the talks would resume in
	// the spring") carries little weight, since common words weigh little.
	// A passage that carries half of the statement's content words other
	// than names, three of them or more, and a good part of the weight
	// (looseCoverage) is a paraphrase too. Names do not count here: they
	// say who, and every sentence about a call names its leaders.
	wordShare     = 0.5
	wordShareMin  = 3
	looseCoverage = 0.3
	// quoteRun: three of the document's words in a row inside quotation
	// marks are a quotation of it when two of them are content words other
	// than names ("a “frank and businesslike” conversation"), or three are
	// content words of any kind; "the United States" in another quotation
	// is not one.
	quoteRun     = 3
	quoteContent = 2
	quoteAny     = 3
	// wholeQuote: a passage that quotes half of the statement's words and
	// carries four fifths of its weighted content words (the rest told
	// around the quotation: "Berg raised “deep concerns about …”") quotes
	// the statement.
	wholeQuote = 0.8
	// unquotedRun: eight of the document's words in a row without
	// quotation marks are worth telling the reader.
	unquotedRun = 8
	// nearBest: candidates this close to the best coverage compete on
	// tightness (cosine), so a short statement beats the sentence holding it.
	nearBest = 0.1
	// candidates: how many passages are looked at for a quotation.
	candidates = 4
)

// unit is a passage of the article that may match a document statement.
type unit struct {
	span      sources.Span
	paragraph int
	statement string // the article statement's id, "" for a sentence
	speaker   string
	account   string
	words     []word
}

// docStatement is a document statement with its words.
type docStatement struct {
	st    *sources.Statement
	doc   string
	words []word
}

// analysis is the state of one Analyze call.
type analysis struct {
	art     *sources.Article
	eng     *compare.Engine
	units   []unit
	docs    []docStatement
	prof    []compare.Profile // docs first, then units
	stems   map[string][]string
	quotes  []sources.Span
	byTerm  map[string][]int // term -> units that have it
	weights []map[string]float64
	slot    []int32     // unit -> its index in scratch while ranking, else -1
	scratch []candidate // reused by rank
}

// Analyze checks the article of art against the documents of docs: for
// every statement of every document, how the article uses it; and the
// statements the article attributes to a side with no close match in that
// side's document. eng supplies the scorer and the conflict reasons.
func Analyze(docs, art *sources.Extraction, eng *compare.Engine) *Result {
	an := newAnalysis(docs, art, eng)
	res := &Result{Article: art.Article}
	for _, d := range docs.Documents {
		ud := Document{ID: d.ID, Counts: map[Use]int{}}
		for i := range an.docs {
			if an.docs[i].doc != d.ID {
				continue
			}
			c := an.check(i)
			ud.Counts[c.Use]++
			ud.Checks = append(ud.Checks, c)
		}
		res.Documents = append(res.Documents, ud)
	}
	res.Extras = an.extras(res)
	return res
}

func newAnalysis(docs, art *sources.Extraction, eng *compare.Engine) *analysis {
	an := &analysis{art: art.Article, eng: eng, quotes: quoteSpans(art.Article), byTerm: map[string][]int{}}
	for _, d := range docs.Documents {
		for _, st := range documentStatements(docs, d.ID) {
			an.docs = append(an.docs, docStatement{st: st, doc: d.ID, words: words(st.Text)})
		}
	}
	an.units = articleUnits(art)
	texts := make([]string, 0, len(an.docs)+len(an.units))
	for _, d := range an.docs {
		texts = append(texts, d.st.Text)
	}
	for _, u := range an.units {
		texts = append(texts, an.art.Text[u.span.Start:u.span.End])
	}
	scorer := compare.NewScorer(eng.Lexicon())
	an.prof = scorer.Score(texts)
	an.weights = make([]map[string]float64, len(an.prof))
	for i, p := range an.prof {
		an.weights[i] = make(map[string]float64, len(p.Terms))
		for _, t := range p.Terms {
			an.weights[i][t.Term] = t.W
		}
	}
	for k := range an.units {
		for _, t := range an.prof[len(an.docs)+k].Terms {
			an.byTerm[t.Term] = append(an.byTerm[t.Term], k)
		}
	}
	an.stems = stemWords(scorer, an.docs, an.units)
	return an
}

// documentStatements are the statements read from document doc, in text
// order, whatever account they are in: a reviewer may have moved one to
// another account or merged accounts, and it is still that document's
// text.
func documentStatements(x *sources.Extraction, doc string) []*sources.Statement {
	var out []*sources.Statement
	for i := range x.Accounts {
		for j := range x.Accounts[i].Statements {
			if st := &x.Accounts[i].Statements[j]; st.Document == doc {
				out = append(out, st)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b *sources.Statement) int { return a.Start - b.Start })
	return out
}

// articleUnits are the article's statements, of every account and about
// earlier events, and its sentences.
func articleUnits(x *sources.Extraction) []unit {
	a := x.Article
	var out []unit
	seen := map[sources.Span]bool{}
	add := func(st *sources.Statement, account string) {
		if seen[st.Span] {
			return
		}
		seen[st.Span] = true
		out = append(out, unit{span: st.Span, paragraph: st.Paragraph, statement: st.ID, speaker: st.Speaker,
			account: account, words: words(st.Text)})
	}
	for i := range x.Accounts {
		for j := range x.Accounts[i].Statements {
			add(&x.Accounts[i].Statements[j], x.Accounts[i].ID)
		}
	}
	for i := range x.Earlier {
		add(&x.Earlier[i], "")
	}
	for _, s := range a.Sentences {
		if !seen[s.Span] {
			seen[s.Span] = true
			out = append(out, unit{span: s.Span, paragraph: s.Paragraph, words: words(a.Text[s.Start:s.End])})
		}
	}
	return out
}

// stemWords maps every word of the texts to the terms the scorer makes of
// it (none for a stopword), by scoring each distinct word alone.
func stemWords(scorer compare.Scorer, docs []docStatement, units []unit) map[string][]string {
	seen := map[string]bool{}
	var vocab []string
	add := func(ws []word) {
		for _, w := range ws {
			if !seen[w.norm] {
				seen[w.norm] = true
				vocab = append(vocab, w.norm)
			}
		}
	}
	for _, d := range docs {
		add(d.words)
		add(words(d.st.SaidBy + " " + d.st.Speaker))
	}
	for _, u := range units {
		add(u.words)
	}
	out := make(map[string][]string, len(vocab))
	for i, p := range scorer.Score(vocab) {
		for _, t := range p.Terms {
			out[vocab[i]] = append(out[vocab[i]], t.Term)
		}
	}
	return out
}

// candidate is a unit scored against one document statement.
type candidate struct {
	unit     int
	coverage float64 // share of the statement's squared term weights
	share    float64 // share of its content words other than names
	cosine   float64
	shared   int // terms in common
	plain    int // of them, not names
}

// rank scores every unit that shares a term with document statement i and
// returns the best few (keep), best first: most coverage, then among those
// near it the tightest. The scores are summed in slots reused from one
// statement to the next, so a statement costs what its terms' postings do.
func (an *analysis) rank(i int) []candidate {
	if an.slot == nil {
		an.slot = make([]int32, len(an.units))
		for k := range an.slot {
			an.slot[k] = -1
		}
	}
	cs := an.scratch[:0]
	terms, total, count := an.claimTerms(i)
	for _, t := range terms {
		for _, k := range an.byTerm[t.Term] {
			j := an.slot[k]
			if j < 0 {
				j = int32(len(cs))
				an.slot[k] = j
				cs = append(cs, candidate{unit: k})
			}
			c := &cs[j]
			c.coverage += t.W * t.W / total
			if count[t.Term] > 0 {
				c.share += count[t.Term] / count[""]
				c.plain++
			}
			c.cosine += t.W * an.weights[len(an.docs)+k][t.Term]
			c.shared++
		}
	}
	var top []candidate
	for _, c := range cs {
		an.slot[c.unit] = -1
		top = insertTop(top, c)
	}
	an.scratch = cs
	if len(top) == 0 {
		return top
	}
	// Among the passages near the best coverage, the tightest first.
	n := 1
	for n < len(top) && top[n].coverage >= top[0].coverage-nearBest {
		n++
	}
	sort.SliceStable(top[:n], func(a, b int) bool { return top[a].cosine > top[b].cosine })
	return top
}

// keep is how many candidates rank returns: enough for the quotation
// search and the passages near the best.
const keep = 8

// insertTop adds c to top, kept sorted by coverage (then text order) and no
// longer than keep.
func insertTop(top []candidate, c candidate) []candidate {
	better := func(a, b candidate) bool {
		if a.coverage != b.coverage {
			return a.coverage > b.coverage
		}
		return a.unit < b.unit
	}
	at := len(top)
	for at > 0 && better(c, top[at-1]) {
		at--
	}
	if at >= keep {
		return top
	}
	if len(top) < keep {
		top = append(top, candidate{})
	}
	copy(top[at+1:], top[at:len(top)-1])
	top[at] = c
	return top
}

// claimTerms are the terms of document statement i without the name of
// who spoke ("Ivan Sokol stressed that …"): an article tells the claim
// and names the speaker in its own way. total is their squared weight;
// count is 1 for each term that is not a name, count[""] their number.
func (an *analysis) claimTerms(i int) (terms []compare.Weight, total float64, count map[string]float64) {
	d := an.docs[i]
	speaker := map[string]bool{}
	for _, w := range words(d.st.SaidBy + " " + d.st.Speaker) {
		for _, t := range an.stems[w.norm] {
			speaker[t] = true
		}
	}
	names := an.nameTerms(d)
	count = map[string]float64{}
	for _, t := range an.prof[i].Terms {
		if speaker[t.Term] {
			continue
		}
		terms = append(terms, t)
		total += t.W * t.W
		if !names[t.Term] {
			count[t.Term] = 1
			count[""]++
		}
	}
	if total == 0 { // a statement of names only
		terms, total = an.prof[i].Terms, 1
		for _, t := range terms {
			count[t.Term] = 1
		}
		count[""] = float64(len(terms))
	}
	return terms, total, count
}

// nameTerms are the terms of a statement written only as names: with a
// capital letter, never as its first word.
func (an *analysis) nameTerms(d docStatement) map[string]bool {
	name, plain := map[string]bool{}, map[string]bool{}
	for k, w := range d.words {
		r, _ := utf8.DecodeRuneInString(d.st.Text[w.start:])
		capital := k > 0 && unicode.IsUpper(r)
		for _, t := range an.stems[w.norm] {
			if capital {
				name[t] = true
			} else {
				plain[t] = true
			}
		}
	}
	for t := range plain {
		delete(name, t)
	}
	return name
}

// check decides how the article uses document statement i.
func (an *analysis) check(i int) Check {
	d := an.docs[i]
	c := Check{Statement: d.st.ID, Use: NotFound}
	cs := an.rank(i)
	if len(cs) == 0 {
		return c
	}
	best := cs[0]
	if q, ok := an.quotation(d, cs); ok {
		c.Passage = an.passage(q.cand)
		c.Passage.Verbatim, c.Passage.InQuotes = q.run, true
		c.Use = QuotedInPart
		if q.cand.coverage >= wholeQuote && 2*q.run >= len(d.words) {
			c.Use = Quoted
		}
	} else {
		c.Passage = an.passage(best)
		c.Passage.Verbatim, _ = longestRun(d.words, an.units[best.unit].words, nil)
		switch {
		case best.coverage >= paraphraseCoverage && best.shared >= minShared,
			best.coverage >= looseCoverage && best.share >= wordShare && best.plain >= wordShareMin:
			c.Use = Paraphrased
			c.Unquoted = c.Passage.Verbatim >= unquotedRun
		case best.coverage >= relatedCoverage && best.shared >= minShared:
			c.Use = Related
		default:
			c.Use, c.Passage = NotFound, nil
		}
	}
	switch {
	case c.Use.Used():
		an.differences(&c, d)
	case c.Use == Related:
		// Too little in common to list what is more or less; a conflict
		// with the closest passage is still worth showing.
		c.Else = append(an.conflicts(d.st.Text, c.Passage.Text), modality(d.words, words(c.Passage.Text))...)
	}
	return c
}

// quoted is a quotation found for a statement.
type quoted struct {
	cand candidate
	run  int
}

// quotation looks among the best candidates for one that quotes the
// statement: a run of its words inside quotation marks, long and meaningful
// enough (quoteRun, quoteContent). The longest run wins.
func (an *analysis) quotation(d docStatement, cs []candidate) (quoted, bool) {
	var best quoted
	for _, c := range cs[:min(candidates, len(cs))] {
		u := an.units[c.unit]
		base := u.span.Start
		quotedWord := func(j int) bool {
			return inQuotes(an.quotes, base+u.words[j].start, base+u.words[j].end)
		}
		n, from := longestRun(d.words, u.words, quotedWord)
		if n < quoteRun || n <= best.run {
			continue
		}
		if plain, all := an.content(an.art.Text[base:], u.words[from:from+n]); plain < quoteContent && all < quoteAny {
			continue
		}
		best = quoted{cand: c, run: n}
	}
	return best, best.run > 0
}

// content counts the content words of a run of words of text: those
// written in lower case (not names), and all of them.
func (an *analysis) content(text string, ws []word) (plain, all int) {
	for _, w := range ws {
		if len(an.stems[w.norm]) == 0 {
			continue
		}
		all++
		if r, _ := utf8.DecodeRuneInString(text[w.start:]); !unicode.IsUpper(r) {
			plain++
		}
	}
	return plain, all
}

func (an *analysis) passage(c candidate) *Passage {
	u := an.units[c.unit]
	return &Passage{Span: u.span, Text: an.art.Text[u.span.Start:u.span.End], Paragraph: u.paragraph,
		Statement: u.statement, Speaker: u.speaker, Coverage: math.Round(c.coverage*100) / 100}
}

// differences fills in what the passage says more, less or otherwise than
// the statement.
func (an *analysis) differences(c *Check, d docStatement) {
	pw := words(c.Passage.Text)
	c.Less = an.missing(d.words, pw)
	c.More = an.missing(pw, d.words)
	c.Else = append(an.conflicts(d.st.Text, c.Passage.Text), modality(d.words, pw)...)
}

// missing lists the content words of a, once each, whose terms b lacks.
func (an *analysis) missing(a, b []word) []string {
	have := map[string]bool{}
	for _, w := range b {
		for _, t := range an.stems[w.norm] {
			have[t] = true
		}
	}
	var out []string
	told := map[string]bool{}
	for _, w := range a {
		terms := an.stems[w.norm]
		if len(terms) == 0 || told[w.norm] {
			continue
		}
		lacks := true
		for _, t := range terms {
			lacks = lacks && !have[t]
		}
		if lacks {
			told[w.norm] = true
			out = append(out, w.norm)
		}
	}
	return out
}

// conflicts asks the comparison engine whether the two texts, as two
// one-statement accounts, diverge, and returns its reasons when they do.
func (an *analysis) conflicts(doc, passage string) []string {
	left := &sources.Account{ID: "document", Statements: []sources.Statement{{ID: "document-1", Text: doc}}}
	right := &sources.Account{ID: "article", Statements: []sources.Statement{{ID: "article-1", Text: passage}}}
	var out []string
	// No article: the two passages are named by their ids, and naming
	// them as the window does would read the whole article once per pair.
	for _, r := range an.eng.Compare(nil, left, right).Rows {
		// A cue only one side has (a warning the article leaves out) is
		// what the passage says less, which Less lists, not something else.
		if r.Verdict == compare.Diverge && !r.OnlyOneSays {
			out = append(out, r.Reasons...)
		}
	}
	return out
}
