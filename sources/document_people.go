package sources

import (
	"strings"
)

// docPerson is someone a document names, with the country and office its
// words bind to them ("President Vladimir Putin of Russia").
type docPerson struct {
	name, country, office string
}

// docPeople resolves the subject of a document's claims to who spoke:
// "He" to the last person named, "The Russian President" and "Our
// President" to the person the document names in that office, "President
// Biden" to the full name it first gave.
type docPeople struct {
	lx     *docLexicon
	party  string // the document's side, for "our President" and a bare "the President"
	people []docPerson
	last   string
}

// newDocPeople registers the persons named with an office in a section,
// its title line and lead included.
func newDocPeople(a *Article, s docSection, party string, lx *docLexicon) *docPeople {
	dp := &docPeople{lx: lx, party: party}
	for _, p := range a.Paragraphs[s.from:s.to] {
		toks := docTokens(a.Text, p.Span)
		for i := 0; i < len(toks); i++ {
			if n := dp.scanMention(toks, i); n > 0 {
				i += n - 1
			}
		}
	}
	return dp
}

// scanMention registers "ROLE Name (of Country)" at toks[i] and returns the
// tokens it covers, or 0.
func (dp *docPeople) scanMention(toks []dtok, i int) int {
	j, country := i, ""
	var office []string
	for j < len(toks) && toks[j].word {
		if code, n := dp.lx.countryAt(toks, j); n > 0 && docCapitalized(toks[j].s) {
			country, j = code, j+n
			continue
		}
		w := toks[j].lower
		if docCapitalized(toks[j].s) && dp.lx.isRole(toks[j].s) || len(office) > 0 && (w == "of" || w == "the" || w == "to") {
			if w != "of" && w != "the" && w != "to" {
				office = append(office, w)
			}
			j++
			continue
		}
		break
	}
	if len(office) == 0 {
		return 0
	}
	k := j
	var name []string
	for k < len(toks) && toks[k].word && docCapitalized(toks[k].s) && !dp.lx.isRole(toks[k].s) {
		if code, _ := dp.lx.countryAt(toks, k); code != "" {
			break
		}
		if possessiveWord(toks[k].lower) {
			// "President Ann Ruiz's address": the name ends at its
			// possessive.
			name = append(name, trimPossessive(toks[k].s))
			k++
			break
		}
		name = append(name, toks[k].s)
		k++
	}
	if len(name) == 0 {
		return j - i
	}
	if k+1 < len(toks) && toks[k].lower == "of" {
		if code, n := dp.lx.countryAt(toks, k+1); n > 0 {
			country, k = code, k+1+n
		}
	}
	dp.add(docPerson{name: strings.Join(name, " "), country: country, office: strings.Join(office, " ")})
	return k - i
}

func (dp *docPeople) add(p docPerson) {
	for i, q := range dp.people {
		if docSurname(q.name) == docSurname(p.name) {
			if q.country == "" {
				dp.people[i].country = p.country
			}
			if len(strings.Fields(p.name)) > len(strings.Fields(q.name)) {
				// "President Lee’s Call" before "President Ann Lee": the
				// fuller name is the person's.
				dp.people[i].name = p.name
			}
			return
		}
	}
	dp.people = append(dp.people, p)
}

func possessiveWord(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// trimPossessive drops the possessive ending of a word: "Ruiz’s" -> "Ruiz",
// "Jones'" -> "Jones".
func trimPossessive(w string) string {
	for _, suf := range []string{"’s", "'s", "’S", "'S"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return strings.TrimRight(w, "'’")
}

func docSurname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[len(f)-1], ",."))
}

// isFirstPerson tells whether a subject is the speaker: "I", "We".
func isFirstPerson(subject string) bool {
	s := strings.ToLower(subject)
	return s == "i" || s == "we"
}

// plural subjects name both sides: "The leaders", "Both presidents".
var bothSides = docWordSet(`leaders presidents sides parties heads they both ministers`)

// resolve names who spoke in a claim whose subject is as written; voice
// is who "I" is (a transcript turn's speaker, a statement's author), if
// anyone.
func (dp *docPeople) resolve(subject, voice string) string {
	toks := docTokens(subject, Span{0, len(subject)})
	if len(toks) == 0 {
		return voice
	}
	first := toks[0].lower
	switch first {
	case "i", "we":
		return voice
	case "he", "she":
		return orElse(dp.last, voice)
	case "it", "this", "that", "there", "these", "those":
		return ""
	}
	for _, t := range toks {
		if bothSides[t.lower] {
			return "both sides"
		}
	}
	// A name: the person with that surname, else the name as written.
	var name []dtok
	for _, t := range toks {
		if t.word && docCapitalized(t.s) && !dp.lx.isRole(t.s) && t.lower != "our" && !possessiveWord(t.lower) {
			if code, _ := dp.lx.countryAt([]dtok{t}, 0); code == "" {
				name = append(name, t)
			}
		}
	}
	if len(name) > 0 {
		s := docSurname(name[len(name)-1].s)
		for _, p := range dp.people {
			if docSurname(p.name) == s {
				dp.last = p.name
				return p.name
			}
		}
		// An unknown name of two words or more ("Joseph Biden"); one
		// capitalised word is as often the first word of a sentence.
		if len(name) > 1 {
			n := docText(name)
			dp.add(docPerson{name: n})
			dp.last = n
			return n
		}
	}
	// An office: the person the document names in it, for the country
	// the subject names, or the document's own side ("Our President").
	country := dp.lx.countryIn(subject)
	if country == "" && (strings.Contains(strings.ToLower(subject), "our ") || first == "the") {
		country = dp.party
	}
	office := false
	for _, t := range toks {
		office = office || t.word && dp.lx.isRole(t.s) && !smallWords[t.lower]
	}
	asWritten := strings.TrimPrefix(strings.TrimPrefix(subject, "The "), "the ")
	switch {
	case !office && dp.lx.countryIn(subject) != "" && len(toks) <= 4:
		return asWritten // "Russia", "the US side"
	case !office:
		return "" // "The call", "It"
	case country == "":
		return asWritten // an office nobody is named in: "the Chancellor"
	}
	for _, p := range dp.people {
		if p.country == country && sameOffice(p.office, subject) {
			dp.last = p.name
			return p.name
		}
	}
	// The document's own leader is the person it names without saying
	// where they are from: "Vladimir Putin had a conversation with
	// President of the United States … Joseph Biden".
	if country == dp.party {
		for _, p := range dp.people {
			if p.country == "" {
				dp.last = p.name
				return p.name
			}
		}
	}
	return asWritten
}

// smallWords join the words of an office: "Aide to the President".
var smallWords = docWordSet(`the of to for and on in his her`)

// sameOffice tells whether the office a person was named with is the one a
// subject names: the head word ("president", "minister") of both matches.
func sameOffice(office, subject string) bool {
	ws := plainWords(subject)
	for _, w := range strings.Fields(office) {
		for _, s := range ws {
			if w == s && w != "of" {
				return true
			}
		}
	}
	return false
}
