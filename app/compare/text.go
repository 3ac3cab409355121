package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text with its byte range, its normalised form
// (lower case, straight apostrophes, no possessive "'s") and its stem.
type token struct {
	start, end int
	norm       string
	stem       string
	upper      bool // written in capitals: "US", "NATO", "TRADE"
}

// isWordRune tells the runes that make up words: letters, digits and
// combining marks.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isJoiner tells the runes that stay inside a word when a word rune follows:
// apostrophes ("doesn't", "Biden’s"), hyphens ("cease-fire", "90-day") and
// dots and commas between digits or in abbreviations ("1,200", "U.S").
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‑', '.', ',':
		return true
	}
	return false
}

// scanWords calls fn with the byte range of every word in s.
func scanWords(s string, fn func(start, end int)) {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if isJoiner(r) && i+n < len(s) {
				next, _ := utf8.DecodeRuneInString(s[i+n:])
				prev, _ := utf8.DecodeLastRuneInString(s[:i])
				// A comma joins only digits ("1,200"); a dot joins
				// digits and single letters ("U.S", "3.5").
				ok := isWordRune(next)
				switch r {
				case ',':
					ok = unicode.IsDigit(prev) && unicode.IsDigit(next)
				case '.':
					ok = ok && (unicode.IsDigit(prev) && unicode.IsDigit(next) || i-start <= 1 || s[i-2] == '.')
				}
				if ok {
					i += n
					continue
				}
			}
			break
		}
		fn(start, i)
	}
}

// normWord lower-cases a word, straightens apostrophes and drops a
// possessive "'s", so "Biden’s" and "biden" meet.
func normWord(w string) string {
	w = strings.ToLower(w)
	if strings.ContainsAny(w, "’‑") {
		w = strings.NewReplacer("’", "'", "‑", "-").Replace(w)
	}
	if strings.HasSuffix(w, "'s") && len(w) > 2 {
		w = w[:len(w)-2]
	}
	return w
}

// stemmer caches stems: the same few thousand words recur across statements.
type stemmer map[string]string

func (c stemmer) stem(norm string) string {
	if s, ok := c[norm]; ok {
		return s
	}
	s := norm
	if strings.Contains(norm, "-") {
		// Stem each part of a hyphenated word: "cease-fires" -> "cease-fire".
		parts := strings.Split(norm, "-")
		for i, p := range parts {
			parts[i] = stem(p)
		}
		s = strings.Join(parts, "-")
	} else {
		s = stem(norm)
	}
	c[norm] = s
	return s
}

// tokenize splits s into tokens.
func (c stemmer) tokenize(s string) []token {
	toks := make([]token, 0, len(s)/6+1)
	scanWords(s, func(start, end int) {
		n := normWord(s[start:end])
		toks = append(toks, token{start: start, end: end, norm: n, stem: c.stem(n), upper: isUpper(s[start:end])})
	})
	return toks
}

// isNumber reports whether a normalised token is written in digits.
func isNumber(norm string) bool {
	r, _ := utf8.DecodeRuneInString(norm)
	return unicode.IsDigit(r)
}

// isUpper reports whether a word has two or more letters, all capitals.
// Lexicon terms written in capitals ("US", "UN") match only such words, so
// the country does not match the pronoun "us".
func isUpper(w string) bool {
	// A possessive keeps the capitals: "NATO's", "UN’s".
	for _, suffix := range []string{"'s", "’s"} {
		if len(w) > len(suffix)+1 && strings.HasSuffix(w, suffix) {
			w = w[:len(w)-len(suffix)]
			break
		}
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}
