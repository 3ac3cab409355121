package sources

import (
	"slices"
	"sort"
	"strings"
)

// Pass 7a, continued: an account listed over several sentences. After
// "According to the Chinese readout, Xi said …" or "The Kremlin said in a
// statement that …", real articles go on with the same source without a
// new attribution: "The two sides should deepen cooperation.", "He set
// out three principles. First, … Second, …", "The two leaders also
// discussed …". A sentence without an attribution continues the reported
// statement just before it (in its paragraph or the next) while it keeps
// the register of reported speech: a modal verb, an enumeration, the side
// or its leader or "the two sides" as subject with a verb of speech or of
// the talks. It ends at a new attribution, at the journalist's background
// (a year, the present perfect, "did not", analysts) and at anyone else as
// subject. And a speech act of the leader a report was about, in the next
// sentence and naming no channel ("Trump also invited Modi …" after the
// foreign secretary's account of Trump's words), is that report going on.
// A document quoted by name ("“…,” the statement reads") is followed the
// same way as a reported clause; after a report about both leaders
// together, a sentence that tells where both stand ("They share the view
// that …") goes on with it, what they are expected to do does not; and
// both sides "addressed" or "touched on" a point as they discussed it.

// register is what pass 7a makes of a sentence without statements after
// a reported one.
type register uint8

const (
	registerOther     register = iota // the journalist's: the account ends
	registerContinues                 // the account goes on
	registerMeta                      // "He set out three points.": it announces what follows
)

// continuations adds the sentences that continue the reported statement
// before them, and lets a leader's speech act that goes on a report about
// him stay in that report. b.out is sorted and without overlaps.
func (b *stmtBuilder) continuations() {
	var added []draft
	var src *draft // the statement the next sentence may continue
	srcPara := 0   // the paragraph number of the chain's last sentence
	list := false  // the chain's last sentence announced a list with a colon
	k, ci := 0, 0
	opened := b.openedParagraphs()
	for pi := range b.paras {
		ps := &b.paras[pi]
		if ps.skip != "" {
			src = nil
			continue
		}
		for ui, u := range ps.units {
			first := k
			for k < len(b.out) && b.out[k].Start < u.End {
				k++
			}
			for ci < len(b.cues) && (b.cues[ci].para < pi || b.cues[ci].para == pi && b.cues[ci].unit < ui) {
				ci++
			}
			// An attribution of its own ends the account, unless it names no
			// one but both sides ("The two leaders agreed that …", "…, and
			// agreed that …" after them).
			attributed := false
			for cj := ci; cj < len(b.cues) && b.cues[cj].para == pi && b.cues[cj].unit == ui; cj++ {
				sh := b.phrases[cj].speaker.shape
				attributed = attributed || b.res[cj].valid() || sh != shapeJoint && sh != shapeContext
			}
			if first < k {
				if src != nil && ps.num <= srcPara+1 && b.goesOnReport(src, first, k) {
					srcPara = ps.num
					continue
				}
				if src != nil && ps.num == srcPara && b.otherLeaderInReport(src, first, k) {
					continue
				}
				if list && ps.bullet && src != nil && ps.num <= srcPara+1 && b.itemOfDocument(src, first, k) {
					// "- Biden raised human rights": an item of the side's
					// document, whoever is its subject.
					srcPara = ps.num
					continue
				}
				if src != nil && ps.num <= srcPara+1 {
					// "The leaders spoke about A, and also noted B": the
					// joined verb is a statement of its own; its first
					// predicate goes on with the report.
					if head, ok := b.joinedHead(ps, u, &b.out[first], src); ok {
						d := *src
						d.Span, d.kind, d.para, d.quotation, d.continues = head, Paraphrase, pi, false, true
						d.conf = src.conf * 0.85
						added = append(added, d)
					}
				}
				src = b.continuable(&b.out[k-1])
				srcPara = ps.num
				list = endsWithColon(ps, u)
				// "The US released its readout of the meeting": the
				// sentence only names the document, whose points follow
				// (below a lede, as a list).
				for i := first; i < k; i++ {
					if b.namesDocumentOnly(&b.out[i]) {
						b.out[i].kind = ledeKind
					}
				}
				list = list || ps.lede && ui == len(ps.units)-1 && src != nil
				continue
			}
			if src == nil || ps.num > srcPara+1 || attributed {
				src = nil
				continue
			}
			reg := b.register(ps, u, src, pi == src.para && opened[pi])
			if list && reg == registerOther && b.listItem(ps, u) {
				// "The Kremlin said the leaders had agreed on several
				// points:" and then the points, one a sentence.
				reg = registerContinues
			}
			list = list && reg != registerOther || reg == registerMeta && endsWithColon(ps, u)
			switch reg {
			case registerMeta:
			case registerContinues:
				s := trimClause(b.a.Text, u.Span)
				if s.Start == ps.Start {
					s.Start += datelineLen(b.a.Text[s.Start:s.End])
				}
				if ps.bullet {
					s.Start = max(s.Start, ps.toks[firstWord(ps.toks, u)].Start) // not the marker
				}
				for _, part := range b.claimsOf(b.joinedPredicates(ps, u, s)) {
					d := *src
					d.Span, d.kind, d.para, d.quotation, d.continues = part, Paraphrase, pi, false, true
					d.conf = src.conf * 0.85
					added = append(added, d)
				}
				srcPara = ps.num
			default:
				src = nil
			}
		}
	}
	b.out = slices.DeleteFunc(b.out, func(d draft) bool { return d.kind == ledeKind })
	if len(added) > 0 {
		b.out = append(b.out, added...)
		sort.SliceStable(b.out, func(i, j int) bool { return b.out[i].Start < b.out[j].Start })
	}
}

// joinedPredicates splits span s of unit u where ", and" joins a second
// verb of speech or of the talks to the same subject: "The leaders
// discussed trade, and also noted the need for …" is two points of the
// account, as "…, and also noted that" is two cues.
func (b *stmtBuilder) joinedPredicates(ps *paraScan, u unit, s Span) []Span {
	var parts []Span
	toks := ps.toks
	for k := u.lo; k+2 < u.hi; k++ {
		if toks[k].text != "," || toks[k+1].lower != "and" || toks[k+1].quote || toks[k].Start < s.Start || toks[k].End > s.End {
			continue
		}
		v := k + 2
		for v < u.hi && b.c.idx.isAdverb(toks[v]) {
			v++
		}
		if v >= u.hi || !b.speechVerbAt(toks, v, u.hi, false) {
			continue
		}
		parts = append(parts, trimClause(b.a.Text, Span{Start: s.Start, End: toks[k].Start}))
		s.Start = toks[k+2].Start
	}
	return append(parts, s)
}

// joinedHead returns the first predicate of unit u when the unit's first
// statement d is a verb joined to it by ", and" ("The heads of state spoke
// about A, and also noted B") and that predicate goes on with the report
// src.
func (b *stmtBuilder) joinedHead(ps *paraScan, u unit, d *draft, src *draft) (Span, bool) {
	toks := ps.toks
	cu := &b.cues[d.cue]
	if cu.form == formWith {
		// "The call stressed A, with Biden voicing B": the clause before
		// the absolute one is the report's, whoever the "with" names.
		return b.headBefore(ps, u, cu.vLo+1, src)
	}
	if b.phrases[d.cue].speaker.shape != shapeContext || d.owner.name != src.owner.name {
		return Span{}, false
	}
	j := cu.vLo
	for j > u.lo && b.c.idx.isAdverb(toks[j-1]) {
		j--
	}
	if j-2 <= u.lo || toks[j-1].lower != "and" || toks[j-1].quote {
		return Span{}, false
	}
	return b.headBefore(ps, u, j, src)
}

// headBefore is the clause of unit u before the comma and joining word
// that end at token j, when it goes on with the report src.
func (b *stmtBuilder) headBefore(ps *paraScan, u unit, j int, src *draft) (Span, bool) {
	toks := ps.toks
	if j-2 <= u.lo || toks[j-2].text != "," {
		return Span{}, false
	}
	head := unit{lo: u.lo, hi: j - 2}
	if b.register(ps, head, src, false) != registerContinues {
		return Span{}, false
	}
	lo := bodyStart(ps, u)
	if lo >= j-2 {
		return Span{}, false
	}
	return trimClause(b.a.Text, Span{Start: toks[lo].Start, End: toks[j-3].End}), true
}

// firstWord is the index of the first word of unit u.
func firstWord(toks []tok, u unit) int {
	for k := u.lo; k < u.hi; k++ {
		if toks[k].word || toks[k].quote {
			return k
		}
	}
	return u.lo
}

// objectHeld tells whether one of the nouns an act verb's object must
// hold ("raised the issue of …") stands in the next few words, and is no
// document: a sentence that only names a side's readout goes on with no
// report.
func (b *stmtBuilder) objectHeld(vf verbForm, toks []tok, k, hi int) bool {
	for j := k; j < hi && j < k+5; j++ {
		if b.c.idx.documents[toks[j].lower] {
			return false
		}
		if slices.Contains(vf.Objects, toks[j].lower) {
			return true
		}
	}
	return false
}

// ledeKind marks a draft that only names the document its list sets
// out; continuations drops it.
const ledeKind Kind = "lede"

// namesDocumentOnly tells whether draft d, from an act verb, is only the
// document it names ("shares its communique on the meeting"): no claim.
func (b *stmtBuilder) namesDocumentOnly(d *draft) bool {
	cu := &b.cues[d.cue]
	if cu.verb == nil || cu.verb.Class != verbAct || d.para != cu.para {
		return false // a sentence of the document below its lede says what it says
	}
	ps := &b.paras[cu.para]
	for k := cu.vHi; k < len(ps.toks) && k < cu.vHi+4; k++ {
		if b.c.idx.documents[ps.toks[k].lower] && !ps.toks[k].quote {
			return true
		}
	}
	return false
}

// itemOfDocument re-owns the statements b.out[from:to] of a list item to
// the document src when they name no channel of their own and their
// speaker is of src's side ("- Biden raised …" under the White House's
// readout). It tells whether it did.
func (b *stmtBuilder) itemOfDocument(src *draft, from, to int) bool {
	for i := from; i < to; i++ {
		d := &b.out[i]
		if b.chans[d.cue].ch >= 0 || d.earlier != "" || d.owner.country != src.owner.country {
			return false
		}
	}
	for i := from; i < to; i++ {
		d := &b.out[i]
		d.owner, d.via, d.continues = src.owner, src.via, true
	}
	return true
}

// endsWithColon tells whether unit u ends with a colon: what follows is
// its list.
func endsWithColon(ps *paraScan, u unit) bool {
	return u.hi > u.lo && ps.toks[u.hi-1].text == ":"
}

// listItem tells whether unit u reads as an item of a list rather than
// the journalist's own sentence: a short phrase without a verb of its own
// ("A 30-day pause in strikes."), not a quotation.
func (b *stmtBuilder) listItem(ps *paraScan, u unit) bool {
	lo := bodyStart(ps, u)
	if ps.bullet {
		// "- US opposes any change to the status quo": a bullet point
		// may have a verb of its own.
		return lo < u.hi && !ps.toks[lo].quote && !b.background(ps.toks, lo, u.hi, false)
	}
	return lo < u.hi && !ps.toks[lo].quote && u.hi-lo <= 30 && !b.background(ps.toks, lo, u.hi, true) && !hasVerb(ps.toks, lo, u.hi)
}

// continuable returns a copy of d when a sentence after it may continue
// it: reported speech (not a quotation) of this event.
func (b *stmtBuilder) continuable(d *draft) *draft {
	if d.earlier != "" || !d.owner.valid() || d.quotation {
		return nil
	}
	if d.kind != Paraphrase && (d.kind != Quote || !b.documentQuoted(d)) {
		return nil
	}
	c := *d
	if c.via == 0 {
		c.via = c.cue + 1
	}
	return &c
}

// documentQuoted tells whether quotation d is quoted from a published
// text ("“…,” the statement reads"): the journalist goes on summarizing
// that text, as after a reported clause. After a person's quotation the
// prose that follows is the journalist's own.
func (b *stmtBuilder) documentQuoted(d *draft) bool {
	p := b.phrases[d.cue].speaker
	if p.shape == shapeAnaphor && p.gender == documentGender {
		return true // "the statement reads"
	}
	toks := b.paras[b.cues[d.cue].para].toks
	ranges := append([]tokRange{p.tokRange}, b.cues[d.cue].adjuncts...)
	for _, r := range ranges {
		for k := r.lo; k < r.hi && k < len(toks); k++ {
			if b.c.idx.documents[toks[k].lower] && !toks[k].quote {
				// "the Kremlin's readout says", "a statement from the
				// ministry said", "it said in a statement"
				return true
			}
		}
	}
	return false
}

// goesOnReport re-owns the statements b.out[from:to] of one sentence to
// the report src when src tells someone's words as another source reports
// them ("Trump listened …, the foreign secretary said") and the sentence
// is that person's speech act, naming no channel of its own ("Trump also
// invited Modi to stop over …"). It tells whether it did.
func (b *stmtBuilder) goesOnReport(src *draft, from, to int) bool {
	reported := b.res[src.cue].sp
	if reported.who == nil || src.owner.who == reported.who || src.owner.name == reported.name {
		return false
	}
	for i := from; i < to; i++ {
		d := &b.out[i]
		cu := &b.cues[d.cue]
		if d.owner.who != reported.who || b.chans[d.cue].ch >= 0 || d.earlier != "" || cu.verb == nil ||
			cu.verb.Class == verbSay || cu.verb.Class == verbWrite || b.res[d.cue].outer >= 0 || b.reportedBy[d.cue] >= 0 {
			return false
		}
	}
	for i := from; i < to; i++ {
		d := &b.out[i]
		d.owner, d.via, d.continues = src.owner, src.via, true
	}
	return true
}

// otherLeaderInReport re-owns the statements b.out[from:to] of one
// sentence to the report src when src is one side's report — its
// government's, or words carried by a named channel ("According to the
// state agency, …") — and the sentence, in the same paragraph, tells a
// speech act of the other side's leader naming no channel of its own
// ("Her counterpart, meanwhile, stressed …"): what one side says the
// other leader did is that side's account. Words of his own (a quotation,
// "said") stay his. It tells whether it did.
func (b *stmtBuilder) otherLeaderInReport(src *draft, from, to int) bool {
	if src.owner.country == "" || !src.owner.institution && b.channel(src).ch < 0 {
		return false
	}
	for i := from; i < to; i++ {
		d := &b.out[i]
		cu := &b.cues[d.cue]
		if d.owner.who == nil || d.owner.country == "" || d.owner.country == src.owner.country || d.kind != Paraphrase ||
			b.chans[d.cue].ch >= 0 || d.earlier != "" || cu.verb == nil || cu.verb.Class == verbSay || cu.verb.Class == verbWrite ||
			b.res[d.cue].outer >= 0 || b.reportedBy[d.cue] >= 0 || b.res[d.cue].sp.who != d.owner.who {
			return false
		}
	}
	for i := from; i < to; i++ {
		d := &b.out[i]
		d.owner, d.via, d.continues = src.owner, src.via, true
	}
	return true
}

// openedParagraphs tells, for each paragraph, whether an "according to"
// opens it ("According to the Chinese readout, Xi said …"): the
// paragraph is then that source's, sentence by sentence.
func (b *stmtBuilder) openedParagraphs() []bool {
	opened := make([]bool, len(b.paras))
	for i, o := range b.openers() {
		opened[i] = o >= 0
	}
	return opened
}

// openers is, for each paragraph, the "according to" cue that opens it,
// or -1.
func (p *passes) openers() []int {
	opened := make([]int, len(p.paras))
	for i := range opened {
		opened[i] = -1
	}
	for i := range p.cues {
		cu := &p.cues[i]
		if cu.form != formAccording || cu.unit != 0 || opened[cu.para] >= 0 {
			continue
		}
		ps := &p.paras[cu.para]
		if len(ps.units) > 0 && cu.head == bodyStart(ps, ps.units[0]) {
			opened[cu.para] = i
		}
	}
	return opened
}

// register reads a sentence without statements after the reported
// statement src. In a paragraph that an "according to" opens (opened),
// every sentence that keeps the report's subjects and is not the
// journalist's background goes on with it, present-tense policy included
// ("The United States does not seek …"); both sides together stay the
// journalist's synthesis unless they agree or discuss.
func (b *stmtBuilder) register(ps *paraScan, u unit, src *draft, opened bool) register {
	toks := ps.toks
	lo := bodyStart(ps, u)
	if lo >= u.hi || toks[lo].quote {
		return registerOther // a quotation of its own: someone's words, not the report's
	}
	if b.background(toks, lo, u.hi, !opened) {
		return registerOther
	}
	additive := additives[toks[lo].lower] && lo+1 < u.hi && toks[lo+1].text == ","
	px := phraser{c: b.c, toks: toks, lo: lo, hi: u.hi}
	ordinal := ordinals[toks[lo].lower] && lo+1 < u.hi && toks[lo+1].text == ","
	s := px.afterFronted(lo)
	if ordinal || additive {
		s = lo + 2
	}
	end := px.npRightEnd(s)
	if s < u.hi && pronouns[toks[s].lower] != 0 {
		end = s + 1 // "It came …": the pronoun alone
	}
	if b.topicsListed(toks, s, u.hi) {
		return registerContinues // its subject is the topics, never a speaker
	}
	if src.owner.institution && end+1 < u.hi && toks[end].lower == "and" && toks[end+1].cap && end > s && toks[end-1].cap {
		// "Rossi and Hale discussed …" after a government's report: both
		// of them, as that report tells it. After a leader's own words
		// the journalist goes on.
		end = px.npRightEnd(end + 1)
	}
	subject := px.analyze(tokRange{s, end})
	if subject.shape == shapeName && designation(toks, subject.name) {
		subject.shape = shapeNone // "The F-35 deal": a thing, not a person
	}
	if !b.subjectFits(ps, u, subject, src) {
		return registerOther
	}
	if b.announces(toks, s, u.hi) {
		if listFollows(toks, s, u.hi) {
			// "The leaders agreed on three steps: A, B and C.": the list
			// is in the sentence, which is the account going on.
			return registerContinues
		}
		return registerMeta
	}
	switch {
	case ordinal, additive, opened && subject.shape != shapeJoint, hasModal(toks, s, u.hi):
		return registerContinues
	case subject.shape == shapeJoint && (opened || ps.num == b.paras[src.para].num) && b.reportJoint(src) && stance(toks, end, u.hi, opened):
		// "According to the ministry, the two leaders discussed A. They
		// share a commitment to B.": the report is about both of them,
		// and the sentence tells where they stand, in its present.
		return registerContinues
	case subject.shape != shapeNone && b.speechVerbAt(toks, end, u.hi, subject.shape == shapeJoint):
		return registerContinues
	case subject.shape == shapeNone && b.eventNoun(toks, s, end) && b.speechVerbAt(toks, end, u.hi, false):
		return registerContinues // "The call underscored the need for …": the sides did, in it
	case subject.shape == shapeNone && b.passiveOfTalks(toks, end, u.hi):
		return registerContinues // "The border was also discussed.": in the talks, by no one named
	}
	return registerOther
}

// designation tells whether a name holds a digit: a model or a code
// ("F-35", "G20"), never a person.
func designation(toks []tok, r tokRange) bool {
	for k := r.lo; k < r.hi; k++ {
		if strings.ContainsAny(toks[k].text, "0123456789") {
			return true
		}
	}
	return false
}

// eventNoun tells whether the phrase toks[lo:hi] is the event itself:
// "the call", "the phone conversation", "their meeting".
func (b *stmtBuilder) eventNoun(toks []tok, lo, hi int) bool {
	if hi <= lo || !determiners[toks[lo].lower] {
		return false
	}
	for k := lo + 1; k < hi; k++ {
		if _, n := b.c.idx.longest(toks, k, cueEvent); n > 0 && k+n == hi && !strings.HasSuffix(toks[hi-1].lower, "ed") {
			return true
		}
	}
	return false
}

// passiveOfTalks tells whether a passive verb of speech or of the talks
// follows the subject at k, with no agent: "was also raised", "were
// stressed", "was touched upon". An agent ("was rejected by parliament")
// tells who did it, and it is not the report's.
func (b *stmtBuilder) passiveOfTalks(toks []tok, k, hi int) bool {
	if k >= hi || toks[k].lower != "was" && toks[k].lower != "were" {
		return false
	}
	k++
	for k < hi && b.c.idx.isAdverb(toks[k]) {
		k++
	}
	if k >= hi || !toks[k].word || toks[k].quote || !strings.HasSuffix(toks[k].lower, "ed") {
		return false
	}
	p := toks[k].lower
	next := ""
	if k+1 < hi && toks[k+1].word && !toks[k+1].quote {
		next = toks[k+1].lower
	}
	if next == "by" {
		return false
	}
	_, listed := b.c.idx.verb(toks[k])
	_, n := b.c.idx.longest(toks, k, cueEvent)
	return listed || n > 0 || next == "upon" && len(p) > 5
}

// additives open a sentence that adds to what the sentence before said:
// "Furthermore, China has the right to develop."
var additives = map[string]bool{"furthermore": true, "moreover": true, "additionally": true}

// ordinals open the items of a list the account sets out.
var ordinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"firstly": true, "secondly": true, "thirdly": true, "finally": true, "lastly": true}

// background tells whether toks[lo:hi] read as the journalist's own
// background: a year, the present perfect ("has refused", "have
// watched"), "did not" and "declined", analysts and experts, and, unless
// present is false, "does not".
func (b *stmtBuilder) background(toks []tok, lo, hi int, present bool) bool {
	for k := lo; k < hi; k++ {
		t := toks[k]
		if t.quote || !t.word {
			continue
		}
		switch {
		case isYear(t.text):
			return true
		case (t.lower == "has" || t.lower == "have") && k+1 < hi && perfectParticiple(toks[k+1]):
			return true
		case t.lower == "did" && k+1 < hi && toks[k+1].lower == "not",
			t.lower == "didn't" || t.lower == "declined" || t.lower == "refused":
			return true
		case present && (t.lower == "does" && k+1 < hi && toks[k+1].lower == "not" || t.lower == "doesn't"):
			return true
		case backgroundVoices[t.lower]:
			return true
		}
	}
	return false
}

// backgroundVoices are the people whose views the journalist adds.
var backgroundVoices = map[string]bool{"analysts": true, "analyst": true, "experts": true, "critics": true,
	"observers": true, "commentators": true, "historians": true}

// perfectParticiple tells whether t reads as a past participle after
// "has": "been", a word in -ed or -en, or a common irregular one.
func perfectParticiple(t tok) bool {
	if !t.word || t.quote {
		return false
	}
	switch t.lower {
	case "been", "become", "made", "said", "held", "had", "kept", "sought", "led", "long", "repeatedly", "since", "also":
		return true
	}
	return len(t.lower) > 3 && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "en"))
}

// subjectFits tells whether a sentence's subject may be the report's: a
// pronoun, both sides together, a country or government, an office, or
// the person the report is by or about, or their side's leader — never
// someone else the article names, nor an outlet.
func (b *stmtBuilder) subjectFits(ps *paraScan, u unit, p speakerPhrase, src *draft) bool {
	switch p.shape {
	case shapePronoun, shapeJoint, shapeInstitution, shapeRole, shapeNone:
		return true
	case shapeAnaphor:
		// "The readout listed …", "The statement also mentioned …": the
		// report's own text.
		return p.gender == documentGender
	case shapeName:
		who := b.ppl.find(nameParts(ps.toks, p.name))
		sp := b.res[src.cue].sp
		if who == nil {
			// "China has the right to develop": the side itself, by the
			// name of its country.
			return p.country != "" && (p.country == src.owner.country || p.country == sp.country)
		}
		for _, w := range []*person{src.owner.who, sp.who, b.ppl.leader(src.owner.country), b.ppl.leader(sp.country), b.reportSubject(src)} {
			if w != nil && w == who {
				return true
			}
		}
	}
	return false
}

// reportSubject is the person a reported statement opens with as its
// subject ("Putin called Obama to discuss …, according to the White
// House"): the report goes on about them ("Putin called to discuss …").
func (b *stmtBuilder) reportSubject(src *draft) *person {
	ps := &b.paras[src.para]
	lo := tokenAtOff(ps.toks, src.Start)
	if lo >= len(ps.toks) || !ps.toks[lo].word || ps.toks[lo].quote {
		return nil
	}
	px := phraser{c: b.c, toks: ps.toks, lo: lo, hi: len(ps.toks)}
	p := px.analyze(tokRange{lo, px.npRightEnd(lo)})
	if p.shape != shapeName {
		return nil
	}
	return b.ppl.find(nameParts(ps.toks, p.name))
}

// reportJoint tells whether the reported statement src opens with both
// sides as its subject ("the two leaders agreed …", "both sides
// discussed …").
func (b *stmtBuilder) reportJoint(src *draft) bool {
	ps := &b.paras[src.para]
	lo := tokenAtOff(ps.toks, src.Start)
	if lo >= len(ps.toks) || !ps.toks[lo].word || ps.toks[lo].quote {
		return false
	}
	px := phraser{c: b.c, toks: ps.toks, lo: lo, hi: len(ps.toks)}
	s := px.afterFronted(lo)
	return px.analyze(tokRange{s, px.npRightEnd(s)}).shape == shapeJoint
}

// stance tells whether the verb after a subject at k tells, in the
// present, where the subject stands: "share the view", "have common
// goals", "are committed to", "both are looking forward to". What the
// sides are expected or due to do, and what they did, are the
// journalist's. "have" and "remain" say as much of a fact the
// journalist adds ("They have a long rivalry"): they go on with a report
// only in a paragraph an "according to" opens.
func stance(toks []tok, k, hi int, opened bool) bool {
	for k < hi && (toks[k].lower == "both" || toks[k].lower == "all" || toks[k].lower == "also" || toks[k].lower == "still") {
		k++
	}
	if k >= hi || toks[k].quote {
		return false
	}
	if w := toks[k].lower; stanceVerbs[w] {
		return opened || w != "have" && w != "remain"
	}
	if toks[k].lower != "are" || k+1 >= hi {
		return false
	}
	k++
	for k < hi && (toks[k].lower == "both" || toks[k].lower == "all" || toks[k].lower == "also") {
		k++
	}
	return k < hi && stanceStates[toks[k].lower]
}

// stanceVerbs and stanceStates say where someone stands: "They share
// …", "They are committed to …".
var stanceVerbs = map[string]bool{"share": true, "have": true, "hold": true, "see": true, "view": true,
	"want": true, "hope": true, "support": true, "believe": true, "oppose": true, "reject": true,
	"welcome": true, "seek": true, "favor": true, "favour": true, "consider": true, "remain": true}
var stanceStates = map[string]bool{"committed": true, "determined": true, "ready": true, "willing": true,
	"looking": true, "interested": true, "convinced": true, "united": true, "keen": true, "eager": true,
	"concerned": true, "confident": true, "open": true}

// announces tells whether the sentence announces the items that follow:
// "He set out three points.", "Xi made a number of proposals:".
func (b *stmtBuilder) announces(toks []tok, lo, hi int) bool {
	if hi-1 > lo && toks[hi-1].text == ":" {
		return true
	}
	for k := lo; k+1 < hi; k++ {
		if countWords[toks[k].lower] && listNouns[toks[k+1].lower] && !toks[k].quote {
			return true
		}
	}
	return false
}

// listFollows tells whether a colon inside toks[lo:hi] has words after
// it: the items themselves, not an announcement of them.
func listFollows(toks []tok, lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if toks[k].text == ":" && !toks[k].quote && toks[k+1].word {
			return true
		}
	}
	return false
}

// countWords and listNouns make up "three points", "several proposals".
var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "several": true,
	"of": true, "some": true, "few": true}
var listNouns = map[string]bool{"points": true, "principles": true, "proposals": true, "priorities": true, "suggestions": true,
	"demands": true, "conditions": true, "steps": true, "areas": true}

// topicsListed tells whether the sentence lists the topics of the talks:
// "Other topics included A, B and C".
func (b *stmtBuilder) topicsListed(toks []tok, lo, hi int) bool {
	topics := false
	for k := lo; k < hi && k < lo+4; k++ {
		switch toks[k].lower {
		case "topics", "issues", "subjects":
			topics = true
		}
	}
	if !topics {
		return false
	}
	for k := lo; k < hi; k++ {
		switch toks[k].lower {
		case "included", "include", "ranged", "discussed", "covered":
			return true // "Other topics included …", "Topics such as … were not discussed"
		}
	}
	return false
}

// speechVerbAt tells whether a verb of speech or of the talks follows the
// subject at k, across auxiliaries and adverbs: a reporting verb
// ("stressed", "agreed"), or a word that names the event ("discussed",
// "talked"). Both sides together only agree, discuss or note and stress
// a point ("The leaders noted the need to …") in one side's account: "Both leaders described the call as constructive" is the
// journalist putting the two accounts side by side.
func (b *stmtBuilder) speechVerbAt(toks []tok, k, hi int, joint bool) bool {
	for k < hi && (auxiliaries[toks[k].lower] || b.c.idx.isAdverb(toks[k])) {
		k++
	}
	if k >= hi || !toks[k].word || toks[k].quote {
		return false
	}
	if vf, ok := b.c.idx.verb(toks[k]); ok && vf.finite {
		if vf.Class == verbAct && len(vf.Objects) > 0 && !b.objectHeld(vf, toks, k+1, hi) {
			return false // "raised prices"; "published its readout" names only the document
		}
		return !joint || vf.NeedsThat || vf.Object || vf.Class == verbAct
	}
	if w := toks[k].lower; joint && (discussionVerbs[w] || talkVerbs[w]) && strings.HasSuffix(w, "ed") && k+1 < hi && toks[k+1].word {
		// What both sides went over in the talks, as "discussed": "The
		// leaders addressed the border", "They touched on trade",
		// "exchanged views on …"; not an audience ("addressed reporters",
		// "addressed the nation") nor the talks themselves. One leader
		// who "addressed the call" spoke of it elsewhere.
		return !b.audienceAt(toks, k+1, hi)
	}
	_, n := b.c.idx.longest(toks, k, cueEvent)
	// "spoke about" tells what was said; "spoke by phone", "met" and
	// "held" tell only that the talks took place, the journalist's
	// narrative.
	a := k + 1
	if a+1 < hi && strings.HasSuffix(toks[a].lower, "ly") {
		a++ // "spoke positively about"
	}
	spokeAbout := toks[k].lower == "spoke" && a < hi && toks[a].lower == "about"
	return n > 0 && (strings.HasSuffix(toks[k].lower, "ed") || spokeAbout)
}

// audienceAt tells whether the object at k is whom someone addresses
// or the event itself: "reporters", "the nation", "the call".
func (b *stmtBuilder) audienceAt(toks []tok, k, hi int) bool {
	if _, n := b.c.idx.longest(toks, k, cuePress); n > 0 {
		return true
	}
	if k < hi && determiners[toks[k].lower] {
		k++
	}
	if k >= hi {
		return true
	}
	_, n := b.c.idx.longest(toks, k, cueEvent)
	return n > 0 || audienceNouns[toks[k].lower]
}

// audienceNouns are whom a speaker addresses, not what the talks went
// over: "addressed the nation", "addressed parliament".
var audienceNouns = map[string]bool{"nation": true, "parliament": true, "lawmakers": true, "crowd": true,
	"audience": true, "assembly": true, "congress": true, "supporters": true, "troops": true}
