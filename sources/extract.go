package sources

// Extract finds every attributed statement of the article and groups them
// into accounts by speaker and channel, the parties' main accounts first.
//
// It runs the passes in order, each with typed results for the next:
//
//  1. scan.go: sentences and quotations (paraScan, unit)
//  2. cues.go: attribution cues (attrCue)
//  3. speakers.go: the speaker phrase (speakerPhrase)
//  4. resolve.go: resolution of names, roles, pronouns, institutions
//     (resolution); regions.go: what each cue says, and which cues report
//     one another (region)
//  5. earlier.go (time): statements about earlier events (earlierMark)
//  6. channels.go: the channel (channelChoice)
//  7. statements.go, accounts.go, parties.go: statements with their
//     evidence, accounts, the parties of the call
//
// Time comes before channel so that a channel never carries into or out
// of a statement about an earlier event. Every pass is linear in the text.
func Extract(a *Article, c *Catalog) *Extraction {
	if c == nil || c.idx == nil {
		c, _ = ParseCatalog()
	}
	paras := scanArticle(a, c)
	cues := findCues(c, paras)
	phrases := findSpeakers(c, paras, cues)
	ppl := newPeople(c)
	res := resolveSpeakers(c, ppl, paras, cues, phrases)
	regs := findRegions(c, paras, cues, phrases, res)
	early := findEarlier(a, c, paras, cues, phrases, res, regs)
	set := newChannelSet(c)
	venues := findVenues(a, c, set, ppl, paras, cues)
	chans := findChannels(a, c, set, paras, cues, phrases, res, regs, early, venues)
	sb := &stmtBuilder{a: a, c: c, paras: paras, cues: cues, phrases: phrases, res: res,
		regs: regs, early: early, chans: chans, set: set}
	drafts := buildStatements(sb)
	ab := &accountBuilder{a: a, c: c, ppl: ppl, set: set, stmts: sb}
	ab.bindLeaders(drafts)
	parties := findParties(a, c, ppl, paras)
	return ab.buildAccounts(drafts, parties)
}
