package sources

// A readout's own voice also tells of other times. Two forms are common
// in the governments' pages and are not the side's account of the call:
//
//   - a sentence fronted by another dated occasion, "During their meeting
//     in Geneva on March 3, the presidents set a deadline …": what was
//     done then, told as background;
//   - a page that goes on past the call, "Following the telephone
//     conversation, the President met with the Minister of Finance. He
//     gave instructions …": another event, and everything the page says
//     after it is about that event.

// documentDate is the date a document gives itself: the first full date
// of its heading, its title or the lines before its first sentence (a
// page's date line). nil when none gives one.
func documentDate(a *Article, s docSection, units []docUnit, title string) *calendarDate {
	front := ""
	if len(units) > 0 {
		front = a.Text[s.span(a).Start:units[0].Start]
	}
	for _, t := range []string{s.heading(a), title, front} {
		for _, d := range findDates(t) {
			if d.Day > 0 {
				return &d
			}
		}
	}
	return nil
}

// occasionPrepositions open a phrase that sets a sentence at an occasion.
var occasionPrepositions = docWordSet(`during at in on`)

// otherOccasion tells whether toks open with a phrase set at another dated
// occasion than the document's own date: "During their meeting in Geneva
// on March 3, …", "At the summit on 12 May, …". A date that is the
// document's own, or a document without a date, decides nothing.
func otherOccasion(text string, toks []dtok, when *calendarDate) bool {
	if when == nil || len(toks) == 0 || !occasionPrepositions[toks[0].lower] {
		return false
	}
	end := frontedEnd(toks)
	if end < 0 {
		return false
	}
	for _, d := range findDates(text[toks[0].Start:toks[end].End]) {
		if d.Day > 0 && (!sameDay(d, *when) || d.Year != 0 && when.Year != 0 && d.Year != when.Year) {
			return true
		}
	}
	return false
}

// frontedEnd is the index of the last token before the first comma of
// the sentence's own clause, or -1 when there is none within the first
// twenty tokens (a phrase that long is not a fronted adverbial).
func frontedEnd(toks []dtok) int {
	for i, t := range toks {
		if i > 20 {
			break
		}
		if !t.word && t.depth == 0 && t.s == "," {
			return i - 1
		}
	}
	return -1
}

// eventVerbs are the verbs of another event the subject took part in:
// "met with", "held a meeting", "chaired", "received", not a verb of
// telling ("the Kremlin reported that …", which reports the call).
var eventVerbs = docWordSet(`met meets held holds chaired chairs convened convenes received receives
	visited visits hosted hosts toured tours attended attends presided presides`)

// laterEvent tells whether a unit opens another event after the call:
// "Following the telephone conversation with …, " or "After the call, "
// (a word of callNouns among the first after the determiner), then a
// subject of a few words and a verb of eventVerbs.
func laterEvent(text string, u docUnit) bool {
	toks := docTokens(text, u.Span)
	if len(toks) < 4 || toks[0].lower != "following" && toks[0].lower != "after" || !afterDeterminers[toks[1].lower] ||
		!callNouns[toks[2].lower] && !callNouns[toks[3].lower] {
		return false
	}
	comma := frontedEnd(toks) + 1
	if comma <= 0 {
		return false
	}
	for i, t := range toks[comma+1:] {
		if i > 8 || !t.word {
			return false
		}
		if eventVerbs[t.lower] {
			return i > 0
		}
		if readoutVerbs[t.lower] {
			return false
		}
	}
	return false
}

// afterDeterminers may stand between "following" and the call.
var afterDeterminers = docWordSet(`the this their today’s today's`)

// firstLaterEvent is the index of the first unit that opens another event
// after the call (laterEvent), or len(units) when none does: the units
// from it on are not the account of the call.
func firstLaterEvent(text string, units []docUnit) int {
	for i, u := range units {
		if u.turn == nil && laterEvent(text, u) {
			return i
		}
	}
	return len(units)
}
