package sources

import "strings"

// What the article and the world tell about a name before anyone speaks:
// after the titled names (registerTitled), a name set beside a role with
// commas ("Narendra Modi, India's prime minister,") learns the role; then
// a name the gazetteer knows learns its country and the office it held in
// the article's year — the last resort, for what the article has not
// told.

// registerKnown runs the appositions, then the gazetteer, over every run
// of name words.
func (rv *resolver) registerKnown() {
	rv.eachRun(func(ps *paraScan, u unit, px *phraser, i, j int) {
		if ps.skip != "heading" {
			// A headline's comma joins subjects ("Rossi, Korean PM
			// discuss …"): no apposition.
			rv.apposition(ps, u, px, i, j)
		}
	})
	if rv.c.idx.figures == nil || len(rv.c.idx.figures.terms) == 0 {
		return
	}
	others := rv.otherBearers()
	rv.eachRun(func(ps *paraScan, u unit, px *phraser, i, j int) {
		for _, r := range capRuns(ps.toks, i, j) {
			rv.knownName(ps, px, r, others)
		}
	})
}

// apposition registers a name with the role set beside it between commas,
// or before the end of the sentence: the run toks[i:j] and the phrase
// after its comma ("Modi, India's prime minister, said", "talks with Xi
// Jinping, the Chinese president.", "his Kazakh counterpart, Daniyar
// Sultanov,").
func (rv *resolver) apposition(ps *paraScan, u unit, px *phraser, i, j int) {
	toks := ps.toks
	if j < u.hi && toks[j].text != "," && px.analyze(tokRange{i, j}).shape == shapeRole {
		// "the spokesman for the government, Anna Vogt,": the role runs on
		// past the run of titled words.
		j = px.npRightEnd(i)
	}
	if j+1 >= u.hi || toks[j].text != "," || toks[j].quote {
		return
	}
	end := px.npRightEnd(j + 1)
	if end == j+1 || end < u.hi && toks[end].text != "," && toks[end].text != "." {
		return
	}
	role := px.analyze(tokRange{j + 1, end})
	name := px.analyze(tokRange{i, j})
	if first := px.analyze(tokRange{i, j}); first.shape == shapeRole {
		// "his Kazakh counterpart, Daniyar Sultanov,": the role first.
		role, name = first, px.analyze(tokRange{j + 1, end})
		if name.shape != shapeName || name.name.lo != j+1 {
			return
		}
	}
	if role.shape != shapeRole || role.office < 0 || role.country == "" && !role.staff {
		return
	}
	if name.shape != shapeName || name.name.hi != name.hi {
		return
	}
	if role.staff {
		// "the government's deputy spokesman, Anna Vogt,": staff, for a
		// country the article may tell later (bindLeaders).
		rv.staffApposition(ps, u, name, role)
		return
	}
	parts := nameParts(toks, name.name)
	if len(parts) < 2 && rv.ppl.find(parts) == nil {
		return // one word alone may be anything; a full name is someone
	}
	name.country = orElse(name.country, role.country)
	if name.office < 0 {
		name.office = role.office
	}
	rv.person(ps, u, name, true)
}

// staffApposition registers the full name set beside a staff office
// ("the deputy spokesman for the government, Anna Vogt,") as staff, with
// the office's country when it names one: a spokesman speaks for a side,
// never on his own.
func (rv *resolver) staffApposition(ps *paraScan, u unit, name, role speakerPhrase) {
	parts := nameParts(ps.toks, name.name)
	if len(parts) < 2 || name.country != "" && role.country != "" && name.country != role.country {
		return
	}
	if !role.principal.empty() || !name.principal.empty() {
		return // "Putin's spokesman, Dmitry Peskov,": the principal tells the side
	}
	name.country = orElse(name.country, role.country)
	if name.office < 0 && name.country != "" {
		// Without a country the office stays unbound: "the White House
		// spokesman" later is someone else's.
		name.office = role.office
	}
	name.staff = true
	rv.person(ps, u, name, true)
}

// capRuns splits a run of name words into its runs of capitalised words
// (with the particles inside them), after possessives: "Trump envoy Steve
// Witkoff" holds "Trump" and "Steve Witkoff"; "Putin's spokesman Dmitry
// Peskov", "Putin's" and "Dmitry Peskov". A weekday is no name part:
// "with Starmer Tuesday" holds "Starmer"; nor is a function word that
// opens the run: "The Biden administration" holds "Biden".
func capRuns(toks []tok, i, j int) []tokRange {
	var out []tokRange
	lo := -1
	for k := i; k < j; k++ {
		t := toks[k]
		if weekdays[t.lower] || !nameCase(t) && !(lo >= 0 && particles[t.lower] && k+1 < j && nameCase(toks[k+1])) {
			if lo >= 0 {
				out = append(out, tokRange{lo, k})
				lo = -1
			}
			continue
		}
		if lo < 0 && functionWord(t.lower) {
			continue // "The Biden administration": the article opens the sentence, not the name
		}
		if lo < 0 {
			lo = k
		}
		if isPossessive(t) {
			out = append(out, tokRange{lo, k + 1})
			lo = -1
		}
	}
	if lo >= 0 {
		out = append(out, tokRange{lo, j})
	}
	return out
}

// otherBearers are the spelling keys of the family names that the article
// gives to someone the gazetteer does not know ("Melania Trump"): such a
// name alone is not the gazetteer's person.
func (rv *resolver) otherBearers() map[string]bool {
	out := map[string]bool{}
	figs := rv.c.idx.figures
	rv.eachRun(func(ps *paraScan, u unit, px *phraser, i, j int) {
		if ps.skip == "heading" {
			return // a headline in title case runs names into verbs ("Biden Disputes …")
		}
		for _, r := range capRuns(ps.toks, i, j) {
			words := nameParts(ps.toks, r)
			for len(words) > 1 && generational[strings.ToLower(words[len(words)-1])] {
				words = words[:len(words)-1] // "Marcos Jr." is a Marcos the gazetteer may know
			}
			if len(words) < 2 || rv.titleWords(ps.toks, r.lo, r.hi-1) == r.hi-1 {
				continue
			}
			if figs.fullName(words, rv.ppl.year) >= 0 || figs.fullName(words[len(words)-2:], rv.ppl.year) >= 0 {
				continue
			}
			out[wordsKey(words[len(words)-1:])] = true
			out[wordsKey(words[:1])] = true
		}
	})
	return out
}

// generational are the suffixes that follow a family name ("Jr.",
// "III"): no part of the family name.
var generational = map[string]bool{"jr.": true, "jr": true, "sr.": true, "sr": true, "ii": true, "iii": true, "iv": true}

// titleWords returns the index after the titles, offices and countries
// that open toks[lo:hi] ("US President", "Mr", "Kremlin spokesman"), an
// office in the plural among them ("Presidents Trump and Xi": each name
// has the title).
func (rv *resolver) titleWords(toks []tok, lo, hi int) int {
	k := lo
	for k < hi {
		_, n := rv.c.idx.longest(toks, k, cueOffice, cueTitle, cueCountryAdj, cueCountryName, cueInstitution)
		if n == 0 {
			n = rv.pluralOffice(toks, k)
		}
		if n == 0 || k+n > hi {
			break
		}
		k += n
	}
	return k
}

// maxOfficeWords bounds the words of an office read in the plural
// ("Prime Ministers").
const maxOfficeWords = 3

// pluralOffice returns the length of the office written in the plural at
// toks[k] ("Presidents", "Prime Ministers"), or 0.
func (rv *resolver) pluralOffice(toks []tok, k int) int {
	var buf [maxOfficeWords]tok
	for n := 1; n <= maxOfficeWords && k+n <= len(toks); n++ {
		last := toks[k+n-1]
		if !last.word || !strings.HasSuffix(last.lower, "s") {
			continue
		}
		ws := append(buf[:0], toks[k:k+n]...)
		ws[n-1].lower = strings.TrimSuffix(last.lower, "s")
		ws[n-1].text = strings.TrimSuffix(last.text, "s")
		if _, m := rv.c.idx.longest(ws, 0, cueOffice); m == n {
			return n
		}
	}
	return 0
}

// knownName looks the capitalised run r up in the gazetteer: a full name
// (or a variant) that it ends with, or a short name after titles alone
// ("President Putin", "Erdogan"). The person found learns the country and
// office the article has not given.
func (rv *resolver) knownName(ps *paraScan, px *phraser, r tokRange, others map[string]bool) {
	figs := rv.c.idx.figures
	toks := ps.toks
	words := nameParts(toks, r)
	if len(words) != r.hi-r.lo {
		return
	}
	y := rv.ppl.year
	for s := r.lo; s < r.hi; s++ {
		if r.hi-s > figs.maxWords {
			continue
		}
		tail := words[s-r.lo:]
		if f := figs.fullName(tail, y); f >= 0 {
			rv.knownPerson(f, tail)
			return
		}
		if rv.titleWords(toks, r.lo, s) != s {
			continue
		}
		if f := figs.shortName(tail, y); f >= 0 && rv.shortAllowed(f, tail, others) {
			rv.knownPerson(f, tail)
			return
		}
	}
}

// shortAllowed tells whether a short name may be the gazetteer's person
// f: not a word the article also writes in lower case ("rice") — unless
// the article also capitalises it inside sentences and names f's country
// ("PM modi" in a hurried story about India's Modi) —, not a word that
// opens sentences or names a time ("May"), and no one else in the
// article bears it.
func (rv *resolver) shortAllowed(f int, words []string, others map[string]bool) bool {
	if len(words) == 1 {
		w := strings.ToLower(words[0])
		if notNames[w] || functionWord(w) || monthOf(words[0]) > 0 {
			return false
		}
		if rv.ppl.lowerSeen[w] {
			country, _ := rv.c.idx.figures.role(f, rv.ppl.year)
			if !rv.ppl.midCaps[words[0]] || !rv.namesCountry(country) {
				return false
			}
		}
	}
	return !others[wordsKey(words[len(words)-1:])]
}

// namesCountry tells whether the article names the country anywhere: its
// name, a capital the catalog gives it, or its adjective ("India",
// "Indian").
func (rv *resolver) namesCountry(code string) bool {
	if code == "" {
		return false
	}
	if rv.named == nil {
		rv.named = map[string]bool{}
		for pi := range rv.paras {
			toks := rv.paras[pi].toks
			for k := range toks {
				if cu, n := rv.c.idx.longest(toks, k, cueCountryName, cueCountryAdj); n > 0 {
					rv.named[rv.c.Countries[cu.ref].Code] = true
				}
			}
		}
	}
	return rv.named[code]
}

// knownPerson registers gazetteer figure f under the name parts the
// article writes, filling in what the article did not tell: the country,
// the office held in the article's year, the gender.
func (rv *resolver) knownPerson(f int, parts []string) {
	figs := rv.c.idx.figures
	country, office := figs.role(f, rv.ppl.year)
	if rv.c.Country(country) == nil {
		return
	}
	var gender byte
	if g := rv.c.People[f].Gender; g != "" {
		gender = g[0]
	}
	full := nameWords(rv.c.People[f].Name)
	who := rv.ppl.find(parts)
	if who == nil {
		who = rv.ppl.find(full)
	}
	if who == nil {
		who = rv.familyMet(country, parts)
	}
	staff := office >= 0 && rv.c.idx.staff[office]
	if who == nil {
		who = rv.ppl.add(parts, country, office, gender)
		who.staff = staff
		rv.ppl.know(who, full)
		return
	}
	rv.ppl.know(who, full)
	if who.country != "" && who.country != country {
		return // the article says otherwise
	}
	if who.office >= 0 {
		// The article's office stands; it now binds in the country.
		office, staff = who.office, false
	}
	rv.ppl.learn(who, country, office, gender, staff)
}

// familyMet is the person the article met by the family name alone
// ("President Xi") when parts is the full name of a country that writes
// the family name first ("Xi Jinping"), or nil.
func (rv *resolver) familyMet(country string, parts []string) *person {
	co := rv.c.Country(country)
	if co == nil || !co.FamilyNameFirst || len(parts) < 2 {
		return nil
	}
	who := rv.ppl.byPart[parts[0]]
	if who == nil || len(who.parts) != 1 || len(who.known) > 0 || who.country != "" && who.country != country {
		return nil
	}
	return who
}
