package sources

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The construction grid: sentences built from invented parts — a speaker
// form, a cue form and a form of what is said — each alone after a
// headline naming the call's two leaders. Every sentence must give one
// statement with the claim's exact words, in the account of the side the
// sentence names (when it names one). The grid checks that the most
// ordinary attributions of news English are read, whatever the words
// around them.

// gridSpeaker is a speaker form. party is the side the phrase names ("" when
// it names none: any account, or none, will do for the side); class says
// which cue forms fit it.
type gridSpeaker struct {
	form, text, party string
	class             gridClass
}

// appositive tells whether the phrase ends in an apposition, which takes
// a closing comma when more words follow it.
func (s gridSpeaker) appositive() bool { return strings.Contains(s.text, ", ") }

// inside is the phrase with more words of the sentence after it.
func (s gridSpeaker) inside() string {
	if s.appositive() {
		return s.text + ","
	}
	return s.text
}

type gridClass int

const (
	gridPerson      gridClass = 1 << iota // a named person, a leader or their staff
	gridRole                              // a role without a name: "a senior official"
	gridInstitution                       // "the White House", "the foreign ministry"
	gridDocument                          // "the readout", "a statement from the Blue House"
)

// gridCue is a cue form; build makes the sentence from the speaker and
// what is said, and gives the statement's words (ok false when the form
// cannot carry that content); fits are the speaker classes it can take.
type gridCue struct {
	form  string
	fits  gridClass
	build func(sp gridSpeaker, c gridContent) (sentence, claim string, ok bool)
}

// gridContent is what is said: a clause, with or without "that", or a
// quotation. claim is the statement's text.
type gridContent struct {
	form         string
	clause, that string // clause as reported; "that " or ""
	quote        string // the quotation's words, without marks and end punctuation
}

const gridHead = "Trump and Moon talk\n\n"

var gridSpeakers = []gridSpeaker{
	{"leader", "Moon", "KR", gridPerson},
	{"leader", "Trump", "US", gridPerson},
	{"name, leader's aide", "Park Ji-hoon, Moon’s chief secretary for press matters", "KR", gridPerson},
	{"name, leader's aide", "Linda Marsh, Trump's national security adviser", "US", gridPerson},
	{"name, country's role", "Park Ji-hoon, South Korea's vice foreign minister", "KR", gridPerson},
	{"name, country's role", "Linda Marsh, a White House spokeswoman", "US", gridPerson},
	{"role", "a senior official", "", gridRole},
	{"role", "a senior presidential official", "", gridRole},
	{"role", "the foreign minister", "", gridRole},
	{"role", "a presidential spokesman", "", gridRole},
	{"role", "officials", "", gridRole},
	{"role, country", "a senior South Korean official", "KR", gridRole},
	{"role, country", "South Korea's foreign minister", "KR", gridRole},
	{"role, country", "a Blue House aide", "KR", gridRole},
	{"role, country", "US officials", "US", gridRole},
	{"role, country", "a White House spokesman", "US", gridRole},
	{"institution", "the White House", "US", gridInstitution},
	{"institution", "the Blue House", "KR", gridInstitution},
	{"institution, its own name", "Cheong Wa Dae", "KR", gridInstitution},
	{"document, modifier", "an English-language readout on the Kremlin website", "RU", gridDocument},
	{"institution", "the State Department", "US", gridInstitution},
	{"institution, lower case", "the ministry", "", gridInstitution},
	{"institution, lower case", "the foreign ministry", "", gridInstitution},
	{"institution, lower case", "South Korea's ministry of foreign affairs", "KR", gridInstitution},
	{"institution, lower case", "the ministry of foreign affairs (MOFA)", "", gridInstitution},
	{"institution, lower case", "the foreign affairs ministry", "", gridInstitution},
	{"document", "the readout", "", gridDocument},
	{"document", "the press release", "", gridDocument},
	{"document, side", "the White House readout", "US", gridDocument},
	{"document, side", "a statement from the Blue House", "KR", gridDocument},
	{"document, side", "a statement by South Korea's presidential office", "KR", gridDocument},
	{"document, side", "a readout from Moon's office", "KR", gridDocument},
	{"document, side", "the Blue House's statement on the call", "KR", gridDocument},
	{"document, side", "the White House formal statement about the talks", "US", gridDocument},
}

var gridContents = []gridContent{
	{form: "that-clause", clause: "the two leaders agreed to hold fresh talks in the spring", that: "that "},
	{form: "bare clause", clause: "the two leaders agreed to hold fresh talks in the spring"},
	{form: "quotation", quote: "We will keep working together on the peninsula"},
}

const (
	gridSpeaking = gridPerson | gridRole
	gridAll      = gridPerson | gridRole | gridInstitution | gridDocument
)

// reported builds "<sp> <verb> <content>." for a clause or a quotation.
func reported(verb string) func(gridSpeaker, gridContent) (string, string, bool) {
	return func(sp gridSpeaker, c gridContent) (string, string, bool) {
		if strings.HasSuffix(sp.text, "officials") {
			verb = strings.Replace(verb, "was ", "were ", 1)
		}
		if c.quote != "" {
			return sp.inside() + " " + verb + ": “" + c.quote + ".”", c.quote + ".", true
		}
		return sp.inside() + " " + verb + " " + c.that + c.clause + ".", c.clause, true
	}
}

// clauseFirst builds "<lead> <clause>." ("According to X, …") for a
// clause without "that".
func clauseFirst(lead string) func(gridSpeaker, gridContent) (string, string, bool) {
	return func(sp gridSpeaker, c gridContent) (string, string, bool) {
		if c.quote != "" || c.that != "" {
			return "", "", false
		}
		return lead + " " + sp.text + ", " + c.clause + ".", c.clause, true
	}
}

// trailing builds "<clause>, <cue>." and "“<quotation>,” <cue>.", the
// cue after what was said.
func trailing(cue func(gridSpeaker) string) func(gridSpeaker, gridContent) (string, string, bool) {
	return func(sp gridSpeaker, c gridContent) (string, string, bool) {
		if c.that != "" {
			return "", "", false
		}
		if c.quote != "" {
			return "“" + c.quote + ",” " + cue(sp) + ".", c.quote, true
		}
		return capitalFirst(c.clause) + ", " + cue(sp) + ".", capitalFirst(c.clause), true
	}
}

var gridCues = []gridCue{
	{"said", gridAll, reported("said")},
	{"told reporters", gridSpeaking, reported("told reporters")},
	{"told X", gridSpeaking, reported("told lawmakers")},
	{"added", gridAll, reported("added")},
	{"noted", gridAll, reported("noted")},
	{"stressed", gridAll, reported("stressed")},
	{"said in a statement", gridSpeaking | gridInstitution, reported("said in a statement")},
	{"in a statement, said", gridSpeaking | gridInstitution, func(sp gridSpeaker, c gridContent) (string, string, bool) {
		s, claim, ok := reported("said")(sp, c)
		return "In a statement, " + s, claim, ok
	}},
	{"according to, first", gridAll, clauseFirst("According to")},
	{"according to, last", gridAll, func(sp gridSpeaker, c gridContent) (string, string, bool) {
		if c.quote != "" || c.that != "" {
			return "", "", false
		}
		return capitalFirst(c.clause) + ", according to " + sp.text + ".", capitalFirst(c.clause), true
	}},
	{"as reported by", gridInstitution | gridDocument, clauseFirst("As reported by")},
	{"cited as saying", gridSpeaking, func(sp gridSpeaker, c gridContent) (string, string, bool) {
		s, claim, ok := reported("as saying")(sp, c)
		return "Yonhap cited " + s, claim, ok
	}},
	{"quoted as saying", gridSpeaking, reported("was quoted as saying")},
	{"trailing", gridAll, trailing(func(sp gridSpeaker) string { return sp.inside() + " said" })},
	{"trailing, inverted", gridPerson | gridInstitution, trailing(func(sp gridSpeaker) string { return "said " + sp.text })},
	{"trailing, a document read", gridDocument, trailing(func(sp gridSpeaker) string { return "read " + sp.text })},
	{"trailing, a statement issued by", gridInstitution, trailing(func(sp gridSpeaker) string { return "the statement issued by " + sp.text + " said" })},
	{"trailing, a readout posted on", gridInstitution, func(sp gridSpeaker, c gridContent) (string, string, bool) {
		if strings.Contains(sp.text, " of ") || strings.Contains(sp.text, "(") {
			return "", "", false // "the ministry of foreign affairs’s website" is no one's English
		}
		return trailing(func(sp gridSpeaker) string { return "the readout posted on " + sp.text + "’s website stated" })(sp, c)
	}},
	{"speaking on condition of anonymity", gridRole, func(sp gridSpeaker, c gridContent) (string, string, bool) {
		anon := sp
		anon.text += ", speaking on condition of anonymity"
		return reported("said")(anon, c)
	}},
	{"speaking on condition of anonymity, no commas", gridRole, func(sp gridSpeaker, c gridContent) (string, string, bool) {
		return reported("speaking on condition of anonymity told journalists")(sp, c)
	}},
}

// knownGaps are grid cases the attribution pass still misses, by speaker
// phrase (after a side spoke), each with the reason.
var knownGaps = map[string]string{
	"the press release":    "“release” is no document noun in the catalog (reporting.documents): as one word it would read “the release of a prisoner” as a document",
	"the foreign minister": "a role no one in the article holds, with no country: the pass does not guess whose minister it is from the side that spoke last",
}

type gridCase struct {
	sp          gridSpeaker
	cue         gridCue
	content     gridContent
	text, claim string
	// context is said before the sentence, by a side, when the phrase
	// names none: the phrase then speaks for that side (party).
	context, party string
}

func (g gridCase) name() string {
	n := g.sp.form + " | " + g.cue.form + " | " + g.content.form + " | " + g.sp.text
	if g.context != "" {
		n += " | after a side spoke"
	}
	return n
}

// gridContext is a side's statement before a phrase that names no side,
// and its claim.
const (
	gridContext      = "Moon’s office said the call lasted an hour. "
	gridContextClaim = "the call lasted an hour"
	gridContextParty = "KR"
)

func gridCases() []gridCase {
	var out []gridCase
	for _, sp := range gridSpeakers {
		for _, cue := range gridCues {
			if cue.fits&sp.class == 0 {
				continue
			}
			for _, c := range gridContents {
				s, claim, ok := cue.build(sp, c)
				if !ok {
					continue
				}
				g := gridCase{sp: sp, cue: cue, content: c, text: capitalFirst(s), claim: claim, party: sp.party}
				out = append(out, g)
				if sp.party == "" {
					g.context, g.party = gridContext, gridContextParty
					out = append(out, g)
				}
			}
		}
	}
	return out
}

func capitalFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// gridFailure says what is wrong with the extraction of one case, or "".
// A phrase that names no side, with no side before it, may give no
// statement: no one can tell whose it is.
func gridFailure(t *testing.T, c *Catalog, g gridCase) string {
	a, err := Parse("t.txt", []byte(gridHead+g.context+g.text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := runPasses(a, c)
	checkInvariants(t, p.a, p.extraction)
	var found []string
	var hit *Account
	for i := range p.extraction.Accounts {
		acc := &p.extraction.Accounts[i]
		for _, st := range acc.Statements {
			if g.context != "" && st.Text == gridContextClaim {
				continue
			}
			found = append(found, st.Text)
			if st.Text == g.claim {
				hit = acc
			}
		}
	}
	switch {
	case len(found) == 0 && g.party == "":
		return ""
	case len(found) == 0:
		return "no statement"
	case hit == nil:
		return fmt.Sprintf("wrong span %q", found)
	case len(found) > 1:
		return fmt.Sprintf("%d statements %q", len(found), found)
	case g.party != "" && hit.Party != g.party:
		return fmt.Sprintf("side %q (%s), want %s", hit.Party, hit.ID, g.party)
	}
	return ""
}

func TestConstructionGrid(t *testing.T) {
	byForm := map[string]int{}
	byCue := map[string]int{}
	fails := 0
	cases := gridCases()
	c := testCatalog(t)
	for _, g := range cases {
		t.Run(g.name(), func(t *testing.T) {
			why := gridFailure(t, c, g)
			gap, known := knownGaps[g.sp.text]
			known = known && os.Getenv("GRID_ALL") == "" // GRID_ALL=1 counts the known gaps as failures
			switch {
			case why != "" && known:
				t.Skipf("known gap (%s): %s", gap, why)
			case why != "":
				fails++
				byForm[g.sp.form]++
				byCue[g.cue.form]++
				t.Errorf("%s%s\n  %s", g.context, g.text, why)
			}
		})
	}
	if fails > 0 && os.Getenv("GRID_SUMMARY") != "" { // GRID_SUMMARY=1 counts the failures by construction
		t.Logf("%d of %d cases fail\nby speaker form:\n%s\nby cue form:\n%s", fails, len(cases), counts(byForm), counts(byCue))
	}
}

func counts(m map[string]int) string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] })
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "  %4d %s\n", m[k], k)
	}
	return b.String()
}
