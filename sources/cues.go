package sources

import (
	"slices"
	"strings"
)

// Pass 2: attribution cues. In each unit, outside quotations, find the
// words that attribute speech: a reporting verb in any of its forms
// ("said", "has told", "adding", "was quoted as saying", "is said to have
// told"), a speech act whose object is what was said ("voiced concern
// about …", "urged Xi to …", "welcomed the decision"), a participle in an
// absolute clause ("…, with Biden pressing Xi on …", "…, the Russian
// leader insisting that …"), "according to", "described … as", "called …
// “…”", and a name followed by a colon and a quotation. For each cue the pass records its
// words, what stands between the verb and what was said (an object, phrases
// of time, place and medium), and where what was said begins when it
// follows the cue. Who speaks is pass 3's business; what was said before a
// trailing cue ("“…,” he said") is found once the speaker phrase is known.

type cueForm uint8

const (
	formFinite     cueForm = iota // X said (that) …; “…,” X said; …, said X
	formParticiple                // …, saying …; … before adding that …: the subject is the context's
	formWith                      // …, with X saying …
	formPassive                   // X was quoted as saying …; X is said to have told Y that …
	formQuoted                    // Xinhua quoted X as saying …
	formAccording                 // according to X, …; …, according to X
	formColon                     // X: “…”
)

// How what was said is introduced after the cue (attrCue.afterBy).
const (
	byThat   = 't' // said that …
	byColon  = ':' // said: …
	byQuote  = 'q' // said “…”
	byClause = 'c' // said the talks …; according to X, the talks …
	byObject = 'o' // described the talks as …; called the talks “…”
)

// tokRange is a half-open range of token indices in one paragraph.
type tokRange struct{ lo, hi int }

func (r tokRange) empty() bool { return r.hi <= r.lo }

// attrCue is one attribution cue found by pass 2.
type attrCue struct {
	para, unit int
	head       int   // the verb, "according", or the colon
	vLo, vHi   int   // the verb group: auxiliaries and frames before it, its particle and "as saying" after
	verb       *Verb // nil for "according to" and colon quotes
	form       cueForm
	had        bool     // pluperfect: "had said", "she’d said"
	habitual   bool     // "has long said", "has said several times that"
	perfect    bool     // "has said", "have vowed": present perfect
	object     tokRange // told <object>; quoted <object> as saying
	agent      tokRange // "by Xinhua" of a passive; X of "according to X"
	after      int      // first token of what is said after the cue, or -1
	afterBy    byte
	// adjuncts are the phrases of time, place and medium right after the
	// verb group ("on Monday", "in a post on X", "to reporters").
	adjuncts []tokRange
}

// findCues runs pass 2 over every paragraph.
func findCues(c *Catalog, paras []paraScan) []attrCue {
	var out []attrCue
	for pi := range paras {
		ps := &paras[pi]
		if ps.skip != "" {
			continue
		}
		for ui, u := range ps.units {
			out = unitCues(c, ps.toks, pi, ui, u, out)
		}
	}
	return out
}

// unitCues appends the cues of one unit.
func unitCues(c *Catalog, toks []tok, pi, ui int, u unit, out []attrCue) []attrCue {
	cx := cueScanner{c: c, toks: toks, lo: u.lo, hi: u.hi}
	if cu, ok := cx.colonCue(); ok {
		cu.para, cu.unit = pi, ui
		out = append(out, cu)
	}
	before := len(out)
	for i := u.lo; i < u.hi; i++ {
		t := toks[i]
		if cu, ok := cx.quotedVerb(i); ok {
			cu.para, cu.unit = pi, ui
			out = append(out, cu)
			continue
		}
		if !t.word || t.quote || t.cap && i > u.lo && toks[i-1].word {
			continue // a capital inside a sentence is a name ("the United States"), not a verb
		}
		var cu attrCue
		ok := false
		if n := sourceOpener(toks, i, u.hi); n > 0 {
			cu, ok = cx.according(i, n)
		} else if t.lower == "in" && cx.opensUnit(i) {
			cu, ok = cx.inDocument(i)
		} else if t.lower == "as" && cx.opensUnit(i) {
			cu, ok = cx.asReported(i)
		} else if vf, isVerb := c.idx.verb(t); isVerb {
			cu, ok = cx.verbCue(i, vf)
		} else if c.idx.unlisted(toks, i) && i+1 < u.hi {
			cu, ok = cx.verbCue(i, verbForm{Verb: unlistedVerb, finite: true})
		}
		if ok {
			cu.para, cu.unit = pi, ui
			out = append(out, cu)
			i = max(i, cu.vHi-1)
			cx.withSeen = cx.withSeen || cu.form == formWith
		}
	}
	if len(out) == before {
		// "The German readout of the call:": a source without a verb.
		if cu, ok := cx.documentLede(); ok {
			cu.para, cu.unit = pi, ui
			out = append(out, cu)
		}
	}
	return out
}

// cueScanner reads the cues of one unit.
type cueScanner struct {
	c      *Catalog
	toks   []tok
	lo, hi int
	// withSeen: the unit has a "with X saying" cue, so a later "and Y
	// warning" is another.
	withSeen bool
}

func (x *cueScanner) word(i int) string {
	if i < x.lo || i >= x.hi || x.toks[i].quote {
		return ""
	}
	return x.toks[i].lower
}

// verbCue reads the reporting verb form at i.
func (x *cueScanner) verbCue(i int, vf verbForm) (attrCue, bool) {
	cu := attrCue{head: i, vLo: i, vHi: i + 1, verb: vf.Verb, form: formFinite, after: -1}
	if vf.Particle != "" {
		if x.word(i+1) != vf.Particle {
			return cu, false
		}
		cu.vHi = i + 2
	}
	left := x.skipLeftAdverbs(i)
	prev := x.word(left - 1)
	switch {
	case vf.passive && x.passiveBefore(left):
		return x.passive(cu, i, vf)
	case vf.participle && !vf.finite:
		if x.toks[i].cap && (left != x.lo || inTitleCase(x.toks[x.lo:x.hi])) {
			// "a book titled: Saying Yes to a New Start, Saying No to a
			// Wall": a capitalised participle inside a sentence, or
			// opening a line in title case, is a title's word.
			return cu, false
		}
		if prev == "as" {
			return cu, false // "quoted … as saying" belongs to the quoting verb
		}
		if v, ok := x.issuedBefore(left); ok {
			// "The ministry issued a statement saying that …": the verb
			// before only puts out the document, whose issuer speaks.
			cu.vLo = v
			break
		}
		if replyVerbs[prev] && x.pastVerbAt(left-1) {
			// "Rossi replied saying that …": the verb before only frames
			// the answer, whose subject speaks.
			cu.vLo = left - 1
			break
		}
		if prev == "by" && x.pastVerbAt(left-2) {
			// "Xi responded by saying that …", "she ended by noting …": the
			// verb before "by" only frames the act, whose subject speaks.
			cu.vLo = left - 2
			break
		}
		if w, ok := x.withBefore(left); ok {
			cu.form, cu.vLo = formWith, w
		} else if a, ok := x.andBefore(left); ok && (x.withSeen || x.withClauseBefore(a)) {
			// "with A saying … and B warning …"; also after a with-clause
			// that holds no reporting verb ("with A visiting … and B
			// saying …").
			cu.form, cu.vLo = formWith, a
		} else if beAux[prev] {
			cu.vLo = left - 1 // "is saying": a finite verb after all
		} else if prev == "," || joiners[prev] || left == x.lo || prev == "—" || prev == "–" || x.commaQuoteBefore(left) {
			cu.form = formParticiple
		} else if c, ok := x.absoluteBefore(left); ok {
			cu.form, cu.vLo = formWith, c // "…, the Russian leader insisting that …"
		} else {
			return cu, false
		}
	case !vf.finite:
		return cu, false
	default:
		if beAux[prev] {
			// "Results will be announced on Monday", "the deal was
			// welcomed": a passive, whose subject is what is told of,
			// not who tells it. The passives that name their speaker
			// ("was quoted as saying") are read above.
			return cu, false
		}
		if !x.finiteContext(&cu, left) || x.byParticiple(cu.vHi) {
			return cu, false
		}
	}
	if vf.Class == verbQuote {
		return x.quoting(cu)
	}
	return x.afterVerb(cu)
}

// pastVerbAt tells whether toks[k] is a verb in the past, lower-case and
// unquoted: a listed reporting verb or a past tense in -ed ("replied",
// "concluded", "ended").
func (x *cueScanner) pastVerbAt(k int) bool {
	w := x.word(k)
	if w == "" || x.toks[k].cap {
		return false
	}
	if vf, ok := x.c.idx.verbs[w]; ok && vf.finite {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// issueVerbs put out a document ("issued a statement", "posted a
// message").
var issueVerbs = map[string]bool{"issued": true, "released": true, "published": true, "posted": true, "circulated": true, "sent": true, "distributed": true}

// issuedBefore finds the verb that puts out the document named right
// before the participle at i ("issued a brief statement saying", "put out
// a statement saying"): its first token, when there is one.
func (x *cueScanner) issuedBefore(i int) (int, bool) {
	doc := -1
	for k := i - 1; k >= x.lo && k >= i-6; k-- {
		if x.c.idx.documents[x.word(k)] && x.documentParticiple(k) == i {
			doc = k
			break
		}
	}
	if doc < 0 {
		return 0, false
	}
	for j := doc - 1; j >= x.lo && j >= doc-4; j-- {
		w := x.word(j)
		switch {
		case w == "" || !x.toks[j].word:
			return 0, false
		case issueVerbs[w]:
			return j, true
		case w == "out" && x.word(j-1) == "put":
			return j - 1, true
		}
	}
	return 0, false
}

// replyVerbs frame a participle of speech right after them ("replied
// saying", "responded stressing").
var replyVerbs = map[string]bool{"replied": true, "responded": true, "answered": true, "reacted": true, "retorted": true}

// byParticiple tells whether "by" and a reporting participle stand at k
// ("responded by saying"): the participle is the cue, not the verb before.
func (x *cueScanner) byParticiple(k int) bool {
	if x.word(k) != "by" || k+1 >= x.hi {
		return false
	}
	vf, ok := x.c.idx.verb(x.toks[k+1])
	return ok && vf.participle
}

// quotedVerb reads a quotation that opens with the reporting verb of the
// subject before it: "Xi, according to the Chinese readout, “stressed
// that Taiwan is a red line.”", or right after the name: "Biden
// “pledged America's support”". The quotation is what was said; the
// subject stands before the quotation mark at i.
func (x *cueScanner) quotedVerb(i int) (attrCue, bool) {
	if i-1 < x.lo || i+2 >= x.hi || x.toks[i].openQuote() < 0 {
		return attrCue{}, false
	}
	name := x.toks[i-1]
	if name.text != "," && !(name.word && name.cap && !name.quote) {
		return attrCue{}, false
	}
	v := x.toks[i+1]
	v.quote = false // the verb is quoted with what it reports
	vf, ok := x.c.idx.verb(v)
	if !ok || !vf.finite || v.cap || vf.Class == verbQuote || vf.Class == verbDescribe {
		return attrCue{}, false
	}
	px := phraser{c: x.c, toks: x.toks, lo: x.lo, hi: x.hi}
	if name.text == "," && px.asideOpening(i-1) < 0 {
		return attrCue{}, false // only after a subject and the clause set off after it
	}
	return attrCue{head: i + 1, vLo: i, vHi: i, verb: vf.Verb, form: formFinite, after: i, afterBy: byQuote}, true
}

// demonstrativeMessage returns the length of "this message", "that
// point", "these concerns" at k — an object that points back at the words
// before the attribution — or 0. A bare "this", "it" or "so" before a
// phrase of place, time or medium, a comma or the end points back too
// ("reported this on Telegram", "said so in a post"); before a verb it
// opens what was said ("said this was a mistake").
func (x *cueScanner) demonstrativeMessage(k int) int {
	switch x.word(k) {
	case "this", "that", "these", "those":
		if messageNouns[x.word(k+1)] {
			return 2
		}
	}
	switch x.word(k) {
	case "this", "it", "so":
		if next := k + 1; next >= x.hi || prepositions[x.word(next)] || x.toks[next].text == "," || x.toks[next].text == "." {
			return 1
		}
	}
	return 0
}

// messageNouns are what a demonstrative object of a reporting verb
// refers back to.
var messageNouns = map[string]bool{"message": true, "messages": true, "point": true, "points": true, "view": true,
	"views": true, "position": true, "stance": true, "warning": true, "concern": true, "concerns": true,
	"demand": true, "demands": true, "assessment": true, "line": true}

// withClauseBefore tells whether ", with" opens an absolute clause before
// token k in the unit.
func (x *cueScanner) withClauseBefore(k int) bool {
	for j := x.lo + 1; j < k; j++ {
		if t := x.toks[j]; t.lower == "with" && !t.quote && x.toks[j-1].text == "," {
			return true
		}
	}
	return false
}

// skipLeftAdverbs returns the index after the last token before i that is
// not an adverb or a short phrase of time ("on Monday").
func (x *cueScanner) skipLeftAdverbs(i int) int {
	j := i
	for j > x.lo {
		t := x.toks[j-1]
		if x.c.idx.isAdverb(t) {
			j--
			continue
		}
		if weekdays[t.lower] && j-2 >= x.lo && x.toks[j-2].lower == "on" {
			j -= 2
			continue
		}
		break
	}
	return j
}

// finiteContext checks the words before a finite verb form: it is no
// attribution after a determiner, possessive or preposition ("the stated
// aim", "Russia's claims", "in remarks"), after "to" outside a passive
// frame ("declined to say"), or under negation ("did not say"). It takes
// auxiliaries, adverbs and a passive frame ("is said to have told") into
// the verb group and notes the pluperfect and habitual adverbs.
func (x *cueScanner) finiteContext(cu *attrCue, left int) bool {
	j := cu.head
	for j > x.lo {
		t := x.toks[j-1]
		switch {
		case t.quote || !t.word:
			cu.vLo = j
			return true
		case negations[t.lower]:
			return false
		case t.lower == "have" && x.word(j-2) == "to":
			if be, ok := x.passiveFrame(j - 2); ok {
				cu.form, cu.vLo = formPassive, be
				return true
			}
			return false
		case t.lower == "to":
			return false // "declined to say", "wants to tell"
		case t.lower == "had" || t.lower == "'d":
			cu.had = true
			j--
		case auxiliaries[t.lower]:
			cu.perfect = cu.perfect || t.lower == "has" || t.lower == "have"
			j--
		case x.c.idx.isAdverb(t) || x.habitualWord(j-1):
			if x.habitualWord(j - 1) {
				w := x.word(j - 2)
				cu.habitual = cu.habitual || w == "has" || w == "have" || w == "had"
			}
			j--
		case weekdays[t.lower] && x.word(j-2) == "on":
			j -= 2
		case j == cu.head && isPossessive(t) && cu.verb.PossessiveSubject:
			cu.vLo = j // "Trump's assertion that …": the possessor speaks
			return true
		case j == cu.head && cu.verb.PossessiveSubject && x.sideAdjectiveBefore(j) > 0:
			cu.vLo = j // "the Chinese interpretation that …": the side speaks
			return true
		case j == cu.head && (t.lower == "that" || t.lower == "which") && x.c.idx.documents[x.word(j-2)]:
			cu.vLo = j // "a readout that stated: …": the relative's antecedent speaks
			return true
		case j == cu.head && (determiners[t.lower] || prepositions[t.lower] || isPossessive(t) || x.verbLike(t) && !x.nounAfterDeterminer(j-1)):
			return false // "the stated aim", "in remarks", "denied reports of …"
		case j == cu.head && t.lower == "and" && x.pluralNounAt(cu.head):
			return false // "peace between Italy and states in the region"
		default:
			if strings.HasSuffix(t.lower, "'d") {
				cu.had = true // "she’d said": the pronoun carries the auxiliary
			}
			cu.vLo = j
			return true
		}
	}
	cu.vLo = j
	return true
}

// pluralNounAt tells whether the present form at k, after "and", is a
// plural noun: a place or a time follows it at once ("and states in the
// region", "and reports from the front"), not what a verb of speech
// takes.
func (x *cueScanner) pluralNounAt(k int) bool {
	w := x.word(k)
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	switch x.word(k + 1) {
	case "in", "of", "from", "across", "around", "near", "beyond", "within", "outside":
		return true
	}
	return false
}

// sideAdjectiveBefore returns the length of a country's adjective that
// stands right before token j after a definite article ("the Chinese
// interpretation", "the Russian version"), or 0.
func (x *cueScanner) sideAdjectiveBefore(j int) int {
	_, n := x.c.idx.endingAt(x.toks, x.lo, j, cueCountryAdj)
	if n == 0 || x.word(j-n-1) != "the" {
		return 0
	}
	return n
}

// habitualWord tells whether toks[k] is a one-word phrase of frequency
// ("long", "repeatedly"): "has long said" is a claim made over and over.
func (x *cueScanner) habitualWord(k int) bool {
	_, n := x.c.idx.longest(x.toks, k, cueHabitual)
	return n == 1 && !x.toks[k].quote
}

// verbLike tells whether t is a verb in the past or a reporting verb: a
// form after it is its object noun ("denied reports", "dismissed claims").
// nounAfterDeterminer tells whether the word at k, which could be a verb
// ("remarks", "comments"), is a noun: a determiner or possessive stands
// before it ("her remarks clarified that …").
func (x *cueScanner) nounAfterDeterminer(k int) bool {
	if k-1 < x.lo {
		return false
	}
	p := x.toks[k-1]
	return !p.quote && (determiners[p.lower] || isPossessive(p))
}

func (x *cueScanner) verbLike(t tok) bool {
	if !t.word || t.cap || t.quote {
		return false
	}
	if _, ok := x.c.idx.verb(t); ok {
		return true
	}
	return len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")
}

// passiveFrame reads "is said to", "was reported to", "is understood to"
// ending with the "to" at k, and returns the index of the form of "be".
func (x *cueScanner) passiveFrame(k int) (int, bool) {
	p := x.skipLeftAdverbs(k) - 1
	if p < x.lo {
		return 0, false
	}
	w := x.toks[p]
	vf, ok := x.c.idx.verb(w)
	if !(ok && vf.passive) && !frameParticiples[w.lower] {
		return 0, false
	}
	be := x.skipLeftAdverbs(p) - 1
	if !beAux[x.word(be)] {
		return 0, false
	}
	return be, true
}

// frameParticiples report unnamed sources' knowledge in a passive frame:
// "X is understood to have told Y …".
var frameParticiples = map[string]bool{"understood": true, "believed": true, "thought": true, "known": true}

// passiveBefore tells whether toks[left-1] is a form of "be" (a passive).
func (x *cueScanner) passiveBefore(left int) bool {
	return beAux[x.word(left-1)]
}

// passive reads "X was quoted (by Y) as saying …" and skips the frame of
// "X is said to have told …", whose inner verb carries the cue.
func (x *cueScanner) passive(cu attrCue, i int, vf verbForm) (attrCue, bool) {
	if vf.Class != verbQuote && vf.Class != verbDescribe {
		return cu, false // "was said to", "is reported to": the inner verb is the cue
	}
	cu.form = formPassive
	cu.vLo = x.skipLeftAdverbs(i) - 1
	k := i + 1
	if x.word(k) == "by" {
		start := k
		k = x.nounPhraseEnd(k+1, 8)
		cu.agent = tokRange{start + 1, k}
	}
	if vf.Class == verbDescribe {
		// "the talks were described as “useful” by the Kremlin" is rare
		// and names no speaker before the verb: not read.
		return cu, false
	}
	if x.word(k) != "as" {
		return cu, false
	}
	k++
	if vf2, ok := x.c.idx.verb(x.toks[min(k, x.hi-1)]); ok && k < x.hi && vf2.participle {
		cu.verb = vf2.Verb
		k++
	} else {
		cu.verb = x.sayVerb(vf.Verb)
	}
	cu.vHi = k
	return x.afterVerb(cu)
}

// sayVerb is the plain verb "say" of the catalog, for "was quoted as
// …" without a participle.
func (x *cueScanner) sayVerb(fallback *Verb) *Verb {
	if vf, ok := x.c.idx.verbs["said"]; ok {
		return vf.Verb
	}
	return fallback
}

// quoting reads "X quoted Y as saying …": the object is the speaker, the
// subject the channel.
func (x *cueScanner) quoting(cu attrCue) (attrCue, bool) {
	k := cu.vHi
	end := x.nounPhraseEnd(k, 10)
	if end == k {
		return cu, false
	}
	if ap := x.appositionEnd(k, end); ap > end && x.word(ap) == "," {
		end = ap + 1 // "quoted Anna Berg, Lula's aide, as saying"
	}
	if x.word(end) != "as" {
		return cu, false
	}
	cu.form = formQuoted
	cu.object = tokRange{k, end}
	if x.word(end-1) == "," {
		cu.object.hi--
	}
	k = end + 1
	if vf, ok := x.c.idx.verb(x.toks[min(k, x.hi-1)]); ok && k < x.hi && vf.participle {
		cu.verb = vf.Verb
		k++
	} else {
		cu.verb = x.sayVerb(cu.verb)
	}
	cu.vHi = k
	return x.afterVerb(cu)
}

// commaQuoteBefore tells whether a quotation ending with a comma closes
// right before left: "“… to talk,” adding that …".
func (x *cueScanner) commaQuoteBefore(left int) bool {
	return left-2 >= x.lo && x.toks[left-1].closeQuote() >= 0 && x.toks[left-2].text == ","
}

// absoluteBefore finds a short noun phrase naming someone between a comma
// and a participle — an absolute clause ("…, the Russian leader hitting
// back that …", "…, Putin insisting that …") — and returns the comma's
// index.
func (x *cueScanner) absoluteBefore(left int) (int, bool) {
	px := phraser{c: x.c, toks: x.toks, lo: x.lo, hi: x.hi}
	lo := px.npLeft(left)
	if lo == left || lo-1 < x.lo || x.toks[lo-1].text != "," || left-lo > 6 {
		return 0, false
	}
	switch px.analyze(tokRange{lo, left}).shape {
	case shapeName, shapeRole, shapeInstitution, shapeOutlet, shapeAnaphor:
		return lo - 1, true
	}
	return 0, false
}

// withBefore finds "with" opening the noun phrase before a participle
// ("…, with a presidential aide saying …").
func (x *cueScanner) withBefore(left int) (int, bool) {
	return x.openerBefore(left, "with", 9)
}

// andBefore finds "and", "but" or "while" opening the short noun phrase
// before a participle ("… and Xi warning …", "with A urging a truce but
// B hitting back that …").
func (x *cueScanner) andBefore(left int) (int, bool) {
	for _, w := range []string{"and", "but", "while"} {
		if k, ok := x.openerBefore(left, w, 5); ok {
			return k, true
		}
	}
	return 0, false
}

// openerBefore finds word w opening a noun phrase of at most n words that
// ends right before left, and returns its index.
func (x *cueScanner) openerBefore(left int, w string, n int) (int, bool) {
	for k := left - 1; k >= x.lo && k >= left-n; k-- {
		t := x.toks[k]
		if t.quote || !t.word {
			return 0, false
		}
		if t.lower == w {
			return k, k < left-1
		}
		if conjunctions[t.lower] || auxiliaries[t.lower] {
			return 0, false
		}
	}
	return 0, false
}

// according reads "according to X" and the other phrases that name a
// source (sourceOpener), whose n words stand before X: X is the agent;
// what was said follows when the phrase opens the unit ("According to X,
// …", "As reported by X, …").
func (x *cueScanner) according(i, n int) (attrCue, bool) {
	cu := attrCue{head: i, vLo: i, vHi: i + n, form: formAccording, after: -1}
	end := x.nounPhraseEnd(i+n, 14)
	if end == i+n {
		return cu, false
	}
	end = x.appositionEnd(i+n, end)
	cu.agent = tokRange{i + n, end}
	if by := x.issuedBy(end); by.hi > by.lo {
		// "according to a statement released by the ministry": the
		// document's issuer is the source.
		cu.agent, end = by, by.hi
	}
	end = x.skipParenthesis(end)
	if x.opensUnit(i) && x.word(end) == "," && end+1 < x.hi {
		cu.after, cu.afterBy = end+1, byClause
	}
	return cu, true
}

// issuedBy reads "issued by X" right after a document named in the few
// words before k ("a statement released by the Kremlin", "a readout of
// the call published by CCTV"): X's range, or an empty one.
func (x *cueScanner) issuedBy(k int) tokRange {
	if !x.documentNear(k) || !issueVerbs[x.word(k)] || x.word(k+1) != "by" {
		return tokRange{}
	}
	end := x.nounPhraseEnd(k+2, 10)
	if end == k+2 {
		return tokRange{}
	}
	return tokRange{k + 2, end}
}

// issuedEnd is where a participle that tells of the document ending at k
// ends ("in a statement issued after the call", "in a statement released
// on Monday that …"): at a comma, "that", a quotation or the unit's end;
// k when no such participle stands there.
func (x *cueScanner) issuedEnd(k int) int {
	if k >= x.hi || !x.c.idx.documents[x.word(k-1)] || !issueVerbs[x.word(k)] {
		return k
	}
	end := k + 1
	for end < x.hi && x.toks[end].text != "," && !x.toks[end].quote && x.toks[end].lower != "that" {
		end++
	}
	return end
}

// documentNear tells whether a document is named in the few words
// before k: "a statement released", "a readout of the call published".
func (x *cueScanner) documentNear(k int) bool {
	for j := k - 1; j >= x.lo && j >= k-5; j-- {
		if x.c.idx.documents[x.word(j)] {
			return true
		}
	}
	return false
}

// groupNouns are the people a name before them qualifies as the
// object of a verb of telling: "NATO leaders", "EU officials".
var groupNouns = map[string]bool{"leaders": true, "leader": true, "officials": true, "official": true,
	"ministers": true, "counterparts": true, "counterpart": true, "lawmakers": true, "allies": true,
	"partners": true, "diplomats": true, "envoys": true, "members": true, "delegates": true,
	"representatives": true, "colleagues": true, "governments": true}

// appositionEnd extends the name lo..end over a description set beside
// it with a comma ("Anna Berg, Lula's chief of protocol", "Anna Berg, a
// Foreign Ministry spokeswoman") and returns where the description ends,
// before its closing comma or the end of the unit; end when no such
// description follows a name.
func (x *cueScanner) appositionEnd(lo, end int) int {
	if end >= x.hi || x.word(end) != "," || end+1 >= x.hi || !x.toks[lo].cap {
		return end
	}
	first := x.toks[end+1]
	if !(first.lower == "a" || first.lower == "an" || first.lower == "the" || first.cap) {
		return end
	}
	for k := lo; k < end; k++ {
		if !x.toks[k].cap && !particles[x.toks[k].lower] {
			return end // a name only: "according to Lee Min, the …"
		}
	}
	e := x.nounPhraseEnd(end+1, 10)
	if e == end+1 {
		return end
	}
	if e < x.hi && x.word(e) != "," && x.toks[e].word {
		return end // "According to Lee, the talks went well": a clause
	}
	px := phraser{c: x.c, toks: x.toks, lo: x.lo, hi: x.hi}
	if d := px.analyze(tokRange{end + 1, e}); d.shape != shapeRole && d.shape != shapeInstitution && d.country == "" && d.principal.empty() && !x.c.idx.staffNouns[x.toks[e-1].lower] {
		return end
	}
	return e
}

// skipParenthesis returns the index after a short parenthesis at k that
// glosses the phrase before it ("the Ministry of External Affairs (MEA)",
// "Yonhap (South Korea)"), or k when none stands there.
func (x *cueScanner) skipParenthesis(k int) int {
	if k >= x.hi || x.toks[k].text != "(" {
		return k
	}
	for j := k + 1; j < x.hi && j <= k+5; j++ {
		t := x.toks[j]
		switch {
		case t.text == ")":
			if j == k+1 {
				return k
			}
			return j + 1
		case t.quote || !t.word:
			return k
		}
	}
	return k
}

// asReported reads "As the Kremlin reported, …", "As Lula noted, …"
// opening the unit: the subject is the source, as in "according to", and
// what follows the comma is what was said.
func (x *cueScanner) asReported(i int) (attrCue, bool) {
	end := x.nounPhraseEnd(i+1, 8)
	if end == i+1 || end+2 >= x.hi || x.word(end+1) != "," {
		return attrCue{}, false
	}
	vf, ok := x.c.idx.verb(x.toks[end])
	if !ok || !vf.finite || vf.Class != verbSay || x.toks[end].cap {
		return attrCue{}, false
	}
	cu := attrCue{head: end, vLo: i, vHi: end + 1, form: formAccording, agent: tokRange{i + 1, end},
		after: end + 2, afterBy: byClause}
	if x.toks[end+2].openQuote() >= 0 {
		cu.afterBy = byQuote // "As the aide stated, “…”"
	}
	return cu, true
}

// inDocument reads "In the Iranian account, …", "In Moscow's version,
// …": a side's account that opens the unit is its source, as "according
// to" is. The phrase must name whose ("In a statement, the Kremlin said"
// is the Kremlin's own words).
func (x *cueScanner) inDocument(i int) (attrCue, bool) {
	end := x.nounPhraseEnd(i+1, 8)
	if end <= i+2 || x.word(end) != "," || end+1 >= x.hi || !sideDocuments[x.toks[end-1].lower] ||
		x.word(i+1) != "the" && !isPossessive(x.toks[i+1]) {
		return attrCue{}, false
	}
	named := false
	for k := i + 1; k < end-1; k++ {
		named = named || x.toks[k].cap && !x.toks[k].quote
	}
	if !named {
		return attrCue{}, false
	}
	return attrCue{head: i, vLo: i, vHi: i + 1, form: formAccording, agent: tokRange{i + 1, end},
		after: end + 1, afterBy: byClause}, true
}

// sideDocuments are the texts by which a side gives its account of a
// call.
var sideDocuments = map[string]bool{"account": true, "version": true, "readout": true, "statement": true,
	"communique": true, "communiqué": true, "summary": true}

// opensUnit tells whether only a conjunction or adverbs stand before i in
// the unit.
func (x *cueScanner) opensUnit(i int) bool {
	for k := x.lo; k < i; k++ {
		t := x.toks[k]
		if !(t.word && (conjunctions[t.lower] || x.c.idx.opensWithAdverb(t))) {
			return false
		}
	}
	return true
}

// colonCue reads a unit that opens with a short name and a colon before a
// quotation: "Putin: “We are ready.”"
func (x *cueScanner) colonCue() (attrCue, bool) {
	for k := x.lo; k < x.hi && k < x.lo+7; k++ {
		t := x.toks[k]
		if t.quote {
			return attrCue{}, false
		}
		if t.text == ":" {
			if k == x.lo || k+1 >= x.hi || x.toks[k+1].openQuote() < 0 || !x.toks[k-1].cap {
				return attrCue{}, false
			}
			return attrCue{head: k, vLo: k, vHi: k + 1, form: formColon, after: k + 1, afterBy: byQuote}, true
		}
		if !t.word || !(t.cap || particles[t.lower] || isPossessive(t)) {
			return attrCue{}, false
		}
	}
	return attrCue{}, false
}

// afterVerb reads what follows the verb group: for "told", its object;
// phrases of time, place and medium; then how what was said begins.
func (x *cueScanner) afterVerb(cu attrCue) (attrCue, bool) {
	v := cu.verb
	k := cu.vHi
	switch {
	case v.Class == verbTell && cu.form != formQuoted:
		end := x.objectEnd(k)
		if end == k && x.word(k) != "that" && x.word(k) != ":" {
			return cu, false // "as he told it": no one told
		}
		cu.object = tokRange{k, end}
		if _, press := x.c.idx.longest(x.toks, k, cuePress, cueMedia); end > k && press == 0 && (x.infinitiveAt(end) || x.prepositional(v, end)) {
			// "told Putin to stop the strikes", "informed him about the measures"
			cu.after, cu.afterBy = cu.head, byObject
			return cu, true
		}
		k = end
		if r := x.reducedRelativeEnd(k); r > k && x.thatAhead(k) == k {
			// "told supporters gathered at a rally, …": the participle
			// tells who they are, not what was said.
			cu.adjuncts = append(cu.adjuncts, tokRange{k, r})
			k = r
		}
	case v.Class == verbDescribe:
		if !x.hasAhead(k, "as", 16) {
			return cu, false
		}
		cu.after, cu.afterBy = k, byObject
		return cu, true
	case v.Class == verbAct:
		return x.actObject(cu, k)
	case v.Class == verbSay && x.personObject(k) > k && (x.word(x.personObject(k)) == "that" ||
		x.prepositional(v, x.personObject(k)) || x.infinitiveAt(x.personObject(k))):
		// "warned Xi that …", "warned Xi against helping Russia", "warned
		// Washington not to expect …"
		end := x.personObject(k)
		cu.object = tokRange{k, end}
		if x.word(end) != "that" {
			cu.after, cu.afterBy = cu.head, byObject
			return cu, true
		}
		k = end
	case v.NeedsThat && x.accountObject(k):
		// "denied Lee's description of the call": a side's word on the
		// other's account is its own statement.
		cu.after, cu.afterBy = cu.head, byObject
		return cu, true
	case x.prepositional(v, k):
		// "warned against escalation", "called for calm": the verb is part
		// of what was said.
		cu.after, cu.afterBy = cu.head, byObject
		return cu, true
	case v.Class == verbCall:
		if k < x.hi && x.toks[k].openQuote() >= 0 && x.freeRelative(cu.vLo) {
			cu.after, cu.afterBy = k, byQuote // "what Trump called “great progress”"
			return cu, true
		}
		if !x.namedAhead(k) || clauseStops[x.word(k)] || prepositions[x.word(k)] || x.word(k) == "off" || x.word(k) == "up" {
			return cu, false
		}
		cu.after, cu.afterBy = k, byObject
		return cu, true
	}
	if n := x.demonstrativeMessage(k); n > 0 && cu.form == formFinite {
		// "Talks must resume, Wang conveyed this message to Blinken": the
		// message is the words before; the rest tells to whom and where.
		cu.object = tokRange{k, k + n}
		if k+n < x.hi && x.toks[k+n].text == ":" {
			cu.after, cu.afterBy = k+n+1, byColon // "stressed this point: …"
			return cu, k+n+1 < x.hi
		}
		end := x.skipAdjuncts(&cu, k+n)
		cu.adjuncts = append(cu.adjuncts, tokRange{k + n, end})
		return cu, true
	}
	k = x.skipAdjuncts(&cu, k)
	if t := x.thatAhead(k); t > k {
		// "told reporters traveling with him to Washington that …"
		cu.adjuncts = append(cu.adjuncts, tokRange{k, t})
		k = t
	}
	if end := x.issuedEnd(k); end > k && k > cu.vHi {
		// "said in a statement issued after the call": the participle
		// tells of the statement, it is not what was said.
		cu.adjuncts = append(cu.adjuncts, tokRange{k, end})
		k = end
	}
	if end := x.asideBeforeThat(k); end > k {
		// "revealed, shortly before leaving Lima, that …": the phrase set
		// off by commas tells when or where, not what was said.
		cu.adjuncts = append(cu.adjuncts, tokRange{k + 1, end - 1})
		k = end
	}
	if k >= x.hi {
		return cu, x.trailingAllowed(cu)
	}
	t := x.toks[k]
	if negativeObjects[t.lower] && !t.quote {
		return cu, false // "said nothing about Taiwan"
	}
	if x.talkBeforeColon(k) {
		// "Here is how a spokesman reported the conversation:": the
		// talk is what the words after the colon tell.
		cu.object = tokRange{k, x.hi - 1}
		cu.after, cu.afterBy = x.hi, byColon
		return cu, true
	}
	switch {
	case t.lower == "that" && !t.quote:
		cu.after, cu.afterBy = k+1, byThat
	case t.text == ":":
		cu.after, cu.afterBy = k+1, byColon
	case t.openQuote() >= 0:
		cu.after, cu.afterBy = k, byQuote
	case t.text == "," && k+1 < x.hi && x.toks[k+1].openQuote() >= 0 && !v.NeedsThat:
		cu.after, cu.afterBy = k+1, byQuote
	case t.text == "," && x.frontedClause(cu, k):
		// "said in addition to tariffs, the ministers agreed …": the phrase
		// before the comma may open the reported clause or tell when the
		// words were said; the claim starts at the clause's subject, so
		// that no words of the reporter's are put in the source's mouth.
		cu.after, cu.afterBy = k+1, byClause
	case k > cu.vHi && (t.lower == "where" || t.lower == "when") && !t.quote:
		// "told reporters in the Oval Office where he was meeting union
		// leaders": the relative tells of the place or time, it is not
		// what was said.
	case t.word && !t.quote && x.bareClauseAllowed(cu, k) && !(k > cu.vHi && participleOpener(t)):
		// "said in a statement outlining what was discussed": a participle
		// after the adjunct describes the statement, it is not what was said.
		cu.after, cu.afterBy = k, byClause
	}
	if cu.after < 0 {
		return cu, x.trailingAllowed(cu)
	}
	if v.NeedsThat && cu.afterBy != byThat && !(cu.afterBy == byClause && !v.PossessiveSubject && x.finiteClauseAt(cu.after)) {
		return cu, false
	}
	return cu, true
}

// talkBeforeColon tells whether the words from k to the end of the
// unit name the talk and end in a colon: "the conversation the leaders
// had this afternoon:", "the call as follows:"; not a clause ("the talks
// went well, but …:").
func (x *cueScanner) talkBeforeColon(k int) bool {
	if x.hi-1 <= k+1 || x.toks[x.hi-1].text != ":" || !determiners[x.word(k)] {
		return false
	}
	_, n := x.c.idx.longest(x.toks, k+1, cueEvent) // the catalog's words for the event
	if n == 0 {
		return false
	}
	switch next := x.word(k + 1 + n); {
	case next == ":" || next == "(" || next == "which" || next == "that" || prepositions[next] || determiners[next]:
	default:
		return false // "said the talks went well, but …:": a clause
	}
	for j := k; j < x.hi-1; j++ {
		if x.toks[j].quote || x.toks[j].text == "," {
			return false
		}
	}
	return true
}

// accountObject tells whether the object at k is someone's account of
// something: a determiner or a possessive, a noun of account and "of"
// ("Kim's description of the talks", "the White House version of events").
func (x *cueScanner) accountObject(k int) bool {
	if k >= x.hi || x.toks[k].quote || !determiners[x.word(k)] && !isPossessive(x.toks[k]) && !x.toks[k].cap {
		return false
	}
	for j := k; j < x.hi-1 && j <= k+4; j++ {
		t := x.toks[j]
		if t.quote || !t.word {
			return false
		}
		if accountNouns[t.lower] {
			return x.word(j+1) == "of"
		}
	}
	return false
}

// accountNouns name an account someone gave.
var accountNouns = map[string]bool{"description": true, "characterization": true, "characterisation": true,
	"portrayal": true, "account": true, "version": true, "depiction": true, "interpretation": true}

// reducedRelativeEnd reads a participle and a preposition right after a
// plain noun object ("supporters gathered at a rally", "reporters
// travelling with him") up to the next comma, and returns where it ends,
// or k when none stands there.
func (x *cueScanner) reducedRelativeEnd(k int) int {
	if k < x.lo+1 || k+1 >= x.hi || x.toks[k-1].cap || !x.toks[k-1].word {
		return k
	}
	t := x.toks[k]
	if !t.word || t.quote || t.cap || len(t.lower) < 5 || !strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "ing") {
		return k
	}
	if _, listed := x.c.idx.verb(t); listed || !prepositions[x.word(k+1)] {
		return k
	}
	j := k + 2
	for j < x.hi && x.toks[j].text != "," && !x.toks[j].quote {
		j++
	}
	return j
}

// freeRelative tells whether "what" and a short subject stand before the
// verb group at vLo: "what Trump called …", whose object is the "what".
func (x *cueScanner) freeRelative(vLo int) bool {
	px := phraser{c: x.c, toks: x.toks, lo: x.lo, hi: x.hi}
	return whatBefore(&px, vLo) >= 0
}

// whatBefore returns the start of the subject of a free relative ending
// right before vLo ("what Trump called"), or -1.
func whatBefore(px *phraser, vLo int) int {
	lo := px.npLeft(vLo)
	switch {
	case lo < vLo-1 && px.word(lo) == "what":
		return lo + 1
	case lo < vLo && px.word(lo-1) == "what":
		return lo
	}
	return -1
}

// actObject reads what a speech-act verb reports: the act itself, from
// the verb on ("voiced concern about …", "urged Xi to …", "welcomed
// the decision"), or, after a person and "that", the clause ("assured
// him that …"). A person alone is no speech ("welcomed Modi to the White
// House"); an object without one of the verb's nouns neither ("raised
// prices").
func (x *cueScanner) actObject(cu attrCue, k int) (attrCue, bool) {
	v := cu.verb
	for k < x.hi && x.c.idx.isAdverb(x.toks[k]) {
		k++
	}
	switch {
	case k >= x.hi:
		return cu, x.trailingAllowed(cu)
	case x.word(k) == "that":
		cu.after, cu.afterBy = k+1, byThat
		return cu, k+1 < x.hi
	case x.prepositional(v, k), x.infinitiveAt(k) && !v.PersonFirst:
		// "called for calm", "pledged to keep supporting Kyiv"
		cu.after, cu.afterBy = cu.head, byObject
		return cu, true
	case x.toks[k].openQuote() >= 0 && len(v.Objects) == 0 && !v.PersonFirst:
		cu.after, cu.afterBy = cu.head, byObject // expressed “deep concern”
		return cu, true
	}
	if len(v.Objects) > 0 && x.followingDocument(k) {
		// "issued the following statement:": what it says is the
		// paragraph below (blockQuotes), as after "said:".
		cu.after, cu.afterBy = x.hi, byColon
		return cu, true
	}
	end := x.objectEnd(k)
	if end == k {
		return cu, false
	}
	obj := tokRange{k, end}
	person := x.personish(obj)
	switch {
	case len(v.Objects) > 0 && x.documentSpeaks(k, end):
		return cu, false // "issued a statement which said …": the statement's verb is the cue
	case len(v.Objects) > 0 && !x.hasObjectNoun(v, obj), v.PersonFirst && !person, x.onlyEvent(obj) && !x.objectGoesOn(end):
		return cu, false
	case person && x.word(end) == "that":
		cu.object = obj
		cu.after, cu.afterBy = end+1, byThat
		return cu, end+1 < x.hi
	case x.objectGoesOn(end):
	case person || v.PersonFirst:
		return cu, false
	}
	if person {
		cu.object = obj
	}
	cu.after, cu.afterBy = cu.head, byObject
	return cu, true
}

// followingDocument tells whether the object at k announces a document
// below the unit: "the following statement (of the call) (to
// reporters):", the unit's last token a colon.
func (x *cueScanner) followingDocument(k int) bool {
	if x.word(k) != "the" || x.word(k+1) != "following" || x.hi <= x.lo || x.toks[x.hi-1].text != ":" {
		return false
	}
	for j := k + 2; j < x.hi && j < k+5; j++ {
		if x.c.idx.documents[x.word(j)] || x.toks[j].quote {
			return true
		}
	}
	return false
}

// documentSpeaks tells whether a document noun in toks[k:end] opens a
// relative clause of speech or a participle of speech: "a statement that
// said …", "its readout which stated …", "a statement saying …".
func (x *cueScanner) documentSpeaks(k, end int) bool {
	for j := k; j+1 < x.hi && j < end+1; j++ {
		if !x.c.idx.documents[x.word(j)] {
			continue
		}
		if x.documentParticiple(j) >= 0 {
			return true
		}
		if j+2 < x.hi && (x.word(j+1) == "that" || x.word(j+1) == "which") {
			if vf, ok := x.c.idx.verb(x.toks[j+2]); ok && vf.finite {
				return true
			}
		}
	}
	return false
}

// documentParticiple is the participle of speech that follows the
// document noun at j, directly or after a short phrase of time or place
// and a comma ("a statement saying", "a message on X saying", "a
// statement on Monday, saying"), or -1.
func (x *cueScanner) documentParticiple(j int) int {
	k := j + 1
	if k < x.hi && prepositions[x.word(k)] {
		for n := 0; n < 4 && k < x.hi && x.toks[k].word && !x.toks[k].quote; n++ {
			if vf, ok := x.c.idx.verb(x.toks[k]); ok && vf.participle && !vf.finite && n > 0 {
				break
			}
			k++
		}
	}
	if x.word(k) == "," {
		k++
	}
	if k >= x.hi || x.toks[k].quote {
		return -1
	}
	if vf, ok := x.c.idx.verb(x.toks[k]); ok && vf.participle && !vf.finite {
		return k
	}
	return -1
}

// onlyEvent tells whether an object names nothing but the event ("criticised
// the call", "welcomed the talks"): a reaction whose words, if any, the
// article gives elsewhere.
func (x *cueScanner) onlyEvent(r tokRange) bool {
	k := r.lo
	for k < r.hi && (determiners[x.toks[k].lower] || isPossessive(x.toks[k])) {
		k++
	}
	_, n := x.c.idx.longest(x.toks, k, cueEvent)
	return n > 0 && k+n == r.hi
}

// actGoesOn are the words after an act verb's object that carry what was
// said: "pressed Xi on …", "thanked Trump for …", "accused Moscow of …".
var actGoesOn = map[string]bool{"on": true, "over": true, "about": true, "for": true, "against": true, "of": true,
	"regarding": true, "that": true, "as": true}

// objectGoesOn tells whether what follows an act verb's object at k goes
// on with what was said: a preposition of content, "that", or an
// infinitive ("urged Xi to …", "warned him not to …").
func (x *cueScanner) objectGoesOn(k int) bool {
	if k+1 >= x.hi || !x.toks[k+1].word && x.toks[k+1].openQuote() < 0 {
		return false
	}
	return actGoesOn[x.word(k)] || x.infinitiveAt(k)
}

// infinitiveAt tells whether an infinitive opens at k: "to" (or "not
// to") and a verb, not "to" and a place ("to the White House").
func (x *cueScanner) infinitiveAt(k int) bool {
	if x.word(k) == "not" {
		k++
	}
	if x.word(k) != "to" || k+1 >= x.hi {
		return false
	}
	t := x.toks[k+1]
	return t.word && !t.quote && !t.cap && !determiners[t.lower] && pronounGender[t.lower] == 0 && !timeNoun(t)
}

// personish tells whether an object names someone (a person, a role, a
// pronoun, a government) rather than what was said.
func (x *cueScanner) personish(r tokRange) bool {
	px := phraser{c: x.c, toks: x.toks, lo: x.lo, hi: x.hi}
	switch px.analyze(r).shape {
	case shapeName, shapeRole, shapePronoun, shapeInstitution, shapeOutlet:
		return true
	}
	switch x.toks[r.lo].lower {
	case "him", "her", "them", "me", "us", "you":
		return true
	}
	return false
}

// hasObjectNoun tells whether the object r holds one of the verb's
// object nouns.
func (x *cueScanner) hasObjectNoun(v *Verb, r tokRange) bool {
	for k := r.lo; k < r.hi; k++ {
		if slices.Contains(v.Objects, x.toks[k].lower) {
			return true
		}
	}
	return false
}

// personObject reads a person as the object of a say-verb ("warned
// Xi", "assured him") and returns the index after it, or k.
func (x *cueScanner) personObject(k int) int {
	if k >= x.hi || x.toks[k].quote || !x.toks[k].word {
		return k
	}
	switch x.toks[k].lower {
	case "him", "her", "them", "us":
		return k + 1
	}
	j := k
	for j < x.hi && j < k+3 && x.toks[j].word && x.toks[j].cap && !x.toks[j].quote {
		j++
	}
	return j
}

// prepositional tells whether the word at k is a preposition the verb
// takes what was said with ("warned against", "called for").
func (x *cueScanner) prepositional(v *Verb, k int) bool {
	w := x.word(k)
	if w == "" || k+1 >= x.hi {
		return false
	}
	// "called for calm", "warned against “escalation”"
	if t := x.toks[k+1]; t.openQuote() < 0 && (!t.word || t.quote) {
		return false
	}
	for _, p := range v.Prepositions {
		if p == w {
			return true
		}
	}
	return false
}

// trailingAllowed tells whether a cue with nothing said after it may
// attribute what comes before it.
func (x *cueScanner) trailingAllowed(cu attrCue) bool {
	if cu.verb.Trailing && x.word(cu.vHi) == "to" {
		return false // "Ukraine continues to shell towns": a verb of going on, not of speech
	}
	return !cu.verb.NeedsThat
}

// bareClauseAllowed tells whether what stands at k after the verb group
// is what was said without "that" ("said the talks would resume", "stressed
// the need to …").
func (x *cueScanner) bareClauseAllowed(cu attrCue, k int) bool {
	t := x.toks[k]
	v := cu.verb
	if v.NeedsThat && !v.PossessiveSubject && x.finiteClauseAt(k) {
		return true // "denied there was any mention", "agreed he would go"
	}
	if v.NeedsThat || v.Trailing || v.Class == verbWrite {
		return false
	}
	if clauseStops[t.lower] || negativeObjects[t.lower] || sourceOpener(x.toks, k, x.hi) > 0 {
		return false
	}
	if vf, ok := x.c.idx.verb(t); ok && vf.participle {
		return false // ", adding that": a new cue
	}
	if prepositions[t.lower] && !(t.lower == "to" && cu.form == formParticiple) {
		return false
	}
	return true
}

// frontedClause tells whether the comma at k, after the adjuncts that
// follow the verb group ("said on Monday,", "said besides tariffs,"),
// opens a clause with its own subject and verb: "said on Monday, the
// ministers agreed …" reports a clause; "said on Monday, adding …" and
// "said on Monday, the day after …" do not.
func (x *cueScanner) frontedClause(cu attrCue, k int) bool {
	if k <= cu.vHi || k+2 >= x.hi || x.toks[k+1].quote || !x.toks[k+1].word || !x.bareClauseAllowed(cu, k+1) {
		return false
	}
	if f := x.toks[k+1]; !determiners[f.lower] && !f.cap && pronouns[f.lower] == 0 || f.lower == "it" {
		return false
	}
	return secondClause(x.toks, k+1, x.hi) || namedSubjectVerb(x.toks, k+1, x.hi)
}

// namedSubjectVerb tells whether the words from k are names joined by
// "and" and a verb in the past after them ("Trump and Putin discussed
// …"): a clause with its own subject.
func namedSubjectVerb(toks []tok, k, end int) bool {
	for j := k; j < end && j < k+7; j++ {
		t := toks[j]
		switch {
		case t.quote || !t.word:
			return false
		case t.cap || t.lower == "and" && j > k:
		case j > k && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed"):
			return toks[j-1].cap && wordsIn(toks, j, end) >= 2
		default:
			return false
		}
	}
	return false
}

// finiteClauseAt tells whether a clause with its own subject and verb
// opens at k without "that": "there" or a subject pronoun, then a form of
// "be" or another auxiliary ("there was", "he had", "it would").
func (x *cueScanner) finiteClauseAt(k int) bool {
	if k+1 >= x.hi {
		return false
	}
	t, n := x.toks[k], x.toks[k+1]
	if t.quote || n.quote {
		return false
	}
	subject := t.lower == "there" || pronouns[t.lower] != 0 && t.lower != "it" && t.lower != "him"
	return subject && auxiliaries[n.lower]
}

// objectEnd reads the object of "told" at k: the press ("reporters",
// "a news conference"), a medium ("the BBC"), a pronoun, a name, or a short
// noun phrase ("his Russian counterpart"); it returns the index after it.
func (x *cueScanner) objectEnd(k int) int {
	if k >= x.hi || x.toks[k].quote || !x.toks[k].word {
		return k
	}
	if _, n := x.c.idx.longest(x.toks, k, cuePress, cueMedia); n > 0 {
		return k + n
	}
	t := x.toks[k]
	switch t.lower {
	case "him", "her", "them", "me", "us", "you", "it":
		return k + 1
	case "that":
		return k
	}
	if t.cap {
		j := k
		for j < x.hi && j < k+6 && x.toks[j].word && !x.toks[j].quote && (x.toks[j].cap || particles[x.toks[j].lower]) {
			if j > k {
				// "told Trump Moscow was ready": a country opens the clause.
				if _, n := x.c.idx.longest(x.toks, j, cueCountryName, cueInstitution); n > 0 {
					break
				}
			}
			j++
			if isPossessive(x.toks[j-1]) {
				break
			}
		}
		if j > k && isPossessive(x.toks[j-1]) && j < x.hi && x.toks[j].word && !x.toks[j].cap {
			j++ // "told Trump's envoy"
		} else if j > k && j < x.hi && groupNouns[x.word(j)] {
			j++ // "informed NATO leaders", "told EU officials"
		}
		return j
	}
	if determiners[t.lower] {
		j := k + 1
		for j < x.hi && j < k+6 {
			u := x.toks[j]
			if !u.word || u.quote || determiners[u.lower] || pronouns[u.lower] != 0 || auxiliaries[u.lower] ||
				conjunctions[u.lower] || (prepositions[u.lower] && u.lower != "of") {
				break
			}
			j++
		}
		return j
	}
	if !auxiliaries[t.lower] && !prepositions[t.lower] && pronouns[t.lower] == 0 && !negations[t.lower] {
		return k + 1 // "told reporters", "told journalists"
	}
	return k
}

// skipAdjuncts moves past adverbs, phrases of time and prepositional
// phrases of place and medium after the verb group, recording them.
func (x *cueScanner) skipAdjuncts(cu *attrCue, k int) int {
	for k < x.hi {
		t := x.toks[k]
		if t.quote || !t.word {
			return k
		}
		if x.c.idx.isAdverb(t) {
			if _, n := x.c.idx.longest(x.toks, k, cueHabitual); n > 0 {
				cu.habitual = true // "said repeatedly that"
			}
			k++
			continue
		}
		if end := x.timeEnd(k); end > k {
			cu.adjuncts = append(cu.adjuncts, tokRange{k, end})
			k = end
			continue
		}
		if end := x.frequencyEnd(k); end > k {
			cu.adjuncts = append(cu.adjuncts, tokRange{k, end})
			cu.habitual = true
			k = end
			continue
		}
		if prepositions[t.lower] && t.lower != "to" || t.lower == "to" && cu.verb.Class != verbTell {
			if vf, ok := x.c.idx.verb(x.toks[min(k+1, x.hi-1)]); ok && vf.participle {
				return k // "before adding that"
			}
			if end := x.participialEnd(k); end > k {
				// "while meeting the Slovak prime minister at the White House"
				cu.adjuncts = append(cu.adjuncts, tokRange{k, end})
				k = end
				continue
			}
			end := x.nounPhraseEnd(k+1, 12)
			if end == k+1 {
				return k
			}
			end = x.namedApposition(end)
			cu.adjuncts = append(cu.adjuncts, tokRange{k, end})
			k = end
			continue
		}
		return k
	}
	return k
}

// namedApposition moves past a name set off by commas after an adjunct
// when what is said follows it: "wrote on his social media platform,
// Truth Social, “…”". It returns the index of the closing comma, or end.
func (x *cueScanner) namedApposition(end int) int {
	if end+2 >= x.hi || x.toks[end].text != "," {
		return end
	}
	j := end + 1
	for j < x.hi && j < end+5 && x.toks[j].word && x.toks[j].cap && !x.toks[j].quote {
		j++
	}
	if j == end+1 || j+1 >= x.hi || x.toks[j].text != "," {
		return end
	}
	if n := x.toks[j+1]; n.openQuote() < 0 && (n.lower != "that" || n.quote) {
		return end
	}
	return j
}

// participialEnd reads a subordinate participle phrase at k ("while
// meeting …", "after speaking to …", "before boarding …") up to the next
// comma or the end of the unit, and returns the index after it, or k.
func (x *cueScanner) participialEnd(k int) int {
	switch x.word(k) {
	case "while", "before", "after", "when", "since", "as":
	default:
		return k
	}
	t := x.toks[min(k+1, x.hi-1)]
	if k+1 >= x.hi || !t.word || t.cap || len(t.lower) < 5 || !strings.HasSuffix(t.lower, "ing") {
		return k
	}
	j := k + 2
	for j < x.hi && (x.toks[j].word || x.toks[j].text == "-") && !x.toks[j].quote {
		j++
	}
	return j
}

// timeEnd reads a short phrase of time at k ("on Monday", "late on
// Sunday", "this week", "yesterday", "on March 18", "in April") and returns
// the index after it, or k.
func (x *cueScanner) timeEnd(k int) int {
	j, timed := k, false
	for j < x.hi && j < k+5 {
		t := x.toks[j]
		if t.quote || !t.word {
			break
		}
		switch {
		case timeNoun(t):
			timed = true
		case timeFillers[t.lower], timed && (dayOf(t.text) > 0 || isYear(t.text)):
		default:
			j = k + 5 // stop
			continue
		}
		j++
	}
	j = min(j, x.hi)
	for j > k && !timeNoun(x.toks[j-1]) && dayOf(x.toks[j-1].text) == 0 && !isYear(x.toks[j-1].text) {
		j--
	}
	if !timed || j <= k {
		return k
	}
	return j
}

// timeFillers stand in phrases of time around their nouns.
var timeFillers = map[string]bool{"on": true, "late": true, "early": true, "this": true, "last": true,
	"earlier": true, "later": true, "in": true, "the": true, "same": true, "next": true, "of": true}

// timeNoun tells whether t names a time: a weekday, a month, or a word
// such as "yesterday" or "week".
func timeNoun(t tok) bool {
	switch t.lower {
	case "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "day":
		return true
	}
	return weekdays[t.lower] || monthOf(t.text) > 0
}

// frequencyEnd reads a phrase of frequency at k ("several times", "on
// many occasions", "more than a dozen times") and returns the index after
// it, or k.
func (x *cueScanner) frequencyEnd(k int) int {
	for j := k; j < x.hi && j < k+7; j++ {
		t := x.toks[j]
		if t.quote || !t.word {
			return k
		}
		if t.lower == "times" || t.lower == "occasions" {
			return j + 1
		}
		if !frequencyWords[t.lower] && dayOf(t.text) == 0 {
			return k
		}
	}
	return k
}

// frequencyWords make up phrases like "more than a dozen times".
var frequencyWords = map[string]bool{"more": true, "than": true, "a": true, "dozen": true, "several": true,
	"many": true, "multiple": true, "numerous": true, "countless": true, "on": true, "two": true, "three": true,
	"four": true, "five": true, "ten": true, "few": true, "at": true, "least": true, "half": true, "some": true}

// nounPhraseEnd reads a noun phrase starting at k, with the prepositional
// phrases that qualify it ("a readout of the call", "a post on Telegram",
// "the White House Rose Garden"), and returns the index after it. It stops
// at punctuation, quotation marks, "that", a pronoun, a verb-like word, or
// a determiner that starts a new phrase.
func (x *cueScanner) nounPhraseEnd(k, limit int) int {
	j := k
	afterPrep := true
	for j < x.hi && j < k+limit {
		t := x.toks[j]
		if t.quote || !t.word {
			break
		}
		l := t.lower
		if l == "that" || pronouns[l] != 0 || auxiliaries[l] || relatives[l] || negations[l] || whWords[l] {
			break
		}
		if j > k && x.modifyingParticiple(j) {
			break // "in a statement outlining …": the noun ends, a clause about it begins
		}
		if conjunctions[l] && !(l == "and" && j > k && j+1 < x.hi && x.toks[j+1].cap && x.toks[j-1].cap) {
			break
		}
		if determiners[l] && !afterPrep {
			break
		}
		if vf, ok := x.c.idx.verb(t); ok && (vf.finite || vf.participle) && j > k && !determiners[x.toks[j-1].lower] {
			break // not a noun after its determiner: "the reports of state media"
		}
		afterPrep = prepositions[l]
		if afterPrep && (l == "to" || l == "before" || l == "after" || l == "while" || l == "as") && j > k {
			break
		}
		j++
	}
	return j
}

// whWords open a question or free relative clause: "outlining what was
// discussed" names a topic, not what was said.
var whWords = map[string]bool{"what": true, "how": true, "why": true, "whether": true}

// modifyingParticiple tells whether the -ing word at j opens a clause
// that describes the noun before it ("a statement outlining …", "a
// readout summarizing …") rather than being a noun itself ("a news
// briefing", "at a meeting").
func (x *cueScanner) modifyingParticiple(j int) bool {
	t, p := x.toks[j], x.toks[j-1]
	return participleOpener(t) && !x.c.idx.venues[t.lower] && p.word && !p.cap && !p.quote && !determiners[p.lower]
}

// thatAhead finds "that" a few words after k when only an adjunct stands
// between (no auxiliary, punctuation or quotation, so no clause of its
// own), and returns its index, or k.
func (x *cueScanner) thatAhead(k int) int {
	for j := k; j < x.hi && j < k+14; j++ {
		t := x.toks[j]
		if t.quote || !t.word {
			return k
		}
		if t.lower == "that" {
			return j
		}
		if auxiliaries[t.lower] || conjunctions[t.lower] || pronouns[t.lower] != 0 || determiners[t.lower] && j == k {
			return k
		}
		if _, ok := x.c.idx.verb(t); ok {
			return k
		}
	}
	return k
}

// asideBeforeThat is the index of the "that" after a phrase of time, place
// or manner set off by commas at k ("disclosed, just before the summit
// closed, that" is not: a clause; "disclosed, late on Monday in Lima,
// that" is), or k. The phrase opens with an adverb or a preposition and
// holds no verb, quotation or conjunction, so no clause hides in it.
func (x *cueScanner) asideBeforeThat(k int) int {
	if k+2 >= x.hi || x.toks[k].text != "," || x.toks[k].quote {
		return k
	}
	if first := x.toks[k+1]; !first.word || !x.c.idx.isAdverb(first) && !prepositions[first.lower] && x.timeEnd(k+1) == k+1 {
		return k
	}
	for j := k + 1; j < x.hi-1 && j < k+14; j++ {
		t := x.toks[j]
		if t.text == "," {
			if j > k+1 && x.word(j+1) == "that" && !x.toks[j+1].quote {
				return j + 1
			}
			return k
		}
		if t.quote || !t.word || coordinators[t.lower] || pronouns[t.lower] != 0 && !isPossessive(t) {
			return k
		}
		if _, ok := x.c.idx.verb(t); ok || auxiliaries[t.lower] {
			return k
		}
	}
	return k
}

// coordinators join clauses: after one, a comma phrase is no aside.
var coordinators = map[string]bool{"and": true, "but": true, "or": true, "nor": true, "that": true, "which": true, "who": true}

// hasAhead tells whether word w follows within n tokens, before the end
// of the clause (quotations are crossed).
func (x *cueScanner) hasAhead(k int, w string, n int) bool {
	for j := k; j < x.hi && j < k+n; j++ {
		t := x.toks[j]
		if t.quote {
			continue
		}
		if t.lower == w {
			return true
		}
		if t.text == "." || t.text == ";" {
			return false
		}
	}
	return false
}

// namedAhead tells whether the object of "called" runs to a quotation
// that names it: "called the talks “useful”", "called the deal on the
// prisoners “the key outcome”", "called his talk with his counterpart,
// Donald Trump, “the best”". The object may carry a prepositional phrase
// and a name set off by commas; another clause, an infinitive or any other
// punctuation ends it ("called Putin to discuss …", "called Xi, and …").
func (x *cueScanner) namedAhead(k int) bool {
	const most = 12 // a noun phrase with a prepositional phrase and an apposition
	for j := k; j < x.hi && j < k+most; j++ {
		t := x.toks[j]
		switch {
		case t.openQuote() >= 0:
			return j > k
		case t.text == "," && j+1 < x.hi && (x.toks[j+1].openQuote() >= 0 || x.toks[j+1].word && x.toks[j+1].cap):
			continue // an apposition: ", Donald Trump, “…”"
		case !t.word, clauseStops[t.lower] && !t.quote, t.lower == "to", t.lower == "that", t.lower == "who", t.lower == "which":
			return false
		}
	}
	return false
}
