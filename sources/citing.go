package sources

// What the press cites. "…, media reports say, citing the Kremlin
// spokesman" and "Xinhua reported, citing the foreign ministry" name two
// hands: the outlet that carried the words, and the source it cites, who
// said them. The words are the cited source's; the outlet is only how
// they reached the article, never a side of the call.

// citingReach bounds the tokens between a cue's verb and the "citing"
// that follows it ("say, citing", "reported on Monday, citing").
const citingReach = 5

// citedPhrase returns the phrase "citing" introduces right after cue cu's
// verb group, or an empty phrase.
func (rv *resolver) citedPhrase(ps *paraScan, u unit, cu *attrCue) speakerPhrase {
	px := phraser{c: rv.c, toks: ps.toks, lo: u.lo, hi: u.hi}
	for k := cu.head + 1; k < u.hi && k <= cu.head+citingReach; k++ {
		t := ps.toks[k]
		if t.quote {
			break
		}
		if t.lower != "citing" {
			continue
		}
		lo := k + 1
		hi := px.npRightEnd(lo)
		if hi <= lo {
			break
		}
		return px.analyze(tokRange{lo, hi})
	}
	return speakerPhrase{}
}

// pressOnly tells whether a speaker phrase names the press, not a side:
// an outlet, the media, or nothing the resolver knows.
func pressOnly(p speakerPhrase, sp speakerRef) bool {
	return p.shape == shapeMedia || p.shape == shapeNone || p.shape == shapeOutlet && !sp.valid()
}

// cited resolves the source cue cu's outlet cites, or returns false when
// the cue names no "citing" or the cited phrase names no one the article
// knows ("citing security concerns").
func (rv *resolver) cited(ps *paraScan, u unit, cu *attrCue) (speakerRef, bool) {
	p := rv.citedPhrase(ps, u, cu)
	switch p.shape {
	case shapeName:
		if who := rv.person(ps, u, p, p.titled); who != nil {
			return rv.personRef(who), true
		}
	case shapeRole, shapeInstitution, shapeAnaphor, shapeOutlet:
		if p.shape == shapeAnaphor && p.country == "" {
			return speakerRef{}, false // "citing a source": whose, the article does not say
		}
		if sp, _ := rv.phraseSpeaker(ps, u, p); sp.valid() {
			return sp, true
		}
	}
	return speakerRef{}, false
}

// pressVerbs are the verbs a news organisation's own attribution takes
// ("…, Hurriyat reports", "…, the Tribune wrote").
var pressVerbs = map[string]bool{"reports": true, "reported": true, "writes": true, "wrote": true}

// outletByVerb tells whether the name that closes a sentence as the
// subject of "reports" or "writes" ("…, officials said, Kavkaz Daily
// reports.") is a news organisation rather than a person: a name the
// article gives no title, role or country and has not met as anyone's,
// attributing what the sentence already reports. A name the article
// introduced ("President Okafor") stays a person.
func (rv *resolver) outletByVerb(ps *paraScan, cu *attrCue, p speakerPhrase) bool {
	if p.shape != shapeName || p.titled || p.office >= 0 || p.country != "" || p.staff || !p.principal.empty() {
		return false
	}
	if cu.after >= 0 || p.inverted || !pressVerbs[ps.toks[cu.head].lower] {
		return false
	}
	return rv.ppl.find(nameParts(ps.toks, p.name)) == nil
}
