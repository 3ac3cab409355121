package sources

import (
	"strings"
)

// Pass 5: channel. Through what did a statement reach the article? The
// cue's own words say it when they can: an outlet as subject or source
// ("Xinhua said", "according to the Kremlin readout", "was quoted by
// TASS"), the object of "told" ("told reporters", "told the BBC"), a
// phrase beside the verb ("in a post on X", "at a news conference", "in
// the Oval Office"), a phrase fronted before the attribution ("Speaking at
// the White House, …", "In a post on Truth Social, …") or trailing its
// statement (", in a post on X"); an outer cue gives its channel to the
// cue it reports. Otherwise a speaker's channel carries forward only while
// the article stays with them: another speaker's statement, a new venue or
// a few paragraphs without them end it. What a speaker says in remarks is
// never their earlier post, and a channel of one country's state media is
// never another speaker's.

// channelSet is the catalog's channels and the ones an article names
// that the catalog does not know (a venue, an outlet by name); indices
// past the catalog's are the article's own.
type channelSet struct {
	c      *Catalog
	extra  []Channel
	byName map[string]int
}

func newChannelSet(c *Catalog) *channelSet {
	return &channelSet{c: c, byName: map[string]int{}}
}

func (s *channelSet) get(i int) Channel {
	if i < len(s.c.Channels) {
		return s.c.Channels[i]
	}
	return s.extra[i-len(s.c.Channels)]
}

// named returns the channel with ch's name, adding it when it is new.
func (s *channelSet) named(ch Channel) int {
	for i, cc := range s.c.Channels {
		if cc.Name == ch.Name {
			return i
		}
	}
	if i, ok := s.byName[ch.Name]; ok {
		return i
	}
	s.extra = append(s.extra, ch)
	i := len(s.c.Channels) + len(s.extra) - 1
	s.byName[ch.Name] = i
	return i
}

// channelChoice is pass 5's result for one cue.
type channelChoice struct {
	ch  int // index in the channelSet, or -1
	why string
	// span is the words naming the channel, when the text names it.
	span *Span
	// generic: remarks without a venue ("Asked about it, he said"): the
	// remarks the article is with, if any.
	generic bool
}

// channeler holds what pass 5 reads.
type channeler struct {
	*passes
}

// findChannels runs pass 5 on the results of the passes before it.
func findChannels(p *passes, venues []venueMark) []channelChoice {
	x := &channeler{p}
	cues, res := p.cues, p.res
	out := make([]channelChoice, len(cues))
	for i := range cues {
		out[i] = x.explicit(i)
	}
	for i := range cues {
		if out[i].ch >= 0 {
			continue
		}
		o := res[i].outer
		switch {
		case o < 0:
		case out[o].ch >= 0:
			out[i] = out[o]
			out[i].why = "from the attribution it is reported in: " + out[o].why
		default:
			out[i] = x.reportedBy(res[o].sp)
		}
	}
	for j := range cues {
		r := res[j].reports
		switch {
		case r < 0:
		case out[r].ch >= 0 && (x.set.get(out[r].ch).Published || x.set.get(out[r].ch).Official || !x.namesSource(j)):
			// The statement's own medium stands; a source named after it
			// ("…, according to the Kremlin") is how it reached the article.
		case out[j].ch >= 0:
			out[r] = out[j]
			out[r].why = "from the attribution after it: " + out[j].why
		default:
			out[r] = x.reportedBy(res[j].sp)
		}
	}
	named := make([]bool, len(out))
	for i := range out {
		named[i] = out[i].ch >= 0
	}
	x.carry(out, venues)
	x.remarksAfter(out, named)
	x.fromDateline(out)
	return out
}

// fromDateline gives the statements that name no channel the outlet of a
// state news agency's dateline ("BEIJING, March 18 (Xinhua) --"): the
// whole story is that government's account.
func (x *channeler) fromDateline(out []channelChoice) {
	d := x.dateline
	if d.outlet < 0 {
		return
	}
	why := "the dateline names the outlet: “" + normalizeSpace(x.a.Slice(d.span)) + "”"
	for i := range out {
		if out[i].ch < 0 && len(x.regs[i]) > 0 {
			sp := d.span
			out[i] = channelChoice{ch: d.outlet, why: why, span: &sp}
		}
	}
}

// stateMediaIn finds a country's state media named in r ("in remarks
// broadcast on Russian state television"; "on state television" is the
// speaker's country's).
func (x *channeler) stateMediaIn(ps *paraScan, r tokRange, country string) channelChoice {
	for k := r.lo; k < r.hi; k++ {
		_, n := x.c.idx.longest(ps.toks, k, cueStateMedia)
		if n == 0 || k+n > r.hi {
			continue
		}
		if k > r.lo {
			if cu, m := x.c.idx.endingAt(ps.toks, r.lo, k, cueCountryAdj); m > 0 {
				country = x.c.Countries[cu.ref].Code
			}
		}
		if country == "" {
			return channelChoice{ch: -1}
		}
		ch, ok := x.c.idx.stateMedia[country]
		if !ok {
			co := x.c.Country(country)
			if co == nil || len(co.Adjectives) == 0 {
				return channelChoice{ch: -1}
			}
			ch = x.set.named(Channel{Name: co.Adjectives[len(co.Adjectives)-1] + " state media", Country: country, Official: true, Outlet: true})
		}
		sp := Span{ps.toks[k].Start, ps.toks[k+n-1].End}
		return channelChoice{ch: ch, why: "named beside the attribution: " + quoteWords(x.a, ps.toks, tokRange{k, k + n}), span: &sp}
	}
	return channelChoice{ch: -1}
}

// sideDocument finds a government's own published account named in r:
// a country's institution, adjective or possessive with a document ("in
// the Kremlin's account", "in a Chinese statement", "in Ankara's
// readout"). It is that country's official channel.
func (x *channeler) sideDocument(ps *paraScan, r tokRange) channelChoice {
	toks := ps.toks
	country, doc := "", -1
	for k := r.lo; k < r.hi; k++ {
		t := toks[k]
		if t.quote {
			return channelChoice{ch: -1}
		}
		if c := possessiveCountry(x.c, t); c != "" && country == "" {
			country = c // "the Kremlin's", "Beijing's"
			continue
		}
		if cu, n := x.c.idx.longest(toks, k, cueInstitution, cueCountryAdj, cueCountryName); n > 0 && k+n <= r.hi && country == "" {
			if cu.kind == cueInstitution {
				country = x.c.Institutions[cu.ref].Country
			} else {
				country = x.c.Countries[cu.ref].Code
			}
			k += n - 1
			continue
		}
		if country != "" && (x.c.idx.documents[t.lower] || t.lower == "account" || t.lower == "version") {
			doc = k
			break
		}
	}
	if doc < 0 {
		return channelChoice{ch: -1}
	}
	ch := officialChannelOf(x.c, country)
	if ch < 0 {
		return channelChoice{ch: -1}
	}
	sp := Span{toks[r.lo].Start, toks[doc].End}
	return channelChoice{ch: ch, why: "the government's own account, named beside the attribution: " + quoteWords(x.a, toks, tokRange{r.lo, doc + 1}), span: &sp}
}

// possessiveCountry is the country of a one-word institution or country
// in the possessive ("Kremlin's", "China's"), or "".
func possessiveCountry(c *Catalog, t tok) string {
	if !isPossessive(t) {
		return ""
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "'")
	for _, cu := range c.idx.byFirst[stem] {
		if len(cu.words) != 1 {
			continue
		}
		switch cu.kind {
		case cueInstitution:
			return c.Institutions[cu.ref].Country
		case cueCountryName, cueCountryAdj:
			return c.Countries[cu.ref].Code
		}
	}
	return ""
}

// reportedBy is the channel a reporting institution gives a statement:
// its government's own account, or none for anyone else.
func (x *channeler) reportedBy(sp speakerRef) channelChoice {
	if sp.institution {
		if ch := officialChannelOf(x.c, sp.country); ch >= 0 {
			return channelChoice{ch: ch, why: "reported by " + sp.name + ": its government's own account"}
		}
	}
	return channelChoice{ch: -1}
}

// namesSource tells whether cue j names the source of what it reports:
// "according to X", or an institution or outlet as speaker.
func (x *channeler) namesSource(j int) bool {
	return x.cues[j].form == formAccording || x.res[j].sp.institution || x.res[j].source >= 0 || x.res[j].sourceName != ""
}

// explicit is the channel cue i's own words name, or ch -1. An
// institution's statement is its government's own account: "the Kremlin
// said in a statement" is the Kremlin's readout.
func (x *channeler) explicit(i int) channelChoice {
	ch := x.named(i)
	sp := x.res[i].sp
	if ch.ch >= 0 && sp.institution && sp.country != "" {
		if c := x.set.get(ch.ch); !c.Official && !c.Spoken && c.Country == "" {
			ch.ch = officialChannelOf(x.c, sp.country)
			ch.why += " (the government's own account)"
		}
	}
	return ch
}

// officialChannelOf is the first official channel of a country, where its
// government's account is published, or -1.
func officialChannelOf(c *Catalog, country string) int {
	for i, ch := range c.Channels {
		if ch.Official && ch.Country != "" && ch.Country == country {
			return i
		}
	}
	return -1
}

// named is the channel cue i's own words name, or ch -1.
func (x *channeler) named(i int) channelChoice {
	cu := &x.cues[i]
	ps := &x.paras[cu.para]
	none := channelChoice{ch: -1}
	r := x.res[i]
	if r.source >= 0 || r.sourceName != "" {
		ch := r.source
		if ch < 0 {
			press := x.phrases[i].speaker.shape == shapeMedia || x.phrases[i].source.shape == shapeMedia
			ch = x.set.named(Channel{Name: r.sourceName, Outlet: true, Country: r.sp.country, Official: r.sp.institution || r.sp.who != nil, press: press})
		}
		return channelChoice{ch: ch, why: "the source named in the attribution: " + x.set.get(ch).Name}
	}
	// The most specific first: a channel the catalog knows beside the
	// verb ("told reporters at a press briefing" is the briefing), then the
	// object of "told", then a venue.
	ranges := append([]tokRange{}, cu.adjuncts...)
	ranges = append(ranges, x.phrases[i].speaker.asides...)
	for _, rg := range x.regs[i] {
		if !rg.tail.empty() {
			ranges = append(ranges, rg.tail)
		}
	}
	for _, rg := range ranges {
		if ch := x.catalogIn(ps, rg); ch.ch >= 0 {
			return ch
		}
		if ch := x.stateMediaIn(ps, rg, x.res[i].owner.country); ch.ch >= 0 {
			return ch
		}
		if ch := x.sideDocument(ps, rg); ch.ch >= 0 {
			return ch
		}
	}
	if ch := x.catalogIn(ps, tokRange{cu.vLo, cu.vHi}); ch.ch >= 0 && cu.form == formFinite {
		ch.why = "the verb names it: " + quoteWords(x.a, ps.toks, tokRange{cu.vLo, cu.vHi}) // "Macron tweeted"
		return ch
	}
	if cu.verb != nil && cu.verb.Class == verbTell && !cu.object.empty() {
		if ch := x.inRange(ps, cu.object, true); ch.ch >= 0 {
			return ch
		}
	}
	for _, rg := range ranges {
		if ch := x.inRange(ps, rg, false); ch.ch >= 0 {
			return ch
		}
	}
	for _, rg := range x.phrases[i].speaker.asides {
		if ch := x.spokenSetting(ps, rg); ch.ch >= 0 {
			return ch
		}
	}
	if f, ok := x.fronted(i); ok && !f.empty() {
		if ch := x.inRange(ps, f, false); ch.ch >= 0 {
			return ch
		}
		if ch := x.spokenSetting(ps, f); ch.ch >= 0 {
			return ch
		}
	}
	if cu.form == formPassive || cu.form == formQuoted {
		// "was quoted as saying": through whoever quoted them, unnamed.
		return none
	}
	return none
}

// fronted is the phrase before cue i's speaker when the cue is the unit's
// main attribution ("In a post on Truth Social, Trump said …"): from the
// unit's start to the speaker phrase, ending with a comma.
func (x *channeler) fronted(i int) (tokRange, bool) {
	cu := &x.cues[i]
	ps := &x.paras[cu.para]
	u := ps.units[cu.unit]
	start := cu.vLo
	if p := x.phrases[i].speaker; !p.empty() && p.lo < start && !p.inverted {
		start = p.lo
	}
	if cu.form == formParticiple || cu.form == formWith {
		// ", adding that …" shares the fronted phrase of its sentence; with
		// no attribution before it, the main clause is its setting ("Leavitt
		// described the call in a post on X, noting that …") — not of an
		// absolute clause, whose subject is not the main clause's ("The
		// leaders spoke for an hour, with Xi warning …").
		for j := i - 1; j >= 0 && x.cues[j].para == cu.para && x.cues[j].unit == cu.unit; j-- {
			if x.res[j].valid() && x.cues[j].form != formParticiple && x.cues[j].form != formWith {
				return x.fronted(j)
			}
		}
		if cu.form == formWith {
			return tokRange{}, false
		}
		return tokRange{u.lo, cu.vLo}, cu.vLo > u.lo
	}
	if start <= u.lo || ps.toks[start-1].text != "," {
		return tokRange{}, false
	}
	for j := i - 1; j >= 0 && x.cues[j].para == cu.para && x.cues[j].unit == cu.unit; j-- {
		if len(x.regs[j]) > 0 || x.res[j].valid() {
			return tokRange{}, false
		}
	}
	f := tokRange{u.lo, start - 1}
	for k := f.lo; k < f.hi; k++ {
		if ps.toks[k].quote {
			return tokRange{}, false
		}
	}
	return f, true
}

// spokenSetting reads a phrase that sets the words in speech ("Speaking
// to reporters, …", "Asked about sanctions, …", ", speaking in Brussels,"):
// the venue it names, else remarks.
func (x *channeler) spokenSetting(ps *paraScan, f tokRange) channelChoice {
	k := f.lo
	if w := ps.toks[k].lower; (w == "when" || w == "while" || w == "after" || w == "as") && k+1 < f.hi {
		k++ // "When asked about …,"
	}
	_, n := x.c.idx.longest(ps.toks, k, cueSpoken)
	if n == 0 || k+n > f.hi {
		return channelChoice{ch: -1}
	}
	rest := tokRange{k + n, f.hi}
	if ch := x.inRange(ps, rest, false); ch.ch >= 0 {
		return ch
	}
	ch := x.set.named(Channel{Name: "remarks", Spoken: true})
	return channelChoice{ch: ch, generic: true, why: "remarks: " + quoteWords(x.a, ps.toks, f), span: spanOf(ps.toks, f)}
}

// catalogIn finds a catalog channel named in r: the first, or one that
// belongs to a country ("to reporters aboard Air Force One" is remarks
// aboard Air Force One).
func (x *channeler) catalogIn(ps *paraScan, r tokRange) channelChoice {
	toks := ps.toks
	best := channelChoice{ch: -1}
	for k := r.lo; k < r.hi; k++ {
		if cu, n := x.c.idx.longest(toks, k, cueChannel); n > 0 && k+n <= r.hi {
			if best.ch >= 0 && x.c.Channels[cu.ref].Country == "" {
				continue
			}
			sp := Span{toks[k].Start, toks[k+n-1].End}
			best = channelChoice{ch: cu.ref, why: "named beside the attribution: " + quoteWords(x.a, toks, tokRange{k, k + n}), span: &sp}
			if x.c.Channels[cu.ref].Country != "" {
				break
			}
			k += n - 1
		}
	}
	return best
}

// inRange finds a channel named in r: a catalog channel, the press or a
// news medium after "told", or a venue ("at the White House", "in
// Brussels", "at a summit").
func (x *channeler) inRange(ps *paraScan, r tokRange, tellObject bool) channelChoice {
	toks := ps.toks
	if ch := x.catalogIn(ps, r); ch.ch >= 0 {
		if genericRemarks[x.set.get(ch.ch).Name] && !tellObject {
			// "to reporters at the White House": the place is the more
			// specific.
			if v := x.venueIn(ps, r); v.ch >= 0 {
				return v
			}
		}
		return ch
	}
	if press := x.pressIn(toks, r, tellObject); press >= 0 {
		if !tellObject {
			// "to reporters at the White House": the place is the more
			// specific.
			if ch := x.venueIn(ps, tokRange{press, r.hi}); ch.ch >= 0 {
				return ch
			}
		}
		ch := x.set.named(Channel{Name: "remarks to reporters", Spoken: true})
		return channelChoice{ch: ch, why: "to the press: " + quoteWords(x.a, toks, r), span: spanOf(toks, r)}
	}
	if tellObject {
		k := r.lo
		if k+1 < r.hi && toks[k].lower == "the" {
			k++
		}
		// "the French daily Le Monde", "the newspaper Le Parisien"
		if _, m := x.c.idx.longest(toks, k, cueCountryAdj); m > 0 && k+m < r.hi && outletNouns[toks[k+m].lower] {
			k += m
		}
		for k+1 < r.hi && outletNouns[toks[k].lower] && !toks[k].cap {
			k++
		}
		n := 0
		if _, m := x.c.idx.longest(toks, k, cueMedia); m > 0 {
			n = m
		} else if k > r.lo && x.unknownName(toks, k, r.hi) {
			n = r.hi - k // "told The Post": a name after "the" that is no one the article knows
		}
		if n > 0 {
			name := "interview with " + x.a.Text[toks[r.lo].Start:toks[k+n-1].End]
			ch := x.set.named(Channel{Name: name, Spoken: true})
			return channelChoice{ch: ch, why: "an interview: told " + quoteWords(x.a, toks, r), span: spanOf(toks, r)}
		}
	}
	return x.venueIn(ps, r)
}

// venueIn finds a venue in r: "at the White House", also inside "while
// meeting X at the White House".
func (x *channeler) venueIn(ps *paraScan, r tokRange) channelChoice {
	toks := ps.toks
	for k := r.lo; k < r.hi; k++ {
		if k > r.lo && toks[k].lower != "at" && toks[k].lower != "in" && toks[k].lower != "aboard" {
			continue
		}
		if k > 0 && matterNouns[toks[k-1].lower] {
			continue // "the crisis in Ukraine": where the matter is, not where words were said
		}
		if inRelativeClause(toks, r.lo, k) {
			continue // "Modi, who will arrive in China on Sunday, said": the clause's place
		}
		if k+1 < r.hi && timeAt(toks, k+1) {
			continue // "in 2013", "in May": a time, not a place
		}
		sub := tokRange{k, x.venueEnd(toks, k, r.hi)}
		if x.complexPreposition(toks, sub) || x.theEvent(toks, sub) {
			// "in reaction to the attack in Huwara": the place is the
			// event's, not where the words were said.
			k = sub.hi - 1
			continue
		}
		if x.isVenue(toks, sub) {
			name := "remarks " + x.venueName(toks, sub)
			ch := x.set.named(Channel{Name: name, Spoken: true, Country: x.institutionIn(toks, sub)})
			return channelChoice{ch: ch, why: "a venue: " + quoteWords(x.a, toks, sub), span: spanOf(toks, sub)}
		}
	}
	return channelChoice{ch: -1}
}

// venueEnd is where a phrase of place that opens at k ends: at a comma
// or a verb ("in London criticised the plan" is "in London").
func (x *channeler) venueEnd(toks []tok, k, hi int) int {
	for j := k + 1; j < hi; j++ {
		t := toks[j]
		if t.text == "," || t.quote {
			return j
		}
		if _, ok := x.c.idx.verb(t); ok && !t.cap || t.word && !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") {
			return j
		}
	}
	return hi
}

// unknownName tells whether toks[k:hi] are capitalised words that name
// no person, country or institution the catalog or the article knows.
func (x *channeler) unknownName(toks []tok, k, hi int) bool {
	if k >= hi {
		return false
	}
	var parts []string
	for j := k; j < hi; j++ {
		if !toks[j].word || !toks[j].cap || toks[j].quote {
			return false
		}
		if _, n := x.c.idx.longest(toks, j, cueCountryName, cueCountryAdj, cueInstitution, cueOffice, cueTitle); n > 0 {
			return false
		}
		parts = append(parts, toks[j].text)
	}
	return x.ppl == nil || x.ppl.find(parts) == nil
}

// pressIn finds the press in r: the object of "told" ("reporters", "a
// news conference"), or a phrase of place or company with it ("with the
// press", "to reporters"). It returns the token where it starts, or -1.
func (x *channeler) pressIn(toks []tok, r tokRange, tellObject bool) int {
	if tellObject {
		if _, n := x.c.idx.longest(toks, r.lo, cuePress); n > 0 {
			return r.lo
		}
		return -1
	}
	for k := r.lo; k < r.hi; k++ {
		if _, n := x.c.idx.longest(toks, k, cuePress); n > 0 && k > r.lo && (toks[k-1].lower == "with" || toks[k-1].lower == "to" || toks[k-1].lower == "by") {
			return k
		}
	}
	return -1
}

// institutionIn is the country of an institution named in r ("at the
// White House"), or "".
func (x *channeler) institutionIn(toks []tok, r tokRange) string {
	for k := r.lo; k < r.hi; k++ {
		if cu, n := x.c.idx.longest(toks, k, cueInstitution); n > 0 && k+n <= r.hi {
			return x.c.Institutions[cu.ref].Country
		}
	}
	return ""
}

// venueName names a venue phrase for a channel: "in the Rose Garden", at
// most six words, without what follows a second preposition of time
// ("before boarding …").
func (x *channeler) venueName(toks []tok, r tokRange) string {
	end := r.hi
	for k := r.lo + 1; k < r.hi; k++ {
		if l := toks[k].lower; l == "before" || l == "after" || l == "while" || l == "when" || l == "during" || l == "following" ||
			x.timeAfterPlace(toks, k, r.hi) {
			end = k
			break
		}
	}
	end = min(end, r.lo+7)
	words := []string{strings.ToLower(toks[r.lo].text)}
	words = append(words, strings.Fields(x.a.Text[toks[min(r.lo+1, end-1)].Start:toks[end-1].End])...)
	if end == r.lo+1 {
		words = words[:1]
	}
	return strings.Join(words, " ")
}

// isVenue tells whether r is a phrase of place where words are spoken:
// "at"/"in"/"aboard" followed by a place named with capitals or by an
// occasion ("at a summit"), not the call itself ("in the call") or a time.
func (x *channeler) isVenue(toks []tok, r tokRange) bool {
	if r.hi-r.lo < 2 {
		return false
	}
	switch toks[r.lo].lower {
	case "at", "in", "aboard", "outside", "inside":
	default:
		return false
	}
	if toks[r.lo].lower == "in" && x.language(toks, r.lo+1, r.hi) {
		return false // "tweeted in Hindi": the language, not a place
	}
	place := false
	for k := r.lo + 1; k < r.hi; k++ {
		t := toks[k]
		if !t.word || place && x.timeAfterPlace(toks, k, r.hi) {
			break // the phrase ends at its punctuation, or at the time after the place ("on Wednesday")
		}
		if _, n := x.c.idx.longest(toks, k, cueEvent); n > 0 && !x.c.idx.venues[t.lower] || timeNoun(t) {
			return false // "during the call" says when, not through what
		}
		if x.c.idx.venues[t.lower] || t.cap && !notNames[t.lower] {
			place = true
		}
	}
	return place
}

// language tells whether a language's name stands alone at k ("in
// Hindi", "in Russian", "in French on Monday"): a country's adjective or
// a language no country is named for, ending the phrase.
func (x *channeler) language(toks []tok, k, hi int) bool {
	if k >= hi {
		return false
	}
	n := 0
	if languages[toks[k].lower] {
		n = 1
	} else if _, m := x.c.idx.longest(toks, k, cueCountryAdj); m == 1 {
		n = 1
	}
	return n == 1 && (k+1 >= hi || !toks[k+1].word || x.timeAfterPlace(toks, k+1, hi) || !toks[k+1].cap)
}

// languages are languages no country of the catalog is named for.
var languages = map[string]bool{"hindi": true, "urdu": true, "mandarin": true, "cantonese": true, "farsi": true,
	"arabic": true, "hebrew": true, "english": true, "bengali": true, "tamil": true, "swahili": true, "persian": true,
	"malay": true, "tagalog": true}

// complexPreposition tells whether the phrase r opens with a preposition
// of several words ("in reaction to", "in response to", "in return for",
// "in line with", "at the invitation of"): a lower-case noun that is no
// venue or place, then a preposition. It gives a cause, a purpose or a
// manner, not the place where the words were said, whatever place it
// names after ("In response to the attack in Kharkiv, X said …").
func (x *channeler) complexPreposition(toks []tok, r tokRange) bool {
	k := r.lo + 1
	if k < r.hi && determiners[toks[k].lower] {
		k++
	}
	// "in a peaceful settlement of", "at the urgent request of": up to two
	// words before the noun that the preposition closes.
	for j := k; j < k+3 && j+1 < r.hi; j++ {
		noun, prep := toks[j], toks[j+1]
		if !noun.word || noun.cap || x.c.idx.venues[noun.lower] || placeNouns[noun.lower] {
			return false
		}
		if _, n := x.c.idx.longest(toks, j, cueEvent, cueChannel); n > 0 {
			return false
		}
		if prep.word && followPrepositions[prep.lower] {
			return true
		}
	}
	return false
}

// theEvent tells whether the phrase r names the reported event itself
// ("in the meeting with Biden", "at their meeting"): what was said there
// is the event's content, not remarks at a venue of their own. An
// indefinite one ("at a meeting in Brussels") is another occasion.
func (x *channeler) theEvent(toks []tok, r tokRange) bool {
	k := r.lo + 1
	if k >= r.hi || toks[k].lower != "the" && toks[k].lower != "their" {
		return false
	}
	k++
	_, n := x.c.idx.longest(toks, k, cueEvent)
	if n == 0 {
		return false
	}
	return k+n == r.hi || toks[k+n].lower == "with" || toks[k+n].lower == "between"
}

// matterNouns name what talks are about; a place after them ("the
// crisis in Ukraine", "the fighting in Gaza") is the matter's.
var matterNouns = map[string]bool{"crisis": true, "war": true, "conflict": true, "situation": true,
	"fighting": true, "violence": true, "attack": true, "attacks": true, "tensions": true, "unrest": true,
	"protests": true, "election": true, "elections": true, "ceasefire": true, "truce": true, "offensive": true,
	"invasion": true, "occupation": true, "escalation": true, "developments": true, "hostilities": true}

// followPrepositions close a preposition of several words ("in reaction
// to", "in view of").
var followPrepositions = map[string]bool{"to": true, "of": true, "for": true, "with": true, "against": true, "from": true}

// placeNouns are the lower-case nouns that open a phrase of place or of a
// part of an occasion ("in the city of …", "at the headquarters of …",
// "at the end of the meeting").
var placeNouns = map[string]bool{"city": true, "capital": true, "town": true, "village": true, "region": true,
	"province": true, "state": true, "headquarters": true, "office": true, "offices": true, "residence": true,
	"palace": true, "building": true, "hall": true, "chamber": true, "house": true, "home": true, "port": true,
	"sidelines": true, "margins": true, "start": true, "end": true, "beginning": true, "close": true,
	"opening": true, "middle": true, "course": true, "presence": true}

// timeAfterPlace tells whether a phrase of time starts at k ("on
// Wednesday", "last week", "this morning"): after a place, it ends the
// venue.
func (x *channeler) timeAfterPlace(toks []tok, k, hi int) bool {
	if timeNoun(toks[k]) {
		return true
	}
	return timeFillers[toks[k].lower] && k+1 < hi && toks[k+1].word && timeNoun(toks[k+1])
}

// venueMark is a new venue or medium a sentence without attributions
// gives a speaker ("A short time later in the Rose Garden, Trump …").
type venueMark struct {
	para, unit int
	owner      string // speaker name
	ch         int
	why        string
	span       *Span
}

// carry gives statements without a channel of their own the channel their
// speaker was last heard through, while the article stays with them; and
// a speaker's first statements (a lede summarising the post quoted below)
// the channel their next statement names, when it follows directly.
func (x *channeler) carry(out []channelChoice, venues []venueMark) {
	order := x.carryForward(out, venues)
	x.backFill(out, order)
}

// carried is where a speaker was last heard: the channel, the paragraph,
// and the place in the sequence of statements (seq), so a carry can tell
// whether another speaker came between.
type carried struct {
	ch, para, seq int
	why           string
}

// carryForward gives statements without a channel of their own the
// channel their speaker was last heard through, when no one else spoke
// between and the article did not move on for more than three
// paragraphs. It returns the cues with statements, in text order.
func (x *channeler) carryForward(out []channelChoice, venues []venueMark) []int {
	seq := 0
	last := map[string]*carried{}
	var prev *carried // the statement before, whoever spoke
	var order []int
	vi := 0
	for i := range x.cues {
		if len(x.regs[i]) == 0 && x.res[i].valid() && out[i].ch >= 0 && x.early[i] == "" && x.res[i].reports < 0 {
			// "Zelensky responded on Telegram within hours.": a cue with no
			// statement still tells where its speaker now is.
			seq++
			last[x.res[i].sp.name] = &carried{ch: out[i].ch, para: x.cues[i].para, seq: seq, why: out[i].why}
			continue
		}
		if len(x.regs[i]) == 0 || !x.res[i].owner.valid() {
			continue
		}
		cu := &x.cues[i]
		for ; vi < len(venues) && (venues[vi].para < cu.para || venues[vi].para == cu.para && venues[vi].unit < cu.unit); vi++ {
			seq++
			last[venues[vi].owner] = &carried{ch: venues[vi].ch, para: venues[vi].para, seq: seq, why: venues[vi].why}
		}
		if x.early[i] != "" {
			continue
		}
		own := x.res[i].owner
		owner := own.name
		seq++
		order = append(order, i)
		st := last[owner]
		if gov := last[govKey(own.country)]; own.who != nil && own.country != "" && x.ppl.leader(own.country) == own.who &&
			gov != nil && (st == nil || gov.seq > st.seq) {
			// "The Élysée said Macron called for a ceasefire. He also
			// stressed …": the leader's words go on in his government's
			// account.
			st = gov
		}
		on := st != nil && st.ch >= 0 && st.seq == seq-1 && x.paras[cu.para].num-x.paras[st.para].num <= 3
		if out[i].ch < 0 && prev != nil && prev.seq == seq-1 && x.set.get(prev.ch).Spoken && x.forOnesPart(i) {
			// "Speaking at a joint news conference, Putin said …
			// Erdogan, for his part, said …": the same occasion.
			st, on = prev, true
		}
		switch {
		case out[i].ch < 0 && on && x.fits(i, st.ch):
			out[i] = channelChoice{ch: st.ch, why: "carried from paragraph " + itoa(x.paras[st.para].num) + ": " + st.why}
		case out[i].generic && on && x.set.get(st.ch).Spoken:
			// "Asked whether …, he said": the remarks the article is with.
			out[i] = channelChoice{ch: st.ch, why: "remarks carried from paragraph " + itoa(x.paras[st.para].num) + ": " + st.why}
		}
		now := &carried{ch: out[i].ch, para: cu.para, seq: seq, why: out[i].why}
		if on && strings.HasPrefix(now.why, "carried") {
			now.why = st.why
		}
		last[owner] = now
		if now.ch >= 0 {
			prev = now
		}
		if c, ch := x.govChannel(i, out); c != "" {
			last[govKey(c)] = &carried{ch: ch, para: cu.para, seq: seq, why: orElse(now.why, own.name+"'s own account")}
		}
	}
	return order
}

// forOnesPart tells whether cue i's speaker is set off with "for his
// part" (her, its, their): a reply on the occasion just reported.
func (x *channeler) forOnesPart(i int) bool {
	toks := x.paras[x.cues[i].para].toks
	for _, a := range x.phrases[i].speaker.asides {
		if a.hi-a.lo == 3 && toks[a.lo].lower == "for" && toks[a.hi-1].lower == "part" {
			return true
		}
	}
	return false
}

// govKey keys the last statement of a country's government's own
// channels among the speakers a channel carries for.
func govKey(country string) string { return "gov:" + country }

// backFill gives a statement before the one that names the channel that
// channel, when it follows directly — or, in the lede, which summarises
// what the story tells below, when it comes within a few paragraphs.
func (x *channeler) backFill(out []channelChoice, order []int) {
	lede := x.ledeParas()
	reported := make([]bool, len(x.cues))
	for _, r := range x.res {
		if r.reports >= 0 {
			reported[r.reports] = true
		}
	}
	openers := x.openers()
	next := map[string]int{}         // owner -> the next statement's cue, walking back
	nextGov := map[string]govState{} // country -> the next statement of its government's own account
	for k := len(order) - 1; k >= 0; k-- {
		i := order[k]
		own := x.res[i].owner
		j, ok := next[own.name]
		next[own.name] = i
		g, govFound := nextGov[own.country]
		if c, ch := x.govChannel(i, out); c != "" {
			nextGov[c] = govState{i, channelChoice{ch: ch, why: out[i].why}}
		}
		from := channelChoice{ch: -1}
		if ok {
			from = out[j]
		}
		inLede := x.cues[i].para <= lede
		if inLede && govFound && own.who != nil && x.ppl.leader(own.country) == own.who &&
			(!ok || x.cues[g.cue].para < x.cues[j].para || out[j].ch < 0) {
			// The lede sums up the leader's side: its own account below
			// ("…, with the French president urging a ceasefire" and the
			// Élysée's statement) gives the channel when none of his own is
			// nearer.
			j, ok, from = g.cue, true, g.ch
			from.why = orElse(from.why, x.res[g.cue].owner.name+"'s own account")
		}
		if !ok || out[i].ch >= 0 || from.ch < 0 || !x.fits(i, from.ch) || x.set.get(from.ch).press {
			// A news organisation that reports the next statement says
			// nothing of where this one was made.
			continue
		}
		gap := x.paras[x.cues[j].para].num - x.paras[x.cues[i].para].num
		// The next statement lends its channel when it is the speaker's
		// own words; one that a government reports ("The presidency said
		// Erdogan had stressed …") says nothing of where their earlier
		// remarks were made — except in the lede, which sums up below.
		adjacent := k+1 < len(order) && order[k+1] == j && gap <= 2 && x.res[j].outer < 0 && !reported[j]
		if !adjacent && !(inLede && gap <= 4) || x.separateOccasion(j) || x.inReadoutRun(order, k, reported) ||
			x.inOthersReport(i, openers) {
			continue
		}
		out[i] = channelChoice{ch: from.ch, why: lentBy(from.why, x.paras[x.cues[j].para].num)}
	}
}

// nextLends and laterLends open the reason of a channel lent by a
// statement after the one it is given to.
const (
	nextLends  = "named with the next statement, paragraph "
	laterLends = "named with a later statement, paragraph "
)

// lentBy is the reason of a channel lent by the next statement, in
// paragraph para, whose own reason is why. Lent along a chain, it names
// the statement that names the channel, once.
func lentBy(why string, para int) string {
	for _, lent := range []string{nextLends, laterLends} {
		if rest, ok := strings.CutPrefix(why, lent); ok {
			return laterLends + rest
		}
	}
	return nextLends + itoa(para) + ": " + why
}

// inReadoutRun tells whether the statement before order[k], in its
// paragraph, is one its side's government reports ("Modi thanked Putin,
// the ministry said. The prime minister reiterated …"): the paragraph is
// that readout, and a channel named after it is not where these words
// were spoken.
func (x *channeler) inReadoutRun(order []int, k int, reported []bool) bool {
	if k == 0 {
		return false
	}
	i, prev := order[k], order[k-1]
	if x.cues[prev].para != x.cues[i].para {
		return false
	}
	own, po := x.res[i].owner, x.res[prev].owner
	return (reported[prev] || po.institution) && po.country != "" && po.country == own.country
}

// inOthersReport tells whether cue i's sentence sits in a paragraph that
// an "according to" of another side opens ("According to the state
// agency, …, Ms Rossi, meanwhile, stressed …"): that report, not a later
// statement of the speaker's own, is where the words come from.
func (x *channeler) inOthersReport(i int, openers []int) bool {
	o := openers[x.cues[i].para]
	if o < 0 || o == i {
		return false
	}
	by, own := x.res[o].owner, x.res[i].owner
	return by.country != "" && own.country != "" && by.country != own.country
}

// separateOccasion tells whether cue j's sentence says its words came on
// another occasion ("In a separate interview, …", "Separately, he told
// …"): its channel is not where the words before it were spoken.
func (x *channeler) separateOccasion(j int) bool {
	cu := &x.cues[j]
	ps := &x.paras[cu.para]
	u := ps.units[cu.unit]
	for k := u.lo; k < u.hi && k < cu.head; k++ {
		if t := ps.toks[k]; !t.quote && (t.lower == "separate" || t.lower == "separately") {
			return true
		}
	}
	return false
}

// govState is a statement of a government's own account and its channel.
type govState struct {
	cue int
	ch  channelChoice
}

// govChannel is the country whose government's own account cue i's
// statement belongs to — through an official channel, or said by one of
// its institutions — and that channel, or "".
func (x *channeler) govChannel(i int, out []channelChoice) (string, int) {
	if c := x.officialOf(i, out); c != "" {
		return c, out[i].ch
	}
	if own := x.res[i].owner; own.institution && out[i].ch < 0 {
		if ch := officialChannelOf(x.c, own.country); ch >= 0 {
			return own.country, ch
		}
	}
	return "", -1
}

// officialOf is the country whose government's own channel carries cue
// i's statement, or "".
func (x *channeler) officialOf(i int, out []channelChoice) string {
	if out[i].ch < 0 {
		return ""
	}
	if c := x.set.get(out[i].ch); c.Official && c.Country != "" {
		return c.Country
	}
	return ""
}

// ledeParas is the index of the last paragraph of the lede: the first two
// paragraphs that hold text.
func (x *channeler) ledeParas() int {
	n := 0
	for i, ps := range x.paras {
		if ps.skip == "" {
			n++
			if n == 2 {
				return i
			}
		}
	}
	return len(x.paras) - 1
}

// fits tells whether channel ch may be carried to cue i: an official
// channel only to a speaker of its country, and a published one never to
// words the cue itself sets in speech.
func (x *channeler) fits(i, ch int) bool {
	c := x.set.get(ch)
	sp := x.res[i].owner
	if c.Official && c.Country != "" && sp.country != "" && sp.country != c.Country {
		return false
	}
	return true
}

// findVenues reads the sentences without attributions that put a speaker
// somewhere new ("A short time later in the White House Rose Garden, Trump
// addressed the conversation"): their subject's channel changes there.
func findVenues(p *passes) []venueMark {
	var out []venueMark
	x := &channeler{p}
	eachUnit(p.paras, p.cues, func(ps *paraScan, pi, ui int, u unit, from, to int) {
		if from < to {
			return
		}
		if v, ok := x.venueOf(ps, pi, ui, u); ok {
			out = append(out, v)
		}
	})
	return out
}

// venueOf reads one unit without cues: a person as its subject, and a
// venue or medium in the phrase fronted before them, or set beside them
// with commas ("Trump, speaking to reporters aboard Air Force One, was
// less forthcoming").
func (x *channeler) venueOf(ps *paraScan, pi, ui int, u unit) (venueMark, bool) {
	px := phraser{c: x.c, toks: ps.toks, lo: u.lo, hi: u.hi}
	k := px.afterFronted(bodyStart(ps, u))
	end := px.npRightEnd(k)
	p := px.analyze(tokRange{k, end})
	if p.shape != shapeName {
		return venueMark{}, false
	}
	who := x.ppl.find(nameParts(ps.toks, p.name))
	if who == nil {
		return venueMark{}, false
	}
	if aside, ok := x.asideAt(ps, u, end); ok {
		if ch := x.spokenSetting(ps, aside); ch.ch >= 0 {
			return venueMark{para: pi, unit: ui, owner: who.name, ch: ch.ch, why: ch.why, span: ch.span}, true
		}
	}
	if k == u.lo {
		return venueMark{}, false
	}
	f := tokRange{u.lo, k - 1}
	for s := f.lo; s < f.hi; s++ {
		if !prepositions[ps.toks[s].lower] {
			continue
		}
		e := s + 1
		for e < f.hi && ps.toks[e].word {
			e++
		}
		if ch := x.inRange(ps, tokRange{s, e}, false); ch.ch >= 0 {
			return venueMark{para: pi, unit: ui, owner: who.name, ch: ch.ch, why: ch.why, span: ch.span}, true
		}
	}
	return venueMark{}, false
}

// asideAt reads a phrase set off by commas that opens at the comma at k,
// and returns it without the commas.
func (x *channeler) asideAt(ps *paraScan, u unit, k int) (tokRange, bool) {
	if k >= u.hi || ps.toks[k].text != "," {
		return tokRange{}, false
	}
	for j := k + 1; j < u.hi && j < k+16; j++ {
		t := ps.toks[j]
		if t.quote {
			return tokRange{}, false
		}
		if t.text == "," {
			return tokRange{k + 1, j}, j > k+1
		}
	}
	return tokRange{}, false
}

// remarkWords say that a sentence is about words spoken: "Trump made the
// remarks to reporters in the Oval Office", "He spoke aboard Air Force
// One".
var remarkWords = map[string]bool{"remarks": true, "comments": true, "spoke": true, "speaking": true, "talking": true}

// remarksAfter gives a person's statements just before a sentence that
// tells where they were made ("“…,” Trump said. … Trump made the remarks
// to reporters in the Oval Office.") that place, unless their own words
// name a channel. It walks back from each such sentence over the
// statements of that person alone, within its paragraph and the one
// before, and a few cues at most.
func (x *channeler) remarksAfter(out []channelChoice, named []bool) {
	marks := x.remarkMarks()
	ci := len(x.cues) - 1
	for m := len(marks) - 1; m >= 0; m-- {
		mk := marks[m]
		for ci >= 0 && (x.cues[ci].para > mk.para || x.cues[ci].para == mk.para && x.cues[ci].unit >= mk.unit) {
			ci--
		}
		for i := ci; i >= 0 && i > ci-cueWindow && x.paras[x.cues[i].para].num >= x.paras[mk.para].num-1; i-- {
			if len(x.regs[i]) == 0 || !x.res[i].owner.valid() {
				continue
			}
			if x.res[i].owner.name != mk.owner || named[i] {
				break
			}
			out[i] = channelChoice{ch: mk.ch, why: "named in the sentence after it, paragraph " + itoa(x.paras[mk.para].num) + ": " + mk.why, span: mk.span}
		}
	}
}

// remarkMarks finds the sentences without attributions whose subject is
// a person and that tell where words were spoken: a word of remarks and a
// channel or venue.
func (x *channeler) remarkMarks() []venueMark {
	var out []venueMark
	eachUnit(x.paras, x.cues, func(ps *paraScan, pi, ui int, u unit, from, to int) {
		if from < to {
			return
		}
		px := phraser{c: x.c, toks: ps.toks, lo: u.lo, hi: u.hi}
		k := px.afterFronted(bodyStart(ps, u))
		end := px.npRightEnd(k)
		p := px.analyze(tokRange{k, end})
		var who *person
		switch p.shape {
		case shapeName:
			who = x.ppl.find(nameParts(ps.toks, p.name))
		case shapePronoun:
			// "He made the remarks …": whoever spoke last.
			for i := len(x.cues) - 1; i >= 0; i-- {
				if c := x.cues[i]; (c.para < pi || c.para == pi && c.unit < ui) && len(x.regs[i]) > 0 && x.res[i].owner.who != nil {
					who = x.res[i].owner.who
					break
				}
			}
		}
		if who == nil {
			return
		}
		remarks, venue := false, -1
		for j := k; j < u.hi; j++ {
			t := ps.toks[j]
			remarks = remarks || remarkWords[t.lower] && !t.quote
			if venue < 0 && j >= end && (t.lower == "at" || t.lower == "in" || t.lower == "aboard") && !t.quote {
				venue = j
			}
		}
		if !remarks {
			return
		}
		hi := u.hi
		for hi > end && !ps.toks[hi-1].word {
			hi--
		}
		// The place is the most specific: "spoke to reporters at the White
		// House" is remarks at the White House.
		for _, r := range []tokRange{{max(venue, end), hi}, {end, hi}} {
			if r.lo < 0 || r.empty() {
				continue
			}
			if ch := x.inRange(ps, r, false); ch.ch >= 0 && x.set.get(ch.ch).Spoken {
				out = append(out, venueMark{para: pi, unit: ui, owner: who.name, ch: ch.ch, why: ch.why, span: ch.span})
				return
			}
		}
	})
	return out
}

func spanOf(toks []tok, r tokRange) *Span {
	if r.empty() {
		return nil
	}
	s := Span{toks[r.lo].Start, toks[r.hi-1].End}
	return &s
}

func quoteText(a *Article, toks []tok, r tokRange) string {
	if r.empty() {
		return ""
	}
	return a.Text[toks[r.lo].Start:toks[r.hi-1].End]
}

func quoteWords(a *Article, toks []tok, r tokRange) string {
	return "“" + normalizeSpace(quoteText(a, toks, r)) + "”"
}

func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
