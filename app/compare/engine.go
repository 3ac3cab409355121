package compare

import (
	"readouts/app/naming"
	"slices"
	"sort"
	"strconv"
	"strings"

	"readouts/sources"
)

// otherTopic labels statements that speak to no lexicon topic.
const otherTopic = "other"

// Engine compares accounts with one lexicon and one scorer. It holds no
// per-comparison state and is safe for concurrent use.
type Engine struct {
	lex    *Lexicon
	scorer Scorer
	// codes maps a country code, as an account's party gives it ("CN"),
	// to the specific key of the actor the country's names name
	// (WithCountries): the side an account speaks for is the frame of
	// what it says, however its speaker is named.
	codes map[string]string
}

// New returns an engine using the lexicon and the default scorer.
func New(lex *Lexicon) *Engine { return &Engine{lex: lex, scorer: NewScorer(lex)} }

// WithScorer returns a copy of the engine that uses s instead.
func (e *Engine) WithScorer(s Scorer) *Engine { return &Engine{lex: e.lex, scorer: s, codes: e.codes} }

// WithCountries returns a copy of the engine that knows the countries an
// account's party code names (the catalog's countries): each code stands
// for the first actor of the lexicon that the country's names, adjectives
// or government name.
func (e *Engine) WithCountries(countries []sources.Country) *Engine {
	st := make(stemmer, 64)
	codes := make(map[string]string, len(countries))
	for _, c := range countries {
		forms := append(append(slices.Clone(c.Names), c.Adjectives...), c.Government.Name)
		for _, form := range forms {
			if k := e.lex.actorIn(form, st); k != "" {
				codes[c.Code] = k
				break
			}
		}
	}
	return &Engine{lex: e.lex, scorer: e.scorer, codes: codes}
}

// Lexicon returns the engine's lexicon.
func (e *Engine) Lexicon() *Lexicon { return e.lex }

// side is one account's statements prepared for comparison.
type side struct {
	acc  *sources.Account
	name string // how reasons name the account
	// party is the specific key of the country or institution the
	// account speaks for, when its speaker, channel or label names one
	// ("White House", "Kremlin readout"); "" when none does.
	party string
	// frame holds the specific keys of what the account's own side and
	// speaker are called: its party and the words of its speaker's name.
	frame []string
	prof  []Profile
	sc    []scanned
	st    []stance
	pt    []point
	main  [][]int          // main topics of each statement, strongest first
	index map[string][]int // specific key -> statements, built on demand
	seen  []int            // with visit: statements near already found
	visit int
	pos   map[string]int // statement id -> index, built on demand
	// sides holds the specific keys of the two sides of the call, by
	// the accounts' parties (their country codes through the engine's
	// codes, or partyOf): never a third side (Engine.thirdSide), nor a
	// relationship with one (markRelationship). Shared by both sides.
	sides map[string]bool
	// callFrame holds the keys of the sides of the call and of both
	// frames (markRelationship): what a relationship of the call is
	// between. Shared by both sides.
	callFrame map[string]bool
	// rel is the account's main statement on the relationship between
	// the sides of the call, -1 for none (markRelationship).
	rel int
	// listed tells, for each statement, whether it lists an agenda of
	// third sides (listsSides): 0 not read yet, 1 no, 2 yes.
	listed []int8
	// class is, for each statement, the topic of the relationship when it
	// is the statement's point (pointClass), -1 otherwise; read once the
	// frame of the call is known (markRelationship).
	class []int
}

// isMain tells whether topic t is a main topic of statement i.
func (s *side) isMain(i, t int) bool {
	for _, m := range s.main[i] {
		if m == t {
			return true
		}
	}
	return false
}

// Compare aligns two accounts of one article by the points they make.
//
// Two statements make the same point when they use words of one topic and
// name the same specific things: a person, place or institution, a
// number, a date, the event itself (in a topic about it) or a topic's
// specific object (a ceasefire, sanctions, a memorandum), weighed by how
// few other statements name them (a strong link). The frame of the call
// weighs nothing: the sides the accounts speak for and their speakers.
// Statements that share less on a topic central to both (the subject in
// other words, the same general word, the same attribute of the call, its
// length or tone) make the same point when each is the other's closest
// statement by a margin (a weak link): a relative measure, which holds for
// an article's short paraphrases and a readout's long sentences alike.
//
// Linked statements form the agree and diverge rows, strongest link first.
// Each statement has one row of its own, its best; a statement that makes
// a second point, linked to a statement on another thing, stands in that
// point's row too, which refers to it (Row.Refs). Statements no link
// reaches form one-sided rows, one per topic and side (its strongest
// topic), or one each when they speak to no topic. Rows that speak to a
// topic list the statements of it that stand in other rows as references.
// Rows are in article order of their first statement (ties in lexicon
// topic order), so a reader can follow them alongside the text and
// swapping the accounts keeps the order.
func (e *Engine) Compare(a *sources.Article, left, right *sources.Account) Comparison {
	l, r := e.prepare(left, right)
	if a != nil {
		// Names the article writes ("Kremlin" for the account "kremlin").
		l.name, r.name = accountNames(a, left, right)
	}
	f := e.find(l, r)
	c := Comparison{Left: left.ID, Right: right.ID}
	inRow := [2][]bool{make([]bool, len(l.pt)), make([]bool, len(r.pt))}
	topicOf := func(ed *edge) int { return e.rowTopic(l, r, ed) }
	for _, cl := range group(&f, l, r, topicOf) {
		c.Rows = append(c.Rows, e.matchedRow(l, r, &cl))
		for _, i := range cl.li {
			inRow[0][i] = true
		}
		for _, j := range cl.ri {
			inRow[1][j] = true
		}
	}
	c.Rows = e.callRow(l, r, c.Rows, inRow)
	c.Rows = append(c.Rows, e.oneSided(l, r, inRow[0], LeftOnly, f.nearL)...)
	c.Rows = append(c.Rows, e.oneSided(r, l, inRow[1], RightOnly, f.nearR)...)
	e.addRefs(c.Rows, l, r)
	sortRows(c.Rows, e.lex, left, right)
	return c
}

// found is what weighing the candidate pairs of a comparison finds.
type found struct {
	strong []edge
	// weak holds the closest weak link of each left statement (l < 0 for
	// none): a weak link makes a row only between two statements that
	// are each other's closest.
	weak []edge
	// side holds the closest link of each left statement to one naming
	// the same third side (sideLink), as weak does.
	side []edge
	// sideRv is rv with the side links offered too, for them.
	sideRv *rivals
	// opposed holds the weak links of two opposite answers to one
	// question (edge.opposed).
	opposed []edge
	// class holds the weak links of two statements whose point is the
	// relationship of the call (edge.class).
	class []edge
	// para holds the paraphrases (Engine.paraphrases).
	para []edge
	rv   *rivals
	// nearL and nearR are each statement's closest statement of the
	// other side, which a one-sided row names when the statement stands
	// in no matched row.
	nearL, nearR []nearest
}

// find weighs every candidate pair of the two sides (eachCandidate).
func (e *Engine) find(l, r *side) found {
	f := found{weak: make([]edge, len(l.pt)), side: make([]edge, len(l.pt)), rv: newRivals(len(l.pt), len(r.pt)),
		sideRv: newRivals(len(l.pt), len(r.pt)),
		nearL:  noNearest(len(l.pt)), nearR: noNearest(len(r.pt))}
	for i := range f.weak {
		f.weak[i].l, f.side[i].l = -1, -1
	}
	w := newWeights(l, r)
	scratch := &edge{}
	eachCandidate(l, r, func(i, j int) {
		ed, kind := e.weigh(l, r, i, j, w, scratch)
		f.nearL[i].offer(j, ed.score)
		f.nearR[j].offer(i, ed.score)
		switch kind {
		case noLink:
			return
		case strongLink:
			f.strong = append(f.strong, ed.own())
		case weakLink:
			if f.weak[i].l < 0 || ed.score > f.weak[i].score {
				f.weak[i] = ed.own()
			}
			if ed.opposed {
				f.opposed = append(f.opposed, ed.own())
			}
			if ed.class {
				f.class = append(f.class, ed.own())
			}
		case sideLink:
			if f.side[i].l < 0 || ed.score > f.side[i].score {
				f.side[i] = ed.own()
			}
		}
		t := e.rowTopic(l, r, &ed)
		f.sideRv.offer(i, j, t, ed.score)
		if kind != sideLink {
			// A third side named in common makes no rival of the
			// closest statements on a topic.
			f.rv.offer(i, j, t, ed.score)
		}
	})
	f.para = e.paraphrases(l, r, w)
	return f
}

func noNearest(n int) []nearest {
	out := make([]nearest, n)
	for i := range out {
		out[i] = nearest{at: -1}
	}
	return out
}

// offer keeps the closest statement: the higher score, then the earlier.
func (n *nearest) offer(at int, score float64) {
	if score <= 0 {
		return
	}
	if n.at < 0 || score > n.score || score == n.score && at < n.at {
		n.at, n.score = at, score
	}
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
	names := map[string]bool{}
	for i, text := range texts {
		scans[i] = e.lex.scan(text, st)
		e.lex.namesInside(&scans[i], names)
	}
	var prof []Profile
	if ls, ok := e.scorer.(lexScorer); ok {
		prof = ls.scoreScanned(scans) // the default scorer reuses the scan
	} else {
		prof = e.scorer.Score(texts)
	}
	n := len(left.Statements)
	mk := func(acc *sources.Account, prof []Profile, scans []scanned) *side {
		s := &side{acc: acc, prof: prof, sc: scans, st: make([]stance, len(prof)),
			pt: make([]point, len(prof)), main: make([][]int, len(prof))}
		for i := range acc.Statements {
			s.st[i] = e.lex.stanceOf(&scans[i])
			s.pt[i] = e.lex.pointOf(&scans[i], &s.st[i], names)
			s.main[i] = e.mainTopics(&prof[i])
			s.pt[i].probes = e.probes(&s.pt[i], &s.st[i], s.main[i])
		}
		s.secondTellings()
		return s
	}
	l, r := mk(left, prof[:n], scans[:n]), mk(right, prof[n:], scans[n:])
	addDenials(l, r)
	l.name, r.name = accountNames(nil, left, right)
	l.party, r.party = e.lex.partyOf(left, st), e.lex.partyOf(right, st)
	l.frame, r.frame = e.lex.frameOf(left, l.party, st), e.lex.frameOf(right, r.party, st)
	voices := map[string]bool{}
	for i := range scans {
		e.lex.voices(&scans[i], voices)
	}
	for _, sd := range []*side{l, r} {
		for i := range sd.pt {
			e.lex.participants(&sd.sc[i], &sd.pt[i], voices)
		}
	}
	for _, k := range sortedKeys(voices) {
		l.frame = append(l.frame, k) // the frame of both sides
	}
	sides := map[string]bool{}
	for _, sd := range []*side{l, r} {
		if sd.party != "" {
			sides[sd.party] = true
		}
		if k := e.codes[sd.acc.Party]; k != "" {
			sides[k] = true
		}
	}
	l.sides, r.sides = sides, sides
	e.markRelationship(l, r)
	return l, r
}

// frameOf lists the specific keys of an account's own frame: its party,
// the places that name it ("Moscow" for Russia), and the actors and name
// words of its speaker ("Donald Trump", "Yury Ushakov (Aide to the
// President of Russia)").
func (l *Lexicon) frameOf(acc *sources.Account, party string, st stemmer) []string {
	var out []string
	actors := map[int]bool{}
	if party != "" {
		out = append(out, party)
		if g, err := strconv.Atoi(strings.TrimPrefix(party, string(specActor)+":")); err == nil {
			actors[g] = true
		}
	}
	sc := l.scan(acc.Speaker, st)
	for _, h := range sc.hits {
		if h.ph.kind == kindActor {
			out = append(out, string(specActor)+":"+strconv.Itoa(h.ph.group))
			actors[h.ph.group] = true
		}
	}
	for place, actor := range l.actorOfPlace {
		if actors[actor] {
			out = append(out, string(specPlace)+":"+strconv.Itoa(place))
		}
	}
	for i, t := range sc.toks {
		if !capitalised(&sc, i) || l.stop[t.norm] || l.titles[t.norm] || isNumber(t.norm) {
			continue
		}
		for _, part := range l.nameParts(t) {
			out = append(out, string(part.kind)+":"+part.key)
		}
	}
	return out
}

// probes are the general words of a statement's main topics, the
// attributes of the call it speaks to and the questions it answers (a pole
// of an axis that is a question of a topic: "x:" and the axis), for
// point.probes; its specific terms are among its keys already.
func (e *Engine) probes(p *point, st *stance, main []int) []string {
	var out []string
	for _, t := range main {
		u := p.topicUse(t)
		if u == nil {
			continue
		}
		for _, g := range u.general {
			out = append(out, "g:"+strconv.Itoa(g))
		}
		if e.lex.Topics[t].Attribute {
			out = append(out, "m:"+strconv.Itoa(t))
		}
	}
	for ax := range e.lex.Axes {
		if e.question(ax) && poleOf(st, ax) >= 0 {
			out = append(out, "x:"+strconv.Itoa(ax))
		}
	}
	return out
}

// question tells whether axis ax is a strong axis that is a question of a
// topic (Axis.Topic).
func (e *Engine) question(ax int) bool { return e.lex.Axes[ax].Strong && e.lex.Axes[ax].topic >= 0 }

// partyOf is the specific key of the first actor the account's party (a
// country code), speaker, channel and label name: the side the account
// speaks for.
func (l *Lexicon) partyOf(acc *sources.Account, st stemmer) string {
	for _, text := range []string{acc.Party, acc.Speaker, acc.Channel, acc.Label} {
		if k := l.actorIn(text, st); k != "" {
			return k
		}
	}
	return ""
}

// actorIn is the specific key of the first actor text names, "" for none.
func (l *Lexicon) actorIn(text string, st stemmer) string {
	sc := l.scan(text, st)
	for _, h := range sc.hits {
		if h.ph.kind == kindActor {
			return string(specActor) + ":" + strconv.Itoa(h.ph.group)
		}
	}
	return ""
}

// mainTopics lists the topics a profile speaks to, strongest first (ties
// in lexicon order).
func (e *Engine) mainTopics(p *Profile) []int {
	var out []int
	var score []float64
	for _, t := range p.Topics {
		if i := e.lex.topicIndex(t.Topic); i >= 0 {
			out = append(out, i)
			score = append(score, t.Score)
		}
	}
	idx := make([]int, len(out))
	for k := range idx {
		idx[k] = k
	}
	sort.SliceStable(idx, func(a, b int) bool {
		if score[idx[a]] != score[idx[b]] {
			return score[idx[a]] > score[idx[b]]
		}
		return out[idx[a]] < out[idx[b]]
	})
	sorted := make([]int, len(out))
	for k, i := range idx {
		sorted[k] = out[i]
	}
	return sorted
}

// accountNames are the names reasons give the two accounts. With the
// article, the names the window and the reports give them, told apart from
// each other, so that a reason says "Only Kremlin" where the verdict chip
// says "only Kremlin"; without it (two passages compared on their own),
// the speakers, or the labels when one speaker has both accounts, else
// the ids.
func accountNames(a *sources.Article, left, right *sources.Account) (string, string) {
	if a != nil {
		x := &sources.Extraction{Article: a, Accounts: []sources.Account{*left, *right}}
		names := naming.Among(x, []string{left.ID, right.ID})
		return names.Of(left.ID), names.Of(right.ID)
	}
	name := func(acc *sources.Account, bySpeaker bool) string {
		switch {
		case bySpeaker && acc.Speaker != "":
			return acc.Speaker
		case acc.Label != "":
			return acc.Label
		case acc.Speaker != "":
			return acc.Speaker
		}
		return acc.ID
	}
	bySpeaker := left.Speaker != right.Speaker
	return name(left, bySpeaker), name(right, bySpeaker)
}

// oneSided builds the rows of the statements of s that stand in no
// matched row: one row per topic (each statement under its strongest
// topic), and one row per statement that speaks to no topic.
func (e *Engine) oneSided(s, other *side, inRow []bool, v Verdict, near []nearest) []Row {
	byTopic := map[int][]int{}
	var topics []int
	var rows []Row
	for i := range s.pt {
		if inRow[i] {
			continue
		}
		if len(s.main[i]) == 0 {
			rows = append(rows, e.oneSidedRow(-1, s, []int{i}, other, v, near))
			continue
		}
		t := s.main[i][0]
		if _, ok := byTopic[t]; !ok {
			topics = append(topics, t)
		}
		byTopic[t] = append(byTopic[t], i)
	}
	for _, t := range topics {
		rows = append(rows, e.oneSidedRow(t, s, byTopic[t], other, v, near))
	}
	return rows
}

// maxRefs is how many references a row lists per side: the first in the
// text. A row that would refer to more is on a topic the account returns to
// throughout; a longer list helps no reader, and would grow with the
// square of the text.
const maxRefs = 12

// addRefs lists, in each row of a topic, the statements of that topic (a
// main topic of theirs) that stand in another row.
func (e *Engine) addRefs(rows []Row, l, r *side) {
	lt, rt := l.byMainTopic(), r.byMainTopic()
	for k := range rows {
		t := e.lex.topicIndex(rows[k].Topic)
		if t < 0 {
			continue
		}
		refs := rows[k].Refs
		if refs == nil {
			refs = &Refs{Left: []string{}, Right: []string{}}
		}
		refs.Left = refsOf(l, lt[t], rows[k].Left, refs.Left)
		refs.Right = refsOf(r, rt[t], rows[k].Right, refs.Right)
		if len(refs.Left)+len(refs.Right) > 0 {
			rows[k].Refs = refs
		}
	}
}

// byMainTopic lists the statements of each main topic, in text order.
func (s *side) byMainTopic() map[int][]int {
	out := map[int][]int{}
	for i := range s.main {
		for _, t := range s.main[i] {
			out[t] = append(out[t], i)
		}
	}
	return out
}

// refsOf adds to out the statements of idx that are not in row, up to
// maxRefs, and puts them in text order.
func refsOf(s *side, idx []int, row, out []string) []string {
	for _, i := range idx {
		if len(out) >= maxRefs {
			break
		}
		if id := s.acc.Statements[i].ID; !slices.Contains(row, id) && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return s.inTextOrder(out)
}

// inTextOrder sorts statement ids of the side in text order.
func (s *side) inTextOrder(ids []string) []string {
	if s.pos == nil {
		s.pos = make(map[string]int, len(s.acc.Statements))
		for i, st := range s.acc.Statements {
			s.pos[st.ID] = i
		}
	}
	sort.SliceStable(ids, func(a, b int) bool { return s.pos[ids[a]] < s.pos[ids[b]] })
	return ids
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
