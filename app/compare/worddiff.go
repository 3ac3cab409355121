package compare

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// WordDiff compares two texts word by word, for highlighting a row: equal
// ops are the words both sides share, delete and insert ops the words that
// differ. The equal and delete ops rebuild a, the equal and insert ops
// rebuild b, byte for byte; no op splits a word; the same texts always give
// the same ops.
//
// Each word becomes one rune (as go-diff's line mode does for lines) and
// the rune strings are diffed with go-diff. The clean-up then follows
// go-diff's semantic one but judges an equality by what it says rather than
// by its length: an equality that holds no content word (only stopwords of
// the engine's lexicon, such as "the" or "will", and punctuation) folds into
// the edits around it, while one that holds a content word stays however
// short it is. (go-diff's own clean-up folds every equality shorter than
// the edits around it, so two paraphrases of one claim came back as one
// delete and one insert with no shared word.) Each run of edits left is
// diffed once more with only content words able to match, so a shared
// content word is not lost to a longer common run of stopwords.
//
// A word's rune stands for the word alone; the spaces and punctuation after
// it are compared on their own, so "Geneva," and "Geneva" share the word
// and differ by the comma.
//
// Texts too long for a word diff in bounded time (more than maxDiffCells
// word pairs) get a sentence diff instead; see diff.
func (e *Engine) WordDiff(a, b string) []Op {
	ops, _ := e.diff(a, b)
	return ops
}

// maxDiffCells bounds a diff: the product of the two texts' units (words,
// or above the bound sentences). go-diff's cost grows with the product in
// the worst case; 4 million pairs is a few tens of milliseconds, and two
// statements a reader compares word by word are far below it.
const maxDiffCells = 4_000_000

// maxSentenceCells bounds a sentence diff the same way; above it the two
// texts are one deletion and one insertion.
const maxSentenceCells = 16_000_000

// minQuotedWords is the run of shared words, content words among them,
// that shows two sides quote the same words rather than paraphrase.
const minQuotedWords = 4

// diff compares the texts of a row and says what the diff is: a word diff
// where the sides quote the same words, a word diff of paraphrases, or, for
// texts beyond maxDiffCells, a sentence diff. Sizes decide, never a clock,
// so the same texts give the same diff on every machine.
func (e *Engine) diff(a, b string) ([]Op, DiffMode) {
	if countWords(a)*countWords(b) > maxDiffCells {
		return sentenceDiff(a, b), DiffSentences
	}
	ops := wordDiff(a, b, e.lex.contentWord)
	if e.quotesAlike(ops) {
		return ops, DiffWords
	}
	return ops, DiffParaphrase
}

// RowDiff is the diff of a matched row, the left statements' texts
// against the right ones' (each side joined by "\n"), and its mode.
func (e *Engine) RowDiff(a, b string) ([]Op, DiffMode) { return e.diff(a, b) }

func countWords(s string) int {
	n := 0
	scanWords(s, func(int, int) { n++ })
	return n
}

// quotesAlike tells whether an equal op holds a run of minQuotedWords
// words, two of them content words: the sides quote the same words.
func (e *Engine) quotesAlike(ops []Op) bool {
	for _, op := range ops {
		if op.Op != "equal" {
			continue
		}
		words, content := 0, 0
		scanWords(op.Text, func(a, b int) {
			words++
			if e.lex.contentWord(op.Text[a:b]) {
				content++
			}
		})
		if words >= minQuotedWords && content >= 2 {
			return true
		}
	}
	return false
}

// sentenceDiff compares two long texts sentence by sentence: each sentence
// (with the space after it) becomes one rune, as words do in the word diff.
func sentenceDiff(a, b string) []Op {
	sa, sb := sentences(a), sentences(b)
	if len(sa)*len(sb) > maxSentenceCells {
		return wholeDiff(a, b)
	}
	index := map[string]int{}
	encode := func(units []string) []rune {
		out := make([]rune, len(units))
		for i, u := range units {
			k, ok := index[u]
			if !ok {
				k = len(index)
				index[u] = k
			}
			out[i] = indexRune(k)
		}
		return out
	}
	ra, rb := encode(sa), encode(sb)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = time.Hour // see wordDiff
	var w opWriter
	ia, ib := 0, 0
	for _, df := range dmp.DiffMainRunes(ra, rb, false) {
		n := utf8.RuneCountInString(df.Text)
		switch df.Type {
		case diffmatchpatch.DiffDelete:
			w.del.WriteString(strings.Join(sa[ia:ia+n], ""))
			ia += n
		case diffmatchpatch.DiffInsert:
			w.ins.WriteString(strings.Join(sb[ib:ib+n], ""))
			ib += n
		default:
			w.equal(strings.Join(sa[ia:ia+n], ""))
			ia += n
			ib += n
		}
	}
	return w.finish()
}

// sentences splits s into sentences, each with the spaces after it: a
// sentence ends after ".", "!", "?" or "…" (and any closing quotation mark)
// followed by a space, or at a line break.
func sentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		end := false
		switch r {
		case '\n':
			end = true
		case '.', '!', '?', '…':
			for i < len(s) {
				q, m := utf8.DecodeRuneInString(s[i:])
				if q != '"' && q != '”' && q != '’' && q != ')' {
					break
				}
				i += m
			}
			end = i < len(s) && (s[i] == ' ' || s[i] == '\n')
		}
		if !end {
			continue
		}
		for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') {
			i++
		}
		out = append(out, s[start:i])
		start = i
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// contentWord tells whether a word carries meaning: the engine's test for
// terms (not a stopword, not a single letter).
func (l *Lexicon) contentWord(w string) bool {
	return l.isContent(token{norm: normWord(w)})
}

// wordTok is one word of a text and the non-word characters after it.
type wordTok struct {
	word, gap string
	content   bool // the word is a content word
}

func wordDiff(a, b string, content func(string) bool) []Op {
	if a == b {
		if a == "" {
			return nil
		}
		return []Op{{Op: "equal", Text: a}}
	}
	if a == "" || b == "" {
		return wholeDiff(a, b)
	}
	ta, tb := wordTokens(a), wordTokens(b)
	words := make(map[string]int, len(ta)+len(tb)) // word -> index
	var isContent []bool                           // by word index
	encode := func(toks []wordTok) []rune {
		out := make([]rune, len(toks))
		for i, t := range toks {
			k, ok := words[t.word]
			if !ok {
				k = len(words)
				words[t.word] = k
				isContent = append(isContent, t.word != "" && content(t.word))
			}
			out[i] = indexRune(k)
			toks[i].content = isContent[k]
		}
		return out
	}
	ra, rb := encode(ta), encode(tb)
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

	d := wordDiffer{dmp: dmp, words: words}
	ia, ib := 0, 0 // next token of each text
	ea, eb := 0, 0 // start of the edits not yet written
	for _, df := range diffs {
		n := utf8.RuneCountInString(df.Text) // one rune a word
		switch df.Type {
		case diffmatchpatch.DiffDelete:
			ia += n
		case diffmatchpatch.DiffInsert:
			ib += n
		default:
			if !anyContent(ta[ia : ia+n]) {
				// Chance, or at an end of the texts a shared "he" or
				// "the": fold into the edits around it.
				ia += n
				ib += n
				continue
			}
			d.edits(ta[ea:ia], tb[eb:ib])
			d.w.same(ta[ia:ia+n], tb[ib:ib+n])
			ia += n
			ib += n
			ea, eb = ia, ib
		}
	}
	d.edits(ta[ea:], tb[eb:])
	return d.w.finish()
}

// wordDiffer holds what one word diff needs while it writes its ops.
type wordDiffer struct {
	dmp   *diffmatchpatch.DiffMatchPatch
	words map[string]int // word -> index of its rune
	w     opWriter
}

// edits writes a run of edits. The first diff matches stopwords as readily
// as content words, so among the edits a content word both texts use can
// be left unmatched because the longest common run went through a few
// stopwords instead, later folded. The run is diffed again with each
// stopword made unique to its place, so that only content words can match.
func (d *wordDiffer) edits(a, b []wordTok) {
	if len(a) == 0 || len(b) == 0 || !anyContent(a) || !anyContent(b) {
		d.w.edit(a, b)
		return
	}
	next := len(d.words) // runes past the words' own stand for one stopword each
	encode := func(toks []wordTok) []rune {
		out := make([]rune, len(toks))
		for i, t := range toks {
			if t.content {
				out[i] = indexRune(d.words[t.word])
			} else {
				out[i] = indexRune(next)
				next++
			}
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	if next > maxWords {
		d.w.edit(a, b)
		return
	}
	ia, ib := 0, 0
	for _, df := range d.dmp.DiffMainRunes(ra, rb, false) {
		n := utf8.RuneCountInString(df.Text) // one rune a word
		switch df.Type {
		case diffmatchpatch.DiffDelete:
			d.w.edit(a[ia:ia+n], nil)
			ia += n
		case diffmatchpatch.DiffInsert:
			d.w.edit(nil, b[ib:ib+n])
			ib += n
		default:
			d.w.same(a[ia:ia+n], b[ib:ib+n])
			ia += n
			ib += n
		}
	}
}

// anyContent tells whether any word of toks is a content word.
func anyContent(toks []wordTok) bool {
	for _, t := range toks {
		if t.content {
			return true
		}
	}
	return false
}

// opWriter builds the ops. Deleted and inserted text is held back until the
// next equal text, so every run of edits comes out as at most one delete
// followed by one insert.
type opWriter struct {
	ops      []Op
	del, ins strings.Builder
}

func (w *opWriter) edit(del, ins []wordTok) {
	for _, t := range del {
		w.del.WriteString(t.word)
		w.del.WriteString(t.gap)
	}
	for _, t := range ins {
		w.ins.WriteString(t.word)
		w.ins.WriteString(t.gap)
	}
}

// same writes tokens whose words are equal; where the spaces or
// punctuation after a word differ, only those are edits.
func (w *opWriter) same(a, b []wordTok) {
	for i := range a {
		w.equal(a[i].word)
		if a[i].gap == b[i].gap {
			w.equal(a[i].gap)
		} else {
			w.del.WriteString(a[i].gap)
			w.ins.WriteString(b[i].gap)
		}
	}
}

func (w *opWriter) equal(s string) {
	if s == "" {
		return
	}
	w.flush()
	if n := len(w.ops); n > 0 && w.ops[n-1].Op == "equal" {
		w.ops[n-1].Text += s
		return
	}
	w.ops = append(w.ops, Op{Op: "equal", Text: s})
}

func (w *opWriter) flush() {
	if w.del.Len() > 0 {
		w.ops = append(w.ops, Op{Op: "delete", Text: w.del.String()})
		w.del.Reset()
	}
	if w.ins.Len() > 0 {
		w.ops = append(w.ops, Op{Op: "insert", Text: w.ins.String()})
		w.ins.Reset()
	}
}

func (w *opWriter) finish() []Op {
	w.flush()
	return w.ops
}

// wordTokens splits s into words, each with the non-word characters after
// it. The first token has an empty word and holds what comes before the
// first word (often nothing), so two texts always start alike.
func wordTokens(s string) []wordTok {
	out := make([]wordTok, 1, len(s)/6+2)
	prev := 0 // end of the last word
	scanWords(s, func(start, end int) {
		out[len(out)-1].gap = s[prev:start]
		out = append(out, wordTok{word: s[start:end]})
		prev = end
	})
	out[len(out)-1].gap = s[prev:]
	return out
}

// Runes for words skip the surrogate range, which is not valid in strings.
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
