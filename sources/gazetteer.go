package sources

import (
	"fmt"
	"strconv"
	"strings"
)

// The gazetteer: the people who speak for governments, as the world knows
// them (assets/leaders.json) — heads of state and government, foreign
// ministers, their spokespeople and aides, with their terms in office.
// Readers know that "Putin" is Russia's president and "Umerov" Ukraine's;
// an article often does not say so. The extractor asks the gazetteer last,
// after what the article itself tells about a person (a title, a country
// before the name, an apposition), and only for a name the article writes
// in full or by a one-word name that no one else in the gazetteer or the
// article has.

// Figure is one person of the gazetteer.
type Figure struct {
	Name     string   `json:"name"`
	Variants []string `json:"variants,omitempty"`
	// Short are the one-word names articles use, when they are not simply
	// the family name (the last word of Name, the first for a country that
	// puts the family name first); an empty list, none: the word is
	// ambiguous ("May").
	Short  []string `json:"short,omitempty"`
	Gender string   `json:"gender,omitempty"` // "m" or "f"
	// Terms are "COUNTRY office FROM-TO", TO left out while in office:
	// "RU president 2012-".
	Terms []string `json:"terms"`
}

// term is one parsed term in office.
type term struct {
	country  string
	office   int // catalog office, or -1 when the catalog has no such office
	from, to int // years; to 0: still in office
}

// figureIndex finds the gazetteer's people by the words of their names.
type figureIndex struct {
	terms [][]term
	// full maps the spelling key of a full name or variant (the keys of
	// its words joined) to the figures that bear it.
	full map[string][]int
	// short maps the spelling key of a one-word name to its figures.
	short map[string][]int
	// maxWords is the most words a full name has.
	maxWords int
}

// parseTerm reads "RU president 2012-" against the catalog's offices.
func parseTerm(c *Catalog, s string) (term, error) {
	f := strings.Fields(s)
	if len(f) < 3 {
		return term{}, fmt.Errorf("term %q: want COUNTRY office FROM-TO", s)
	}
	t := term{country: f[0], office: -1}
	office := strings.Join(f[1:len(f)-1], " ")
	for i, o := range c.Offices {
		if o.Office == office {
			t.office = i
		}
	}
	from, to, _ := strings.Cut(f[len(f)-1], "-")
	var err error
	if t.from, err = strconv.Atoi(from); err != nil {
		return term{}, fmt.Errorf("term %q: year %q", s, from)
	}
	if to != "" {
		if t.to, err = strconv.Atoi(to); err != nil || t.to < t.from {
			return term{}, fmt.Errorf("term %q: year %q", s, to)
		}
	}
	return t, nil
}

// buildFigures indexes the catalog's people.
func buildFigures(c *Catalog) (*figureIndex, error) {
	x := &figureIndex{full: map[string][]int{}, short: map[string][]int{}}
	for i, f := range c.People {
		if f.Name == "" || len(f.Terms) == 0 {
			return nil, fmt.Errorf("person %q: a name and at least one term", f.Name)
		}
		var ts []term
		for _, s := range f.Terms {
			t, err := parseTerm(c, s)
			if err != nil {
				return nil, fmt.Errorf("person %q: %w", f.Name, err)
			}
			ts = append(ts, t)
		}
		x.terms = append(x.terms, ts)
		for _, n := range append([]string{f.Name}, f.Variants...) {
			words := nameWords(n)
			if len(words) == 0 {
				continue
			}
			x.full[wordsKey(words)] = addIndex(x.full[wordsKey(words)], i)
			x.maxWords = max(x.maxWords, len(words))
		}
		shorts := f.Short
		if shorts == nil {
			shorts = []string{familyName(c, f.Name, ts)}
		}
		for _, s := range shorts {
			if k := wordsKey(nameWords(s)); k != "" {
				x.short[k] = addIndex(x.short[k], i)
			}
		}
	}
	return x, nil
}

// addIndex appends figure i unless it is already the last: a name's
// variants often share its key.
func addIndex(is []int, i int) []int {
	if n := len(is); n > 0 && is[n-1] == i {
		return is
	}
	return append(is, i)
}

// familyName is the word articles call a person by: the first word of a
// name whose country puts the family name first ("Xi" of "Xi Jinping"),
// else the last.
func familyName(c *Catalog, name string, ts []term) string {
	words := nameWords(name)
	if co := c.Country(ts[len(ts)-1].country); co != nil && co.FamilyNameFirst && len(words) > 1 {
		return words[0]
	}
	return words[len(words)-1]
}

// nameWords splits a name into its words, as the tokenizer reads them.
func nameWords(name string) []string {
	var out []string
	for _, t := range tokenize(name, Span{0, len(name)}) {
		if t.word {
			out = append(out, t.text)
		}
	}
	return out
}

// wordsKey is the key a name is indexed by: the spelling keys of its
// words, joined, so "Kim Jong-un" and "Kim Jong Un", "Zelenskiy" and
// "Zelensky" share one.
func wordsKey(words []string) string {
	var buf [64]byte
	return string(appendWordsKey(buf[:0], words))
}

// appendWordsKey appends the key of words to dst.
func appendWordsKey(dst []byte, words []string) []byte {
	for _, w := range words {
		dst = appendKey(dst, w)
	}
	return dst
}

// covers tells whether the term holds office in year y. The year a term
// ends is its successor's (the article of that year is more likely about
// the new holder), unless the term began that year too.
func (t term) covers(y int) bool {
	return y >= t.from && (t.to == 0 || y < t.to || y == t.from)
}

// role is what figure i was in year y: the country (of the term in
// office then, else of the last term begun by then, else the first), and
// the office held then, or -1. With no year known, the last term tells
// the country, and its office only while it lasts.
func (x *figureIndex) role(i, y int) (country string, office int) {
	ts := x.terms[i]
	if y == 0 {
		last := ts[len(ts)-1]
		if last.to == 0 {
			return last.country, last.office
		}
		return last.country, -1
	}
	country = ts[0].country
	for _, t := range ts {
		if t.covers(y) {
			return t.country, t.office
		}
		if t.from <= y {
			country = t.country
		}
	}
	return country, -1
}

// pick is the one figure among is that the year allows: the only one in
// office that year, else the only one at all; -1 when the name is
// ambiguous.
func (x *figureIndex) pick(is []int, y int) int {
	if len(is) == 1 {
		return is[0]
	}
	found := -1
	for _, i := range is {
		for _, t := range x.terms[i] {
			if y != 0 && t.covers(y) {
				if found >= 0 && found != i {
					return -1
				}
				found = i
				break
			}
		}
	}
	return found
}

// fullName finds the figure whose full name (or a variant) is words.
func (x *figureIndex) fullName(words []string, y int) int {
	if x == nil || len(words) == 0 || len(words) > x.maxWords {
		return -1
	}
	var buf [64]byte
	return x.pick(x.full[string(appendWordsKey(buf[:0], words))], y)
}

// shortName finds the figure called by the short name words ("Putin",
// "López Obrador").
func (x *figureIndex) shortName(words []string, y int) int {
	if x == nil || len(words) == 0 {
		return -1
	}
	var buf [64]byte
	return x.pick(x.short[string(appendWordsKey(buf[:0], words))], y)
}
