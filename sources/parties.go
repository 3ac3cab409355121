package sources

import (
	"strings"
)

// The parties of the call. The title and the lede name them: "Trump–Putin
// call", "call with Xi", "talks in Moscow between his envoy and Putin". A
// party is a side that acts in the event: a person, a government, an
// institution or a country named as a participant — not a country the
// call was about ("the war in Ukraine", "tensions over Taiwan"). Parties
// named in a clause that names the event (call, talks, meeting, spoke)
// come first; if no clause names the event, those the title names.

// ledeSentences is how much of the story's opening names the event.
const ledeSentences = 2

// partyMention is one actor named in the title or lede.
type partyMention struct {
	key    string // country code, or a person's name when their country is unknown
	span   Span
	event  bool // named in a clause that names the event
	title  bool
	person bool // named by a person's name, not a country or an office
}

// findParties reads the headline and the lede's first two sentences. A
// headline that names two parties of the event decides; otherwise the
// lede adds those it names. An article without a headline (its title is
// its first sentence) has only the lede.
func findParties(a *Article, c *Catalog, ppl *people, paras []paraScan) []Party {
	pf := partyFinder{c: c, ppl: ppl}
	var head []partyMention
	if hasHeadline(a, paras) {
		titleToks := tokenize(a.Title, Span{0, len(a.Title)})
		markNameParts(titleToks)
		titleToks = titleWords(titleToks, c, ppl)
		titleAt := -1
		if i := strings.Index(a.Text, a.Title); i >= 0 && a.Title != "" {
			titleAt = i
		}
		pf.headline = true
		titleMentions := pf.mentions(titleToks, 0, len(titleToks))
		pf.headline = false
		for _, m := range titleMentions {
			m.title = true
			// The title's offsets index the title: they index the text only
			// when the text holds the title.
			if titleAt >= 0 {
				m.span = Span{m.span.Start + titleAt, m.span.End + titleAt}
			} else {
				m.span = Span{}
			}
			head = append(head, m)
		}
	}
	var lede []partyMention
	read := 0
	for _, ps := range paras {
		if ps.skip != "" {
			continue
		}
		for _, u := range ps.units {
			if read < ledeSentences {
				lede = append(lede, pf.mentions(ps.toks, u.lo, u.hi)...)
				read++
			}
		}
		if read >= ledeSentences {
			break
		}
	}
	ms := mentionsWhere(head, isEvent)
	if distinctKeys(ms) < 2 {
		ms = append(ms, mentionsWhere(lede, isEvent)...)
	}
	if len(ms) == 0 {
		ms = head
	} else if distinctKeys(ms) < 2 {
		// "Erdogan Tells Putin …" over a lede that names the event with
		// one of them: the people the headline names are the others.
		ms = append(ms, mentionsWhere(head, isPerson)...)
	}
	return partiesOf(c, ppl, ms)
}

// hasHeadline tells whether the article's title is a headline of its own
// (front matter, a heading, a first line that is only the title) rather
// than its first sentence.
func hasHeadline(a *Article, paras []paraScan) bool {
	if a.Title == "" {
		return false
	}
	for _, ps := range paras {
		if ps.skip == "heading" {
			return true
		}
	}
	return !strings.HasPrefix(strings.TrimSpace(a.Slice(a.Body)), strings.TrimSuffix(a.Title, "…"))
}

// mentionsWhere are the mentions of ms that keep holds for: those that
// name a person (isPerson), those that name the event (isEvent).
func mentionsWhere(ms []partyMention, keep func(partyMention) bool) []partyMention {
	var out []partyMention
	for _, m := range ms {
		if keep(m) {
			out = append(out, m)
		}
	}
	return out
}

func isPerson(m partyMention) bool { return m.person }
func isEvent(m partyMention) bool  { return m.event }

func distinctKeys(ms []partyMention) int {
	seen := map[string]bool{}
	for _, m := range ms {
		seen[m.key] = true
	}
	return len(seen)
}

// partiesOf makes the parties of the mentions, in the order first named.
func partiesOf(c *Catalog, ppl *people, ms []partyMention) []Party {
	var out []Party
	seen := map[string]int{}
	for _, m := range ms {
		if i, ok := seen[m.key]; ok {
			if m.span.Len() > 0 {
				out[i].Named = append(out[i].Named, m.span)
			}
			continue
		}
		p := Party{Key: m.key, Name: m.key}
		if co := c.Country(m.key); co != nil {
			if len(co.Names) > 0 {
				p.Name = co.Names[0]
			}
			if who := ppl.leader(m.key); who != nil {
				p.Leader = who.name
			}
		} else {
			p.Leader = m.key
		}
		if m.span.Len() > 0 {
			p.Named = []Span{m.span}
		}
		seen[m.key] = len(out)
		out = append(out, p)
	}
	return out
}

type partyFinder struct {
	c   *Catalog
	ppl *people
	// headline: a comma joins names as "and" does ("Biden, Xi agree to
	// resume military talks").
	headline bool
}

// participantPreps put a country among the participants ("talks with
// Russia", "between Moscow and Kyiv"); other prepositions make it a place
// or a topic ("the war in Ukraine", "over Taiwan").
var participantPreps = map[string]bool{"with": true, "between": true, "and": true}

// mentions finds the actors of toks[lo:hi], clause by clause.
func (pf *partyFinder) mentions(toks []tok, lo, hi int) []partyMention {
	var out []partyMention
	px := phraser{c: pf.c, toks: toks, lo: lo, hi: hi}
	clauseStart := len(out)
	event := false
	lastPerson := ""
	// fronted: the clause just closed opened the sentence with a
	// preposition and named the event ("In a call with Putin on
	// Saturday, Erdogan said …"): the next clause's first actor, its
	// subject, is a participant too.
	fronted, frontedOpen := false, lo < hi && prepositions[toks[lo].lower]
	flush := func() {
		for k := clauseStart; k < len(out); k++ {
			out[k].event = event || fronted && k == clauseStart
		}
		fronted = frontedOpen && event
		frontedOpen = false
		clauseStart, event = len(out), false
	}
	for i := lo; i < hi; {
		t := toks[i]
		if t.quote && t.openQuote() < 0 && t.closeQuote() < 0 {
			i++
			continue
		}
		if t.text == "," && pf.headline {
			i++
			continue
		}
		if t.text == "," || t.text == ";" || t.text == ":" || t.text == "—" || t.lower == "as" || t.lower == "while" || t.lower == "after" {
			flush()
			i++
			continue
		}
		if _, n := pf.c.idx.longest(toks, i, cueEvent); n > 0 {
			event = true
		}
		if g := pronounGender[t.lower]; g != 0 && lastPerson != "" && (t.lower == "his" || t.lower == "her" || t.lower == "he" || t.lower == "she") {
			out = append(out, partyMention{key: lastPerson, span: Span{t.Start, t.End}})
			i++
			continue
		}
		if strings.ContainsAny(t.text, "-‑") && t.cap {
			// "Trump-Putin call", "US-China talks"
			out = append(out, pf.compound(t)...)
			i++
			continue
		}
		if !px.runWord(i) {
			i++
			continue
		}
		j := i
		for j < hi && px.runWord(j) && !strings.ContainsAny(toks[j].text, "-‑") {
			j++
		}
		if j == i {
			j = i + 1
		}
		if m, ok := pf.actor(&px, toks, i, j); ok {
			m.person = pf.isPersonRun(&px, i, j)
			out = append(out, m)
			if m.person {
				lastPerson = m.key
			}
		} else if pf.headline && j-i > 1 {
			// A headline in title case runs a name into the capitalised
			// verb after it ("Kishida Agree to …"): its known names count
			// one by one.
			for k := i; k < j; k++ {
				if m, ok := pf.actor(&px, toks, k, k+1); ok && pf.isPersonRun(&px, k, k+1) {
					m.person = true
					out = append(out, m)
					lastPerson = m.key
				}
			}
		}
		i = j
	}
	flush()
	return out
}

// isPersonRun tells whether toks[i:j] name a person.
func (pf *partyFinder) isPersonRun(px *phraser, i, j int) bool {
	p := px.analyze(tokRange{i, j})
	return p.shape == shapeName && pf.ppl.find(nameParts(px.toks, p.name)) != nil
}

// actor reads the run toks[i:j] as an actor of the event.
func (pf *partyFinder) actor(px *phraser, toks []tok, i, j int) (partyMention, bool) {
	if i > 0 && prepositions[toks[i-1].lower] && !participantPreps[toks[i-1].lower] && toks[i-1].lower != "to" && !pf.ownsEvent(toks, j) {
		return partyMention{}, false // "an offer by the Pope", "the war in Ukraine"
	}
	p := px.analyze(tokRange{i, j})
	span := Span{toks[i].Start, toks[j-1].End}
	switch p.shape {
	case shapeName:
		if who := pf.ppl.find(nameParts(toks, p.name)); who != nil {
			key := who.country
			if key == "" && who.principal != nil {
				key = who.principal.country
			}
			if key == "" {
				key = who.name
			}
			return partyMention{key: key, span: span}, true
		}
	case shapeRole, shapeInstitution, shapeOutlet:
		if p.shape == shapeInstitution && p.institution < 0 && (!participantAt(toks, i) || pf.headline && listedTopic(toks, i)) {
			return partyMention{}, false // "discuss Ukraine", "discuss trade, Pakistan": a country as a topic
		}
		if p.country == "" && !p.principal.empty() {
			// "Trump's envoy": the principal's side.
			if who := pf.ppl.find(nameParts(toks, p.principal)); who != nil {
				return partyMention{key: orElse(who.country, who.name), span: span}, true
			}
		}
		if p.country == "" {
			return partyMention{}, false
		}
		if p.shape == shapeRole && p.office < 0 && !p.staff {
			return partyMention{}, false
		}
		return partyMention{key: p.country, span: span}, true
	}
	return partyMention{}, false
}

// ownsEvent tells whether the run ending at j owns the event named right
// after it ("a readout of Trump's call with …", "details of Xi's talks
// with …"): whoever holds the call is a party to it, whatever
// preposition stands before.
func (pf *partyFinder) ownsEvent(toks []tok, j int) bool {
	if j == 0 || j >= len(toks) || !isPossessive(toks[j-1]) {
		return false
	}
	_, n := pf.c.idx.longest(toks, j, cueEvent)
	return n > 0
}

// participantAt tells whether a country named at toks[i] stands where a
// participant does: opening the clause, or after "with", "between" or
// "and" ("Moscow and Kyiv will begin talks", "talks with Russia").
func participantAt(toks []tok, i int) bool {
	if i == 0 {
		return true
	}
	switch p := toks[i-1]; {
	case !p.word:
		return p.text != "'" && p.text != "’"
	case participantPreps[p.lower], p.lower == "both":
		return i < 2 || participantPreps[p.lower] && p.lower != "and" || !toks[i-2].word || participantAt(toks, i-2) || toks[i-2].cap
	}
	return false
}

// listedTopic tells whether the word at i follows a comma that follows a
// word in lower case: in a headline, a country listed among topics
// ("discuss trade, Pakistan") rather than joined to a name ("Biden, Xi
// agree").
func listedTopic(toks []tok, i int) bool {
	return i >= 2 && toks[i-1].text == "," && toks[i-2].word && !toks[i-2].cap
}

// compound reads a dash compound of names or countries ("Trump-Putin",
// "US-China", "Russia-Ukraine").
func (pf *partyFinder) compound(t tok) []partyMention {
	var out []partyMention
	off := t.Start
	for _, part := range strings.FieldsFunc(t.text, func(r rune) bool { return r == '-' || r == '‑' }) {
		at := strings.Index(t.text[off-t.Start:], part) + off
		ptoks := tokenize(part, Span{0, len(part)})
		key := ""
		if cu, n := pf.c.idx.longest(ptoks, 0, cueCountryAdj, cueCountryName); n > 0 {
			key = pf.c.Countries[cu.ref].Code
		} else if who := pf.ppl.find([]string{part}); who != nil {
			key = orElse(who.country, who.name)
		}
		if key != "" {
			out = append(out, partyMention{key: key, span: Span{at, at + len(part)}})
		}
		off = at + len(part)
	}
	return out
}

// titleWords reads a headline in title case ("Biden Presses Netanyahu on
// Aid in Tense Call") as a sentence: a capitalised word the story writes
// in lower case ("presses", "aid", "call") is no name.
func titleWords(toks []tok, c *Catalog, ppl *people) []tok {
	if !inTitleCase(toks) {
		return toks
	}
	for k := range toks {
		t := &toks[k]
		if !t.cap {
			continue
		}
		_, verb := c.idx.verbs[t.lower]
		_, event := c.idx.longest(toks, k, cueEvent)
		if ppl.lowerSeen[t.lower] || verb || event > 0 || prepositions[t.lower] || determiners[t.lower] || conjunctions[t.lower] {
			t.cap = false
		}
	}
	return toks
}

// inTitleCase tells whether a headline is written in title case: most of
// its words of four letters or more, after the first, are capitalised.
func inTitleCase(toks []tok) bool {
	long, capped := 0, 0
	for k, t := range toks {
		if k > 0 && t.word && len(t.lower) > 3 {
			long++
			if t.cap {
				capped++
			}
		}
	}
	return long >= 2 && capped*10 >= long*7
}
