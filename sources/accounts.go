package sources

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// defaultChannel labels statements whose channel the article never names.
const defaultChannel = "statement"

// fillChannels gives statements made before their speaker's channel is
// named (a lede that summarises the post quoted below) the first channel
// the article names for that speaker.
func (x *extractor) fillChannels() {
	firstOf := map[string]int{}
	for _, r := range x.raws {
		if _, ok := firstOf[r.sp.name]; !ok && r.channel >= 0 && !r.earlier {
			firstOf[r.sp.name] = r.channel
		}
	}
	for i := range x.raws {
		if r := &x.raws[i]; r.channel < 0 {
			if c, ok := firstOf[r.sp.name]; ok && !r.earlier {
				r.channel = c
			}
		}
	}
}

// group sorts the statements, drops overlaps, and forms the accounts.
func (x *extractor) group() *Extraction {
	sort.SliceStable(x.raws, func(i, j int) bool { return x.raws[i].Start < x.raws[j].Start })
	kept := x.raws[:0]
	end := -1
	for _, r := range x.raws {
		if r.Start < end {
			continue
		}
		kept = append(kept, r)
		end = r.End
	}
	ex := &Extraction{Article: x.a}
	type group struct {
		key, speaker, channel, base, alt string
		outlets                          []string
		rs                               []raw
		published                        bool
	}
	var groups []*group
	byKey := map[string]*group{}
	for _, r := range kept {
		if r.earlier {
			st := x.statement(r)
			st.Channel = orElse(st.Channel, "earlier statement")
			st.ID = fmt.Sprintf("earlier-%d", len(ex.Earlier)+1)
			ex.Earlier = append(ex.Earlier, st)
			continue
		}
		key, speakerName, channel := x.groupKey(r)
		g := byKey[key]
		if g == nil {
			base, alt := x.idParts(key, r)
			g = &group{key: key, speaker: speakerName, channel: channel, base: base, alt: alt}
			byKey[key] = g
			groups = append(groups, g)
		}
		// A government's account is its leader's account of the event: it
		// takes the leader's name when the article names the leader or one of
		// its statements is the leader's.
		if r.sp.who != nil && g.speaker != r.sp.name && strings.HasPrefix(key, "gov:") {
			g.speaker = r.sp.name
		} else if leader := x.ppl.role(x.c, strings.TrimPrefix(key, "gov:"), "leader"); leader != nil && strings.HasPrefix(key, "gov:") {
			g.speaker = leader.name
		}
		if r.channel >= 0 && strings.HasPrefix(key, "gov:") {
			name := x.c.Channels[r.channel].Name
			if name != g.channel && !contains(g.outlets, name) {
				g.outlets = append(g.outlets, name)
			}
		}
		if r.channel >= 0 && (x.c.Channels[r.channel].Official || x.c.Channels[r.channel].Published) {
			g.published = true
		}
		g.rs = append(g.rs, r)
	}
	// Principal accounts come first: those the sides published themselves
	// (posts, readouts, state media), largest first; remarks and briefings
	// about the event follow. The first three are then put in text order,
	// so the pairs read as the article introduces the sides.
	sort.SliceStable(groups, func(i, j int) bool {
		if groups[i].published != groups[j].published {
			return groups[i].published
		}
		return len(groups[i].rs) > len(groups[j].rs)
	})
	top := groups[:min(3, len(groups))]
	sort.SliceStable(top, func(i, j int) bool { return top[i].rs[0].Start < top[j].rs[0].Start })
	used := map[string]bool{}
	for _, g := range groups {
		id := g.base
		if used[id] && g.alt != "" {
			id = g.base + "-" + g.alt
		}
		for n := 2; used[id]; n++ {
			id = fmt.Sprintf("%s-%d", g.base, n)
		}
		used[id] = true
		channel := g.channel
		if len(g.outlets) > 0 {
			channel += " (" + strings.Join(g.outlets, ", ") + ")"
		}
		acc := Account{ID: id, Speaker: g.speaker, Channel: channel, Label: g.speaker + " — " + channel}
		for i, r := range g.rs {
			st := x.statement(r)
			st.ID = fmt.Sprintf("%s-%d", id, i+1)
			st.Account = id
			st.Speaker, st.Channel = acc.Speaker, acc.Channel
			acc.Statements = append(acc.Statements, st)
		}
		ex.Accounts = append(ex.Accounts, acc)
	}
	return ex
}

func (x *extractor) statement(r raw) Statement {
	ch := ""
	if r.channel >= 0 {
		ch = x.c.Channels[r.channel].Name
	}
	return Statement{Speaker: r.sp.name, Channel: ch, Kind: r.kind, Confidence: r.conf, Span: r.Span,
		Text: x.a.Text[r.Start:r.End], Paragraph: r.para, Earlier: r.earlier}
}

// groupKey decides which account a statement belongs to. A government's
// own channels (readouts, state media) and its institutions form one
// account under the government's key ("beijing") when the speaker is the
// institution or the country's leader; everything else is grouped by
// speaker and channel, with the speaker's surname as the id.
func (x *extractor) groupKey(r raw) (key, speakerName, channel string) {
	country := ""
	official := false
	if r.channel >= 0 && x.c.Channels[r.channel].Official {
		country, official = x.c.Channels[r.channel].Country, true
	}
	if r.sp.institution && r.sp.country != "" {
		country, official = r.sp.country, true
	}
	if co := x.c.Country(country); official && co != nil && co.Government.Key != "" {
		leader := x.ppl.role(x.c, country, "leader")
		// A person with no known office quoted through a government's own
		// channel, when the article binds nobody to its leadership, is taken
		// as the leader: readouts speak for the head of state.
		unbound := leader == nil && r.sp.who != nil && (r.sp.who.office == "" || r.sp.who.country == "" && r.sp.who.office == co.Head)
		if r.sp.institution || (leader != nil && leader == r.sp.who) || unbound {
			readout := orElse(co.Government.Readout, co.Government.Name+" statement")
			return "gov:" + country, orElse(co.Government.Name, r.sp.name), readout
		}
	}
	channel = defaultChannel
	if r.channel >= 0 {
		channel = x.c.Channels[r.channel].Name
	}
	return "p:" + r.sp.name + "|" + channel, r.sp.name, channel
}

// idParts gives the account id of a group and the suffix that tells it
// apart from another account of the same speaker.
func (x *extractor) idParts(key string, r raw) (base, alt string) {
	if country, ok := strings.CutPrefix(key, "gov:"); ok {
		return x.c.Country(country).Government.Key, ""
	}
	base = slug(r.sp.name)
	if r.sp.who != nil {
		base = slug(x.ppl.shortName(r.sp.who))
	}
	if base == "" {
		base = "speaker"
	}
	_, channel, _ := strings.Cut(key, "|")
	return base, channelSlug(channel)
}

// channelSlug shortens a channel name for an account id suffix:
// "Oval Office remarks" -> "oval-office", "remarks to reporters" -> "reporters".
func channelSlug(channel string) string {
	generic := map[string]bool{"remarks": true, "post": true, "readout": true, "statement": true,
		"on": true, "to": true, "the": true, "a": true, "aboard": true, "of": true}
	var words []string
	for _, w := range strings.Fields(channel) {
		if !generic[strings.ToLower(w)] {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return slug(channel)
	}
	return slug(strings.Join(words, " "))
}

var folds = map[rune]string{'ğ': "g", 'ç': "c", 'ş': "s", 'ı': "i", 'ö': "o", 'ü': "u", 'é': "e",
	'è': "e", 'ê': "e", 'ë': "e", 'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'å': "a", 'ã': "a", 'ă': "a",
	'ą': "a", 'ñ': "n", 'ń': "n", 'ł': "l", 'ó': "o", 'ò': "o", 'ô': "o", 'õ': "o", 'ø': "o", 'ś': "s",
	'š': "s", 'ș': "s", 'ż': "z", 'ź': "z", 'ž': "z", 'ć': "c", 'č': "c", 'ę': "e", 'ě': "e", 'ř': "r",
	'ý': "y", 'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ú': "u", 'ù': "u", 'û': "u", 'ů': "u", 'ț': "t",
	'ţ': "t", 'ď': "d", 'ť': "t", 'ň': "n", 'æ': "ae", 'œ': "oe", 'ß': "ss"}

// slug makes a short, typeable id: lower-case ASCII letters and digits
// joined by hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if f, ok := folds[r]; ok {
			b.WriteString(f)
			dash = false
			continue
		}
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
			dash = false
			continue
		}
		if r == '\'' || r == '’' || r == '.' {
			continue
		}
		if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimRight(b.String(), "-")
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
