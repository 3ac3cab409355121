package sources

import "strings"

// What each attribution says: once speakers are resolved, a cue's words
// are known — the quotation or clause after it, or what stands before a
// trailing attribution — and so are the cues that report one another:
// "The Kremlin said Putin told Trump …" hands the clause to the inner verb;
// "Putin told Scholz that …, the Kremlin said" reports the cue before it.
// A cue whose speaker did not resolve never cuts another's clause.

// region is what one cue says, before it is split into statements.
type region struct {
	Span
	kind Kind
	conf float64
	// quote is the quotation the region is, or -1.
	quote int
	// lo, hi are the tokens of a clause region (for splitting), or -1.
	lo, hi int
	// tail is the phrase after the clause that names a channel (", in a
	// post on X"), or empty.
	tail tokRange
}

// findRegions computes the region of every cue that has a speaker (or an
// outer cue whose clause it carries), and links trailing cues to the cue
// whose statement they report.
func findRegions(c *Catalog, paras []paraScan, cues []attrCue, phrases []cuePhrases, res []resolution) [][]region {
	out := make([][]region, len(cues))
	for i := 0; i < len(cues); {
		j := i
		for j < len(cues) && cues[j].para == cues[i].para && cues[j].unit == cues[i].unit {
			j++
		}
		ps := &paras[cues[i].para]
		rg := regioner{c: c, toks: ps.toks, quotes: ps.quotes, u: ps.units[cues[i].unit], cues: cues[i:j],
			phrases: phrases[i:j], res: res[i:j], base: i}
		rg.unitRegions(out[i:j])
		rg.withSubjects(out[i:j])
		i = j
	}
	return out
}

// withSubjects lets a statement that begins with its verb ("urged Xi to
// …", "reaffirmed the One-China policy") begin with its subject instead
// when someone else reports it: "Ushakov said Trump raised the issue of
// …" is the Kremlin's account of what Trump raised.
func (x *regioner) withSubjects(out [][]region) {
	reported := make([]bool, len(x.cues))
	for m := range x.cues {
		if r := x.res[m].reports - x.base; r >= 0 && r < len(reported) {
			reported[r] = true
		}
	}
	for k := range x.cues {
		cu := &x.cues[k]
		if len(out[k]) == 0 || !reported[k] && x.res[k].outer < 0 && x.res[k].owner.name == x.res[k].sp.name {
			continue
		}
		p := x.phrases[k].speaker
		if p.empty() || p.inverted || p.hi > cu.vLo || p.shape == shapePronoun {
			continue
		}
		for j := p.hi; j < cu.vLo; j++ {
			if t := x.toks[j]; !auxiliaries[t.lower] && !x.c.idx.isAdverb(t) {
				p.lo = -1
				break
			}
		}
		if p.lo < 0 {
			continue
		}
		for n := range out[k] {
			if rg := &out[k][n]; rg.lo == cu.head {
				rg.lo, rg.Start = p.lo, x.toks[p.lo].Start
			}
		}
	}
}

type regioner struct {
	c       *Catalog
	toks    []tok
	quotes  []quote
	u       unit
	cues    []attrCue
	phrases []cuePhrases
	res     []resolution
	base    int // index of cues[0] in the article's cues
}

// live tells whether cue k of the unit counts: it has a speaker.
func (x *regioner) live(k int) bool {
	return x.res[k].valid()
}

// start is the first token of cue k's attribution words: its speaker
// phrase, or its verb group.
func (x *regioner) start(k int) int {
	s := x.cues[k].vLo
	if p := x.phrases[k].speaker; !p.empty() && p.lo < s && !p.inverted {
		s = p.lo
	}
	if x.cues[k].form == formWith {
		s = x.cues[k].vLo
	}
	if src := x.phrases[k].source; x.cues[k].form == formQuoted && !src.empty() && src.lo < s {
		s = src.lo // "“…,” Xinhua quoted Xi as saying": the source opens the attribution
	}
	return s
}

func (x *regioner) unitRegions(out [][]region) {
	// prevEnd is where the last region or attribution of the unit ended:
	// a trailing cue's statement starts after it.
	prevEnd := x.u.lo
	prevCue := -1
	// from is, for each cue, where the words before it begin: the end of
	// the last region or attribution before it.
	from := make([]int, len(x.cues))
	for k := range x.cues {
		cu := &x.cues[k]
		r := &x.res[k]
		from[k] = prevEnd
		carries := x.live(k) || r.source >= 0 || r.sourceName != ""
		switch {
		case !carries:
		case x.gappedRelative(k):
			// "The war that Putin said would be over in days goes on":
			// the journalist's noun, not the speaker's clause.
		case r.inner >= 0:
			// Its clause belongs to the inner cue.
		case cu.after >= 0 && x.leadInQuote(k, prevEnd):
			// "Attempts to gain time, he said, “will only lead to …”": an
			// unquoted subject, the attribution, and the quoted rest.
			q := x.quotes[x.toks[cu.after].openQuote()]
			s := prevEnd
			if x.toks[s].text == "," {
				s++
			}
			out[k] = append(out[k], region{Span: Span{x.toks[s].Start, q.Close}, kind: Paraphrase, conf: x.confidence(k),
				quote: -1, lo: s, hi: x.tokenAt(q.Close)})
		case cu.after >= 0 && x.onlyCitation(k):
			// "…, media reports say, citing the spokesman": what follows
			// the verb only names the source; the statement is before it.
			if b := x.boundaryBefore(k); b >= 0 {
				if rg, ok := x.beforeRegion(k, prevEnd, b); ok {
					out[k] = append(out[k], rg)
				}
			}
		case cu.after >= 0:
			if b := x.boundaryBefore(k); b >= 0 && x.live(k) && x.quoteBefore(b) >= 0 && x.cues[k].afterBy == byQuote {
				// "“A,” he said, “B.”": both quotations are his.
				if rg, ok := x.beforeRegion(k, prevEnd, b); ok {
					out[k] = append(out[k], rg)
				}
			}
			if rg, ok := x.afterRegion(k); ok {
				out[k] = append(out[k], rg)
			}
		case x.live(k):
			b := x.boundaryBefore(k)
			if b < 0 {
				break
			}
			if prevCue >= 0 && len(out[prevCue]) > 0 && x.res[prevCue].outer < 0 && x.res[k].reports < 0 &&
				(x.cues[prevCue].after >= 0 && x.lastEnd(out[prevCue]) >= x.toks[b].Start-1 || x.attributionEnd(prevCue) == b) {
				// "Putin told Scholz that …, the Kremlin said": this cue
				// reports the statement before it.
				r.reports = x.base + prevCue
				x.absorbReport(prevCue, k)
				x.leadingClause(out[prevCue], prevCue, from[prevCue])
				if j := x.coordinateBefore(out, prevCue); j >= 0 {
					// "Trump told Abe that …, and Abe thanked him, the
					// officials said": both clauses are the report's.
					x.absorbReport(j, k)
				}
				break
			}
			if rg, ok := x.beforeRegion(k, prevEnd, b); ok {
				out[k] = append(out[k], rg)
			}
		}
		if x.live(k) && cu.after < 0 && len(x.cues[k].adjuncts) == 0 {
			// "… good use of the mechanism, he said, and the United States
			// should be realistic": the report goes on after it.
			if rg, ok := x.afterTrailing(k); ok {
				out[k] = append(out[k], rg)
			}
		}
		if len(out[k]) > 0 {
			prevEnd = max(prevEnd, x.tokenAt(out[k][len(out[k])-1].End))
			prevCue = k
		}
		// A verb with no one behind it ("The two leaders agreed that …"),
		// or a speech act that says nothing after it ("Putin briefed Xi on
		// the talks"), stays in what a trailing attribution reports.
		if carries && (cu.after >= 0 || len(out[k]) > 0 || !x.live(k)) {
			prevEnd = max(prevEnd, cu.vHi)
		}
	}
}

// coordinateBefore is the cue of the unit whose statement, after the
// verb, runs up to ", and" right before cue p's attribution ("Trump told
// Abe that he had called Xi, and Abe thanked him"), when no other cue
// reports or carries it; else -1.
func (x *regioner) coordinateBefore(out [][]region, p int) int {
	s := x.start(p)
	if s-2 <= x.u.lo || x.toks[s-1].lower != "and" || x.toks[s-2].text != "," {
		return -1
	}
	for j := p - 1; j >= 0; j-- {
		if len(out[j]) == 0 {
			continue
		}
		r := x.res[j]
		if x.cues[j].after < 0 || !x.live(j) || r.outer >= 0 || r.reports >= 0 || x.tokenAt(x.lastEnd(out[j])) != s-2 {
			return -1
		}
		return j
	}
	return -1
}

// onlyCitation tells whether the words after cue k's verb are only the
// rest of the attribution: a reporting verb at most, then "citing" and
// the source ("reports say, citing the spokesman").
func (x *regioner) onlyCitation(k int) bool {
	j := x.cues[k].after
	for n := 0; j < x.u.hi && n < 2; n++ {
		if _, ok := x.c.idx.verb(x.toks[j]); !ok || x.toks[j].quote {
			break
		}
		j++
	}
	if j < x.u.hi && x.toks[j].text == "," {
		j++
	}
	return j < x.u.hi && x.toks[j].lower == "citing"
}

// gappedRelative tells whether cue k stands in a relative clause whose
// reported clause lacks its subject, the noun the clause describes:
// "that Putin said would …", "which the Kremlin said was …".
func (x *regioner) gappedRelative(k int) bool {
	cu := &x.cues[k]
	p := x.phrases[k].speaker
	if cu.form != formFinite || p.empty() || p.inverted || p.lo <= x.u.lo || cu.vHi >= x.u.hi {
		return false
	}
	switch x.toks[p.lo-1].lower {
	case "that", "which", "who":
	default:
		return false
	}
	// After a noun, "that" opens a relative clause; after a verb ("Putin
	// added that Western states had …") it opens the reported clause.
	if p.lo-2 < x.u.lo || !x.toks[p.lo-2].word {
		return false
	}
	if _, verb := x.c.idx.verbs[x.toks[p.lo-2].lower]; verb {
		return false
	}
	next := x.toks[cu.vHi]
	return !next.quote && auxiliaries[next.lower]
}

func (x *regioner) lastEnd(rs []region) int { return rs[len(rs)-1].End }

// afterTrailing is the clause joined by ", and" right after trailing cue
// k's attribution, when no attribution of its own follows in the unit and
// it has a subject and a verb, or the absolute clause of ", with" and a
// participle ("…, the White House said, with both leaders agreeing to
// meet"): the report goes on.
func (x *regioner) afterTrailing(k int) (region, bool) {
	e := x.attributionEnd(k)
	according := x.cues[k].form == formAccording
	if according {
		e = max(e, x.cues[k].agent.hi)
	}
	if e+2 >= x.u.hi || x.toks[e].text != "," || x.toks[e+1].quote || x.boundaryBefore(k) < 0 {
		return region{}, false
	}
	with := x.toks[e+1].lower == "with" && x.withParticiple(e+2)
	who := x.toks[e+1].lower == "who" && x.speechAt(e+2)
	if according && !who || x.toks[e+1].lower != "and" && !with && !who {
		return region{}, false
	}
	with = with || who // "…, according to Lee, who told Kim of the need to …": the clause is Lee's too
	a := e + 2
	for m := k + 1; m < len(x.cues); m++ {
		if (x.live(m) || x.res[m].source >= 0) && x.start(m) > e {
			return region{}, false
		}
	}
	end := x.u.hi
	if x.toks[a].quote || !x.toks[a].word || x.toks[a].cap && x.c.idx.opensWithAdverb(x.toks[a]) {
		return region{}, false
	}
	if !with && !secondClause(x.toks, a, end) && !hasModal(x.toks, a, end) {
		return region{}, false
	}
	for with && end > a && !x.toks[end-1].word && !x.toks[end-1].quote {
		end-- // the sentence's full stop
	}
	return region{Span: Span{x.toks[a].Start, x.toks[end-1].End}, kind: Paraphrase, conf: x.confidence(k) * 0.9, quote: -1, lo: a, hi: end}, true
}

// speechAt tells whether a finite verb of speech stands at k, or "spoke"
// or "talked" and a preposition ("spoke to Kim about …").
func (x *regioner) speechAt(k int) bool {
	if k+1 >= x.u.hi || x.toks[k].quote {
		return false
	}
	if vf, ok := x.c.idx.verb(x.toks[k]); ok && vf.finite && !vf.participle {
		return true
	}
	switch x.toks[k].lower {
	case "spoke", "talked":
		return prepositions[x.toks[k+1].lower] && !x.toks[k+1].quote
	}
	return false
}

// maxSubjectWords bounds the noun phrase before a participle.
const maxSubjectWords = 5

// withParticiple tells whether the parties of the talks and a participle
// start at a: "both leaders discussing", "the two sides agreeing", "Xi
// urging". Other subjects ("with fighting raging in the east") are the
// journalist's background.
func (x *regioner) withParticiple(a int) bool {
	parties := false
	for k := a; k < x.u.hi && k < a+maxSubjectWords; k++ {
		t := x.toks[k]
		if !t.word || t.quote {
			return false
		}
		if k > a && strings.HasSuffix(t.lower, "ing") && len(t.lower) > 5 {
			return parties
		}
		parties = parties || jointNouns[t.lower] && t.lower != "two" && t.lower != "both" || t.cap
	}
	return false
}

// hasModal tells whether toks[from:to] hold a modal verb outside
// quotations ("should", "would", "must"): the register of reported speech.
func hasModal(toks []tok, from, to int) bool {
	for k := from; k < to; k++ {
		if t := toks[k]; !t.quote && modals[t.lower] && !(t.cap && k > from) {
			return true // not "in May"
		}
	}
	return false
}

// modals are the modal verbs of reported speech.
var modals = map[string]bool{"would": true, "should": true, "must": true, "could": true, "will": true, "might": true,
	"can": true, "may": true, "shall": true}

// leadingClause widens the clause region of cue p, which a trailing
// attribution reports, to the clause joined before it: "Kyiv is ready to
// buy more systems and Trump had confirmed that Washington would help, he
// added", "Trump listened to the points made and expressed support …, the
// foreign secretary said". The words from `from` to p's attribution must
// be a clause of their own (with a verb) ending with "and" or a comma.
func (x *regioner) leadingClause(rs []region, p, from int) {
	if len(rs) != 1 || rs[0].lo < 0 {
		return
	}
	s, e := from, x.start(p)
	if s < e && x.toks[s].text == "," {
		s++
	}
	if e-1 <= s || x.toks[e-1].quote || x.toks[e-1].lower != "and" && x.toks[e-1].text != "," {
		return
	}
	for j := s; j < e; j++ {
		if x.toks[j].quote && x.toks[j].openQuote() >= 0 && x.tokenAt(x.quotes[x.toks[j].openQuote()].Close) >= e {
			return // a quotation that runs into the attribution
		}
	}
	if wordsIn(x.toks, s, e-1) < 3 || !hasVerb(x.toks, s, e-1) && !x.presentVerb(s, e-1) {
		return
	}
	rs[0].lo, rs[0].Start = s, x.toks[s].Start
}

// presentVerb tells whether toks[from:to] hold "is" or "are": a clause
// in the present ("Kyiv is ready").
func (x *regioner) presentVerb(from, to int) bool {
	for k := from; k < to; k++ {
		if l := x.toks[k].lower; !x.toks[k].quote && (l == "is" || l == "are") {
			return true
		}
	}
	return false
}

// attributionEnd is the token after cue k's attribution words: its verb
// group, adjuncts and an inverted speaker phrase ("Putin said, according
// to the Kremlin": the according phrase follows it).
func (x *regioner) attributionEnd(k int) int {
	return attributionEnd(&x.cues[k], x.phrases[k].speaker)
}

// attributionEnd is the token after a cue's attribution words: its verb
// group, object, adjuncts and an inverted speaker phrase.
func attributionEnd(cu *attrCue, p speakerPhrase) int {
	end := cu.vHi
	for _, a := range cu.adjuncts {
		end = max(end, a.hi)
	}
	end = max(end, cu.object.hi)
	if p.inverted {
		end = max(end, p.hi)
		if !p.apposition.empty() {
			end = max(end, p.apposition.hi)
		}
	}
	return end
}

// absorbReport records that trailing cue k reports cue p's statement: a
// person reporting it makes it their account; an institution or outlet
// gives its channel (pass 5 reads the link).
func (x *regioner) absorbReport(p, k int) {
	sp := x.res[k].sp
	for q := p; q >= 0; {
		// The verbs joined to the reported one are reported too: "Pezeshkian
		// thanked Putin and informed him …, the Kremlin said".
		own := x.res[q].owner
		switch {
		case !sp.valid() || sp.name == own.name:
		case !sp.institution:
			x.res[q].owner = sp
		case own.country != "" && sp.country != "" && own.country != sp.country:
			x.res[q].owner = sp // "Trump told Xi …, Xinhua said": Beijing's account of him
		}
		if j := x.res[q].joined - x.base; j >= 0 && j < q {
			q = j
		} else {
			q = -1
		}
	}
	x.cues[p].had = x.cues[p].had && x.cues[k].had
}

// tokenAt returns the index of the first token starting at or after off.
func (x *regioner) tokenAt(off int) int {
	lo, hi := x.u.lo, x.u.hi
	for lo < hi {
		m := (lo + hi) / 2
		if x.toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// boundaryBefore is the token that separates a trailing cue from what it
// attributes: the comma or closing quotation mark before its speaker
// phrase ("“…,” he said", "…, the Kremlin said"), or -1.
func (x *regioner) boundaryBefore(k int) int {
	s := x.start(k)
	cu := x.cues[k]
	if x.phrases[k].speaker.inverted || cu.form == formAccording {
		s = cu.vLo
	}
	b := s - 1
	for b >= x.u.lo && (x.toks[b].text == "—" || x.toks[b].text == "–") {
		b--
	}
	if b < x.u.lo {
		// Only a quotation closing right before this unit may be its
		// statement: "“… trade?” Starmer said." splits into two sentences.
		if b >= 0 && b == x.u.lo-1 && x.toks[b].closeQuote() >= 0 {
			return b
		}
		return -1
	}
	t := x.toks[b]
	if t.text == "," || t.closeQuote() >= 0 {
		return b
	}
	return -1
}

// leadInQuote tells whether cue k stands between unquoted words that open
// a clause and the quotation that completes it: "X, he said, “…”".
func (x *regioner) leadInQuote(k, from int) bool {
	cu := x.cues[k]
	if !x.live(k) || cu.afterBy != byQuote || cu.after < 1 || x.toks[cu.after-1].text != "," {
		return false
	}
	q := x.toks[cu.after].openQuote()
	if q < 0 || !x.quotes[q].Closed || !x.restIsAttribution(k, x.tokenAt(x.quotes[q].Close)) {
		return false
	}
	b := x.boundaryBefore(k)
	if b < 0 || x.toks[b].text != "," || x.quoteBefore(b) >= 0 {
		return false
	}
	s := from
	if s < b && x.toks[s].text == "," {
		s++
	}
	for j := s; j < b; j++ {
		if x.toks[j].quote {
			return false
		}
	}
	return wordsIn(x.toks, s, b) >= 2 && !prepositions[x.toks[s].lower]
}

// quoteBefore is the quotation that closes at boundary b (or right before
// the comma at b), or -1.
func (x *regioner) quoteBefore(b int) int {
	if q := x.toks[b].closeQuote(); q >= 0 {
		return q
	}
	if x.toks[b].text == "," && b-1 >= 0 {
		return x.toks[b-1].closeQuote()
	}
	return -1
}

// afterRegion is what cue k says after it: a quotation, or a clause.
func (x *regioner) afterRegion(k int) (region, bool) {
	cu := &x.cues[k]
	a := cu.after
	if a >= x.u.hi {
		return region{}, false
	}
	conf := x.confidence(k)
	if q := x.toks[a].openQuote(); q >= 0 && (cu.afterBy == byQuote || cu.afterBy == byColon) {
		qt := x.quotes[q]
		if !qt.Closed || x.restIsAttribution(k, x.tokenAt(qt.Close)) {
			return region{Span: qt.Inner, kind: Quote, conf: conf, quote: q, lo: -1, hi: -1}, true
		}
	}
	end, tail := x.clauseEnd(k, a)
	if end <= a {
		return region{}, false
	}
	if x.frontedBeforeCue(k, a, end) {
		return region{}, false // "said that, during the call, he thanked …": the phrase opens the next cue's clause
	}
	if cu.afterBy == byClause && cu.verb != nil && cu.verb.Object && x.eventOnly(a, end) {
		return region{}, false // "announced the phone call between the two leaders": the event, not what was said
	}
	if cu.afterBy == byClause && cu.verb != nil && cu.verb.Object && !hasVerb(x.toks, a, min(end, a+5)) {
		a = cu.head // "stressed the need to …": a bare object is no claim without its verb
	}
	return region{Span: Span{x.toks[a].Start, x.toks[end-1].End}, kind: Paraphrase, conf: conf, quote: -1, lo: a, hi: end, tail: tail}, true
}

// frontedBeforeCue tells whether toks[a:end], what cue k reports, is only
// a phrase without a verb opening with a preposition, set before the
// speaker of a cue that follows it: "Zelensky said that, during the
// call, he thanked Biden" reports the thanks, not "during the call".
func (x *regioner) frontedBeforeCue(k, a, end int) bool {
	s := a
	if s < end && x.toks[s].text == "," {
		s++
	}
	if s >= end || !prepositions[x.toks[s].lower] || x.toks[s].quote || hasVerb(x.toks, s, end) {
		return false
	}
	for m := k + 1; m < len(x.cues); m++ {
		if st := x.start(m); (x.live(m) || x.res[m].outer >= 0) && st >= end && st <= end+1 {
			return true
		}
	}
	return false
}

// eventOnly tells whether toks[a:end] name nothing but the event, then
// only prepositional phrases of its parties, place or time ("the phone
// call between the two leaders at her briefing"): no verb, no quotation,
// nothing said about it.
func (x *regioner) eventOnly(a, end int) bool {
	k := a
	for k < end && (determiners[x.toks[k].lower] || isPossessive(x.toks[k])) {
		k++
	}
	_, n := x.c.idx.longest(x.toks, k, cueEvent)
	if n == 0 || hasVerb(x.toks, k+n, end) {
		return false
	}
	first := true
	for j := k + n; j < end; j++ {
		t := x.toks[j]
		switch {
		case t.quote || t.openQuote() >= 0:
			return false
		case !t.word:
		case first && !prepositions[t.lower] && t.lower != "between":
			return false // "confirmed the call took place": a clause about it
		default:
			first = false
		}
	}
	return true
}

// restIsAttribution tells whether nothing but punctuation, or the
// attribution of another live cue, follows token k up to the unit end.
func (x *regioner) restIsAttribution(k, from int) bool {
	for j := from; j < x.u.hi; j++ {
		t := x.toks[j]
		if !t.word {
			continue
		}
		for m := k + 1; m < len(x.cues); m++ {
			if x.live(m) && x.start(m) == j {
				return true
			}
		}
		return false
	}
	return true
}

// clauseEnd finds where a reported clause starting at token a ends: the
// unit's end, or before a second attribution joined to it ("and warned
// that", ", adding that"), a trailing attribution (", he said"), "; ",
// ", according to", or a phrase naming a channel (", in a post on X").
// It returns the token after the clause and the channel phrase, if any.
func (x *regioner) clauseEnd(k, a int) (int, tokRange) {
	next := x.u.hi
	for m := k + 1; m < len(x.cues); m++ {
		if !x.live(m) && x.res[m].source < 0 && !x.trailingCue(m) {
			continue
		}
		s := x.start(m)
		if s <= a || x.res[m].outer >= 0 && x.res[m].outer == x.base+k {
			continue
		}
		if x.parentheticalAt(m) {
			continue // "…, he said, would be Putin": inside the clause
		}
		next = s
		break
	}
	sub := x.subordinate(k)
	rel := x.inRelative(k)
	describes := x.cues[k].verb != nil && x.cues[k].verb.Class == verbDescribe
	for j := a + 1; j < next; j++ {
		t := x.toks[j]
		if t.quote {
			continue
		}
		switch {
		case t.text == ";":
			return j, tokRange{}
		case t.text == "," && sub:
			// "while the White House hailed a first step, Moscow's version
			// …": the subordinate clause ends at its comma.
			return j, tokRange{}
		case t.text == "," && rel && j+1 < next && x.predicateAt(j+1):
			// "Trump, who said A, hailed B": the relative clause ends at
			// the comma before the main verb.
			return j, tokRange{}
		case t.text == "," && x.clauseOpensAt(j+1, next):
			// "… was “very productive”, as the Kremlin made clear …": the
			// journalist's clause after the statement.
			return j, tokRange{}
		case describes && t.lower == "and" && j+1 < next && relatives[x.toks[j+1].lower]:
			// "a call that he described as “useful” and that came a day
			// after …": the noun's next relative clause is not what he said.
			return j, tokRange{}
		case t.text == "," && j+1 < next && sourceOpener(x.toks, j+1, next) > 0:
			return j, tokRange{}
		case t.text == "," && j+1 < next:
			if end := x.channelTail(j + 1); end > j+1 {
				return j, tokRange{j + 1, end}
			}
			if x.mainVerbJoined(j+1, next) {
				// "Putin told Trump that he would halt strikes, but stopped
				// short of …": the sentence's subject goes on, the report ends.
				return j, tokRange{}
			}
		}
	}
	// Drop the comma, joiner and adverbs that link the next attribution
	// ("…, and then warned that").
	e := next
	if next < x.u.hi {
		joined := e
		for e > a+1 {
			t := x.toks[e-1]
			if t.quote || t.closeQuote() >= 0 || t.word && !joiners[t.lower] && !x.c.idx.isAdverb(t) && t.lower != "that" {
				break
			}
			e--
			if !t.word || joiners[t.lower] || t.lower == "that" {
				joined = e
			}
		}
		// Adverbs go with the joiner they stand by ("…, and then warned");
		// before a trailing attribution they end the clause ("… must be
		// met first, the aide said").
		e = joined
	}
	return e, tokRange{}
}

// trailingCue tells whether cue m attributes the words before it and
// ends its unit ("…, official sources said."): whoever it names, the
// words of the attribution are no part of the statement before it.
func (x *regioner) trailingCue(m int) bool {
	if x.cues[m].after >= 0 {
		return false
	}
	s := x.start(m)
	return s > x.u.lo && x.toks[s-1].text == "," && x.parentheticalEnd(m) >= x.u.hi-1
}

// inRelative tells whether cue k stands in a relative clause set off by
// commas after its subject: ", who said …" or ", who said … and claimed
// …", with no comma between "who" and the cue's verb.
func (x *regioner) inRelative(k int) bool {
	// From the verb back: the speaker phrase may stand before the
	// relative ("Lin, who said …": the phrase is "Lin").
	for j := x.cues[k].vLo - 1; j > x.u.lo; j-- {
		t := x.toks[j]
		switch {
		case t.quote:
		case t.text == ",":
			return false
		case t.lower == "who" || t.lower == "which":
			return x.toks[j-1].text == ","
		}
	}
	return false
}

// predicateAt tells whether a verb in the past, lower-case and with no
// subject before it, stands at k: a clause's main verb ("…, hailed the
// deal").
func (x *regioner) predicateAt(k int) bool {
	t := x.toks[k]
	if !t.word || t.cap || t.quote {
		return false
	}
	if vf, ok := x.c.idx.verb(t); ok && vf.finite {
		return true
	}
	return len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")
}

// subordinate tells whether cue k's attribution opens a subordinate
// clause ("while the White House hailed …,", "as Moscow insisted …,").
func (x *regioner) subordinate(k int) bool {
	s := x.start(k)
	if s <= x.u.lo || x.phrases[k].speaker.inverted {
		return false
	}
	return subordinators[x.toks[s-1].lower] && !x.toks[s-1].quote
}

// clauseOpensAt tells whether a subordinate clause with a subject of its
// own opens at k: "as the Kremlin made clear", "while Moscow insisted",
// not "as well as" or "as soon as possible".
func (x *regioner) clauseOpensAt(k, next int) bool {
	if k+2 >= next {
		return false
	}
	w, t := x.toks[k], x.toks[k+1]
	if w.quote || t.quote || w.lower != "as" && w.lower != "while" && w.lower != "whereas" {
		return false
	}
	return determiners[t.lower] && t.lower != "that" || t.cap && !x.c.idx.opensWithAdverb(t) || pronouns[t.lower] != 0
}

// subordinators open a clause that ends at its comma.
var subordinators = map[string]bool{"while": true, "whereas": true, "although": true, "though": true, "as": true,
	"because": true, "since": true, "if": true, "when": true}

// parentheticalAt tells whether cue m stands inside a clause: a comma
// before its speaker phrase and after its verb group, followed by words
// that go on with the clause ("…, he said, would be Putin").
func (x *regioner) parentheticalAt(m int) bool {
	cu := x.cues[m]
	s := x.start(m)
	if s <= x.u.lo || x.toks[s-1].text != "," || cu.after >= 0 {
		return false
	}
	j := x.parentheticalEnd(m)
	if j+1 >= x.u.hi || x.toks[j].text != "," {
		return false
	}
	return continuesClause(x.toks[j+1]) || x.pastVerb(x.toks[j+1])
}

// pastVerb tells whether t is a verb in the past with no subject before
// it, as after ", the ministry said,": "The two sides, the ministry said,
// agreed to …" — a listed verb of speech or of the talks, or a word in
// -ed that is no adverb ("indeed").
func (x *regioner) pastVerb(t tok) bool {
	if !t.word || t.quote || t.cap || x.c.idx.isAdverb(t) {
		return false
	}
	if vf, ok := x.c.idx.verb(t); ok {
		return vf.finite && strings.HasSuffix(t.lower, "ed")
	}
	return len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")
}

// parentheticalEnd is the token after cue m's verb group, its object and
// adjuncts: the comma that closes ", he told Macron," should be there.
func (x *regioner) parentheticalEnd(m int) int {
	cu := x.cues[m]
	j := max(cu.vHi, cu.object.hi)
	if cu.form == formAccording {
		j = max(j, cu.agent.hi) // ", according to the ministry,"
	}
	for _, a := range cu.adjuncts {
		j = max(j, a.hi)
	}
	return j
}

// continuesClause tells whether t, after ", he said,", goes on with the
// clause the attribution interrupts: a verb or an auxiliary, not a new
// clause or an adjunct.
func continuesClause(t tok) bool {
	if !t.word || t.quote || t.cap {
		return false
	}
	return auxiliaries[t.lower] || t.lower == "was" || t.lower == "is"
}

// mainVerbJoined tells whether toks[k:] read "but"/"and" and a verb in the
// past with no subject of its own: the main clause going on after a
// reported one.
func (x *regioner) mainVerbJoined(k, next int) bool {
	if k+1 >= next || (x.toks[k].lower != "but" && x.toks[k].lower != "and") {
		return false
	}
	t := x.toks[k+1]
	if x.c.idx.isAdverb(t) && k+2 < next {
		t = x.toks[k+2]
	}
	return t.word && !t.cap && !t.quote && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")
}

// channelTail reads a phrase at k that names a channel and ends the clause
// (", in a post on X", ", in an interview with CNN"), returning the index
// after it, or k.
func (x *regioner) channelTail(k int) int {
	t := x.toks[k]
	if !prepositions[t.lower] && t.lower != "via" {
		return k
	}
	end := k + 1
	for end < x.u.hi && end < k+12 && x.toks[end].word && !x.toks[end].quote {
		end++
	}
	for j := k + 1; j < end; j++ {
		if _, n := x.c.idx.longest(x.toks, j, cueChannel); n > 0 {
			return end
		}
	}
	return k
}

// beforeRegion is what a trailing cue attributes: from the end of what
// came before it in the unit to its boundary b.
func (x *regioner) beforeRegion(k, from, b int) (region, bool) {
	conf := x.confidence(k)
	t := x.toks[b]
	qb := b
	if t.text == "," && b-1 >= from && x.toks[b-1].closeQuote() >= 0 {
		qb = b - 1
	}
	if q := x.toks[qb].closeQuote(); q >= 0 {
		qt := x.quotes[q]
		open := x.tokenAt(qt.Open)
		if open < from && open >= x.u.lo {
			return region{}, false // the quotation began inside something already attributed
		}
		if s := x.leadIn(from, open); s >= 0 {
			// "The targets “will be met,” Xi said": the quotation completes
			// an unquoted subject, and the sentence is the statement.
			return region{Span: Span{x.toks[s].Start, qt.Close}, kind: Paraphrase, conf: conf, quote: -1, lo: s, hi: qb + 1}, true
		}
		return region{Span: qt.Inner, kind: Quote, conf: conf, quote: q, lo: -1, hi: -1}, true
	}
	if t.text != "," {
		return region{}, false
	}
	s := from
	if s < b && x.toks[s].text == "," {
		s++
	}
	if x.cues[k].verb != nil && x.cues[k].verb.Class == verbWrite && !hasVerb(x.toks, s, b) {
		// "X, he wrote" without a quotation is a clause of its own ("Many
		// elements were discussed, he wrote"), never a bare phrase.
		return region{}, false
	}
	if wordsIn(x.toks, s, b) < 2 {
		return region{}, false
	}
	if prepositions[x.toks[s].lower] && !hasComma(x.toks, s, b) && !hasVerb(x.toks, s, b) {
		return region{}, false // "In Ankara, Erdoğan responded": a fronted phrase is not what was said
	}
	if x.parentheticalAt(k) {
		// "…, he said, would be Putin": the statement runs on after the cue.
		j := x.parentheticalEnd(k)
		end, _ := x.clauseEnd(k, j+1)
		if !continuesClause(x.toks[j+1]) {
			// "The two sides, the ministry said, agreed to …": the
			// predicate is the claim, as after a named subject.
			s = j + 1
		}
		return region{Span: Span{x.toks[s].Start, x.toks[end-1].End}, kind: Paraphrase, conf: conf, quote: -1, lo: s, hi: end}, true
	}
	return region{Span: Span{x.toks[s].Start, x.toks[b-1].End}, kind: Paraphrase, conf: conf * 0.9, quote: -1, lo: s, hi: b}, true
}

// leadIn returns the first token of the unquoted words that open the
// region and run into the quotation opening at token open, or -1 when the
// quotation stands alone or follows its own attribution or a colon.
func (x *regioner) leadIn(from, open int) int {
	s := from
	if s < open && x.toks[s].text == "," {
		s++
	}
	if open-s < 2 || wordsIn(x.toks, s, open) < 2 || x.toks[s].quote {
		return -1
	}
	unquoted := 0
	for k := s; k < open; k++ {
		t := x.toks[k]
		if t.quote {
			// "The call had been “very good” and “mostly about trade,” he
			// wrote": an earlier quotation inside the clause is part of it.
			if q := t.openQuote(); q >= 0 && (!x.quotes[q].Closed || x.tokenAt(x.quotes[q].Close) > open) {
				return -1
			}
			continue
		}
		if t.text == ":" || t.text == "," || t.text == ";" || sourceOpener(x.toks, k, open) > 0 {
			return -1
		}
		if t.word {
			unquoted++
		}
	}
	if unquoted < 2 {
		return -1
	}
	return s
}

// confidence is how sure an attribution is, from how its speaker was
// found: a name with a verb is surest; a pronoun, a role, an institution,
// a reference back or the context is less sure.
func (x *regioner) confidence(k int) float64 {
	r := x.res[k]
	conf := 0.9
	switch r.method {
	case ByPronoun, ByContext:
		conf = 0.8
	case ByRole, ByInstitution:
		conf = 0.85
	}
	if x.cues[k].form == formAccording {
		conf = 0.8
	}
	return conf
}

func hasComma(toks []tok, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}

// hasVerb tells whether toks[from:to] hold a finite verb, as far as simple
// cues tell: an auxiliary or a past tense.
func hasVerb(toks []tok, from, to int) bool {
	for k := from; k < to; k++ {
		t := toks[k]
		if !t.word || t.quote {
			continue
		}
		if auxiliaries[t.lower] || (len(t.lower) > 4 && t.lower[len(t.lower)-2:] == "ed") {
			return true
		}
	}
	return false
}
