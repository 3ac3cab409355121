package sources

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// A readout quoted as a block. Articles that set two readouts side by
// side often quote one whole, below a lede that ends with a colon: "The
// Kremlin said the call covered:", "The readout of the call released by
// the White House:". The block runs over the paragraphs that follow, from
// the one that opens with a quotation mark to the one whose quotation
// closes, and every sentence of it is the lede's source's, including
// those with no agent ("The importance of trade was stressed.").

// maxBlockParagraphs bounds a quoted block: a quotation left open longer
// than this is a typing slip, not a readout.
const maxBlockParagraphs = 8

// documentLede reads a unit that is a document of a side and a colon,
// with no verb of speech: "The German readout of the call, as published:"
// "The version of the White House readout that Reuters obtained:". The
// document is the agent, as in "according to the German readout"; what
// it says is the block below (blockQuotes), or the quotation that
// follows the colon in the same unit ("The Italian readout was terse:
// “…”"), which the cue's after points to.
func (x *cueScanner) documentLede() (attrCue, bool) {
	colon, after, by := x.ledeColon()
	if colon-x.lo < 2 || colon-x.lo > 23 {
		return attrCue{}, false
	}
	start := x.lo
	for k := x.lo; k < colon && k < x.lo+10; k++ {
		t := x.toks[k]
		if t.text == "," {
			// "Not many details, but here is the release from X:": the
			// lede begins at "here"; any other clause before it is no lede.
			if h := x.hereAfterComma(k + 1); h > 0 {
				start, k = h, h
				continue
			}
		}
		if t.quote || t.text == "," {
			return attrCue{}, false
		}
		if _, verb := x.c.idx.verb(t); verb && !t.cap {
			return attrCue{}, false
		}
		if t.lower == "of" {
			start = k + 1 // "the text of the Kremlin's statement"
		}
		if x.ledeDocument(t.lower) && !x.c.idx.documents[x.word(k+1)] && !x.documentOf(k+1) {
			if k == start || !determiners[x.word(start)] && !x.toks[start].cap && !hereWords[x.word(start)] {
				return attrCue{}, false
			}
			agent := tokRange{start, k + 1}
			if issuer := x.issuerAfter(k+1, colon); issuer.hi > issuer.lo {
				agent = issuer // "Here is the readout that was issued by the White House:"
			} else if hereWords[x.word(start)] {
				return attrCue{}, false // "Here is the readout:": whose is not said
			}
			return attrCue{head: k, vLo: start, vHi: k + 1, form: formAccording, agent: agent, after: after, afterBy: by}, true
		}
	}
	return attrCue{}, false
}

// releaseNouns name a side's document only in a lede before it ("here is
// the release from …:"); elsewhere "release" is mostly a freeing ("the
// release of a prisoner"), so they are not among the catalog's documents.
var releaseNouns = map[string]bool{"release": true}

// ledeDocument tells whether w names a document in a lede.
func (x *cueScanner) ledeDocument(w string) bool {
	return x.c.idx.documents[w] || releaseNouns[w]
}

// hereWords open a lede that points to the document below it.
var hereWords = map[string]bool{"here": true, "here’s": true, "here's": true}

// hereAfterComma is the token of "here" that opens the clause at k, after
// a comma and an optional "but" or "and", or 0.
func (x *cueScanner) hereAfterComma(k int) int {
	if l := x.word(k); l == "but" || l == "and" || l == "so" {
		k++
	}
	if hereWords[x.word(k)] {
		return k
	}
	return 0
}

// issuerAfter reads who issued a document named before k, up to the
// lede's colon: "(that was) issued/released/published by the White House
// (after the call)", or "from" and a name: "the release from the Israeli
// government". It returns the issuer's words, or an empty range.
func (x *cueScanner) issuerAfter(k, colon int) tokRange {
	if x.word(k) == "from" {
		j := k + 1
		if determiners[x.word(j)] {
			j++
		}
		if j < colon && x.toks[j].cap {
			if end := x.nounPhraseEnd(k+1, 8); end > j && end <= colon {
				return tokRange{k + 1, end}
			}
		}
		return tokRange{}
	}
	for j := k; j < colon && j < k+4; j++ {
		if issueVerbs[x.word(j)] && x.word(j+1) == "by" {
			end := x.nounPhraseEnd(j+2, 8)
			if end > j+2 && end <= colon {
				return tokRange{j + 2, end}
			}
			return tokRange{}
		}
	}
	return tokRange{}
}

// ledeColon finds the colon that ends a document's lede: the unit's
// last token, with the block in the paragraphs below (after is -1), or
// a colon followed by the quotation that runs on in the same paragraph
// ("The Italian readout was terse: “The leaders …”"). It returns -1 when
// there is neither.
func (x *cueScanner) ledeColon() (colon, after int, by byte) {
	if x.hi > x.lo && x.toks[x.hi-1].text == ":" {
		return x.hi - 1, -1, 0
	}
	for k := x.lo; k+1 < x.hi && k < x.lo+24; k++ {
		if x.toks[k].quote {
			break
		}
		if x.toks[k].text == ":" {
			if x.toks[k+1].openQuote() >= 0 {
				return k, k + 1, byQuote
			}
			break
		}
	}
	return -1, -1, 0
}

// documentOf tells whether "of" and a document stand at k: "the version
// of the White House readout" is the readout's.
func (x *cueScanner) documentOf(k int) bool {
	if x.word(k) != "of" {
		return false
	}
	for j := k + 1; j < x.hi && j <= k+5; j++ {
		if x.c.idx.documents[x.word(j)] {
			return true
		}
	}
	return false
}

// blockQuotes adds the sentences of each block quoted below a lede that
// ends with a colon, as statements of the lede's source. b.out is sorted;
// the new statements are appended.
func (b *stmtBuilder) blockQuotes() {
	n := len(b.out)
	for pi := 0; pi+1 < len(b.paras); pi++ {
		ps := &b.paras[pi]
		if ps.skip != "" || len(ps.units) == 0 || !endsWithColon(ps, ps.units[len(ps.units)-1]) {
			continue
		}
		unquoted := b.unquotedReadout(pi)
		src, ok := b.ledeSource(pi, n, unquoted)
		if !ok {
			continue
		}
		if unquoted {
			b.addBlock(pi+1, pi+2, src, n, Paraphrase)
			pi++
			continue
		}
		pi = b.block(pi+1, src, n) - 1
	}
}

// unquotedReadout tells whether the paragraph after pi is a side's
// document quoted without marks: pi ends with a document's lede ("Here
// is the readout issued by the White House:") or a speaker and a colon
// alone ("A Downing Street spokesperson said:"), and the next paragraph
// has no quotation and names no source of its own (its leaders'
// "agreed" and "emphasized" are the document's). Only that paragraph
// is the document: without a closing mark, nothing tells where a longer
// one ends.
func (b *stmtBuilder) unquotedReadout(pi int) bool {
	ps, next := &b.paras[pi], &b.paras[pi+1]
	if next.skip != "" || len(next.quotes) > 0 || len(ps.units) == 0 {
		return false
	}
	last := len(ps.units) - 1
	if pointerLede(ps, ps.units[last]) {
		return true // "Here it is:" says what the next paragraph is, whatever it names
	}
	lede := false
	for ci := sort.Search(len(b.cues), func(i int) bool { return b.cues[i].para >= pi }); ci < len(b.cues) && b.cues[ci].para <= pi+1; ci++ {
		cu := &b.cues[ci]
		if r := b.res[ci]; cu.para == pi+1 && (r.sp.institution || r.source >= 0 || r.sourceName != "") {
			return false // the paragraph names a source of its own ("the Kremlin said")
		}
		lede = lede || cu.unit == last && (cu.form == formAccording && (b.c.idx.documents[ps.toks[cu.head].lower] || releaseNouns[ps.toks[cu.head].lower]) ||
			cu.afterBy == byColon && cu.after >= ps.units[last].hi) // "A Downing Street spokesperson said:"
	}
	return lede
}

// pointerLede tells whether unit u only points to the text below it, as
// the document its paragraph has just named: "Here it is:", "Here it is
// in full:", "It reads:". The paragraph's source (ledeSource) is then the
// document's.
func pointerLede(ps *paraScan, u unit) bool {
	var words []string
	for k := u.lo; k < u.hi; k++ {
		if t := ps.toks[k]; t.word {
			words = append(words, t.lower)
		}
	}
	if len(words) < 2 || len(words) > 5 || !endsWithColon(ps, u) {
		return false
	}
	switch strings.Join(words, " ") {
	case "here it is", "here it is in full", "here they are", "it reads", "it reads in full", "it said in full":
		return true
	}
	return false
}

// ledeSource is the source of the lede that ends paragraph pi: the
// statement its last sentence makes ("The Kremlin said the call
// covered:"), whose own words, when they only announce the block, are
// dropped; else the last cue there that names a source, saying nothing
// itself ("Peskov told reporters:", documentLede). A statement that ends
// before the colon, or a clause longer than an announcement, names no one
// for the block.
func (b *stmtBuilder) ledeSource(pi, n int, unquoted bool) (draft, bool) {
	ps := &b.paras[pi]
	u := ps.units[len(ps.units)-1]
	next := &b.paras[pi+1]
	// A page that lost the marks of a quoted readout has the paragraph
	// after a document's lede without them (unquoted: unquotedReadout).
	if next.skip != "" || !unquoted && (len(next.quotes) == 0 || next.quotes[0].Open != next.Start || b.claimed(n, next.quotes[0].Inner)) {
		return draft{}, false
	}
	// b.out[:n] and b.cues are in text order: look only at the lede's.
	for i := sort.Search(n, func(i int) bool { return b.out[i].Start >= u.End }) - 1; i >= 0; i-- {
		d := &b.out[i]
		if d.Start < u.Start {
			break
		}
		if d.para != pi || d.earlier != "" || !d.owner.valid() {
			continue
		}
		words := len(strings.Fields(b.a.Text[d.Start:d.End]))
		if words > 6 || strings.TrimSpace(strings.Trim(b.a.Text[d.End:ps.toks[u.hi-1].Start], " ,;:.”\"")) != "" {
			// "Lee said the talks went well, but Kim was less upbeat:":
			// a clause of its own before the colon, whose subject may be
			// whoever the block is.
			return draft{}, false
		}
		src := *d
		if d.kind == Paraphrase && words <= 4 {
			// "the call covered": it only announces the block.
			d.kind = ledeKind
		}
		return src, true
	}
	last := -1
	pointer := pointerLede(ps, u) // "Here it is:": the source named before it in the paragraph
	for ci := sort.Search(len(b.cues), func(i int) bool { return b.cues[i].para >= pi }); ci < len(b.cues) && b.cues[ci].para == pi; ci++ {
		// A cue of the lede says nothing itself ("Peskov told reporters:");
		// before a pointer it may ("X released its readout, which says …").
		if (pointer || b.cues[ci].unit == len(ps.units)-1 && len(b.regs[ci]) == 0) && b.res[ci].owner.valid() && b.early[ci] == "" {
			last = ci
		}
	}
	if last < 0 {
		return draft{}, false
	}
	return draft{owner: b.res[last].owner, para: pi, cue: last, conf: 0.8}, true
}

// block adds, from paragraph pi on, the sentences of the quoted block as
// statements of src, and returns the paragraph after the block. The block
// ends with the paragraph whose text ends with a closing quotation mark;
// one left open too long is no block, and nothing is added.
func (b *stmtBuilder) block(pi int, src draft, n int) int {
	end := -1
	for j := pi; j < len(b.paras) && j < pi+maxBlockParagraphs; j++ {
		ps := &b.paras[j]
		if ps.skip != "" || !b.blockParagraph(ps) {
			return pi
		}
		if b.closesQuote(ps) || j == len(b.paras)-1 {
			end = j + 1
			break
		}
	}
	if end < 0 {
		return pi
	}
	// A readout quoted paragraph by paragraph, each closed ("“The leaders
	// spoke.” / “They agreed …”"), goes on while the paragraphs are
	// quotations alone.
	for end < len(b.paras) && end < pi+maxBlockParagraphs && b.quotationAlone(end) {
		end++
	}
	b.addBlock(pi, end, src, n, Quote)
	return end
}

// addBlock adds the sentences of paragraphs [pi, end) as statements of
// src, of kind k: a quotation, or a paraphrase where no marks enclose
// them.
func (b *stmtBuilder) addBlock(pi, end int, src draft, n int, k Kind) {
	for j := pi; j < end; j++ {
		ps := &b.paras[j]
		for _, s := range sentenceSpans(b.a.Text, trimMarks(b.a.Text, ps.Span)) {
			s = trimMarks(b.a.Text, s)
			if s.Len() <= 0 || len(strings.Fields(b.a.Text[s.Start:s.End])) < 3 || b.claimed(n, s) {
				continue
			}
			d := src
			d.Span, d.kind, d.para, d.quotation, d.conf = s, k, j, k == Quote, 0.7
			b.out = append(b.out, d)
		}
	}
}

// quotationAlone tells whether paragraph j is one quotation from its
// start to its end, with no attribution outside it.
func (b *stmtBuilder) quotationAlone(j int) bool {
	ps := &b.paras[j]
	if ps.skip != "" || len(ps.quotes) != 1 || ps.quotes[0].Open != ps.Start || !b.closesQuote(ps) {
		return false
	}
	first := sort.Search(len(b.cues), func(i int) bool { return b.cues[i].para >= j })
	return !b.cueOutsideQuotes(first, j)
}

// blockParagraph tells whether paragraph ps may be part of a quoted
// block: its only quotation marks open it or close it ("“The leaders …",
// "… in July.”"), or it has none (a mark left out). A quotation that
// closes inside the paragraph is followed by the journalist's words.
func (b *stmtBuilder) blockParagraph(ps *paraScan) bool {
	end := ps.Start + len(strings.TrimRight(b.a.Text[ps.Start:ps.End], " \t\r\n"))
	switch len(ps.quotes) {
	case 0:
		return true
	case 1:
		q := ps.quotes[0]
		if q.Open >= end-len("”") {
			return true // a straight closing mark read as an opening one
		}
		return q.Open == ps.Start && (!q.Closed || q.Close >= end)
	}
	return false
}

// closesQuote tells whether paragraph ps ends with a closing quotation
// mark: a quotation that closes there, or a straight mark after the last
// sentence's stop ("… in July.\"").
func (b *stmtBuilder) closesQuote(ps *paraScan) bool {
	text := strings.TrimRight(b.a.Text[ps.Start:ps.End], " \t\r\n")
	switch {
	case strings.HasSuffix(text, "”"):
		return true
	case strings.HasSuffix(text, "\""):
		body := strings.TrimSuffix(text, "\"")
		return len(ps.quotes) > 0 && (ps.quotes[len(ps.quotes)-1].Closed || strings.HasSuffix(body, ".") ||
			strings.HasSuffix(body, "!") || strings.HasSuffix(body, "?"))
	}
	return false
}

// trimMarks trims spaces and the quotation marks that open or close a
// block's paragraph off s.
func trimMarks(text string, s Span) Span {
	for {
		s = trimQuote(text, s)
		if s.Len() <= 0 {
			return s
		}
		if r, n := utf8.DecodeRuneInString(text[s.Start:s.End]); isQuoteMark(r) {
			s.Start += n
			continue
		}
		if r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End]); isQuoteMark(r) {
			s.End -= n
			continue
		}
		return s
	}
}

// isQuoteMark tells whether r is a double quotation mark.
func isQuoteMark(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»'
}
