package sources

import "sort"

// unit finds the attributions in one sentence (or quote-merged sentences).
func (x *extractor) unit(pi int, u Span) {
	toks := x.toks[pi]
	lo, hi := tokRange(toks, u)
	first := len(x.raws)
	var prev speaker
	for i := lo; i < hi; i++ {
		t := toks[i]
		if !t.word || t.quote || x.claimed(t.Start) {
			continue
		}
		if t.lower == "according" && i+1 < hi && toks[i+1].lower == "to" {
			if sp, ok := x.according(pi, u, lo, hi, i, first, prev); ok {
				prev = sp
			}
			continue
		}
		v, ok := reportingVerbs[t.lower]
		if !ok {
			continue
		}
		if sp, ok := x.attribution(pi, u, lo, hi, i, v, prev); ok {
			prev = sp
		}
	}
	x.unitChannels(pi, lo, hi, first)
}

// attribution handles the reporting verb at toks[i]: finds its speaker and
// what it reports (a clause, a quote after it, or the quote or clause
// before it), and records the statements.
func (x *extractor) attribution(pi int, u Span, lo, hi, i int, v verbInfo, prev speaker) (speaker, bool) {
	toks, qs := x.toks[pi], x.quotes[pi]
	m := x.subjectBefore(toks, lo, i)
	pos := i + 1
	channel := -1
	var sp speaker
	conf := 0.85
	if v.kind == verbQuote && i-1 >= lo && passiveAux[toks[i-1].lower] && i+1 < hi && toks[i+1].lower == "as" {
		// Passive: "“…,” Xi was quoted as saying." The subject comes before
		// the auxiliary and the verb reports like "said".
		m = x.subjectBefore(toks, lo, i-1)
		pos = i + 2
		if pos < hi && reportingVerbs[toks[pos].lower].participle {
			pos++
		}
		i = pos - 1
		v = verbInfo{kind: verbSay}
	}
	if v.kind == verbQuote {
		// "Xinhua quoted Xi as saying ..."
		if m.kind == mOutlet {
			channel = m.channel
		}
		obj := x.mentionAt(toks, pos, hi)
		if obj.kind == mNone || obj.kind == mOutlet || obj.end >= hi || toks[obj.end].lower != "as" {
			return speaker{}, false
		}
		sp, _ = x.resolve(obj, prev)
		pos = obj.end + 1
		if pos < hi && reportingVerbs[toks[pos].lower].participle {
			pos++
		}
		conf = 0.9
	} else {
		if m.kind == mNone && i-1 >= lo && (toks[i-1].text == "," || isCloseMark(toks[i-1])) {
			// Inverted: "..., said the Élysée."
			if obj := x.mentionAt(toks, pos, hi); obj.kind != mNone && obj.kind != mInherit {
				m = obj
				m.start = i
				pos = obj.end
			}
		}
		if m.kind == mNone || (v.participle && m.kind == mRole) {
			return speaker{}, false
		}
		if m.kind == mInherit && !prev.valid() {
			// ", describing ..." with no verb before it in the sentence:
			// the participle shares the sentence's subject.
			if first := x.mentionAt(toks, lo, hi); first.kind == mPerson || first.kind == mInstitution || first.kind == mPronoun {
				m = first
				m.kind, m.start = first.kind, i
				prev, _ = x.resolve(first, speaker{})
				m.kind = mInherit
			}
		}
		nestedChannel, isNested := x.nestedAt[toks[i].Start]
		if isNested {
			// Backshifted tense in reported speech ("the White House said
			// Biden had stressed") is not an earlier statement.
			m.had = false
		}
		sp, channel = x.resolve(m, prev)
		if channel < 0 && isNested {
			channel = nestedChannel
		}
		if owner, ok := x.nestedOwner[toks[i].Start]; ok && owner.valid() {
			// The outer speaker's account: what they say the inner one said.
			sp, channel = owner, -1
			m.had = false
		}
		switch m.kind {
		case mPronoun, mInherit:
			conf = 0.8
		case mRole, mInstitution, mOutlet:
			conf = 0.8
		}
	}
	if !sp.valid() {
		return speaker{}, false
	}
	x.touch(sp)
	had := m.had
	at := statementContext{pi: pi, unit: u, sp: sp, channel: channel, had: had, conf: conf}
	if k, ok := repeatedClaim(toks, pos, hi); ok {
		// "has said more than a dozen times that ...": a claim made over
		// and over, not this event's account.
		pos, at.had = k, true
	}

	pos, afterThat := x.skipToClause(toks, pos, hi, v)
	if pos < hi && (toks[pos].text == ":" || toks[pos].text == ",") && pos+1 < hi && quoteAt(qs, toks[pos+1].Start) >= 0 {
		pos++
	}
	if pos < hi && toks[pos].text == ":" {
		pos++
		afterThat = true
	}
	if pos < hi {
		if q := quoteAt(qs, toks[pos].Start); q >= 0 {
			if restIsPunct(toks, qs[q].Close, hi) {
				x.addQuote(at, qs[q])
				return sp, true
			}
			if v.kind != verbWrite || afterThat {
				x.addClause(at, pos, x.clauseEnd(toks, pos, hi), Paraphrase)
				return sp, true
			}
		}
		t := toks[pos]
		wantThat := v.kind == verbWrite || needsThat[toks[i].lower]
		if t.word && !t.quote && (afterThat || (!noClause[t.lower] && !wantThat)) {
			if k := x.nested(toks, pos, hi); k >= 0 {
				// "Chinese state media reported that Xi described ...": the inner
				// verb carries the statement, through the outer channel.
				if m.kind == mOutlet || m.kind == mInstitution {
					x.nestedAt[toks[k].Start] = x.officialChannel(m, channel)
				} else if !sp.institution {
					x.nestedOwner[toks[k].Start] = sp
				}
				return sp, true
			}
			end := x.clauseEnd(toks, pos, hi)
			if v.kind == verbDescribe && !hasWord(toks, pos, end, "as") {
				return sp, true
			}
			x.addClause(at, pos, end, Paraphrase)
			return sp, true
		}
		if t.text == "," && pos+1 < hi && !toks[pos+1].quote && m.kind != mInherit && !isParticipleNext(toks, pos+1, hi) && !joiners[toks[pos+1].lower] {
			// "The only winner, he said, would be Beijing." — but not ",
			// his office said, but Beijing ...", a new clause.
			b := m.start - 1
			if b >= lo && toks[b].text == "," && !toks[b].quote && x.unitStart(pi, toks, lo, b) < b {
				x.addClause(at, x.unitStart(pi, toks, lo, b), toks[hi-1].End, Paraphrase)
				return sp, true
			}
		}
	}
	if m.kind == mInherit || needsThat[toks[i].lower] {
		return sp, true
	}
	if pos < hi && toks[pos].word && !invertedNext[toks[pos].lower] {
		// "agreed to meet", "said for years": not an attribution of what precedes.
		return sp, true
	}
	// "“…,” Modi wrote on X" attributes the quote; "X, he
	// wrote" without a quote is too loose to trust.
	quoteOnly := v.kind == verbWrite
	// No clause after the verb: what was said comes before the speaker.
	b := m.start - 1
	if b >= lo && toks[b].text == "," && !toks[b].quote && b-1 >= lo && isCloseMark(toks[b-1]) {
		b--
	}
	if b < lo && !(b == lo-1 && b >= 0 && isCloseMark(toks[b])) {
		// Only a quotation closing right before this sentence may be its
		// statement: "“… trade?” Starmer said." splits into two sentences.
		return sp, true
	}
	if q := quoteClosingAt(qs, toks[b].End); q >= 0 && isCloseMark(toks[b]) {
		if x.claimed(qs[q].Inner.Start) {
			return sp, true
		}
		if s := x.leadIn(pi, toks, lo, qs[q]); s >= 0 {
			// "The targets “will be met,” Xi said": the quotation
			// completes an unquoted subject, and the sentence is the statement.
			x.add(at, Span{toks[s].Start, qs[q].Close}, Paraphrase)
			return sp, true
		}
		x.addQuote(at, qs[q])
		return sp, true
	}
	if toks[b].text == "," && !toks[b].quote && !quoteOnly {
		s := x.unitStart(pi, toks, lo, b)
		if s >= b {
			// "Modi told Biden that …, India's foreign secretary said": the
			// clause before is already attributed; this verb says whose
			// account it is (a person) or through which channel it came.
			x.reattribute(u, toks[b].Start, sp, channel)
			return sp, true
		}
		if prepositions[toks[s].lower] && !hasComma(toks, s, b) {
			// "In Ankara, Erdoğan responded ...": a fronted phrase of place
			// or time is not what was said.
			return sp, true
		}
		at.conf = 0.75
		x.addClause(at, s, toks[b].Start, Paraphrase)
	}
	return sp, true
}

// unitStart is where an inverted statement ("X, he said") begins: the
// start of the sentence, or the end of a statement already found in it.
func (x *extractor) unitStart(pi int, toks []tok, lo, b int) int {
	start := lo
	for k := lo; k < b; k++ {
		if x.claimed(toks[k].Start) {
			start = k + 1
		}
	}
	if start > lo && start < b && toks[start].text == "," {
		start++
	}
	return start
}

// according handles "according to X, ..." and "..., according to X".
//
// When a verb earlier in the sentence already attributed a statement
// ("“…,” Xi said, according to Xinhua"), the trailing phrase names
// the channel of that statement, not a statement of its own.
func (x *extractor) according(pi int, u Span, lo, hi, i, first int, prev speaker) (speaker, bool) {
	toks := x.toks[pi]
	m := x.mentionAt(toks, i+2, hi)
	if m.kind == mNone || m.kind == mPronoun {
		return speaker{}, false
	}
	sp, channel := x.resolve(m, speaker{})
	if !sp.valid() {
		return speaker{}, false
	}
	at := statementContext{pi: pi, unit: u, sp: sp, channel: channel, conf: 0.8}
	end := m.end
	// Skip the rest of the noun phrase ("according to a Downing Street readout of the call").
	for end < hi && toks[end].text != "," && toks[end].text != "." {
		end++
	}
	if i == lo && end < hi && toks[end].text == "," {
		if k := x.nested(toks, end+1, hi); k >= 0 {
			if m.kind == mOutlet || m.kind == mInstitution {
				x.nestedAt[toks[k].Start] = x.officialChannel(m, channel)
			}
		} else if end+1 < hi {
			x.addClause(at, end+1, x.clauseEnd(toks, end+1, hi), Paraphrase)
		}
		x.touch(sp)
		return sp, true
	}
	if i-1 > lo && toks[i-1].text == "," && prev.valid() && len(x.raws) > first {
		ch := x.officialChannel(m, channel)
		for k := first; k < len(x.raws); k++ {
			if x.raws[k].channel < 0 {
				x.raws[k].channel = ch
			}
		}
		return prev, true
	}
	if i-1 > lo && toks[i-1].text == "," {
		x.addClause(at, x.unitStart(pi, toks, lo, i-1), toks[i-1].Start, Paraphrase)
		x.touch(sp)
		return sp, true
	}
	return speaker{}, false
}

// skipToClause moves past what stands between a reporting verb and its
// clause: adverbs, "that", an object ("told reporters ... that"), a
// prepositional phrase ("said in a statement that").
func (x *extractor) skipToClause(toks []tok, pos, hi int, v verbInfo) (int, bool) {
	for pos < hi && toks[pos].word && adverbs[toks[pos].lower] && toks[pos].lower != "last" {
		pos++
	}
	if pos+1 < hi && toks[pos].lower == "on" && weekdays[toks[pos+1].lower] {
		pos += 2
	}
	if pos < hi && toks[pos].lower == "that" {
		return pos + 1, true
	}
	if v.kind == verbTell || (pos < hi && prepositions[toks[pos].lower]) {
		// An object or a phrase of place and medium is short and holds no
		// second verb: "told reporters on the flight home from Geneva that",
		// "said in a post on Telegram that" — but not "agreed to meet ...
		// but declined to set a date that".
		limit := 10
		if v.kind == verbTell {
			limit = 16
		}
		for k := pos; k < hi && k < pos+limit; k++ {
			t := toks[k]
			if t.quote || t.text == "." || t.text == ";" || t.lower == "and" || t.lower == "but" || t.text == "," {
				break
			}
			if _, ok := reportingVerbs[t.lower]; ok && k > pos {
				break
			}
			if toks[k].lower == "that" {
				return k + 1, true
			}
			if toks[k].text == ":" {
				return k, false
			}
		}
		if v.kind == verbTell && pos < hi && toks[pos].word {
			// "told reporters the talks ...", "told the BBC": skip the object.
			k := pos
			if determiners[toks[k].lower] && k+1 < hi {
				k++
			}
			if toks[k].cap {
				for k < hi && toks[k].word && toks[k].cap {
					k++
				}
			} else if toks[k].word {
				k++
			}
			return k, false
		}
	}
	return pos, false
}

// nested tells whether a clause starts with its own attribution ("Xi
// described ...", "she’d stressed to Biden that ..."), in which case the
// inner verb carries the statement; it returns the inner verb's token
// index, or -1.
func (x *extractor) nested(toks []tok, pos, hi int) int {
	m := x.mentionAt(toks, pos, hi)
	if m.kind == mNone {
		return -1
	}
	k := m.end
	for k < hi && toks[k].word && adverbs[toks[k].lower] {
		k++
	}
	if k >= hi || toks[k].quote {
		return -1
	}
	v, ok := reportingVerbs[toks[k].lower]
	if ok && needsThat[toks[k].lower] && (k+1 >= hi || toks[k+1].lower != "that") {
		// "he urged Washington to lift sanctions" is the reported content,
		// not an attribution of its own.
		return -1
	}
	if ok && v.kind == verbTell && !tellsClause(toks, k+1, hi) {
		// "it said Xi had informed Biden in detail of ...": the inner
		// verb reports no clause, so the outer one carries the statement.
		return -1
	}
	if ok && !v.participle {
		if _, seen := x.nestedAt[toks[k].Start]; !seen {
			x.nestedAt[toks[k].Start] = -1
		}
		return k
	}
	return -1
}

// officialChannel is the channel an outer outlet or institution gives to
// the statement it reports: the outlet itself, or the first official
// channel of the institution's country ("the White House said Biden
// told Xi ..." comes through the White House readout).
func (x *extractor) officialChannel(m mention, channel int) int {
	if channel >= 0 {
		return channel
	}
	for i, ch := range x.c.Channels {
		if ch.Official && ch.Country != "" && ch.Country == m.country {
			return i
		}
	}
	return -1
}

// clauseEnd finds where a reported clause starting at toks[start] ends:
// the end of the sentence, or before a second reporting verb ("and warned
// that"), a trailing attribution (", he said"), a channel phrase (", in a
// post on Telegram") or "according to".
func (x *extractor) clauseEnd(toks []tok, start, hi int) int {
	for k := start + 1; k < hi; k++ {
		t := toks[k]
		if t.quote {
			// "…interests,” Xinhua said": the attribution after a quotation
			// that closes with the clause's comma.
			if isCloseMark(t) && k+1 < hi && !toks[k+1].quote && toks[k-1].text == "," && x.trailingAttribution(toks, k+1, hi) {
				return t.End
			}
			continue
		}
		switch {
		case t.text == "," && x.trailingAttribution(toks, k+1, hi):
			return t.Start
		case t.text == ";":
			return t.Start
		case t.text == "," && k+1 < hi && toks[k+1].lower == "according":
			return t.Start
		case t.text == "," && k+1 < hi && x.channelTail(toks, k+1, hi):
			return t.Start
		case joiners[t.lower] && x.startsAttribution(toks, k+1, hi, t.text == ","):
			return t.Start
		}
	}
	return toks[hi-1].End
}

// startsAttribution tells whether toks[k:] begins a new reporting verb
// (with or without its own subject). A parenthetical (", he said, would
// be") does not count when parenthetical is allowed.
func (x *extractor) startsAttribution(toks []tok, k, hi int, afterComma bool) bool {
	for k < hi && toks[k].word && adverbs[toks[k].lower] {
		k++
	}
	if k < hi && (toks[k].lower == "and" || toks[k].lower == "but") {
		k++
	}
	if k >= hi || toks[k].quote {
		return false
	}
	if v, ok := reportingVerbs[toks[k].lower]; ok {
		if needsThat[toks[k].lower] && (k+1 >= hi || toks[k+1].lower != "that") {
			// "welcomed ... and agreed to resume ...": one clause.
			return false
		}
		return !afterComma || v.participle
	}
	m := x.mentionAt(toks, k, hi)
	if m.kind == mNone {
		return false
	}
	j := m.end
	for j < hi && toks[j].word && adverbs[toks[j].lower] {
		j++
	}
	if j >= hi {
		return false
	}
	if _, ok := reportingVerbs[toks[j].lower]; !ok || toks[j].quote {
		return false
	}
	// ", he said, would be Beijing": a parenthetical inside the clause.
	return !(afterComma && j+1 < hi && toks[j+1].text == "," && j+2 < hi)
}

// channelTail tells whether toks[k:] is a phrase like "in a post on Telegram"
// naming a channel, which ends a reported clause.
func (x *extractor) channelTail(toks []tok, k, hi int) bool {
	if !prepositions[toks[k].lower] && toks[k].lower != "via" {
		return false
	}
	for j := k + 1; j < hi && j < k+9; j++ {
		if _, n := x.c.idx.longest(toks, j, cueChannel); n > 0 {
			return true
		}
	}
	return false
}

func isCloseMark(t tok) bool {
	return t.text == "”" || t.text == "\"" || t.text == "»"
}

func isParticipleNext(toks []tok, k, hi int) bool {
	return k < hi && reportingVerbs[toks[k].lower].participle
}

func hasWord(toks []tok, from, end int, w string) bool {
	for k := from; k < len(toks) && toks[k].Start < end; k++ {
		if toks[k].lower == w && !toks[k].quote {
			return true
		}
	}
	return false
}

// restIsPunct tells whether nothing but punctuation follows off up to hi.
func restIsPunct(toks []tok, off, hi int) bool {
	for k := sort.Search(hi, func(i int) bool { return toks[i].Start >= off }); k < hi; k++ {
		if toks[k].word {
			return false
		}
	}
	return true
}

// leadIn returns the first token of the unquoted words that open a
// sentence and run into quotation q ("The tasks of the operation “will be
// fulfilled”"), or -1 when the quotation stands alone or follows its own
// attribution or a colon.
func (x *extractor) leadIn(pi int, toks []tok, lo int, q quote) int {
	open := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= q.Open })
	start := x.unitStart(pi, toks, lo, open)
	if open-start < 2 || wordsIn(toks, start, open) < 2 {
		return -1
	}
	for k := start; k < open; k++ {
		t := toks[k]
		if t.quote || t.text == ":" || t.text == "," || t.text == ";" {
			return -1
		}
		if _, ok := reportingVerbs[t.lower]; ok {
			return -1
		}
		if t.lower == "according" {
			return -1
		}
	}
	return start
}

// tellsClause tells whether a "told"-verb whose object starts at toks[k]
// goes on to a reported clause: "that", a colon or a quotation within the
// next few words, or a plain clause right after a short object ("told
// Xi the US would ..."), rather than "informed Biden in detail of ...".
func tellsClause(toks []tok, k, hi int) bool {
	for j := k; j < hi && j < k+16; j++ {
		t := toks[j]
		if t.lower == "that" || t.text == ":" || (t.quote && j > k) {
			return true
		}
		if t.text == "," || t.text == ";" || t.text == "." {
			break
		}
	}
	// No "that": the clause follows a one- or two-word object directly,
	// its verb within a few words.
	for j := k + 1; j < hi && j < k+6; j++ {
		if auxiliaries[toks[j].lower] {
			return true
		}
		if toks[j].word && prepositions[toks[j].lower] {
			return false
		}
	}
	return false
}

func hasComma(toks []tok, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}

// trailingAttribution tells whether toks[k:] reads as an attribution that
// closes a reported clause: a short subject and a reporting verb, then the
// end of the sentence, a comma before a new clause, or a phrase of time or
// place (", his office said", ", the agency reported on Thursday").
func (x *extractor) trailingAttribution(toks []tok, k, hi int) bool {
	if k >= hi || toks[k].quote || !toks[k].word {
		return false
	}
	first := toks[k]
	if !first.cap && !determiners[first.lower] && pronouns[first.lower] == 0 {
		return false
	}
	for j := k + 1; j < hi && j < k+8; j++ {
		t := toks[j]
		if t.quote || !t.word || relatives[t.lower] || t.lower == "and" || t.lower == "but" {
			return false
		}
		v, ok := reportingVerbs[t.lower]
		if !ok || v.participle || needsThat[t.lower] || v.kind == verbQuote {
			continue
		}
		if j+1 >= hi {
			return true
		}
		next := toks[j+1]
		switch {
		case next.text == "." || next.text == ";" || invertedNext[next.lower]:
			return true
		case next.text == ",":
			// ", he said, would be Beijing" is a parenthetical inside the
			// clause; ", his office said, but ..." ends it.
			return j+2 >= hi || joiners[toks[j+2].lower] || invertedNext[toks[j+2].lower] || reportingVerbs[toks[j+2].lower].participle
		}
		return false
	}
	return false
}

// reattribute hands the statements of unit u that end before off to the
// attribution that follows them: a person reporting them makes them their
// account; an outlet or institution only supplies the missing channel.
func (x *extractor) reattribute(u Span, off int, sp speaker, channel int) {
	for k := x.paraFirst; k < len(x.raws); k++ {
		r := &x.raws[k]
		if r.unit != u || r.End > off || r.sp.name == sp.name {
			continue
		}
		if sp.institution {
			if r.channel < 0 {
				r.channel = channel
			}
			continue
		}
		r.sp, r.channel, r.earlier = sp, channel, false
	}
}

// repeatedClaim reads a phrase of frequency between a reporting verb and
// "that" ("said several times that", "has claimed on many occasions
// that") and returns the token after "that".
func repeatedClaim(toks []tok, pos, hi int) (int, bool) {
	k, counted := pos, false
	for k < hi && k < pos+8 && toks[k].word && frequencyWords[toks[k].lower] {
		counted = counted || toks[k].lower == "times" || toks[k].lower == "occasions" || toks[k].lower == "repeatedly"
		k++
	}
	if !counted || k >= hi || toks[k].lower != "that" {
		return pos, false
	}
	return k + 1, true
}
