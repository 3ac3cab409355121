package sources

import (
	"regexp"
	"strings"
)

// docClaim is one statement of a document before it joins its account.
type docClaim struct {
	Span
	para    int
	kind    Kind
	subject string // who the claim says spoke or acted, as written ("He", "The President of Russia")
	speaker string // a speaker already known: a transcript turn's, a quotation's
	earlier bool
	piece   bool // one of several claims cut from one sentence
	// continues marks a quotation with no attribution of its own, which
	// goes on from the quotation before it.
	continues bool
}

// unitClaims finds the claims of one unit, in a document dated when: nothing for an outsider's turn,
// a question, a greeting or the page's note about the briefing itself; the
// words of a quotation with its attribution; else the sentence, cut into
// one claim per point.
func unitClaims(text string, u docUnit, when *calendarDate, lx *docLexicon) []docClaim {
	if u.turn != nil && u.turn.outsider {
		return nil
	}
	toks := docTokens(text, u.Span)
	if qs, ok := quotationClaim(text, toks); ok {
		for i := range qs {
			qs[i].para = u.para
		}
		return qs
	}
	if introducesQuotation(toks) {
		return nil
	}
	toks = docTrimLead(skipDateline(text, toks))
	toks = docTrimTail(toks)
	if !docIsClaim(text, toks) {
		return nil
	}
	kind := Paraphrase
	speaker := ""
	if u.turn != nil {
		// A speaker's own words in a transcript.
		kind, speaker = Quote, u.turn.speaker
	}
	earlier := docEarlier(text, toks) || otherOccasion(text, toks, when)
	pieces := splitClaims(toks, lx)
	subject := docSubject(toks)
	out := make([]docClaim, 0, len(pieces))
	for _, p := range pieces {
		out = append(out, docClaim{Span: Span{p[0].Start, p[len(p)-1].End}, para: u.para, kind: kind,
			subject: subject, speaker: speaker, earlier: earlier, piece: len(pieces) > 1})
	}
	return out
}

// docIsClaim tells whether a trimmed unit says something: not a question, a
// greeting or thanks, nor a fragment of three words or fewer ("No, they
// didn't."), nor a note about the briefing itself, nor a pointer to what
// follows.
func docIsClaim(text string, toks []dtok) bool {
	if wordCount(toks) < 4 {
		return false
	}
	last := toks[len(toks)-1]
	for k := len(toks) - 1; k > 0 && !last.word && isCloser(last.s); k-- {
		last = toks[k-1]
	}
	if last.s == "?" {
		return false
	}
	s := text[toks[0].Start:toks[len(toks)-1].End]
	return !greetingRE.MatchString(s) && !selfReportRE.MatchString(s) && !pointerRE.MatchString(s)
}

// pointerRE matches a sentence that only points to the text after it:
// "The overview is as follows.", "Its main points were as follows".
var pointerRE = regexp.MustCompile(`(?i)^(?:\S+\s+){1,6}(?:is|are|was|were) as follows\s*[.:]?$`)

var greetingRE = regexp.MustCompile(`(?i)^(?:good (?:morning|afternoon|evening|day)|thank you|thanks|hello|goodbye|good-bye|ladies and gentlemen)\b[^.!?]{0,30}[.!]?$`)

// selfReportRE matches the note of a page about its own event ("X briefed
// media representatives on the call", "X answered journalists' questions"):
// the page's lead, not the side's account of the call.
var selfReportRE = regexp.MustCompile(`(?i)\b(?:briefed (?:the )?(?:media|journalists|reporters|press|media representatives)|held an? (?:joint )?(?:press|news|media) (?:conference|briefing|availability|encounter)|answered (?:\S+ )?(?:questions from|journalists['’]? questions|media questions|reporters['’]? questions)|made a (?:press )?statement (?:to|for) the (?:press|media))\b`)

func isCloser(s string) bool {
	switch s {
	case "”", "»", ")", "]", "\"", "’":
		return true
	}
	return false
}

// discourseMarkers open a sentence without adding to its claim. Each is
// cut with the comma after it.
var discourseMarkers = [][]string{}

func init() {
	for _, m := range []string{"in particular", "in this context", "in this connection", "incidentally",
		"moreover", "furthermore", "in addition", "additionally", "besides", "however", "meanwhile",
		"at the same time", "naturally", "of course", "indeed", "so", "thus", "therefore", "firstly",
		"secondly", "thirdly", "finally", "lastly", "likewise", "similarly", "overall", "all in all",
		"to be honest", "frankly", "like i said", "as i said", "as i have said", "as i mentioned",
		"as you know", "again", "once again", "in short", "in sum", "in conclusion", "on the whole",
		"in general", "generally", "now", "well", "also", "then", "and", "but", "yes", "no"} {
		discourseMarkers = append(discourseMarkers, strings.Fields(m))
	}
}

// noCommaMarkers may open a sentence without a comma after them.
var noCommaMarkers = map[string]bool{"in particular": true, "at the same time": true, "and": true, "but": true, "also": true}

// datelineRE matches the place, date and agency that open a wire report
// published as a side's account: "BEIJING, March 18 (Xinhua) -- ".
var datelineRE = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}(?:,[^()\n—–]{1,40}?)?(?:\s+\([^)\n]{1,40}\))?\s*(?:—|–|--|-)\s+`)

// skipDateline drops a wire dateline from the start of a unit.
func skipDateline(text string, toks []dtok) []dtok {
	if len(toks) == 0 {
		return toks
	}
	loc := datelineRE.FindStringIndex(text[toks[0].Start:toks[len(toks)-1].End])
	if loc == nil {
		return toks
	}
	end := toks[0].Start + loc[1]
	for len(toks) > 0 && toks[0].Start < end {
		toks = toks[1:]
	}
	return toks
}

// frameWords make up a speaker's first-person frame around the claim that
// follows: "I want to note straight away that", "I would like to stress
// once again that", "You know very well that".
var frameWords = docWordSet(`want would like wish must should can to note stress say emphasise emphasize
	point out add mention underline reiterate repeat recall straight away once again first of all
	right here just agree completely fully very well know let me`)

// docTrimLead drops what opens a unit without being its claim: discourse
// markers, a speaker's first-person frame, stray marks.
func docTrimLead(toks []dtok) []dtok {
	for changed := true; changed && len(toks) > 0; {
		changed = false
		if !toks[0].word && (toks[0].s == "," || toks[0].s == ";" || toks[0].s == "—" || toks[0].s == "–" || toks[0].s == "-") {
			toks, changed = toks[1:], true
			continue
		}
		for _, m := range discourseMarkers {
			if n := matchWords(toks, m); n > 0 {
				joined := strings.Join(m, " ")
				if n < len(toks) && toks[n].s == "," {
					toks, changed = toks[n+1:], true
					break
				}
				if noCommaMarkers[joined] && n < len(toks) && toks[n].word {
					toks, changed = toks[n:], true
					break
				}
			}
		}
		if changed {
			continue
		}
		if n := frameLen(toks); n > 0 {
			toks, changed = toks[n:], true
		}
	}
	return toks
}

// matchWords returns how many tokens the words m cover at the start of
// toks, or 0.
func matchWords(toks []dtok, m []string) int {
	if len(toks) < len(m) {
		return 0
	}
	for i, w := range m {
		if !toks[i].word || toks[i].lower != w {
			return 0
		}
	}
	return len(m)
}

// frameLen is the length of a first-person frame ending in "that" at the
// start of toks ("I want to note that", "Let me say that", "You know
// that"), or 0.
func frameLen(toks []dtok) int {
	if len(toks) == 0 {
		return 0
	}
	first := toks[0].lower
	if first != "i" && first != "you" && first != "let" {
		return 0
	}
	for i := 1; i < len(toks) && i <= 8; i++ {
		t := toks[i]
		if t.lower == "that" && i >= 2 {
			if i+1 < len(toks) {
				return i + 1
			}
			return 0
		}
		if !t.word && t.s != "," || t.word && !frameWords[t.lower] {
			return 0
		}
	}
	return 0
}

// docTrimTail drops the closing period, comma or colon of a unit, keeping a
// period inside a closing quotation ("… without Ukraine.”").
func docTrimTail(toks []dtok) []dtok {
	for len(toks) > 0 {
		t := toks[len(toks)-1]
		if t.word {
			break
		}
		switch t.s {
		case ".", ",", ";", ":", "!", "—", "–", "-", "…":
			toks = toks[:len(toks)-1]
			continue
		}
		break
	}
	return toks
}

// earlierRE matches a unit about an event before the call: "Earlier today
// …", "Earlier, the President had invited …", "Prior to the call …", "The
// leaders last spoke in …".
var earlierRE = regexp.MustCompile(`(?i)^(?:earlier(?: (?:today|this (?:week|month|year)|in the day|on)\b|\s*,)|prior to (?:the|this|today['’]s)\b|before (?:the|this|today['’]s) (?:call|meeting|conversation|talks)\b|previously\b|last (?:week|month|year)\b|yesterday\b)|\b(?:last (?:spoke|met|talked)|had (?:previously|earlier) (?:spoken|met|talked|said))\b`)

func docEarlier(text string, toks []dtok) bool {
	return earlierRE.MatchString(text[toks[0].Start:toks[len(toks)-1].End])
}

// docSubject is the subject of a claim's verb of speech or action: of the
// comma-separated parts before the verb, the first that is not an
// adverbial ("In response, Vladimir Putin warned", "Joseph Biden, in turn,
// focused"). A verb with no such part before it ("… ostensibly made from
// …, Vladimir Putin noted") gives way to the next; "" when none has one.
func docSubject(toks []dtok) string {
	for v, t := range toks {
		if v > 30 || t.depth > 0 {
			break
		}
		if v == 0 || !t.word || !isFiniteVerb(toks, v) {
			continue
		}
		if w := toks[v-1].lower; w == "i" || w == "we" || w == "he" || w == "she" {
			// "In the evening I spoke …" ("they" is as often not the
			// leaders: "after many years they are coming home").
			return toks[v-1].s
		}
		if s := subjectBefore(toks, v); s != "" {
			return s
		}
	}
	return ""
}

// subjectBefore is the first comma-separated part of toks[:v] that can be
// a subject: not an adverbial, a participle or a long phrase.
func subjectBefore(toks []dtok, v int) string {
	from := 0
	for k := 0; k <= v; k++ {
		if k < v && toks[k].s != "," {
			continue
		}
		part := toks[from:k]
		for len(part) > 1 && part[len(part)-1].word && (part[len(part)-1].lower == "also" || part[len(part)-1].lower == "further" || part[len(part)-1].lower == "again" || strings.HasSuffix(part[len(part)-1].lower, "ly")) {
			part = part[:len(part)-1]
		}
		if len(part) > 0 && part[0].word && !adverbialOpeners[part[0].lower] && !strings.HasSuffix(part[0].lower, "ing") && wordCount(part) <= 8 {
			return docText(part)
		}
		from = k + 1
	}
	return ""
}

// adverbialOpeners open a phrase before the subject ("In response,",
// "After the call,"), not the subject itself.
var adverbialOpeners = docWordSet(`in on at for with by to from into after before during since because
	although though if unless when while as following according despite amid given under over upon
	regarding considering concerning speaking coming turning`)

// isFiniteVerb tells whether toks[i] is a verb of speech or action used as
// a verb, or a form of "be" ("was clear"): not a noun after an article
// ("an exchange of views").
func isFiniteVerb(toks []dtok, i int) bool {
	w := toks[i].lower
	if !readoutVerbs[w] && w != "was" && w != "were" && w != "is" && w != "are" {
		return false
	}
	return i == 0 || !pronounsAndDeterminers[toks[i-1].lower] || toks[i-1].lower == "he" || toks[i-1].lower == "she" ||
		toks[i-1].lower == "they" || toks[i-1].lower == "we" || toks[i-1].lower == "i" || toks[i-1].lower == "it"
}

// docText joins the words and marks of toks with single spaces, except
// before closing marks.
func docText(toks []dtok) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && (t.word || !strings.Contains(".,;:’'", t.s)) {
			b.WriteByte(' ')
		}
		b.WriteString(t.s)
	}
	return b.String()
}

func isOpenQuote(t dtok) bool {
	return t.s == "“" || t.s == "«" || t.s == "\"" && t.depth == 0
}

func isCloseQuote(t dtok) bool {
	return (t.s == "”" || t.s == "»" || t.s == "\"") && t.depth == 0
}

// quotationClaim reads a unit that is a quotation with its attribution,
// "“…,” Name said." or "Name said: “…”": the claims are the quoted words,
// one per sentence, said by the name.
func quotationClaim(text string, toks []dtok) ([]docClaim, bool) {
	if len(toks) < 4 {
		return nil, false
	}
	// "“…,” Name said."
	if isOpenQuote(toks[0]) {
		k := 1
		for k < len(toks) && !(isCloseQuote(toks[k]) && !toks[k].word) {
			k++
		}
		tail := docTrimTail(toks[min(k+1, len(toks)):])
		if k < len(toks) && len(tail) == 0 {
			// "“…”" alone: the quotation before it goes on.
			qs, ok := quotedSentences(toks[1:k], "")
			for i := range qs {
				qs[i].continues = true
			}
			return qs, ok
		}
		if k >= len(toks) || wordCount(tail) > 6 {
			return nil, false
		}
		if tail[0].s == "," {
			tail = tail[1:]
		}
		if who, ok := docAttribution(tail); ok {
			return quotedSentences(toks[1:k], who)
		}
		return nil, false
	}
	// "Name said: “…”"
	for i := 1; i+1 < len(toks) && i < 14; i++ {
		if toks[i].s != ":" || toks[i].depth != 0 || !isOpenQuote(toks[i+1]) {
			continue
		}
		rest := docTrimTail(toks[i+2:])
		if len(rest) == 0 || !isCloseQuote(rest[len(rest)-1]) {
			return nil, false
		}
		if who, ok := docAttribution(toks[:i]); ok {
			return quotedSentences(rest[:len(rest)-1], who)
		}
		return nil, false
	}
	return nil, false
}

// docAttribution reads "Name said", "said Name" or "he added": the speaker
// and whether there is a verb of speech.
func docAttribution(toks []dtok) (string, bool) {
	for i, t := range toks {
		if t.word && readoutVerbs[t.lower] {
			who := append(append([]dtok{}, toks[:i]...), toks[i+1:]...)
			return docText(who), len(who) > 0
		}
	}
	return "", false
}

// introducesQuotation tells whether a unit only introduces the quotation
// after it: "In his remarks to the press, the Prime Minister said:" ends
// in a verb of speech and a colon or comma, and holds no claim itself.
func introducesQuotation(toks []dtok) bool {
	n := len(toks)
	if n < 2 || toks[n-1].word || toks[n-1].depth != 0 || (toks[n-1].s != ":" && toks[n-1].s != ",") {
		return false
	}
	return toks[n-2].word && readoutVerbs[toks[n-2].lower]
}

// quotedSentences makes the claims of a quotation's words, without the
// marks and the stop or comma before the closing mark: one claim per
// sentence, since a quoted passage of remarks makes a point in each. A
// sentence of three words or fewer ("It was good.") joins the one before
// it, or the one after when it opens the passage.
func quotedSentences(inner []dtok, who string) ([]docClaim, bool) {
	var out []docClaim
	short := false // the last claim is too short to stand alone
	for _, s := range quotedSentenceToks(inner) {
		s = docTrimTail(s)
		if len(s) == 0 {
			continue
		}
		span := Span{s[0].Start, s[len(s)-1].End}
		if len(out) > 0 && (short || wordCount(s) < 4) {
			out[len(out)-1].End = span.End
			short = false
			continue
		}
		out = append(out, docClaim{Span: span, kind: Quote, subject: who})
		short = wordCount(s) < 4
	}
	if len(out) == 0 || wordCount(inner) < 3 {
		return nil, false
	}
	for i := range out {
		out[i].piece = len(out) > 1
	}
	return out, true
}

// quotedSentenceToks cuts a quotation's words at each stop, question or
// exclamation mark that a word follows. Abbreviations and initials are
// one token with their periods, so a period token ends a sentence.
func quotedSentenceToks(inner []dtok) [][]dtok {
	var out [][]dtok
	lo := 0
	for i, t := range inner {
		if t.word || (t.s != "." && t.s != "!" && t.s != "?") || i+1 >= len(inner) {
			continue
		}
		if next := inner[i+1]; next.word || isOpenQuote(next) {
			out = append(out, inner[lo:i+1])
			lo = i + 1
		}
	}
	return append(out, inner[lo:])
}
