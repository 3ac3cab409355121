package sources

import (
	"regexp"
	"strings"
)

// A government office that the publisher list does not know still names
// its country in the way offices are named everywhere: "Office of the
// President of Finland", "Presidency of the Republic of Chile", "Ministry
// of Foreign Affairs of Kenya", "the Polish Chancellery", "Norway's
// foreign ministry". Such an office publishes its side's own account, so
// a document headed by it speaks for that country, under the office's own
// name.

// officeForms are the offices, besides the catalog's institution nouns
// ("presidency", "foreign ministry"), that publish a leader's accounts
// under his office's own name.
const officeForms = `office\s+of\s+the\s+(?:president|prime\s+minister|chancellor|premier)|prime\s+minister['’]?s\s+office`

// officeNouns compiles the words of a government office that publishes
// accounts of its leader's calls: officeForms and the catalog's
// institution nouns.
func officeNouns(c *Catalog) *regexp.Regexp {
	alts := []string{officeForms}
	if c != nil {
		for _, n := range c.Reporting.InstitutionNouns {
			alts = append(alts, strings.Join(strings.Fields(regexp.QuoteMeta(n)), `\s+`))
		}
	}
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
}

// ofCountryRE is what names the country after the office: "of Finland",
// "of the Republic of Chile", "of the Slovak Republic".
var ofCountryRE = regexp.MustCompile(`^\s+of\s+(?:the\s+)?((?:Republic\s+of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})`)

// officePublisher finds a government office and its country that open s
// (a dossier heading): the country after the office ("of Finland") or
// just before it ("Finnish presidency", "Norway's foreign ministry"). The
// office's name is as s writes it, with the country. An office further on
// is what the document is about, not who wrote it ("Readout of the
// President's call with the Finnish government").
func officePublisher(s string, c *Catalog, lx *docLexicon) (Publisher, bool) {
	for _, m := range lx.offices.FindAllStringIndex(s, -1) {
		start, end := m[0], m[1]
		country := ""
		if of := ofCountryRE.FindStringSubmatchIndex(s[end:]); of != nil {
			if country = lx.countryIn(s[end+of[2] : end+of[3]]); country != "" {
				end += of[1]
			}
		}
		if country == "" {
			if bm := capsBeforeRE.FindStringSubmatchIndex(s[:start]); bm != nil {
				if country = lx.countryIn(s[bm[2]:bm[3]]); country != "" {
					start = bm[2]
				}
			}
		}
		if country == "" || !opensLabel(s[:start]) {
			continue
		}
		name := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s[start:end]), "the "), "The "))
		pub := Publisher{Name: name, Country: country, Readout: name + " statement"}
		if co := c.Country(country); co != nil {
			pub.ID = co.Government.Key
		}
		return pub, true
	}
	return Publisher{}, false
}

// capsBeforeRE is the one or two capitalised words just before an office:
// its country's adjective or possessive ("Finnish presidency", "Norway's
// foreign ministry").
var capsBeforeRE = regexp.MustCompile(`(?:^|\s)((?:[\p{Lu}][\p{L}'’.-]*\s+){1,2})$`)

// openerRE is what may stand before the office that wrote a document:
// nothing, or a kind of document and "by" or "from" ("Statement by the
// Polish Presidency").
var openerRE = regexp.MustCompile(`(?i)^\s*(?:(?:[\p{L}]+\s+){0,3}(?:by|from)\s+)?(?:the\s+)?$`)

// opensLabel tells whether before (the heading up to an office) leaves the
// office first in the heading, or after "by"/"from".
func opensLabel(before string) bool { return openerRE.MatchString(before) }
