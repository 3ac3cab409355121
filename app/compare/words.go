package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quote puts words in typographic quotation marks, on one line. Double
// quotation marks inside are dropped, and single ones that are not
// apostrophes, so the marks of a reason always pair up: the words a reason
// quotes may open or close a quotation of the article's.
func quote(s string) string { return "“" + clean(s) + "”" }

// quoteCues quotes each cue's words, joined by commas.
func quoteCues(cs []cue) string {
	q := make([]string, len(cs))
	for i, c := range cs {
		q[i] = quote(c.text)
	}
	return strings.Join(q, ", ")
}

// clean drops quotation marks (keeping apostrophes) and folds runs of
// white space, line breaks included, into single spaces.
func clean(s string) string {
	var b strings.Builder
	var prev rune
	for i, r := range s {
		switch r {
		case '“', '”', '"', '„', '«', '»':
			prev = r
			continue
		case '‘', '’', '\'':
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if !(unicode.IsLetter(prev) && unicode.IsLetter(next)) {
				prev = r
				continue
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// excerptLen is how many characters of a statement a reason quotes.
const excerptLen = 110

// excerpt is the start of a statement as a reason quotes it: cleaned, and
// cut at a word boundary with an ellipsis when long.
func excerpt(s string) string {
	s = clean(s)
	if utf8.RuneCountInString(s) <= excerptLen {
		return s
	}
	cut := 0
	for i := range s {
		if utf8.RuneCountInString(s[:i]) > excerptLen {
			break
		}
		if s[i] == ' ' {
			cut = i
		}
	}
	if cut == 0 {
		cut = len(s)
	}
	return strings.TrimRight(s[:cut], ",;:") + "…"
}
