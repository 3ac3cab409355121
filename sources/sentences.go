package sources

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleAbbreviations are the titles written short before a name ("Dr.
// Faisal"): the tokenizer keeps their period, as the catalog's titles do.
var titleAbbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true,
	"gen": true, "gov": true, "sen": true, "rep": true, "lt": true, "col": true, "capt": true, "sgt": true}

// abbreviations end with a period that does not end a sentence: the
// titles, and other words written short.
var abbreviations = unionOf(titleAbbreviations, map[string]bool{
	"st": true, "jr": true, "sr": true, "no": true, "vs": true,
	"etc": true, "inc": true, "co": true, "ltd": true, "corp": true, "jan": true,
	"feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "u.s": true,
	"u.k": true, "u.n": true, "e.u": true, "a.m": true, "p.m": true, "approx": true,
	"est": true, "fig": true, "vol": true, "pres": true, "amb": true, "adm": true,
})

// unionOf is a new set holding the words of a and b.
func unionOf(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for w := range a {
		out[w] = true
	}
	for w := range b {
		out[w] = true
	}
	return out
}

// sentenceSpans splits the text under span into sentences. A sentence ends
// at . ? ! or … (with any closing quotes or brackets after it) followed by
// white space and a capital letter, digit or opening quote.
func sentenceSpans(text string, span Span) []Span {
	var out []Span
	start := span.Start
	for i := span.Start; i < span.End; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '?' && r != '!' && r != '…' {
			i += size
			continue
		}
		end := i + size
		for end < span.End {
			c, n := utf8.DecodeRuneInString(text[end:])
			if !isClosingMark(c) && c != '.' && c != '?' && c != '!' {
				break
			}
			end += n
		}
		if r == '.' && isAbbreviation(text[start:i]) {
			i = end
			continue
		}
		j := end
		for j < span.End {
			if c := text[j]; c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				j++
			} else if strings.HasPrefix(text[j:span.End], "\u00a0") { // no-break space, as saved web pages have
				j += len("\u00a0")
			} else {
				break
			}
		}
		if j == span.End {
			break
		}
		if j == end {
			i = end
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j:])
		if unicode.IsUpper(next) || unicode.IsDigit(next) || isOpeningMark(next) {
			out = append(out, Span{start, end})
			start = j
		}
		i = end
	}
	if s := strings.TrimRight(text[start:span.End], " \t\r\n\u00a0"); s != "" {
		out = append(out, Span{start, start + len(s)})
	}
	return out
}

// isAbbreviation tells whether the word before a period is a known
// abbreviation or an initial ("J." in "John F. Kennedy").
func isAbbreviation(before string) bool {
	k := len(before)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:k])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		k -= n
	}
	w := before[k:]
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(w)]
}

func isClosingMark(r rune) bool {
	switch r {
	case '"', '”', '’', '\'', ')', ']', '»', '›':
		return true
	}
	return false
}

func isOpeningMark(r rune) bool {
	switch r {
	case '"', '“', '‘', '\'', '(', '[', '«', '‹':
		return true
	}
	return false
}
