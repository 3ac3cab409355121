package compare

import (
	"fmt"
	"strconv"
	"strings"
)

// duration is a length of time a statement gives ("about 40 minutes",
// "just over an hour", "two and a half hours"): the range of minutes it
// allows, with the words that give it.
type duration struct {
	cue
	lo, hi float64 // minutes
}

// unitMinutes are the units of a length of time a call or a meeting is
// told in.
// The keys are stems: "minutes" and "minute" are "minut".
var unitMinutes = map[string]float64{"minut": 1, "min": 1, "hour": 60, "hr": 60}

// quantities are the number words a length is told with.
var quantities = map[string]float64{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
	"forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90, "half": 0.5, "couple": 2,
}

// hedges are the words before a quantity that widen it to a range, as
// factors of the quantity: "about an hour" is 51 to 69 minutes, "more than
// an hour" 60 to 120, "nearly an hour" 51 to 60. A quantity without one is
// taken as 0.92 to 1.08 of itself (exact).
var hedges = []struct {
	words  string
	lo, hi float64
}{
	{"just over", 1, 1.2}, {"a little over", 1, 1.2}, {"slightly more than", 1, 1.2}, {"just under", 0.85, 1},
	{"more than", 1, 2}, {"over", 1, 2}, {"longer than", 1, 2}, {"at least", 1, 2},
	{"less than", 0.5, 1}, {"under", 0.5, 1}, {"up to", 0.5, 1},
	{"nearly", 0.85, 1}, {"almost", 0.85, 1}, {"close to", 0.85, 1},
	{"about", 0.85, 1.15}, {"around", 0.85, 1.15}, {"roughly", 0.85, 1.15}, {"some", 0.85, 1.15},
	{"approximately", 0.85, 1.15},
}

// exact is the range of a quantity given without a hedge.
const exactLo, exactHi = 0.92, 1.08

// durationsOf finds the lengths of time in a scanned text: a unit
// ("minutes", "hours", "90-minute", "hour-long") with the quantity before
// it and a hedge before that.
func durationsOf(sc *scanned) []duration {
	var out []duration
	for i, t := range sc.toks {
		parts := strings.Split(t.norm, "-")
		if len(parts) > 1 && parts[len(parts)-1] == "long" {
			parts = parts[:len(parts)-1] // "hour-long"
		}
		unit, ok := unitMinutes[stem(parts[len(parts)-1])]
		if !ok {
			continue
		}
		from, q := i, 0.0
		if len(parts) > 1 {
			q, ok = quantity(strings.Join(parts[:len(parts)-1], "-"))
		} else {
			from, q, ok = quantityBefore(sc, i)
		}
		if !ok {
			if len(parts) == 1 {
				continue // "for hours", "within minutes"
			}
			q = 1 // "hour-long"
		}
		to := i + 1
		if to+2 < len(sc.toks) && sc.toks[to].norm == "and" && sc.toks[to+1].norm == "a" && sc.toks[to+2].norm == "half" {
			q += 0.5 // "an hour and a half"
			to += 3
		}
		lo, hi, start := exactLo, exactHi, from
		for _, h := range hedges {
			n := len(strings.Fields(h.words))
			if from-n >= 0 && sc.words(from-n, from) == h.words {
				lo, hi, start = h.lo, h.hi, from-n
				break
			}
		}
		out = append(out, duration{cue: sc.cue(start, to), lo: q * unit * lo, hi: q * unit * hi})
	}
	return out
}

// quantityBefore reads the quantity that ends before token i: "two",
// "90", "one and a half", "half an", "a couple of".
func quantityBefore(sc *scanned, i int) (from int, q float64, ok bool) {
	if i == 0 {
		return i, 0, false
	}
	k := i - 1
	if sc.toks[k].norm == "of" && k > 0 && sc.toks[k-1].norm == "couple" { // "a couple of hours"
		k--
	}
	q, ok = quantity(sc.toks[k].norm)
	if !ok {
		return i, 0, false
	}
	from = k
	switch {
	case (q == 1) && k >= 1 && sc.toks[k-1].norm == "half": // "half an hour"
		q, from = 0.5, k-1
	case k >= 3 && sc.toks[k].norm == "half" && sc.toks[k-1].norm == "a" && sc.toks[k-2].norm == "and":
		if whole, ok := quantity(sc.toks[k-3].norm); ok { // "one and a half hours"
			q, from = whole+0.5, k-3
		}
	case sc.toks[k].norm == "couple" && k >= 1 && sc.toks[k-1].norm == "a":
		from = k - 1
	}
	return from, q, true
}

// quantity is the value of a number written in digits or in words.
func quantity(norm string) (float64, bool) {
	if v, ok := quantities[norm]; ok {
		return v, true
	}
	if isNumber(norm) {
		v, err := strconv.ParseFloat(strings.ReplaceAll(norm, ",", ""), 64)
		return v, err == nil && v > 0
	}
	return 0, false
}

// words is the normalised words of tokens [from, to), space-separated.
func (s *scanned) words(from, to int) string {
	parts := make([]string, 0, to-from)
	for k := from; k < to; k++ {
		parts = append(parts, s.toks[k].norm)
	}
	return strings.Join(parts, " ")
}

// differentLengths reports two sides that give lengths of time with no
// range in common: "about 40 minutes" and "nearly an hour".
func differentLengths(ln, rn string, l, r []duration) (finding, bool) {
	if len(l) == 0 || len(r) == 0 {
		return finding{}, false
	}
	for _, a := range l {
		for _, b := range r {
			if a.lo <= b.hi && b.lo <= a.hi {
				return finding{}, false
			}
		}
	}
	lc, rc := durationCues(l), durationCues(r)
	return finding{text: fmt.Sprintf("Different lengths: %s says %s, %s %s", ln, quoteCues(lc), rn, quoteCues(rc)),
		strong: true, lc: lc, rc: rc}, true
}

func durationCues(ds []duration) []cue {
	out := make([]cue, len(ds))
	for i, d := range ds {
		out[i] = d.cue
	}
	return out
}
