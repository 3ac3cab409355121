package sources

import "strings"

// catalogIndex holds the catalog's phrases as token sequences, indexed by
// their first word so matching costs one map look-up per token, and the
// reporting verbs by form.
type catalogIndex struct {
	byFirst map[string][]cue
	// bareInstitutions holds the institutions the catalog names with
	// their article ("the Blue House"), by the word after it: a speaker
	// phrase uses them without it, as modifiers ("a Blue House aide").
	bareInstitutions map[string][]cue
	verbs            map[string]verbForm
	adverbs          map[string]bool
	country          map[string]int // code -> index in Countries
	// stateMedia maps a country code to its catalog state-media channel.
	stateMedia map[string]int
	// staff marks the offices whose holders speak for someone else.
	staff []bool
	// Single words of the reporting lexicon, by what they are.
	venues, staffNouns, documents, references map[string]bool
	notReporting                              map[string]bool
	// govNames maps a government's name without its country ("federal
	// government") to the countries that go by it.
	govNames map[string][]string
	// figures is the gazetteer of people, by name.
	figures *figureIndex
}

type cueKind int

const (
	cueChannel cueKind = iota
	cueInstitution
	cueCountryAdj
	cueCountryName
	cueOffice
	cueTitle
	cueMedia
	cueStateMedia
	cueInstNoun
	cueOfficials
	cueEarlier
	cueHabitual
	cueEvent
	cueBoilerplate
	cuePress
	cueSpoken
)

type cue struct {
	phrase
	kind  cueKind
	ref   int // index into the catalog slice of that kind, or -1
	order int // position in the catalog: earlier channels win ties
}

// Verb classes (Verb.Class).
const (
	verbSay      = "say"
	verbTell     = "tell"
	verbDescribe = "describe"
	verbCall     = "call"
	verbQuote    = "quote"
	verbWrite    = "write"
	verbAct      = "act"
)

// verbForm is what one word form of a reporting verb is.
type verbForm struct {
	*Verb
	participle bool // "saying", "adding"
	passive    bool // "said" in "is said to", "quoted" in "was quoted as"
	finite     bool
}

func buildIndex(c *Catalog) *catalogIndex {
	x := &catalogIndex{byFirst: map[string][]cue{}, bareInstitutions: map[string][]cue{}, verbs: map[string]verbForm{}, adverbs: map[string]bool{},
		country: map[string]int{}, stateMedia: map[string]int{}, staff: make([]bool, len(c.Offices))}
	n := 0
	add := func(s string, k cueKind, ref int) {
		p := newPhrase(strings.TrimSpace(s))
		if len(p.words) == 0 {
			return
		}
		n++
		x.byFirst[p.words[0]] = append(x.byFirst[p.words[0]], cue{p, k, ref, n})
		if k == cueInstitution && p.words[0] == "the" && len(p.words) > 1 {
			x.bareInstitutions[p.words[1]] = append(x.bareInstitutions[p.words[1]], cue{p, k, ref, n})
		}
	}
	addAll := func(ss []string, k cueKind, ref int) {
		for _, s := range ss {
			add(s, k, ref)
		}
	}
	for i, ch := range c.Channels {
		addAll(ch.Cues, cueChannel, i)
		if ch.StateMedia && ch.Country != "" {
			if _, ok := x.stateMedia[ch.Country]; !ok {
				x.stateMedia[ch.Country] = i
			}
		}
	}
	for i, in := range c.Institutions {
		addAll(in.Cues, cueInstitution, i)
	}
	for i, co := range c.Countries {
		addAll(co.Adjectives, cueCountryAdj, i)
		addAll(co.Names, cueCountryName, i)
		addAll(headlineShort(co.Adjectives), cueCountryAdj, i)
		addAll(headlineShort(co.Names), cueCountryName, i)
		if _, ok := x.country[co.Code]; !ok {
			x.country[co.Code] = i
		}
		for _, n := range co.Government.Names {
			if x.govNames == nil {
				x.govNames = map[string][]string{}
			}
			k := strings.ToLower(n)
			x.govNames[k] = append(x.govNames[k], co.Code)
		}
	}
	for i, o := range c.Offices {
		addAll(o.Words, cueOffice, i)
		x.staff[i] = o.Staff
	}
	addAll(c.Titles, cueTitle, -1)
	addAll(c.Media, cueMedia, -1)
	r := &c.Reporting
	addAll(r.StateMedia, cueStateMedia, -1)
	addAll(r.InstitutionNouns, cueInstNoun, -1)
	addAll(r.Officials, cueOfficials, -1)
	addAll(r.Earlier, cueEarlier, -1)
	addAll(r.Habitual, cueHabitual, -1)
	addAll(r.Events, cueEvent, -1)
	addAll(r.Boilerplate, cueBoilerplate, -1)
	addAll(r.Press, cuePress, -1)
	addAll(r.Spoken, cueSpoken, -1)
	for _, a := range r.Adverbs {
		x.adverbs[strings.ToLower(a)] = true
	}
	x.venues, x.staffNouns = wordSet(r.Venues), wordSet(r.StaffNouns)
	x.notReporting = wordSet(r.NotReporting)
	x.documents = wordSet(r.Documents)
	x.references = wordSet(append(append([]string{}, r.Documents...), r.References...))
	verbs := r.Verbs
	if len(verbs) == 0 {
		verbs = coreVerbs
	}
	for i := range verbs {
		v := &verbs[i]
		for _, f := range v.Finite {
			x.addVerb(f, verbForm{Verb: v, finite: true})
		}
		for _, f := range v.Participle {
			x.addVerb(f, verbForm{Verb: v, participle: true})
		}
		for _, f := range v.Passive {
			vf := x.verbs[lowerWord(f)]
			if vf.Verb == nil {
				vf.Verb = v
			}
			vf.passive = true
			x.verbs[lowerWord(f)] = vf
		}
	}
	return x
}

func wordSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[lowerWord(w)] = true
	}
	return m
}

// coreVerbs are the reporting verbs of a catalog that lists none: "say"
// and "tell", the grammar of reported speech itself, so an empty catalog
// still finds "X said" and "X told Y that".
var coreVerbs = []Verb{
	{Class: verbSay, Finite: []string{"said", "says", "say"}, Participle: []string{"saying"}, Passive: []string{"said"}},
	{Class: verbTell, Finite: []string{"told", "tells", "tell"}, Participle: []string{"telling"}},
}

// addVerb records a form; the first entry to list a form keeps it.
func (x *catalogIndex) addVerb(form string, vf verbForm) {
	f := lowerWord(form)
	if old, ok := x.verbs[f]; ok {
		old.participle = old.participle || vf.participle
		old.finite = old.finite || vf.finite
		x.verbs[f] = old
		return
	}
	x.verbs[f] = vf
}

// verb returns the reporting verb form of a token.
func (x *catalogIndex) verb(t tok) (verbForm, bool) {
	if !t.word || t.quote {
		return verbForm{}, false
	}
	v, ok := x.verbs[t.lower]
	return v, ok
}

// unlistedVerb is the reporting verb the lexicon does not list, read from
// the shape of reported speech: a past tense in -ed right before "that"
// ("X lamented that …"), unless it is a verb of action or thought.
var unlistedVerb = &Verb{Class: verbSay, NeedsThat: true}

// unlisted tells whether toks[i] reads as an unlisted reporting verb.
func (x *catalogIndex) unlisted(toks []tok, i int) bool {
	t := toks[i]
	if !t.word || t.quote || t.cap || len(t.lower) < 6 || !strings.HasSuffix(t.lower, "ed") || x.notReporting[t.lower] {
		return false
	}
	return i+1 < len(toks) && toks[i+1].lower == "that" && !toks[i+1].quote
}

// isAdverb tells whether t may stand between a speaker and the verb: a
// listed adverb or a lower-case word in -ly ("only", "firmly").
func (x *catalogIndex) isAdverb(t tok) bool {
	if !t.word || t.quote || t.cap {
		return false
	}
	return x.adverbWord(t.lower)
}

// opensWithAdverb tells whether t is an adverb, capitalised or not, as it
// is when it opens a sentence ("Later, …", "Separately, …").
func (x *catalogIndex) opensWithAdverb(t tok) bool {
	return t.word && !t.quote && x.adverbWord(t.lower)
}

func (x *catalogIndex) adverbWord(lower string) bool {
	if x.adverbs[lower] {
		return true
	}
	return len(lower) > 4 && strings.HasSuffix(lower, "ly") && !lyNotAdverb[lower]
}

// lyNotAdverb are words in -ly that are not adverbs.
var lyNotAdverb = map[string]bool{"italy": true, "july": true, "assembly": true, "family": true, "supply": true,
	"reply": true, "apply": true, "rely": true, "ally": true, "rally": true, "anomaly": true, "monopoly": true}

// longest returns the longest cue of one of the kinds that matches toks at
// i, and its length in tokens (0 when none matches).
func (x *catalogIndex) longest(toks []tok, i int, kinds ...cueKind) (cue, int) {
	var best cue
	n := 0
	if i < 0 || i >= len(toks) {
		return best, 0
	}
	for _, c := range x.byFirst[toks[i].lower] {
		if len(c.words) <= n || !hasKind(kinds, c.kind) || !c.matchAt(toks, i) {
			continue
		}
		best, n = c, len(c.words)
	}
	return best, n
}

// endingAt returns the longest cue of the kinds that ends with token j-1
// and starts no earlier than lo.
func (x *catalogIndex) endingAt(toks []tok, lo, j int, kinds ...cueKind) (cue, int) {
	var best cue
	n := 0
	for i := j - 1; i >= lo && j-i <= 6; i-- {
		for _, c := range x.byFirst[toks[i].lower] {
			if len(c.words) != j-i || len(c.words) <= n || !hasKind(kinds, c.kind) || !c.matchAt(toks, i) {
				continue
			}
			best, n = c, len(c.words)
		}
	}
	return best, n
}

func hasKind(kinds []cueKind, k cueKind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// headlineShort are the short forms headlines write for the names that
// open with a point of the compass: "S.Korea", "S.African", "N.Korean".
func headlineShort(names []string) []string {
	var out []string
	for _, n := range names {
		for _, p := range []string{"South ", "North "} {
			if rest, ok := strings.CutPrefix(n, p); ok && !strings.Contains(rest, " ") {
				out = append(out, p[:1]+"."+rest)
			}
		}
	}
	return out
}
