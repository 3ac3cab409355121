package sources

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Catalog is the data the extractor knows: countries (their adjectives,
// head of state's office and government), offices, personal titles,
// institutions that speak for a government, channels (platforms, outlets,
// readouts, venues), news media, and the English of news reporting
// (Reporting). It is read from JSON so it can be extended without
// recompiling.
type Catalog struct {
	Countries    []Country     `json:"countries"`
	Offices      []Office      `json:"offices"`
	Titles       []string      `json:"titles"`
	Institutions []Institution `json:"institutions"`
	Channels     []Channel     `json:"channels"`
	// Media are news organisations: "told the BBC" is an interview.
	Media     []string  `json:"media,omitempty"`
	Reporting Reporting `json:"reporting"`
	// People is the gazetteer of those who speak for governments
	// (assets/leaders.json, its own document): the last resort for whose
	// side a person is.
	People []Figure `json:"people,omitempty"`

	idx *catalogIndex
}

// Country is a state the catalog knows.
type Country struct {
	Code       string     `json:"code"`
	Names      []string   `json:"names"`
	Adjectives []string   `json:"adjectives"`
	Head       string     `json:"head"` // office of the leader: "president", "prime minister"
	Government Government `json:"government"`
	// FamilyNameFirst: its people's names put the family name first, and
	// articles call them by it ("Xi Jinping" is "Xi").
	FamilyNameFirst bool `json:"family_name_first,omitempty"`
}

// Government is how a country's executive publishes its accounts.
type Government struct {
	Key     string `json:"key"`     // account id for its readouts: "beijing"
	Name    string `json:"name"`    // speaker name when nobody else is named: "Chinese government"
	Readout string `json:"readout"` // channel label: "Chinese readout"
	// Names are what English news calls the government without naming
	// its country ("the federal government"); several countries may
	// share one, and the article's leaders then tell which is meant.
	Names []string `json:"names,omitempty"`
}

// Office is a role a person holds; Words are the ways articles name it.
type Office struct {
	Office string   `json:"office"`
	Words  []string `json:"words"`
	// Staff offices speak for someone else ("an aide to", "a spokesman
	// for"): unnamed, their words are that side's account.
	Staff bool `json:"staff,omitempty"`
}

// Institution is a body that speaks for a country ("the Élysée").
type Institution struct {
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Cues    []string `json:"cues"`
}

// Channel is a medium through which a statement reaches the article.
type Channel struct {
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	// Official channels publish a government's own account (readouts,
	// state media); statements through them group under the government key.
	Official bool `json:"official,omitempty"`
	// Outlet channels can be the subject of a reporting verb
	// ("Anadolu reported", "Xinhua said").
	Outlet bool `json:"outlet,omitempty"`
	// Published channels carry an account a side puts out itself (a post,
	// a written statement); with the official ones they make an account a
	// principal one, ahead of remarks and briefings about the event.
	Published bool `json:"published,omitempty"`
	// Spoken channels are remarks (a briefing, an interview, a venue):
	// what is said there is never the speaker's earlier post.
	Spoken bool `json:"spoken,omitempty"`
	// StateMedia marks a country's state media as a whole: "Russian state
	// television" reaches it through the country's adjective.
	StateMedia bool     `json:"state_media,omitempty"`
	Cues       []string `json:"cues"`
	// press marks a news organisation the article names as its source
	// ("according to CNN"): it reports a statement, it is not where the
	// statement was made.
	press bool
}

// Reporting is the English of news reporting the extractor reads: general
// language, never the words of one article.
type Reporting struct {
	Verbs []Verb `json:"verbs"`
	// Adverbs may stand between a speaker and the verb ("X also said",
	// "X, however, said"); words in -ly are adverbs without being listed.
	Adverbs []string `json:"adverbs,omitempty"`
	// Earlier are phrases that place a statement before the reported event.
	Earlier []string `json:"earlier,omitempty"`
	// Habitual are phrases of a claim made over and over ("has long said").
	Habitual []string `json:"habitual,omitempty"`
	// Events are the words that name the event in a title or lede.
	Events []string `json:"events,omitempty"`
	// Boilerplate are the openings of lines that are site furniture.
	Boilerplate []string `json:"boilerplate,omitempty"`
	// Officials are nouns that speak for their country's government when
	// it is named ("US officials", "the Russian side").
	Officials []string `json:"officials,omitempty"`
	// StateMedia are nouns that, with a country's adjective, name its
	// state media ("Russian state television").
	StateMedia []string `json:"state_media,omitempty"`
	// InstitutionNouns, with a country's adjective or possessive, name one
	// of its institutions ("Russia's defence ministry").
	InstitutionNouns []string `json:"institution_nouns,omitempty"`
	// Press are the objects of "told" that make a remark to reporters.
	Press []string `json:"press,omitempty"`
	// Spoken are participles that open a remark's setting ("Speaking at
	// the White House, ...").
	Spoken []string `json:"spoken,omitempty"`
	// NotReporting are verbs in -ed that may stand before "that" without
	// reporting speech ("ensured that", "found that"): any other such verb
	// before "that" with a speaker is taken as one that does.
	NotReporting []string `json:"not_reporting,omitempty"`
	// Venues are occasions of speech: "at a summit", "at the start of the
	// meeting".
	Venues []string `json:"venues,omitempty"`
	// StaffNouns speak for whoever owns them: "Erdoğan's office", "a
	// spokesman for the Kremlin".
	StaffNouns []string `json:"staff_nouns,omitempty"`
	// Documents are the published texts a reference back names ("the
	// readout said"): they stand for whoever spoke last.
	Documents []string `json:"documents,omitempty"`
	// References are the other nouns that refer back to a speaker already
	// met ("the agency said", "his office said").
	References []string `json:"references,omitempty"`
}

// Verb is one reporting verb in the forms articles use.
type Verb struct {
	// Class tells how the verb introduces what was said: say (that) …,
	// tell <someone> (that) …, describe <it> as …, call <it> “…”,
	// quote <someone> as saying …, write (that/“…”), or act: a speech act
	// whose object is what was said ("voiced concern about …", "urged Xi
	// to …", "welcomed the decision").
	Class      string   `json:"class"`
	Finite     []string `json:"finite"`
	Participle []string `json:"participle,omitempty"`
	// Passive forms take the speaker before "was"/"is": "was quoted as
	// saying", "is said to have told".
	Passive []string `json:"passive,omitempty"`
	// Particle completes a phrasal verb ("pointed out").
	Particle string `json:"particle,omitempty"`
	// Prepositions open what was said as a phrase ("warned against
	// escalation", "called for a ceasefire").
	Prepositions []string `json:"prepositions,omitempty"`
	// NeedsThat: the verb reports speech only with "that" ("agreed that",
	// not "agreed to meet").
	NeedsThat bool `json:"needs_that,omitempty"`
	// Trailing: the verb reports only after its quote or with a colon
	// ("“…,” he continued").
	Trailing bool `json:"trailing,omitempty"`
	// Objects, for an act verb, are the nouns its object must hold for it
	// to report speech: "raised the issue of …", not "raised prices".
	Objects []string `json:"objects,omitempty"`
	// Object: the verb may report a bare noun phrase ("stressed the need
	// to …", "reaffirmed the One-China policy"); the statement then
	// starts at the verb, which carries the claim.
	Object bool `json:"object,omitempty"`
	// DocumentSubject: the verb reports only what a text says ("the
	// readout read that …", "the statement reads"), never a person.
	DocumentSubject bool `json:"document_subject,omitempty"`
	// PossessiveSubject: a noun of saying, whose speaker is its
	// possessor ("Trump's assertion that …").
	PossessiveSubject bool `json:"possessive_subject,omitempty"`
	// PersonFirst: an act verb that reports speech only with a person
	// and what was said after them ("thanked Trump for …", "briefed him
	// on …", "invited Xi to visit …").
	PersonFirst bool `json:"person_first,omitempty"`
}

// ParseCatalog reads one or more catalog documents; later ones extend
// earlier ones (entries with the same code, office or name gain cues and
// non-empty fields, new entries are added after the existing ones).
func ParseCatalog(data ...[]byte) (*Catalog, error) {
	c := &Catalog{}
	for i, d := range data {
		var part Catalog
		if err := json.Unmarshal(d, &part); err != nil {
			return nil, fmt.Errorf("catalog %d: %w", i+1, err)
		}
		if err := c.merge(&part); err != nil {
			return nil, fmt.Errorf("catalog %d: %w", i+1, err)
		}
	}
	c.idx = buildIndex(c)
	figures, err := buildFigures(c)
	if err != nil {
		return nil, fmt.Errorf("catalog: %w", err)
	}
	c.idx.figures = figures
	return c, nil
}

func (c *Catalog) merge(p *Catalog) error {
	for _, x := range p.Countries {
		if x.Code == "" {
			return fmt.Errorf("country without code")
		}
		if i := indexOf(c.Countries, func(y Country) bool { return y.Code == x.Code }); i >= 0 {
			y := &c.Countries[i]
			y.Names = append(y.Names, x.Names...)
			y.Adjectives = append(y.Adjectives, x.Adjectives...)
			y.Head = orElse(x.Head, y.Head)
			y.Government.Key = orElse(x.Government.Key, y.Government.Key)
			y.Government.Name = orElse(x.Government.Name, y.Government.Name)
			y.Government.Readout = orElse(x.Government.Readout, y.Government.Readout)
			y.FamilyNameFirst = y.FamilyNameFirst || x.FamilyNameFirst
			continue
		}
		c.Countries = append(c.Countries, x)
	}
	for _, x := range p.Offices {
		if x.Office == "" {
			return fmt.Errorf("office without name")
		}
		if i := indexOf(c.Offices, func(y Office) bool { return y.Office == x.Office }); i >= 0 {
			c.Offices[i].Words = append(c.Offices[i].Words, x.Words...)
			c.Offices[i].Staff = c.Offices[i].Staff || x.Staff
			continue
		}
		c.Offices = append(c.Offices, x)
	}
	c.Titles = append(c.Titles, p.Titles...)
	for _, x := range p.Institutions {
		if x.Name == "" {
			return fmt.Errorf("institution without name")
		}
		if i := indexOf(c.Institutions, func(y Institution) bool { return y.Name == x.Name }); i >= 0 {
			c.Institutions[i].Cues = append(c.Institutions[i].Cues, x.Cues...)
			c.Institutions[i].Country = orElse(x.Country, c.Institutions[i].Country)
			continue
		}
		c.Institutions = append(c.Institutions, x)
	}
	for _, x := range p.Channels {
		if x.Name == "" {
			return fmt.Errorf("channel without name")
		}
		if i := indexOf(c.Channels, func(y Channel) bool { return y.Name == x.Name }); i >= 0 {
			y := &c.Channels[i]
			y.Cues = append(y.Cues, x.Cues...)
			y.Country = orElse(x.Country, y.Country)
			y.Official = y.Official || x.Official
			y.Outlet = y.Outlet || x.Outlet
			y.Published = y.Published || x.Published
			y.Spoken = y.Spoken || x.Spoken
			y.StateMedia = y.StateMedia || x.StateMedia
			continue
		}
		c.Channels = append(c.Channels, x)
	}
	c.Media = append(c.Media, p.Media...)
	c.People = append(c.People, p.People...)
	return c.Reporting.merge(&p.Reporting)
}

func (r *Reporting) merge(p *Reporting) error {
	for _, v := range p.Verbs {
		if len(v.Finite) == 0 && len(v.Participle) == 0 {
			return fmt.Errorf("reporting verb without forms")
		}
		switch v.Class {
		case verbSay, verbTell, verbDescribe, verbCall, verbQuote, verbWrite, verbAct:
		default:
			return fmt.Errorf("reporting verb %q: unknown class %q", strings.Join(v.Finite, "/"), v.Class)
		}
	}
	r.Verbs = append(r.Verbs, p.Verbs...)
	r.Adverbs = append(r.Adverbs, p.Adverbs...)
	r.Earlier = append(r.Earlier, p.Earlier...)
	r.Habitual = append(r.Habitual, p.Habitual...)
	r.Events = append(r.Events, p.Events...)
	r.Boilerplate = append(r.Boilerplate, p.Boilerplate...)
	r.Officials = append(r.Officials, p.Officials...)
	r.StateMedia = append(r.StateMedia, p.StateMedia...)
	r.InstitutionNouns = append(r.InstitutionNouns, p.InstitutionNouns...)
	r.Press = append(r.Press, p.Press...)
	r.Spoken = append(r.Spoken, p.Spoken...)
	r.Venues = append(r.Venues, p.Venues...)
	r.NotReporting = append(r.NotReporting, p.NotReporting...)
	r.StaffNouns = append(r.StaffNouns, p.StaffNouns...)
	r.Documents = append(r.Documents, p.Documents...)
	r.References = append(r.References, p.References...)
	return nil
}

func indexOf[T any](xs []T, f func(T) bool) int {
	for i, x := range xs {
		if f(x) {
			return i
		}
	}
	return -1
}

func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// Country returns the country with the given code, or nil.
func (c *Catalog) Country(code string) *Country {
	if c.idx != nil {
		if i, ok := c.idx.country[code]; ok {
			return &c.Countries[i]
		}
		return nil
	}
	for i := range c.Countries {
		if c.Countries[i].Code == code {
			return &c.Countries[i]
		}
	}
	return nil
}
