package sources

import (
	"regexp"
	"strings"
)

// docLexicon is what documents mode reads of the catalog, prepared once
// per extraction: country names and adjectives as lower-case word
// sequences, and personal titles, so each lookup costs a map access or a
// short scan instead of re-splitting the catalog's phrases.
type docLexicon struct {
	countries []countryForm
	titles    map[string]bool
	offices   *regexp.Regexp // the words of offices that publish accounts
}

// countryForm is one name or adjective of a country, in words.
type countryForm struct {
	code      string
	words     []string
	adjective bool
}

func newDocLexicon(c *Catalog) *docLexicon {
	lx := &docLexicon{titles: map[string]bool{}, offices: officeNouns(c)}
	if c == nil {
		return lx
	}
	for _, co := range c.Countries {
		for _, n := range co.Names {
			lx.countries = append(lx.countries, countryForm{co.Code, plainWords(n), false})
		}
		for _, n := range co.Adjectives {
			lx.countries = append(lx.countries, countryForm{co.Code, plainWords(n), true})
		}
	}
	for _, t := range c.Titles {
		lx.titles[strings.ToLower(strings.Trim(t, "."))] = true
	}
	return lx
}

// isRole tells whether w is a word of an office or a personal title.
func (lx *docLexicon) isRole(w string) bool {
	l := strings.ToLower(strings.Trim(w, ".,"))
	return roleWords[l] || lx != nil && lx.titles[l]
}

// countryAt matches a country name or adjective at toks[i] and returns its
// code and length in tokens (the longest form wins).
func (lx *docLexicon) countryAt(toks []dtok, i int) (string, int) {
	if lx == nil {
		return "", 0
	}
	best, bestN := "", 0
	for _, f := range lx.countries {
		if len(f.words) <= bestN || i+len(f.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range f.words {
			if toks[i+k].lower != w {
				ok = false
				break
			}
		}
		if ok {
			best, bestN = f.code, len(f.words)
		}
	}
	return best, bestN
}

// countryIn is the country that s names first by name or adjective
// ("President of Ukraine", "US President"), or "".
func (lx *docLexicon) countryIn(s string) string {
	if lx == nil {
		return ""
	}
	words := plainWords(s)
	for i := range words {
		for _, f := range lx.countries {
			if i+len(f.words) > len(words) {
				continue
			}
			ok := true
			for k, w := range f.words {
				if words[i+k] != w {
					ok = false
					break
				}
			}
			if ok {
				return f.code
			}
		}
	}
	return ""
}

// adjective is the country whose one-word adjective w is, or "".
func (lx *docLexicon) adjective(w string) string {
	if lx == nil {
		return ""
	}
	l := strings.ToLower(w)
	for _, f := range lx.countries {
		if f.adjective && len(f.words) == 1 && f.words[0] == l {
			return f.code
		}
	}
	return ""
}
