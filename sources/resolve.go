package sources

import (
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// Pass 4: resolution. Each speaker phrase becomes a speaker: a person the
// article names (by name, by a variant of the name, by the role the
// article gave them, or by a pronoun), or a government speaking through an
// institution or its outlets. The pass walks the article in order and
// keeps the discourse: who spoke last, and who the sentences without
// attributions were about, so "he said" a paragraph later finds them.
// Finally it links cues that report one another: "the Kremlin said Putin
// told Trump …" (the inner verb carries the statement, the outer one its
// channel) and "Ushakov said Trump emphasized …" (Ushakov's account of
// what Trump said).

// speakerRef is who a statement is attributed to.
type speakerRef struct {
	name        string
	country     string
	institution bool    // a government or institution, not a person
	who         *person // the person, when it is one
}

func (s speakerRef) valid() bool { return s.name != "" }

// resolution is pass 4's result for one cue.
type resolution struct {
	sp     speakerRef
	method string
	// source is the channel the cue's own words give (an outlet as
	// subject, "quoted by", "according to"), or -1; sourceName names an
	// outlet the catalog does not know.
	source     int
	sourceName string
	// owner is whose account the statement belongs to: sp, or the person
	// reporting it ("Ushakov said Trump emphasized …").
	owner speakerRef
	// outer is the cue this one is nested in, or -1; inner the cue that
	// carries this one's clause, or -1.
	outer, inner int
	// reports is, for a trailing cue ("…, the Kremlin said"), the earlier
	// cue of the unit whose statement it reports, or -1.
	reports int
	// joined is, for a participle or a joined verb ("…, adding that", "and
	// called on …"), the cue whose speaker it took, or -1: it shares that
	// cue's owner and the cue it is reported in.
	joined int
}

func (r resolution) valid() bool { return r.sp.valid() }

// resolver holds the discourse while pass 4 walks the article.
type resolver struct {
	c      *Catalog
	ppl    *people
	paras  []paraScan
	recent []speakerRef // most recent first
	// countries recently met as speakers, for "the ministry said".
	lastCountry string
	// lastSource is the speaker of the last attribution that no other one
	// reports, as of the start of the unit being resolved (nextSource, as
	// of its end): "the statement said" is theirs, not that of a leader
	// their statement quotes.
	lastSource, nextSource speakerRef
	// lastMedia, nextMedia: the last attribution named a news
	// organisation that is no side ("Japan's Kyodo news agency
	// reported …"), as of the start (end) of the unit; "the report said"
	// next is that outlet's, not the side that spoke before it.
	lastMedia, nextMedia bool
	// notHim are the speakers a pronoun being resolved cannot mean: in
	// "Trump had confirmed that …, he added", "he" is not Trump.
	notHim []string
	// runs are the article's name runs (findRuns).
	runs []nameRun
	// lastOfficial is the speaker of the last attribution when its phrase
	// named an official ("a Turkish official told …"), for "the official
	// said" after it; no one once another speaker is named.
	lastOfficial speakerRef
	// stateOutletCountry is the one country whose official outlets the
	// article's attributions name ("Xinhua reported"), or "" when none
	// or several: a "state media" without a country before it is theirs.
	stateOutletCountry string
	// named holds the countries the article names anywhere, read once
	// when first asked (namesCountry).
	named map[string]bool
	// initials are the short forms the article gives a speaker in
	// brackets after it ("the Prime Minister's Office (PMO) said"), and
	// whom they name: "the PMO said" later is the same speaker.
	initials map[string]speakerRef
	// staffSides are the countries of the staff offices the article's
	// attributions introduced ("a spokeswoman for the Italian
	// government"): "the spokeswoman" later is the same side's.
	staffSides map[int]string
}

// maxRecent is how many speakers the discourse remembers for pronouns.
const maxRecent = 8

// resolveSpeakers runs pass 4.
func resolveSpeakers(c *Catalog, ppl *people, paras []paraScan, cues []attrCue, phrases []cuePhrases) []resolution {
	rv := &resolver{c: c, ppl: ppl, paras: paras}
	rv.stateOutletCountry = onlyStateOutletCountry(c, phrases)
	rv.registerTitled()
	out := make([]resolution, len(cues))
	for i := range out {
		out[i] = resolution{source: -1, outer: -1, inner: -1, reports: -1, joined: -1}
	}
	eachUnit(paras, cues, func(ps *paraScan, _, _ int, u unit, from, to int) {
		rv.lastSource, rv.lastMedia = rv.nextSource, rv.nextMedia
		var main speakerRef // the unit's own source
		media := false      // the unit's attribution names a news outlet
		// A speaker named in the unit forgets the last official only at
		// its end: in "Trump told Abe that …, the official said" the
		// official still is the one of the sentence before.
		forget := false
		for ci := from; ci < to; ci++ {
			out[ci] = rv.resolve(cues, phrases, out, ci, from, u)
			rv.learnInitials(ps, phrases[ci].speaker, out[ci].sp)
			switch sp := phrases[ci].speaker; {
			case sp.officials && !sp.official:
				rv.lastOfficial, forget = out[ci].sp, false
			case !sp.empty() && !sp.official:
				forget = true
			}
			if src := phrases[ci].source; src.officials && !src.official {
				// "A Japanese official quoted Abe as saying …": the
				// official, not the person quoted, is "the official" next.
				if sp, _ := rv.phraseSpeaker(ps, u, src); sp.institution {
					rv.lastOfficial, forget = sp, false
				}
			}
			media = media || phrases[ci].speaker.shape == shapeMedia && !out[ci].valid()
			if out[ci].valid() {
				rv.touch(out[ci].sp)
				if out[ci].method != ByContext && !opensClauseOf(cues, phrases, ci, from) && !inThatClause(ps.toks, phrases[ci].speaker) {
					main = out[ci].sp
				}
			}
		}
		if forget {
			rv.lastOfficial = speakerRef{}
		}
		if from == to {
			if sp, end := rv.subjectOf(ps, u); sp.valid() && sp.institution && rv.issuedDocument(ps, u, end) {
				rv.nextSource = sp // "The White House issued a statement."
			}
			return
		}
		rv.reportedSubjects(ps, u, cues, from, to)
		rv.nextMedia = media && !main.valid()
		if main.valid() {
			// The subject of the main clause, not a leader it reports, is
			// who "he" means next: "He said Putin had expressed a wish for
			// trade. “…,” he said."
			rv.touch(main)
			rv.nextSource = main
		}
	})
	rv.linkCues(cues, phrases, out)
	linkAsides(cues, phrases, out)
	rv.linkCoordinated(cues, phrases, out)
	rv.linkAfterTrailing(cues, phrases, out)
	for i := range out {
		if j := out[i].joined; j >= 0 {
			out[i].owner = rv.reporter(out[j].owner, out[i].sp)
			if out[i].outer < 0 {
				out[i].outer = out[j].outer
			}
		}
	}
	return out
}

// registerTitled is the first look at names: every name written with an
// office or title ("Chinese President Xi Jinping", "Kremlin spokesman
// Dmitry Peskov") is registered with what the title tells, so a role named
// before the person speaks ("the Chinese leader") finds them.
func (rv *resolver) registerTitled() {
	rv.ppl.learnCase(rv.paras)
	rv.findRuns()
	// The title, when a headline in title case: the only heading read
	// against the story (a long document's many headings are not).
	var title *paraScan
	for pi := range rv.paras {
		if ps := &rv.paras[pi]; ps.skip == "heading" {
			if inTitleCase(ps.toks) {
				title = ps
			}
			break
		}
	}
	rv.eachRun(func(ps *paraScan, u unit, px *phraser, i, j int) {
		// "US President Donald Trump's envoy Steve Witkoff" names two
		// people: the possessor, and the one the run ends with.
		for _, r := range splitPossessive(ps.toks, i, j) {
			p := px.analyze(r)
			// A courtesy title ("Mr Ushakov") tells no role: the name
			// waits for its full form ("Yuri Ushakov") in the text.
			// A country before the name ("Ukraine's Volodymyr Zelensky")
			// tells whose the person is; one after it does not ("tells
			// Erdogan Russia is open …").
			countryFirst := p.country != "" && p.name.lo > r.lo && p.name.hi == r.hi
			if p.shape == shapeName && (countryFirst || p.titled && p.office >= 0) {
				if ps == title && !rv.namedInStory(ps, p.name) {
					continue // "India's Modi Gets Invite …" runs the name into the verbs after it
				}
				rv.person(ps, u, p, true)
			}
		}
	})
	rv.registerKnown()
	rv.placeStaff()
}

// placeStaff gives a staff member the article names without a side
// ("spokesman Nabil Haddad said") the country of the one staff office
// it describes by a country ("the Palestinian spokesman said", often in
// the standfirst): one such country and one such person, or nothing.
func (rv *resolver) placeStaff() {
	for office, countries := range rv.staffCountries() {
		if len(countries) != 1 {
			continue
		}
		if who := rv.onlyUnplacedStaff(office); who != nil {
			for co := range countries {
				rv.ppl.learn(who, co, -1, 0, true)
			}
		}
	}
}

// staffCountries are, by staff office, the countries whose adjective the
// article sets before it ("the Palestinian spokesman").
func (rv *resolver) staffCountries() map[int]map[string]bool {
	out := map[int]map[string]bool{}
	for pi := range rv.paras {
		toks := rv.paras[pi].toks
		for k := 0; k < len(toks); k++ {
			cu, n := rv.c.idx.longest(toks, k, cueCountryAdj)
			if n == 0 || k+n >= len(toks) {
				continue
			}
			if of, m := rv.c.idx.longest(toks, k+n, cueOffice); m > 0 && rv.c.Offices[of.ref].Staff {
				if out[of.ref] == nil {
					out[of.ref] = map[string]bool{}
				}
				out[of.ref][rv.c.Countries[cu.ref].Code] = true
			}
			k += n - 1
		}
	}
	return out
}

// onlyUnplacedStaff is the one person holding staff office with no side
// and no principal, or nil when none or several do.
func (rv *resolver) onlyUnplacedStaff(office int) *person {
	var found *person
	for _, who := range rv.ppl.holders[office] {
		if !who.staff || who.country != "" || who.principal != nil || who == found {
			continue
		}
		if found != nil {
			return nil
		}
		found = who
	}
	return found
}

// namedInStory tells whether the name r of a headline in title case is
// written the same way in the story's capitalised runs: only then is it a
// name, not a name run into the capitalised words after it.
func (rv *resolver) namedInStory(head *paraScan, r tokRange) bool {
	if r.empty() {
		return false
	}
	name := strings.Join(nameParts(head.toks, r), " ")
	for pi := range rv.paras {
		ps := &rv.paras[pi]
		if ps == head || ps.skip == "heading" {
			continue
		}
		for _, run := range capRuns(ps.toks, 0, len(ps.toks)) {
			if strings.Contains(strings.Join(nameParts(ps.toks, run), " "), name) {
				return true
			}
		}
	}
	return false
}

// nameRun is a run of words that may make up a titled name: capitalised
// words, particles and office words, toks[lo:hi] of a unit.
type nameRun struct {
	para, unit int
	tokRange
}

// findRuns finds the article's name runs once, for the looks at names
// before resolution.
func (rv *resolver) findRuns() {
	rv.runs = rv.runs[:0]
	for pi := range rv.paras {
		ps := &rv.paras[pi]
		for ui, u := range ps.units {
			px := phraser{c: rv.c, toks: ps.toks, lo: u.lo, hi: u.hi}
			for _, r := range px.runsFrom(u.lo) {
				rv.runs = append(rv.runs, nameRun{pi, ui, r})
			}
		}
	}
}

// eachRun calls f, in text order, for every name run.
func (rv *resolver) eachRun(f func(ps *paraScan, u unit, px *phraser, i, j int)) {
	for _, r := range rv.runs {
		ps := &rv.paras[r.para]
		u := ps.units[r.unit]
		px := phraser{c: rv.c, toks: ps.toks, lo: u.lo, hi: u.hi}
		f(ps, u, &px, r.lo, r.hi)
	}
}

// runsFrom returns the runs of name words (runWord) of the phraser's unit
// from token k on.
func (x *phraser) runsFrom(k int) []tokRange {
	var out []tokRange
	for i := k; i < x.hi; {
		if !x.runWord(i) {
			i++
			continue
		}
		j := i
		for j < x.hi && x.runWord(j) {
			j++
		}
		out = append(out, tokRange{i, j})
		i = j
	}
	return out
}

// splitPossessive splits a run of words after a possessive that is
// followed by more of the run.
func splitPossessive(toks []tok, i, j int) []tokRange {
	for k := i; k < j-1; k++ {
		if isPossessive(toks[k]) && toks[k].cap {
			return []tokRange{{i, k + 1}, {i, j}}
		}
	}
	return []tokRange{{i, j}}
}

// runWord tells whether toks[i] can be part of a titled name: a
// capitalised word, a particle, or an office word ("spokesman").
func (x *phraser) runWord(i int) bool {
	t := x.toks[i]
	if !t.word || t.quote {
		return false
	}
	if nameCase(t) || particles[t.lower] {
		return true
	}
	_, n := x.c.idx.longest(x.toks, i, cueOffice, cueTitle)
	return n > 0 || x.insideOffice(i)
}

// insideOffice tells whether toks[i] is inside an office's words that
// began before it ("of" in "Secretary of State").
func (x *phraser) insideOffice(i int) bool {
	for s := i - 1; s >= x.lo && s >= i-3; s-- {
		// "the Ministry of External Affairs", "the Office of the President
		// of Ukraine": the preposition is inside the name.
		if _, n := x.c.idx.longest(x.toks, s, cueOffice, cueInstitution, cueInstNoun); s+n > i {
			return true
		}
	}
	return false
}

// touch makes s the most recent speaker.
func (rv *resolver) touch(s speakerRef) {
	if !s.valid() {
		return
	}
	if s.country != "" {
		rv.lastCountry = s.country
	}
	for i, r := range rv.recent {
		if r.name == s.name {
			copy(rv.recent[1:i+1], rv.recent[:i])
			rv.recent[0] = s
			return
		}
	}
	rv.recent = append([]speakerRef{s}, rv.recent...)
	if len(rv.recent) > maxRecent {
		rv.recent = rv.recent[:maxRecent]
	}
}

// subjectOf reads the subject of a unit without cues ("The foreign
// minister was worried.") so a later pronoun can find it.
// It returns the subject and where its phrase ends.
func (rv *resolver) subjectOf(ps *paraScan, u unit) (speakerRef, int) {
	px := phraser{c: rv.c, toks: ps.toks, lo: u.lo, hi: u.hi}
	k := px.afterFronted(bodyStart(ps, u))
	sp := rv.subjectAt(ps, u, k)
	rv.touch(sp)
	if k >= u.hi {
		return sp, k
	}
	end := px.npRightEnd(k)
	if sp.who == nil {
		rv.touch(rv.onePersonIn(ps, u, end))
	}
	return sp, end
}

// onePersonIn is the one person the rest of a unit names, from token k,
// when its subject is no person: "Japan's parliament elected Suga as
// leader. He said …" is Suga. Two persons named make no one.
func (rv *resolver) onePersonIn(ps *paraScan, u unit, k int) speakerRef {
	px := phraser{c: rv.c, toks: ps.toks, lo: u.lo, hi: u.hi}
	var found *person
	for _, run := range px.runsFrom(k) {
		for _, r := range capRuns(ps.toks, run.lo, run.hi) {
			s := rv.titleWords(ps.toks, r.lo, r.hi)
			if s >= r.hi {
				continue
			}
			if isPossessive(ps.toks[r.hi-1]) {
				// "Netanyahu's explanation", "Biden's call with
				// Ramaphosa": the sentence is about more than one person.
				return speakerRef{}
			}
			parts := nameParts(ps.toks, tokRange{s, r.hi})
			who := rv.ppl.find(parts)
			switch {
			case who == nil && len(parts) > 1:
				return speakerRef{} // someone the article names only here ("Luca Neri")
			case who == nil || who == found:
			case found == nil:
				found = who
			default:
				return speakerRef{}
			}
		}
	}
	if found == nil {
		return speakerRef{}
	}
	return rv.personRef(found)
}

// subjectAt resolves the noun phrase at token k when it names someone.
func (rv *resolver) subjectAt(ps *paraScan, u unit, k int) speakerRef {
	px := phraser{c: rv.c, toks: ps.toks, lo: u.lo, hi: u.hi}
	if k >= u.hi || ps.toks[k].quote {
		return speakerRef{}
	}
	if g := pronounGender[ps.toks[k].lower]; g != 0 && pronouns[ps.toks[k].lower] != 0 {
		return speakerRef{} // "He spoke after the call": the discourse stays as it is
	}
	end := px.npRightEnd(k)
	if end == k {
		return speakerRef{}
	}
	p := px.analyze(tokRange{k, end})
	var sp speakerRef
	switch p.shape {
	case shapeName:
		if who := rv.person(ps, u, p, p.titled); who != nil {
			sp = rv.personRef(who)
		}
	case shapeRole, shapeInstitution, shapeOutlet:
		sp, _ = rv.phraseSpeaker(ps, u, p)
	}
	return sp
}

// reportedSubjects makes the persons that what the unit's cues report is
// about — the subject of a reported clause ("… said Macron had urged"),
// or of a sentence a trailing attribution reports ("Macron “called for
// …,” the presidency said") — recent, before the speakers themselves:
// "He also stressed …" in the next sentence is Macron, not the last man
// named. Not a participle's clause, which the sentence's subject says.
func (rv *resolver) reportedSubjects(ps *paraScan, u unit, cues []attrCue, from, to int) {
	px := phraser{c: rv.c, toks: ps.toks, lo: u.lo, hi: u.hi}
	var subjects []speakerRef
	if start := px.afterFronted(bodyStart(ps, u)); cues[from].vLo > start && cues[from].after < 0 {
		subjects = append(subjects, rv.subjectAt(ps, u, start))
	}
	for ci := from; ci < to; ci++ {
		// A participle's clause is an aside of the sentence's own subject
		// ("Trump praised Putin, saying that Putin …"): the next "he" is
		// still that subject.
		if cu := cues[ci]; cu.after >= 0 && (cu.afterBy == byThat || cu.afterBy == byClause) && cu.form != formParticiple {
			subjects = append(subjects, rv.subjectAt(ps, u, cu.after))
		}
	}
	if who := rv.possessiveReport(ps, u); who != nil {
		// "…, as the agency reported, was Xi's report that …": the one
		// whose report it is, not the agency, is who "he" means next.
		subjects = append(subjects, rv.personRef(who))
	}
	for _, sp := range subjects {
		if sp.who != nil {
			rv.touch(sp)
		}
	}
}

// possessiveReport is the one known person whose document or words the
// unit names with a possessive ("Xi's report that …", "Rossi's
// statement"), or nil when none or several.
func (rv *resolver) possessiveReport(ps *paraScan, u unit) *person {
	toks := ps.toks
	var found *person
	for k := u.lo; k+1 < u.hi; k++ {
		t := toks[k]
		if t.quote || !t.cap || !isPossessive(t) || toks[k+1].quote || !rv.c.idx.documents[toks[k+1].lower] {
			continue
		}
		j := k
		for j > u.lo && toks[j-1].cap && toks[j-1].word && !toks[j-1].quote {
			j--
		}
		who := rv.ppl.find(nameParts(toks, tokRange{j, k + 1}))
		if who == nil || found != nil && found != who {
			return nil
		}
		found = who
	}
	return found
}

// afterFronted skips a fronted phrase of time, place or manner ending
// with a comma ("A short time later, in the Oval Office, Trump …") and
// returns where the subject starts.
func (x *phraser) afterFronted(k int) int {
	for guard := 0; guard < 3 && k < x.hi; guard++ {
		t := x.toks[k]
		if !(prepositions[t.lower] || x.c.idx.opensWithAdverb(t) || participleOpener(t) || x.openingParticiple(k) ||
			t.lower == "speaking" || t.lower == "asked" || timeNoun(t) || x.lateOrEarly(k) || determiners[t.lower] && x.hasCommaSoon(k)) {
			return k
		}
		c := k
		for c < x.hi && c < k+14 && x.toks[c].text != "," && !x.toks[c].quote {
			c++
		}
		if c >= x.hi || x.toks[c].text != "," {
			return k
		}
		k = c + 1
	}
	return k
}

// lateOrEarly tells whether a time opens at k with "late" or "early"
// ("Late on Monday, …", "Early Tuesday, …").
func (x *phraser) lateOrEarly(k int) bool {
	if t := x.toks[k].lower; (t != "late" && t != "early") || k+1 >= x.hi {
		return false
	}
	next := x.toks[k+1]
	return prepositions[next.lower] || timeNoun(next)
}

// openingParticiple tells whether the sentence opens at k with a
// participle, capitalised there ("Arriving back in Washington, Biden
// …"), and not with a place the catalog knows ("Beijing, meanwhile, …").
func (x *phraser) openingParticiple(k int) bool {
	t := x.toks[k]
	if k != x.lo || !t.word || !t.cap || t.quote || len(t.lower) <= 5 || !strings.HasSuffix(t.lower, "ing") {
		return false
	}
	_, n := x.c.idx.longest(x.toks, k, cueCountryName, cueCountryAdj, cueInstitution, cueChannel)
	return n == 0
}

// hasCommaSoon tells whether a comma closes a phrase without a verb
// starting at k ("A short time later in the Rose Garden, …").
func (x *phraser) hasCommaSoon(k int) bool {
	for c := k; c < x.hi && c < k+16; c++ {
		t := x.toks[c]
		if t.text == "," {
			return c > k
		}
		if !t.word || t.quote || auxiliaries[t.lower] {
			return false
		}
		if _, ok := x.c.idx.verb(t); ok {
			return false
		}
		if c > k && !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") {
			return false // "the two presidents discussed …,": a clause, not a fronted phrase
		}
	}
	return false
}

// resolve resolves the speaker phrase of cue i; first is the first cue of
// its unit.
func (rv *resolver) resolve(cues []attrCue, phrases []cuePhrases, done []resolution, i, first int, u unit) resolution {
	cu := &cues[i]
	ps := &rv.paras[cu.para]
	r := resolution{source: -1, outer: -1, inner: -1, reports: -1, joined: -1}
	p := phrases[i].speaker
	var reporter speakerRef // a person quoting the speaker ("Ushakov quoted Trump as saying")
	if src := phrases[i].source; src.shape != shapeNone {
		r.source, r.sourceName = rv.outletOf(ps, src)
		switch {
		case r.source >= 0 || r.sourceName != "":
		case src.shape == shapeInstitution || src.shape == shapeAnaphor:
			if sp, _ := rv.phraseSpeaker(ps, u, src); sp.institution {
				r.source = rv.officialChannel(sp.country)
			}
		case src.shape == shapeName:
			if who := rv.person(ps, u, src, src.titled); who != nil {
				reporter = rv.personRef(who)
			}
		case src.shape == shapePronoun || src.shape == shapeRole:
			reporter, _ = rv.phraseSpeaker(ps, u, src)
			rv.noteStaff(src, reporter)
		}
	}
	if p.country == "" && p.govName != "" {
		// "a spokesman for the federal government": the one country of
		// the article's leaders whose government goes by that name.
		if co := rv.governmentNamed(p.govName); co != "" {
			p.country, p.forUnknown = co, false
		}
	}
	if rv.outletByVerb(ps, cu, p) {
		// "…, Turkish sources said, Kavkaz Daily reports": an outlet.
		p.shape = shapeMedia
	}
	switch p.shape {
	case shapeName:
		if who := rv.person(ps, u, p, p.titled); who != nil {
			r.sp, r.method = rv.personRef(who), ByName
			if p.staff && who.principal == nil && !p.principal.empty() {
				who.principal = rv.principal(ps, u, p)
			}
			if p.staff && who.country == "" {
				// "Adeyemi urged …, presidential spokesman Bayo Okafor said":
				// a spokesman the article gives no country speaks for the
				// person whose words he relays.
				if co := reportedCountry(done, i, first); co != "" {
					rv.ppl.learn(who, co, -1, 0, true)
					r.sp = rv.personRef(who)
				}
			}
			if !p.staff && !p.titled && p.tokRange == p.name && !describedAfter(ps.toks, p.hi) && who.country == "" && who.principal == nil {
				// "…, a German government spokesman said. “…,” said Jan
				// Roth.": a person the article gives no side or office,
				// speaking right after one side's unnamed spokesman, is him.
				if co := unnamedStaffBefore(cues, phrases, done, i); co != "" {
					rv.ppl.learn(who, co, -1, 0, true)
					r.sp = rv.personRef(who)
				}
			}
		} else if p.country != "" && (p.institution >= 0 || p.stateMedia || p.channel >= 0) {
			r.sp, r.method = rv.government(p.country), ByInstitution
		} else if sp, ok := rv.initials[initialsOf(ps.toks, p.tokRange)]; ok {
			r.sp, r.method = sp, ByInstitution
		}
	case shapeContext:
		r.sp, r.joined = rv.context(cues, done, i, first, u)
		r.method = ByContext
	case shapeJoint, shapeNone, shapeMedia:
		if p.shape == shapeMedia {
			r.source, r.sourceName = rv.outletOf(ps, p)
		}
		if p.shape == shapeNone && p.officials && p.country == "" && rv.lastCountry != "" && unnamedOfficial(ps.toks, p) {
			// "Moon's office said …. A senior presidential official told
			// reporters …": an official the article gives no side speaks
			// for the side that spoke last.
			r.sp, r.method = rv.government(rv.lastCountry), ByInstitution
		}
	default:
		if p.shape == shapeRole && p.country == "" {
			// "Psaki said the president had …": the office of the side
			// that reports it.
			p.country = rv.reporterCountry(cues, phrases, done, i, first)
		}
		if p.shape == shapeRole && p.staff && p.country == "" && p.principal.empty() && definite[ps.toks[p.lo].lower] {
			// "A spokeswoman for the Italian government said …. Hale
			// conveyed his wishes, the spokeswoman said": the one the
			// article introduced, whoever's words she reports.
			p.country = rv.staffSides[p.office]
		}
		if p.shape == shapeRole && p.staff && p.country == "" && p.principal.empty() {
			// "Delacruz urged calm, the press secretary said": a staff
			// office the article gives no country speaks for the person
			// whose words it reports, as a presidential palace does.
			if co := reportedCountry(done, i, first); co != "" && !rv.lastInstitutionOtherThan(co) {
				p.country = co
			}
		}
		if p.shape == shapeOutlet && p.stateMedia && p.country == "" {
			// "Xinhua quoted Xi …" and then "the state news agency
			// reported": the state outlet the article named last.
			p.country = orElse(orElse(lastStateOutlet(rv.c, done, i), rv.stateOutletCountry), rv.onlyStateMediaLeader())
		}
		if p.shape == shapePronoun {
			rv.notHim = append(rv.reportedSpeakers(cues, phrases, done, i, first), rv.quotedOthers(ps, p)...)
		}
		if p.shape == shapeAnaphor && p.gender == institutionGender && p.country == "" && rv.namesInstitution(ps, p) {
			// "Delacruz thanked Japan for its help, the presidential
			// palace said": the office speaks for the person it reports,
			// not for the country their words name.
			// Unless it refers back to the institution that spoke last
			// ("The Russian ministry said … . Trump told Putin …, the
			// ministry said").
			if co := reportedCountry(done, i, first); co != "" && !rv.lastInstitutionOtherThan(co) {
				p.country = co
			}
		}
		if sp, ok := rv.initials[initialsOf(ps.toks, p.tokRange)]; ok {
			// Initials the article spelled out ("the Prime Minister's
			// Office (PMO)") mean what it said, before any general reading.
			r.sp, r.method = sp, ByInstitution
		} else {
			r.sp, r.method = rv.phraseSpeaker(ps, u, p)
		}
		if !r.sp.valid() && cu.form == formAccording && p.shape == shapeAnaphor && cu.after >= 0 {
			r.sp = rv.readoutOfSubject(ps, u, cu.after)
		}
		if p.shape == shapePronoun && i == first && (p.gender == 'm' || p.gender == 'f') {
			// "Biden was asked by reporters …, to which he replied": the
			// sentence's own subject, named before the pronoun, comes
			// before whoever spoke last.
			if sp := rv.unitSubjectBefore(ps, u, p); sp.valid() && sp.name != r.sp.name {
				r.sp = sp
			}
		}
		if p.shape == shapePronoun && !r.sp.valid() && p.gender != institutionGender {
			// "… the minister's post on X, where she wrote": no one
			// spoke before, but the sentence named him.
			r.sp = rv.namedBefore(ps, u, p)
		}
		if p.shape == shapePronoun && !r.sp.valid() && p.gender == institutionGender {
			// "Details were provided by the White House. “…,” it said":
			// no institution spoke before, but the sentence before named
			// one.
			r.sp = rv.institutionBefore(cu.para, u, p)
		}
		rv.notHim = nil
		if p.shape == shapeOutlet {
			if ch, name := rv.outletOf(ps, p); ch >= 0 || name != "" {
				r.source, r.sourceName = ch, name
			}
		}
	}
	if pressOnly(p, r.sp) {
		// "…, media reports say, citing the Kremlin spokesman": the
		// cited source said it; the press carried it.
		if sp, ok := rv.cited(ps, u, cu); ok {
			if r.source < 0 && r.sourceName == "" {
				r.source, r.sourceName = rv.outletOf(ps, p)
			}
			r.sp, r.method = sp, ByName
			if sp.institution {
				r.method = ByInstitution
			}
		}
	}
	if r.sp.valid() && r.sp.institution && r.source < 0 && cu.form == formAccording {
		if p.shape == shapeAnaphor && rv.c.idx.documents[ps.toks[p.hi-1].lower] {
			r.source = rv.officialChannel(r.sp.country) // "according to the readout"
		}
	}
	rv.noteStaff(p, r.sp)
	r.owner = r.sp
	if reporter.valid() && r.sp.valid() {
		r.owner = rv.reporter(reporter, r.sp)
	}
	return r
}

// governmentNamed is the one country whose government goes by name and
// whose leader the article names, or "".
func (rv *resolver) governmentNamed(name string) string {
	return rv.onlyLed(slices.Values(rv.c.idx.govNames[name]))
}

// onlyLed is the one country of codes whose leader the article names, or
// "" when none or several.
func (rv *resolver) onlyLed(codes iter.Seq[string]) string {
	found := ""
	for co := range codes {
		if rv.ppl.leader(co) == nil {
			continue
		}
		if found != "" {
			return ""
		}
		found = co
	}
	return found
}

// noteStaff records the side of a staff office a role phrase p named,
// resolved as sp ("a spokeswoman for the UK government").
func (rv *resolver) noteStaff(p speakerPhrase, sp speakerRef) {
	if p.shape != shapeRole || !p.staff || p.office < 0 || sp.country == "" {
		return
	}
	if rv.staffSides == nil {
		rv.staffSides = map[int]string{}
	}
	rv.staffSides[p.office] = sp.country
}

// phraseSpeaker resolves a phrase that names no person: a role, an
// institution, an outlet, a pronoun or a reference back.
func (rv *resolver) phraseSpeaker(ps *paraScan, u unit, p speakerPhrase) (speakerRef, string) {
	switch p.shape {
	case shapeRole:
		return rv.roleSpeaker(ps, u, p), ByRole
	case shapeInstitution:
		country := p.country
		if country == "" {
			country = orElse(rv.countryNamed(ps, u, p.tokRange), rv.lastCountry)
		}
		return rv.government(country), ByInstitution
	case shapeOutlet:
		country := p.country
		if country == "" && p.channel >= 0 {
			country = rv.c.Channels[p.channel].Country
		}
		if country == "" || p.channel >= 0 && !rv.c.Channels[p.channel].Official {
			return speakerRef{}, ""
		}
		return rv.government(country), ByInstitution
	case shapePronoun:
		return rv.pronoun(p.gender), ByPronoun
	case shapeAnaphor:
		if p.country != "" && p.gender != 'm' && p.gender != 'f' {
			// "the Philippine readout", "the Chinese statement": the
			// adjective tells whose, whoever spoke last.
			if gov := rv.government(p.country); gov.valid() {
				return gov, ByInstitution
			}
		}
		if p.gender == institutionGender && p.country == "" && ps.toks[p.hi-1].lower == "government" &&
			len(rv.recent) > 0 && rv.recent[0].institution {
			// "… the German government said in a statement. The two also
			// discussed …, the government said": the government that spoke
			// last, whatever countries its words name.
			return rv.recent[0], ByInstitution
		}
		if p.gender == institutionGender && p.country == "" && rv.namesInstitution(ps, p) {
			// "Russian forces captured two villages, the Defence Ministry
			// said": a ministry without a country is the country the
			// sentence names.
			if co := rv.countryOfSentence(ps, u, p.tokRange); co != "" {
				return rv.government(co), ByInstitution
			}
		}
		if gov := rv.officeOfRole(ps, u, p); gov.valid() {
			return gov, ByInstitution
		}
		if p.official {
			// Only the official of the last attribution, when a side's:
			// "a source familiar with the talks" is no one's side.
			if rv.lastOfficial.institution {
				return rv.lastOfficial, ByInstitution
			}
			return speakerRef{}, ""
		}
		head := ps.toks[p.hi-1].lower
		if p.gender == documentGender && issuerUnknown(ps.toks, p.tokRange) {
			return speakerRef{}, "" // "according to a PMO statement": a new document of an issuer not known
		}
		sp := rv.anaphor(p, head)
		if p.gender == 'm' || p.gender == 'f' {
			// "Rossi raised tariffs, according to her office": the one the
			// sentence names as its subject before the phrase comes before
			// whoever spoke last.
			if subj := rv.unitSubjectBefore(ps, u, p); subj.valid() {
				sp = subj
			}
		}
		if (p.gender == 'm' || p.gender == 'f') && rv.c.idx.staffNouns[head] && sp.who != nil {
			// "his office said", "her spokesman said": the side the person
			// leads speaks.
			if gov := rv.government(sp.country); gov.valid() && rv.ppl.leader(sp.country) == sp.who {
				return gov, ByInstitution
			}
		}
		if (p.gender == 'm' || p.gender == 'f') && rv.c.idx.staffNouns[head] && !sp.valid() {
			// "Yudhoyono's office says …. The statement read …. …, his
			// office says": a pronoun no one person answers is the office
			// that spoke last.
			for _, r := range rv.recent {
				if r.institution {
					return r, ByInstitution
				}
			}
		}
		return sp, ByPronoun
	}
	return speakerRef{}, ""
}

// govDocuments are the texts only a government or an institution issues:
// "the readout said" refers back to the last of them, not to the last
// person who spoke.
var govDocuments = map[string]bool{"readout": true, "communique": true, "communiqué": true}

// person resolves the name in a phrase to a person, registering a name
// met for the first time when it surely is one.
func (rv *resolver) person(ps *paraScan, u unit, p speakerPhrase, titled bool) *person {
	parts := nameParts(ps.toks, p.name)
	if len(parts) == 0 {
		return nil
	}
	who := rv.ppl.find(parts)
	office := p.office
	if who == nil {
		if !titled && !rv.surelyName(ps, u, p.name, parts) {
			return nil
		}
		who = rv.ppl.add(parts, p.country, office, p.gender)
	} else {
		rv.ppl.learn(who, p.country, office, p.gender, p.staff)
		if len(parts) > len(who.parts) && len(who.known) == 0 {
			rv.ppl.know(who, parts)
		}
	}
	who.staff = who.staff || p.staff
	if len(parts) == 1 {
		rv.ppl.used(who, parts[0])
	}
	if who.principal == nil && !p.principal.empty() {
		who.principal = rv.principal(ps, u, p)
	}
	if who.country == "" && who.principal != nil && who.principal.country != "" {
		rv.ppl.learn(who, who.principal.country, -1, 0, false)
	}
	return who
}

// principal resolves whom a staff phrase speaks for ("Putin" in "Putin's
// spokesman Dmitry Peskov").
func (rv *resolver) principal(ps *paraScan, u unit, p speakerPhrase) *person {
	parts := nameParts(ps.toks, p.principal)
	if len(parts) == 0 {
		return nil
	}
	return rv.ppl.find(parts)
}

// learnInitials records the short form in brackets right after speaker
// phrase p ("… Office (PMO) said") as a name of sp, an institution.
func (rv *resolver) learnInitials(ps *paraScan, p speakerPhrase, sp speakerRef) {
	k := p.hi
	if !sp.institution || p.empty() || k+2 >= len(ps.toks) || ps.toks[k].text != "(" || ps.toks[k+2].text != ")" {
		return
	}
	if w := initialsOf(ps.toks, tokRange{k + 1, k + 2}); w != "" {
		if rv.initials == nil {
			rv.initials = map[string]speakerRef{}
		}
		rv.initials[w] = sp
	}
}

// initialsOf is the word of r when r is one word in capitals of two to
// five letters, after "the" or not ("the PMO", "MOFA"); else "".
func initialsOf(toks []tok, r tokRange) string {
	if r.hi-r.lo == 2 && toks[r.lo].lower == "the" {
		r.lo++
	}
	if r.hi-r.lo != 1 {
		return ""
	}
	w := toks[r.lo].text
	if len(w) < 2 || len(w) > 5 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return ""
	}
	return w
}

// officeOfRole resolves the office of a person named by role ("the
// President's Office said", "the prime minister's office said"): the
// government of the country whose leader holds that role; else no one.
func (rv *resolver) officeOfRole(ps *paraScan, u unit, p speakerPhrase) speakerRef {
	if p.principal.empty() || p.hi-1 < p.lo || !rv.c.idx.staffNouns[ps.toks[p.hi-1].lower] {
		return speakerRef{}
	}
	lo := p.principal.lo
	if lo > u.lo && determiners[ps.toks[lo-1].lower] {
		lo-- // "the" belongs to the role: "the President's"
	}
	// The role without its possessive ending, read as a phrase of its own.
	toks := append([]tok(nil), ps.toks[lo:p.principal.hi]...)
	last := &toks[len(toks)-1]
	if !isPossessive(*last) {
		return speakerRef{}
	}
	cut := len(last.lower) - 2
	last.lower, last.text = last.lower[:cut], last.text[:min(cut, len(last.text))]
	px := phraser{c: rv.c, toks: toks, lo: 0, hi: len(toks)}
	role := px.analyze(tokRange{0, len(toks)})
	if role.shape != shapeRole {
		return speakerRef{}
	}
	sp := rv.roleSpeaker(ps, u, role)
	if sp.institution {
		return sp
	}
	if sp.who != nil && sp.country != "" && rv.ppl.leader(sp.country) == sp.who {
		return rv.government(sp.country)
	}
	return speakerRef{}
}

// surelyName tells whether an untitled run of capitalised words is a name:
// not a function word, and — for one word at the start of a sentence — a
// word the article also capitalises elsewhere, or never writes in lower
// case ("Officials said" is no one).
func (rv *resolver) surelyName(ps *paraScan, u unit, r tokRange, parts []string) bool {
	if notNames[strings.ToLower(parts[0])] || functionWord(strings.ToLower(parts[0])) {
		return false
	}
	if len(parts) == 1 && compoundModifier(parts[0]) {
		return false // "An English-language statement on the site said"
	}
	if len(parts) > 1 {
		return !bodyNouns[strings.ToLower(parts[len(parts)-1])]
	}
	w := parts[0]
	lower := strings.ToLower(w)
	atStart := r.lo == u.lo || r.lo > u.lo && (ps.toks[r.lo-1].openQuote() >= 0 || !ps.toks[r.lo-1].word && ps.toks[r.lo-1].text != ",")
	if atStart && !rv.ppl.midCaps[w] {
		if rv.ppl.lowerSeen[lower] || strings.HasSuffix(lower, "ing") || strings.HasSuffix(lower, "ed") {
			return false
		}
	}
	if r.lo > 0 && (ps.toks[r.lo-1].lower == "the" || ps.toks[r.lo-1].lower == "a") {
		return false // "the Guardian said": an organisation, unless the article named such a person
	}
	return true
}

// nameParts joins the words of a name, dropping a possessive ending.
func nameParts(toks []tok, r tokRange) []string {
	var parts []string
	for k := r.lo; k < r.hi && k < len(toks); k++ {
		w := toks[k].text
		if k == r.hi-1 {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'"), "’")
		}
		if w != "" {
			parts = append(parts, w)
		}
	}
	return parts
}

func (rv *resolver) personRef(who *person) speakerRef {
	return speakerRef{name: who.name, country: who.country, who: who}
}

// government is the speaker for a country's government.
func (rv *resolver) government(country string) speakerRef {
	co := rv.c.Country(country)
	if co == nil {
		return speakerRef{}
	}
	return speakerRef{name: orElse(co.Government.Name, co.Code), country: co.Code, institution: true}
}

// roleSpeaker resolves an office without a name: the person the article
// names in that role ("the Chinese leader" is Xi); a staff member speaks
// for their principal's or their country's government; an office the
// article binds to nobody is its holder's government when it is the
// leader's, never a new account.
func (rv *resolver) roleSpeaker(ps *paraScan, u unit, p speakerPhrase) speakerRef {
	country := p.country
	if country == "" && p.staff {
		country = rv.unitCountry(ps, u)
	}
	if p.staff {
		if who := rv.principal(ps, u, p); who != nil && who.country != "" {
			return rv.government(who.country)
		}
		if country != "" {
			return rv.government(country)
		}
		if p.forUnknown {
			return speakerRef{}
		}
		for _, r := range rv.recent {
			if r.institution || r.who != nil && r.who.staff {
				return r
			}
		}
		return speakerRef{}
	}
	if p.office < 0 {
		return speakerRef{}
	}
	if country == "" {
		// "the president said": the last speaker in that office, or the
		// only person the article gives it, or the one of the country the
		// sentence names an institution of ("… at the White House").
		for _, r := range rv.recent {
			if r.who != nil && rv.holds(r.who, p.office) {
				return r
			}
		}
		if who := rv.ppl.holder(p.office); who != nil {
			return rv.personRef(who)
		}
		if country = rv.unitCountry(ps, u); country == "" {
			return speakerRef{}
		}
	}
	if who := rv.ppl.role(country, p.office); who != nil {
		return rv.personRef(who)
	}
	// "Zelensky dismissed the plan. “…,” the Ukrainian president said":
	// the person just spoken of, whose country and office the article has
	// not given, is the one the description names.
	if len(rv.recent) > 0 {
		if r := rv.recent[0]; r.who != nil && r.who.country == "" && r.who.office < 0 {
			rv.ppl.learn(r.who, country, p.office, 0, false)
			r.country = country
			return r
		}
	}
	office := rv.c.Offices[p.office].Office
	if co := rv.c.Country(country); co != nil && (office == co.Head || office == "leader") {
		return rv.government(country)
	}
	name := office
	if co := rv.c.Country(country); co != nil && len(co.Adjectives) > 0 {
		name = co.Adjectives[len(co.Adjectives)-1] + " " + office
	}
	return speakerRef{name: name, country: country}
}

// holds tells whether who holds office, or an office it names in general
// ("the minister" is the foreign minister the article just quoted).
func (rv *resolver) holds(who *person, office int) bool {
	if who.office < 0 {
		return false
	}
	if who.office == office {
		return true
	}
	if office == rv.ppl.leaderOffice() && rv.leads(who) {
		return true // "the head of state added": the president just quoted
	}
	return strings.HasSuffix(rv.c.Offices[who.office].Office, " "+rv.c.Offices[office].Office)
}

// leads tells whether who holds the office that leads their country, or,
// their country unknown, an office that leads some country.
func (rv *resolver) leads(who *person) bool {
	office := rv.c.Offices[who.office].Office
	if co := rv.c.Country(who.country); co != nil {
		return co.Head == office
	}
	for _, co := range rv.c.Countries {
		if co.Head == office {
			return true
		}
	}
	return false
}

// unitCountry is the country of an institution or official channel the
// unit names outside quotations ("In a Kremlin readout, a spokesman
// said"), or "".
func (rv *resolver) unitCountry(ps *paraScan, u unit) string {
	for k := u.lo; k < u.hi; k++ {
		if ps.toks[k].quote {
			continue
		}
		if cu, n := rv.c.idx.longest(ps.toks, k, cueChannel, cueInstitution); n > 0 {
			switch cu.kind {
			case cueChannel:
				if ch := rv.c.Channels[cu.ref]; ch.Official {
					return ch.Country
				}
			case cueInstitution:
				return rv.c.Institutions[cu.ref].Country
			}
			k += n - 1
		}
	}
	return ""
}

// lastInstitutionOtherThan tells whether the last speaker was an
// institution of another country than co.
func (rv *resolver) lastInstitutionOtherThan(co string) bool {
	return len(rv.recent) > 0 && rv.recent[0].institution && rv.recent[0].country != co
}

// onlyStateOutletCountry is the country of the official outlets the
// attributions name, when they are all one country's, or "".
func onlyStateOutletCountry(c *Catalog, phrases []cuePhrases) string {
	found := ""
	for _, ph := range phrases {
		for _, p := range []speakerPhrase{ph.speaker, ph.source} {
			if p.channel < 0 || p.channel >= len(c.Channels) {
				continue
			}
			ch := c.Channels[p.channel]
			if !ch.Official || !ch.Outlet || ch.Country == "" {
				continue
			}
			if found != "" && found != ch.Country {
				return ""
			}
			found = ch.Country
		}
	}
	return found
}

// onlyStateMediaLeader is the one country, of those whose leader the
// article names, that the catalog knows state media for: "…, state
// television reported" in a story on Xi and Macron is China's. With two
// such countries (Xi and Putin) it is "".
func (rv *resolver) onlyStateMediaLeader() string {
	return rv.onlyLed(maps.Keys(rv.c.idx.stateMedia))
}

// stateOutletLookback bounds how many earlier attributions a state outlet
// without a country looks back over, so resolution stays linear.
const stateOutletLookback = 24

// lastStateOutlet is the country of the official outlet an earlier
// attribution named as its source (Xinhua, TASS), or "".
func lastStateOutlet(c *Catalog, done []resolution, i int) string {
	for j := i - 1; j >= 0 && j >= i-stateOutletLookback; j-- {
		if src := done[j].source; src >= 0 && src < len(c.Channels) && c.Channels[src].Official && c.Channels[src].Outlet {
			return c.Channels[src].Country
		}
	}
	return ""
}

// reportedCountry is the country of the last person an earlier cue of
// the unit (from first up to i) names, or "".
// describedAfter tells whether a description set off by a comma follows
// a name that ends at k ("Jorge Vidal, a trade analyst").
func describedAfter(toks []tok, k int) bool {
	if k+1 >= len(toks) || toks[k].text != "," {
		return false
	}
	switch t := toks[k+1]; {
	case t.lower == "a" || t.lower == "an" || t.lower == "the" || isPossessive(t):
		return !t.quote
	}
	return false
}

// unnamedStaffBefore is the country of the cue just before cue i when
// it is one side's staff named by office alone ("a German government
// spokesman said"), in the same paragraph or the one before; "" when it
// is not.
func unnamedStaffBefore(cues []attrCue, phrases []cuePhrases, done []resolution, i int) string {
	j := i - 1
	if j < 0 || cues[i].para-cues[j].para > 1 {
		return ""
	}
	p := phrases[j].speaker
	if !p.staff || !p.name.empty() {
		return ""
	}
	return done[j].sp.country
}

func reportedCountry(done []resolution, i, first int) string {
	for j := i - 1; j >= first; j-- {
		if sp := done[j].sp; sp.valid() && !sp.institution && sp.country != "" {
			return sp.country
		}
	}
	return ""
}

// namesInstitution tells whether a phrase names a kind of institution
// ("the Defence Ministry") rather than a document ("the readout").
func (rv *resolver) namesInstitution(ps *paraScan, p speakerPhrase) bool {
	for k := p.lo; k < p.hi; k++ {
		if _, n := rv.c.idx.longest(ps.toks, k, cueInstNoun); n > 0 {
			return true
		}
	}
	return false
}

// countryNamed is the first country the unit names outside the phrase r
// and outside quotations (an adjective or a name), or "".
// countryOfSentence is the first country the unit names outside r that is
// not the adjective of an office: "Russian forces captured two villages,
// the ministry said" is Russia's ministry, but "since the American
// president took office, the presidency said" names the other side's
// leader, not whose presidency speaks.
func (rv *resolver) countryOfSentence(ps *paraScan, u unit, r tokRange) string {
	for k := u.lo; k < u.hi; k++ {
		if ps.toks[k].quote || k >= r.lo && k < r.hi {
			continue
		}
		cu, n := rv.c.idx.longest(ps.toks, k, cueCountryAdj, cueCountryName)
		if n == 0 {
			continue
		}
		if _, office := rv.c.idx.longest(ps.toks, k+n, cueOffice); office > 0 && cu.kind == cueCountryAdj {
			k += n + office - 1
			continue
		}
		return rv.c.Countries[cu.ref].Code
	}
	return ""
}

func (rv *resolver) countryNamed(ps *paraScan, u unit, r tokRange) string {
	for k := u.lo; k < u.hi; k++ {
		if ps.toks[k].quote || k >= r.lo && k < r.hi {
			continue
		}
		if cu, n := rv.c.idx.longest(ps.toks, k, cueCountryAdj, cueCountryName); n > 0 {
			return rv.c.Countries[cu.ref].Code
		}
	}
	return ""
}

// pronoun resolves "he", "she" or "it" to the most recent speaker or
// subject that fits; gender 0 ("the 78-year-old") fits any person.
func (rv *resolver) pronoun(g byte) speakerRef {
	for _, r := range rv.recent {
		if g == institutionGender {
			if r.institution {
				return r
			}
			continue
		}
		if r.institution || r.who == nil || contains(rv.notHim, r.name) {
			continue
		}
		if g == 0 {
			return r
		}
		if r.who.gender != 0 && r.who.gender != g {
			continue
		}
		r.who.gender = g
		return r
	}
	return speakerRef{}
}

// unitSubjectBefore is the person named as the unit's subject when the
// pronoun phrase p comes later in the unit and the person's gender fits,
// or no one.
func (rv *resolver) unitSubjectBefore(ps *paraScan, u unit, p speakerPhrase) speakerRef {
	px := phraser{c: rv.c, toks: ps.toks, lo: u.lo, hi: u.hi}
	k := px.afterFronted(bodyStart(ps, u))
	if k >= p.lo || k >= u.hi || ps.toks[k].quote {
		return speakerRef{}
	}
	end := px.npRightEnd(k)
	if end <= k || end > p.lo {
		return speakerRef{}
	}
	sp := px.analyze(tokRange{k, end})
	if sp.shape != shapeName {
		return speakerRef{}
	}
	who := rv.ppl.find(nameParts(ps.toks, sp.name))
	if who == nil || who.staff || who.gender != 0 && who.gender != p.gender || contains(rv.notHim, who.name) {
		return speakerRef{}
	}
	return rv.personRef(who)
}

// institutionBefore is the government of the one institution named
// before pronoun phrase p in its unit, or else in the paragraph before,
// or no one (none, or two of different countries).
func (rv *resolver) institutionBefore(para int, u unit, p speakerPhrase) speakerRef {
	if co := rv.onlyInstitution(rv.paras[para].toks, tokRange{u.lo, p.lo}); co != "" {
		return rv.government(co)
	}
	if para > 0 {
		prev := rv.paras[para-1].toks
		if co := rv.onlyInstitution(prev, tokRange{0, len(prev)}); co != "" {
			return rv.government(co)
		}
	}
	return speakerRef{}
}

// onlyInstitution is the country of the institutions toks[r] names
// outside quotations, when they are all one country's, or "".
func (rv *resolver) onlyInstitution(toks []tok, r tokRange) string {
	found := ""
	for k := r.lo; k < r.hi && k < len(toks); k++ {
		if toks[k].quote {
			continue
		}
		cu, n := rv.c.idx.longest(toks, k, cueInstitution)
		if n == 0 {
			continue
		}
		co := rv.c.Institutions[cu.ref].Country
		if found != "" && co != found {
			return ""
		}
		found = co
		k += n - 1
	}
	return found
}

// namedBeforeWindow bounds how far back in its sentence a pronoun looks
// for a name, so a sentence of any length costs the same per pronoun.
const namedBeforeWindow = 40

// namedBefore is the nearest person the unit names before the pronoun
// phrase p whose gender does not rule them out, or no one.
func (rv *resolver) namedBefore(ps *paraScan, u unit, p speakerPhrase) speakerRef {
	for k := p.lo - 1; k >= u.lo && k >= p.lo-namedBeforeWindow; k-- {
		t := ps.toks[k]
		if !t.word || !t.cap || t.quote {
			continue
		}
		who := rv.ppl.find(nameParts(ps.toks, tokRange{k, k + 1}))
		if who == nil || who.staff || p.gender != 0 && who.gender != 0 && who.gender != p.gender {
			continue
		}
		return rv.personRef(who)
	}
	return speakerRef{}
}

// reportedSpeakers are the speakers of the cues a trailing attribution at
// cue i reports within its unit (from first): a clause ending right before
// its comma ("Kyiv is ready to buy more and Trump had confirmed that
// Washington would help, he added", "Putin briefed Xi on the talks, he
// said") is someone's report of them, not their own words, so a pronoun
// there means someone else. A quotation
// before the comma may be the same speaker's going on ("“A,” Trump said,
// “B,” he added").
func (rv *resolver) reportedSpeakers(cues []attrCue, phrases []cuePhrases, done []resolution, i, first int) []string {
	cu := &cues[i]
	p := phrases[i].speaker
	if cu.after >= 0 || cu.form != formFinite || p.inverted || p.lo < 2 {
		return nil
	}
	toks := rv.paras[cu.para].toks
	if toks[p.lo-1].text != "," || toks[p.lo-2].closeQuote() >= 0 || toks[p.lo-2].quote {
		return nil
	}
	if e := attributionEnd(cu, p); e+1 < len(toks) && toks[e].text == "," && continuesClause(toks[e+1]) {
		return nil // "…, he said, would be Putin": inside the speaker's own clause
	}
	var out []string
	for j := max(first, i-cueWindow); j < i; j++ {
		if c := cues[j]; done[j].valid() && c.afterBy != byQuote && c.afterBy != byColon {
			out = append(out, done[j].sp.name)
		}
	}
	return out
}

// quotedOthers are the persons named inside a quotation in the first
// person that a pronoun's attribution closes ("“My talk with @JoeBiden
// went well,” he added"): whoever says "my talk with Biden" is not Biden.
func (rv *resolver) quotedOthers(ps *paraScan, p speakerPhrase) []string {
	k := p.lo - 1
	if k >= 0 && ps.toks[k].text == "," {
		k--
	}
	if k < 0 || ps.toks[k].closeQuote() < 0 && (k == 0 || ps.toks[k-1].closeQuote() < 0) {
		return nil
	}
	end := k
	lo := end
	for lo > 0 && ps.toks[lo-1].quote {
		lo--
	}
	first := false
	var out []string
	for j := lo; j <= end; j++ {
		t := ps.toks[j]
		first = first || firstPerson[t.lower]
		if !t.word || !t.cap {
			continue
		}
		parts := []string{t.text}
		if j > 0 && ps.toks[j-1].text == "@" {
			parts = handleParts(t.text) // "@JoeBiden"
		}
		if who := rv.ppl.find(parts); who != nil {
			out = append(out, who.name)
		}
	}
	if !first {
		return nil
	}
	return out
}

// handleParts splits a social-media handle at its capitals: "JoeBiden"
// is Joe Biden.
func handleParts(h string) []string {
	var out []string
	start := 0
	for i, r := range h {
		if i > start && unicode.IsUpper(r) {
			out = append(out, h[start:i])
			start = i
		}
	}
	return append(out, h[start:])
}

// anaphor resolves a reference back: "the readout" or "the statement" is
// whoever spoke last; "the agency", "the ministry" the last institution;
// "his office" the last man.
func (rv *resolver) anaphor(p speakerPhrase, head string) speakerRef {
	switch p.gender {
	case documentGender:
		if rv.lastMedia && !govDocuments[head] {
			return speakerRef{} // "Kyodo reported … The report said": the outlet's, no side's
		}
		if govDocuments[head] {
			for _, r := range rv.recent {
				if r.institution {
					return r
				}
			}
			// Only a side issues a readout: one the article gives no
			// side ("Ahval obtained the readout") is who has it, not
			// whose it is.
			return rv.sideRef(rv.lastSource)
		}
		if rv.lastSource.valid() {
			return rv.lastSource
		}
		if len(rv.recent) > 0 {
			return rv.recent[0]
		}
	case 'm', 'f':
		return rv.pronoun(p.gender)
	default:
		for _, r := range rv.recent {
			if r.institution {
				return r
			}
		}
		if p.country != "" {
			return rv.government(p.country)
		}
	}
	return speakerRef{}
}

// readoutOfSubject is whose readout "according to the readout" means
// when no side spoke before it: the government of the clause's subject
// ("According to the readout, Biden thanked …"), as a readout tells of
// its own leader.
func (rv *resolver) readoutOfSubject(ps *paraScan, u unit, at int) speakerRef {
	if sp := rv.subjectAt(ps, u, at); sp.country != "" {
		return rv.government(sp.country)
	}
	return speakerRef{}
}

// sideRef is s when the article gives it a side, else the most recent
// speaker it gives one.
func (rv *resolver) sideRef(s speakerRef) speakerRef {
	if s.valid() && s.country != "" {
		return s
	}
	for _, r := range rv.recent {
		if r.country != "" {
			return r
		}
	}
	return speakerRef{}
}

// context resolves a participle or a joined verb ("…, adding that",
// "and warned that"): the speaker of the cue before it in the unit, else
// the unit's subject, else the last speaker.
func (rv *resolver) context(cues []attrCue, done []resolution, i, first int, u unit) (speakerRef, int) {
	if sp := rv.butSubject(cues, i, first, u); sp.valid() {
		return sp, -1
	}
	for k := i - 1; k >= first; k-- {
		if done[k].valid() {
			return done[k].sp, k
		}
	}
	cu := &cues[i]
	ps := &rv.paras[cu.para]
	px := phraser{c: rv.c, toks: ps.toks, lo: u.lo, hi: u.hi}
	k := px.afterFronted(bodyStart(ps, u))
	if end := px.npRightEnd(k); end > k && (end <= cu.vLo || cu.vLo < k) {
		// The sentence's subject speaks, or no one: "the two presidents
		// discussed …, noting …" is neither side's; "Acknowledging his
		// win, Trump tweeted …": a participle fronted before the subject
		// is the subject's.
		if end < cu.vLo && ps.toks[end].lower == "and" && !ps.toks[end].quote && cu.form == formParticiple {
			// "Lin and Hale spoke …, underlining …": a participle of a
			// joint subject is neither side's.
			return speakerRef{}, -1
		}
		p := px.analyze(tokRange{k, end})
		switch p.shape {
		case shapeName:
			if who := rv.person(ps, u, p, p.titled); who != nil {
				return rv.personRef(who), -1
			}
		case shapeRole, shapeInstitution, shapeOutlet, shapePronoun, shapeAnaphor:
			sp, _ := rv.phraseSpeaker(ps, u, p)
			return sp, -1
		}
		return speakerRef{}, -1
	}
	if len(rv.recent) > 0 {
		return rv.recent[0], -1
	}
	return speakerRef{}, -1
}

// butSubject is the named subject of the clause that "but", "while" or
// "whereas" opens after the unit's last cue before i and before cue i
// itself ("China and Canada reached a deal, but Kim ruled out more, and
// denied …"): a joined verb goes with that nearer clause.
func (rv *resolver) butSubject(cues []attrCue, i, first int, u unit) speakerRef {
	cu := &cues[i]
	ps := &rv.paras[cu.para]
	lo := u.lo
	if i > first {
		lo = cues[i-1].vHi
	}
	for b := cu.vLo - 1; b >= lo; b-- {
		t := ps.toks[b]
		if t.quote || !(t.lower == "but" || t.lower == "while" || t.lower == "whereas") {
			continue
		}
		px := phraser{c: rv.c, toks: ps.toks, lo: u.lo, hi: u.hi}
		end := px.npRightEnd(b + 1)
		if end <= b+1 || end >= cu.vLo {
			return speakerRef{}
		}
		p := px.analyze(tokRange{b + 1, end})
		if p.shape != shapeName {
			return speakerRef{}
		}
		if who := rv.person(ps, u, p, p.titled); who != nil {
			return rv.personRef(who)
		}
		return speakerRef{}
	}
	return speakerRef{}
}

// outletOf is the channel an outlet phrase names: a catalog outlet, a
// country's state media, or an outlet the catalog does not know, by name
// ("the state-run news agency RIA Novosti").
func (rv *resolver) outletOf(ps *paraScan, p speakerPhrase) (int, string) {
	if p.channel >= 0 {
		return p.channel, ""
	}
	if !p.name.empty() && (p.shape == shapeOutlet || p.shape == shapeMedia) {
		return -1, strings.Join(nameParts(ps.toks, p.name), " ")
	}
	if p.shape == shapeMedia && !p.empty() {
		// "Axios reported that Trump promised …": what the outlet reports
		// reached the article through it, not through the leader's remarks.
		return -1, mediaName(ps.toks, p.tokRange)
	}
	if p.stateMedia && p.country != "" {
		if ch, ok := rv.c.idx.stateMedia[p.country]; ok {
			return ch, ""
		}
		if co := rv.c.Country(p.country); co != nil && len(co.Adjectives) > 0 {
			return -1, co.Adjectives[len(co.Adjectives)-1] + " state media"
		}
	}
	return -1, ""
}

// mediaName is the name of a news organisation in phrase r, without its
// article or a following "source": "the BBC" → "BBC".
func mediaName(toks []tok, r tokRange) string {
	var ws []string
	for k := r.lo; k < r.hi; k++ {
		t := toks[k]
		if !t.word || t.quote || determiners[t.lower] || !t.cap && len(ws) > 0 {
			continue
		}
		ws = append(ws, t.text)
	}
	return strings.Join(ws, " ")
}

// officialChannel is the first official channel of a country: where its
// government's account is published.
func (rv *resolver) officialChannel(country string) int {
	return officialChannelOf(rv.c, country)
}

// linkCues finds cues that report one another within a unit. A cue whose
// clause opens with another cue's speaker ("The Kremlin said Putin told
// Trump that …", "According to the readout, Biden stressed …") hands its
// clause to the inner cue, and tells whose account it is: a person's
// report of another's words is the reporter's account ("Ushakov said
// Trump emphasized …"); a government's or its outlet's report is the
// inner speaker's account through its channel — or, when the inner
// speaker is another country's, that government's account of them.
func (rv *resolver) linkCues(cues []attrCue, phrases []cuePhrases, res []resolution) {
	for i := range cues {
		if cues[i].after < 0 || !res[i].valid() && res[i].source < 0 && res[i].sourceName == "" {
			continue
		}
		toks := rv.paras[cues[i].para].toks
		for j := i + 1; j < len(cues) && j <= i+cueWindow && cues[j].para == cues[i].para && cues[j].unit == cues[i].unit; j++ {
			if !res[j].valid() || res[j].outer >= 0 || cues[j].form == formParticiple || cues[j].after < 0 {
				continue
			}
			p := phrases[j].speaker
			start := p.lo
			if p.empty() || p.inverted {
				start = cues[j].vLo
			}
			// The inner cue opens the clause ("said Putin told …"), or a
			// clause joined to it ("said that A and that Macron had told …").
			// "said that during the call, Trump promised …": a phrase
			// fronted in the clause stands before its subject.
			px := phraser{c: rv.c, toks: toks, lo: cues[i].after, hi: len(toks)}
			opens := start == cues[i].after || start > cues[i].after && start == px.afterFronted(cues[i].after)
			joined := start > cues[i].after && start-1 >= 0 && toks[start-1].lower == "that" && !toks[start-1].quote &&
				start-2 > cues[i].after && (toks[start-2].lower == "and" || toks[start-2].text == ",")
			if !opens && !joined && !complementWith(toks, cues[j], cues[i].after) {
				continue
			}
			if opens {
				res[i].inner = j
			}
			res[j].outer = i
			res[j].owner = rv.reporter(res[i].sp, res[j].sp)
			if opens {
				break
			}
		}
	}
}

// complementWith tells whether cue c is a participle after a "with" that
// completes a verb inside the clause reported from after on ("said the
// call began with Trump announcing …"), not an absolute set off by a
// comma ("…, with Trump saying …"): the participle is part of the report.
func complementWith(toks []tok, c attrCue, after int) bool {
	w := c.vLo
	if c.form != formWith || toks[w].lower != "with" || w-1 <= after {
		return false
	}
	prev := toks[w-1]
	return prev.word && !prev.quote && !conjunctions[prev.lower]
}

// linkAsides links a cue whose subject is set off from its verb by an
// attribution of its own to that attribution: "Hamdi, the presidency
// said, welcomed the offer" is the presidency's account of Hamdi.
func linkAsides(cues []attrCue, phrases []cuePhrases, res []resolution) {
	for j := range cues {
		asides := phrases[j].speaker.asides
		if len(asides) == 0 || !res[j].valid() || res[j].outer >= 0 {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-cueWindow && cues[i].para == cues[j].para; i-- {
			if res[i].inner >= 0 || !res[i].valid() || !insideAny(cues[i].head, asides) {
				continue
			}
			res[i].inner, res[j].outer = j, i
			res[j].owner = reporterOf(res[i].sp, res[j].sp)
			break
		}
	}
}

// insideAny tells whether token k lies in one of the ranges.
func insideAny(k int, rs []tokRange) bool {
	for _, r := range rs {
		if k >= r.lo && k < r.hi {
			return true
		}
	}
	return false
}

// reporterCountry is the country of the speaker whose clause cue j's
// speaker phrase opens, or "".
func (rv *resolver) reporterCountry(cues []attrCue, phrases []cuePhrases, done []resolution, j, from int) string {
	start := phrases[j].speaker.lo
	for i := max(from, j-cueWindow); i < j; i++ {
		if cues[i].after >= 0 && cues[i].after == start && done[i].valid() {
			return done[i].sp.country
		}
	}
	return ""
}

// cueWindow is how many cues of a unit before a cue the passes look at
// for the one reporting it: a sentence has a few, and a pathological unit
// (a quotation left open for pages) stays linear.
const cueWindow = 16

// inThatClause tells whether a speaker phrase opens a clause of "that"
// ("… said the talks were good and that Trump had proposed …"): it is
// reported, not the sentence's main speaker.
func inThatClause(toks []tok, p speakerPhrase) bool {
	return !p.empty() && !p.inverted && p.lo > 0 && toks[p.lo-1].lower == "that" && !toks[p.lo-1].quote
}

// opensClauseOf tells whether cue j's speaker phrase opens what an
// earlier cue of its unit says ("The Kremlin said Putin told …"): j is
// reported by it. from is the first cue of the unit.
func opensClauseOf(cues []attrCue, phrases []cuePhrases, j, from int) bool {
	start := phrases[j].speaker.lo
	if p := phrases[j].speaker; p.empty() || p.inverted {
		start = cues[j].vLo
	}
	for i := max(from, j-cueWindow); i < j; i++ {
		if cues[i].after >= 0 && cues[i].after == start {
			return true
		}
	}
	return false
}

// linkCoordinated links a cue coordinated with the inner cue of a report
// to the same reporter: "Ushakov said Trump raised the issue of …, and
// Putin said Russia was ready …" is Ushakov's account of both leaders. It
// needs the report to tell who said what already (an inner cue): "The
// Kremlin said the talks were useful, and Trump said …" is two sources.
func (rv *resolver) linkCoordinated(cues []attrCue, phrases []cuePhrases, res []resolution) {
	for j := range cues {
		if !res[j].valid() || res[j].outer >= 0 || res[j].inner >= 0 || res[j].sp.who == nil || cues[j].form != formFinite {
			continue
		}
		p := phrases[j].speaker
		if p.empty() || p.inverted || p.lo < 2 {
			continue
		}
		toks := rv.paras[cues[j].para].toks
		if toks[p.lo-1].lower != "and" || toks[p.lo-1].quote || toks[p.lo-2].text != "," {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-cueWindow && cues[i].para == cues[j].para && cues[i].unit == cues[j].unit; i-- {
			if in := res[i].inner; in >= 0 && in < j && res[in].sp.who != nil && res[i].outer < 0 {
				res[j].outer = i
				res[j].owner = rv.reporter(res[i].sp, res[j].sp)
				break
			}
		}
	}
}

// linkAfterTrailing links a speech act joined by ", and" right after a
// trailing attribution to it: "Putin briefed Xi on the talks, Ushakov
// said, and Xi expressed support for them" is Ushakov's account of both
// leaders. A plain "said" after it is the new speaker's own ("…, Peskov
// said, and Trump said …"), and so is anything after a quotation's
// attribution ("“…,” Trump said, and Putin urged …").
func (rv *resolver) linkAfterTrailing(cues []attrCue, phrases []cuePhrases, res []resolution) {
	for j := range cues {
		cj := &cues[j]
		if !res[j].valid() || res[j].outer >= 0 || cj.form != formFinite || cj.verb == nil ||
			cj.verb.Class == verbSay || cj.verb.Class == verbWrite {
			continue
		}
		p := phrases[j].speaker
		if p.empty() || p.inverted || p.lo < 3 {
			continue
		}
		toks := rv.paras[cj.para].toks
		if toks[p.lo-1].lower != "and" || toks[p.lo-1].quote || toks[p.lo-2].text != "," {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-cueWindow && cues[i].para == cj.para && cues[i].unit == cj.unit; i-- {
			ci := &cues[i]
			if ci.after >= 0 || !res[i].valid() || attributionEnd(ci, phrases[i].speaker) != p.lo-2 {
				continue
			}
			if s := phrases[i].speaker; s.lo < 1 || s.inverted || toks[s.lo-1].text != "," || toks[max(s.lo-2, 0)].closeQuote() >= 0 {
				break // a quotation's attribution, or not a trailing one
			}
			if res[i].sp.name != res[j].sp.name {
				res[j].outer = i
				res[j].owner = rv.reporter(res[i].sp, res[j].sp)
			}
			break
		}
	}
}

// reporter is whose account words of sp are when outer reports them.
func (rv *resolver) reporter(outer, sp speakerRef) speakerRef {
	return reporterOf(outer, sp)
}

// reporterOf is whose account words of sp are when outer reports them: a
// person's who relays them, a government's that reports the other side.
func reporterOf(outer, sp speakerRef) speakerRef {
	switch {
	case !outer.valid():
		return sp
	case !outer.institution:
		return outer
	case sp.country != "" && outer.country != "" && sp.country != outer.country:
		return outer
	}
	return sp
}

// issuerUnknown tells whether a document phrase brings in a new document
// by an issuer's capitalised name the catalog does not know ("a PMO
// statement"): an indefinite article, then a capitalised word before the
// document's noun. Such a phrase refers back to no one.
func issuerUnknown(toks []tok, r tokRange) bool {
	if r.hi-r.lo < 3 || toks[r.lo].lower != "a" && toks[r.lo].lower != "an" {
		return false
	}
	for k := r.lo + 1; k < r.hi-1; k++ {
		if toks[k].cap && !toks[k].quote {
			return true
		}
	}
	return false
}

// unnamedOfficial tells whether a phrase introduces an official without
// a name or a side: "a senior official", "officials" — not "sources" or
// "a diplomat", who may speak for anyone, nor "the official", who refers
// back.
func unnamedOfficial(toks []tok, p speakerPhrase) bool {
	if p.empty() || definite[toks[p.lo].lower] {
		return false
	}
	head := toks[p.hi-1].lower
	return head == "official" || head == "officials"
}
