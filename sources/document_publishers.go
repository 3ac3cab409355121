package sources

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
)

// Publisher is an office or ministry that publishes a side's own account:
// the White House, the Kremlin, a foreign ministry.
type Publisher struct {
	Name    string   `json:"name"`              // the speaker its readouts speak as: "Kremlin"
	Country string   `json:"country"`           // catalog country code: "RU"
	ID      string   `json:"id,omitempty"`      // account id; default the country's government key
	Readout string   `json:"readout,omitempty"` // channel of its readouts: "Kremlin readout"
	Cues    []string `json:"cues"`              // names and web addresses that identify it
}

// Publishers is the list of known publishers (assets/publishers.json).
type Publishers struct {
	List []Publisher `json:"publishers"`
}

// ParsePublishers reads one or more publisher lists; later ones extend
// earlier ones (a publisher with the same name gains cues and non-empty
// fields, new ones are added after the existing ones).
func ParsePublishers(data ...[]byte) (*Publishers, error) {
	p := &Publishers{}
	for i, d := range data {
		var part Publishers
		if err := json.Unmarshal(d, &part); err != nil {
			return nil, fmt.Errorf("publishers %d: %w", i+1, err)
		}
		for _, x := range part.List {
			if x.Name == "" || x.Country == "" {
				return nil, fmt.Errorf("publishers %d: a publisher needs a name and a country", i+1)
			}
			j := indexOf(p.List, func(y Publisher) bool { return y.Name == x.Name })
			if j < 0 {
				p.List = append(p.List, x)
				continue
			}
			y := &p.List[j]
			y.Cues = append(y.Cues, x.Cues...)
			y.Country = orElse(x.Country, y.Country)
			y.ID = orElse(x.ID, y.ID)
			y.Readout = orElse(x.Readout, y.Readout)
		}
	}
	return p, nil
}

// plainWords splits s into lower-case runs of letters and digits: the form
// in which cues, headings, site lines and file names are compared, so that
// "en.kremlin.ru", "Kremlin" and "2021-kremlin-call.txt" meet on words.
func plainWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// findPhrase returns the index in words where the cue's words start, or -1.
// A leading "the" of the cue is optional, and a cue of several words also
// matches written as one word ("whitehouse" in a file name).
func findPhrase(words []string, cue string) int {
	cw := plainWords(cue)
	if len(cw) > 1 && cw[0] == "the" {
		cw = cw[1:]
	}
	if len(cw) == 0 {
		return -1
	}
	joined := strings.Join(cw, "")
	for i := range words {
		if len(cw) > 1 && len(joined) >= 6 && words[i] == joined {
			return i
		}
		if i+len(cw) > len(words) {
			continue
		}
		ok := true
		for k, w := range cw {
			if words[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// publisherIn finds the publisher that a heading, site line or file name
// names: the known publishers first, then the catalog's institutions and
// government names. The earliest mention wins, the longer cue on a tie.
func publisherIn(s string, c *Catalog, p *Publishers) (Publisher, bool) {
	words := plainWords(s)
	if len(words) == 0 {
		return Publisher{}, false
	}
	best, bestAt, bestLen := Publisher{}, -1, 0
	consider := func(pub Publisher, cue string) {
		at := findPhrase(words, cue)
		n := len(plainWords(cue))
		if at >= 0 && (bestAt < 0 || at < bestAt || at == bestAt && n > bestLen) {
			best, bestAt, bestLen = pub, at, n
		}
	}
	if p != nil {
		for _, pub := range p.List {
			for _, cue := range pub.Cues {
				consider(pub, cue)
			}
		}
	}
	if bestAt >= 0 {
		return best, true
	}
	if c == nil {
		return best, false
	}
	for _, in := range c.Institutions {
		pub := catalogPublisher(c, in.Country, in.Name)
		for _, cue := range append([]string{in.Name}, in.Cues...) {
			consider(pub, cue)
		}
	}
	for _, co := range c.Countries {
		if co.Government.Name != "" {
			consider(catalogPublisher(c, co.Code, co.Government.Name), co.Government.Name)
		}
	}
	return best, bestAt >= 0
}

// catalogPublisher makes a publisher of a catalog institution or
// government: its own name, and the government's key and readout when it
// is the government itself.
func catalogPublisher(c *Catalog, country, name string) Publisher {
	pub := Publisher{Name: name, Country: country, ID: slug(name), Readout: name + " statement"}
	co := c.Country(country)
	if co == nil {
		return pub
	}
	if co.Government.Name == name || co.Government.Readout != "" && strings.HasPrefix(co.Government.Readout, name) {
		pub.ID = orElse(co.Government.Key, pub.ID)
		pub.Readout = orElse(co.Government.Readout, pub.Readout)
	}
	return pub
}

// accountID is the id of the publisher's account: its own, else the
// government key of its country, else a slug of its name.
func (pub Publisher) accountID(c *Catalog) string {
	if pub.ID != "" {
		return pub.ID
	}
	if co := c.Country(pub.Country); co != nil && co.Government.Key != "" {
		return co.Government.Key
	}
	return slug(pub.Name)
}
