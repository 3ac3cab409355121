package sources

import "strings"

type mentionKind int

const (
	mNone mentionKind = iota
	mPerson
	mPronoun
	mInstitution
	mOutlet
	mRole    // a description that no person was bound to
	mInherit // "and added", ", adding": the subject of the previous verb
)

// mention is a reference to a possible speaker in the token stream.
type mention struct {
	kind       mentionKind
	who        *person
	name       string // institution, role or unresolved name
	country    string
	channel    int  // catalog channel of an outlet, else -1
	gender     byte // for pronouns
	start, end int  // token range
	had        bool // "had said": pluperfect, an earlier statement
}

// subjectBefore finds the subject of the reporting verb at toks[i],
// looking back no further than lo.
func (x *extractor) subjectBefore(toks []tok, lo, i int) mention {
	j := i
	had := false
	for j > lo {
		t := toks[j-1]
		if t.lower == "had" {
			had = true
		}
		if adverbs[t.lower] && t.word {
			j--
			continue
		}
		// "Biden on Tuesday said"
		if weekdays[t.lower] && j-2 >= lo && toks[j-2].lower == "on" {
			j -= 2
			continue
		}
		break
	}
	m := mention{channel: -1, had: had}
	if j <= lo {
		return m
	}
	t := toks[j-1]
	if t.quote {
		return m
	}
	// An appositive name: "A spokeswoman for the Élysée, Maud Bregeon, told".
	if t.text == "," && j-2 >= lo && isRunWord(x.c, toks, j-2) {
		k := j - 2
		for k > lo && isRunWord(x.c, toks, k-1) {
			k--
		}
		if k > lo && toks[k-1].text == "," {
			if mm := x.nameMention(toks, k, j-1, had); mm.kind == mPerson {
				return mm
			}
		}
	}
	// "the Élysée, which said that": the relative pronoun stands for the
	// noun before the comma.
	if (t.lower == "which" || t.lower == "who") && j-2 > lo && toks[j-2].text == "," {
		if mm := x.subjectBefore(toks, lo, j-2); isSpeakerMention(mm) {
			mm.had = mm.had || had
			return mm
		}
	}
	// "The aide, who asked not to be named, added that": skip a relative
	// clause between the subject and its verb.
	if t.text == "," {
		for c := j - 2; c > lo; c-- {
			if toks[c].quote || toks[c].text == "." {
				break
			}
			if toks[c].text == "," {
				if c+1 < j-1 && (toks[c+1].lower == "who" || toks[c+1].lower == "which" || participleOpener(toks[c+1])) {
					if mm := x.subjectBefore(toks, lo, c); isSpeakerMention(mm) {
						mm.had = mm.had || had
						return mm
					}
				}
				break
			}
		}
	}
	if joiners[t.lower] && !(t.lower == "," && j-2 >= lo && toks[j-2].quote) {
		m.kind, m.start, m.end = mInherit, j-1, j
		return m
	}
	if g, ok := pronouns[t.lower]; ok {
		m.kind, m.gender, m.start, m.end = mPronoun, g, j-1, j
		return m
	}
	if a, ok := anaphorEndingAt(toks, lo, j); ok {
		a.had = had
		return a
	}
	if mm, ok := x.possessorOf(toks, lo, j); ok {
		mm.had = had
		return mm
	}
	if cu, n := x.c.idx.endingAt(toks, lo, j, cueInstitution, cueChannel, cueCountryName); n > 0 {
		if mm, ok := x.catalogMention(cu, j-n, j); ok {
			mm.had = had
			return mm
		}
	}
	// A role description: "the Chinese leader", "a Downing Street spokesman".
	if cu, n := x.c.idx.endingAt(toks, lo, j, cueOffice); n > 0 && !toks[j-1].cap {
		k := j - n
		country := ""
		if k-1 >= lo {
			if c2, n2 := x.c.idx.endingAt(toks, lo, k, cueCountryAdj, cueInstitution); n2 > 0 {
				country = x.cueCountry(c2)
				k -= n2
			} else if c3, ok := x.countryPossessive(toks[k-1]); ok {
				country = c3
				k--
			}
		}
		if k-1 >= lo && (toks[k-1].lower == "the" || toks[k-1].lower == "a") {
			k--
		}
		if country == "" {
			country = x.contextCountry(toks, lo, i)
		}
		return x.roleMention(toks, country, x.c.Offices[cu.ref].Office, k, j, had)
	}
	// A name: walk back over the run of capitalised words.
	if !isRunWord(x.c, toks, j-1) || isPossessive(toks[j-1]) {
		return m
	}
	k := j - 1
	for k > lo && isRunWord(x.c, toks, k-1) {
		k--
	}
	// An office spelled with a lower-case word ("Secretary of State
	// Antony Blinken") belongs to the run.
	for e := k + 1; e <= j && e <= k+3; e++ {
		if _, n := x.c.idx.endingAt(toks, lo, e, cueOffice); n > 0 && e-n < k {
			k = e - n
			break
		}
	}
	if k > lo && relatives[toks[k-1].lower] && toks[k-1].lower != "that" {
		// "the deal, which Biden said would be signed": a relative clause
		// ("that" is left out: "said that Xi stressed" is far commoner).
		return m
	}
	if k-1 > lo && toks[k-1].lower == "and" && toks[k-2].word && toks[k-2].cap && !toks[k-2].quote {
		// "Xi and Biden agreed that": a joint subject is neither one's account.
		return m
	}
	mm := x.nameMention(toks, k, j, had)
	if mm.kind == mPerson {
		if s, ok := x.staffOf(toks, lo, k); ok {
			// "a senior aide to Starmer said": the aide speaks for the
			// person's government, as an unnamed spokesperson does.
			if co := x.c.Country(mm.who.country); co != nil && co.Government.Name != "" {
				return mention{kind: mInstitution, name: co.Government.Name, country: co.Code, channel: -1, start: s, end: j, had: had}
			}
		}
	}
	return mm
}

// staffOf tells whether toks[:k] end with "an aide to", "a spokesman for"
// (an office of someone's staff and a preposition), and where that phrase
// starts.
func (x *extractor) staffOf(toks []tok, lo, k int) (int, bool) {
	if k-2 < lo || (toks[k-1].lower != "to" && toks[k-1].lower != "for") {
		return 0, false
	}
	cu, n := x.c.idx.endingAt(toks, lo, k-1, cueOffice)
	if n == 0 || !staffOffices[x.c.Offices[cu.ref].Office] {
		return 0, false
	}
	s := k - 1 - n
	for s > lo && toks[s-1].word && !toks[s-1].cap && (determiners[toks[s-1].lower] || toks[s-1].lower == "an" || staffAdjectives[toks[s-1].lower]) {
		s--
	}
	return s, true
}

// staffOffices speak for someone else: their words are that side's account.
var staffOffices = map[string]bool{"aide": true, "spokesperson": true, "press secretary": true}

// staffAdjectives qualify a staff office: "a senior aide to".
var staffAdjectives = map[string]bool{"senior": true, "top": true, "close": true, "chief": true, "foreign": true, "policy": true, "diplomatic": true}

func isSpeakerMention(m mention) bool {
	switch m.kind {
	case mPerson, mInstitution, mOutlet, mPronoun:
		return true
	}
	return false
}

// mentionAt reads a speaker reference that starts at toks[i] (after
// "quoted", "according to", or an inverted "said the Élysée").
func (x *extractor) mentionAt(toks []tok, i, hi int) mention {
	m := mention{channel: -1}
	if i >= hi {
		return m
	}
	if g, ok := pronouns[toks[i].lower]; ok {
		m.kind, m.gender, m.start, m.end = mPronoun, g, i, i+1
		return m
	}
	if i+1 < hi {
		if a, ok := anaphorEndingAt(toks, i, i+2); ok {
			return a
		}
	}
	start := i
	if toks[i].lower == "the" || toks[i].lower == "a" {
		i++
	}
	for _, at := range []int{start, i} {
		if cu, n := x.c.idx.longest(toks, at, cueInstitution, cueChannel, cueCountryName); n > 0 {
			// An outlet followed by a name is a title: "Downing Street spokesman Jamie Davies".
			if mm, ok := x.catalogMention(cu, at, at+n); ok && !(at+n < hi && isRunWord(x.c, toks, at+n)) {
				return mm
			}
		}
	}
	if i >= hi || !isRunWord(x.c, toks, i) {
		return m
	}
	j := i
	for j < hi && isRunWord(x.c, toks, j) && !isPossessive(toks[j]) {
		if _, n := x.c.idx.longest(toks, j, cueOffice); n > 1 {
			j += n // "Secretary of State" spans a lower-case word
			continue
		}
		j++
	}
	j = min(j, hi)
	r := parseRun(x.c, toks, i, j)
	if r.nameStart == r.end && r.office != "" {
		return x.roleMention(toks, r.country, r.office, start, j, false)
	}
	return x.nameMention(toks, i, j, false)
}

func (x *extractor) cueCountry(cu cue) string {
	switch cu.kind {
	case cueCountryAdj, cueCountryName:
		return x.c.Countries[cu.ref].Code
	case cueInstitution:
		return x.c.Institutions[cu.ref].Country
	}
	return ""
}

// countryPossessive reads "China's" as the country CN.
func (x *extractor) countryPossessive(t tok) (string, bool) {
	if !isPossessive(t) {
		return "", false
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "'")
	for _, co := range x.c.Countries {
		for _, n := range co.Names {
			if strings.ToLower(n) == stem {
				return co.Code, true
			}
		}
	}
	return "", false
}

// catalogMention turns a matched institution or outlet cue into a mention.
func (x *extractor) catalogMention(cu cue, start, end int) (mention, bool) {
	switch cu.kind {
	case cueInstitution:
		in := x.c.Institutions[cu.ref]
		return mention{kind: mInstitution, name: in.Name, country: in.Country, channel: -1, start: start, end: end}, true
	case cueCountryName:
		// "Beijing said", "France has warned": the government speaks.
		co := x.c.Countries[cu.ref]
		if co.Government.Name == "" {
			return mention{}, false
		}
		return mention{kind: mInstitution, name: co.Government.Name, country: co.Code, channel: -1, start: start, end: end}, true
	case cueChannel:
		ch := x.c.Channels[cu.ref]
		if !ch.Outlet {
			return mention{}, false
		}
		return mention{kind: mOutlet, name: ch.Name, country: ch.Country, channel: cu.ref, start: start, end: end}, true
	}
	return mention{}, false
}

func (x *extractor) roleMention(toks []tok, country, office string, start, end int, had bool) mention {
	m := mention{kind: mRole, country: country, channel: -1, start: start, end: end, had: had}
	if country != "" {
		if who := x.ppl.role(x.c, country, office); who != nil {
			m.kind, m.who = mPerson, who
			return m
		}
	}
	if country == "" {
		// "the president said" is ambiguous without a country.
		return mention{channel: -1}
	}
	if office == "spokesperson" || office == "press secretary" {
		// An unnamed spokesperson speaks for the government.
		if co := x.c.Country(country); co != nil && co.Government.Name != "" {
			return mention{kind: mInstitution, name: co.Government.Name, country: country, channel: -1, start: start, end: end, had: had}
		}
	}
	var words []string
	for k := start; k < end; k++ {
		if toks[k].lower != "the" && toks[k].lower != "a" {
			words = append(words, toks[k].text)
		}
	}
	m.name = strings.Join(words, " ")
	return m
}

// nameMention resolves the run toks[i:j] to a person, registering a full
// name met for the first time.
func (x *extractor) nameMention(toks []tok, i, j int, had bool) mention {
	m := mention{channel: -1, had: had}
	r := parseRun(x.c, toks, i, j)
	if r.nameStart >= r.end {
		if r.office != "" && r.country != "" {
			return x.roleMention(toks, r.country, r.office, i, j, had)
		}
		return m
	}
	// "the Guardian said": a capitalised word after an article is an
	// organisation, not a person, unless the article named such a person.
	if r.nameStart == i && i > 0 && (toks[i-1].lower == "the" || toks[i-1].lower == "a") {
		if _, parts := nameOf(toks, r); len(parts) > 0 && x.ppl.bySurname[parts[len(parts)-1]] == nil {
			return m
		}
	}
	var who *person
	if r.titled {
		who = x.ppl.register(x.c, toks, r)
	} else {
		who = x.ppl.lookup(toks, r, x.sentStart[toks[r.nameStart].Start])
	}
	if who == nil {
		return m
	}
	m.kind, m.who, m.start, m.end = mPerson, who, i, j
	return m
}

// contextCountry is the country of a government channel or institution
// named in toks[lo:hi] ("In a Downing Street readout, a spokesperson said").
func (x *extractor) contextCountry(toks []tok, lo, hi int) string {
	for k := lo; k < hi; k++ {
		if cu, n := x.c.idx.longest(toks, k, cueChannel, cueInstitution); n > 0 {
			switch cu.kind {
			case cueChannel:
				if ch := x.c.Channels[cu.ref]; ch.Official {
					return ch.Country
				}
			case cueInstitution:
				return x.c.Institutions[cu.ref].Country
			}
		}
	}
	return ""
}

// anaphorEndingAt reads a definite reference back to a speaker that ends
// at toks[j-1]: "the readout", "the agency" (the institution or outlet last
// mentioned) or "his office" (the person last mentioned).
func anaphorEndingAt(toks []tok, lo, j int) (mention, bool) {
	if j-2 < lo || !anaphorNouns[toks[j-1].lower] || toks[j-1].quote {
		return mention{}, false
	}
	m := mention{kind: mPronoun, channel: -1, start: j - 2, end: j}
	switch toks[j-2].lower {
	case "the", "its":
		m.gender = institutionGender
		if documentNouns[toks[j-1].lower] {
			m.gender = documentGender
		}
	case "his":
		m.gender = 'm'
	case "her":
		m.gender = 'f'
	default:
		return mention{}, false
	}
	return m, true
}

// participleOpener tells whether t opens a participle phrase set off by
// commas after a subject: "Blinken, speaking in Brussels, said".
func participleOpener(t tok) bool {
	return t.word && !t.cap && len(t.lower) > 5 && (strings.HasSuffix(t.lower, "ing") || t.lower == "asked")
}

// possessorOf reads "Netanyahu's office", "the prime minister's spokesman"
// ending at toks[j-1]: staff or an office speaking for the person who owns
// them, who is the speaker.
func (x *extractor) possessorOf(toks []tok, lo, j int) (mention, bool) {
	if j-2 < lo || !staffNouns[toks[j-1].lower] || !isPossessive(toks[j-2]) || toks[j-2].quote {
		return mention{}, false
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(toks[j-2].text, "'s"), "’s")
	m := mention{kind: mPerson, channel: -1, start: j - 2, end: j}
	if who := x.ppl.byName[stem]; who != nil {
		m.who = who
		return m, true
	}
	if who := x.ppl.bySurname[stem]; who != nil {
		m.who = who
		return m, true
	}
	// "the prime minister's office": the office words, then whoever the
	// article bound to that office.
	lowerStem := strings.ToLower(stem)
	for _, o := range x.c.Offices {
		for _, w := range o.Words {
			w = strings.ToLower(w)
			before, last, _ := strings.Cut(w, " ")
			if last == "" {
				last, before = before, ""
			}
			if last != lowerStem || (before != "" && (j-3 < lo || toks[j-3].lower != before)) {
				continue
			}
			if who := x.ppl.holder(o.Office); who != nil {
				m.who = who
				m.start = j - 2
				return m, true
			}
		}
	}
	return mention{}, false
}

// staffNouns speak for the person who owns them: "Erdoğan's office said".
var staffNouns = map[string]bool{"office": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"aide": true, "aides": true, "adviser": true, "advisor": true, "press": true}
