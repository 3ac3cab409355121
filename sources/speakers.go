package sources

import "strings"

// Pass 3: the speaker phrase. For each cue, find the noun phrase that
// names who speaks: before the verb ("The minister only said"), skipping
// adverbs, auxiliaries, a parenthetical (", however,"), a relative clause
// (", who …,") or an apposition (", the Kremlin spokesman,"); after it when
// the attribution is inverted ("…, said the Kremlin"); the object of
// "quoted … as saying"; the phrase after "according to"; the noun phrase of
// "with X saying". The phrase is then read for what it is made of: a name,
// an office, a country, an institution, an outlet, a pronoun, a reference
// back ("the readout"). Resolving it to someone is pass 4's business.

type shape uint8

const (
	shapeNone        shape = iota
	shapeName              // a name, with any title or office: "Kremlin spokesman Dmitry Peskov"
	shapeRole              // an office without a name: "the Chinese leader", "a Kremlin aide"
	shapePronoun           // "he", "she", "it"
	shapeAnaphor           // "the readout", "the agency", "his office"
	shapeInstitution       // "the Kremlin", "China's foreign ministry", "Beijing", "US officials"
	shapeOutlet            // "Xinhua", "Russian state media", "the state-run news agency RIA Novosti"
	shapeContext           // a participle or a joined verb: the subject is the context's
	shapeJoint             // "Xi and Biden", "the two leaders", "they": no one side
	shapeMedia             // a news organisation that is not a side ("the BBC reported")
)

// speakerPhrase is what pass 3 finds for one cue.
type speakerPhrase struct {
	tokRange
	shape       shape
	name        tokRange // the name inside the phrase
	principal   tokRange // who staff speak for: "Starmer" in "an aide to Starmer", "Putin" in "Putin's spokesman"
	office      int      // catalog office, or -1
	country     string   // from an adjective, a possessive, a country name or an institution
	institution int      // catalog institution, or -1
	channel     int      // catalog outlet channel, or -1
	stateMedia  bool     // "state media", "state-run news agency": the country's official outlet
	staff       bool     // the office speaks for someone else (aide, spokesman)
	// forUnknown: staff "for" or "to" someone the article and the catalog
	// do not place ("the spokesman for the federal government"): they
	// speak for no side the context may lend them.
	forUnknown bool
	// govName is a government named without its country ("the federal
	// government"), which the article's leaders may tell.
	govName string
	titled  bool // an office or title stands before the name
	gender  byte // from a title or a pronoun
	// apposition is a description set beside a name with commas
	// ("Dmitry Peskov, the Kremlin spokesman,"); it tells the name's office.
	apposition tokRange
	inverted   bool // the phrase follows the verb
	// official: "the official", "the source" — someone the article
	// introduced as a side's official just before.
	official bool
	// officials: the phrase holds a noun of officials ("a Turkish
	// official", "sources").
	officials bool
	// asides are the phrases set off by commas between the phrase and the
	// verb (", in his evening address,", ", speaking in Brussels,"): they
	// may name the channel or the time.
	asides []tokRange
}

// cuePhrases is pass 3's result for one cue: the speaker, and the phrase
// that names the channel when the cue has one (the subject of "quoted",
// the agent of a passive).
type cuePhrases struct {
	speaker speakerPhrase
	source  speakerPhrase
}

// findSpeakers runs pass 3: one result per cue, in the same order.
func findSpeakers(c *Catalog, paras []paraScan, cues []attrCue) []cuePhrases {
	out := make([]cuePhrases, len(cues))
	for i := range cues {
		cu := &cues[i]
		ps := &paras[cu.para]
		px := phraser{c: c, toks: ps.toks, lo: ps.units[cu.unit].lo, hi: ps.units[cu.unit].hi}
		out[i] = px.phrases(cu)
	}
	return out
}

// phraser reads the speaker phrases of one unit.
type phraser struct {
	c      *Catalog
	toks   []tok
	lo, hi int
}

func (x *phraser) word(i int) string {
	if i < x.lo || i >= x.hi || x.toks[i].quote {
		return ""
	}
	return x.toks[i].lower
}

func (x *phraser) phrases(cu *attrCue) cuePhrases {
	var r cuePhrases
	switch cu.form {
	case formParticiple:
		r.speaker = speakerPhrase{shape: shapeContext, office: -1, institution: -1, channel: -1}
	case formWith:
		r.speaker = x.analyze(tokRange{cu.vLo + 1, cu.head})
	case formAccording:
		r.speaker = x.objectPronoun(cu.agent, x.appositive(cu.agent)) // "According to him, …"
	case formColon:
		r.speaker = x.analyze(tokRange{x.lo, cu.head})
	case formQuoted:
		r.speaker = x.objectPronoun(cu.object, x.appositive(cu.object)) // "Xinhua quoted him as saying"
		r.source = x.subjectLeft(cu.vLo)
	case formPassive:
		r.speaker = x.subjectLeft(cu.vLo)
		if !cu.agent.empty() {
			r.source = x.analyze(cu.agent)
		}
	default:
		r.speaker = x.subjectLeft(cu.vLo)
		if r.speaker.shape == shapeNone && x.invertible(cu) {
			if p := x.subjectRight(cu.vHi); p.shape != shapeNone && !x.verbAfter(p) {
				r.speaker = p
				cu.after = -1 // "…, said the Kremlin": what was said came before
			}
		}
	}
	if cu.verb != nil && cu.verb.PossessiveSubject && x.word(cu.vLo-1) != "" && !isPossessive(x.toks[cu.vLo-1]) {
		// "the Chinese interpretation that …": the side by its adjective.
		if _, n := x.c.idx.endingAt(x.toks, x.lo, cu.vLo, cueCountryAdj); n > 0 {
			r.speaker = x.analyze(tokRange{cu.vLo - n, cu.vLo})
			if r.speaker.country != "" && r.speaker.shape == shapeNone {
				r.speaker.shape = shapeInstitution
			}
			return r
		}
	}
	if cu.verb != nil && (cu.verb.DocumentSubject && !x.documentSubject(r.speaker) ||
		cu.verb.PossessiveSubject && (r.speaker.empty() || r.speaker.inverted || !isPossessive(x.toks[r.speaker.hi-1]))) {
		return cuePhrases{speaker: speakerPhrase{office: -1, institution: -1, channel: -1}}
	}
	for _, a := range cu.adjuncts {
		if x.word(a.lo) == "by" && r.source.shape == shapeNone {
			r.source = x.analyze(tokRange{a.lo + 1, a.hi}) // "was quoted as saying by Xinhua"
		}
	}
	return r
}

// objectPronoun is p, the phrase read at r, as the pronoun it is when r
// is one object pronoun ("according to him", "quoted him as saying"): the
// person the story is with, or both sides ("them").
func (x *phraser) objectPronoun(r tokRange, p speakerPhrase) speakerPhrase {
	g := objectPronouns[x.word(r.lo)]
	if g == 0 || r.hi-r.lo != 1 {
		return p
	}
	p.shape, p.gender = shapePronoun, g
	if g == pluralGender {
		p.shape = shapeJoint
	}
	return p
}

// documentSubject tells whether a document is the subject a speaker
// phrase belongs to: the phrase ends with one ("the statement"), or one
// stands right before it ("a readout issued from China's foreign
// ministry").
func (x *phraser) documentSubject(p speakerPhrase) bool {
	if p.empty() {
		return false
	}
	for k := p.hi - 1; k >= x.lo && k >= p.lo-4; k-- {
		if k < p.lo && (x.toks[k].quote || !x.toks[k].word) {
			return false
		}
		if x.c.idx.documents[x.toks[k].lower] {
			return true
		}
	}
	return false
}

// verbAfter tells whether a verb follows the phrase p after a reporting
// verb: "Gabuev, a senior fellow, said the Kremlin's readout was geared
// …" reports a clause whose subject is p; an inverted speaker ("…, said
// the Kremlin.") ends its clause.
func (x *phraser) verbAfter(p speakerPhrase) bool {
	if p.hi >= x.hi {
		return false
	}
	t := x.toks[p.hi]
	return t.word && !t.quote && (auxiliaries[t.lower] || negations[t.lower])
}

// invertible tells whether the verb may be followed by its subject: it
// comes after a comma or a quotation ("“…,” said Putin").
func (x *phraser) invertible(cu *attrCue) bool {
	if cu.vLo <= x.lo {
		return false
	}
	t := x.toks[cu.vLo-1]
	return t.text == "," || t.closeQuote() >= 0 || t.text == "—" || t.text == "–"
}

// subjectLeft finds the subject phrase that ends right before token j.
func (x *phraser) subjectLeft(j int) speakerPhrase {
	var asides []tokRange
	p := x.subjectLeftAt(j, &asides)
	p.asides = asides
	return p
}

func (x *phraser) subjectLeftAt(j int, asides *[]tokRange) speakerPhrase {
	none := speakerPhrase{office: -1, institution: -1, channel: -1}
	for guard := 0; guard < 4 && j > x.lo; guard++ {
		t := x.toks[j-1]
		switch {
		case t.quote || t.closeQuote() >= 0:
			return none
		case t.text == "," && x.asideOpening(j-1) >= 0:
			// "Trump, commenting on the call during a meeting with the
			// Crown Prince, Mohammed bin Salman, called it …": the subject
			// stands before the clause, whoever the clause names.
			o := x.asideOpening(j - 1)
			*asides = append(*asides, tokRange{o + 1, j - 1})
			return x.subjectLeftOf(o)
		case t.text == ",":
			nj, p, ok := x.parenthetical(j - 1)
			if !ok {
				return none
			}
			if p.shape != shapeNone {
				return p
			}
			*asides = append(*asides, tokRange{nj + 1, j - 1})
			j = nj
			continue
		case t.lower == "anonymity" && x.anonymityOpening(j-1) >= 0:
			// "A senior official speaking on condition of anonymity told
			// reporters": the participle without commas is an aside too.
			o := x.anonymityOpening(j - 1)
			*asides = append(*asides, tokRange{o, j})
			j = o
			continue
		case t.text == ")" && x.glossOpening(j-1) >= 0:
			// "The Ministry of External Affairs (MEA) said": the phrase
			// ends before the short gloss that follows it.
			j = x.glossOpening(j - 1)
			continue
		case (t.lower == "which" || t.lower == "who") && x.word(j-2) == ",":
			// "the Élysée, which said that …": the antecedent speaks.
			j -= 2
			continue
		case (t.lower == "that" || t.lower == "which") && x.c.idx.documents[x.word(j-2)]:
			// "its own readout that stated: …", "a statement which said …":
			// the document speaks.
			if p, ok := x.ownDocumentSubject(j - 2); ok {
				return p
			}
			j--
			continue
		case !t.word:
			return none
		case pronouns[t.lower] != 0 || strings.HasSuffix(t.lower, "'d") && pronouns[strings.TrimSuffix(t.lower, "'d")] != 0:
			p := none
			p.tokRange = tokRange{j - 1, j}
			p.shape = shapePronoun
			p.gender = pronouns[strings.TrimSuffix(t.lower, "'d")]
			if p.gender == pluralGender {
				p.shape = shapeJoint
			}
			return p
		case joiners[t.lower] || t.lower == "then":
			p := none
			p.shape = shapeContext
			return p
		}
		if w := x.relativeBefore(j); w >= 0 {
			// "An Élysée official who briefed reporters said …": the
			// relative clause stands between the subject and its verb.
			if lo := x.npLeft(w); lo < w {
				return x.analyze(tokRange{lo, w})
			}
		}
		lo := x.npLeft(j)
		if lo == j {
			return none
		}
		if p, ok := x.missionAbroad(lo); ok {
			return p
		}
		if lo > x.lo+1 && (x.word(lo-1) == "in" || x.word(lo-1) == "from") && x.word(lo) != "what" && !x.officialsBefore(lo-1) {
			// "Opposition lawmakers in London criticised …": the place
			// modifies a subject that does not speak for its government;
			// "officials in Moscow said" does.
			return none
		}
		if lo > x.lo {
			if w := x.word(lo - 1); w == "which" || w == "whom" || w == "who" || w == "what" {
				// "the deal, which Biden said would be signed": a relative
				// clause; but "the call, which Chilean officials said Boric
				// placed" is the officials' claim that Boric placed it.
				if p := x.analyze(tokRange{lo, j}); w == "which" && x.word(lo-2) == "," && sideOfficials(p) && x.subjectAfterVerb(j) {
					return p
				}
				return none
			}
			if x.word(lo-1) == "and" && lo-2 >= x.lo && x.toks[lo-2].cap && !x.toks[lo-2].quote {
				p := none
				p.shape = shapeJoint // "Xi and Biden agreed that"
				return p
			}
		}
		return x.analyze(tokRange{lo, j})
	}
	return none
}

// officialsBefore tells whether the word before token k is a noun of
// officials ("officials", "diplomats", "sources") or of what a
// government issues or is ("a readout from New Delhi", "the embassy in
// Paris", "a readout of the call from …").
func (x *phraser) officialsBefore(k int) bool {
	if k-1 < x.lo || !x.toks[k-1].word || x.toks[k-1].quote {
		return false
	}
	if x.c.idx.references[x.toks[k-1].lower] {
		return true
	}
	if k-2 >= x.lo && strings.HasSuffix(x.toks[k-1].lower, "ed") && x.c.idx.documents[x.toks[k-2].lower] {
		return true // "a readout issued from Beijing"
	}
	for j := k - 2; j-1 >= x.lo && j >= k-4; j-- {
		if x.toks[j].lower == "of" && !x.toks[j-1].quote && x.c.idx.documents[x.toks[j-1].lower] {
			return true // "a readout of the call from …": the document's source
		}
	}
	_, n := x.c.idx.longest(x.toks, k-1, cueOfficials)
	return n == 1
}

// ownDocumentSubject reads "its own readout", "a statement" after a verb
// ending at the document noun n: the institution that opens the sentence
// ("The White House did not respond, later sending its own readout …",
// "The Élysée issued a statement which said …") is whose document it is.
func (x *phraser) ownDocumentSubject(n int) (speakerPhrase, bool) {
	k := n - 1
	if x.word(k) == "own" {
		k--
	}
	switch x.word(k) {
	case "its":
	case "a", "an":
		if w := x.word(k - 1); w == "" || prepositions[w] {
			return speakerPhrase{}, false // "according to a statement that …"
		}
	default:
		return speakerPhrase{}, false
	}
	j := x.lo
	for j < n && j < x.lo+8 && x.toks[j].word && !x.toks[j].quote && !auxiliaries[x.toks[j].lower] && !x.c.idx.isAdverb(x.toks[j]) {
		if _, ok := x.c.idx.verb(x.toks[j]); ok && !x.toks[j].cap {
			break
		}
		j++
	}
	if j == x.lo {
		return speakerPhrase{}, false
	}
	p := x.analyze(tokRange{x.lo, j})
	return p, p.shape == shapeInstitution
}

// diplomaticMissions are the offices a country keeps in another: the
// place after them is where they sit, not whom they speak for.
var diplomaticMissions = map[string]bool{"embassy": true, "consulate": true, "mission": true}

// missionAbroad reads "Beijing's embassy in the UK", "the Chinese
// embassy in London" when the place ends right before lo: the mission
// speaks for the country before it, not for its host.
func (x *phraser) missionAbroad(lo int) (speakerPhrase, bool) {
	if lo-2 < x.lo || x.word(lo-1) != "in" || !diplomaticMissions[x.word(lo-2)] {
		return speakerPhrase{}, false
	}
	start := x.npLeft(lo - 1)
	if start >= lo-2 {
		return speakerPhrase{}, false
	}
	p := x.analyze(tokRange{start, lo - 1})
	return p, p.country != "" && p.shape == shapeInstitution
}

// relativeBefore finds "who" opening a relative clause without commas
// that ends right before token j ("the official who briefed reporters"),
// and returns its index, or -1. The clause starts with its verb: in "the
// deal who Biden said" the words after "who" are a subject and the verb
// is the speaker's own.
func (x *phraser) relativeBefore(j int) int {
	for k := j - 1; k > x.lo && k >= j-10; k-- {
		t := x.toks[k]
		if t.quote || !t.word {
			return -1
		}
		if t.lower != "who" {
			continue
		}
		n := x.toks[k+1]
		if k+1 >= j || n.cap || determiners[n.lower] || pronouns[n.lower] != 0 || !n.word {
			return -1
		}
		return k
	}
	return -1
}

// asideMax is how many tokens a phrase set off by commas between a
// subject and its verb may have: "Trump, speaking to reporters aboard Air
// Force One on his way back from a weekend at his club, said …".
const asideMax = 24

// parenthetical reads the comma-set phrase that ends with the comma at c,
// before a verb. It returns where to go on looking for the subject, or the
// subject itself when the phrase is a name in apposition ("A spokeswoman
// for the Élysée, Maud Bregeon, told"), or ok false when the comma closes
// what was said ("…, said the Kremlin").
func (x *phraser) parenthetical(c int) (int, speakerPhrase, bool) {
	var none speakerPhrase
	open := -1
	for k := c - 1; k >= x.lo && k >= c-asideMax; k-- {
		t := x.toks[k]
		if t.quote || t.closeQuote() >= 0 || t.text == "." || t.text == ";" {
			break
		}
		if t.text == "," && !x.dateComma(k) {
			open = k
			break
		}
	}
	if open < 0 || open+1 >= c {
		return 0, none, false
	}
	seg := tokRange{open + 1, c}
	first := x.toks[seg.lo]
	switch {
	case first.lower == "who" || first.lower == "which":
		return open, none, true // ", who asked not to be named,"
	case seg.hi-seg.lo == 1 && x.c.idx.isAdverb(first):
		return open, none, true // ", however,"
	case prepositions[first.lower] || participleOpener(first) || first.lower == "speaking" || first.lower == "asked":
		return open, none, true // ", in a statement,", ", speaking in Brussels,"
	}
	if vf, ok := x.c.idx.verb(x.toks[c-1]); ok && vf.finite && c-1 > seg.lo {
		// "Hamdi, the presidency said, welcomed …": an attribution of its
		// own, which reports the subject; not an apposition.
		return open, none, true
	}
	inner := x.analyze(seg)
	outer := x.subjectLeftOf(open)
	switch {
	case inner.shape == shapeName && outer.shape != shapeNone && outer.shape != shapeName:
		inner.apposition = outer.tokRange
		x.absorbRole(&inner, outer)
		return 0, inner, true
	case outer.shape == shapeName && inner.shape != shapeName && inner.shape != shapeNone:
		outer.apposition = seg
		x.absorbRole(&outer, inner)
		return 0, outer, true
	case outer.shape == shapeName && seg.hi-seg.lo == 1 && ageNumber(first.text):
		// "Lopez, 64, said": news style gives a person's age beside the
		// name.
		outer.apposition = seg
		return 0, outer, true
	case outer.shape == shapeName && (first.lower == "a" || first.lower == "an"):
		// "Anna Berg, a senior fellow at an institute in Oslo, said": a
		// description the catalog does not know still sets off the name.
		outer.apposition = seg
		return 0, outer, true
	case outer.shape == shapeName && isPossessive(first) && (inner.country != "" || !inner.principal.empty()):
		// "Anna Berg, Lula's chief of protocol, said", "…, Norway's
		// deputy envoy, said": whoever the possessive names is whom the
		// person speaks for, whatever the title.
		outer.apposition = seg
		x.absorbRole(&outer, inner)
		outer.staff = outer.staff || !inner.principal.empty()
		return 0, outer, true
	}
	return 0, none, false
}

// asideOpening finds, for the comma at c right before a verb, the comma
// that opens a clause set off between the sentence's subject and that
// verb: a participle ("Trump, commenting on the call while meeting …,
// called it"), a preposition ("Xi, in a speech in Beijing on Friday,
// said") or a source ("Xi, according to the Chinese readout, said"). The
// subject is the noun phrase that opens the sentence before that comma;
// the clause holds no quotation and no other sentence. It returns the
// opening comma's index, or -1.
func (x *phraser) asideOpening(c int) int {
	for o := c - 1; o > x.lo && o > c-asideClauseMax; o-- {
		t := x.toks[o]
		if t.quote || t.text == ";" || t.text == ":" {
			return -1
		}
		if t.text != "," || o+1 >= c {
			continue
		}
		first := x.toks[o+1]
		if !(participleOpener(first) || prepositions[first.lower] || sourceOpener(x.toks, o+1, c) > 0) || first.quote {
			continue
		}
		lo := x.npLeft(o)
		cx := cueScanner{c: x.c, toks: x.toks, lo: x.lo, hi: x.hi}
		if lo == o || !cx.opensUnit(lo) && x.afterFronted(x.lo) != lo {
			continue // the subject opens the unit, or follows a fronted phrase ("In response, Lin, …")
		}
		if p := x.analyze(tokRange{lo, o}); p.shape == shapeNone {
			continue
		}
		return o
	}
	return -1
}

// asideClauseMax is how far back a clause set off between subject and
// verb may open.
const asideClauseMax = 40

// dateComma tells whether the comma at k is inside a date ("Monday,
// January 20, 2025"): it sets off nothing.
func (x *phraser) dateComma(k int) bool {
	if k-1 < x.lo || k+1 >= x.hi {
		return false
	}
	prev, next := x.toks[k-1], x.toks[k+1]
	return weekdays[prev.lower] && (monthOf(next.text) > 0 || dayOf(next.text) > 0) ||
		dayOf(prev.text) > 0 && monthOf(x.toks[max(k-2, 0)].text) > 0 && isYear(next.text)
}

// subjectLeftOf reads the noun phrase that ends right before token j,
// without looking through commas.
func (x *phraser) subjectLeftOf(j int) speakerPhrase {
	lo := x.npLeft(j)
	if lo == j {
		return speakerPhrase{office: -1, institution: -1, channel: -1}
	}
	return x.analyze(tokRange{lo, j})
}

// anonymityOpening finds, for "anonymity" at a, the participle that
// opens "speaking on (the) condition of anonymity", or -1.
func (x *phraser) anonymityOpening(a int) int {
	for k := a - 1; k > x.lo && k >= a-6; k-- {
		t := x.toks[k]
		if !t.word || t.quote {
			return -1
		}
		if t.lower == "speaking" || t.lower == "talking" {
			return k
		}
	}
	return -1
}

// glossOpening finds, for the closing parenthesis at c, the opening one
// of a short gloss of words only ("(MEA)", "(South Korea)"), or -1.
func (x *phraser) glossOpening(c int) int {
	for k := c - 1; k > x.lo && k >= c-5; k-- {
		t := x.toks[k]
		switch {
		case t.text == "(":
			if k == c-1 {
				return -1
			}
			return k
		case t.quote || !t.word:
			return -1
		}
	}
	return -1
}

// appositive reads a phrase that may hold a name and the description
// set beside it with a comma ("Anna Berg, Lula's chief of protocol"): the
// name takes the description's office, country and principal.
func (x *phraser) appositive(r tokRange) speakerPhrase {
	for k := r.lo + 1; k < r.hi-1; k++ {
		if x.toks[k].text != "," {
			continue
		}
		name, role := x.analyze(tokRange{r.lo, k}), x.analyze(tokRange{k + 1, r.hi})
		if name.shape != shapeName {
			break
		}
		name.apposition = role.tokRange
		x.absorbRole(&name, role)
		name.staff = name.staff || !role.principal.empty()
		return name
	}
	return x.analyze(r)
}

// absorbRole lets a name take the office and country of the description
// beside it: "Dmitry Peskov, the Kremlin spokesman" is a spokesman of RU.
func (x *phraser) absorbRole(name *speakerPhrase, role speakerPhrase) {
	if name.office < 0 {
		name.office = role.office
	}
	if name.country == "" {
		name.country = role.country
	}
	if role.office >= 0 {
		name.titled = true
		name.staff = name.staff || role.staff
	}
	if name.principal.empty() {
		name.principal = role.principal
	}
	if name.country == "" && name.govName == "" {
		name.govName = role.govName
	}
}

// participleOpener tells whether t opens a participle phrase set off by
// commas after a subject: "Blinken, speaking in Brussels, said".
func participleOpener(t tok) bool {
	return t.word && !t.cap && len(t.lower) >= 5 && (strings.HasSuffix(t.lower, "ing") || t.lower == "asked")
}

// monthAsName tells whether the month's name at i is a first name
// ("spokesman Jan Roth", "Foreign Minister May Lin"): a family name
// follows it and an office or a staff noun stands before it.
func (x *phraser) monthAsName(i, j int) bool {
	if monthOf(x.toks[i].text) == 0 || i+1 >= j || i-1 < x.lo {
		return false
	}
	next, prev := x.toks[i+1], x.toks[i-1]
	if !next.word || !next.cap || next.quote || monthOf(next.text) > 0 || dayOf(next.text) > 0 || prev.quote {
		return false
	}
	if x.c.idx.staffNouns[prev.lower] {
		return true
	}
	_, n := x.c.idx.endingAt(x.toks, x.lo, i, cueOffice)
	return n > 0
}

// npLeft walks left from j over the words of a noun phrase and returns
// where it starts (j when there is none).
// houseNumber tells whether the number at k is the house number of a
// name the catalog knows ("No 10", "Number 10" for Downing Street), not a
// day.
func (x *phraser) houseNumber(k int) bool {
	if k-1 < x.lo {
		return false
	}
	_, n := x.c.idx.longest(x.toks, k-1, cueInstitution)
	return n == 2
}

func (x *phraser) npLeft(j int) int {
	k := j
	for k > x.lo && k > j-10 {
		t := x.toks[k-1]
		l := t.lower
		if !t.word || t.quote || conjunctions[l] || auxiliaries[l] || negations[l] || x.c.idx.isAdverb(t) {
			break
		}
		if pronounGender[l] != 0 && !determiners[l] || pronouns[l] != 0 {
			break
		}
		if prepositions[l] && x.documentBefore(k-1, j) {
			k -= 2 // "the statement issued by South Korea's foreign ministry"
			continue
		}
		if prepositions[l] && !x.insideOffice(k-1) {
			if !npPrepositions[l] || k-1 <= x.lo || !x.takesComplement(k-1) {
				break
			}
		}
		if (timeNoun(t) || dayOf(t.text) > 0 && !x.houseNumber(k-1)) && !x.monthAsName(k-1, j) {
			break
		}
		if _, ok := x.c.idx.verb(t); ok && !t.cap && k < j {
			break
		}
		k--
		if determiners[l] {
			if k-2 >= x.lo && k > j-10 && npPrepositions[x.toks[k-1].lower] && x.takesComplement(k-1) {
				k-- // "a spokeswoman for the Élysée", "an aide to the president"
				continue
			}
			// "the statement issued by the White House", "the readout
			// posted on the Kremlin website": the document speaks.
			if k-1 >= x.lo && prepositions[x.toks[k-1].lower] && x.documentBefore(k-1, j) {
				k -= 2
				continue
			}
			// "the Blue House's statement on the call", "the press
			// statement about the talks": a document's subject.
			if k-2 >= x.lo && k > j-10 && (x.toks[k-1].lower == "on" || x.toks[k-1].lower == "about") && x.c.idx.documents[x.toks[k-2].lower] {
				k--
				continue
			}
			// "A White House readout of the conversation", "a statement
			// from the Kremlin": the phrase goes on before "of"/"from".
			if k-2 >= x.lo && (x.toks[k-1].lower == "of" || x.toks[k-1].lower == "from") && x.toks[k-2].word &&
				!x.toks[k-2].quote && !determiners[x.toks[k-2].lower] && !prepositions[x.toks[k-2].lower] && k > j-10 {
				if _, ok := x.c.idx.verb(x.toks[k-2]); !ok {
					k--
					continue
				}
			}
			break
		}
	}
	if k < j && k-2 >= x.lo && k > j-10 && (x.word(k-1) == "from" || x.word(k-1) == "by") &&
		x.c.idx.documents[x.word(k-2)] && !x.toks[k-2].quote {
		// "a statement from Chile's presidency", "a statement by the
		// directorate": the document its issuer's name is part of.
		return x.npLeft(k - 1)
	}
	if d := x.documentOfBefore(k, j); d >= 0 {
		return x.npLeft(d) // "the readout of the call by the White House"
	}
	return k
}

// documentOfBefore finds, before "by" at k-1, the "of" of a document
// noun's complement ("the readout of the call by the White House"): its
// index, or -1. The complement is a few words with no verb.
func (x *phraser) documentOfBefore(k, j int) int {
	if k >= j || x.word(k-1) != "by" {
		return -1
	}
	for d := k - 2; d-1 >= x.lo && d >= k-7; d-- {
		t := x.toks[d]
		if !t.word || t.quote {
			return -1
		}
		if _, ok := x.c.idx.verb(t); ok {
			return -1
		}
		if t.lower == "of" && x.c.idx.documents[x.toks[d-1].lower] && !x.toks[d-1].quote {
			return d
		}
	}
	return -1
}

// documentBefore tells whether the preposition at p follows a document
// noun and a participle ("statement issued by", "readout posted on"),
// within the reach of a speaker phrase ending at j.
func (x *phraser) documentBefore(p, j int) bool {
	return p-2 >= x.lo && p-2 >= j-12 && documentParticiple(x.toks[p-1]) && x.c.idx.documents[x.toks[p-2].lower]
}

// documentParticiple tells whether t is a past participle that can
// follow a document noun and tell who issued it or where: "issued",
// "released", "posted", "published".
func documentParticiple(t tok) bool {
	return t.word && !t.cap && !t.quote && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")
}

// takesComplement tells whether the word before the preposition at p is
// an office or a noun that takes a complement inside a speaker's phrase
// ("spokesman for", "aide to", "president of", "ministry of").
func (x *phraser) takesComplement(p int) bool {
	if p-1 < x.lo {
		return false
	}
	if _, n := x.c.idx.endingAt(x.toks, x.lo, p, cueOffice, cueOfficials, cueInstNoun); n > 0 {
		return true
	}
	// "an aide to Starmer"; "the leaders of the two countries", "the
	// heads of the delegations": both sides, by what they lead.
	return x.c.idx.staffNouns[x.toks[p-1].lower] || jointNouns[x.toks[p-1].lower] && x.word(p) == "of"
}

// subjectRight reads the subject of an inverted attribution starting at k
// ("said the Kremlin", "said Yuri Ushakov, his foreign affairs adviser").
func (x *phraser) subjectRight(k int) speakerPhrase {
	none := speakerPhrase{office: -1, institution: -1, channel: -1}
	if k >= x.hi || x.toks[k].quote || !x.toks[k].word {
		return none
	}
	if g := pronouns[x.toks[k].lower]; g != 0 {
		p := none
		p.tokRange, p.shape, p.gender = tokRange{k, k + 1}, shapePronoun, g
		return p
	}
	j := k
	for j < x.hi && j < k+10 {
		t := x.toks[j]
		l := t.lower
		if !t.word || t.quote || conjunctions[l] || auxiliaries[l] || timeNoun(t) {
			break
		}
		if prepositions[l] && !(npPrepositions[l] && j > k && x.takesComplement(j)) && !x.documentComplement(k, j) {
			break
		}
		if determiners[l] && j > k && !prepositions[x.toks[j-1].lower] {
			break
		}
		if vf, ok := x.c.idx.verb(t); ok && !t.cap && (vf.participle || vf.finite) {
			break
		}
		j++
	}
	if j == k {
		return none
	}
	if j+2 < x.hi && issueVerbs[x.toks[j].lower] && x.toks[j+1].lower == "by" && (x.c.idx.documents[x.toks[j-1].lower] || pressDocument(x.toks, j-1)) {
		// "stated a press note issued by the Government of India after
		// the call": the issuer names whose document it is.
		if end := x.npRightEnd(j + 2); end > j+2 {
			j = end
		}
	}
	// What follows must end the attribution: punctuation or an adjunct.
	if j < x.hi && x.toks[j].word && !x.toks[j].quote && !prepositions[x.toks[j].lower] && !clauseStops[x.toks[j].lower] && !timeNoun(x.toks[j]) {
		return none
	}
	if j < x.hi && x.toks[j].openQuote() >= 0 {
		return none // "said Chile “values the ties”": the subject of what was said
	}
	p := x.analyze(tokRange{k, j})
	p.inverted = true
	if p.shape == shapeName && j+1 < x.hi && x.toks[j].text == "," {
		// "said Yuri Ushakov, his foreign affairs adviser"
		if end := x.npRightEnd(j + 1); end > j+1 {
			role := x.analyze(tokRange{j + 1, end})
			if role.shape == shapeRole || role.shape == shapeInstitution ||
				isPossessive(x.toks[j+1]) && !role.principal.empty() {
				// "…, said Anna Berg, Lula's chief of protocol"
				p.apposition = role.tokRange
				x.absorbRole(&p, role)
				p.staff = p.staff || !role.principal.empty()
			}
		}
	}
	return p
}

// documentComplement tells whether the preposition at j, in an inverted
// subject starting at k, opens the complement of a document noun right
// before it: "read a statement from the Kremlin", "read a statement by
// the presidency", "said the readout of the call".
func (x *phraser) documentComplement(k, j int) bool {
	switch x.toks[j].lower {
	case "from", "by", "of", "on", "about":
		return j > k && (x.c.idx.documents[x.toks[j-1].lower] || pressDocument(x.toks, j-1))
	}
	return false
}

// pressDocument tells whether toks[k] ends a press office's document:
// "a press release", "a press note" (alone, "release" and "note" are
// words of other things: "the release of a prisoner").
func pressDocument(toks []tok, k int) bool {
	return k > 0 && toks[k-1].lower == "press" && (toks[k].lower == "release" || toks[k].lower == "note")
}

// npRightEnd reads a noun phrase at k and returns the index after it: it
// ends before a verb (an auxiliary, a reporting verb, a past tense, an
// adverb standing before the verb).
func (x *phraser) npRightEnd(k int) int {
	j := k
	for j < x.hi && j < k+8 {
		t := x.toks[j]
		if !t.word || t.quote || conjunctions[t.lower] || auxiliaries[t.lower] || negations[t.lower] {
			break
		}
		if j > k && !t.cap && (x.c.idx.isAdverb(t) || len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && !determiners[x.toks[j-1].lower]) {
			break
		}
		if _, ok := x.c.idx.verb(t); ok && j > k && !t.cap || irregularPast[t.lower] && j > k {
			break // "The heads of state spoke about …"
		}
		if prepositions[t.lower] && !(npPrepositions[t.lower] && x.takesComplement(j)) && !x.insideOffice(j) {
			break // "the two heads of state", "the Ministry of External Affairs" go on
		}
		j++
	}
	return j
}

// notNames are capitalised words that start sentences or name groups,
// never a speaker on their own.
var notNames = map[string]bool{
	"i": true, "we": true, "they": true, "it": true, "this": true, "that": true, "these": true, "those": true,
	"there": true, "he": true, "she": true, "you": true, "the": true, "a": true, "an": true, "but": true,
	"and": true, "officials": true, "analysts": true, "critics": true, "sources": true, "experts": true,
	"some": true, "many": true, "both": true, "others": true, "reports": true, "one": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "in": true, "on": true, "at": true, "after": true, "before": true,
	"when": true, "while": true, "as": true, "if": true, "so": true, "then": true, "also": true, "meanwhile": true,
	"separately": true, "earlier": true, "later": true, "late": true, "early": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "who": true, "what": true, "everyone": true,
	"nobody": true, "diplomats": true, "observers": true, "aides": true, "leaders": true, "however": true,
	"asked": true, "speaking": true, "today": true, "yesterday": true, "now": true, "still": true, "yet": true,
	"people": true, "other": true, "another": true, "residents": true, "witnesses": true, "protesters": true, "lawmakers": true, "democrats": true,
	"republicans": true, "investors": true, "markets": true, "media": true, "news": true, "state": true,
	// Adverbs that open news sentences ("Newly installed chancellor …").
	"newly": true, "recently": true, "notably": true, "finally": true, "initially": true, "previously": true,
	"subsequently": true, "similarly": true, "likewise": true, "currently": true, "additionally": true,
	"importantly": true, "ultimately": true, "specifically": true, "reportedly": true, "apparently": true,
	"officially": true,
}

// bodyNouns end the names of bodies, not people: "according to the
// State Election Commission", "the National Security Council said".
var bodyNouns = map[string]bool{"committee": true, "commission": true, "council": true, "assembly": true,
	"parliament": true, "congress": true, "senate": true, "institute": true, "university": true,
	"foundation": true, "organization": true, "organisation": true, "association": true, "department": true,
	"ministry": true, "authority": true, "agency": true, "bureau": true, "corporation": true, "party": true,
	"centre": true, "center": true, "directorate": true, "secretariat": true, "tribunal": true}

// jointNouns make a phrase name both sides of the talks: "the two
// presidents", "both delegations", "the leaders".
var jointNouns = map[string]bool{"two": true, "both": true, "leaders": true, "sides": true, "presidents": true,
	"ministers": true, "delegations": true, "counterparts": true, "heads": true, "premiers": true,
	"chiefs": true, "negotiators": true, "envoys": true, "parties": true}

// analyze reads what a phrase is made of.
func (x *phraser) analyze(r tokRange) speakerPhrase {
	p := speakerPhrase{tokRange: r, office: -1, institution: -1, channel: -1}
	if r.empty() {
		return p
	}
	if r.hi-r.lo == 1 {
		if g := pronouns[x.toks[r.lo].lower]; g != 0 {
			p.shape, p.gender = shapePronoun, g
			if g == pluralGender {
				p.shape = shapeJoint
			}
			return p
		}
	}
	if r.hi-r.lo == 2 && definite[x.toks[r.lo].lower] && isAge(x.toks[r.lo+1].lower) {
		// "The 78-year-old wrote": a person the story has just named,
		// called by their age.
		p.shape = shapePronoun
		return p
	}
	var pr phraseReader
	pr.read(x, &p)
	p.shape = pr.shape(x, &p)
	p.officials = pr.officials
	if p.country == "" {
		p.govName = x.governmentName(r)
	}
	if p.shape == shapeAnaphor {
		p.gender = x.anaphorGender(r)
	}
	return p
}

// governmentName is the name of a government without its country that
// the words r hold ("a spokesman for the federal government", "the
// PMO"), or "". Two words are tried before one so that the longer name
// wins.
func (x *phraser) governmentName(r tokRange) string {
	lo, hi := max(r.lo, x.lo), min(r.hi, x.hi)
	for k := lo; k < hi; k++ {
		if x.toks[k].quote {
			continue
		}
		if k+1 < hi && !x.toks[k+1].quote {
			if n := x.toks[k].lower + " " + x.toks[k+1].lower; len(x.c.idx.govNames[n]) > 0 {
				return n
			}
		}
		if n := x.toks[k].lower; len(x.c.idx.govNames[n]) > 0 {
			return n
		}
	}
	return ""
}

// phraseKinds are the catalog phrases a speaker phrase is made of.
var phraseKinds = []cueKind{cueInstitution, cueChannel, cueCountryAdj, cueCountryName, cueOffice, cueTitle, cueMedia,
	cueStateMedia, cueInstNoun, cueOfficials}

// phraseReader collects, word by word, what a phrase holds besides what
// speakerPhrase records.
type phraseReader struct {
	names                                       []tokRange // runs of capitalised words
	run                                         tokRange   // the run being read, lo -1 when none
	media, officials, instNoun, anaphor, plural bool
	countryLast                                 bool // a country name ends the phrase: "Beijing said"
}

func (pr *phraseReader) endRun() {
	if pr.run.lo >= 0 {
		pr.names = append(pr.names, pr.run)
	}
	pr.run = tokRange{-1, -1}
}

func (pr *phraseReader) extendRun(k int) {
	if pr.run.lo < 0 {
		pr.run = tokRange{k, k + 1}
	} else {
		pr.run.hi = k + 1
	}
}

// read walks the phrase: catalog phrases, possessives, names, the
// complement of a staff noun ("an aide to Starmer"), other words.
func (pr *phraseReader) read(x *phraser, p *speakerPhrase) {
	toks, r := x.toks, p.tokRange
	pr.run = tokRange{-1, -1}
	for k := r.lo; k < r.hi; {
		cu, n := x.catalogAt(k)
		if determiners[toks[k].lower] && k+1 < r.hi {
			// "the Kremlin readout": the longer phrase after the article
			// wins over "the Kremlin".
			if cu2, n2 := x.catalogAt(k + 1); n2 > 0 && k+1+n2 > k+n && k+1+n2 <= r.hi {
				k++
				cu, n = cu2, n2
			}
		}
		t := toks[k]
		if co, m := x.multiwordPossessive(k, r.hi); m > 0 {
			// "South Korea's presidential office"
			pr.endRun()
			p.country = orElse(p.country, co)
			k += m
			continue
		}
		switch {
		case n > 0 && k+n <= r.hi:
			pr.endRun()
			pr.plural = pr.plural || jointNouns[t.lower] // "the heads of state"
			pr.catalogPhrase(x, p, cu, k+n == r.hi && !isPossessive(toks[k+n-1]))
			k += n
			continue
		case isPossessive(t) && x.countryOfPossessive(t) != "":
			pr.endRun()
			p.country = orElse(p.country, x.countryOfPossessive(t))
		case isPossessive(t) && t.cap && k+1 < r.hi:
			// "Putin's spokesman": the possessor is who the phrase speaks for.
			pr.extendRun(k)
			p.principal = pr.run
			pr.run = tokRange{-1, -1}
		case t.word && nameCase(t) && pr.run.lo < 0 && k > r.lo && isPossessive(toks[k-1]) && x.c.idx.references[t.lower]:
			// "the Prime Minister's Office": the office of the one the
			// possessive names, not a person called Office.
			pr.anaphor = true
		case t.word && (nameCase(t) || particles[t.lower] && pr.run.lo >= 0) && !notNames[t.lower]:
			pr.extendRun(k)
		case t.word && (t.lower == "to" || t.lower == "for" || t.lower == "of") && (p.staff || x.c.idx.staffNouns[x.word(k-1)]) && k+1 < r.hi:
			// "an aide to Starmer", "a spokesman for the Élysée"
			pr.endRun()
			inner := x.analyze(tokRange{k + 1, r.hi})
			p.country = orElse(p.country, inner.country)
			if inner.shape == shapeName {
				p.principal = inner.name
			} else if inner.institution >= 0 {
				p.institution = inner.institution
			} else if inner.country == "" {
				p.forUnknown = true
			}
			p.staff = true
			k = r.hi
			continue
		default:
			pr.endRun()
			pr.anaphor = pr.anaphor || x.c.idx.references[t.lower]
			pr.plural = pr.plural || jointNouns[t.lower]
			p.staff = p.staff || x.c.idx.staffNouns[t.lower]
		}
		k++
	}
	pr.endRun()
	if len(pr.names) > 0 {
		p.name = pr.names[len(pr.names)-1]
	}
	if n := len(pr.names); n >= 2 && pr.names[n-2].hi+1 == pr.names[n-1].lo && toks[pr.names[n-2].hi].lower == "and" {
		pr.plural = true // "Rossi and Hale discussed …": both of them
	}
}

// catalogAt is the longest catalog phrase of a speaker phrase at k; an
// institution the catalog names with its article matches without it too,
// as a modifier ("a Blue House aide", "a Foreign Ministry spokesman").
func (x *phraser) catalogAt(k int) (cue, int) {
	cu, n := x.c.idx.longest(x.toks, k, phraseKinds...)
	if n > 0 {
		return cu, n
	}
	for _, c := range x.c.idx.bareInstitutions[x.toks[k].lower] {
		if len(c.words)-1 > n && matchRest(c.phrase, x.toks, k) {
			cu, n = c, len(c.words)-1
		}
	}
	return cu, n
}

// matchRest tells whether p without its first word matches toks at i.
func matchRest(p phrase, toks []tok, i int) bool {
	if i+len(p.words)-1 > len(toks) {
		return false
	}
	for m := 1; m < len(p.words); m++ {
		t := toks[i+m-1]
		if t.lower != p.words[m] || p.exact[m] != "" && t.text != p.exact[m] {
			return false
		}
	}
	return true
}

// catalogPhrase records a catalog phrase of the speaker phrase; last
// tells whether it ends the phrase.
func (pr *phraseReader) catalogPhrase(x *phraser, p *speakerPhrase, cu cue, last bool) {
	switch cu.kind {
	case cueInstitution:
		p.institution = cu.ref
		p.country = orElse(p.country, x.c.Institutions[cu.ref].Country)
	case cueChannel:
		if ch := x.c.Channels[cu.ref]; ch.Outlet {
			p.channel = cu.ref
			p.country = orElse(p.country, ch.Country)
		}
	case cueCountryAdj, cueCountryName:
		p.country = orElse(p.country, x.c.Countries[cu.ref].Code)
		pr.countryLast = cu.kind == cueCountryName && last
	case cueOffice:
		p.office = cu.ref
		p.staff = p.staff || x.c.idx.staff[cu.ref]
		p.titled = true
		p.gender = orByte(p.gender, titleGender(cu.words))
	case cueTitle:
		p.titled = true
		p.gender = orByte(p.gender, titleGender(cu.words))
	case cueMedia:
		pr.media = true
	case cueStateMedia:
		p.stateMedia = true
	case cueInstNoun:
		pr.instNoun = true
	case cueOfficials:
		pr.officials = true
	}
}

// shape decides what the phrase names, from what read found in it.
func (pr *phraseReader) shape(x *phraser, p *speakerPhrase) shape {
	switch {
	case pr.plural:
		return shapeJoint
	case !p.name.empty() && x.nameIsOutlet(*p, pr.media):
		if pr.media && p.channel < 0 && !p.stateMedia {
			return shapeMedia
		}
		return shapeOutlet
	case !p.name.empty():
		return shapeName
	case p.channel >= 0 || p.stateMedia:
		return shapeOutlet
	case pr.media:
		return shapeMedia
	case p.institution >= 0 || (pr.instNoun || pr.officials) && p.country != "":
		return shapeInstitution
	case pr.countryLast:
		return shapeInstitution // "Beijing said", "Ukraine said"
	case p.office >= 0:
		return shapeRole
	case !p.principal.empty() && p.staff:
		return shapeRole
	case pr.anaphor || pr.instNoun:
		return shapeAnaphor
	case pr.officials && definite[x.toks[p.lo].lower]:
		// "the official said", after "a Turkish official told …": the
		// official the article introduced.
		p.official = true
		return shapeAnaphor
	}
	return shapeNone
}

// isAge tells whether a word gives someone's age: "78-year-old".
func isAge(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	return ok && ageNumber(n)
}

// ageNumber tells whether n can be someone's age: one to three digits
// ("Lopez, 64, said").
func ageNumber(n string) bool {
	if n == "" || len(n) > 3 {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// definite are the determiners of a phrase that refers back to someone
// the article has introduced.
var definite = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// nameIsOutlet tells whether the name in a phrase names an outlet rather
// than a person: after a noun of the press ("the state-run news agency RIA
// Novosti"), or a medium the catalog knows.
func (x *phraser) nameIsOutlet(p speakerPhrase, media bool) bool {
	if p.stateMedia || media {
		return true
	}
	for k := p.lo; k < p.name.lo; k++ {
		if outletNouns[x.toks[k].lower] {
			return true
		}
	}
	// A noun of the press right after the name: "EFE news quoted …",
	// "the Kyodo agency said".
	for k := p.name.hi; k < p.hi; k++ {
		if w := x.toks[k].lower; outletNouns[w] || w == "news" {
			return true
		}
		if x.toks[k].word {
			break
		}
	}
	return false
}

// outletNouns name a news organisation before its name: "the state-run
// news agency RIA Novosti", "the newspaper Le Parisien".
var outletNouns = map[string]bool{"agency": true, "outlet": true, "newspaper": true, "broadcaster": true, "channel": true,
	"daily": true, "tabloid": true, "television": true, "radio": true, "website": true, "magazine": true, "weekly": true,
	"network": true, "station": true}

// anaphorGender tells what a reference back stands for: a published text
// (documentGender), an institution, or a person ("his office").
func (x *phraser) anaphorGender(r tokRange) byte {
	last := x.toks[r.hi-1].lower
	switch x.toks[r.lo].lower {
	case "his":
		return 'm'
	case "her":
		return 'f'
	}
	if x.c.idx.documents[last] {
		return documentGender
	}
	return institutionGender
}

func orByte(a, b byte) byte {
	if a != 0 {
		return a
	}
	return b
}

// titleGender is the gender a title implies, or 0.
func titleGender(words []string) byte {
	switch strings.Join(words, " ") {
	case "mrs", "mrs.", "ms", "ms.", "queen", "princess", "spokeswoman", "chairwoman":
		return 'f'
	case "mr", "mr.", "king", "prince", "spokesman", "crown prince", "pope", "sheikh", "emir", "chairman":
		return 'm'
	}
	return 0
}

// countryOfPossessive reads "China's", "Russia’s" as a country code, and
// an institution of one word as its country ("the Kremlin's press
// office" speaks for Russia).
func (x *phraser) countryOfPossessive(t tok) string {
	stem := strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "'")
	for _, cu := range x.c.idx.byFirst[stem] {
		if len(cu.words) != 1 {
			continue
		}
		switch cu.kind {
		case cueCountryName, cueCountryAdj:
			return x.c.Countries[cu.ref].Code
		case cueInstitution:
			return x.c.Institutions[cu.ref].Country
		}
	}
	return ""
}

// multiwordPossessive reads a country name or an institution of several
// words whose last word is possessive ("South Korea's", "New Zealand's",
// "the White House's") starting at k, and returns its country code and
// length, or 0.
func (x *phraser) multiwordPossessive(k, hi int) (string, int) {
	for _, cu := range x.c.idx.byFirst[x.toks[k].lower] {
		m := len(cu.words)
		if cu.kind != cueCountryName && cu.kind != cueInstitution || m < 2 || k+m > hi || !isPossessive(x.toks[k+m-1]) {
			continue
		}
		ok := true
		for j, w := range cu.words {
			got := x.toks[k+j].lower
			if j == m-1 {
				got = strings.TrimSuffix(strings.TrimSuffix(got, "'s"), "'")
			}
			ok = ok && got == strings.ToLower(w)
		}
		if ok {
			if cu.kind == cueInstitution {
				return x.c.Institutions[cu.ref].Country, m
			}
			return x.c.Countries[cu.ref].Code, m
		}
	}
	return "", 0
}

func isPossessive(t tok) bool {
	return strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "s'")
}

// particles are lower-case words inside names ("Charles de Gaulle").
var particles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true,
	"del": true, "dos": true, "du": true, "la": true, "le": true, "bin": true, "al": true, "el": true, "ibn": true}

// sideOfficials tells whether a phrase names a side's officials by their
// country ("Chilean officials", "the Kremlin"): who speaks for the side
// in a relative clause.
func sideOfficials(p speakerPhrase) bool {
	return p.shape == shapeInstitution && p.country != ""
}

// subjectAfterVerb tells whether the clause after the verb at j opens with
// a subject of its own, a name or a determiner ("said Boric placed it"),
// not a verb whose subject the relative pronoun is ("said would be …").
func (x *phraser) subjectAfterVerb(j int) bool {
	for j < x.hi && !x.toks[j].quote && auxiliaries[x.toks[j].lower] {
		j++ // "had said"
	}
	if _, ok := x.c.idx.verb(x.toks[min(j, x.hi-1)]); !ok || j+1 >= x.hi {
		return false
	}
	next := x.toks[j+1]
	if next.quote || !next.word {
		return false
	}
	return next.cap || determiners[next.lower] || isPossessive(next)
}
