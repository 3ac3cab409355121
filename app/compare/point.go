package compare

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// point is what a statement names that can make it the same point as a
// statement of the other account: the topics it uses words of and the
// specific things it names.
type point struct {
	topics []topicUse // lexicon order
	keys   []specific // sorted by key
	// probes find the statements of the other account that may be
	// weakly linked to this one (linkKind) and name nothing specific in
	// common with it: a general word of one of its main topics ("g:" and
	// the word's group), an attribute of the call it speaks to ("m:" and
	// the topic).
	probes []string
	// about tells that the statement tells of the call as what raised
	// its subject ("also spoke with Putin about the attacks"): after an
	// earlier statement of the account has told of the call, the call is
	// not its point (side.secondTellings).
	about bool
	// sides holds the countries and institutions a statement names as
	// the sides of the event it tells of ("talks between the leaders of
	// the United States and Russia"), for sameEvent.
	sides []string
	// between holds the countries and institutions a statement names as
	// the sides of a relation or matter of a topic ("relations between
	// Turkey and Syria", "talks between Armenia and Azerbaijan").
	between []string
}

// topicUse is one topic a statement uses words of.
type topicUse struct {
	topic int
	// specific: a term of the topic that is not one of its general words
	// ("memorandum", not "talks").
	specific bool
	terms    []cue
	groups   []int // the lexicon terms the words are forms of, formulas left out
	general  []int // those of groups that are general words of the topic
}

// specKind tells what a specific thing is.
type specKind byte

const (
	specActor  specKind = 'a' // a country, people or institution of the cue file
	specPlace  specKind = 'p' // a place of the cue file's gazetteer
	specName   specKind = 'n' // another capitalised name: "OSCE", "Normandy"
	specNumber specKind = '#'
	specDate   specKind = 'd'
	specEvent  specKind = 'e' // an event of the cue file: the call, a summit
	specObject specKind = 'o' // a specific term of a topic: a ceasefire, sanctions
	specTopic  specKind = 't' // a subject topic, through any of its specific terms
	// specPhrase: two words in a row that are no lexicon term, name or
	// number ("ice hockey", "confidence-building measures").
	specPhrase specKind = 'b'
	// specWhere: an answer to a question about the call that a topic
	// asks: a place named in a topic about where (the venue), a country
	// or institution named in a topic about who asked for the call. Two
	// statements that both give one answer the same question, with the
	// same place or side or not ("hosted in Doha", "held in Cairo";
	// "initiated by Rome", "at the request of the French side").
	specWhere specKind = 'w'
	// specDenied: a word one statement names only in a clause it denies
	// and the other says outright ("the question of ownership was not
	// raised", "under American ownership"): the denial of the other's
	// point (deniedWords).
	specDenied specKind = 'x'
	// specNegated: a word one statement only negates and the other says
	// ("not to close borders", "to close its border"): one more thing in
	// common, on a topic both speak to (negatedWords).
	specNegated specKind = 'y'
	// specMatter: the state of affairs in a country or place, in any of
	// the nouns news reports use for it ("the situation in Sudan", "the
	// Sudanese crisis"): key "m:" and the place's key (mattersOf).
	specMatter specKind = 'm'
	// specBacked: a side a statement says someone supports, named alone
	// ("will keep supporting Peru", "thanked Chile for its support of
	// Peru", "stands with Peru"): key "k:" and the side's key (backedAt).
	// Support of one of the side's things ("support for Peru's
	// economy") is not it.
	specBacked specKind = 'k'
	// specQuoted: words both statements quote, word for word, names and
	// pronouns aside (quotedOf).
	specQuoted specKind = 'q'
)

// specific is one specific thing a statement names, with where it names it.
type specific struct {
	key  string
	kind specKind
	cues []cue
	// run numbers the run of name words a name is part of (from 1; 0 for
	// other kinds): "Joseph R. Biden" is one person, named by two keys.
	run int
	// topic is the topic of an object or subject, -1 for other kinds.
	topic int
	// roles tells, for a country or institution, in which roles the
	// statement names it (rolePartner, roleOther).
	roles role
	// named and indefinite count the cues of a thing that are part of a
	// longer name ("the Leaders Summit on Climate": one particular
	// summit) and that follow "a" or "an" ("a summit meeting": one not
	// named yet). A thing only named on one side and only indefinite on
	// the other is two things (sameThing).
	named, indefinite int
	// plural and particular count the cues of a thing in the plural
	// ("Russian attacks") and in the singular tied to a day or a named
	// place ("today's attack on Kharkiv"): the things of a kind and one
	// of them are two things (sameThing).
	plural, particular int
	// global counts the cues of a thing of the whole world ("the global
	// economic order"): not the thing between two countries ("economic
	// cooperation"), sameThing.
	global int
	// resisted counts the cues of a thing named as what a side defends
	// itself against (resistedAt): the background of the statement.
	resisted int
	// heads are the words a country or institution is named to qualify,
	// as an adjective or a possessive ("Japanese seafood", "Japan's
	// discharge"), and bare counts its other cues (modifiedApart).
	heads []string
	bare  int
	// denied: a word of specDenied the statement names only in a denied
	// clause; else it says it outright.
	denied bool
}

// indefinite are the articles of a thing not named yet.
var indefinite = map[string]bool{"a": true, "an": true}

// maxModifiers is how many words may stand between "a" and the thing:
// "a summit meeting", "a new round of talks".
const maxModifiers = 2

// indefiniteAt tells whether the words before token from open a noun
// phrase with "a" or "an": "a summit", "a personal summit meeting".
func (l *Lexicon) indefiniteAt(sc *scanned, from int) bool {
	for k := from - 1; k >= 0 && k >= from-1-maxModifiers; k-- {
		switch n := sc.toks[k].norm; {
		case indefinite[n]:
			return true
		case l.stop[n]:
			return false
		}
	}
	return false
}

// sameThing tells whether two statements' cues of one lexicon thing can
// name one thing: not when one names a particular one by its name and the
// other a new one ("the Leaders Summit on Climate", "a summit meeting in a
// third country"); "the water treaty" may be "the Indus Waters Treaty".
//
// Nor can the things of a kind and one particular one of them: "following
// Russian attacks" and "today's attack on the city" tell of two things.
func sameThing(x, y *specific) bool {
	only := func(n int, s *specific) bool { return n > 0 && n == len(s.cues) }
	return !(only(x.named, x) && only(y.indefinite, y) || only(y.named, y) && only(x.indefinite, x) ||
		only(x.plural, x) && only(y.particular, y) || only(y.plural, y) && only(x.particular, x) ||
		only(x.global, x) && y.global == 0 || only(y.global, y) && x.global == 0)
}

// worldWords make a thing the whole world's: "the global economy".
var worldWords = map[string]bool{"global": true, "world": true, "world's": true, "worldwide": true}

// globalAt tells whether a world word stands right before token from, or
// one word before it ("the global economic order", "world food security").
func globalAt(sc *scanned, from int) bool {
	for k := from - 1; k >= 0 && k >= from-2; k-- {
		if worldWords[sc.toks[k].norm] {
			return true
		}
	}
	return false
}

// resistWords name what a side does against a thing: "to counter the
// blockade", "in combating the insurgency".
var resistWords = map[string]bool{"counter": true, "countering": true, "combat": true, "combating": true,
	"combatting": true, "repel": true, "repelling": true, "resist": true, "resisting": true, "withstand": true}

// defendWords name a side defending itself, before the "against" or
// "from" that names what it defends against: "as it defends itself
// against the invasion", "to protect its ports from the blockade".
var defendWords = map[string]bool{"defend": true, "defends": true, "defending": true, "defended": true,
	"protect": true, "protects": true, "protecting": true, "protected": true, "defence": true, "defense": true}

// maxResistGap is how many words (articles, adjectives) may stand between
// the word that resists and the thing: "against the ongoing naval
// blockade".
const maxResistGap = 3

// resistedAt tells whether the thing at token from is named as what a
// side resists or defends itself against, in one clause: that is the
// background of what the statement says ("Kyiv thanked Washington for
// its help as it defends itself against the invasion"), not its point.
func resistedAt(sc *scanned, from int) bool {
	for k := from - 1; k >= 0 && k >= from-1-maxResistGap; k-- {
		if clauseBreak(sc, k) {
			return false
		}
		switch n := sc.toks[k].norm; {
		case resistWords[n]:
			return true
		case n == "against" || n == "from":
			return defendedBefore(sc, k)
		}
	}
	return false
}

// defendedBefore tells whether a defend word stands a few words before
// token at, in one clause: "defends its freedom against".
func defendedBefore(sc *scanned, at int) bool {
	for k := at - 1; k >= 0 && k >= at-1-maxResistGap; k-- {
		if clauseBreak(sc, k) {
			return false
		}
		if defendWords[sc.toks[k].norm] {
			return true
		}
	}
	return false
}

// pluralAt tells whether a lexicon term is written in the plural: its
// last word ends in "s" ("attacks", not "process" or "status").
func pluralAt(sc *scanned, h hit) bool {
	w := sc.toks[h.to-1].norm
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// dayWords tie a thing to one day: "today's attack".
var dayWords = map[string]bool{"today's": true, "yesterday's": true, "tonight's": true, "overnight": true,
	"monday's": true, "tuesday's": true, "wednesday's": true, "thursday's": true, "friday's": true,
	"saturday's": true, "sunday's": true, "morning's": true, "night's": true}

// placeWords tie a thing to a named target: "the attack on Kharkiv". Not
// "in" or "at": "held at the Hofburg" answers where, as "venues" does.
var placeWords = map[string]bool{"on": true, "against": true}

// particularAt tells whether a lexicon term in the singular is tied to a day
// or a named target: "today's attack", "the strike on Sumy", "the attack
// against the port of Odesa" ("on" or "against" one of its next two words).
func particularAt(sc *scanned, h hit) bool {
	if strings.HasSuffix(sc.toks[h.to-1].norm, "s") {
		return false
	}
	if k := h.from - 1; k >= 0 && dayWords[sc.toks[k].norm] {
		return true
	}
	for k := h.to; k+1 < len(sc.toks) && k <= h.to+1; k++ {
		if placeWords[sc.toks[k].norm] {
			j := k + 1
			for j < len(sc.toks) && articles[sc.toks[j].norm] {
				j++
			}
			return j < len(sc.toks) && capitalInside(sc, j)
		}
	}
	return false
}

// role is how a statement names a country or institution: as someone's
// partner ("cooperation with Iran") or otherwise ("Iran's drones", "the
// Iranian nuclear programme").
type role uint8

const (
	rolePartner role = 1 << iota
	roleOther
)

// topicUse returns the statement's use of topic t, or nil.
func (p *point) topicUse(t int) *topicUse {
	for i := range p.topics {
		if p.topics[i].topic == t {
			return &p.topics[i]
		}
	}
	return nil
}

// pointOf reads the topics and specific things of one scanned statement.
// names holds the words written with a capital inside a sentence somewhere
// in the accounts compared: a capitalised word that opens a sentence is a
// name only when it is also written so elsewhere ("Biden said" opens a
// sentence; "Talks will begin" does too, and "talks" is no name).
func (l *Lexicon) pointOf(sc *scanned, st *stance, names map[string]bool) point {
	var p point
	keys := map[string]*specific{}
	add := func(kind specKind, key string, c cue, run, topic int) *specific {
		k := string(kind) + ":" + key
		s, ok := keys[k]
		if !ok {
			s = &specific{key: k, kind: kind, run: run, topic: topic}
			keys[k] = s
		}
		for _, x := range s.cues {
			if x.from == c.from {
				return nil
			}
		}
		s.cues = append(s.cues, c)
		return s
	}
	// term adds a thing a lexicon term names, and how the statement
	// names it (specific.named, specific.indefinite).
	term := func(kind specKind, key string, h hit, topic int) {
		if s := add(kind, key, sc.cue(h.from, h.to), 0, topic); s != nil {
			if writtenAsName(sc, h) {
				s.named++
			}
			if l.indefiniteAt(sc, h.from) {
				s.indefinite++
			}
			if globalAt(sc, h.from) && (topic < 0 || !l.Topics[topic].Worldwide) {
				s.global++
			}
			if resistedAt(sc, h.from) && (topic < 0 || !l.Topics[topic].Worldwide) {
				s.resisted++
			}
			switch {
			case pluralAt(sc, h):
				s.plural++
			case particularAt(sc, h):
				s.particular++
			}
		}
	}
	var partner []bool // actors named as someone's partner, by first token
	if hasKind(sc, kindActor) {
		partner = partnerAt(sc)
	}
	covered := make([]bool, len(sc.toks)) // tokens of a lexicon name or date
	inLexicon := make([]bool, len(sc.toks))
	var places, actors []cue // in text order
	var ents []entity        // the countries, places and names a matter can be of
	for k, h := range sc.hits {
		c := sc.cue(h.from, h.to)
		markCovered(inLexicon, h.from, h.to)
		switch h.ph.kind {
		case kindTopic:
			if insideLonger(sc, k) {
				continue
			}
			if resistedAt(sc, h.from) && !l.Topics[h.ph.ref].Worldwide {
				// What a side defends itself against is the
				// background: the thing counts in passing, the
				// statement is not about its subject. Not a scourge
				// of the whole world (Topic.Worldwide): "combating
				// terrorism", "countering climate change" name the
				// work against it, which is the subject.
				term(specObject, strconv.Itoa(h.ph.group), h, h.ph.ref)
				continue
			}
			p.use(h.ph, c)
			p.between = append(p.between, l.eventSides(sc, h.to)...)
			if !h.ph.general {
				term(specObject, strconv.Itoa(h.ph.group), h, h.ph.ref)
				// A term inside a longer name ("the Air Force Capability
				// Coalition") names that thing, not its subject.
				if !l.Topics[h.ph.ref].Broad && !writtenAsName(sc, h) {
					add(specTopic, strconv.Itoa(h.ph.ref), c, 0, h.ph.ref)
				}
			}
		case kindEvent:
			if !inPassing(sc, h.from) {
				term(specEvent, strconv.Itoa(h.ph.group), h, -1)
				p.about = p.about || l.callAbout(sc, h.to)
				p.sides = append(p.sides, l.eventSides(sc, h.to)...)
			}
		case kindActor:
			if a := add(specActor, strconv.Itoa(h.ph.group), c, 0, -1); a != nil {
				if heads := l.headsOf(sc, h); len(heads) > 0 {
					a.heads = append(a.heads, heads...)
				} else {
					a.bare++
				}
			}
			if l.backedAt(sc, h) {
				add(specBacked, strconv.Itoa(h.ph.group), c, 0, -1)
			}
			actors = append(actors, c)
			ents = append(ents, entity{key: string(specActor) + ":" + strconv.Itoa(h.ph.group), from: h.from, to: h.to})
			r := roleOther
			if partner[h.from] {
				r = rolePartner
			}
			keys[string(specActor)+":"+strconv.Itoa(h.ph.group)].roles |= r
			markCovered(covered, h.from, h.to)
		case kindPlace:
			// A country or capital the cue file knows as an actor too
			// ("China", "Moscow") is an actor, a place only for the venue.
			if _, actor := l.actorOfPlace[h.ph.group]; !actor {
				add(specPlace, strconv.Itoa(h.ph.group), c, 0, -1)
				ents = append(ents, entity{key: string(specPlace) + ":" + strconv.Itoa(h.ph.group), from: h.from, to: h.to})
			}
			places = append(places, c)
			markCovered(covered, h.from, h.to)
		case kindDate:
			markCovered(covered, h.from, h.to)
		}
	}
	for t, topic := range l.Topics {
		if !topic.Durations {
			continue
		}
		for _, d := range sc.durations {
			// A length of time is a general word of the topic, the
			// same term in any words: "40 minutes", "nearly an hour".
			p.use(&phrase{kind: kindTopic, ref: t, general: true, group: durationGroup}, d.cue)
		}
	}
	for key, c := range sortedCues(st.dates) {
		add(specDate, key, c, 0, -1)
		markCovered(covered, c.from, c.to)
	}
	for key, c := range sortedCues(st.numbers) {
		add(specNumber, key, c, 0, -1)
	}
	run, last := 0, -2 // the current run of name words, and its last token
	for i, t := range sc.toks {
		if covered[i] || !l.nameWord(sc, i, names) {
			continue
		}
		if !(last == i-1 || i > 0 && last == i-2 && isInitial(sc, i-1)) {
			run++
		}
		last = i
		for _, part := range l.nameParts(t) {
			r := 0
			if part.kind == specName {
				r = run
			}
			add(part.kind, part.key, sc.cue(i, i+1), r, -1)
			ents = append(ents, entity{key: string(part.kind) + ":" + part.key, from: i, to: i + 1})
		}
	}
	for key, c := range sortedCues(l.mattersOf(sc, ents)) {
		add(specMatter, key, c, 0, -1)
	}
	for key, c := range sortedCues(quotedOf(sc)) {
		add(specQuoted, key, c, 0, -1)
	}
	for i := 0; i+1 < len(sc.toks); i++ {
		if l.phraseWord(sc, i, covered, inLexicon) && l.phraseWord(sc, i+1, covered, inLexicon) && adjacent(sc, i) {
			add(specPhrase, sc.toks[i].stem+" "+sc.toks[i+1].stem, sc.cue(i, i+2), 0, -1)
		}
		// Two words joined by "and" are a phrase of their own: "stable
		// and predictable", "fair and reciprocal".
		if i+2 < len(sc.toks) && sc.toks[i+1].norm == "and" && adjacent(sc, i) && adjacent(sc, i+1) &&
			l.phraseWord(sc, i, covered, inLexicon) && l.phraseWord(sc, i+2, covered, inLexicon) {
			add(specPhrase, sc.toks[i].stem+" and "+sc.toks[i+2].stem, sc.cue(i, i+3), 0, -1)
		}
	}
	// In text order, not the map's: the first is what a reason quotes.
	sort.Slice(places, func(a, b int) bool { return places[a].from < places[b].from })
	sort.Slice(actors, func(a, b int) bool { return actors[a].from < actors[b].from })
	for _, u := range p.topics {
		answers := []cue(nil)
		switch t := &l.Topics[u.topic]; {
		case t.Places:
			answers = places
		case t.Actors && t.Attribute:
			// Who asked for the call: the side a statement on it names
			// ("at the Dutch side's request", "initiated by Norway").
			answers = actors
		}
		for _, c := range answers {
			add(specWhere, strconv.Itoa(u.topic), c, 0, u.topic)
		}
	}
	for _, s := range keys {
		p.keys = append(p.keys, *s)
	}
	sort.Slice(p.keys, func(a, b int) bool { return p.keys[a].key < p.keys[b].key })
	sort.Slice(p.topics, func(a, b int) bool { return p.topics[a].topic < p.topics[b].topic })
	return p
}

// writtenAsName tells whether a lexicon term written in small letters in
// the lexicon is written with capitals inside a sentence, in a longer
// name: then it names one particular thing ("the Leaders Summit on
// Climate", "the NATO Anniversary Summit").
func writtenAsName(sc *scanned, h hit) bool {
	if strings.ToLower(h.ph.text) != h.ph.text {
		return false // "NATO", "Taiwan", "Black Sea": always written so
	}
	for i := h.from; i < h.to; i++ {
		if !capitalInside(sc, i) {
			return false
		}
	}
	// A longer name: a capitalised word beside the term ("Leaders Summit",
	// "Summit Meeting"); a term that is a whole name ("talks on Strategic
	// Stability") is written so for emphasis as often.
	nameAt := func(i int) bool { return i >= 0 && i < len(sc.toks) && capitalInside(sc, i) }
	return nameAt(h.from-1) || nameAt(h.to)
}

// hasKind tells whether a scanned text has a hit of a kind.
func hasKind(sc *scanned, k phraseKind) bool {
	for _, h := range sc.hits {
		if h.ph.kind == k {
			return true
		}
	}
	return false
}

// partnerAt tells, for each token where a country or institution starts,
// whether the text names it as someone's partner: after a partner word
// ("cooperation with Iran", articles between).
func partnerAt(sc *scanned) []bool {
	after := make([]bool, len(sc.toks)+1)
	for _, h := range sc.hits {
		if h.ph.kind == kindPartner {
			after[h.to] = true
		}
	}
	out := make([]bool, len(sc.toks))
	for _, h := range sc.hits {
		if h.ph.kind != kindActor {
			continue
		}
		k := h.from
		for k > 0 && articles[sc.toks[k-1].norm] {
			k--
		}
		out[h.from] = after[k]
	}
	return out
}

// articles are the words between a partner word and a name: "with the
// Iranian side".
var articles = map[string]bool{"the": true, "a": true, "an": true}

// durationGroup is the term group of a length of time (Topic.Durations);
// the lexicon's own groups count from 1.
const durationGroup = -1

// use records a topic term of the statement.
func (p *point) use(ph *phrase, c cue) {
	u := p.topicUse(ph.ref)
	if u == nil {
		p.topics = append(p.topics, topicUse{topic: ph.ref})
		u = &p.topics[len(p.topics)-1]
	}
	u.specific = u.specific || !ph.general
	u.terms = append(u.terms, c)
	if !ph.formula && !slices.Contains(u.groups, ph.group) {
		u.groups = append(u.groups, ph.group)
		if ph.general {
			u.general = append(u.general, ph.group)
		}
	}
}

func markCovered(covered []bool, from, to int) {
	for k := from; k < to; k++ {
		covered[k] = true
	}
}

// sortedCues iterates a cue map in key order, so the same statement always
// gives the same point.
func sortedCues(m map[string]cue) func(func(string, cue) bool) {
	return func(yield func(string, cue) bool) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

// phraseWord tells whether token i can be a word of a phrase (specPhrase):
// a content word that is no lexicon term, name, date, number (in digits
// or words: "the two countries") or title, and no past form of a verb
// ("expressed support", "reaffirmed commitment" are what readouts say of
// everything).
func (l *Lexicon) phraseWord(sc *scanned, i int, covered, inLexicon []bool) bool {
	t := sc.toks[i]
	_, quantity := quantities[t.norm]
	switch {
	case covered[i], inLexicon[i], !l.isContent(t), isNumber(t.norm), quantity:
		return false
	case l.titles[t.stem], l.titles[t.norm], strings.HasSuffix(t.norm, "ed"):
		return false
	}
	return !capitalInside(sc, i)
}

// adjacent tells whether tokens i and i+1 stand together, with nothing but
// a space or a hyphen between them.
func adjacent(sc *scanned, i int) bool {
	return strings.Trim(sc.text[sc.toks[i].end:sc.toks[i+1].start], " -") == ""
}

// isInitial tells a single capital letter, as in "Joseph R. Biden".
func isInitial(sc *scanned, i int) bool {
	t := sc.toks[i]
	w := sc.text[t.start:t.end]
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// maxAcronym is the longest word in capitals read as a name ("NATO",
// "OSCE"); a longer one is emphasis ("UNLIMITED").
const maxAcronym = 5

// capitalised tells whether a token is written as a name: a capital first,
// and not a long word in capitals.
func capitalised(sc *scanned, i int) bool {
	t := sc.toks[i]
	w := sc.text[t.start:t.end]
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	return !(t.upper && utf8.RuneCountInString(w) > maxAcronym)
}

// capitalInside tells whether token i is capitalised inside a sentence,
// where only a name has a capital.
func capitalInside(sc *scanned, i int) bool { return capitalised(sc, i) && !opensSentence(sc, i) }

// opensSentence tells whether token i starts the statement or a sentence
// or quotation inside it, where any word has a capital.
func opensSentence(sc *scanned, i int) bool {
	if i == 0 {
		return true
	}
	gap := strings.TrimSpace(sc.text[sc.toks[i-1].end:sc.toks[i].start])
	if gap == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(gap)
	return strings.ContainsRune(".!?:;“\"‘'(—–\n", last)
}

// nameWord tells whether token i is a name: capitalised, not a stopword or
// a title, and not merely opening a sentence.
func (l *Lexicon) nameWord(sc *scanned, i int, names map[string]bool) bool {
	t := sc.toks[i]
	if isNumber(t.norm) || l.stop[t.norm] || l.titles[t.norm] || utf8.RuneCountInString(t.norm) < 2 || !capitalised(sc, i) {
		return false
	}
	return !opensSentence(sc, i) || names[t.norm]
}

// voices adds to into the keys of the names that speak in a statement: a
// run of capitalised words right before a reporting verb ("Wen said",
// "Donald Harlan told"). They are the voices of the call, its frame.
func (l *Lexicon) voices(sc *scanned, into map[string]bool) {
	for i := 1; i < len(sc.toks); i++ {
		if !l.reporting[sc.toks[i].stem] {
			continue
		}
		for k := i - 1; k >= 0 && capitalised(sc, k) && !l.stop[sc.toks[k].norm] && !l.titles[sc.toks[k].norm]; k-- {
			for _, part := range l.nameParts(sc.toks[k]) {
				into[string(part.kind)+":"+part.key] = true
			}
			if opensSentence(sc, k) {
				break
			}
		}
	}
}

// namesInside collects the words written with a capital inside a sentence.
func (l *Lexicon) namesInside(sc *scanned, into map[string]bool) {
	for i := range sc.toks {
		if capitalInside(sc, i) {
			into[sc.toks[i].norm] = true
		}
	}
}

// namePart is one key a name word gives.
type namePart struct {
	kind specKind
	key  string
}

// nameParts gives the keys of a name word: a hyphenated name is read part
// by part, so "NATO-Russia Council" names NATO and Russia as the cue file
// knows them.
func (l *Lexicon) nameParts(t token) []namePart {
	if !strings.Contains(t.norm, "-") {
		return []namePart{{specName, t.norm}}
	}
	var out []namePart
	st := stemmer{}
	for _, part := range strings.Split(t.norm, "-") {
		if part == "" || l.stop[part] || l.titles[part] {
			continue
		}
		np := namePart{specName, part}
		for _, ph := range l.index[l.canonical(st.stem(part))] {
			if len(ph.stems) == 1 && (ph.kind == kindActor || ph.kind == kindPlace) {
				np = namePart{specActor, strconv.Itoa(ph.group)}
				if ph.kind == kindPlace {
					np.kind = specPlace
				}
				break
			}
		}
		out = append(out, np)
	}
	return out
}

// addDenials adds to each statement of the sides the words that a
// statement of either side names only in a denied clause (specDenied) or
// only negates (specNegated): denied where it denies them, said where it
// says them outright. A word nobody denies is no thing of its own: most
// are the words of the genre.
func addDenials(sides ...*side) {
	for _, kind := range []specKind{specDenied, specNegated} {
		words := func(st *stance) map[string]cue {
			if kind == specDenied {
				return st.deniedWords
			}
			return st.negatedWords
		}
		denied := map[string]bool{}
		for _, s := range sides {
			for i := range s.st {
				for w := range words(&s.st[i]) {
					denied[w] = true
				}
			}
		}
		if len(denied) == 0 {
			continue
		}
		for _, s := range sides {
			for i := range s.st {
				s.pt[i].addDenied(kind, denied, words(&s.st[i]), s.st[i].affirmed)
			}
		}
	}
}

// addDenied adds to the point a key of kind for each word of the set
// words that it denies (in denied) or says (in said). It looks through the
// statement's own words, so the cost grows with the statement, not with
// the words denied anywhere.
func (p *point) addDenied(kind specKind, words map[string]bool, denied, said map[string]cue) {
	n := len(p.keys)
	for w, c := range denied {
		p.keys = append(p.keys, specific{key: string(kind) + ":" + w, kind: kind, topic: -1, cues: []cue{c}, denied: true})
	}
	for w, c := range said {
		if _, no := denied[w]; words[w] && !no {
			p.keys = append(p.keys, specific{key: string(kind) + ":" + w, kind: kind, topic: -1, cues: []cue{c}})
		}
	}
	if len(p.keys) > n {
		sort.Slice(p.keys, func(a, b int) bool { return p.keys[a].key < p.keys[b].key })
	}
}

// headsOf gives the stems of the words a country or institution qualifies
// where the hit is a possessive or an adjective of nationality before
// content words ("Russia's frozen assets", "Japanese seafood imports"): up
// to three, to the first other word; nil for other hits.
func (l *Lexicon) headsOf(sc *scanned, h hit) []string {
	w := strings.ToLower(sc.text[sc.toks[h.to-1].start:sc.toks[h.to-1].end])
	possessive := strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
	adjective := slices.ContainsFunc(nationality, func(suf string) bool { return strings.HasSuffix(w, suf) })
	if !possessive && !adjective {
		return nil
	}
	var out []string
	for k := h.to; k < len(sc.toks) && k < h.to+maxHeads; k++ {
		t := sc.toks[k]
		if !l.isContent(t) || capitalInside(sc, k) || strings.HasSuffix(t.norm, "ed") ||
			k > h.to && clauseBreak(sc, k-1) {
			break
		}
		out = append(out, t.stem)
	}
	return out
}

// maxHeads is how many words after a country's adjective or possessive
// are the thing it qualifies: "Pyongyang's ballistic missiles".
const maxHeads = 3

// nationality are the endings of the adjectives of countries: "Russian",
// "Japanese", "Turkish", "French", "Israeli".
var nationality = []string{"an", "ese", "ish", "ch", "i"}

// modifiedApart tells whether two statements name a country or institution
// only to qualify other things ("Japanese seafood", "Japan's discharge";
// "Russian aggression", "Russia's frozen assets"): then it is no thing in
// common of its own.
func modifiedApart(x, y *specific) bool {
	if x.kind != specActor || x.bare > 0 || y.bare > 0 || len(x.heads) == 0 || len(y.heads) == 0 {
		return false
	}
	for _, h := range x.heads {
		if slices.Contains(y.heads, h) {
			return false
		}
	}
	return true
}
