package compare

import "strings"

// Both accounts may quote the same words: a formula one side coined and
// the other repeats ("nothing about you without you" and "nothing about
// Peru without Peru"), a phrase both sides use of one thing. Words in
// quotation marks that match word for word, names and pronouns aside,
// are one point (specQuoted).

// minQuoted is how many words a quotation must share, names and pronouns
// aside, to be a formula: fewer are any two words in quotation marks.
const minQuoted = 3

// slotWords are the pronouns a formula fills with the side it speaks of:
// "without you", "without Peru".
var slotWords = map[string]bool{"you": true, "him": true, "her": true, "them": true, "us": true, "me": true,
	"it": true, "we": true, "they": true, "i": true, "he": true, "she": true}

// quoteMarks open and close quotations.
const quoteMarks = "\"“”"

// quotedOf gives the keys of the quotations of a statement: its words
// between quotation marks, lower case, with a name or pronoun as "_"; a
// quotation with fewer than minQuoted other words gives none.
func quotedOf(sc *scanned) map[string]cue {
	var out map[string]cue
	from := -1 // first token of the open quotation
	for i := 0; i <= len(sc.toks); i++ {
		marks := quoteMarksIn(sc, i)
		if marks == 0 {
			continue
		}
		if from >= 0 {
			if key, ok := formula(sc, from, i); ok {
				if out == nil {
					out = map[string]cue{}
				}
				out[key] = sc.cue(from, i)
			}
			from = -1
			if marks == 1 {
				continue
			}
			// A closing mark and an opening one in one gap ("” and “")
			// open the next quotation at once.
		}
		if i < len(sc.toks) {
			from = i
		}
	}
	return out
}

// quoteMarksIn counts the quotation marks in the gap before token i (after
// the last token when i is past it).
func quoteMarksIn(sc *scanned, i int) int {
	lo, hi := 0, len(sc.text)
	if i > 0 {
		lo = sc.toks[i-1].end
	}
	if i < len(sc.toks) {
		hi = sc.toks[i].start
	}
	n := 0
	for _, r := range sc.text[lo:hi] {
		if strings.ContainsRune(quoteMarks, r) {
			n++
		}
	}
	return n
}

// formula is the key of the quotation of tokens [from, to): its words,
// names and pronouns as "_", and whether it has minQuoted other words.
func formula(sc *scanned, from, to int) (string, bool) {
	words := make([]string, 0, to-from)
	n := 0
	for k := from; k < to; k++ {
		w := sc.toks[k].norm
		if slotWords[w] || k > from && capitalised(sc, k) {
			w = "_"
		} else {
			n++
		}
		words = append(words, w)
	}
	return strings.Join(words, " "), n >= minQuoted
}
