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
			if sp, ok := x.according(pi, u, lo, hi, i); ok {
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
		if t.text == "," && pos+1 < hi && !toks[pos+1].quote && m.kind != mInherit && !isParticipleNext(toks, pos+1, hi) {
			// "The only winner, he said, would be Beijing."
			b := m.start - 1
			if b >= lo && toks[b].text == "," && !toks[b].quote {
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
		if !x.claimed(qs[q].Inner.Start) {
			x.addQuote(at, qs[q])
		}
		return sp, true
	}
	if toks[b].text == "," && !toks[b].quote && !quoteOnly {
		at.conf = 0.75
		x.addClause(at, x.unitStart(pi, toks, lo, b), toks[b].Start, Paraphrase)
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
func (x *extractor) according(pi int, u Span, lo, hi, i int) (speaker, bool) {
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
			continue
		}
		switch {
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
