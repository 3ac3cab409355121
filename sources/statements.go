package sources

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// statementContext is what the statements of one attribution share.
type statementContext struct {
	pi      int
	unit    Span
	sp      speaker
	channel int
	had     bool
	conf    float64
}

// longQuote is the number of sentences from which a quotation is split
// into one statement per sentence: short quotes read as one thought, long
// ones usually touch several topics.
const longQuote = 3

// addQuote records the content of a quotation as quote statements.
func (x *extractor) addQuote(at statementContext, q quote) {
	inner := trimQuote(x.a.Text, q.Inner)
	if inner.Len() == 0 {
		return
	}
	parts := sentenceSpans(x.a.Text, inner)
	if len(parts) < longQuote {
		parts = []Span{inner}
	}
	for _, p := range parts {
		x.add(at, trimQuote(x.a.Text, p), Quote)
	}
}

// addClause records reported speech from token start to byte offset end,
// split where " and " begins a second clause with its own subject.
func (x *extractor) addClause(at statementContext, start, end int, kind Kind) {
	toks := x.toks[at.pi]
	if start >= len(toks) || toks[start].Start >= end {
		return
	}
	from := toks[start].Start
	for k := start + 1; k+1 < len(toks) && toks[k+1].Start < end; k++ {
		if toks[k].lower != "and" || toks[k].quote || wordsIn(toks, start, k) < 3 {
			continue
		}
		next := k + 1
		switch {
		case toks[k+1].lower == "that" && !toks[k+1].quote:
			// "said that A and that B": two reported clauses.
			next = k + 2
		case determiners[toks[k+1].lower] && secondClause(toks, k+1, end) && wordsIn(toks, start, k) >= 4 && hasVerb(toks, start, k):
		default:
			continue
		}
		if next >= len(toks) || toks[next].Start >= end {
			break
		}
		x.add(at, trimClause(x.a.Text, Span{from, toks[k].Start}), kind)
		from = toks[next].Start
		start = next
	}
	x.add(at, trimClause(x.a.Text, Span{from, end}), kind)
}

// secondClause tells whether the words from k read as a clause with its
// own verb ("the conditions of the ceasefire would be ...").
func secondClause(toks []tok, k, end int) bool {
	for j := k + 1; j < len(toks) && j < k+8 && toks[j].Start < end; j++ {
		if !toks[j].word || relatives[toks[j].lower] {
			return false
		}
		if auxiliaries[toks[j].lower] {
			return wordsFrom(toks, j, end) >= 2
		}
	}
	return false
}

func wordsIn(toks []tok, from, to int) int {
	n := 0
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].word {
			n++
		}
	}
	return n
}

func wordsFrom(toks []tok, from, end int) int {
	n := 0
	for k := from; k < len(toks) && toks[k].Start < end; k++ {
		if toks[k].word {
			n++
		}
	}
	return n
}

// add records one statement if it is long enough and overlaps nothing
// found before it in the paragraph.
func (x *extractor) add(at statementContext, s Span, kind Kind) {
	if s.Start == x.a.Paragraphs[at.pi].Start {
		s.Start += datelineLen(x.a.Text[s.Start:s.End])
	}
	if s.Len() == 0 || len(strings.Fields(x.a.Text[s.Start:s.End])) < 2 {
		return
	}
	if x.overlaps(s) {
		return
	}
	x.claim(s)
	x.raws = append(x.raws, raw{Span: s, kind: kind, conf: at.conf, sp: at.sp, channel: at.channel,
		para: x.a.Paragraphs[at.pi].Number, earlier: at.had || x.earlier(at, s), unit: at.unit})
}

// trimQuote drops white space and a trailing comma from quoted words; the
// closing full stop, question or exclamation mark stays.
func trimQuote(text string, s Span) Span {
	s = trimSpace(text, s)
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if r != ',' && r != ';' && r != ':' && r != '—' && r != '–' && r != ' ' {
			break
		}
		s.End -= n
	}
	return trimSpace(text, s)
}

// trimClause drops white space and closing punctuation of the sentence
// from reported speech, but keeps punctuation inside a closing quote.
func trimClause(text string, s Span) Span {
	s = trimSpace(text, s)
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if r != ',' && r != ';' && r != ':' && r != '.' && r != '—' && r != '–' && r != ' ' && r != '-' {
			break
		}
		s.End -= n
	}
	return trimSpace(text, s)
}

func trimSpace(text string, s Span) Span {
	for s.Start < s.End && strings.IndexByte(" \t\r\n", text[s.Start]) >= 0 {
		s.Start++
	}
	for s.End > s.Start && strings.IndexByte(" \t\r\n", text[s.End-1]) >= 0 {
		s.End--
	}
	return s
}

// earlier tells whether the words around a statement (in its sentence, but
// outside the statement itself) place it before the reported event.
func (x *extractor) earlier(at statementContext, s Span) bool {
	toks := x.toks[at.pi]
	lo, hi := tokRange(toks, at.unit)
	for k := lo; k < hi; k++ {
		if toks[k].Start >= s.Start && toks[k].Start < s.End {
			continue
		}
		if !earlierFirst[toks[k].lower] {
			continue
		}
		for _, cue := range earlierCues {
			if k+len(cue) > hi {
				continue
			}
			match := true
			for j, w := range cue {
				if toks[k+j].lower != w {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	text := x.a.Text
	for _, part := range []Span{{at.unit.Start, s.Start}, {s.End, at.unit.End}} {
		if part.End <= part.Start || !strings.ContainsAny(text[part.Start:part.End], "0123456789") {
			continue
		}
		for _, d := range findDates(text[part.Start:part.End]) {
			if x.event == nil || d.Month != x.event.Month || d.Day != x.event.Day {
				return true
			}
		}
	}
	return false
}

// leftoverQuotes attributes quotations that no verb claimed: one in a
// paragraph whose other quotation is attributed ("“A,” he said. “B.”"), or
// one continuing the previous paragraph's open quotation.
func (x *extractor) leftoverQuotes(pi int) {
	qs := x.quotes[pi]
	toks := x.toks[pi]
	var owner *raw
	for i := x.paraFirst; i < len(x.raws); i++ {
		if x.raws[i].kind == Quote {
			owner = &x.raws[i]
			break
		}
	}
	para := x.a.Paragraphs[pi]
	var ownerCopy raw
	if owner != nil {
		ownerCopy = *owner
	}
	for qi, q := range qs {
		if x.claimed(q.Inner.Start) || x.claimed(max(q.Inner.Start, q.Inner.End-1)) {
			continue
		}
		lo, hi := tokRange(toks, q.Inner)
		if wordsIn(toks, lo, hi) < 3 {
			continue
		}
		at := statementContext{pi: pi, unit: x.unitOf(pi, q.Open), channel: -1}
		switch {
		case owner != nil:
			at.sp, at.channel, at.conf = ownerCopy.sp, ownerCopy.channel, 0.75
		case qi == 0 && q.Open == para.Start && x.openQuote != nil:
			at.sp, at.channel, at.conf = x.openQuote.sp, x.openQuote.channel, 0.7
		default:
			continue
		}
		x.addQuote(at, q)
	}
	// A quotation still open at the end of the paragraph continues in the next.
	x.openQuote = nil
	if n := len(qs); n > 0 && !qs[n-1].Closed {
		for i := x.paraFirst; i < len(x.raws); i++ {
			if x.raws[i].Start >= qs[n-1].Open {
				r := x.raws[i]
				x.openQuote = &r
				break
			}
		}
	}
}

// unitOf returns the sentence unit containing off.
func (x *extractor) unitOf(pi int, off int) Span {
	us := x.curUnits
	if i := sort.Search(len(us), func(i int) bool { return us[i].End > off }); i < len(us) && off >= us[i].Start {
		return us[i]
	}
	return x.a.Paragraphs[pi].Span
}

// unitChannels applies the channel named in a sentence to its statements,
// carries each speaker's channel forward, and remembers a channel named in
// a sentence without statements for the person it is about ("Later, in the
// Oval Office, Biden addressed the meeting").
func (x *extractor) unitChannels(pi, lo, hi, first int) {
	toks := x.toks[pi]
	best, bestOrder := -1, 0
	for k := lo; k < hi; k++ {
		if toks[k].quote || x.claimed(toks[k].Start) {
			continue
		}
		if cu, n := x.c.idx.longest(toks, k, cueChannel); n > 0 && (best < 0 || cu.order < bestOrder) {
			best, bestOrder = cu.ref, cu.order
		}
	}
	if len(x.raws) == first {
		// The subject of a sentence without statements is who a following
		// "he said" most likely refers to.
		// An institution or outlet as subject ("The Élysée statement made
		// no mention of ...") is what a following "it said" refers to.
		switch m := x.mentionAt(toks, lo, hi); m.kind {
		case mPerson:
			x.touch(speaker{name: m.who.name, country: m.who.country, who: m.who})
		case mInstitution, mOutlet:
			if sp, ch := x.resolve(m, speaker{}); sp.valid() && sp.institution {
				x.touch(sp)
				if ch >= 0 {
					x.current[sp.name] = ch
				}
			}
		}
		if best < 0 {
			return
		}
		for k := lo; k < hi; k++ {
			if !isRunWord(x.c, toks, k) || (k > lo && isRunWord(x.c, toks, k-1)) {
				continue
			}
			j := k
			for j < hi && isRunWord(x.c, toks, j) && !isPossessive(toks[j]) {
				j++
			}
			r := parseRun(x.c, toks, k, j)
			if r.nameStart >= r.end {
				continue
			}
			_, parts := nameOf(toks, r)
			who := x.ppl.byName[strings.Join(parts, " ")]
			if who == nil && len(parts) > 0 {
				who = x.ppl.bySurname[parts[len(parts)-1]]
			}
			if who != nil {
				x.current[who.name] = best
				x.touch(speaker{name: who.name, country: who.country, who: who})
				return
			}
		}
		return
	}
	for i := first; i < len(x.raws); i++ {
		r := &x.raws[i]
		if r.channel < 0 {
			if best >= 0 {
				r.channel = best
			} else if c, ok := x.current[r.sp.name]; ok && !r.earlier {
				r.channel = c
			}
		}
		if !r.earlier && r.channel >= 0 {
			x.current[r.sp.name] = r.channel
		}
	}
}

// hasVerb tells whether toks[from:to] hold a finite verb, as far as simple
// cues tell: an auxiliary or a past tense. "the strikes on aid workers and
// the overall situation are unacceptable" coordinates two subjects, not
// two clauses.
func hasVerb(toks []tok, from, to int) bool {
	for k := from; k < to; k++ {
		t := toks[k]
		if !t.word || t.quote {
			continue
		}
		if auxiliaries[t.lower] || (len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")) {
			return true
		}
	}
	return false
}
