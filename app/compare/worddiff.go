package compare

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// WordDiff compares two texts word by word. Each word with the spaces and
// punctuation that follow it becomes one rune (as go-diff's line mode does
// for lines), the rune strings are diffed and cleaned up semantically, and
// the runes are mapped back. The equal and delete ops rebuild a, the equal
// and insert ops rebuild b, byte for byte; no op splits a word.
//
// The semantic clean-up runs on the runes, before mapping back: run on the
// characters it may factor a shared prefix out of two different words and
// split them.
func WordDiff(a, b string) []Op {
	if a == b {
		if a == "" {
			return nil
		}
		return []Op{{Op: "equal", Text: a}}
	}
	if a == "" || b == "" {
		return wholeDiff(a, b)
	}
	words := make([]string, 0, 64)
	ids := make(map[string]rune, 64)
	encode := func(s string) []rune {
		toks := wordTokens(s)
		out := make([]rune, 0, len(toks))
		for _, w := range toks {
			r, ok := ids[w]
			if !ok {
				r = indexRune(len(words))
				ids[w] = r
				words = append(words, w)
			}
			out = append(out, r)
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	if len(words) > maxWords {
		// More distinct words than runes: no word diff, just the texts.
		return wholeDiff(a, b)
	}
	dmp := diffmatchpatch.New()
	// go-diff only tries its half-match speed-up when it has a deadline; one
	// far beyond any real diff keeps that speed-up without ever cutting a
	// diff short, which would make the output depend on the machine.
	dmp.DiffTimeout = time.Hour
	diffs := dmp.DiffMainRunes(ra, rb, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	ops := make([]Op, 0, len(diffs))
	var sb strings.Builder
	for _, d := range diffs {
		sb.Reset()
		for _, r := range d.Text {
			sb.WriteString(words[runeIndex(r)])
		}
		op := "equal"
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = "delete"
		case diffmatchpatch.DiffInsert:
			op = "insert"
		}
		if sb.Len() == 0 {
			continue
		}
		if n := len(ops); n > 0 && ops[n-1].Op == op {
			ops[n-1].Text += sb.String()
			continue
		}
		ops = append(ops, Op{Op: op, Text: sb.String()})
	}
	return ops
}

// wordTokens splits s into tokens of one word and the non-word characters
// after it; anything before the first word is a token of its own. The
// tokens are substrings of s and concatenate to it.
func wordTokens(s string) []string {
	var starts []int
	scanWords(s, func(start, _ int) { starts = append(starts, start) })
	if len(starts) == 0 || starts[0] > 0 {
		starts = append([]int{0}, starts...)
	}
	out := make([]string, len(starts))
	for i, start := range starts {
		end := len(s)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		out[i] = s[start:end]
	}
	return out
}

// Runes for tokens skip the surrogate range, which is not valid in strings.
const (
	surrogateStart = 0xD800
	surrogateEnd   = 0xE000
)

// maxWords is how many distinct words fit in the runes.
const maxWords = utf8.MaxRune - (surrogateEnd - surrogateStart) - 1

func indexRune(i int) rune {
	r := rune(i + 1) // never the zero rune
	if r >= surrogateStart {
		r += surrogateEnd - surrogateStart
	}
	return r
}

// wholeDiff deletes a and inserts b.
func wholeDiff(a, b string) []Op {
	var ops []Op
	if a != "" {
		ops = append(ops, Op{Op: "delete", Text: a})
	}
	if b != "" {
		ops = append(ops, Op{Op: "insert", Text: b})
	}
	return ops
}

func runeIndex(r rune) int {
	if r >= surrogateEnd {
		r -= surrogateEnd - surrogateStart
	}
	return int(r) - 1
}
