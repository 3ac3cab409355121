package sources

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word or a punctuation mark of the article, with its byte span.
type tok struct {
	Span
	text  string
	lower string
	word  bool // letters/digits; false for punctuation and quote marks
	cap   bool // word starting with an upper-case letter
	quote bool // inside quotation marks, marks included (set by scanParagraph)
	// opens and closes are 1 + the index of the paragraph's quote whose
	// opening (closing) mark this token is, or 0: finding the quote at a
	// mark costs nothing, however many quotes the paragraph holds.
	opens, closes int32
}

// openQuote returns the index of the quote this token opens, or -1.
func (t tok) openQuote() int { return int(t.opens) - 1 }

// closeQuote returns the index of the quote this token closes, or -1.
func (t tok) closeQuote() int { return int(t.closes) - 1 }

// tokenize splits text[span] into words and punctuation. A word keeps
// internal apostrophes, hyphens and the periods of abbreviations ("she’d",
// "state-run", "U.S."), so they can be matched as units.
func tokenize(text string, span Span) []tok {
	out := make([]tok, 0, (span.End-span.Start)/4+1)
	i := span.Start
	for i < span.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			out = append(out, mkTok(text, i, i+n, false))
			i += n
			continue
		}
		j := i + n
		for j < span.End {
			c, m := utf8.DecodeRuneInString(text[j:])
			if isWordRune(c) {
				j += m
				continue
			}
			// Joiners stay inside a word only between two word runes.
			if c == '\'' || c == '’' || c == '-' || c == '.' || c == '‑' {
				if j+m < span.End {
					d, _ := utf8.DecodeRuneInString(text[j+m:])
					if isWordRune(d) && (c != '.' || isInitialsDot(text, i, j)) {
						j += m
						continue
					}
				}
				// "U.S." keeps its final period, and so does a title set
				// before a name ("Dr. Faisal"), which the catalog knows as
				// one word.
				if c == '.' && (isInitialsDot(text, i, j) && strings.Contains(text[i:j], ".") || titleAbbreviations[strings.ToLower(text[i:j])]) {
					j += m
				}
			}
			break
		}
		out = append(out, mkTok(text, i, j, true))
		i = j
	}
	return out
}

// isInitialsDot tells whether the period at j continues a run of single
// letters and periods like "U.S" or "U.K".
func isInitialsDot(text string, start, j int) bool {
	w := text[start:j]
	for w != "" {
		_, n := utf8.DecodeRuneInString(w)
		w = w[n:]
		if w == "" {
			return true
		}
		if w[0] != '.' {
			return false
		}
		w = w[1:]
	}
	return false
}

func mkTok(text string, s, e int, word bool) tok {
	t := tok{Span: Span{s, e}, text: text[s:e], word: word}
	t.lower = lowerWord(t.text)
	if word {
		r, _ := utf8.DecodeRuneInString(t.text)
		t.cap = unicode.IsUpper(r)
	}
	return t
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// phrase is a catalog cue split into words for matching against tokens.
type phrase struct {
	words []string // lower-cased
	exact []string // original case for words that must match exactly ("X", "TASS")
}

func newPhrase(s string) phrase {
	ts := tokenize(s, Span{0, len(s)})
	p := phrase{}
	for _, t := range ts {
		p.words = append(p.words, t.lower)
		ex := ""
		// All-capital words (acronyms, the letter X) are matched case-sensitively
		// so that "x" or "tass" in running text do not trigger them.
		if t.word && t.text == strings.ToUpper(t.text) && t.text != strings.ToLower(t.text) {
			ex = t.text
		}
		p.exact = append(p.exact, ex)
	}
	return p
}

// matchAt tells whether p matches toks starting at i.
func (p phrase) matchAt(toks []tok, i int) bool {
	if i+len(p.words) > len(toks) {
		return false
	}
	for k, w := range p.words {
		t := toks[i+k]
		if t.lower != w || (p.exact[k] != "" && t.text != p.exact[k]) {
			return false
		}
	}
	return true
}

// lowerWord lower-cases a word and writes its apostrophes straight, so
// "China’s" matches the cue "China's". Most words are already lower-case
// ASCII and are returned without allocating.
func lowerWord(w string) string {
	simple := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') {
			simple = false
			break
		}
	}
	if simple {
		return w
	}
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return strings.ToLower(w)
}

// markNameParts keeps a capitalised function word inside a name written in
// running prose as part of the name: "Moon Jae In said" writes the given
// name Jae-in as two words, and "In" there is no preposition. Prose never
// capitalises a preposition mid-sentence, so a capitalised one right after
// a name word, with no capitalised word after it, ends that name. A line in
// title case capitalises its function words anyway and is left alone.
// The token's lower form keeps its capital, so no table of function words
// takes it.
func markNameParts(toks []tok) {
	if inTitleCase(toks) {
		return
	}
	for k := 1; k < len(toks); k++ {
		t, prev := &toks[k], toks[k-1]
		if !t.word || !t.cap || !functionWord(t.lower) || !prev.word || !prev.cap || functionWord(prev.lower) {
			continue
		}
		if k+1 < len(toks) && toks[k+1].word && toks[k+1].cap {
			continue
		}
		t.lower = t.text
	}
}
