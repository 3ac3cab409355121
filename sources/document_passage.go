package sources

import (
	"strings"
)

// A side's document is not always about the call alone. A leader's nightly
// address or a statement on many matters gives the call one passage ("This
// evening I spoke with Prime Minister …. I told him about …") among
// reports of other meetings, decrees and the war. Only that passage is the
// side's account of the call: the rest stays in the text pane but gives no
// statement, or a fact-checker comparing the two accounts would read every
// other sentence of the address as one side's version of the call.
//
// The passage opens with a sentence that names the other side (its
// country, a person of it, the first name the speaker calls them by)
// together with a verb of talking and the speaker ("I", "me"), and goes on while the sentences report
// the talk: the other side named again, a verb of reported speech ("I told",
// "we agreed", "security was discussed"), a list of topics without a verb
// ("On fuel supplies."). It ends where the text turns to another matter,
// another person or another time. A document whose title or heading names
// the call or the other side is about the call and is read whole, as are a
// transcript and a document that never speaks in the first person (a
// readout).

// callParty is how a document may name the other side of the call.
type callParty struct {
	lx        *docLexicon
	own       string          // the document's own side
	countries map[string]bool // the other side's countries
	names     map[string]bool // lower-case words of the names of its people
	// strangers are the words of the names of people of a third country:
	// naming one as the one spoken with starts another matter.
	strangers map[string]bool
}

// newCallParty gathers how the other documents' sides are named in section
// s: their countries, the persons the document binds to them (by an office
// and country, "Prime Minister of Britain Ann Hale", or as the gazetteer
// knows them) and the persons the other documents' titles name. It is nil
// when no other document speaks for another side.
func newCallParty(a *Article, s docSection, own string, others []docIdentity, people *docPeople, c *Catalog, lx *docLexicon) *callParty {
	cp := &callParty{lx: lx, own: own, countries: map[string]bool{}, names: map[string]bool{}, strangers: map[string]bool{}}
	for _, o := range others {
		if o.party != "" && o.party != own {
			cp.countries[o.party] = true
		}
	}
	if len(cp.countries) == 0 {
		return nil
	}
	for _, o := range others {
		if cp.countries[o.party] {
			for _, n := range []string{o.author, o.principal} {
				name, _ := splitRole(n, lx)
				cp.addName(name, o.party)
			}
		}
	}
	for _, p := range people.people {
		cp.addName(p.name, p.country)
	}
	if c != nil && c.idx != nil {
		for _, p := range a.Paragraphs[s.from:s.to] {
			cp.addKnownNames(docTokens(a.Text, p.Span), c.idx.figures)
		}
	}
	return cp
}

// addName files the words of a person's name under the other side, or
// under a third country; a person of the document's own side, or of no
// known side, is neither.
func (cp *callParty) addName(name, country string) {
	var set map[string]bool
	switch {
	case cp.countries[country]:
		set = cp.names
	case country != "" && country != cp.own:
		set = cp.strangers
	default:
		return
	}
	for _, w := range strings.Fields(name) {
		w = strings.ToLower(strings.Trim(w, ".,"))
		if len(w) > 1 && !cp.lx.isRole(w) {
			set[w] = true
		}
	}
}

// addKnownNames files the full names the gazetteer knows among the runs of
// capitalised words of toks ("Ann Hale" in "Prime Minister Ann Hale").
func (cp *callParty) addKnownNames(toks []dtok, figures *figureIndex) {
	if figures == nil {
		return
	}
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && toks[j].word && docCapitalized(toks[j].s) {
			j++
		}
		if j == i {
			i++
			continue
		}
		for from := i; from < j; from++ {
			for to := from + 2; to <= j && to-from <= figures.maxWords; to++ {
				words := make([]string, 0, to-from)
				for _, t := range toks[from:to] {
					words = append(words, t.s)
				}
				if f := figures.fullName(words, 0); f >= 0 {
					country, _ := figures.role(f, 0)
					cp.addName(strings.Join(words, " "), country)
				}
			}
		}
		i = j
	}
}

// named tells whether toks name the other side: one of its countries, or a
// word of one of its people's names, written with a capital.
func (cp *callParty) named(toks []dtok) bool {
	for i, t := range toks {
		if !t.word || !docCapitalized(t.s) {
			continue
		}
		if cp.names[t.lower] {
			return true
		}
		if code, n := cp.lx.countryAt(toks, i); n > 0 && cp.countries[code] {
			return true
		}
	}
	return false
}

// namedIn tells whether a title or heading names the other side.
func (cp *callParty) namedIn(s string) bool {
	return cp.named(docTokens(s, Span{0, len(s)}))
}

// stranger tells whether toks name a third party as the one spoken with: a
// person or a country of neither side before any topic word ("I also spoke
// with Chancellor Weber", not "we spoke about the sanctions on Ruritania").
func (cp *callParty) stranger(toks []dtok) bool {
	for i, t := range toks {
		if !t.word {
			continue
		}
		if aboutWords[t.lower] {
			return false
		}
		if !docCapitalized(t.s) {
			continue
		}
		if cp.strangers[t.lower] && !cp.names[t.lower] {
			return true
		}
		if code, n := cp.lx.countryAt(toks, i); n > 0 && code != cp.own && !cp.countries[code] {
			return hasCallVerb(toks)
		}
	}
	return false
}

// shortDocument is how many units a document has at most that is read
// whole: a post or a short statement that mentions the call is about it
// ("I just had a call with … We discussed … They are coming home.").
const shortDocument = 12

// longDocument is how many units make a document long: a title naming the
// other side does not keep a document that long whole when it reports the
// call in one passage.
const longDocument = 40

// maxAside is how many sentences in a row may go on in the first person
// plural ("We are looking for ways …") without a sign of the talk before
// the passage ends.
const maxAside = 2

// callPassage tells which units are the document's passage about the call,
// or nil when the whole document is its account: when nothing names the
// other side, when the document is short, when its title or heading names
// the call or the other side (a long document's title may name the side in
// passing), in a transcript, and in a document without a sentence in the
// first person singular. party gathers the other side's names, only for a
// document that may be cut, as that reads the whole section again.
func callPassage(text string, units []docUnit, heading string, who docIdentity, party func() *callParty) []bool {
	if len(units) <= shortDocument || namesCall(who.title) || namesCall(heading) {
		return nil
	}
	toks := make([][]dtok, len(units))
	firstPerson := false
	for i, u := range units {
		if u.turn != nil {
			return nil
		}
		all := docTokens(text, u.Span)
		firstPerson = firstPerson || hasWordI(all)
		toks[i] = docTrimLead(all)
	}
	if !firstPerson {
		return nil
	}
	cp := party()
	if cp == nil || (cp.namedIn(who.title) || cp.namedIn(heading)) && len(units) < longDocument {
		return nil
	}
	keep := make([]bool, len(units))
	found := false
	for i := 0; i < len(units); i++ {
		if cp.opens(toks[i]) {
			found = true
			i = cp.markPassage(toks, i, keep)
		}
	}
	if !found {
		return nil
	}
	return keep
}

// markPassage marks the passage that opens at sentence i in keep and
// returns its last sentence.
func (cp *callParty) markPassage(toks [][]dtok, i int, keep []bool) int {
	keep[i] = true
	aside := 0
	for i+1 < len(toks) {
		step := cp.follows(toks[i+1])
		if step == passageEnds || step == passageAside && aside == maxAside {
			break
		}
		if step == passageAside {
			aside++
		} else {
			aside = 0
		}
		i++
		keep[i] = true
	}
	return i
}

// opens tells whether a sentence opens the passage about the call: it
// names the other side and a talk with the speaker ("I spoke with …", "Ann
// Hale called me"), not a talk of theirs with others ("Ann Hale spoke to
// our parliament").
func (cp *callParty) opens(toks []dtok) bool {
	return cp.named(toks) && hasCallVerb(toks) && speakerTakesPart(toks)
}

// speakerTakesPart tells whether the speaker is in the sentence's own
// clause as a person: "I", "we", "me", "us".
func speakerTakesPart(toks []dtok) bool {
	for _, t := range toks {
		if t.word && t.depth == 0 && (t.lower == "i" || t.lower == "we" || t.lower == "me" || t.lower == "us") {
			return true
		}
	}
	return false
}

// passageStep is how a sentence stands to the passage before it.
type passageStep int

const (
	passageEnds  passageStep = iota // another matter, person or time
	passageGoes                     // it reports the talk
	passageAside                    // it may go on ("We are looking for …")
)

// follows tells how the sentence toks stands to the call passage before it.
func (cp *callParty) follows(toks []dtok) passageStep {
	switch {
	case len(toks) == 0:
		return passageEnds
	case cp.named(toks):
		return passageGoes
	case cp.stranger(toks) || turnsTime(toks):
		return passageEnds
	case hasReportVerb(toks) || isTopicList(toks):
		return passageGoes
	case toks[0].lower == "we" || toks[0].lower == "our" || toks[0].lower == "he" || toks[0].lower == "she":
		return passageAside
	}
	return passageEnds
}

// callWords are the words that report a talk between two people.
var callWords = docWordSet(`spoke speak speaks spoken talked talks talk told discussed phoned
	conversation conversations`)

// hasCallVerb tells whether toks report a talk: "spoke", "told", "had a
// call", "a long call with", "called Ann" (not "called on" or "called
// for").
func hasCallVerb(toks []dtok) bool {
	for i, t := range toks {
		if !t.word {
			continue
		}
		switch {
		case callWords[t.lower]:
			return true
		case t.lower == "call" || t.lower == "calls":
			if i > 0 && callDeterminers[toks[i-1].lower] || i+1 < len(toks) && toks[i+1].lower == "with" {
				return true
			}
		case t.lower == "called":
			if i+1 < len(toks) && toks[i+1].word && !calledOn[toks[i+1].lower] {
				return true
			}
		}
	}
	return false
}

// callDeterminers come before "call" the noun ("a call", "our phone
// call"), not "call" the verb ("I call on …").
var callDeterminers = docWordSet(`a an the this that our my his her their your its phone telephone video`)

// calledOn follow "called" that is not a call: "called on", "called for".
var calledOn = docWordSet(`on upon for to it them this that`)

// reportVerbs are the past verbs by which a speaker reports what was said
// in a talk: "I told", "we agreed", "guarantees were discussed".
var reportVerbs = docWordSet(`told said informed thanked asked invited stressed emphasised emphasized
	noted discussed agreed talked spoke raised briefed assured explained proposed suggested offered
	urged welcomed congratulated expressed reaffirmed reiterated mentioned exchanged touched updated
	conveyed described outlined underlined underscored highlighted confirmed coordinated reviewed
	considered covered praised promised pledged`)

// hasReportVerb tells whether a sentence's own clause has a verb of
// reported talk.
func hasReportVerb(toks []dtok) bool {
	for _, t := range toks {
		if t.word && t.depth == 0 && reportVerbs[t.lower] {
			return true
		}
	}
	return false
}

// topicOpeners open a list of the talk's topics without a verb of its own
// ("About the grain corridor.", "On how to reopen the ports.").
var topicOpeners = [][]string{{"about"}, {"on"}, {"upon"}, {"regarding"}, {"concerning"}, {"as", "well", "as"}}

// topicOpenerEnd is how many tokens the topic word opening toks covers,
// or 0.
func topicOpenerEnd(toks []dtok) int {
	for _, o := range topicOpeners {
		if n := matchWords(toks, o); n > 0 {
			return n
		}
	}
	return 0
}

// isTopicList tells whether a sentence is a list of the talk's topics: it
// opens with a topic word, not with a time ("On Monday …"), and has no
// clause of its own (a subject pronoun, an auxiliary, a verb of a readout
// in the past, or after a comma a verb in -ed: "On the issue of tariffs,
// the Minister refuted …") outside a clause that a question word opens
// ("On how we can …").
func isTopicList(toks []dtok) bool {
	n := topicOpenerEnd(toks)
	if n == 0 || n >= len(toks) || timeWords[toks[n].lower] {
		return false
	}
	inClause, afterComma := false, false
	for _, t := range toks[n:] {
		switch {
		case t.depth != 0:
		case t.s == ",":
			inClause, afterComma = false, true
		case questionWords[t.lower]:
			inClause = true
		case inClause || !t.word:
		case subjectPronouns[t.lower] || finiteMarkers[t.lower] || isPastPredicate(t.lower):
			return false
		case afterComma && strings.HasSuffix(t.lower, "ed"):
			return false
		}
	}
	return true
}

var questionWords = docWordSet(`how what whether why where when which who that if`)

// timeWords name a day or a time: a sentence opening with one, or with
// "On" and one, turns to another time. The weekdays are grammar.go's.
var timeWords = withWeekdays(docWordSet(`january february march april may june july august september
	october november december today tomorrow yesterday tonight weekend morning evening afternoon night
	week month year day next last this`))

// withWeekdays adds the weekdays to set.
func withWeekdays(set map[string]bool) map[string]bool {
	for w := range weekdays {
		set[w] = true
	}
	return set
}

// timeOpeners open a sentence about another time than the talk's.
var timeOpeners = docWordSet(`tomorrow yesterday tonight later afterwards earlier next last then`)

// turnsTime tells whether a sentence opens with another time: "Tomorrow
// …", "On Monday …", "Next week …".
func turnsTime(toks []dtok) bool {
	first := toks[0].lower
	if timeOpeners[first] {
		return true
	}
	return len(toks) > 1 && (first == "on" || first == "this") && timeWords[toks[1].lower]
}

// hasWordI tells whether a sentence speaks in the first person singular
// in its own clause, not inside a quotation.
func hasWordI(toks []dtok) bool {
	for _, t := range toks {
		if t.word && t.depth == 0 && t.s == "I" {
			return true
		}
	}
	return false
}

// callNouns in a title or heading say the document reports a call.
var callNouns = docWordSet(`call calls called conversation conversations phone telephone talks talked
	spoke speaks videoconference meeting meets met readout`)

// namesCall tells whether a title or heading names the call.
func namesCall(s string) bool {
	for _, w := range plainWords(s) {
		if callNouns[w] {
			return true
		}
	}
	return false
}
