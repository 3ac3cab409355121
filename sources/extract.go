package sources

import (
	"sort"
	"strings"
)

// speaker is who a statement is attributed to: a person, or an institution
// or description when the article names no person.
type speaker struct {
	name        string
	country     string
	institution bool
	who         *person
}

func (s speaker) valid() bool { return s.name != "" }

// raw is a statement found in the text before it is grouped into accounts.
type raw struct {
	Span
	kind    Kind
	conf    float64
	sp      speaker
	channel int // catalog channel index, -1 when none is known
	para    int
	earlier bool
	unit    Span
}

type extractor struct {
	a         *Article
	c         *Catalog
	ppl       *people
	toks      [][]tok   // tokens of each paragraph
	quotes    [][]quote // quotes of each paragraph
	sentStart map[int]bool
	recent    []speaker       // speakers most recent first, for pronouns
	gender    map[string]byte // learned from pronouns
	current   map[string]int  // channel each speaker is carried on
	raws      []raw
	event     *calendarDate
	// openQuote is the statement of a quotation left open at the end of the
	// previous paragraph: a quotation opening the next one continues it.
	openQuote *raw
	// paraFirst is the index in raws of the current paragraph's first statement.
	paraFirst int
	// nestedAt marks reporting verbs inside another verb's clause, with the
	// channel the outer verb gives them (-1 for none).
	nestedAt map[int]int
	// nestedOwner marks reporting verbs inside a person's reported clause
	// ("Misri said Modi had explained that ..."): the statement is the
	// outer speaker's account of what the inner one said.
	nestedOwner map[int]speaker
	sentFrom    []int
	// spans are the statements of the current paragraph, sorted.
	spans []Span
	// curUnits are the sentence units of the current paragraph.
	curUnits []Span
}

// Extract finds every attributed statement of the article and groups them
// into accounts by speaker and channel. A dossier (IsDossier) is read as
// the sides' own documents instead, and the extraction says so (Dossier).
func Extract(a *Article, c *Catalog) *Extraction {
	if c == nil || c.idx == nil {
		c, _ = ParseCatalog()
	}
	if IsDossier(a, c, nil) {
		return ExtractDocuments([]*Article{a}, c, nil)
	}
	x := &extractor{a: a, c: c, ppl: newPeople(), sentStart: map[int]bool{},
		gender: map[string]byte{}, current: map[string]int{}, nestedAt: map[int]int{}, nestedOwner: map[int]speaker{}}
	x.prepare()
	for pi := range a.Paragraphs {
		if x.isHeadline(pi) {
			// A headline compresses the story ("…, says foreign
			// secretary"); its statements are told in full below it.
			continue
		}
		x.paragraph(pi)
	}
	x.fillChannels()
	return x.group()
}

func (x *extractor) prepare() {
	for _, s := range x.a.Sentences {
		x.sentStart[s.Start] = true
	}
	// Sentences are in paragraph order: sentFrom[i] is the index of the
	// first sentence of paragraph i.
	x.sentFrom = make([]int, len(x.a.Paragraphs)+1)
	si := 0
	for i, p := range x.a.Paragraphs {
		for si < len(x.a.Sentences) && x.a.Sentences[si].Start < p.Start {
			si++
		}
		x.sentFrom[i] = si
	}
	x.sentFrom[len(x.a.Paragraphs)] = len(x.a.Sentences)
	x.toks = make([][]tok, len(x.a.Paragraphs))
	x.quotes = make([][]quote, len(x.a.Paragraphs))
	for i, p := range x.a.Paragraphs {
		qs := scanQuotes(x.a.Text, p.Span)
		ts := tokenize(x.a.Text, p.Span)
		k := 0
		for j := range ts {
			for k < len(qs) && qs[k].Close <= ts[j].Start {
				k++
			}
			ts[j].quote = k < len(qs) && ts[j].Start >= qs[k].Open
		}
		x.toks[i], x.quotes[i] = ts, qs
	}
	x.ppl.scan(x.c, x.toks, x.sentStart)
	x.event = x.eventDate()
}

// eventDate is the date of the reported event: the article's date, else
// the first date in its title or lede.
func (x *extractor) eventDate() *calendarDate {
	if d := normalizeDate(x.a.Date); d != "" {
		ds := findDates(d)
		if len(ds) > 0 {
			return &ds[0]
		}
	}
	if ds := findDates(x.a.Title); len(ds) > 0 {
		return &ds[0]
	}
	// The lede: the first paragraph that is not a heading.
	for _, p := range x.a.Paragraphs {
		text := x.a.Slice(p.Span)
		if len(text) > 0 && text[0] == '#' {
			continue
		}
		if ds := findDates(text); len(ds) > 0 {
			return &ds[0]
		}
		break
	}
	return nil
}

// units are the sentences of a paragraph, merged where a quotation runs
// across a sentence boundary, so a quote and its attribution are together.
func (x *extractor) units(pi int) []Span {
	var out []Span
	qs := x.quotes[pi]
	q := 0
	for _, s := range x.a.Sentences[x.sentFrom[pi]:x.sentFrom[pi+1]] {
		if n := len(out); n > 0 {
			// Quotes and sentences are both in text order: skip the quotes
			// that close before this boundary, then see if the next one spans it.
			end := out[n-1].End
			for q < len(qs) && qs[q].Close <= end {
				q++
			}
			if q < len(qs) && qs[q].Open < end {
				out[n-1].End = s.End
				continue
			}
		}
		out = append(out, s.Span)
	}
	return out
}

// tokRange returns the token indices [lo, hi) inside span.
func tokRange(toks []tok, span Span) (int, int) {
	lo := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= span.Start })
	hi := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= span.End })
	return lo, hi
}

// paragraph finds the statements of one paragraph.
func (x *extractor) paragraph(pi int) {
	x.paraFirst = len(x.raws)
	x.spans = x.spans[:0]
	x.curUnits = x.units(pi)
	for _, u := range x.curUnits {
		x.unit(pi, u)
	}
	x.leftoverQuotes(pi)
}

// claimed tells whether off lies inside a statement of this paragraph.
func (x *extractor) claimed(off int) bool {
	i := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].Start > off }) - 1
	return i >= 0 && off < x.spans[i].End
}

// overlaps tells whether s overlaps a statement of this paragraph.
func (x *extractor) overlaps(s Span) bool {
	i := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].Start >= s.End }) - 1
	return i >= 0 && x.spans[i].End > s.Start
}

// claim records a statement's span; spans never overlap, so the slice
// stays sorted by start and end alike.
func (x *extractor) claim(s Span) {
	i := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].Start > s.Start })
	x.spans = append(x.spans, Span{})
	copy(x.spans[i+1:], x.spans[i:])
	x.spans[i] = s
}

func (x *extractor) touch(s speaker) {
	if !s.valid() {
		return
	}
	for i, r := range x.recent {
		if r.name == s.name {
			copy(x.recent[1:i+1], x.recent[:i])
			x.recent[0] = s
			return
		}
	}
	x.recent = append([]speaker{s}, x.recent...)
	if len(x.recent) > 8 {
		x.recent = x.recent[:8]
	}
}

// resolve turns a mention into a speaker; prev is the subject of the
// previous reporting verb in the same sentence.
func (x *extractor) resolve(m mention, prev speaker) (speaker, int) {
	switch m.kind {
	case mPerson:
		return speaker{name: m.who.name, country: m.who.country, who: m.who}, -1
	case mInstitution:
		return speaker{name: m.name, country: m.country, institution: true}, -1
	case mOutlet:
		// An outlet reporting on its own stands for its government; a
		// statement it attributes to a person is caught at the inner verb.
		if co := x.c.Country(m.country); co != nil && m.country != "" {
			return speaker{name: orElse(co.Government.Name, m.name), country: m.country, institution: true}, m.channel
		}
		return speaker{}, m.channel
	case mRole:
		return speaker{name: m.name, country: m.country}, -1
	case mInherit:
		return prev, -1
	case mPronoun:
		if m.gender == documentGender && len(x.recent) > 0 {
			return x.recent[0], -1
		}
		if m.gender == institutionGender {
			for _, r := range x.recent {
				if r.institution {
					return r, -1
				}
			}
			return speaker{}, -1
		}
		for _, r := range x.recent {
			g := x.gender[r.name]
			if g == 0 && r.who != nil {
				g = r.who.gender
			}
			if r.institution || (g != 0 && g != m.gender) {
				continue
			}
			x.gender[r.name] = m.gender
			return r, -1
		}
	}
	return speaker{}, -1
}

// isHeadline tells whether paragraph pi is the article's title or a
// Markdown heading.
func (x *extractor) isHeadline(pi int) bool {
	text := strings.TrimSpace(x.a.Slice(x.a.Paragraphs[pi].Span))
	if strings.HasPrefix(text, "#") {
		return true
	}
	return x.a.Title != "" && text == x.a.Title
}
