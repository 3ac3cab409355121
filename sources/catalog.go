package sources

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Catalog is the data the extractor knows about the world: countries (their
// adjectives, head of state's office and government), offices, personal
// titles, institutions that speak for a government, and channels (platforms,
// outlets, readouts, venues). It is read from JSON so it can be extended
// without recompiling.
type Catalog struct {
	Countries    []Country     `json:"countries"`
	Offices      []Office      `json:"offices"`
	Titles       []string      `json:"titles"`
	Institutions []Institution `json:"institutions"`
	Channels     []Channel     `json:"channels"`

	idx *catalogIndex
}

// Country is a state the catalog knows.
type Country struct {
	Code       string     `json:"code"`
	Names      []string   `json:"names"`
	Adjectives []string   `json:"adjectives"`
	Head       string     `json:"head"` // office of the leader: "president", "prime minister"
	Government Government `json:"government"`
}

// Government is how a country's executive publishes its accounts.
type Government struct {
	Key     string `json:"key"`     // account id for its readouts: "beijing"
	Name    string `json:"name"`    // speaker name when nobody else is named: "Chinese government"
	Readout string `json:"readout"` // channel label: "Chinese readout"
}

// Office is a role a person holds; Words are the ways articles name it.
type Office struct {
	Office string   `json:"office"`
	Words  []string `json:"words"`
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
	Published bool     `json:"published,omitempty"`
	Cues      []string `json:"cues"`
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
			continue
		}
		c.Channels = append(c.Channels, x)
	}
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
	for i := range c.Countries {
		if c.Countries[i].Code == code {
			return &c.Countries[i]
		}
	}
	return nil
}

// catalogIndex holds the catalog's cues as token phrases, indexed by their
// first word so matching costs one map look-up per token.
type catalogIndex struct {
	byFirst map[string][]cue
}

type cueKind int

const (
	cueChannel cueKind = iota
	cueInstitution
	cueCountryAdj
	cueCountryName
	cueOffice
	cueTitle
)

type cue struct {
	phrase
	kind  cueKind
	ref   int // index into the catalog slice of that kind
	order int // position in the catalog: earlier channels win ties
}

func buildIndex(c *Catalog) *catalogIndex {
	x := &catalogIndex{byFirst: map[string][]cue{}}
	n := 0
	add := func(s string, k cueKind, ref int) {
		p := newPhrase(s)
		if len(p.words) == 0 {
			return
		}
		n++
		x.byFirst[p.words[0]] = append(x.byFirst[p.words[0]], cue{p, k, ref, n})
	}
	for i, ch := range c.Channels {
		for _, s := range ch.Cues {
			add(s, cueChannel, i)
		}
	}
	for i, in := range c.Institutions {
		for _, s := range in.Cues {
			add(s, cueInstitution, i)
		}
	}
	for i, co := range c.Countries {
		for _, s := range co.Adjectives {
			add(s, cueCountryAdj, i)
		}
		for _, s := range co.Names {
			add(s, cueCountryName, i)
		}
	}
	for i, o := range c.Offices {
		for _, s := range o.Words {
			add(s, cueOffice, i)
		}
	}
	for _, s := range c.Titles {
		add(strings.TrimSpace(s), cueTitle, -1)
	}
	return x
}

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

// endingAt returns the longest cue of the kinds that ends with token j-1.
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
