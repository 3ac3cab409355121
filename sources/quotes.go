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

// scanQuotes finds the double-quoted passages of text[span] in one pass.
// Curly quotes pair “ with ”; straight quotes alternate. Single quotes and
// apostrophes are left alone: they nest inside double quotes or are part
// of words.
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

// markQuotes links tokens and quotes in one merge walk (both are in text
// order): each token learns whether it lies inside a quote, and the marks
// learn which quote they open or close.
func markQuotes(toks []tok, qs []quote) {
	k := 0
	for j := range toks {
		t := &toks[j]
		for k < len(qs) && qs[k].Close <= t.Start {
			k++
		}
		if k == len(qs) {
			continue
		}
		q := qs[k]
		t.quote = t.Start >= q.Open
		if t.Start == q.Open {
			t.opens = int32(k + 1)
		}
		if q.Closed && t.End == q.Close && t.Start >= q.Inner.End {
			t.closes = int32(k + 1)
		}
	}
}
