package sources

import (
	"strings"
	"time"
)

// The day of the week of the event. Articles date remarks by weekday
// ("On Wednesday, Marcos said he hoped to raise …") more often than by
// date; a remark made a day or three before the event's weekday was made
// before the event. A weekday after it is a later remark about the event,
// which still is its account.

// weekday is the event's day of the week, or -1 when unknown.
type weekday int

// eventWeekday is the event's weekday: the first weekday the lede names
// after "on" and a word of the event ("met on Thursday"), else that of a date the title or lede
// gives. The article's own date is its publication's, often the day after
// the event, and says nothing of it.
func eventWeekday(a *Article, c *Catalog, paras []paraScan) weekday {
	for _, ps := range paras {
		if ps.skip != "" || len(ps.units) == 0 || strings.HasPrefix(a.Slice(ps.Span), "#") {
			continue
		}
		u := ps.units[0]
		for k := u.lo + 1; k < u.hi; k++ {
			if d := dayIndex(ps.toks[k].lower); d >= 0 && ps.toks[k-1].lower == "on" && !ps.toks[k].quote &&
				(eventBefore(c, ps.toks, max(u.lo, k-9), k-1) ||
					!reportsBefore(c, ps.toks, u.lo, k-1) && eventAfter(c, ps.toks, k+1, min(u.hi, k+6))) {
				return weekday(d)
			}
		}
		if wordsIn(ps.toks, u.lo, u.hi) > 8 {
			break // the lede read: it names no weekday
		}
	}
	if ds := findDates(a.Title); len(ds) > 0 && ds[0].Year > 0 {
		d := ds[0]
		return weekday(time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC).Weekday())
	}
	return -1
}

// eventBefore tells whether a word of the event ("met", "spoke", "call")
// stands in toks[lo:hi] with no reporting verb after it: "met in Riyadh
// on Friday" dates the event, "told reporters on Sunday" a remark.
func eventBefore(c *Catalog, toks []tok, lo, hi int) bool {
	found := false
	for k := lo; k < hi; k++ {
		if _, n := c.idx.longest(toks, k, cueEvent); n > 0 && !toks[k].quote {
			found = true
		}
		if _, ok := c.idx.verb(toks[k]); ok {
			found = false
		}
	}
	return found
}

// eventAfter tells whether a word of the event follows the weekday
// closely, before any reporting verb: "Rossi on Monday made a phone call
// to Hale" dates the call, "Rossi on Monday told reporters" a remark.
func eventAfter(c *Catalog, toks []tok, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if toks[k].quote {
			return false
		}
		if _, ok := c.idx.verb(toks[k]); ok || toks[k].lower == "that" {
			return false
		}
		if _, n := c.idx.longest(toks, k, cueEvent); n > 0 {
			return true
		}
	}
	return false
}

// reportsBefore tells whether a reporting verb stands in toks[lo:hi]:
// "told reporters on Sunday that her talks …" dates the telling.
func reportsBefore(c *Catalog, toks []tok, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if _, ok := c.idx.verb(toks[k]); ok && !toks[k].quote {
			return true
		}
	}
	return false
}

// before tells whether the weekday w names falls one to three days before
// the event's.
func (d weekday) before(w string) bool {
	i := dayIndex(w)
	if d < 0 || i < 0 {
		return false
	}
	gap := (int(d) - i + 7) % 7
	return gap >= 1 && gap <= 3
}

// dayIndex is w's time.Weekday, or -1.
func dayIndex(w string) int {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(w, d.String()) {
			return int(d)
		}
	}
	return -1
}
