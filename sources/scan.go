package sources

import (
	"strings"
)

// Pass 1: sentences and quotations. Each paragraph is tokenized once, its
// quotations are found and linked to the tokens, and its sentences are
// merged into units wherever a quotation runs across a sentence boundary,
// so that a quote and its attribution are read together. Paragraphs that
// cannot hold statements (headings, site furniture, related links) are
// marked here and skipped by every later pass.

// paraScan is one paragraph after pass 1.
type paraScan struct {
	index int // in Article.Paragraphs
	num   int // Paragraph.Number
	Span
	toks   []tok
	quotes []quote
	units  []unit
	// skip says why the paragraph holds no statements ("heading",
	// "boilerplate", "link"), or is "".
	skip string
	// bullet: the paragraph is a list item ("- The US opposes …");
	// lede: it introduces a run of items that set out a document.
	bullet, lede bool
	// datelineEnd is the offset where the wire dateline that opens the
	// paragraph ends ("MOSCOW, July 3 (Reuters) - "), or its start.
	datelineEnd int
}

// unit is a sentence, or sentences joined by a quotation that spans them,
// with its token range [lo, hi) in the paragraph's tokens.
type unit struct {
	Span
	lo, hi int
}

// scanArticle runs pass 1 over every paragraph. Its cost is linear in the
// text: tokens, quotes and sentences are each walked once, in order.
func scanArticle(a *Article, c *Catalog) []paraScan {
	out := make([]paraScan, len(a.Paragraphs))
	si := 0
	for i, p := range a.Paragraphs {
		for si < len(a.Sentences) && a.Sentences[si].Start < p.Start {
			si++
		}
		sj := si
		for sj < len(a.Sentences) && a.Sentences[sj].Start < p.End {
			sj++
		}
		out[i] = scanParagraph(a, c, i, a.Sentences[si:sj])
		si = sj
	}
	readDocumentLists(a, c, out)
	return out
}

func scanParagraph(a *Article, c *Catalog, i int, sents []Sentence) paraScan {
	p := a.Paragraphs[i]
	ps := paraScan{index: i, num: p.Number, Span: p.Span}
	ps.quotes = scanQuotes(a.Text, p.Span)
	ps.toks = tokenize(a.Text, p.Span)
	markNameParts(ps.toks)
	markQuotes(ps.toks, ps.quotes)
	ps.units = units(ps.toks, ps.quotes, sents)
	ps.skip = skipReason(a, c, ps)
	ps.bullet = bulletItem(a.Slice(p.Span))
	ps.datelineEnd = p.Start + datelineLen(a.Text[p.Start:p.End])
	return ps
}

// units merges sentences where a quotation spans their boundary and gives
// each unit its token range. Sentences, quotes and tokens are all in text
// order, so one walk over each suffices.
func units(toks []tok, qs []quote, sents []Sentence) []unit {
	var out []unit
	q := 0
	for _, s := range sents {
		if n := len(out); n > 0 {
			end := out[n-1].End
			for q < len(qs) && qs[q].Close <= end {
				q++
			}
			if q < len(qs) && qs[q].Open < end {
				out[n-1].End = s.End
				continue
			}
		}
		out = append(out, unit{Span: s.Span})
	}
	k := 0
	for i := range out {
		for k < len(toks) && toks[k].Start < out[i].Start {
			k++
		}
		out[i].lo = k
		for k < len(toks) && toks[k].Start < out[i].End {
			k++
		}
		out[i].hi = k
	}
	return out
}

// eachUnit calls f, in text order, for every unit of the paragraphs that
// hold statements, with the range [from, to) of its cues in cues (which
// are in text order too).
func eachUnit(paras []paraScan, cues []attrCue, f func(ps *paraScan, pi, ui int, u unit, from, to int)) {
	ci := 0
	for pi := range paras {
		ps := &paras[pi]
		if ps.skip != "" {
			for ci < len(cues) && cues[ci].para == pi {
				ci++
			}
			continue
		}
		for ui, u := range ps.units {
			from := ci
			for ci < len(cues) && cues[ci].para == pi && cues[ci].unit == ui {
				ci++
			}
			f(ps, pi, ui, u, from, ci)
		}
	}
}

// maxLinkWords is the length up to which a line without closing
// punctuation is taken for a headline, a caption or a related link rather
// than a paragraph of the story.
const maxLinkWords = 20

// skipReason tells why a paragraph can hold no statement: a heading or
// the title, a line of site furniture ("Reporting by …", "Read more"), or
// a short line without closing punctuation (a related link, a caption, a
// byline).
func skipReason(a *Article, c *Catalog, ps paraScan) string {
	text := strings.TrimSpace(a.Slice(ps.Span))
	if strings.HasPrefix(text, "#") || (a.Title != "" && text == a.Title) || longTitle(a, text) {
		return "heading"
	}
	toks := ps.toks
	first := 0
	if first < len(toks) && (toks[first].text == "(" || toks[first].text == "[") {
		first++
	}
	if c.idx != nil {
		if _, n := c.idx.longest(toks, first, cueBoilerplate); n > 0 {
			return "boilerplate"
		}
	}
	// A headline of a related link never ends with a comma; a sentence
	// whose full stop was typed as one does.
	if !endsSentence(withoutCredit(text)) && !strings.HasSuffix(text, ",") && wordsIn(toks, 0, len(toks)) <= maxLinkWords {
		return "link"
	}
	return ""
}

// longTitle tells whether text is the headline the article's title was
// cut from ("Cameron and Obama talk … as the President affirms that …"):
// a line without closing punctuation whose start the shortened title is.
// A lede's first sentence, also a title when nothing else is, ends with
// its full stop.
func longTitle(a *Article, text string) bool {
	short, cut := strings.CutSuffix(a.Title, "…")
	return cut && short != "" && strings.HasPrefix(text, short) && !endsSentence(text)
}

// withoutCredit is text without the wire credit a story may close its
// last paragraph with ("… on Syria. [Reuters]", "… (AP)"): one to three
// capitalised words in brackets after the full stop.
func withoutCredit(text string) string {
	var open byte
	switch {
	case strings.HasSuffix(text, ")"):
		open = '('
	case strings.HasSuffix(text, "]"):
		open = '['
	default:
		return text
	}
	i := strings.LastIndexByte(text, open)
	if i <= 0 {
		return text
	}
	if !fewCapitalised(text[i+1 : len(text)-1]) {
		return text
	}
	return strings.TrimSpace(text[:i])
}

func wordsIn(toks []tok, from, to int) int {
	n := 0
	for k := max(from, 0); k < to && k < len(toks); k++ {
		if toks[k].word {
			n++
		}
	}
	return n
}

// bodyStart is the first token of unit u after the wire dateline that may
// open its paragraph ("MOSCOW, July 3 (Reuters) - "): the dateline is no
// subject.
func bodyStart(ps *paraScan, u unit) int {
	k := u.lo
	for k < u.hi && ps.toks[k].Start < ps.datelineEnd {
		k++
	}
	return k
}
