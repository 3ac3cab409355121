package sources

import (
	"sort"
	"strings"
)

// A side's account. Articles give one side's account of the call through
// mixed attributions — the leader's name ("Xi said …", "Putin told Trump
// …"), the government or its readout ("the Kremlin said"), an aide
// relaying it — and a reader takes them as one account: that side's. So a
// statement of a party to the call whose channel the article does not
// name joins the party's main account: its government's (readout,
// institutions, staff), or, when there is none, its leader's own named
// channel. The leader's own word on the call beside his government's
// account — a post, an address, remarks at a rally or to reporters — is
// the side's too, so it joins it. When the side has no government
// account, the leader's post and his remarks at a named place keep an
// account each, as do his remarks on other things.

// joinSides moves the groups of the parties' leaders and officials that
// name no channel into their side's main account — its government's (a
// readout, an institution, or staff relaying the call), else its leader's
// best named channel — and returns the groups left.
func (b *accountBuilder) joinSides(groups []*group, parties []Party) []*group {
	onCall := map[string]bool{}
	for _, p := range parties {
		onCall[p.Key] = true
	}
	target := map[string]*group{}
	for _, g := range groups {
		if onCall[g.party] && strings.HasPrefix(g.key, "gov:") {
			target[g.party] = g
		}
	}
	for _, g := range groups {
		if !onCall[g.party] || unnamedChannel(g) || !b.leads(g) || b.pressReport(g) {
			continue
		}
		if t := target[g.party]; t == nil || !strings.HasPrefix(t.key, "gov:") && betterMain(g, t) {
			target[g.party] = g
		}
	}
	kept := groups[:0]
	for _, g := range groups {
		t := target[g.party]
		if t != nil && t != g && b.leaderRemarks(g, t) {
			if b.takeCallRemarks(g, t, func(d *draft, party string) bool { return b.leaderOnCall(d, party, onCall) }) {
				kept = append(kept, g)
			}
			continue
		}
		if t != nil && t != g && b.officialRemarks(g, t) {
			if b.takeCallRemarks(g, t, b.officialOnCall) {
				kept = append(kept, g)
			}
			continue
		}
		if t == nil || t == g || !(unnamedChannel(g) && b.speaksForSide(g) || b.leaderPublished(g, t)) {
			kept = append(kept, g)
			continue
		}
		for _, d := range g.ds {
			d.side = true
		}
		t.ds = append(t.ds, g.ds...)
		sort.SliceStable(t.ds, func(i, j int) bool { return t.ds[i].Start < t.ds[j].Start })
	}
	return kept
}

// unnamedChannel tells whether a person's group names no channel of its
// own.
func unnamedChannel(g *group) bool {
	return strings.HasPrefix(g.key, "p:") && g.channel == defaultChannel
}

// pressReport tells whether the group's words reached the article
// through a news organisation's report ("according to CNN"): that names
// who reported them, not a channel of the leader's own for the words
// that name none.
func (b *accountBuilder) pressReport(g *group) bool {
	ch := b.stmts.channel(g.ds[0]).ch
	return ch >= 0 && b.set.get(ch).press
}

// leads tells whether the group is its side's leader speaking.
func (b *accountBuilder) leads(g *group) bool {
	who := g.ds[0].owner.who
	return who != nil && !g.ds[0].owner.institution && b.ppl.leader(g.party) == who
}

// speaksForSide tells whether the group's words are its side's account of
// the call: its leader's, or an official's who relays the call (names the
// event, both leaders, the other side's leader, or a leader's words).
func (b *accountBuilder) speaksForSide(g *group) bool {
	if b.leads(g) {
		return true
	}
	for _, d := range g.ds {
		if d.owner.who != nil && d.owner.who.country == g.party && b.relaysCall(d, g.party) {
			return true
		}
	}
	return false
}

// leaderPublished tells whether group g is the side's leader's own
// published word (a post, an address) beside the government's account t:
// both are the side's official voice on the call, so one account.
func (b *accountBuilder) leaderPublished(g, t *group) bool {
	c, ok := b.leaderChannel(g, t)
	return ok && c.Published && !c.Spoken && !c.press
}

// leaderRemarks tells whether group g is the side's leader's spoken
// remarks (at a rally, to reporters, at a news conference) beside the
// government's account t. Those of them that speak of the call join it:
// readers take a side's readout and its leader's word on the call as one
// account, that side's. An interview he gave an outlet is the outlet's
// occasion, and words that reached the article through a news
// organisation's report hold only what it says, so both stay their own.
func (b *accountBuilder) leaderRemarks(g, t *group) bool {
	c, ok := b.leaderChannel(g, t)
	return ok && c.Spoken && !c.press && !strings.HasPrefix(g.channel, "interview")
}

// leaderOnCall tells whether statement d of a leader's remarks speaks of
// the call: it names it, both leaders, the other side's leader or
// country, or a leader's words, or stands in a sentence that names the
// call or, before it, the other leader ("Commenting on the conversation,
// the president called it …", "While greeting Scholz, Xi urged …").
func (b *accountBuilder) leaderOnCall(d *draft, party string, onCall map[string]bool) bool {
	return b.relaysCall(d, party) || b.sentenceNamesEvent(d) || b.namesOtherParty(d, party, onCall) ||
		b.sentenceNamesOtherLeader(d, party)
}

// officialOnCall tells whether statement d of an official's remarks
// relays the call: it names it, both leaders, another side's leader or a
// leader's words, or stands in a sentence that names the call. Another
// country named is not enough: ministers speak of other countries daily.
func (b *accountBuilder) officialOnCall(d *draft, party string) bool {
	return b.relaysCall(d, party) || b.sentenceNamesEvent(d)
}

// officialRemarks tells whether group g is an official of the side (a
// minister, an aide) speaking at a named occasion — a news conference, a
// briefing — beside the government's account t: what such an official
// tells of the call is the side's account too, as the same words naming
// no occasion would be.
func (b *accountBuilder) officialRemarks(g, t *group) bool {
	if !strings.HasPrefix(t.key, "gov:") || !strings.HasPrefix(g.key, "p:") || b.leads(g) {
		return false
	}
	d := g.ds[0]
	if who := d.owner.who; who == nil || d.owner.institution || who.country != g.party {
		return false
	}
	ch := b.stmts.channel(d).ch
	if ch < 0 {
		return false
	}
	c := b.set.get(ch)
	return c.Spoken && !c.press && !strings.HasPrefix(g.channel, "interview")
}

// leaderChannel is the channel of group g when g is the side's leader's
// own beside its government's account t.
func (b *accountBuilder) leaderChannel(g, t *group) (Channel, bool) {
	if !strings.HasPrefix(t.key, "gov:") || !strings.HasPrefix(g.key, "p:") || !b.leads(g) {
		return Channel{}, false
	}
	ch := b.stmts.channel(g.ds[0]).ch
	if ch < 0 {
		return Channel{}, false
	}
	return b.set.get(ch), true
}

// takeCallRemarks moves the statements of remarks g that speak of the
// call (onCall) into the side's account t, with the rest of their
// sentence, and tells whether any of the remarks on other things are left
// in g.
func (b *accountBuilder) takeCallRemarks(g, t *group, onCall func(d *draft, party string) bool) bool {
	// A sentence goes on with one report: "Biden said he raised the
	// detainees with Xi, but that there was no agreement" moves whole, not
	// only the clause that names the other side; what came before the
	// clause that speaks of the call stays.
	firstOnCall := map[int]int{} // sentence -> start of its first statement on the call
	for _, d := range g.ds {
		if onCall(d, g.party) {
			if at, ok := firstOnCall[b.sentenceOf(d)]; !ok || d.Start < at {
				firstOnCall[b.sentenceOf(d)] = d.Start
			}
		}
	}
	rest := g.ds[:0]
	for _, d := range g.ds {
		if at, ok := firstOnCall[b.sentenceOf(d)]; ok && d.Start >= at {
			d.side = true
			t.ds = append(t.ds, d)
		} else {
			rest = append(rest, d)
		}
	}
	g.ds = rest
	sort.SliceStable(t.ds, func(i, j int) bool { return t.ds[i].Start < t.ds[j].Start })
	return len(rest) > 0
}

// sentenceNamesOtherLeader tells whether the sentence that holds
// statement d names another party's leader before it, in the attribution
// ("while greeting Scholz, Xi urged …", "Biden told Xi …"): the leader's
// words to the other side's are his side's word on the meeting. A name
// after the words ("…,” he said, and praised Modi") tells nothing of them.
func (b *accountBuilder) sentenceNamesOtherLeader(d *draft, own string) bool {
	ps := &b.paras[d.para]
	lo, hi := 0, 0
	if si := b.sentenceOf(d); si < len(b.a.Sentences) {
		lo = tokenAtOff(ps.toks, b.a.Sentences[si].Start)
	}
	hi = tokenAtOff(ps.toks, d.Start)
	if lo < hi && (ps.toks[lo].lower == "asked" || ps.toks[lo].lower == "when" && lo+1 < hi && ps.toks[lo+1].lower == "asked") {
		return false // "Asked whether Xi is a dictator, he said …": the reporter's question names him
	}
	for k := lo; k < hi; k++ {
		t := ps.toks[k]
		if !t.cap || !t.word {
			continue
		}
		name := strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s")
		if who := b.ppl.find([]string{name}); who != nil && who.country != "" && who.country != own && b.ppl.leader(who.country) == who {
			return true
		}
	}
	return false
}

// sentenceOf is the index of the article's sentence that holds the start
// of statement d: a long quotation split into sentences is several
// reports, a sentence of clauses one.
func (b *accountBuilder) sentenceOf(d *draft) int {
	ss := b.a.Sentences
	return sort.Search(len(ss), func(i int) bool { return ss[i].End > d.Start })
}

// joinOwnChannel moves a person's statements that name no channel into
// the one appearance the article gives that person ("Speaking at a press
// conference, the minister said …" and, elsewhere, "the minister said
// …"): the article reports one appearance. A person heard through two
// named channels or more keeps the unnamed statements apart, since they
// could be either; so does one whose only channel is a post or a news
// organisation's report, which hold only what they are said to hold.
func (b *accountBuilder) joinOwnChannel(groups []*group) []*group {
	named := map[string][]*group{}
	for _, g := range groups {
		if strings.HasPrefix(g.key, "p:") && g.channel != defaultChannel {
			named[g.speaker] = append(named[g.speaker], g)
		}
	}
	for who, gs := range named {
		if len(gs) == 1 && (!b.spoken(gs[0]) || b.pressReport(gs[0])) {
			delete(named, who)
		}
	}
	kept := groups[:0]
	for _, g := range groups {
		to := named[g.speaker]
		if !unnamedChannel(g) || len(to) != 1 {
			kept = append(kept, g)
			continue
		}
		to[0].ds = append(to[0].ds, g.ds...)
		sort.SliceStable(to[0].ds, func(i, j int) bool { return to[0].ds[i].Start < to[0].ds[j].Start })
	}
	return kept
}

// bindOfficials gives an official the article names without a country
// the side whose leader their own words call by the bare office ("the
// prime minister underlined …", told by a foreign secretary): people
// speak of their own leader by office alone and of the other side's with
// its country. Only when the office is the head of one party of the call
// and not of the other.
func (b *accountBuilder) bindOfficials(ds []draft, parties []Party) {
	if len(parties) != 2 {
		return
	}
	found := map[*person]string{}
	for k := range ds {
		d := &ds[k]
		who := d.owner.who
		if who == nil || who.country != "" || who.office < 0 || d.owner.institution || d.earlier != "" {
			continue
		}
		co := b.bareOfficeParty(d, parties)
		switch prev, seen := found[who]; {
		case co == "":
		case !seen:
			found[who] = co
		case prev != co:
			found[who] = "" // the words name both heads: no side
		}
	}
	for who, co := range found {
		if co != "" {
			b.ppl.learn(who, co, -1, 0, false)
		}
	}
	for k := range ds {
		if who := ds[k].owner.who; who != nil && found[who] != "" {
			ds[k].owner.country = who.country
		}
	}
}

// bareOfficeParty is the party whose head statement d names by the bare
// office ("the prime minister", not "the Chinese president" or
// "President Xi"), when that office heads one party only; else "".
func (b *accountBuilder) bareOfficeParty(d *draft, parties []Party) string {
	toks := b.paras[d.para].toks
	lo, hi := tokenAtOff(toks, d.Start), tokenAtOff(toks, d.End)
	for k := lo; k < hi; k++ {
		cu, n := b.c.idx.longest(toks, k, cueOffice)
		if n == 0 {
			continue
		}
		office := b.c.Offices[cu.ref].Office
		qualified := k > 0 && (isPossessive(toks[k-1]) || toks[k-1].cap && toks[k-1].word && !determiners[toks[k-1].lower])
		named := k+n < len(toks) && toks[k+n].cap && toks[k+n].word || k+n < len(toks) && toks[k+n].lower == "of"
		if !qualified && !named {
			var heads []string
			for _, p := range parties {
				if co := b.c.Country(p.Key); co != nil && co.Head == office {
					heads = append(heads, p.Key)
				}
			}
			if len(heads) == 1 {
				return heads[0]
			}
		}
		k += n - 1
	}
	return ""
}

// sentenceNamesEvent tells whether the sentence that holds statement d
// names the event, in the attribution or in a quotation beside it ("“We
// spoke by phone,” the president told supporters, adding he had asked
// for talks").
func (b *accountBuilder) sentenceNamesEvent(d *draft) bool {
	ps := &b.paras[d.para]
	at := tokenAtOff(ps.toks, d.Start)
	for _, u := range ps.units {
		if at < u.lo || at >= u.hi {
			continue
		}
		for k := u.lo; k < u.hi; k++ {
			if _, n := b.c.idx.longest(ps.toks, k, cueEvent); n > 0 {
				return true
			}
		}
	}
	return false
}

// bindAdministration gives an official the article names without a
// country, by a government title the catalog may not know ("Treasury
// Secretary Ann Lowe"), the side whose government the article names by
// its leader ("the Lowe administration", "Trump's team"), when it names
// one party's government so and not the other's: the article tells whose
// government is in the story.
func (b *accountBuilder) bindAdministration(ds []draft, parties []Party) {
	if len(parties) != 2 {
		return
	}
	co := b.administrationParty(parties)
	if co == "" {
		return
	}
	bound := map[*person]bool{}
	for k := range ds {
		d := &ds[k]
		who := d.owner.who
		if who == nil || d.owner.institution || d.earlier != "" {
			continue
		}
		if !bound[who] && (who.country != "" || !b.governmentTitled(who)) {
			continue
		}
		if !bound[who] {
			b.ppl.learn(who, co, -1, 0, false)
			bound[who] = true
		}
		d.owner.country = co
	}
}

// governmentWords end a government title before a name ("Treasury
// Secretary", "Trade Minister").
var governmentWords = map[string]bool{"secretary": true, "minister": true}

// governmentTitled tells whether the article names who with a government
// title right before the name ("Commerce Secretary Ann Lowe").
func (b *accountBuilder) governmentTitled(who *person) bool {
	if len(who.parts) == 0 {
		return false
	}
	first := strings.ToLower(who.parts[0])
	for _, ps := range b.paras {
		for k := 1; k < len(ps.toks); k++ {
			if ps.toks[k].lower == first && ps.toks[k-1].cap && governmentWords[ps.toks[k-1].lower] {
				return true
			}
		}
	}
	return false
}

// administrationWords follow a leader's name to name his government ("the
// Biden administration", "Trump's team").
var administrationWords = map[string]bool{"administration": true, "team": true, "government": true}

// administrationParty is the one party whose government the article
// names by its leader, or "".
func (b *accountBuilder) administrationParty(parties []Party) string {
	found := ""
	for _, p := range parties {
		who := b.ppl.leader(p.Key)
		if who == nil || len(who.parts) == 0 {
			continue
		}
		family := who.parts[len(who.parts)-1]
		if who.familyFirst {
			family = who.parts[0]
		}
		if !b.namesAdministration(strings.ToLower(family)) {
			continue
		}
		if found != "" {
			return ""
		}
		found = p.Key
	}
	return found
}

// namesAdministration tells whether the article writes the family name
// before a word of government ("Trump administration", "Trump's team").
func (b *accountBuilder) namesAdministration(family string) bool {
	for _, ps := range b.paras {
		for k := 0; k+1 < len(ps.toks); k++ {
			w := strings.TrimSuffix(strings.TrimSuffix(ps.toks[k].lower, "'s"), "’s")
			if w == family && administrationWords[ps.toks[k+1].lower] {
				return true
			}
		}
	}
	return false
}

// namesOtherParty tells whether statement d names the other party of the
// call (a country in onCall other than its speaker's) by name, capital or
// adjective ("urged Beijing to respect the vote", "citizens detained in
// China"): a leader's remarks beside his readout that name the other side
// are his side's word on the meeting. A third country named is not.
func (b *accountBuilder) namesOtherParty(d *draft, own string, onCall map[string]bool) bool {
	ps := &b.paras[d.para]
	toks := ps.toks
	for k := tokenAtOff(toks, d.Start); k < len(toks) && toks[k].Start < d.End; k++ {
		cu, n := b.c.idx.longest(toks, k, cueCountryName, cueCountryAdj)
		if n == 0 || cu.ref < 0 || cu.ref >= len(b.c.Countries) {
			continue
		}
		if code := b.c.Countries[cu.ref].Code; code != own && onCall[code] {
			return true
		}
	}
	return false
}
