package sources

import (
	"strings"
)

// person is someone the article names.
type person struct {
	name    string // canonical full name as first written: "Joe Biden"
	country string
	office  string
	gender  byte // 'm', 'f' or 0 when unknown
}

// people remembers the persons an article names and the roles it binds to
// them ("Chinese President Xi Jinping" binds CN/president to Xi Jinping), so
// later surnames, pronouns and descriptions ("the Chinese president")
// resolve to one canonical name.
type people struct {
	byName    map[string]*person
	bySurname map[string]*person
	byRole    map[string]*person
	// midCaps holds words seen capitalised away from the start of a
	// sentence: a capitalised first word is only a name if it is one of them.
	midCaps map[string]bool
	// lowerSeen holds words the article writes in lower case.
	lowerSeen map[string]bool
	// short counts the one-word names each person is called by, so the
	// account id is the name the article itself uses ("xi", "biden").
	short map[*person]map[string]int
}

func (p *people) used(who *person, word string) {
	if p.short[who] == nil {
		p.short[who] = map[string]int{}
	}
	p.short[who][word]++
}

// shortName is the one-word name the article uses most for who, else the
// last word of the full name.
func (p *people) shortName(who *person) string {
	best, n := "", 0
	for w, c := range p.short[who] {
		if c > n || (c == n && w < best) {
			best, n = w, c
		}
	}
	if best != "" {
		return best
	}
	f := strings.Fields(who.name)
	return f[len(f)-1]
}

func newPeople() *people {
	return &people{byName: map[string]*person{}, bySurname: map[string]*person{}, byRole: map[string]*person{}, midCaps: map[string]bool{}, lowerSeen: map[string]bool{}, short: map[*person]map[string]int{}}
}

func roleKey(country, office string) string { return country + "/" + office }

// particles are lower-case words inside names ("Charles de Gaulle").
var particles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true, "del": true, "dos": true, "du": true, "la": true, "le": true, "bin": true, "al": true, "el": true, "ibn": true}

// notNames are capitalised words that start sentences or name groups, never
// a speaker on their own.
var notNames = map[string]bool{
	"i": true, "we": true, "they": true, "it": true, "this": true, "that": true, "these": true, "those": true,
	"there": true, "he": true, "she": true, "you": true, "the": true, "a": true, "an": true, "but": true,
	"and": true, "officials": true, "analysts": true, "critics": true, "sources": true, "experts": true,
	"some": true, "many": true, "both": true, "others": true, "reports": true, "one": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "in": true, "on": true, "at": true, "after": true, "before": true,
	"when": true, "while": true, "as": true, "if": true, "so": true, "then": true, "also": true, "meanwhile": true,
	"separately": true, "earlier": true, "later": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "who": true, "what": true, "everyone": true,
	"nobody": true, "diplomats": true, "observers": true, "aides": true, "leaders": true,
}

var femaleTitles = map[string]bool{"first lady": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "queen": true, "princess": true, "lady": true, "spokeswoman": true}
var maleTitles = map[string]bool{"mr": true, "mr.": true, "king": true, "prince": true, "spokesman": true, "crown prince": true, "pope": true, "sheikh": true, "emir": true}

// run is a parsed sequence of capitalised words: optional country or
// institution, office or title, then the name.
type run struct {
	country   string
	office    string // catalog office name, "" when only a title
	titled    bool   // an office or title came before the name
	gender    byte
	nameStart int // token index of the name; == end when there is no name
	end       int
}

// isRunWord tells whether toks[i] can be part of a name run.
func isRunWord(c *Catalog, toks []tok, i int) bool {
	t := toks[i]
	if !t.word || t.quote {
		return false
	}
	if t.cap || particles[t.lower] {
		return true
	}
	_, n := c.idx.longest(toks, i, cueOffice, cueTitle)
	return n > 0
}

// parseRun reads toks[i:j] as [country|institution]* [office|title]+ name.
func parseRun(c *Catalog, toks []tok, i, j int) run {
	r := run{nameStart: i, end: j}
	for k := i; k < j; {
		cu, n := c.idx.longest(toks, k, cueCountryAdj, cueCountryName, cueInstitution, cueOffice, cueTitle)
		if n == 0 || k+n > j {
			k++
			continue
		}
		switch cu.kind {
		case cueCountryAdj, cueCountryName:
			r.country = c.Countries[cu.ref].Code
		case cueInstitution:
			r.country = c.Institutions[cu.ref].Country
		case cueOffice:
			r.office = c.Offices[cu.ref].Office
			r.titled = true
			r.nameStart = k + n
		case cueTitle:
			r.titled = true
			r.nameStart = k + n
		}
		phrase := strings.Join(cu.words, " ")
		if femaleTitles[phrase] {
			r.gender = 'f'
		} else if maleTitles[phrase] {
			r.gender = 'm'
		}
		k += n
	}
	// Country words that come after the title are not part of a name.
	for r.nameStart < j && !toks[r.nameStart].cap {
		r.nameStart++
	}
	return r
}

// nameOf joins the name tokens of a run, dropping a possessive ending.
func nameOf(toks []tok, r run) (string, []string) {
	var parts []string
	for k := r.nameStart; k < r.end; k++ {
		w := toks[k].text
		parts = append(parts, w)
	}
	return strings.Join(parts, " "), parts
}

// register records a named person (a run with a title, or a full name
// directly followed by a reporting verb) and binds the run's role to them.
func (p *people) register(c *Catalog, toks []tok, r run) *person {
	full, parts := nameOf(toks, r)
	if len(parts) == 0 {
		return nil
	}
	surname := parts[len(parts)-1]
	var who *person
	_ = surname
	switch {
	case p.byName[full] != nil:
		who = p.byName[full]
	case len(parts) == 1 && p.bySurname[parts[0]] != nil:
		who = p.bySurname[parts[0]]
		p.used(who, parts[0])
	case len(parts) == 1 && !r.titled:
		return nil
	default:
		who = &person{name: full}
		p.byName[full] = who
		p.alias(who, parts)
	}
	if who.gender == 0 {
		who.gender = r.gender
	}
	if r.office != "" && who.office == "" {
		// "Foreign Secretary Vikram Misri": the office without a country
		// still lets "India's foreign secretary" find him later.
		who.office = r.office
	}
	if r.office != "" && r.country != "" {
		who.country, who.office = orElse(who.country, r.country), orElse(who.office, r.office)
		if p.byRole[roleKey(r.country, r.office)] == nil {
			p.byRole[roleKey(r.country, r.office)] = who
		}
		if co := c.Country(r.country); co != nil && co.Head == r.office && p.byRole[roleKey(r.country, "leader")] == nil {
			p.byRole[roleKey(r.country, "leader")] = who
		}
	}
	return who
}

// lookup resolves name tokens to a known person: a full name, else its
// surname, else (when the words are surely a name) a new person.
func (p *people) lookup(toks []tok, r run, sentenceStart bool) *person {
	full, parts := nameOf(toks, r)
	if len(parts) == 0 {
		return nil
	}
	if who := p.byName[full]; who != nil {
		return who
	}
	last := parts[len(parts)-1]
	if who := p.bySurname[last]; who != nil && (len(parts) == 1 || strings.HasSuffix(who.name, full)) {
		if len(parts) == 1 {
			p.used(who, last)
		}
		return who
	}
	if len(parts) > 1 && notNames[strings.ToLower(parts[0])] {
		// "In Ankara", "The Aide": a run opened by a function word is no name.
		return nil
	}
	if len(parts) == 1 {
		// A capitalised first word of a sentence is a name only if the
		// article never writes it in lower case ("Officials said").
		lower := strings.ToLower(last)
		if notNames[lower] || (sentenceStart && !p.midCaps[last] && p.lowerSeen[lower]) {
			return nil
		}
		// "Speaking at a news conference, ...", "Asked whether ...": a
		// participle opening a sentence is not a name.
		if sentenceStart && !p.midCaps[last] && (strings.HasSuffix(lower, "ing") || strings.HasSuffix(lower, "ed")) {
			return nil
		}
	}
	who := &person{name: full, gender: r.gender}
	p.byName[full] = who
	p.alias(who, parts)
	return who
}

// alias lets each part of a name refer to the person on its own: the
// surname ("Biden"), but also a family name written first ("Xi" of
// "Xi Jinping"). The first person to use a part keeps it.
func (p *people) alias(who *person, parts []string) {
	for _, part := range parts {
		if particles[strings.ToLower(part)] || len(part) < 2 {
			continue
		}
		if p.bySurname[part] == nil {
			p.bySurname[part] = who
		}
	}
}

// role resolves a country's office to the person the article bound to it.
func (p *people) role(c *Catalog, country, office string) *person {
	if who := p.byRole[roleKey(country, office)]; who != nil {
		return who
	}
	if office == "leader" {
		// Not the fallback below: binding an untitled-country "President
		// X" to whichever country asks first would misplace them.
		if co := c.Country(country); co != nil {
			return p.byRole[roleKey(country, co.Head)]
		}
	}
	if co := c.Country(country); co != nil && co.Head == office {
		if who := p.byRole[roleKey(country, "leader")]; who != nil {
			return who
		}
	}
	// A single person named with this office but no country is the one
	// meant: bind them to it.
	var found *person
	for _, who := range p.byName {
		if who.office == office && who.country == "" {
			if found != nil {
				return nil
			}
			found = who
		}
	}
	if found != nil && country != "" {
		found.country = country
		p.byRole[roleKey(country, office)] = found
	}
	return found
}

// holder is the one person the article binds to office, whatever the
// country, or nil when none or several are.
func (p *people) holder(office string) *person {
	var found *person
	for _, who := range p.byName {
		if who.office == office {
			if found != nil && found != who {
				return nil
			}
			found = who
		}
	}
	return found
}

// scanPeople is the first pass over the article: it learns capitalised
// words and registers every titled name.
func (p *people) scan(c *Catalog, paras [][]tok, sentStarts map[int]bool) {
	for _, toks := range paras {
		for i, t := range toks {
			if t.word && !t.cap {
				p.lowerSeen[t.lower] = true
			}
			if t.word && t.cap && !sentStarts[t.Start] && (i == 0 || toks[i-1].text != "“" && toks[i-1].text != "\"") {
				p.midCaps[t.text] = true
			}
		}
	}
	for _, toks := range paras {
		for i := 0; i < len(toks); {
			if !isRunWord(c, toks, i) {
				i++
				continue
			}
			j := i
			for j < len(toks) && isRunWord(c, toks, j) {
				j++
			}
			r := parseRun(c, toks, i, j)
			if r.titled && r.nameStart < r.end {
				// "President Xi's envoy" names the envoy, not a new person.
				if !isPossessive(toks[r.end-1]) {
					p.register(c, toks, r)
				}
			}
			i = j
		}
	}
}

func isPossessive(t tok) bool {
	return strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "s'")
}
