package sources

import (
	"regexp"
	"strings"
)

// dateline matches the place-and-agency line that opens a wire story:
// "PARIS (Reuters) — ", "WOODSIDE, California (AP) -- ", "NEW DELHI - ",
// "MOSCOW, July 3 (Reuters) - ", "BEIJING/WASHINGTON, June 5 (Reuters) -
// ", "SEOUL • " (a bullet, as some Asian dailies set it), and the state
// agencies' "MOSCOW, March 18. /TASS/. ".
// The place is in capitals; the region and agency are optional.
var dateline = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’ /-]*\p{Lu}(?:, \p{Lu}[\p{L}\p{N}. ]{1,30})?` +
	`(?:(?: \([^)\n]{1,40}\))?\s*(?:—|–|--|-|•)|\.? ?/[^/\n]{1,20}/\.?)\s*`)

// datedCredit matches the other openings of a syndicated story: a date
// and the agency, "July 3 (UPI) -- ", "April 2, 2024 (EIRNS)—", and the
// agency alone in parentheses, "(MENAFN) ", "(Reuters) - ".
var datedCredit = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}+\.? \d{1,2}(?:, \d{4})? \([^)\n]{1,40}\)\s*(?:—|–|--|-)|` +
	`\(\p{Lu}[\p{L}\p{N}.&' ]{1,30}\)(?:\s*(?:—|–|--|-))?)\s*`)

// placeCredit matches a place in capitals and its credit in parentheses
// with no dash after them, when a sentence follows: "ROME (Wire News /
// Agency - 3rd May, 2030) Prime Minister …".
var placeCredit = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’ /-]*\p{Lu} \([^)\n]{1,60}\)\s+\p{Lu}`)

// datelineLen is the length in bytes of a dateline opening s, or 0.
func datelineLen(s string) int {
	for _, re := range []*regexp.Regexp{dateline, datedCredit} {
		if loc := re.FindStringIndex(s); loc != nil {
			return loc[1]
		}
	}
	if loc := placeCredit.FindStringIndex(s); loc != nil && creditLike(s[strings.IndexByte(s, '(')+1:strings.IndexByte(s, ')')]) {
		return loc[1] - 1 // up to the sentence's first capital
	}
	return 0
}

// creditLike tells whether the words in a dateline's parentheses read as
// an agency's credit: a date or a slash in it ("Wire News / Agency - 3rd
// May, 2030"), or one to three capitalised words ("AFP"), not
// a name spelled out ("North Atlantic Treaty Organization").
func creditLike(inner string) bool {
	if strings.ContainsAny(inner, "0123456789/") {
		return true
	}
	return fewCapitalised(inner)
}

// fewCapitalised tells whether s is one to three words, each opening
// with a capital: the size of a news agency's credit ("AFP", "Reuters").
func fewCapitalised(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if r := w[0]; r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// wireDateline is what the story's dateline tells: the country it is
// filed from, and the outlet when it is a government's own (a state news
// agency's story is that government's account: "BEIJING, March 18
// (Xinhua) --").
type wireDateline struct {
	country string // the place's country, when the dateline names one place the catalog knows
	outlet  int    // a catalog channel that is a government's outlet, or -1
	span    Span
}

// readDateline reads the dateline of the story's first paragraph that
// holds text.
func readDateline(a *Article, c *Catalog, paras []paraScan) wireDateline {
	out := wireDateline{outlet: -1}
	for _, ps := range paras {
		if ps.skip != "" {
			continue
		}
		if ps.datelineEnd <= ps.Start {
			return out
		}
		out.span = Span{ps.Start, ps.datelineEnd}
		toks := tokenize(a.Text, out.span)
		places := 0
		for k := 0; k < len(toks); k++ {
			if cu, n := c.idx.longest(toks, k, cueChannel); n > 0 && c.Channels[cu.ref].Official && c.Channels[cu.ref].Outlet {
				out.outlet = cu.ref
				k += n - 1
				continue
			}
			if toks[k].text != strings.ToUpper(toks[k].text) {
				continue // the place is in capitals
			}
			if cu, n := c.idx.longest(toks, k, cueCountryName); n > 0 {
				places++
				out.country = c.Countries[cu.ref].Code
				k += n - 1
			}
		}
		if places != 1 {
			out.country = ""
		}
		if out.outlet >= 0 {
			out.country = orElse(c.Channels[out.outlet].Country, out.country)
		}
		return out
	}
	return out
}
