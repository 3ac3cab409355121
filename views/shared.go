package views

import (
	"strings"
	"unicode"

	"readouts/app/compare"
)

// hasSharedOp reports whether a diff keeps any word in common. The engine's
// semantic cleanup folds short equalities into the edits around them, so
// two paraphrases of one claim often come back as one delete and one insert.
func hasSharedOp(diff []compare.Op) bool {
	for _, op := range diff {
		if op.Op == "equal" && strings.IndexFunc(op.Text, isWordRune) >= 0 {
			return true
		}
	}
	return false
}

// sharedWords highlights the content words of text that other uses too, so
// a matched row whose diff kept no equal words still shows what the two
// sides have in common. Short words and function words are left out: they
// are shared by any two English sentences.
func sharedWords(text, other string) []Highlight {
	have := map[string]bool{}
	for _, w := range words(other) {
		have[w.norm] = true
	}
	var out []Highlight
	for _, w := range words(text) {
		if have[w.norm] {
			out = append(out, Highlight{Start: w.start, End: w.end, Color: ColorShared})
		}
	}
	return out
}

type word struct {
	start, end int
	norm       string
}

// words lists the content words of s with their byte ranges.
func words(s string) []word {
	var out []word
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := strings.ToLower(s[start:end])
		if len([]rune(w)) >= 4 && !functionWords[w] {
			out = append(out, word{start: start, end: end, norm: w})
		}
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return out
}

// functionWords are common English words of four letters or more that say
// nothing about the content of a statement.
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`about above after again against also been before being below between both
	could does doing down during each from further have having here into itself just more most much must
	only other over same should some such than that their theirs them then there these they this those
	through under until very were what when where which while will with would your said says told
	according added also another because cannot might made make many what whether without`) {
		functionWords[w] = true
	}
}
