// Package naming names the accounts of a reading as a reader would: the
// window and the reports give one account one name.
package naming

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"readouts/sources"
)

// Names are the names the accounts of one text go by, by account id: in
// the window's buttons, drop-downs, column heads, verdicts and legend, and
// in the reports' verdict labels and headings. A name is always words of
// the text (the speaker, the channel, the article), never an id dressed up: the account "xi" is "Xi" because
// the speaker is "Xi Jinping", and "us-president" is "US President" only
// where the article writes it so. Two accounts that would share a name are
// told apart by their channels: "Trump — Truth Social", "Trump — Oval
// Office".
type Names map[string]string

// For names the accounts of x, each told apart from every other account
// of the text: the window, where any account can come on show.
func For(x *sources.Extraction) Names {
	if x == nil {
		return Names{}
	}
	accs := make([]*sources.Account, len(x.Accounts))
	for i := range x.Accounts {
		accs[i] = &x.Accounts[i]
	}
	return among(x, accs)
}

// Among names the accounts ids of x, told apart only from each other: a
// report that compares one of the article's two Trump accounts calls it
// "Trump". Ids x has no account for are left out.
func Among(x *sources.Extraction, ids []string) Names {
	if x == nil {
		return Names{}
	}
	var accs []*sources.Account
	for _, id := range ids {
		if a := x.Account(id); a != nil {
			accs = append(accs, a)
		}
	}
	return among(x, accs)
}

func among(x *sources.Extraction, accs []*sources.Account) Names {
	article := ""
	if x.Article != nil {
		article = x.Article.Text
	}
	base := make([]string, len(accs))
	count := map[string]int{}
	for i, a := range accs {
		base[i] = baseName(a, article)
		count[base[i]]++
	}
	names := Names{}
	used := map[string]int{}
	for i, a := range accs {
		name := base[i]
		if count[name] > 1 {
			name += " — " + channelName(a.Channel)
		}
		if used[name]++; used[name] > 1 {
			name += " (" + strconv.Itoa(used[name]) + ")"
		}
		names[a.ID] = name
	}
	return names
}

// Of is the name of account id; an id the text has no account for stays
// as it is (it names nothing a reader could mistake for a person).
func (n Names) Of(id string) string {
	if name, ok := n[id]; ok {
		return name
	}
	return id
}

// baseName is what an account goes by before telling it from others: the
// words of its speaker, its channel or the article that its id was made
// of (the id of a speaker is their family name, "xi" for Xi Jinping; the
// id of a government's account the name of its seat, "kremlin"); else
// the speaker as written.
func baseName(a *sources.Account, article string) string {
	parts := strings.Split(a.ID, "-")
	// The longest front of the id that the text writes: an id told apart
	// by its channel ("trump-oval-office") is named by its speaker.
	for k := len(parts); k >= 1; k-- {
		slug := strings.Join(parts[:k], "-")
		for _, src := range []string{a.Speaker, a.Channel} {
			if w := wordsWithSlug(src, slug); utf8.RuneCountInString(w) > 1 {
				return w
			}
		}
	}
	if w := wordsWithSlug(article, a.ID); utf8.RuneCountInString(w) > 1 {
		return w
	}
	if f := strings.Fields(a.Speaker); len(f) > 0 {
		return a.Speaker
	}
	if a.Channel != "" {
		return a.Channel
	}
	return "unnamed account"
}

// word is one word of a text, as byte offsets.
type word struct{ start, end int }

// wordsOf splits s into words: runs of letters, digits, apostrophes and
// dots inside a name ("O'Brien", "J.D.").
func wordsOf(s string) []word {
	var out []word
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && (r == '\'' || r == '’' || r == '.'))
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, word{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start, len(s)})
	}
	for k := range out {
		// A dot or apostrophe that ends a word is punctuation.
		out[k].end = out[k].start + len(strings.TrimRight(s[out[k].start:out[k].end], ".'’"))
	}
	return out
}

// wordsWithSlug is the first run of whole words of s whose slug is slug,
// as s writes them; "" when there is none. A dateline's place is passed
// over: "NAIROBI, March 3 -" is not how a reader names a government.
func wordsWithSlug(s, slug string) string {
	if slug == "" {
		return ""
	}
	ws := wordsOf(s)
	for i := range ws {
		for j := i; j < len(ws) && j-i < 6; j++ {
			if w := s[ws[i].start:ws[j].end]; slugMatches(w, slug) && !dateline(s, ws[i].start, w) {
				return w
			}
		}
	}
	return ""
}

// dateline tells words w at offset at of s that are a dateline's place:
// written in capitals, first on their line ("OSLO, May 2 -"), or longer
// than an acronym ("NAIROBI"; not "US" or "NATO").
func dateline(s string, at int, w string) bool {
	letters := sources.CapitalLetters(w)
	if letters < 0 {
		return false
	}
	return letters > 5 || strings.TrimLeft(s[strings.LastIndexByte(s[:at], '\n')+1:at], " \t") == ""
}

// slugMatches tells whether an id's slug (lower-case ASCII letters and
// digits joined by hyphens) was made of the words text: its letters lower
// case, a letter with a diacritic standing for any one letter ("Erdoğan"
// is "erdogan"), apostrophes and dots dropped, anything else a hyphen.
func slugMatches(text, slug string) bool {
	j := 0
	dash := false
	for _, r := range strings.ToLower(text) {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if j >= len(slug) || slug[j] != byte(r) {
				return false
			}
			j++
			dash = false
		case unicode.IsLetter(r):
			if j >= len(slug) || slug[j] == '-' {
				return false
			}
			j++
			dash = false
		case r == '\'' || r == '’' || r == '.':
		default:
			if !dash && j > 0 {
				if j >= len(slug) || slug[j] != '-' {
					return false
				}
				j++
				dash = true
			}
		}
	}
	return j == len(slug)
}

// channelName is the part of a channel that tells it from another: its
// proper name ("Truth Social" of "Truth Social post", "Oval Office" of
// "remarks in the Oval Office"), else the channel as written ("press
// briefing"). What is in brackets (the outlets it came through) is left
// out.
func channelName(ch string) string {
	if i := strings.IndexAny(ch, "(["); i > 0 {
		ch = strings.TrimSpace(ch[:i])
	}
	best := ""
	var run []string
	flush := func() {
		if s := strings.Join(run, " "); len(s) > len(best) {
			best = s
		}
		run = run[:0]
	}
	for _, w := range strings.Fields(ch) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			run = append(run, w)
			continue
		}
		flush()
	}
	flush()
	if best != "" {
		return best
	}
	if ch == "" {
		return "unnamed channel"
	}
	return ch
}
