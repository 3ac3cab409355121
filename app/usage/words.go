package usage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"readouts/sources"
)

// word is one word of a text: its byte range and its form for comparing
// runs of words (lower case, straight apostrophes).
type word struct {
	start, end int
	norm       string
}

// words splits text into words: letters and digits, with an apostrophe or
// hyphen inside a word ("Biden’s", "de-escalate") and a dot or comma
// between digits ("1,200", "3.5") kept in it.
func words(text string) []word {
	var out []word
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if i+n < len(text) && joins(r, text[:i], text[i+n:]) {
				i += n
				continue
			}
			break
		}
		out = append(out, word{start: start, end: i, norm: normalize(text[start:i])})
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// joins tells whether r, between before and after, stays inside a word.
func joins(r rune, before, after string) bool {
	next, _ := utf8.DecodeRuneInString(after)
	prev, _ := utf8.DecodeLastRuneInString(before)
	switch r {
	case '\'', '’', '-', '‑':
		return isWordRune(next)
	case '.', ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}

var apostrophes = strings.NewReplacer("’", "'", "‘", "'", "‑", "-")

func normalize(w string) string { return apostrophes.Replace(strings.ToLower(w)) }

// quoteSpans returns the stretches of the article inside quotation marks,
// in text order: “…”, «…», „…“ and "…" pairs within one paragraph. A
// quotation left open at the end of a paragraph runs to its end, as a
// quotation that goes on into the next paragraph does.
func quoteSpans(a *sources.Article) []sources.Span {
	var out []sources.Span
	for _, p := range a.Paragraphs {
		text := a.Text[p.Start:p.End]
		open, closer := -1, rune(0)
		for i, r := range text {
			if open >= 0 {
				if r == closer {
					out = append(out, sources.Span{Start: p.Start + open, End: p.Start + i})
					open = -1
				}
				continue
			}
			if c, ok := quoteClosers[r]; ok {
				open, closer = i+utf8.RuneLen(r), c
			}
		}
		if open >= 0 {
			out = append(out, sources.Span{Start: p.Start + open, End: p.End})
		}
	}
	return out
}

// quoteClosers maps each opening quotation mark to the mark that closes it.
var quoteClosers = map[rune]rune{'“': '”', '«': '»', '„': '“', '"': '"'}

// inQuotes tells whether [start, end) lies inside one of the sorted spans.
func inQuotes(spans []sources.Span, start, end int) bool {
	lo, hi := 0, len(spans)
	for lo < hi {
		m := (lo + hi) / 2
		if spans[m].End < end {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(spans) && spans[lo].Start <= start && end <= spans[lo].End
}

// longestRun finds the longest run of words a and b share in the same
// order, word for word: its length and where it is in b. When ok is not
// nil, only words of b it accepts can be part of the run.
func longestRun(a, b []word, ok func(j int) bool) (n, bFrom int) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1].norm == b[j-1].norm && (ok == nil || ok(j-1)) {
				cur[j] = prev[j-1] + 1
				if cur[j] > n {
					n, bFrom = cur[j], j-cur[j]
				}
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return n, bFrom
}
