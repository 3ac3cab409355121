package sources

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names as articles write them: the same person is "Zelensky" in one
// outlet, "Zelenskyy" or "Zelenskiy" in another, "Erdoğan" or "Erdogan",
// and a typo away in a hurried paragraph. The spelling key folds the
// variants that transliteration produces; the edit distance catches the
// rest, for long names only.

// spellingKey folds a name part to a key shared by its transliterations:
// lower case, letters without diacritics, doubled letters single, and the
// endings -iy, -yy, -ij, -ii, -yi, -i written -y ("Zelenskiy",
// "Zelenskyy" and "Zelensky" share "zelensky"; "Dmitri" and "Dmitry"
// share "dmitry").
func spellingKey(part string) string {
	var buf [32]byte
	return string(appendKey(buf[:0], part))
}

// appendKey appends the spelling key of part to dst.
func appendKey(dst []byte, part string) []byte {
	start := len(dst)
	var last rune
	for _, r := range part {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		} else if r >= 0x80 {
			r = unicode.ToLower(r)
		}
		if f, ok := folds[r]; ok {
			for _, fr := range f {
				if fr != last {
					dst = utf8.AppendRune(dst, fr)
				}
				last = fr
			}
			continue
		}
		if !(r >= 'a' && r <= 'z') && !(r > 127 && isWordRune(r)) {
			continue
		}
		if r != last {
			dst = utf8.AppendRune(dst, r)
		}
		last = r
	}
	k := dst[start:]
	for _, end := range []string{"iy", "yi", "ij", "i"} {
		if len(k) > len(end)+2 && string(k[len(k)-len(end):]) == end {
			dst = append(dst[:len(dst)-len(end)], 'y')
			break
		}
	}
	return dst
}

// folds write lower-case letters with diacritics as the plain letters
// English news writes for them when it drops the marks.
var folds = func() map[rune]string {
	const marked, plain = "àáâãäåāăąçćčďđèéêëēėęěğģìíîïīįıķĺļľłñńņňòóôõöøōőŕřśşšșţťțùúûüūůűųýÿźżž",
		"aaaaaaaaacccddeeeeeeeeggiiiiiiikllllnnnnoooooooorrsssstttuuuuuuuuyyzzz"
	m := map[rune]string{'æ': "ae", 'œ': "oe", 'ß': "ss"}
	p := []rune(plain)
	for i, r := range []rune(marked) {
		m[r] = string(p[i])
	}
	return m
}()

// PlainLetters writes the letters of a lower-case word without their
// diacritics ("erdoğan" → "erdogan"), as folds does for spelling keys;
// the comparison reads names in both spellings as one.
func PlainLetters(w string) string {
	ascii := true
	for i := 0; i < len(w) && ascii; i++ {
		ascii = w[i] < utf8.RuneSelf
	}
	if ascii {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		if f, ok := folds[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// editDistance is the Levenshtein distance between a and b, or limit+1 as
// soon as it is known to exceed limit. Only a band of width 2·limit+1 is
// computed, so the cost is linear in the length of the names.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	inf := limit + 1
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = min(j, inf)
	}
	for i := 1; i <= len(ra); i++ {
		lo, hi := max(1, i-limit), min(len(rb), i+limit)
		for j := range cur {
			cur[j] = inf
		}
		if i <= limit {
			cur[0] = i
		}
		best := inf
		for j := lo; j <= hi; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j-1]+cost, prev[j]+1, cur[j-1]+1, inf)
			cur[j] = v
			best = min(best, v)
		}
		if best > limit {
			return inf
		}
		prev, cur = cur, prev
	}
	return min(prev[len(rb)], inf)
}

// nameCase tells whether t is written as a name: capitalised, or an
// Arabic name after its article in lower case ("el-Sisi", "al-Assad").
func nameCase(t tok) bool {
	if t.cap {
		return true
	}
	if !t.word || len(t.text) < 5 || t.text[2] != '-' {
		return false
	}
	switch t.text[:2] {
	case "al", "el", "ad", "as", "an", "ar", "at", "az":
		r := t.text[3]
		return r >= 'A' && r <= 'Z'
	}
	return false
}
