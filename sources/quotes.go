package sources

import "unicode/utf8"

// quote is a pair of double quotation marks in a paragraph. Open and Close
// are the offsets of the marks (Close is after the closing mark); the
// content lies between Inner.Start and Inner.End. A quote still open at the
// end of its paragraph has Closed false: by news convention it continues in
// the next paragraph, which opens with a quotation mark again.
type quote struct {
	Open, Close int
	Inner       Span
	Closed      bool
}

// scanQuotes finds the double-quoted passages of text[span]. Curly quotes
// pair “ with ”; straight quotes alternate. Single quotes and apostrophes are
// left alone: they nest inside double quotes or are part of words.
func scanQuotes(text string, span Span) []quote {
	var out []quote
	open := -1
	var openRune rune
	for i := span.Start; i < span.End; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '“' || r == '„' || r == '«':
			if open < 0 {
				open, openRune = i, r
			}
		case r == '”' || r == '»':
			if open >= 0 && (openRune != '"') {
				out = append(out, quote{open, i + n, Span{open + len(string(openRune)), i}, true})
				open = -1
			}
		case r == '"':
			if open < 0 {
				open, openRune = i, r
			} else if openRune == '"' || !startsWord(text, i+n, span.End) {
				// A straight quote closes a curly one too when it cannot be an
				// opening mark: sloppy mixed typing is common.
				out = append(out, quote{open, i + n, Span{open + len(string(openRune)), i}, true})
				open = -1
			}
		}
		i += n
	}
	if open >= 0 {
		out = append(out, quote{open, span.End, Span{open + len(string(openRune)), span.End}, false})
	}
	return out
}

func startsWord(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// quoteAt returns the index of the quote whose opening mark is at off, or -1.
func quoteAt(qs []quote, off int) int {
	for i, q := range qs {
		if q.Open == off {
			return i
		}
	}
	return -1
}

// quoteClosingAt returns the index of the quote whose closing mark ends at
// off, or -1.
func quoteClosingAt(qs []quote, off int) int {
	for i, q := range qs {
		if q.Closed && q.Close == off {
			return i
		}
	}
	return -1
}

// inQuote tells whether off lies inside a quote (marks included).
func inQuote(qs []quote, off int) bool {
	for _, q := range qs {
		if off >= q.Open && off < q.Close {
			return true
		}
	}
	return false
}
