package sources

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// Pass 7b: accounts. Statements group by speaker and channel; a
// government's own channels (readouts, state media), its institutions and
// its staff relaying the call ("Kremlin aide Ushakov said Trump raised
// …") form one account, under its leader's name when the article names
// the leader; the outermost source owns what it reports, so a
// government's channel reporting the other side's leader is its account.
// A leader's own channels (a post, remarks, an interview) stay accounts
// of their own. Every account knows its party, and the parties' main
// accounts come first, because the comparisons the reader sees first are
// made of the first accounts.

// defaultChannel labels statements whose channel the article never names.
const defaultChannel = "statement"

// group is an account being formed.
type group struct {
	key, speaker, channel, base, alt string
	party                            string
	outlets                          []string
	ds                               []*draft
	published                        bool
	principal                        bool // the party's leader or government speaks
	// official: a government's account holds words of its own channels
	// or institutions, not only of its staff ("Kremlin readout" rather
	// than "Kremlin (Yuri Ushakov)").
	official bool
	govName  string
}

type accountBuilder struct {
	*passes
	// relays holds the staff who relay the call: their words are their
	// side's own account.
	relays map[*person]bool
}

// buildAccounts groups the drafts into accounts and orders them.
func (b *accountBuilder) buildAccounts(ds []draft, parties []Party) *Extraction {
	ex := &Extraction{Article: b.a, Parties: parties}
	b.bindOfficials(ds, parties)
	b.bindAdministration(ds, parties)
	b.relays = b.relayingStaff(ds)
	var groups []*group
	byKey := map[string]*group{}
	for k := range ds {
		d := &ds[k]
		if d.earlier != "" {
			st := b.statement(d)
			st.Channel = orElse(st.Channel, "earlier statement")
			st.ID = fmt.Sprintf("earlier-%d", len(ex.Earlier)+1)
			ex.Earlier = append(ex.Earlier, st)
			continue
		}
		key, speaker, channel := b.groupKey(d)
		g := byKey[key]
		if g == nil {
			base, alt := b.idParts(key, d)
			g = &group{key: key, speaker: speaker, channel: channel, base: base, alt: alt, party: b.party(key, d)}
			byKey[key] = g
			groups = append(groups, g)
		}
		b.join(g, d)
	}
	groups = b.mergeRemarks(groups)
	groups = b.joinSides(groups, parties)
	groups = b.joinOwnChannel(groups)
	b.order(groups, parties)
	onCall := map[string]bool{}
	for _, p := range parties {
		onCall[p.Key] = true
	}
	used := map[string]bool{}
	for _, g := range groups {
		ex.Accounts = append(ex.Accounts, b.account(g, accountID(g, used), onCall[g.party]))
	}
	return ex
}

// join adds draft d to group g, and what it tells about the account: a
// government's account is its leader's account of the event, and lists
// the outlets it came through.
func (b *accountBuilder) join(g *group, d *draft) {
	ch := b.stmts.channel(d).ch
	if country, ok := strings.CutPrefix(g.key, "gov:"); ok {
		if leader := b.ppl.leader(country); leader != nil {
			g.speaker = leader.name
		} else if d.owner.who != nil && !b.relays[d.owner.who] {
			g.speaker = d.owner.name
		}
		if ch >= 0 {
			if c := b.set.get(ch); c.Outlet && c.Name != g.channel && !contains(g.outlets, c.Name) {
				g.outlets = append(g.outlets, c.Name)
			}
		}
		if who := d.owner.who; who != nil && b.relays[who] && !d.owner.institution && b.officialCountry(d) == "" {
			if !contains(g.outlets, who.name) {
				g.outlets = append(g.outlets, who.name) // "Kremlin (Yuri Ushakov)"
			}
		} else {
			g.official = true
		}
		if co := b.c.Country(country); co != nil {
			g.govName = co.Government.Name
		}
		g.principal, g.published = true, true
	} else if d.owner.who != nil && d.owner.country != "" && b.ppl.leader(d.owner.country) == d.owner.who {
		g.principal = true
	}
	if ch >= 0 && (b.set.get(ch).Official || b.set.get(ch).Published) {
		g.published = true
	}
	g.ds = append(g.ds, d)
}

// accountID is the group's id, told apart from the ids used before.
func accountID(g *group, used map[string]bool) string {
	id := g.base
	if used[id] && g.alt != "" {
		id = g.base + "-" + g.alt
	}
	for n := 2; used[id]; n++ {
		id = fmt.Sprintf("%s-%d", g.base, n)
	}
	used[id] = true
	return id
}

// account makes the account of group g.
func (b *accountBuilder) account(g *group, id string, onCall bool) Account {
	channel := g.channel
	if !g.official && g.govName != "" && strings.HasPrefix(g.key, "gov:") {
		channel = g.govName // only its staff speak: no readout
	}
	if len(g.outlets) > 0 {
		channel += " (" + strings.Join(g.outlets, ", ") + ")"
	}
	acc := Account{ID: id, Speaker: g.speaker, Channel: channel, Label: g.speaker + " — " + channel,
		Party: g.party, PartyToCall: g.party != "" && onCall, Statements: make([]Statement, 0, len(g.ds))}
	for i, d := range g.ds {
		st := b.statement(d)
		st.ID = fmt.Sprintf("%s-%d", id, i+1)
		st.Account = id
		st.Speaker, st.Channel = acc.Speaker, acc.Channel
		acc.Statements = append(acc.Statements, st)
	}
	return acc
}

// bindLeaders gives a person the country whose own channels carry their
// words when the article names no country for them and no leader for it:
// "President Joe Biden told …, the White House said" makes Biden the US
// side's leader. A person speaking in a country's own venue ("in the Oval
// Office", "at the White House") is of that country. The drafts then
// carry the person's country.
func (b *accountBuilder) bindLeaders(ds []draft) {
	if co := b.firstDatelinePlace(); co != "" && b.dateline.country == "" {
		// "BERLIN/WASHINGTON (dpa) – … the government spokesman, Anna
		// Vogt,": the story is filed from the first place; staff the
		// article gives no country speak for it.
		for k := range ds {
			if who := ds[k].owner.who; who != nil && who.staff && staffCountry(who) == "" {
				b.ppl.learn(who, co, -1, 0, false)
			}
		}
	}
	if co := b.dateline.country; co != "" {
		// "WASHINGTON (AP) — President Donald Trump …": the head of state
		// the article names without a country is the dateline's.
		if c := b.c.Country(co); c != nil {
			b.ppl.role(co, b.ppl.officeIndex(c.Head))
		}
		// Staff the article gives no country speak for the place the story
		// is filed from: "MOSCOW … Presidential Aide Yury Ushakov".
		for k := range ds {
			if who := ds[k].owner.who; who != nil && who.staff && staffCountry(who) == "" {
				b.ppl.learn(who, co, -1, 0, false)
			}
		}
	}
	for k := range ds {
		d := &ds[k]
		who := d.owner.who
		if who == nil || who.country != "" || d.earlier != "" {
			continue
		}
		country := b.officialCountry(d)
		if lead := b.ppl.leader(country); lead != nil && lead != who && b.titleNames(who) && b.titleNames(lead) {
			// "Sultanov presses Xi on trade": the two the headline names are
			// the two sides; Beijing's readout reporting one of them does not
			// make him Chinese.
			continue
		}
		if country == "" {
			if c := b.stmts.channel(d).ch; c >= 0 && b.set.get(c).Spoken {
				country = b.set.get(c).Country
			}
		}
		co := b.c.Country(country)
		if co == nil {
			continue
		}
		if b.ppl.leader(country) != nil {
			b.ppl.learn(who, country, -1, 0, false)
			continue
		}
		if who.office >= 0 && b.c.Offices[who.office].Office != co.Head {
			continue
		}
		office := who.office
		if office < 0 {
			office = b.ppl.officeIndex(co.Head)
		}
		b.ppl.learn(who, country, office, 0, false)
	}
	for i := range ds {
		if who := ds[i].owner.who; who != nil {
			ds[i].owner.country = who.country
		}
	}
}

// titleNames tells whether the article's title names who (a part of the
// name of two letters or more).
func (b *accountBuilder) titleNames(who *person) bool {
	if b.a.Title == "" {
		return false
	}
	for _, w := range nameWords(b.a.Title) {
		for _, part := range who.parts {
			if len(part) >= 2 && spellingKey(part) == spellingKey(w) {
				return true
			}
		}
	}
	return false
}

// order puts the accounts in the order the reader compares them: each
// party's main account (its leader's or government's, published before
// spoken, larger before smaller), in the order the article introduces
// them; then the parties' other accounts; then everyone else. With no
// parties named, published accounts come before remarks, larger before
// smaller, and the first three are put in text order.
func (b *accountBuilder) order(groups []*group, parties []Party) {
	onCall := map[string]bool{}
	for _, p := range parties {
		onCall[p.Key] = true
	}
	main := map[string]*group{}
	for _, g := range groups {
		if g.party == "" || !onCall[g.party] {
			continue
		}
		if m := main[g.party]; m == nil || betterMain(g, m) {
			main[g.party] = g
		}
	}
	tier := func(g *group) int {
		switch {
		case main[g.party] == g && g.party != "":
			return 0
		case g.party != "" && onCall[g.party]:
			return 1
		}
		return 2
	}
	sort.SliceStable(groups, func(i, j int) bool {
		ti, tj := tier(groups[i]), tier(groups[j])
		if ti != tj {
			return ti < tj
		}
		if ti == 0 {
			return groups[i].ds[0].Start < groups[j].ds[0].Start
		}
		gi, gj := groups[i], groups[j]
		if gi.published != gj.published {
			return gi.published
		}
		return len(gi.ds) > len(gj.ds)
	})
	if len(main) > 0 {
		return
	}
	top := groups[:min(3, len(groups))]
	sort.SliceStable(top, func(i, j int) bool { return top[i].ds[0].Start < top[j].ds[0].Start })
}

// betterMain tells whether group a makes a better main account for its
// side than b: a side's own account comes first (its leader or
// government speaking), a published one before remarks, a larger before a
// smaller — unless it is a single statement and the other holds three or
// more; then the earlier.
func betterMain(a, b *group) bool {
	if (len(a.ds) == 1 && len(b.ds) >= 3) || (len(b.ds) == 1 && len(a.ds) >= 3) {
		return len(a.ds) > len(b.ds)
	}
	ra, rb := mainRank(a), mainRank(b)
	for i := range ra {
		if ra[i] != rb[i] {
			return ra[i] > rb[i]
		}
	}
	return a.ds[0].Start < b.ds[0].Start
}

// mainRank is what betterMain compares, most important first.
func mainRank(g *group) [3]int {
	p, pub := 0, 0
	if g.principal {
		p = 1
	}
	if g.published {
		pub = 1
	}
	return [3]int{p, pub, len(g.ds)}
}

func (b *accountBuilder) statement(d *draft) Statement {
	ch := ""
	if c := b.stmts.channel(d).ch; c >= 0 {
		ch = b.set.get(c).Name
	}
	return Statement{Speaker: d.owner.name, Channel: ch, Kind: d.kind, Confidence: d.conf, Span: d.Span,
		Text: b.a.Text[d.Start:d.End], Paragraph: b.a.Paragraphs[d.para].Number, Earlier: d.earlier != "",
		Evidence: b.stmts.evidence(d)}
}

// officialCountry is the country whose own account a statement's channel
// carries, or "".
func (b *accountBuilder) officialCountry(d *draft) string {
	c := b.stmts.channel(d).ch
	if c < 0 {
		return ""
	}
	ch := b.set.get(c)
	if !ch.Official {
		return ""
	}
	return orElse(ch.Country, d.owner.country)
}

// groupKey decides which account a statement belongs to. A government's
// own channels and its institutions form one account under the
// government's key ("beijing") when the speaker is the institution, the
// country's leader, one of its own people its channels or institutions
// report, or its staff relaying the call; words of another country's
// person that a government's channel reports are that government's
// account of them. Everything else is grouped by speaker and channel.
func (b *accountBuilder) groupKey(d *draft) (key, speaker, channel string) {
	country := orElse(b.officialCountry(d), b.reportingGov(d))
	if d.owner.institution && d.owner.country != "" {
		country = d.owner.country
	}
	if who := d.owner.who; who != nil && b.relays[who] && !d.owner.institution {
		country = staffCountry(who)
	}
	if who := d.owner.who; who != nil && country != "" && who.country != country &&
		(who.country != "" || b.ppl.leader(country) != nil && b.ppl.leader(country) != who) {
		// A government's own channel reporting the other side's words
		// ("Xinhua quoted Biden as saying …"), or those of a leader whose
		// country the article does not tell, while it names its own: the
		// outermost source owns them.
		co := b.c.Country(country)
		if co != nil && co.Government.Key != "" {
			return "gov:" + country, orElse(co.Government.Name, d.owner.name), orElse(co.Government.Readout, co.Government.Name+" statement")
		}
	}
	if co := b.c.Country(country); co != nil && co.Government.Key != "" {
		leader := b.ppl.leader(country)
		// A person with no known office quoted through a government's own
		// channel, when the article binds nobody to its leadership, is
		// taken as the leader: readouts speak for the head of state.
		who := d.owner.who
		unbound := leader == nil && who != nil && (who.office < 0 || who.country == "" && b.c.Offices[who.office].Office == co.Head)
		// A government's own channel reporting one of its own (a minister
		// in the ministry's readout) is the government's account too.
		own := who != nil && who.country == country && (b.officialCountry(d) == country || b.reportingGov(d) == country)
		if d.owner.institution || (leader != nil && leader == who) || unbound || b.relays[who] || own {
			readout := orElse(co.Government.Readout, co.Government.Name+" statement")
			return "gov:" + country, orElse(co.Government.Name, d.owner.name), readout
		}
	}
	channel = defaultChannel
	if c := b.stmts.channel(d).ch; c >= 0 {
		channel = b.set.get(c).Name
	}
	return "p:" + d.owner.name + "|" + channel, d.owner.name, channel
}

// party is the side an account speaks for: the government's country, the
// person's country (or their principal's), or the country of the official
// channel they speak through.
func (b *accountBuilder) party(key string, d *draft) string {
	if country, ok := strings.CutPrefix(key, "gov:"); ok {
		return country
	}
	if d.owner.country != "" {
		return d.owner.country
	}
	if who := d.owner.who; who != nil {
		if who.principal != nil && who.principal.country != "" {
			return who.principal.country
		}
		if c := b.officialCountry(d); c != "" {
			return c
		}
		return who.name
	}
	return b.officialCountry(d)
}

// idParts gives the account id of a group and the suffix that tells it
// apart from another account of the same speaker.
func (b *accountBuilder) idParts(key string, d *draft) (base, alt string) {
	if country, ok := strings.CutPrefix(key, "gov:"); ok {
		return b.c.Country(country).Government.Key, ""
	}
	base = slug(d.owner.name)
	if d.owner.who != nil {
		base = slug(b.ppl.shortName(d.owner.who))
	}
	if base == "" {
		base = "speaker"
	}
	_, channel, _ := strings.Cut(key, "|")
	return base, channelSlug(channel)
}

// channelSlug shortens a channel name for an account id suffix:
// "Oval Office remarks" -> "oval-office", "remarks to reporters" -> "reporters".
func channelSlug(channel string) string {
	generic := map[string]bool{"remarks": true, "post": true, "readout": true, "statement": true,
		"on": true, "to": true, "the": true, "a": true, "an": true, "aboard": true, "of": true, "in": true, "at": true, "with": true}
	var words []string
	for _, w := range strings.Fields(channel) {
		if !generic[strings.ToLower(w)] {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return slug(channel)
	}
	return slug(strings.Join(words, " "))
}

// slug makes a short, typeable id: lower-case ASCII letters and digits
// joined by hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if f, ok := folds[r]; ok {
			b.WriteString(f)
			dash = false
			continue
		}
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			dash = false
			continue
		}
		if r == '\'' || r == '’' || r == '.' {
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// firstDatelinePlace is the country of the first place a dateline of
// several places names ("BERLIN/WASHINGTON"), where the story is filed
// from, or "".
func (b *accountBuilder) firstDatelinePlace() string {
	if b.dateline.span.Len() == 0 {
		return ""
	}
	toks := tokenize(b.a.Text, b.dateline.span)
	for k := range toks {
		if !toks[k].word {
			continue
		}
		if toks[k].text != strings.ToUpper(toks[k].text) {
			return "" // the places open the dateline, in capitals
		}
		if cu, n := b.c.idx.longest(toks, k, cueCountryName); n > 0 {
			return b.c.Countries[cu.ref].Code
		}
	}
	return ""
}

// staffCountry is the country a staff member speaks for: their own, or
// their principal's.
func staffCountry(who *person) string {
	if who.country == "" && who.principal != nil {
		return who.principal.country
	}
	return who.country
}

// relayingStaff finds the staff members (spokespeople, aides, press
// secretaries) who relay the call: some statement of theirs reports what
// a leader said or did ("Ushakov said Trump raised …", "Psaki said Biden
// raised …"), names the event ("the call was useful"), both leaders ("the
// two presidents agreed …") or the other side's leader ("the president
// was very clear with Putin"). Their words are then their side's own
// account, not an account of their own. A press secretary's remarks on
// other things, before or beside the call, stay theirs.
func (b *accountBuilder) relayingStaff(ds []draft) map[*person]bool {
	out := map[*person]bool{}
	for k := range ds {
		d := &ds[k]
		who := d.owner.who
		if who == nil || !who.staff || out[who] || d.earlier != "" || staffCountry(who) == "" {
			continue
		}
		if sp := b.res[d.cue].sp; sp.valid() && sp.name != d.owner.name || b.relaysCall(d, staffCountry(who)) {
			out[who] = true
		}
	}
	return out
}

// relaysCall tells whether statement d, of a staff member of country,
// reports the call: it names the event, both leaders, another country's
// leader, or a leader's words.
func (b *accountBuilder) relaysCall(d *draft, country string) bool {
	ps := &b.paras[d.para]
	toks := ps.toks
	lo, hi := tokenAtOff(toks, d.Start), tokenAtOff(toks, d.End)
	for k := lo; k < hi; k++ {
		t := toks[k]
		if !t.word {
			continue
		}
		if _, n := b.c.idx.longest(toks, k, cueEvent); n > 0 {
			return true
		}
		if (t.lower == "leaders" || t.lower == "presidents" || t.lower == "sides") && k > lo &&
			(toks[k-1].lower == "two" || toks[k-1].lower == "both" || toks[k-1].lower == "the") && b.verbAfter(toks, k+1, hi) {
			return true // "the two presidents agreed …", not "both sides of the conflict"
		}
		if vf, ok := b.c.idx.verbs[t.lower]; ok && (vf.finite || vf.participle) && b.personBefore(toks, lo, k) {
			return true // "the president had also expressed support …", "“The president told him: …”"
		}
		if t.cap {
			if who := b.ppl.find([]string{strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s")}); who != nil &&
				who.country != "" && who.country != country && b.ppl.leader(who.country) == who {
				return true
			}
		}
	}
	return false
}

// verbAfter tells whether a verb follows at k, across adverbs: an
// auxiliary, a reporting verb, or a past tense.
func (b *accountBuilder) verbAfter(toks []tok, k, hi int) bool {
	for k < hi && (b.c.idx.adverbWord(toks[k].lower) || toks[k].openQuote() >= 0) {
		k++
	}
	if k >= hi || !toks[k].word || toks[k].cap {
		return false
	}
	t := toks[k]
	if _, ok := b.c.idx.verbs[t.lower]; ok || auxiliaries[t.lower] {
		return true
	}
	return len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")
}

// personBefore tells whether a person stands right before the verb at k
// (within toks[lo:k]), across auxiliaries and adverbs, quoted or not: "he"
// or "she", an office ("the president"), or a name the article knows.
func (b *accountBuilder) personBefore(toks []tok, lo, k int) bool {
	j := k
	for j > lo && (auxiliaries[toks[j-1].lower] || b.c.idx.adverbWord(toks[j-1].lower)) {
		j--
	}
	if j <= lo || !toks[j-1].word {
		return false
	}
	t := toks[j-1]
	if g := pronouns[t.lower]; g == 'm' || g == 'f' {
		return true
	}
	if _, n := b.c.idx.endingAt(toks, lo, j, cueOffice); n > 0 {
		return true
	}
	return t.cap && b.ppl.find(nameParts(toks, tokRange{j - 1, j})) != nil
}

// genericRemarks are the channels of remarks that name no venue.
var genericRemarks = map[string]bool{"remarks to reporters": true, "remarks": true}

// mergeRemarks joins a speaker's remarks that name no venue ("Trump, for
// his part, told reporters …") to their one set of remarks that does
// ("told reporters aboard Air Force One"): the article reports one
// appearance. Two venues stay two accounts.
func (b *accountBuilder) mergeRemarks(groups []*group) []*group {
	specific := map[string][]*group{}
	for _, g := range groups {
		if strings.HasPrefix(g.key, "p:") && !genericRemarks[g.channel] && b.spoken(g) &&
			!strings.HasPrefix(g.channel, "interview") && g.channel != "speech" {
			specific[g.speaker] = append(specific[g.speaker], g)
		}
	}
	kept := groups[:0]
	for _, g := range groups {
		to := specific[g.speaker]
		if !strings.HasPrefix(g.key, "p:") || !genericRemarks[g.channel] || len(to) > 1 {
			kept = append(kept, g)
			continue
		}
		if len(to) == 0 {
			// The first remarks without a venue gather the others
			// ("told reporters …", "Asked whether …, she said").
			specific[g.speaker] = []*group{g}
			kept = append(kept, g)
			continue
		}
		to[0].ds = append(to[0].ds, g.ds...)
		sort.SliceStable(to[0].ds, func(i, j int) bool { return to[0].ds[i].Start < to[0].ds[j].Start })
	}
	return kept
}

// spoken tells whether a group's statements are remarks (a venue, an
// interview, a briefing).
func (b *accountBuilder) spoken(g *group) bool {
	ch := b.stmts.channel(g.ds[0]).ch
	return ch >= 0 && b.set.get(ch).Spoken
}

// reportingGov is the country whose government (an institution) reports
// statement d of one of its own people — "Netanyahu's office said the
// prime minister had told Biden …" — or "".
func (b *accountBuilder) reportingGov(d *draft) string {
	who := d.owner.who
	if who == nil || who.country == "" {
		return ""
	}
	for _, o := range []int{b.res[d.cue].outer, b.stmts.reportedBy[d.cue]} {
		if o >= 0 && b.res[o].sp.institution && b.res[o].sp.country == who.country {
			return who.country
		}
	}
	return ""
}
