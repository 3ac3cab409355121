package sources

import (
	"strings"
)

// person is someone the article names.
type person struct {
	name    string   // canonical full name as first written: "Joe Biden"
	parts   []string // its words
	country string
	office  int // catalog office, or -1
	staff   bool
	gender  byte // 'm', 'f' or 0 when unknown
	// principal is whom a staff member speaks for ("Putin's spokesman").
	principal *person
	// familyFirst: the family name is the first part ("Xi Jinping").
	familyFirst bool
	// known is the full name the gazetteer knows the person by, when the
	// article calls them by a short name only ("Putin"): a later "Vladimir
	// Putin" is the same person.
	known []string
}

// people remembers the persons an article names and the roles it binds to
// them ("Chinese President Xi Jinping" binds CN/president to Xi Jinping), so
// later names, variants, pronouns and descriptions ("the Chinese
// president") resolve to one canonical person.
type people struct {
	c       *Catalog
	byName  map[string]*person
	byPart  map[string]*person // a name's part ("Biden", "Xi", "Jinping"); the first person to use it keeps it
	byKey   map[string]*person // a part's spelling key, for transliterations ("Zelenskiy")
	byRole  map[string]*person // "country/office"
	holders map[int][]*person  // persons by office
	order   []*person          // in the order they were met, for near-spelling look-ups
	// midCaps holds words seen capitalised away from the start of a
	// sentence; lowerSeen holds words the article writes in lower case. A
	// capitalised first word is only a name if it is in midCaps or never
	// in lowerSeen ("Officials said").
	midCaps   map[string]bool
	lowerSeen map[string]bool
	// short counts the one-word names each person is called by, so the
	// account id is the name the article itself uses ("xi", "biden").
	short map[*person]map[string]int
	// year is the year of the reported event, or 0 when the article does
	// not tell: the gazetteer's terms in office are read for it.
	year int
}

func newPeople(c *Catalog) *people {
	return &people{c: c, byName: map[string]*person{}, byPart: map[string]*person{}, byKey: map[string]*person{},
		byRole: map[string]*person{}, holders: map[int][]*person{}, midCaps: map[string]bool{},
		lowerSeen: map[string]bool{}, short: map[*person]map[string]int{}}
}

func roleKey(country string, office int) string {
	return country + "/" + itoa(office)
}

func itoa(n int) string {
	if n < 0 {
		return "-"
	}
	var b [8]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// learnCase is the first look at the article: which words it writes in
// lower case, and which capitalised away from the start of a sentence.
func (p *people) learnCase(paras []paraScan) {
	for pi := range paras {
		ps := &paras[pi]
		for _, u := range ps.units {
			for i := u.lo; i < u.hi; i++ {
				t := ps.toks[i]
				if !t.word {
					continue
				}
				if !nameCase(t) {
					p.lowerSeen[t.lower] = true
					continue
				}
				if i > u.lo && !ps.toks[i-1].quote && ps.toks[i-1].word {
					p.midCaps[t.text] = true
				}
			}
		}
	}
}

// used counts a one-word name the article calls who by.
func (p *people) used(who *person, word string) {
	if p.short[who] == nil {
		p.short[who] = map[string]int{}
	}
	p.short[who][word]++
}

// shortName is the one-word name the article uses most for who; else the
// family name: the first part of a family-name-first name ("Xi"), the last
// of any other.
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
	if who.familyFirst && len(who.parts) > 1 {
		return who.parts[0]
	}
	return who.parts[len(who.parts)-1]
}

// add records a new person under the name parts.
func (p *people) add(parts []string, country string, office int, gender byte) *person {
	who := &person{name: strings.Join(parts, " "), parts: parts, country: country, office: office, gender: gender}
	if co := p.c.Country(country); co != nil && co.FamilyNameFirst {
		who.familyFirst = true
	}
	p.byName[who.name] = who
	for _, part := range parts {
		if particles[strings.ToLower(part)] || len(part) < 2 {
			continue
		}
		if p.byPart[part] == nil {
			p.byPart[part] = who
		}
		if k := spellingKey(part); k != "" && p.byKey[k] == nil {
			p.byKey[k] = who
		}
	}
	p.order = append(p.order, who)
	if office >= 0 {
		p.holders[office] = append(p.holders[office], who)
		p.bind(who, country, office)
	}
	return who
}

// bind ties a country's office to who, unless another already holds it.
func (p *people) bind(who *person, country string, office int) {
	if country == "" || office < 0 {
		return
	}
	if p.byRole[roleKey(country, office)] == nil {
		p.byRole[roleKey(country, office)] = who
	}
	if co := p.c.Country(country); co != nil && co.Head == p.c.Offices[office].Office {
		if lead := p.leaderOffice(); lead >= 0 && p.byRole[roleKey(country, lead)] == nil {
			p.byRole[roleKey(country, lead)] = who
		}
	}
}

// leaderOffice is the catalog's "leader" office, or -1.
func (p *people) leaderOffice() int {
	return p.officeIndex("leader")
}

func (p *people) officeIndex(name string) int {
	for i, o := range p.c.Offices {
		if o.Office == name {
			return i
		}
	}
	return -1
}

// learn adds what a titled mention tells about who: country, office,
// gender; and binds the role.
func (p *people) learn(who *person, country string, office int, gender byte, staff bool) {
	if who.gender == 0 {
		who.gender = gender
	}
	if who.country == "" && country != "" {
		who.country = country
		if co := p.c.Country(country); co != nil && co.FamilyNameFirst {
			who.familyFirst = true
		}
	}
	if office >= 0 && who.office < 0 {
		who.office = office
		p.holders[office] = append(p.holders[office], who)
	}
	who.staff = who.staff || staff
	if office >= 0 {
		p.bind(who, who.country, office)
	}
}

// find resolves name parts to a known person: the full name; the same
// parts in another order ("Takaichi Sanae"); a part the article used
// before ("Biden", "Xi"); a spelling variant ("Zelenskiy", "Zelenskyy") or
// a near spelling (one or two letters off a long name) of a known part.
func (p *people) find(parts []string) *person {
	if len(parts) == 0 {
		return nil
	}
	if who := p.byName[strings.Join(parts, " ")]; who != nil {
		return who
	}
	last := parts[len(parts)-1]
	if who := p.byPart[last]; who != nil && p.partsAgree(who, parts) {
		return who
	}
	if who := p.byPart[parts[0]]; who != nil && p.partsAgree(who, parts) {
		return who
	}
	for _, part := range []string{last, parts[0]} {
		if who := p.byKey[spellingKey(part)]; who != nil && p.partsAgree(who, parts) {
			return who
		}
	}
	if who := p.nearSpelling(last); who != nil && p.partsAgree(who, parts) {
		return who
	}
	if len(parts) == 1 {
		return p.byInitials(parts[0])
	}
	return nil
}

// maxInitials is the longest name written by its initials ("AMLO").
const maxInitials = 5

// byInitials finds the person whose name the word spells by its
// initials, with two capitals or more: "MbS" is Mohammed bin Salman,
// "AMLO" Andrés Manuel López Obrador. Only a name of three parts or
// more, so two-letter words ("US", "UN") stay what they are.
func (p *people) byInitials(w string) *person {
	caps := 0
	for _, r := range w {
		if r >= 'A' && r <= 'Z' {
			caps++
		} else if r < 'a' || r > 'z' {
			return nil
		}
	}
	if caps < 2 || len(w) < 3 || len(w) > maxInitials {
		return nil
	}
	lw := strings.ToLower(w)
	var found *person
	for i := len(p.order) - 1; i >= 0 && len(p.order)-i <= maxNearCandidates; i-- {
		who := p.order[i]
		if len(who.parts) != len(lw) {
			continue
		}
		match := true
		for k, part := range who.parts {
			r := []rune(strings.ToLower(part))
			if len(r) == 0 || string(r[0]) != lw[k:k+1] {
				match = false
				break
			}
		}
		if match {
			if found != nil && found != who {
				return nil // two people share the initials
			}
			found = who
		}
	}
	return found
}

// partsAgree tells whether the other parts of a name fit who: "Jill Biden"
// is not "Joe Biden", but "Biden", "Joe Biden" and "President Biden" are.
func (p *people) partsAgree(who *person, parts []string) bool {
	if len(parts) == 1 {
		return true
	}
	family := parts[len(parts)-1]
	if who.familyFirst {
		family = parts[0]
	}
	if len(who.parts) == 1 && len(who.known) == 0 && len(parts) <= 3 && p.hasPart(who, family) {
		// "Sultanov", then "Daniyar Sultanov"; "China's Xi", then "Xi
		// Jinping": the full name of the one the article met.
		return true
	}
	for _, part := range parts {
		if p.hasPart(who, part) {
			continue
		}
		if len(part) == 1 || len(part) == 2 && part[1] == '.' {
			continue // an initial
		}
		return false
	}
	return true
}

func (p *people) hasPart(who *person, part string) bool {
	k := spellingKey(part)
	for _, ws := range [][]string{who.parts, who.known} {
		for _, w := range ws {
			if w == part || spellingKey(w) == k || nearlySame(w, part) {
				return true
			}
		}
	}
	return false
}

// maxNearCandidates bounds the persons a near-spelling look-up compares
// with, so a text naming thousands of people stays linear.
const maxNearCandidates = 64

// nearSpelling finds the person with a part one edit from part (two for
// long names), starting with the same letter, among the persons met most
// recently.
func (p *people) nearSpelling(part string) *person {
	if len(part) < 5 {
		return nil
	}
	for i, n := len(p.order)-1, 0; i >= 0 && n < maxNearCandidates; i, n = i-1, n+1 {
		who := p.order[i]
		for _, w := range who.parts {
			if nearlySame(w, part) {
				return who
			}
		}
	}
	return nil
}

// nearlySame tells whether two name parts are one spelling apart: equal
// spelling keys, or within one edit (two for names of eight letters or
// more), with the same first letter.
func nearlySame(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 5 || len(b) < 5 || a[0] != b[0] {
		return false
	}
	if spellingKey(a) == spellingKey(b) {
		return true
	}
	limit := 1
	if len(a) >= 8 && len(b) >= 8 {
		limit = 2
	}
	return editDistance(strings.ToLower(a), strings.ToLower(b), limit) <= limit
}

// role resolves a country's office to the person the article binds to
// it; a text naming that office ("the Russian president") binds it to the
// one person the article gives the office without a country.
func (p *people) role(country string, office int) *person {
	if who := p.boundRole(country, office); who != nil || office < 0 {
		return who
	}
	var found *person
	for _, who := range p.holders[office] {
		if who.country == "" {
			if found != nil && found != who {
				return nil
			}
			found = who
		}
	}
	if found != nil {
		found.country = country
		p.bind(found, country, office)
	}
	return found
}

// boundRole is the person the article binds to a country's office, or
// nil: it binds no one.
func (p *people) boundRole(country string, office int) *person {
	if office < 0 {
		return nil
	}
	if who := p.byRole[roleKey(country, office)]; who != nil {
		return who
	}
	co := p.c.Country(country)
	if co == nil {
		return nil
	}
	lead := p.leaderOffice()
	if office == lead {
		if head := p.officeIndex(co.Head); head >= 0 {
			return p.byRole[roleKey(country, head)]
		}
	}
	if p.c.Offices[office].Office == co.Head && lead >= 0 {
		return p.byRole[roleKey(country, lead)]
	}
	return nil
}

// leader is the person the article names as a country's leader, or nil.
func (p *people) leader(country string) *person {
	if lead := p.leaderOffice(); lead >= 0 {
		if who := p.boundRole(country, lead); who != nil {
			return who
		}
	}
	if co := p.c.Country(country); co != nil {
		return p.boundRole(country, p.officeIndex(co.Head))
	}
	return nil
}

// holder is the one person the article binds to office, whatever the
// country, or nil when none or several are.
func (p *people) holder(office int) *person {
	var found *person
	for _, who := range p.holders[office] {
		if found != nil && found != who {
			return nil
		}
		found = who
	}
	return found
}

// know records the full name the gazetteer knows who by, and indexes its
// parts, so the article's later full name finds who.
func (p *people) know(who *person, full []string) {
	if len(who.known) > 0 || len(full) <= len(who.parts) {
		return
	}
	who.known = full
	for _, part := range full {
		if particles[strings.ToLower(part)] || len(part) < 2 {
			continue
		}
		if k := spellingKey(part); k != "" && p.byKey[k] == nil {
			p.byKey[k] = who
		}
	}
}
