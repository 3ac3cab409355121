package compare

import (
	"math"
	"slices"
	"sort"
	"strings"

	"readouts/sources"
)

// Tuning of the links, explained where used.
const (
	// linkMin is how much specific content two statements must share to
	// make the same point by a strong link: one thing only the two of
	// them name (weight 1), or two things a few other statements name
	// too. A thing named in most statements of the two accounts weighs
	// little, and the frame of the call (its sides) nothing.
	linkMin = 0.5
	// window is how many statements of the other account one specific
	// thing brings as candidates: those nearest in the text. It keeps the
	// search linear on long texts where one name recurs everywhere.
	window = 32
	// subjectWeight: sharing a subject (both speak of trade, in any terms)
	// weighs half as much as sharing a thing (both speak of tariffs).
	subjectWeight = 0.5
)

// edge is a pair of statements weighed as a link, statement l of the left
// account and statement r of the right one, with the evidence that makes
// them the same point (weigh tells how strongly).
type edge struct {
	l, r     int
	score    float64 // specific content and subject shared, plus similarity
	specific float64 // weight of the specific things both name
	subject  float64 // weight of the subjects both speak of
	// beyond is the weight of the specific things both name that are not
	// themes of both accounts (weights.theme): what makes this pair the
	// same point rather than two of the statements on a theme.
	beyond float64
	// opposed: the two give opposite answers to one question on a
	// topic both speak to (answers), a weak link that may still be a
	// second point of a statement in another row (answerRows).
	opposed bool
	// stances tells whether both take a stance on one strong axis
	// (conditional or not, positive or negative): two answers to one
	// question.
	stances bool
	topics  []int // topics both use words of, lexicon order
	shared  []sharedKey
	// apart holds the topics of the objects the two name that are not
	// one thing (sameThing): their terms are no term in common.
	apart []int
	// alike holds, for a paraphrase (Engine.paraphrases), the words of
	// each statement (left, right) that the other says too.
	alike [2][]cue
	// class: a weak link of two statements whose point is the
	// relationship of the call (Engine.sameClass).
	class bool
}

// sharedKey is one specific thing both statements name.
type sharedKey struct {
	key     string
	kind    specKind
	topic   int // of an object or subject, else -1
	w       float64
	lc, rc  []cue // where each statement names it
	passing bool  // an object of a topic one of the two only touches on
	// raw is the weight before tally weighs it by kind; lrun and rrun
	// number the runs of name words it stands in (specific.run).
	raw        float64
	lrun, rrun int
	// roles are the roles in which both name a country (specific.roles).
	roles role
	// money: a number both give as an amount of money (isMoney).
	money bool
	// denied: one of the two names it only inside a clause it denies
	// (deniedWithin).
	denied bool
}

// weights gives each specific thing its weight in one comparison: 1 when
// only the two statements name it, less the more statements do, in the two
// accounts together or in either one: a name in most statements of one
// account (its own leader) is the frame of what it says, not the point;
// the sides the accounts speak for and their speakers weigh nothing.
type weights struct {
	df     [2]map[string]int // statements of each side naming a thing
	nl, nr int
	memo   map[string]float64
	// frame holds the keys of the call's own frame: the sides the
	// accounts speak for and their speakers' names. "Xi told Trump" in
	// one account and "Trump said Xi" in the other share nothing.
	frame map[string]bool
}

func newWeights(l, r *side) weights {
	w := weights{df: [2]map[string]int{{}, {}}, nl: len(l.pt), nr: len(r.pt), memo: map[string]float64{},
		frame: map[string]bool{}}
	for _, s := range []*side{l, r} {
		for _, k := range s.frame {
			// A matter of a side of the call is the frame too: "the
			// situation in Sudan" between Khartoum and Cairo.
			k = sources.PlainLetters(k)
			w.frame[k], w.frame[string(specMatter)+":"+k] = true, true
		}
	}
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
// when named by one statement); nothing for the frame of the call.
func (w weights) of(key string) float64 {
	if w.inFrame(key) {
		return 0
	}
	if v, ok := w.memo[key]; ok {
		return v
	}
	v := w.compute(key)
	w.memo[key] = v
	return v
}

// inFrame tells whether a key is of the frame of the call. Names are
// compared without their diacritics: one outlet writes "Erdoğan", the
// next "Erdogan".
func (w weights) inFrame(key string) bool { return w.frame[sources.PlainLetters(key)] }

// sameEvent tells whether the events two statements tell of can be one:
// each side one names for its event is a side of the frame of the
// comparison or one the other names too. In a comparison of Washington
// and Kyiv, "talks between the leaders of the United States and Russia"
// are another event than "a call with the president of Ukraine".
func (w weights) sameEvent(a, b *point) bool { return w.sameSides(a.sides, b.sides) }

// sameSides tells whether two lists of the sides of one kind of event or
// relation can name one: each side one names is a side of the frame of
// the comparison or one the other names too.
func (w weights) sameSides(a, b []string) bool {
	for _, p := range [2][2][]string{{a, b}, {b, a}} {
		for _, k := range p[0] {
			if !w.inFrame(k) && !slices.Contains(p[1], k) {
				return false
			}
		}
	}
	return true
}

// otherRelation tells whether both statements name the sides of a matter
// and those differ: "relations between Turkey and Syria" and "relations
// between Turkey and Russia" are two relations, whatever their words
// share.
func (w weights) otherRelation(a, b *point) bool {
	return len(a.between) > 0 && len(b.between) > 0 && !w.sameSides(a.between, b.between)
}

// theme tells whether a thing is named by two or more statements of each
// account: a theme both return to, on which which statements make one
// point is not told by the thing alone.
func (w weights) theme(key string) bool { return w.df[0][key] >= 2 && w.df[1][key] >= 2 }

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
// one specific thing in common or share a probe (point.probes): the only
// pairs that can be the same point, in order of the left statement, then
// the right one. Each side looks for the other's statements through an
// index of their specific things and probes, taking at most window
// statements per thing, the nearest in the text; both directions are
// taken, so swapping the accounts gives the same pairs.
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

// near lists the statements of s that name a specific thing of p or share
// one of its probes, at most window per thing or probe, the nearest to
// offset at in the text; each once.
func (s *side) near(p *point, at int) []int {
	if s.index == nil {
		s.index = map[string][]int{}
		for i := range s.pt {
			for _, k := range s.pt[i].keys {
				if k.kind != specNegated { // a thing in common only beside a topic
					s.index[k.key] = append(s.index[k.key], i)
				}
			}
			for _, k := range s.pt[i].probes {
				s.index[k] = append(s.index[k], i)
			}
		}
		s.seen = make([]int, len(s.pt))
	}
	s.visit++ // marks the statements found for this p in seen
	var out []int
	for k := range len(p.keys) + len(p.probes) {
		key := ""
		if k < len(p.keys) {
			if p.keys[k].kind == specNegated {
				continue
			}
			key = p.keys[k].key
		} else {
			key = p.probes[k-len(p.keys)]
		}
		post := s.index[key]
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

// linkKind tells how two statements relate.
type linkKind uint8

const (
	// noLink: different points.
	noLink linkKind = iota
	// weakLink: a topic central to both and something in common on it
	// that does not make the same point alone: the same subject in other
	// words, the same general word ("diplomacy"), the same attribute of
	// the call, things many statements name. Such a pair is a link only
	// when each is the other's closest statement, by a margin (rivals).
	weakLink
	// sideLink: two statements, one on no subject, that name one third
	// side (Engine.thirdSide): a link, last of the weak ones, only when
	// each is the other's closest statement by a margin.
	sideLink
	// strongLink: a topic both use words of and enough specific content
	// in common: the same point.
	strongLink
)

// weigh weighs the pair (i, j). It returns the edge and how the two
// relate (linkKind). An event (the call) counts only in a topic about the
// event: "during the call" does not make two statements on different
// matters one point.
//
// The topics and shared things are gathered in scratch's slices, which the
// edge returned uses until the next call: a caller that keeps it takes
// its own copy (own), since most pairs weighed are not kept.
func (e *Engine) weigh(l, r *side, i, j int, w weights, scratch *edge) (edge, linkKind) {
	ed := edge{l: i, r: j, topics: scratch.topics[:0], shared: scratch.shared[:0], apart: scratch.apart[:0]}
	lp, rp := &l.pt[i], &r.pt[j]
	event := e.sharedTopics(&ed, lp, rp)
	var t tally
	var apart [][2]*specific // objects the two name that are not one thing (sameThing)
	for a, b := 0, 0; a < len(lp.keys) && b < len(rp.keys); {
		switch x, y := &lp.keys[a], &rp.keys[b]; {
		case x.key == y.key:
			if x.kind == specObject && !sameThing(x, y) {
				apart = append(apart, [2]*specific{x, y})
				ed.apart = append(ed.apart, x.topic)
			}
			if (x.kind != specEvent || event && w.sameEvent(lp, rp)) && sameThing(x, y) && oneDenies(x, y) &&
				!onlyApart(x, y, apart) && !modifiedApart(x, y) {
				sk := sharedKey{key: x.key, kind: x.kind, topic: x.topic, w: w.of(x.key), lc: x.cues, rc: y.cues,
					lrun: x.run, rrun: y.run, roles: x.roles & y.roles}
				sk.raw = sk.w
				sk.money = x.kind == specNumber && isMoney(&l.sc[i], x.cues) && isMoney(&r.sc[j], y.cues)
				sk.denied = deniedWithin(&l.st[i], x.cues) || deniedWithin(&r.st[j], y.cues)
				// An object of a topic one of the two only touches on
				// ("talks at NATO", "NATO's expansion") may be named in
				// passing: it weighs half (tally).
				// So is a thing one of them names only as what a side
				// defends itself against (resistedAt).
				sk.passing = x.kind == specObject && (!(l.isMain(i, x.topic) && r.isMain(j, x.topic)) ||
					x.resisted == len(x.cues) || y.resisted == len(y.cues))
				t.add(&sk)
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
	t.relation = relationNamed(ed.shared, lp, rp)
	ed.specific, ed.subject = t.specific(), t.subject
	ed.score = ed.specific + ed.subject + e.scorer.Similarity(&l.prof[i], &r.prof[j])
	scratch.topics, scratch.shared, scratch.apart = ed.topics, ed.shared, ed.apart
	kind := noLink
	switch {
	case w.otherRelation(lp, rp):
	case onRelationship(l, r, i, j):
		// What each side mainly says of the relationship between them.
		kind = strongLink
	case len(ed.topics) == 0 && unmistakable(&ed, len(lp.topics) == 0 || len(rp.topics) == 0,
		l.listsSides(i, w) || r.listsSides(j, w)):
		kind = strongLink
	case len(ed.topics) > 0 && ed.specific >= linkMin:
		kind = strongLink
	case len(ed.topics) > 0 && e.alikeOnCentralTopic(l, r, &ed, t.anything()), e.answers(l, r, i, j):
		kind = weakLink
		ed.opposed = len(ed.topics) > 0 && e.answers(l, r, i, j)
	case e.sameClass(l, r, i, j, w):
		// Two statements whose point is the relationship of the call,
		// in whatever words (pointClass).
		kind, ed.class = weakLink, true
	case len(ed.topics) == 0 && e.thirdSide(l, r, &ed, w):
		// Two statements on no subject that name one third
		// country or people: that side is their subject ("the latest
		// developments around Ostland", "the situation involving
		// Ostland"), whatever cue words each uses.
		kind = sideLink
	}
	if kind == weakLink && (ed.class || e.sameClass(l, r, i, j, w)) {
		ed.class = true
		ed.score = math.Max(ed.score, classScore)
	}
	if kind == strongLink {
		ed.beyond = beyondThemes(ed.shared, w, t.relation)
		ed.stances = e.sameAxis(&l.st[i], &r.st[j])
	}
	return ed, kind
}

// thirdSide tells whether two statements that speak to no subject (only
// to the diplomacy, or to nothing the lexicon knows) both name a country,
// people or place outside the frame of the call, in the same role,
// outright, and no other: that side is what the two speak of. A statement
// that names several ("covered Cuba and Chile") lists the call's agenda; a
// statement on a subject of its own that names a country ("reliance on
// Cuba for oil", "a ceasefire in Cuba") is on that subject; a side one of
// them says someone supports (specBacked) is that support's point.
func (e *Engine) thirdSide(l, r *side, ed *edge, w weights) bool {
	if !e.noSubject(l.main[ed.l]) || !e.noSubject(r.main[ed.r]) ||
		thirdSides(&l.pt[ed.l], w, l.sides) != 1 || thirdSides(&r.pt[ed.r], w, l.sides) != 1 {
		return false
	}
	for _, k := range ed.shared {
		if (k.kind == specActor && k.roles != 0 || k.kind == specPlace) && k.w > 0 && !k.passing && !k.denied &&
			!l.sides[k.key] && !backed(&l.pt[ed.l], k.key) && !backed(&r.pt[ed.r], k.key) {
			return true
		}
	}
	return false
}

// agendaSides is how many countries, peoples or places outside the frame
// of the call a statement lists, one after the other, to give an agenda
// rather than make a point on one of them.
const agendaSides = 3

// listsSides tells whether statement i of s lists agendaSides or more
// countries, peoples or places outside the frame of the call in a row
// (listing), read once per statement: most pairs weighed never ask.
func (s *side) listsSides(i int, w weights) bool {
	if s.listed == nil {
		s.listed = make([]int8, len(s.pt))
	}
	if s.listed[i] == 0 {
		s.listed[i] = 1
		if listing(&s.sc[i], &s.pt[i], w) {
			s.listed[i] = 2
		}
	}
	return s.listed[i] == 2
}

// listing tells whether a statement lists agendaSides or more countries,
// peoples or places outside the frame of the call in a row, with nothing
// but commas, "and", "or" or "&" between them: "Chile, Peru, Cuba and
// much else".
func listing(sc *scanned, p *point, w weights) bool {
	var at []cue
	for _, k := range p.keys {
		if (k.kind == specActor || k.kind == specPlace) && !w.inFrame(k.key) {
			at = append(at, k.cues...)
		}
	}
	sort.Slice(at, func(a, b int) bool { return at[a].from < at[b].from })
	run := 0
	for n := range at {
		switch {
		case n == 0 || at[n].from <= at[n-1].from:
			run = max(run, 1)
		case listGap(sc.text[sc.toks[at[n-1].to-1].end:sc.toks[at[n].from].start]):
			run++
		default:
			run = 1
		}
		if run >= agendaSides {
			return true
		}
	}
	return false
}

// listGap tells whether the text between two items of a list joins them
// only: commas, "and", "or", "&" and spaces.
func listGap(gap string) bool {
	for _, f := range strings.FieldsFunc(gap, func(r rune) bool { return r == ',' || r == ' ' }) {
		if f != "and" && f != "or" && f != "&" {
			return false
		}
	}
	return strings.TrimSpace(gap) != ""
}

// thirdSides counts the countries, peoples and places outside the frame
// of the call and its sides a statement names.
func thirdSides(p *point, w weights, sides map[string]bool) int {
	n := 0
	for _, k := range p.keys {
		if (k.kind == specActor || k.kind == specPlace) && !w.inFrame(k.key) && !sides[k.key] {
			n++
		}
	}
	return n
}

// noSubject tells whether main topics are all broad ones (the diplomacy
// itself), or none.
func (e *Engine) noSubject(main []int) bool {
	for _, t := range main {
		if !e.lex.Topics[t].Broad {
			return false
		}
	}
	return true
}

// backed tells whether a statement names the actor of key as a side it
// says someone supports (specBacked).
func backed(p *point, key string) bool {
	k := string(specBacked) + ":" + strings.TrimPrefix(key, string(specActor)+":")
	for _, x := range p.keys {
		if x.key == k {
			return true
		}
	}
	return false
}

// beyondThemes is the weight of the shared things that are not themes of
// both accounts (weights.theme), weighed as tally does, strictly: what
// brings a statement into a row (joins, second points).
func beyondThemes(shared []sharedKey, w weights, relation bool) float64 {
	t := tally{strict: true, relation: relation}
	for _, sk := range shared {
		if sk.kind == specMatter && (w.df[0][sk.key] > 1 || w.df[1][sk.key] > 1) {
			// A matter more statements of one account name ("the
			// crisis in Sudan", "developments around Sudan") makes the
			// closest pair one point, but brings no further statement
			// into its row: the account returns to it, maybe on
			// other points.
			continue
		}
		if !w.theme(sk.key) {
			sk.w = sk.raw
			t.add(&sk)
		}
	}
	return t.specific()
}

// onlyApart tells whether the two statements share a subject (specTopic)
// only by naming objects of it that are not one thing (sameThing): where
// one of them speaks to the subject only by that object, they share no
// subject either ("Russian attacks" and "today's attack on the city"; "the
// global economic order" and "economic cooperation and trade").
func onlyApart(x, y *specific, apart [][2]*specific) bool {
	if x.kind != specTopic {
		return false
	}
	within := func(cs, of []cue) bool {
		for _, c := range cs {
			if !slices.ContainsFunc(of, func(o cue) bool { return o.from == c.from }) {
				return false
			}
		}
		return true
	}
	for _, p := range apart {
		if p[0].topic == x.topic && (within(x.cues, p[0].cues) || within(y.cues, p[1].cues)) {
			return true
		}
	}
	return false
}

// oneDenies tells, for a word of specDenied, whether one statement denies
// it and the other says it; other things are shared as they are.
func oneDenies(x, y *specific) bool {
	return x.kind != specDenied && x.kind != specNegated || x.denied != y.denied
}

// own is the edge with slices of its own, for an edge weigh gave in the
// scratch edge's slices.
func (ed edge) own() edge {
	ed.topics = append([]int(nil), ed.topics...)
	ed.shared = append([]sharedKey(nil), ed.shared...)
	ed.apart = append([]int(nil), ed.apart...)
	return ed
}

// alikeOnCentralTopic tells whether two statements have something in
// common on a topic that is a main topic of both: things they both name
// (shared), the subject, a term of the topic both use (its general words
// included: "diplomacy" and "diplomacy"), or, in a topic that is an
// attribute of the call, the attribute itself (how long it lasted). Such
// a pair links only when each is the other's closest (rivals): where an
// account says "dialogue" in every other statement, no pair is.
func (e *Engine) alikeOnCentralTopic(l, r *side, ed *edge, shared bool) bool {
	for _, t := range ed.topics {
		if !l.isMain(ed.l, t) || !r.isMain(ed.r, t) {
			continue
		}
		if e.lex.Topics[t].Relationship &&
			(!ofTheCall(&l.pt[ed.l], t, l.callFrame) || !ofTheCall(&r.pt[ed.r], t, r.callFrame)) {
			// A relationship with a third side ("its ties with the
			// union") is another relationship than the call's.
			continue
		}
		if shared || ed.subject > 0 || e.lex.Topics[t].Attribute ||
			sameTerm(l.pt[ed.l].topicUse(t), r.pt[ed.r].topicUse(t)) && !slices.Contains(ed.apart, t) {
			return true
		}
	}
	return false
}

// answers tells whether two statements give opposite answers to one
// question: they take opposite poles of a strong axis that is a question of
// a topic (Axis.Topic), a main topic of one of them. "No progress" and
// "open to more talks", "an immediate ceasefire" and "a deal that tackles
// the root causes" answer one question in different words.
func (e *Engine) answers(l, r *side, i, j int) bool {
	for ax := range e.lex.Axes {
		if !e.question(ax) {
			continue
		}
		pa, pb := poleOf(&l.st[i], ax), poleOf(&r.st[j], ax)
		if t := e.lex.Axes[ax].topic; pa >= 0 && pb >= 0 && pa != pb && (l.isMain(i, t) || r.isMain(j, t)) {
			return true
		}
	}
	return false
}

// sameAxis tells whether two statements both take a pole of one strong
// axis.
func (e *Engine) sameAxis(a, b *stance) bool {
	for ax := range e.lex.Axes {
		if e.lex.Axes[ax].Strong && poleOf(a, ax) >= 0 && poleOf(b, ax) >= 0 {
			return true
		}
	}
	return false
}

// sameTerm tells whether two uses of a topic share a term (any of its
// forms).
func sameTerm(a, b *topicUse) bool {
	for _, x := range a.groups {
		if slices.Contains(b.groups, x) {
			return true
		}
	}
	return false
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
	// relation: one of the two names two of the countries both name as
	// the sides of a relation or matter (relationNamed).
	relation bool
	runs     []runPair
	phrases  float64 // of phrases no other statement uses
	phrased  bool    // a phrase both use
	passing  float64 // objects of a topic one of the two only touches on
	nPassing int
	// strict: things named in passing count only with something else
	// in common: two of them ("a halt on attacks against energy
	// infrastructure") are as much as one that is the point of both,
	// one alone ("talks at NATO", "NATO's expansion") is not enough to
	// bring a statement into a row beside one that stands elsewhere.
	strict bool
}

// anything tells whether the two share something that weighs: a thing, a
// name or an actor outside the frame of the call.
func (t *tally) anything() bool {
	return t.things > 0 || t.actors > 0 || t.phrased || t.passing > 0 || len(t.runs) > 0 && namesWeight(t.runs) > 0
}

func (t *tally) add(sk *sharedKey) {
	if sk.w == 0 {
		return // the frame of the call (weights.frame)
	}
	switch sk.kind {
	case specTopic:
		sk.w *= subjectWeight
	case specObject, specNumber, specDate, specPlace, specWhere, specDenied:
		// The same object, number, date or place on one topic is the
		// same point however often the accounts name it, and so is a
		// thing one side says and the other denies; rarity only ranks
		// the links. The event is not: every statement of an
		// account tells of the call, and one that names it in passing
		// says little about it.
		sk.w = math.Max(sk.w, linkMin)
	}
	if sk.passing {
		// Things named in passing count half.
		sk.w /= 2
		t.passing += sk.w
		t.nPassing++
		return
	}
	switch {
	case sk.lrun > 0:
		t.runs = append(t.runs, runPair{sk.lrun, sk.rrun, sk.w})
	case sk.kind == specActor:
		t.actors += sk.w
		t.actorMax = math.Max(t.actorMax, sk.w)
		t.nActors++
	case sk.kind == specTopic:
		t.subject += sk.w
	case sk.kind == specPhrase:
		// Two words in a row both use, no lexicon term: the same
		// thing when no other statement uses them ("ice hockey"),
		// else a formula of the genre.
		t.phrased = true
		if sk.w >= 1 {
			t.phrases += sk.w
		}
	default:
		t.things += sk.w
	}
}

// specific is the weight of the specific content shared. One country or
// institution alone is the frame of most of what diplomats say; two
// together name a relation between them ("talks between Armenia and
// Azerbaijan"), and one no other statement names is a point of its own.
// Two that most statements name (the two sides of the war a call is
// about) are the frame again, unless one of the two statements names them
// as the sides of a relation ("the conflict between Armenia and
// Azerbaijan"): "shelling by Russia in Ukraine" and "aid to Ukraine
// against Russia" are two points.
// The sides of the call are left out (they weigh nothing): they are the
// frame of the whole call. Names count when no other statement names them
// (a person many statements name is one of the leaders of the call, the
// frame again).
func (t *tally) specific() float64 {
	w := t.things + t.phrases
	if n := namesWeight(t.runs); n >= 1 {
		w += n
	}
	if t.nActors > 1 && (t.actorMax >= linkMin || t.relation) || t.actorMax >= 1 {
		w += t.actors
	}
	if !t.strict || w > 0 || t.nPassing > 1 {
		w += t.passing
	}
	return w
}

// unmistakable tells whether two statements that speak to no topic in
// common name a thing together that no other statement of either account
// names: a name, place, country or phrase ("regional issues such as Iran"
// and "the Iranian nuclear programme"; "a sea of peace in the Aegean" and
// "maritime zones in the Aegean"), the thing is then the point, whatever
// topics the lexicon files them under. A country only when both name it in
// one role: "military cooperation with Iran" (a partner) and "the Iranian
// nuclear programme" are two points. A number or a date only
// when one of them speaks to no topic: "10,000 troops" and "10,000
// refugees" are two. A country or place not when one of the two lists
// an agenda of them (listsSides): "to discuss Chile, Peru, Cuba and much
// else" names each in passing.
func unmistakable(ed *edge, untopical, listed bool) bool {
	for _, k := range ed.shared {
		switch {
		case k.kind == specDenied:
			// One side denies what the other says: the point, in
			// whatever topics their words fall.
			if k.w >= linkMin {
				return true
			}
		case k.kind == specMatter || k.kind == specQuoted || k.kind == specBacked:
			// The state of affairs in one country, in whatever nouns
			// ("the situation in Sudan", "the Sudanese crisis"); the
			// same words in quotation marks (one formula); one side
			// supported, named alone ("supporting Peru", "the support
			// of Peru"): one point, if only a few statements make it.
			if k.w >= linkMin {
				return true
			}
		case k.kind == specNegated:
			// A negated word is one more thing in common on a topic
			// both speak to, not a point on its own.
		case k.w < 1 || k.kind == specEvent || k.kind == specObject || k.kind == specTopic:
		case k.kind == specActor && k.roles == 0:
		case (k.kind == specActor || k.kind == specPlace) && listed:
		case k.kind == specNumber || k.kind == specDate:
			if untopical || k.money {
				return true
			}
		case k.denied && !untopical:
			// A name one side names only as the object of an act it
			// denies, the other in a statement on other topics: the
			// denial is of another act ("did not hear him blame the
			// emir" and "he confronted the emir about the killing").
		default:
			return true
		}
	}
	return false
}

// relationNamed tells whether one of two statements names two of the
// countries or institutions both name as the sides of one relation or
// matter (point.between).
func relationNamed(shared []sharedKey, a, b *point) bool {
	for _, p := range []*point{a, b} {
		n := 0
		for _, sk := range shared {
			if sk.kind == specActor && sk.w > 0 && slices.Contains(p.between, sk.key) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// deniedWithin tells whether every place a statement names a thing lies
// inside a clause the statement denies.
func deniedWithin(st *stance, cues []cue) bool {
	for _, c := range cues {
		if c.from >= len(st.deniedBy) || st.deniedBy[c.from] < 0 {
			return false
		}
	}
	return len(cues) > 0
}

// currencies are the words that make a number an amount of money, before
// it ("USD 1 billion") or after it ("1.1 billion dollars"); a sign before
// it ("$625 million") does too.
var currencies = map[string]bool{"usd": true, "eur": true, "gbp": true, "dollars": true, "dollar": true,
	"euros": true, "euro": true, "pounds": true, "yuan": true, "renminbi": true, "rubles": true, "roubles": true,
	"yen": true, "hryvnias": true, "hryvnia": true, "rupees": true, "pesos": true, "lira": true}

// isMoney tells whether a number is given as an amount of money. Two
// statements that give one amount speak of one package, loan or deal,
// whatever topics their words fall under ("$1 billion in security
// assistance", "a package of assistance of USD 1 billion"); a count is
// not as telling ("10,000 troops", "10,000 refugees").
func isMoney(sc *scanned, cues []cue) bool {
	for _, c := range cues {
		t := sc.toks[c.from]
		before := sc.text[:t.start]
		if k := c.from - 1; k >= 0 {
			before = sc.text[sc.toks[k].end:t.start]
			if currencies[sc.toks[k].norm] {
				return true
			}
		}
		if strings.ContainsAny(before, "$€£¥₴₽") || c.to < len(sc.toks) && currencies[sc.toks[c.to].norm] {
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
