package sources

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var isoDayRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// calendarDate is a date mentioned in the text; Year is 0 when not given.
type calendarDate struct {
	Year, Month, Day int
	Span
}

func (d calendarDate) iso() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// word is a run of letters or digits in a string.
type word struct {
	s, e int
}

// findDates returns the calendar dates mentioned in s (offsets relative to
// s): "2024-11-15", "November 15, 2024", "November 15", "15 November 2024",
// "15 November". A hand-written scanner: regular expressions with word
// boundaries were the slowest part of loading a long article.
func findDates(s string) []calendarDate {
	var out []calendarDate
	var ws []word
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, m := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			j += m
		}
		ws = append(ws, word{i, j})
		i = j
	}
	text := func(k int) string { return s[ws[k].s:ws[k].e] }
	// gap is the text between words k and k+1.
	gap := func(k int) string { return s[ws[k].e:ws[k+1].s] }
	for k := 0; k < len(ws); k++ {
		w := text(k)
		// ISO: 2024-11-15
		if len(w) == 4 && allDigits(w) && k+2 < len(ws) && gap(k) == "-" && gap(k+1) == "-" &&
			len(text(k+1)) == 2 && allDigits(text(k+1)) && len(text(k+2)) == 2 && allDigits(text(k+2)) {
			y, _ := strconv.Atoi(w)
			mo, _ := strconv.Atoi(text(k + 1))
			d, _ := strconv.Atoi(text(k + 2))
			if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
				out = append(out, calendarDate{y, mo, d, Span{ws[k].s, ws[k+2].e}})
			}
			k += 2
			continue
		}
		// Month Day[, Year]; "May" is also a verb, so the month needs a
		// capital letter and a day after it.
		if mo := monthOf(w); mo > 0 && k+1 < len(ws) && (gap(k) == " " || gap(k) == ". ") {
			if d := dayOf(text(k + 1)); d > 0 {
				end, y := ws[k+1].e, 0
				if k+2 < len(ws) && (gap(k+1) == ", " || gap(k+1) == " ") && isYear(text(k+2)) {
					y, _ = strconv.Atoi(text(k + 2))
					end = ws[k+2].e
				}
				out = append(out, calendarDate{y, mo, d, Span{ws[k].s, end}})
				continue
			}
		}
		// Day Month [Year]
		if d := dayOf(w); d > 0 && k+1 < len(ws) && gap(k) == " " {
			if mo := monthOf(text(k + 1)); mo > 0 {
				end, y := ws[k+1].e, 0
				if k+2 < len(ws) && gap(k+1) == " " && isYear(text(k+2)) {
					y, _ = strconv.Atoi(text(k + 2))
					end = ws[k+2].e
				}
				out = append(out, calendarDate{y, mo, d, Span{ws[k].s, end}})
			}
		}
	}
	return out
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

func monthOf(w string) int {
	if w == "" || w[0] < 'A' || w[0] > 'Z' || len(w) > 9 {
		return 0
	}
	return months[strings.ToLower(w)]
}

// dayOf reads "19", "19th", "1st" as a day of the month, else 0.
func dayOf(w string) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if len(w) > 2 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-2]
			break
		}
	}
	if len(w) == 0 || len(w) > 2 || !allDigits(w) {
		return 0
	}
	d, _ := strconv.Atoi(w)
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

func isYear(w string) bool {
	return len(w) == 4 && allDigits(w) && (w[0] == '1' || w[0] == '2')
}

// findDate returns the one full date (with year) the text mentions, or ""
// when it mentions none or several different ones.
func findDate(s string) string {
	found := ""
	for _, d := range findDates(s) {
		if d.Year == 0 {
			continue
		}
		if found != "" && found != d.iso() {
			return ""
		}
		found = d.iso()
	}
	return found
}

// normalizeDate turns a front-matter date into ISO form, or "".
func normalizeDate(v string) string {
	if v == "" {
		return ""
	}
	// "2024-06-14" or a timestamp "2024-06-14T09:00:00Z".
	if len(v) >= 10 && isoDayRE.MatchString(v[:10]) && (len(v) == 10 || v[10] == 'T' || v[10] == ' ') {
		return v[:10]
	}
	for _, d := range findDates(v) {
		if d.Year != 0 {
			return d.iso()
		}
	}
	return ""
}
