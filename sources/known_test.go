package sources

import (
	"testing"
)

// TestKnownPeople: a person the article names without a country speaks
// for the side the world knows them by (the gazetteer), unless the article
// itself says otherwise; a role set beside a name with commas tells it too.
func TestKnownPeople(t *testing.T) {
	tests := []struct {
		name, text, statement string
		party                 string // the party of the account that holds the statement ("": none need)
		notParty              string // and not this one
	}{
		{"a leader named without a country", "Trump and Putin speak\n\nPresident Donald Trump spoke with Vladimir Putin on Tuesday.\n\nPutin said the talks were frank.",
			"the talks were frank", "RU", ""},
		{"a family name alone", "Macron calls Putin\n\nMacron said Europe would keep helping Kyiv.",
			"Europe would keep helping Kyiv", "FR", ""},
		{"a prime minister's title without a country", "Modi and Trump speak\n\nPrime Minister Narendra Modi said the partnership was strong.",
			"the partnership was strong", "IN", ""},
		{"an aide", "Zelensky and Trump speak\n\nZelensky spoke with Trump on Friday.\n\nUmerov said the drone deal would be signed within weeks.",
			"the drone deal would be signed within weeks", "UA", ""},
		{"a transliteration the gazetteer lists", "Call\n\nVolodymyr Zelenskiy said the meeting had been useful.",
			"the meeting had been useful", "UA", ""},
		{"an Arabic name after its article", "Call\n\nEgypt's neighbours watched. El-Sisi said the truce must hold. Later, el-Sisi said aid would flow.",
			"aid would flow", "EG", ""},
		{"a Ukrainian leader reported by the other side stays Ukrainian", "Zelensky and Trump speak\n\nZelensky thanked Trump for the air defence systems, the White House said.",
			"Zelensky thanked Trump for the air defence systems", "US", ""},
		{"an apposition gives a person the article names a role", "Call\n\nArjun Mehra, India's prime minister, said the talks went well.",
			"the talks went well", "IN", ""},
		{"an apposition after the name at the end of a sentence", "Call\n\nTrump spoke with Kofi Adjei, the Egyptian president.\n\nAdjei said the canal would stay open.",
			"the canal would stay open", "EG", ""},
		{"a role set before the name", "Xi and Sultanov talk\n\nChinese President Xi Jinping spoke with his Kazakh counterpart, Daniyar Sultanov, on Monday.\n\nSultanov said on Telegram that the call was good.",
			"the call was good", "KZ", ""},
		{"the other side the readout reports stays the other side", "Sultanov presses Xi on trade\n\nChinese President Xi Jinping spoke with Daniyar Sultanov on Monday.\n\nSultanov raised the question of transit fees, the Chinese readout said.\n\nSultanov said on Telegram that the call was good.",
			"the call was good", "Sultanov", "CN"},
		{"the article's own country wins", "---\ndate: 2016-06-06\n---\n\nCall\n\nPoland's Donald Tusk said Europe must act.",
			"Europe must act", "PL", "EU"},
		{"the office of the article's year", "---\ndate: 2016-06-06\n---\n\nCall\n\nDonald Tusk said Europe must act.",
			"Europe must act", "EU", ""},
		{"a name the article also writes in lower case is no one", "Call\n\nExports of rice fell.\n\nRice said the numbers were wrong.",
			"the numbers were wrong", "", "US"},
		{"a month is no one", "Call\n\nIn May, Britain said the deal was off.",
			"the deal was off", "GB", ""},
		{"a weekday after a name is no one's family name", "Call\n\nThe premier disputed the account of his call with Trump Tuesday morning.\n\nTrump said the premier had backed down.",
			"the premier had backed down", "US", ""},
		{"someone else with the family name", "Call\n\nMelania Trump visited a school.\n\nTrump said the children were wonderful.",
			"the children were wonderful", "Melania Trump", "US"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := runText(t, tt.text)
			checkInvariants(t, p.a, p.extraction)
			st, acc := statementWith(p.extraction, tt.statement)
			if tt.party == "" && (acc == nil || acc.Party != tt.notParty) {
				return
			}
			if st == nil || acc == nil {
				t.Fatalf("no account holds %q:%s", tt.statement, dumpExtraction(p.extraction))
			}
			if acc.Party != tt.party || tt.notParty != "" && acc.Party == tt.notParty {
				t.Errorf("%q is in %s, party %q; want party %q%s", tt.statement, acc.ID, acc.Party, tt.party, dumpExtraction(p.extraction))
			}
		})
	}
}

// TestFigureTerms: what a gazetteer person was in a year: the office of
// the term that covers it (the year a term ends is the successor's), the
// country of the last term begun by then, and with no year the last term.
func TestFigureTerms(t *testing.T) {
	c := testCatalog(t)
	figs := c.idx.figures
	office := func(name string) int {
		for i, o := range c.Offices {
			if o.Office == name {
				return i
			}
		}
		t.Fatalf("no office %q", name)
		return -1
	}
	tests := []struct {
		name    string
		year    int
		country string
		office  int
	}{
		{"Vladimir Putin", 2010, "RU", office("prime minister")},
		{"Vladimir Putin", 2020, "RU", office("president")},
		{"Vladimir Putin", 0, "RU", office("president")},
		{"Joe Biden", 2022, "US", office("president")},
		{"Joe Biden", 2025, "US", -1},
		{"Joe Biden", 2012, "US", office("vice president")},
		{"Donald Tusk", 2016, "EU", office("president")},
		{"Donald Tusk", 2024, "PL", office("prime minister")},
		{"Angela Merkel", 0, "DE", -1},
		{"Mikhail Mishustin", 2022, "RU", office("prime minister")},
	}
	for _, tt := range tests {
		f := figs.fullName(nameWords(tt.name), tt.year)
		if f < 0 {
			t.Errorf("%s: not in the gazetteer", tt.name)
			continue
		}
		country, off := figs.role(f, tt.year)
		if country != tt.country || off != tt.office {
			t.Errorf("%s in %d: %s office %d, want %s office %d", tt.name, tt.year, country, off, tt.country, tt.office)
		}
	}
	// A family name two people bear is one of them only in a year only one
	// of them held office.
	for _, tt := range []struct {
		short string
		year  int
		want  string
	}{{"Clinton", 2000, "Bill Clinton"}, {"Clinton", 2010, "Hillary Clinton"}, {"Clinton", 0, ""}, {"Sharif", 2015, "Nawaz Sharif"}, {"May", 2017, ""}} {
		got := ""
		if f := figs.shortName([]string{tt.short}, tt.year); f >= 0 {
			got = c.People[f].Name
		}
		if got != tt.want {
			t.Errorf("%s in %d: %q, want %q", tt.short, tt.year, got, tt.want)
		}
	}
}

// TestGazetteerData: every term names a country the catalog knows, and an
// office it knows or one the gazetteer keeps for the country alone.
func TestGazetteerData(t *testing.T) {
	c := testCatalog(t)
	countryOnly := map[string]bool{"supreme leader": true}
	if n := len(c.People); n < 200 || n > 400 {
		t.Errorf("%d people: the gazetteer is a few hundred", n)
	}
	for _, f := range c.People {
		for _, s := range f.Terms {
			tm, err := parseTerm(c, s)
			if err != nil {
				t.Errorf("%s: %v", f.Name, err)
				continue
			}
			if c.Country(tm.country) == nil {
				t.Errorf("%s: term %q: country unknown to the catalog", f.Name, s)
			}
			if tm.office < 0 && !countryOnly[s[len(tm.country)+1:len(s)-len(lastField(s))-1]] {
				t.Errorf("%s: term %q: office unknown to the catalog", f.Name, s)
			}
			if tm.to != 0 && tm.to < 2000 || tm.from > 2025 || tm.to > 2025 {
				t.Errorf("%s: term %q is not in office between 2000 and 2025", f.Name, s)
			}
		}
	}
	if _, err := ParseCatalog([]byte(`{"people": [{"name": "A B", "terms": ["US president 2020-2019"]}]}`)); err == nil {
		t.Error("a term ending before it begins is accepted")
	}
}

func lastField(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			return s[i+1:]
		}
	}
	return s
}
