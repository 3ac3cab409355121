package sources

// Extract finds every attributed statement of the article and groups them
// into accounts by speaker and channel, the parties' main accounts first.
// A dossier (IsDossier) is read as the sides' own documents instead, and
// the extraction says so (Dossier).
func Extract(a *Article, c *Catalog) *Extraction {
	if c == nil || c.idx == nil {
		c, _ = ParseCatalog()
	}
	if IsDossier(a, c, nil) {
		return ExtractDocuments([]*Article{a}, c, nil)
	}
	return runPasses(a, c).extraction
}

// passes holds the typed result of every pass, in the order they run:
//
//  1. scan.go: sentences and quotations (paraScan, unit); dateline.go:
//     the wire dateline, whose place and state agency speak for staff
//     and statements that name no country or channel (wireDateline)
//  2. cues.go: attribution cues (attrCue), speech acts included ("voiced
//     concern about …", "urged Xi to …", "what Trump called “…”")
//  3. speakers.go: the speaker phrase (cuePhrases)
//  4. resolve.go: names, roles, pronouns, institutions (resolution) —
//     known.go first reads what the article and the world tell about each
//     name (titles, appositions and, last, the gazetteer of gazetteer.go:
//     "Putin" is Russia's) — and regions.go: what each cue says and which
//     cues report one another (region)
//  5. earlier.go: time — statements about earlier events (earlierMark)
//  6. channels.go: the channel (channelChoice), a sentence after a
//     speaker's words that tells where they were spoken included
//  7. statements.go, continuation.go, accounts.go, sides.go, parties.go:
//     statements with their evidence (draft), the sentences that go on
//     with a reported statement (a readout listed over several
//     sentences), the parties of the call, accounts — a side's staff
//     relaying the call, and its own channels reporting anyone, make
//     that side's account, and a party's words that name no channel join
//     its side's main account
//
// Time runs before channel so that a channel never carries into or out of
// a statement about an earlier event. Every pass is linear in the text.
type passes struct {
	a          *Article
	c          *Catalog
	paras      []paraScan
	dateline   wireDateline
	cues       []attrCue
	phrases    []cuePhrases
	ppl        *people
	res        []resolution
	regs       [][]region
	early      []earlierMark
	chans      []channelChoice
	set        *channelSet
	stmts      *stmtBuilder
	drafts     []draft
	parties    []Party
	extraction *Extraction
}

func runPasses(a *Article, c *Catalog) *passes {
	if c == nil || c.idx == nil {
		c, _ = ParseCatalog()
	}
	p := &passes{a: a, c: c}
	p.paras = scanArticle(a, c)
	p.dateline = readDateline(a, c, p.paras)
	p.cues = findCues(c, p.paras)
	p.phrases = findSpeakers(c, p.paras, p.cues)
	p.ppl = newPeople(c)
	if d := eventDate(a, c, p.paras); d != nil {
		p.ppl.year = d.Year
	}
	p.res = resolveSpeakers(c, p.ppl, p.paras, p.cues, p.phrases)
	p.regs = findRegions(c, p.paras, p.cues, p.phrases, p.res)
	p.early = findEarlier(p)
	p.set = newChannelSet(c)
	p.chans = findChannels(p, findVenues(p))
	p.stmts = &stmtBuilder{passes: p}
	p.drafts = buildStatements(p.stmts)
	ab := &accountBuilder{passes: p}
	ab.bindLeaders(p.drafts)
	p.parties = findParties(a, c, p.ppl, p.paras)
	p.extraction = ab.buildAccounts(p.drafts, p.parties)
	return p
}
