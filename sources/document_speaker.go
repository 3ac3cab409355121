package sources

import (
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleInfo is what the title line of an official document tells: what
// kind of document it is, who it is by ("Statement by Press Secretary …")
// and whose call or meeting it reports ("Readout of President …'s Call").
type titleInfo struct {
	kind      string
	by        string // the author of a statement, briefing or remarks, with any role
	principal string // the side's leader whose call the readout reports
}

// titleForms are the title lines of readouts, statements, briefings and
// remarks as government sites write them. The first that matches decides.
var titleForms = []struct {
	re   *regexp.Regexp
	kind string
	// group holds the author (by) or the principal, or is 0 for neither.
	group int
	by    bool
}{
	{regexp.MustCompile(`(?i)^readout\s+of\s+(?:the\s+)?(.+?)['’]s?\s`), "readout", 1, false},
	{regexp.MustCompile(`(?i)^readout\b`), "readout", 0, false},
	{regexp.MustCompile(`(?i)^(?:joint\s+)?statement\s+(?:by|from|of)\s+(.+?)(?:\s+(?:on|following|regarding|about|after|upon|concerning|in)\s|$)`), "statement", 1, true},
	{regexp.MustCompile(`(?i)^(?:joint\s+)?(?:statement|communiqu[eé]|declaration)\b`), "statement", 0, false},
	{regexp.MustCompile(`(?i)^(?:press\s+|media\s+|news\s+)?briefing\s+(?:by|with|of)\s+(.+?)(?:\s+(?:following|on|after|about|regarding|concerning)\s|$)`), "briefing", 1, true},
	{regexp.MustCompile(`(?i)^(?:press\s+|media\s+|news\s+)?briefing\b`), "briefing", 0, false},
	{regexp.MustCompile(`(?i)^remarks\s+(?:by|of)\s+(.+?)(?:\s+(?:on|at|before|after|following|in|during|to)\s|$)`), "remarks", 1, true},
	{regexp.MustCompile(`(?i)^(?:answers\s+to\s+(?:media|journalists['’]?|reporters['’]?)\s+questions|interview)\b`), "interview", 0, false},
	{regexp.MustCompile(`(?i)^(?:(?:telephone|phone|video)\s+)?(?:conversations?|calls?|talks|meeting|videoconference|video\s+conference)\s+with\s`), "readout", 0, false},
	{regexp.MustCompile(`(?i)^(.+?)\s+(?:had|has|held|holds|hold|speaks|spoke|talks|talked|meets|met|conducted|conducts)\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,4}(?:conversations?|calls?|talks|meeting|videoconference)\s+with\s`), "readout", 1, false},
	{regexp.MustCompile(`(?i)^(.+?)\s+(?:speaks|spoke|talks|talked|meets|met)\s+with\s`), "readout", 1, false},
	{regexp.MustCompile(`(?i)^(?:press|news)\s+release\b`), "news release", 0, false},
	// An address or speech, its title often a line of it first: "… –
	// address by President Ann Lee", "… - President Ann Lee's video address".
	{regexp.MustCompile(`(?i)^(?:.*\s[-–—]\s)?` + addressWords + `\s+(?:by|of)\s+(.+?)(?:\s+(?:on|at|to|in|before|after|following)\s|$)`), "address", 1, true},
	{regexp.MustCompile(`(?i)^(?:.*\s[-–—]\s)?(.+?)['’]s?\s+` + addressWords + `$`), "address", 1, true},
	{regexp.MustCompile(`(?i)\btranscript\b`), "transcript", 0, false},
}

// addressWords name an address or a speech, with the words that say what
// kind: "evening address", "video address", "speech".
const addressWords = `(?:(?:evening|nightly|video|televised|annual|new\s+year['’]?s?|inaugural|keynote|opening|closing|daily|weekly|national|radio)\s+)?(?:address|speech)`

// parseTitle reads a title line; kind is "" when it is none of the forms.
func parseTitle(t string) titleInfo {
	t = strings.TrimSpace(t)
	for _, f := range titleForms {
		m := f.re.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		ti := titleInfo{kind: f.kind}
		if i := strings.IndexAny(m[f.group], ",("); f.group > 0 && i > 0 {
			m[f.group] = m[f.group][:i] // "… Ivan Petrov, 2 May", "… (kremlin.ru)"
		}
		if f.group > 0 {
			if f.by {
				ti.by = strings.TrimSpace(m[f.group])
			} else {
				ti.principal = strings.TrimSpace(m[f.group])
			}
		}
		return ti
	}
	return titleInfo{}
}

// titleLine is the document's title: of the lines that open the section
// before its text (title, date, site name, navigation), the first that
// reads as the title of a readout, statement or briefing, else the first.
func titleLine(a *Article, s docSection) (string, bool) {
	first := ""
	for i := s.from; i < s.to; i++ {
		t := a.Slice(a.Paragraphs[i].Span)
		if strings.HasPrefix(t, "#") {
			continue
		}
		if !isLabelLine(t) {
			break
		}
		if parseTitle(t).kind != "" {
			return t, true
		}
		if first == "" {
			first = t
		}
	}
	return first, first != ""
}

// isLabelLine tells whether a paragraph is a line of its own that is no
// sentence of the text: a title, a date, a site name, a navigation trail.
// An item of a bulleted list, or the line before it, is text even
// without a period.
func isLabelLine(t string) bool {
	n := len(strings.Fields(t))
	if endsWithStop(t) || n > 30 {
		return false
	}
	// A list item, or a line that opens one ("… three steps:").
	return !(n >= 5 && bulletRE.MatchString(t)) && !(n >= 4 && strings.HasSuffix(t, ":"))
}

// bulletRE matches the mark of a list item: "- ", "* ", "• ", "1. ", "a) ".
var bulletRE = regexp.MustCompile(`^(?:[-*•·–]|\d{1,2}[.)]|[a-z][.)])\s`)

// endsWithStop tells whether t ends a sentence: . ! ? or … with any
// closing quotes or brackets after it.
func endsWithStop(t string) bool {
	t = strings.TrimRight(t, " \t\u00a0\"'”’»)]*_")
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// roleWords are the words of offices and honorifics, which a person's
// name follows ("Aide to the President Yury Ushakov").
var roleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`aide assistant deputy national security press foreign affairs
		chief staff state vice special senior first general federal acting principal presidential
		spokesperson spokesman spokeswoman official counselor counsellor coordinator representative
		head director minister ministry secretary president chancellor premier prime adviser advisor
		envoy ambassador leader king queen prince crown majesty excellency his her mr mrs ms dr
		sheikh emir sultan pope the of to for and on in defence defense council office executive
		communications spokesperson's`) {
		roleWords[w] = true
	}
}

// splitRole splits "Press Secretary Jen Psaki" into the name "Jen Psaki"
// and the role "Press Secretary": the name is the run of capitalised words
// at the end that are not words of an office.
func splitRole(s string, lx *docLexicon) (name, role string) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s"))
	words := strings.Fields(s)
	k := len(words)
	for k > 0 {
		w := strings.Trim(words[k-1], ",")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || lx.isRole(w) {
			break
		}
		k--
	}
	name = strings.Trim(strings.Join(words[k:], " "), ", ")
	role = strings.TrimSpace(strings.Join(words[:k], " "))
	role = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(role, "the "), "The "))
	return name, role
}

// docIdentity is who speaks in a document and through which channel;
// author is the person a statement, briefing or remarks is by, if named.
type docIdentity struct {
	kind, title, speaker, channel, party, publisher, id, from, author string
	// principal is the leader whose call the title says it reports.
	principal string
}

// identify reads a document's speaker, channel and party from its heading,
// front matter, title line and site lines, then its publisher, else its
// file name (for a whole file).
func identify(a *Article, s docSection, whole bool, c *Catalog, p *Publishers, lx *docLexicon) docIdentity {
	heading := s.heading(a)
	title, hasTitle := titleLine(a, s)
	ti := documentTitle(title, heading)
	id := docIdentity{kind: orElse(ti.kind, "document"), title: title, principal: ti.principal}
	if !hasTitle {
		id.title = orElse(heading, a.Title)
	}
	name, role := splitRole(ti.by, lx)
	if name == "" && role == "" {
		name = ti.by
	}
	pub, from, ok := findPublisher(a, s, heading, whole, c, p, lx)
	fileBase := strings.TrimSuffix(filepath.Base(a.Name), filepath.Ext(a.Name))
	switch {
	case ok:
		id.publisher, id.party, id.from, id.id = pub.Name, pub.Country, from, pub.accountID(c)
		id.speaker, id.channel = pub.Name, pub.Readout
		if id.kind != "readout" && id.kind != "document" {
			id.channel = pub.Name + " " + id.kind
		}
	case ti.principal != "" || name != "":
		id.speaker, id.from, id.channel = orElse(name, ti.principal), "title", id.kind
		id.party = lx.countryIn(orElse(ti.principal, role))
	case heading != "":
		id.speaker, id.from, id.channel = headingLabel(heading), "heading", id.kind
		id.party = lx.countryIn(heading)
	default:
		id.speaker, id.from, id.channel = fileBase, "file name", id.kind
	}
	// A statement, briefing or remarks by a named person or an office:
	// the person speaks, for the publisher's side, through that office.
	if name != "" || role != "" && ok {
		id.speaker, id.author = orElse(name, id.speaker), name
		id.channel = strings.TrimSpace(id.publisher+" "+id.kind) + byRole(role)
	}
	if id.party == "" {
		id.party = lx.countryIn(ti.principal)
	}
	if id.party == "" && id.from == "title" {
		// "President Niinistö spoke with …": the world knows whose
		// president he is when the title does not say.
		if full, country := knownSpeaker(c, id.speaker, lx); country != "" {
			short, _ := splitRole(id.speaker, lx)
			id.speaker, id.party, id.id = full, country, slug(short)
		}
	}
	if id.party == "" && whole {
		id.party = lx.countryIn(fileBase)
	}
	id.id = orElse(id.id, orElse(slug(id.speaker), "document"))
	return id
}

// documentTitle reads the kind and author of a document from its title
// line, else from its dossier heading: a title form, a kind word
// ("Kremlin account"), or a title form after a colon ("Kremlin: briefing
// by Aide …"), which may also name the author the title line leaves out.
func documentTitle(title, heading string) titleInfo {
	ti := parseTitle(title)
	if heading == "" {
		return ti
	}
	var afterColon titleInfo
	if _, rest, ok := strings.Cut(heading, ":"); ok {
		afterColon = parseTitle(strings.TrimSpace(rest))
	}
	if ti.kind == "" {
		ti = parseTitle(heading)
	}
	if ti.kind == "" {
		for _, w := range plainWords(heading) {
			if k := documentKindWords[w]; k != "" {
				ti.kind = k
				break
			}
		}
		if afterColon.kind != "" {
			ti = afterColon
		}
	}
	ti.by = orElse(ti.by, afterColon.by)
	return ti
}

// headingLabel is the label part of a dossier heading, before any date
// or address: "Russian readout" of "Russian readout (mid.ru), 3 March".
func headingLabel(h string) string {
	if i := strings.IndexAny(h, ",(:"); i > 0 {
		h = h[:i]
	}
	return strings.TrimSpace(h)
}

func byRole(role string) string {
	if role == "" {
		return ""
	}
	return " by the " + role
}

// findPublisher looks for the publisher in the heading, the front matter,
// the site lines of the section (a site name or address left in a saved
// page), and for a whole file its name; failing a known publisher, for a
// government office named with its country in the heading.
func findPublisher(a *Article, s docSection, heading string, whole bool, c *Catalog, p *Publishers, lx *docLexicon) (Publisher, string, bool) {
	if heading != "" {
		if pub, ok := publisherIn(heading, c, p); ok {
			return pub, "heading", true
		}
	}
	if whole {
		for _, v := range frontMatterValues(a, "publisher", "source", "site", "url", "link", "author", "organization", "agency") {
			if pub, ok := publisherIn(v, c, p); ok {
				return pub, "front matter", true
			}
		}
	}
	title, _ := titleLine(a, s)
	for i := s.from; i < s.to; i++ {
		t := a.Slice(a.Paragraphs[i].Span)
		if strings.HasPrefix(t, "#") || t == title || !isLabelLine(t) && !strings.Contains(t, "://") {
			continue
		}
		if len(strings.Fields(t)) > 12 {
			continue
		}
		if pub, ok := publisherIn(t, c, p); ok {
			return pub, "site", true
		}
	}
	if whole {
		if pub, ok := publisherIn(filepath.Base(a.Name), c, p); ok {
			return pub, "file name", true
		}
	}
	if pub, ok := officePublisher(heading, c, lx); ok {
		return pub, "heading", true
	}
	return Publisher{}, "", false
}

// frontMatterValues returns the values of the given keys in the article's
// YAML front matter, in the order asked.
func frontMatterValues(a *Article, keys ...string) []string {
	if a.Body.Start == 0 {
		return nil
	}
	found := map[string]string{}
	for _, l := range strings.Split(a.Text[:a.Body.Start], "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && !strings.HasPrefix(l, " ") {
			found[strings.ToLower(strings.TrimSpace(k))] = strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	var out []string
	for _, k := range keys {
		if v := found[k]; v != "" {
			out = append(out, v)
		}
	}
	return out
}

// knownSpeaker is the gazetteer's person that a title names (a full name,
// or a family name after a title, "President Niinistö"): their full name
// and the country they served last. "" when the gazetteer does not know
// the name or it is ambiguous.
func knownSpeaker(c *Catalog, s string, lx *docLexicon) (name, country string) {
	if c == nil || c.idx == nil {
		return "", ""
	}
	n, _ := splitRole(s, lx)
	words := nameWords(n)
	i := c.idx.figures.fullName(words, 0)
	if i < 0 && len(words) == 1 {
		i = c.idx.figures.shortName(words, 0)
	}
	if i < 0 {
		return "", ""
	}
	country, _ = c.idx.figures.role(i, 0)
	return c.People[i].Name, country
}
