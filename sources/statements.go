package sources

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pass 7a: statements. Each cue's region becomes one statement or more: a
// long quotation splits at its sentences, a reported clause where " and "
// begins a second clause with its own subject and verb. Quotations no cue
// claims join the speaker of their paragraph's attributed quotation, or
// continue the one the previous paragraph left open. Every statement
// carries the evidence of its attribution.

// draft is a statement before it joins an account. Its evidence is
// assembled only when the statement is made, from its cue.
type draft struct {
	Span
	kind      Kind
	conf      float64
	owner     speakerRef // whose account it is
	para      int        // index in paras
	cue       int        // the cue it comes from
	quotation bool       // an unattributed quotation beside or after the cue's
	earlier   string
	// side: the statement names no channel and joined its side's main
	// account (joinSides).
	side bool
	// continues: the statement goes on with the report before it, without
	// an attribution of its own (continuations); via is then 1 + the cue
	// whose channel it takes.
	continues bool
	via       int
}

// channel is the channel chosen for the draft's cue, or for the cue of the
// report it continues.
func (b *stmtBuilder) channel(d *draft) channelChoice {
	if d.via > 0 {
		return b.chans[d.via-1]
	}
	return b.chans[d.cue]
}

// longQuote is the number of sentences from which a quotation is split
// into one statement per sentence: short quotes read as one thought, long
// ones usually touch several topics.
const longQuote = 3

type stmtBuilder struct {
	*passes
	out []draft
	// reportedBy is, for each cue, the trailing cue that reports its
	// statement, or -1.
	reportedBy []int
	lx         *docLexicon // read lazily by claimSpans
	toks       []dtok      // claimSpans's buffer
}

// buildStatements runs pass 7a.
func buildStatements(b *stmtBuilder) []draft {
	b.out = make([]draft, 0, len(b.cues)+len(b.cues)/2)
	b.reportedBy = make([]int, len(b.cues))
	for i := range b.reportedBy {
		b.reportedBy[i] = -1
	}
	for j, r := range b.res {
		if r.reports >= 0 {
			b.reportedBy[r.reports] = j
		}
	}
	for i := range b.cues {
		r := b.res[i]
		if !r.owner.valid() || len(b.regs[i]) == 0 {
			continue
		}
		for _, rg := range b.regs[i] {
			b.region(i, rg)
		}
	}
	sort.SliceStable(b.out, func(i, j int) bool { return b.out[i].Start < b.out[j].Start })
	b.out = dropOverlaps(b.out)
	b.leftoverQuotes()
	b.out = slices.Clip(b.out)
	sort.SliceStable(b.out, func(i, j int) bool { return b.out[i].Start < b.out[j].Start })
	b.out = dropOverlaps(b.out)
	b.blockQuotes()
	sort.SliceStable(b.out, func(i, j int) bool { return b.out[i].Start < b.out[j].Start })
	b.out = dropOverlaps(b.out)
	b.continuations()
	return b.out
}

func dropOverlaps(ds []draft) []draft {
	kept := ds[:0]
	end := -1
	for _, d := range ds {
		if d.Start < end {
			continue
		}
		kept = append(kept, d)
		end = d.End
	}
	return kept
}

// region splits one region of cue i into statements.
func (b *stmtBuilder) region(i int, rg region) {
	ps := &b.paras[b.cues[i].para]
	var spans []Span
	switch {
	case rg.kind == Quote:
		inner := trimQuote(b.a.Text, rg.Span)
		spans = b.quotedClaims(b.quoteSentences(inner))
	case rg.lo >= 0:
		spans = b.claimsOf(b.splitClause(ps.toks, rg.lo, rg.hi))
	default:
		spans = b.claimSpans(nil, trimClause(b.a.Text, rg.Span), false)
	}
	for _, s := range spans {
		b.add(i, ps, s, rg.kind, rg.conf, len(spans) > 1)
	}
}

// add records one statement of cue i if it is long enough: two words, or
// one when it is a piece cut from a longer clause (an item of a list of
// topics: "discussed trade, fentanyl and migration"), or a one-word
// answer.
func (b *stmtBuilder) add(i int, ps *paraScan, s Span, kind Kind, conf float64, piece bool) {
	if s.Start == ps.Start {
		s.Start += datelineLen(b.a.Text[s.Start:s.End])
	}
	words := len(strings.Fields(b.a.Text[s.Start:s.End]))
	if s.Len() <= 0 || words < 2 && !piece && !(kind == Quote && oneWordAnswer(b.a.Text[s.Start:s.End])) {
		return
	}
	b.out = append(b.out, draft{Span: s, kind: kind, conf: conf, owner: b.res[i].owner, para: b.cues[i].para,
		cue: i, earlier: string(b.early[i])})
}

// oneWordAnswer tells whether a quotation of one word is a sentence of
// its own, an answer ("“No.”", "“Absolutely!”"), not a word quoted from
// inside one.
func oneWordAnswer(q string) bool {
	q = strings.TrimSpace(q)
	r, _ := utf8.DecodeRuneInString(q)
	return len(q) > 1 && unicode.IsUpper(r) && strings.ContainsAny(q[len(q)-1:], ".!?")
}

// splitClause splits the reported clause toks[start:end] where " and "
// begins a second claim: "that A and that B", or "A and the ceasefire
// would begin …" (a subject and a verb after "and", a verb before it). A
// clause that goes on after ", and" without a subject of its own is one
// claim ("… agreed to exchange prisoners, and to meet again").
func (b *stmtBuilder) splitClause(toks []tok, start, end int) []Span {
	var out []Span
	from := start
	for k := start + 1; k+1 < end; k++ {
		if toks[k].lower != "and" || toks[k].quote || wordsIn(toks, from, k) < 3 {
			continue
		}
		next := k + 1
		switch {
		case toks[k+1].lower == "that" && !toks[k+1].quote:
			next = k + 2 // "said that A and that B"
		case determiners[toks[k+1].lower] && secondClause(toks, k+1, end) && wordsIn(toks, from, k) >= 4 && hasVerb(toks, from, k) &&
			!(toks[k-1].cap && possessiveDeterminers[toks[k+1].lower]) && !pairAfterBetween(toks, from, k):
			// ("the United States and its allies would": one subject)
		default:
			continue
		}
		if next >= end {
			break
		}
		out = append(out, trimClause(b.a.Text, Span{toks[from].Start, toks[k].Start}))
		from = next
	}
	out = append(out, trimClause(b.a.Text, Span{toks[from].Start, toks[end-1].End}))
	return out
}

// pairAfterBetween tells whether the "and" at k joins the two terms of
// "between A and B" ("the gaps between Brazil and the bloc can …"): one
// subject, not two clauses.
func pairAfterBetween(toks []tok, from, k int) bool {
	for j := k - 1; j >= from && j >= k-6; j-- {
		switch {
		case toks[j].lower == "between":
			return true
		case !toks[j].word || toks[j].quote:
			return false
		}
	}
	return false
}

// possessiveDeterminers refer back to the noun before "and": "the United
// States and its allies" is one subject, not two clauses.
var possessiveDeterminers = map[string]bool{"its": true, "his": true, "her": true, "their": true}

// secondClause tells whether the words from k read as a clause with its
// own subject and verb ("the conditions of the ceasefire would be …",
// "the delegations of the three countries agreed to …").
func secondClause(toks []tok, k, end int) bool {
	for j := k + 1; j < end && j < k+9; j++ {
		t := toks[j]
		if !t.word || relatives[t.lower] {
			return false
		}
		if auxiliaries[t.lower] || j > k+1 && !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && !toks[j-1].cap {
			return wordsIn(toks, j, end) >= 2
		}
	}
	return false
}

// evidence assembles what a reviewer needs to check statement d.
func (b *stmtBuilder) evidence(d *draft) *Evidence {
	i := d.cue
	cu := &b.cues[i]
	ps := &b.paras[cu.para]
	ev := &Evidence{Resolved: b.res[i].method, Confidence: d.conf}
	switch {
	case d.quotation:
		ev.Resolved = ByQuotation
	case d.continues && d.via == i+1:
		ev.Resolved = ByContinuation
	}
	ev.Cue = b.cueSpans(ps, i, d.Span)
	if o := b.res[i].outer; o >= 0 {
		ev.Cue = append(b.cueSpans(&b.paras[b.cues[o].para], o, d.Span), ev.Cue...)
	}
	if j := b.reportedBy[i]; j >= 0 {
		ev.Cue = append(ev.Cue, b.cueSpans(&b.paras[b.cues[j].para], j, d.Span)...)
	}
	if p := b.phrases[i].speaker; !p.empty() && !d.quotation {
		ev.Speaker = Span{ps.toks[p.lo].Start, ps.toks[p.hi-1].End}
	}
	ch := b.channel(d)
	switch {
	case ch.ch >= 0:
		ev.Channel = ch.why
		ev.ChannelSpan = ch.span
	case d.owner.institution:
		ev.Channel = "an institution's words: its government's own account"
	case d.side:
		ev.Channel = "no channel named: the words of a party to the call join its side's main account"
	default:
		ev.Channel = "no channel named: " + defaultChannel
	}
	if sp := b.res[i].sp; d.owner.name != sp.name && sp.valid() {
		ev.Resolved += "; words of " + sp.name + " as " + d.owner.name + " reports them"
	}
	if d.continues && d.via > 0 && d.via != i+1 {
		// A speech act that goes on the report before it: its channel.
		src := d.via - 1
		ev.Cue = append(b.cueSpans(&b.paras[b.cues[src].para], src, d.Span), ev.Cue...)
	}
	ev.Earlier = d.earlier
	return ev
}

// cueSpans are the words of cue i's attribution, outside the statement s.
func (b *stmtBuilder) cueSpans(ps *paraScan, i int, s Span) []Span {
	cu := &b.cues[i]
	lo, hi := cu.vLo, cu.vHi
	if p := b.phrases[i].speaker; !p.empty() {
		lo, hi = min(lo, p.lo), max(hi, p.hi)
	}
	if cu.form == formAccording {
		hi = max(hi, cu.agent.hi)
	}
	hi = max(hi, cu.object.hi)
	for _, a := range cu.adjuncts {
		hi = max(hi, a.hi)
	}
	if cu.after > hi {
		hi = cu.after
	}
	hi = min(hi, len(ps.toks))
	if lo >= hi {
		return nil
	}
	sp := Span{ps.toks[lo].Start, ps.toks[hi-1].End}
	// Keep the cue outside the statement.
	if sp.Start < s.End && sp.End > s.Start {
		if sp.Start < s.Start {
			sp.End = s.Start
		} else {
			sp.Start = s.End
		}
	}
	sp = trimSpace(b.a.Text, sp)
	if sp.Len() <= 0 {
		return nil
	}
	return []Span{sp}
}

// leftoverQuotes attributes quotations no cue claimed: one in a paragraph
// next to an attributed quotation with no other speaker's statement
// between them ("“A,” he said. “B.”"), or one that opens a paragraph
// continuing the previous paragraph's open quotation.
func (b *stmtBuilder) leftoverQuotes() {
	byPara := map[int][]int{} // paragraph -> indices in b.out, in text order
	for i, d := range b.out {
		byPara[d.para] = append(byPara[d.para], i)
	}
	var open *draft // the statement of a quotation left open by the previous paragraph
	n := len(b.out)
	ci := 0 // the first cue of paragraph pi
	for pi := range b.paras {
		ps := &b.paras[pi]
		for ci < len(b.cues) && b.cues[ci].para < pi {
			ci++
		}
		if ps.skip != "" {
			open = nil
			continue
		}
		mine := byPara[pi]
		var openCopy draft
		if open != nil {
			openCopy = *open
		}
		// A paragraph of quotations alone, without an attribution: the
		// speaker the next paragraph names ("Trump told reporters aboard
		// Air Force One."), else the one whose quotation ended the paragraph
		// before.
		var alone *draft
		if len(mine) == 0 && (ci >= len(b.cues) || b.cues[ci].para != pi) {
			alone = b.quotesAloneOwner(pi, byPara)
		}
		added := len(b.out)
		intros := b.introducers(pi, mine)
		for qi, q := range ps.quotes {
			if b.claimed(n, q.Inner) {
				continue
			}
			lo := tokenAtOff(ps.toks, q.Inner.Start)
			hi := tokenAtOff(ps.toks, q.Inner.End)
			if wordsIn(ps.toks, lo, hi) < 3 {
				continue
			}
			var from draft
			if owner, ok := b.quoteOwner(mine, q.Open); ok {
				from, from.conf = owner, 0.75
			} else if qi == 0 && q.Open == ps.Start && open != nil {
				from, from.conf = openCopy, 0.7
			} else if intro, ok := intros.at(q); ok {
				from, from.conf = intro, 0.7
			} else if alone != nil && q.Open == ps.units[unitOf(ps, q.Open)].Start {
				from, from.conf = *alone, 0.65
			} else if owner, ok := b.paraphraseBefore(mine, ps, q); ok {
				from, from.conf = owner, 0.65
			} else {
				continue
			}
			for _, p := range b.quotedClaims(b.quoteSentences(trimQuote(b.a.Text, q.Inner))) {
				if p.Len() <= 0 || len(strings.Fields(b.a.Text[p.Start:p.End])) < 2 {
					continue
				}
				d := from
				d.Span, d.kind, d.para, d.quotation = p, Quote, pi, true
				b.out = append(b.out, d)
			}
		}
		// A quotation still open at the end of the paragraph continues in the next.
		open = nil
		if k := len(ps.quotes); k > 0 && !ps.quotes[k-1].Closed {
			all := append(append([]int(nil), mine...), seq(added, len(b.out))...)
			for _, i := range all {
				if b.out[i].Start >= ps.quotes[k-1].Open {
					d := b.out[i]
					open = &d
					break
				}
			}
		}
	}
}

// cueOutsideQuotes tells whether paragraph pi, whose first cue is b.cues[ci]
// when it has any, holds a cue outside its quotations: a verb of speech
// quoted in the speaker's words ("“The leaders agreed that …”") names no
// new source for the paragraph.
func (b *stmtBuilder) cueOutsideQuotes(ci, pi int) bool {
	for i := ci; i < len(b.cues) && b.cues[i].para == pi; i++ {
		if !b.paras[pi].toks[b.cues[i].head].quote {
			return true
		}
	}
	return false
}

// quotesAloneOwner is whose quotations a paragraph without attributions
// or statements holds: the speaker of the next paragraph's opening
// attribution when it says nothing itself ("Trump told reporters aboard
// Air Force One on Sunday."), else the speaker of the quotation that ends
// the paragraph before; nil when neither.
func (b *stmtBuilder) quotesAloneOwner(pi int, byPara map[int][]int) *draft {
	ps := &b.paras[pi]
	if len(ps.quotes) == 0 || ps.quotes[0].Open != ps.Start {
		return nil
	}
	if next := pi + 1; next < len(b.paras) && b.paras[next].skip == "" {
		for i := sort.Search(len(b.cues), func(i int) bool { return b.cues[i].para >= next }); i < len(b.cues) &&
			b.cues[i].para == next && b.cues[i].unit == 0; i++ {
			if r := b.res[i]; r.owner.valid() && r.sp.who != nil && len(b.regs[i]) == 0 && b.early[i] == "" {
				return &draft{owner: r.owner, para: pi, cue: i}
			}
		}
	}
	if prev := pi - 1; prev >= 0 && b.paras[prev].skip == "" {
		if mine := byPara[prev]; len(mine) > 0 {
			if d := b.out[mine[len(mine)-1]]; d.earlier == "" && (d.kind == Quote || b.quotedWhole(&d) || b.closesWithAttribution(&d)) {
				return &d
			}
		}
	}
	return nil
}

// quotedWhole tells whether statement d is a quotation its cue frames
// rather than a paraphrase: "According to the ministry, “the leaders
// agreed …”". The quotation that opens the next paragraph goes on with
// those words.
func (b *stmtBuilder) quotedWhole(d *draft) bool {
	for _, q := range b.paras[d.para].quotes {
		if q.Closed && q.Inner.Start <= d.Start+1 && d.End <= q.Close+1 && d.End >= q.Inner.End-1 {
			return true
		}
	}
	return false
}

// closesWithAttribution tells whether statement d is the paraphrase of a
// sentence that ends its paragraph with who said it ("The leaders
// discussed trade, a spokeswoman said."): the quotation that opens the
// next paragraph gives that source's own words.
func (b *stmtBuilder) closesWithAttribution(d *draft) bool {
	ps := &b.paras[d.para]
	cu := b.cues[d.cue]
	if d.continues || cu.para != d.para || cu.after >= 0 || cu.unit != len(ps.units)-1 || !b.res[d.cue].valid() {
		return false
	}
	for k := cu.vHi; k < ps.units[cu.unit].hi; k++ {
		if ps.toks[k].word {
			return false // "…, he said in a post on X": a named channel holds only what it says
		}
	}
	return true
}

// unitOf is the index of the unit of ps that holds offset off.
func unitOf(ps *paraScan, off int) int {
	i := sort.Search(len(ps.units), func(i int) bool { return ps.units[i].End > off })
	return min(i, len(ps.units)-1)
}

// introducers finds, walking a paragraph's quotations in text order,
// the attribution that introduces a quotation standing as a sentence of
// its own: a cue before it in the paragraph that names a speaker and says
// nothing itself ("Trump told reporters aboard Air Force One about the
// call. “We didn't make any progress.”"), with no statement between
// them. Its pointers only move forward, so a paragraph costs one walk.
type introducers struct {
	b                   *stmtBuilder
	pi                  int
	ps                  *paraScan
	mine                []int
	ci, ui, mi          int
	found               int // the last cue that says nothing, or -1
	foundEnd            int // where its words end
	statementSinceFound bool
}

func (b *stmtBuilder) introducers(pi int, mine []int) introducers {
	ci := sort.Search(len(b.cues), func(i int) bool { return b.cues[i].para >= pi })
	return introducers{b: b, pi: pi, ps: &b.paras[pi], mine: mine, ci: ci, found: -1}
}

// at returns the draft of the cue introducing quotation q, if any.
func (in *introducers) at(q quote) (draft, bool) {
	b, ps := in.b, in.ps
	for in.ci < len(b.cues) && b.cues[in.ci].para == in.pi && ps.toks[b.cues[in.ci].vLo].Start < q.Open {
		r := b.res[in.ci]
		switch {
		case !r.owner.valid() && !r.valid():
		case len(b.regs[in.ci]) == 0 && r.reports < 0 && r.inner < 0 && b.early[in.ci] == "":
			in.found, in.foundEnd, in.statementSinceFound = in.ci, ps.toks[b.cues[in.ci].vHi-1].End, false
		default:
			in.found = -1 // an attribution with words of its own stands between
		}
		in.ci++
	}
	for in.mi < len(in.mine) && b.out[in.mine[in.mi]].Start < q.Open {
		if b.out[in.mine[in.mi]].Start >= in.foundEnd {
			in.statementSinceFound = true
		}
		in.mi++
	}
	for in.ui < len(ps.units) && ps.units[in.ui].Start < q.Open {
		in.ui++
	}
	opens := in.ui < len(ps.units) && ps.units[in.ui].Start == q.Open
	if in.found < 0 || in.statementSinceFound || !opens {
		return draft{}, false
	}
	return draft{owner: b.res[in.found].owner, para: in.pi, cue: in.found}, true
}

// quoteOwner is the attributed quotation of the paragraph nearest before
// off (else after it) when no other speaker's statement stands between.
func (b *stmtBuilder) quoteOwner(mine []int, off int) (draft, bool) {
	before, after := -1, -1
	for _, i := range mine {
		if b.out[i].kind != Quote {
			continue
		}
		if b.out[i].End <= off {
			before = i
		} else if after < 0 {
			after = i
		}
	}
	for _, o := range []int{before, after} {
		if o < 0 {
			continue
		}
		lo, hi := min(b.out[o].Start, off), max(b.out[o].End, off)
		clear := !b.otherSubjectBetween(&b.paras[b.out[o].para], lo, hi, b.out[o].owner)
		for _, i := range mine {
			if d := b.out[i]; d.Start >= lo && d.End <= hi && d.owner.name != b.out[o].owner.name {
				clear = false
			}
		}
		if clear {
			return b.out[o], true
		}
	}
	return draft{}, false
}

// paraphraseBefore is the speaker of the paragraph's reported statement
// just before quotation q when q stands as a sentence of its own and no
// statement follows it in the paragraph: "Xi urged restraint. “Both sides
// must avoid escalation.”" goes on in the speaker's own words.
func (b *stmtBuilder) paraphraseBefore(mine []int, ps *paraScan, q quote) (draft, bool) {
	if q.Open != ps.units[unitOf(ps, q.Open)].Start {
		return draft{}, false
	}
	last := -1
	for _, i := range mine {
		switch d := b.out[i]; {
		case d.End <= q.Open:
			last = i
		case d.Start >= q.Inner.End:
			return draft{}, false
		}
	}
	if last < 0 {
		return draft{}, false
	}
	d := b.out[last]
	if d.kind != Paraphrase || d.earlier != "" || !d.owner.valid() || d.owner.who == nil && !d.owner.institution {
		return draft{}, false
	}
	if b.otherSubjectBetween(ps, d.End, q.Open, d.owner) {
		return draft{}, false
	}
	return d, true
}

// otherSubjectBetween tells whether a sentence between lo and hi has
// someone else as its subject ("“A,” Putin said. Trump disagreed. “B.”":
// B is not Putin's).
func (b *stmtBuilder) otherSubjectBetween(ps *paraScan, lo, hi int, owner speakerRef) bool {
	for _, u := range ps.units {
		if u.Start < lo || u.End > hi {
			continue
		}
		px := phraser{c: b.c, toks: ps.toks, lo: u.lo, hi: u.hi}
		k := px.afterFronted(bodyStart(ps, u))
		if k >= u.hi || ps.toks[k].quote {
			continue
		}
		p := px.analyze(tokRange{k, px.npRightEnd(k)})
		if p.shape == shapeName {
			if who := b.ppl.find(nameParts(ps.toks, p.name)); who != nil && who != owner.who {
				return true
			}
		}
	}
	return false
}

// claimed tells whether one of the first n statements (sorted, not
// overlapping) overlaps s.
func (b *stmtBuilder) claimed(n int, s Span) bool {
	i := sort.Search(n, func(i int) bool { return b.out[i].End > s.Start })
	return i < n && b.out[i].Start < s.End
}

// seq returns the integers from lo to hi-1.
func seq(lo, hi int) []int {
	out := make([]int, 0, max(hi-lo, 0))
	for i := lo; i < hi; i++ {
		out = append(out, i)
	}
	return out
}

func tokenAtOff(toks []tok, off int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= off })
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
	// "urged calm, the Office of the Press Secretary said in a statement":
	// an attribution the speaker scan did not know is still no part of
	// the claim it attributes.
	if cut := trailingAttribution(text[s.Start:s.End]); cut > 0 {
		s.End = s.Start + cut
		return trimClause(text, s)
	}
	// "praised the deal, which": the relative clause after the comma is
	// another speaker's claim, so its pronoun is no part of this one; "…”,
	// as" is the opening of "as Anadolu reports", the attribution.
	for _, rel := range []string{", which", ", who", ", as"} {
		if strings.HasSuffix(text[s.Start:s.End], rel) && s.End-len(rel) > s.Start {
			s.End -= len(rel)
			return trimClause(text, s)
		}
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
