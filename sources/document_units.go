package sources

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// docTurn is one speaker's turn in a transcript ("Aide to the President Yury
// Ushakov: …", "Question: …").
type docTurn struct {
	speaker string
	// outsider marks a turn that is not the side's account: a journalist's
	// question, a moderator.
	outsider bool
}

// docUnit is a stretch of a document that may hold statements: one
// sentence, or several joined where a quotation runs across them.
type docUnit struct {
	Span
	para int      // paragraph number
	turn *docTurn // the transcript turn it belongs to; nil in narrative
}

// labelRE matches a speaker label opening a transcript turn: up to eight
// words, capitalised but for small joining words, a note in brackets
// ("(retranslated)") and a colon.
var labelRE = regexp.MustCompile(`^((?:\p{Lu}[\p{L}\p{M}.’'-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}.’'-]*|of|the|to|for|and|de|von|van|al|bin)){0,7})(?:\s+\([^()\n]{1,30}\))?:\s+\S`)

// outsiderLabels open turns that are not the side's own account.
var outsiderLabels = map[string]bool{
	"question": true, "q": true, "journalist": true, "reporter": true, "correspondent": true,
	"remark": true, "audience": true, "participant": true, "moderator": true, "interviewer": true,
	"audience member": true, "voice": true,
}

// separatorRE matches a scene break left inside a paragraph: "* * *", "***".
var separatorRE = regexp.MustCompile(`(?:\*\s*){3,}`)

// docCut is a place where a paragraph's text is cut into segments: a
// separator (skipped) or a speaker label (opening a turn).
type docCut struct {
	at, next int // the cut covers [at, next)
	turn     *docTurn
}

// labelsIn finds the speaker labels and separators of one paragraph. A
// label counts at the paragraph's start, at a sentence start or after a
// separator. A one-word label counts when it is an outsider's ("Q:"),
// written in capitals ("PSAKI:"), or the last word of another label.
func labelsIn(a *Article, p Paragraph, starts []int, known map[string]bool) []docCut {
	var out []docCut
	text := a.Text[:p.End]
	for _, loc := range separatorRE.FindAllStringIndex(a.Slice(p.Span), -1) {
		s, e := p.Start+loc[0], p.Start+loc[1]
		out = append(out, docCut{at: s, next: e})
		starts = append(starts, docSkipSpace(text, e))
	}
	for _, off := range starts {
		if off < p.Start || off >= p.End {
			continue
		}
		if c, ok := labelAt(text, off, known); ok {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].at < out[j].at })
	return out
}

// bareQuestionRE matches the question label of a transcript written
// without a colon: "Q  Jen, on the call…", "Q. Did the…".
var bareQuestionRE = regexp.MustCompile(`^Q\.?[\s\x{00a0}]+\p{Lu}`)

// labelAt reads a speaker label at text[off:], if there is one.
func labelAt(text string, off int, known map[string]bool) (docCut, bool) {
	rest := text[off:min(len(text), off+160)]
	if m := bareQuestionRE.FindStringIndex(rest); m != nil {
		return docCut{at: off, next: off + m[1] - 1, turn: &docTurn{speaker: "Q", outsider: true}}, true
	}
	m := labelRE.FindStringSubmatchIndex(rest)
	if m == nil {
		return docCut{}, false
	}
	label := rest[m[2]:m[3]]
	words := strings.Fields(label)
	if !docCapitalized(words[len(words)-1]) {
		return docCut{}, false
	}
	t := &docTurn{speaker: label, outsider: outsiderLabels[strings.ToLower(label)]}
	if len(words) == 1 && !t.outsider && !known[strings.ToLower(words[0])] && !docAllCaps(words[0]) {
		return docCut{}, false
	}
	if !t.outsider {
		t.speaker = labelSpeaker(label)
	}
	colon := off + m[3] + strings.IndexByte(rest[m[3]:], ':')
	return docCut{at: off, next: docSkipSpace(text, colon+1), turn: t}, true
}

// labelSpeaker turns a label into a name: "Aide to the President Yury
// Ushakov" -> "Yury Ushakov", "MS. PSAKI" -> "Psaki".
func labelSpeaker(label string) string {
	name, _ := splitRole(label, nil)
	if name == "" {
		name = label
	}
	if docAllCaps(strings.ReplaceAll(name, " ", "")) {
		var b []string
		for _, w := range strings.Fields(name) {
			lw := strings.ToLower(w)
			if roleWords[strings.Trim(lw, ".")] {
				continue
			}
			r, n := utf8.DecodeRuneInString(w)
			b = append(b, string(r)+strings.ToLower(w[n:]))
		}
		if len(b) > 0 {
			name = strings.Join(b, " ")
		}
	}
	return name
}

func docCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func docAllCaps(w string) bool { return CapitalLetters(w) >= 3 }

// CapitalLetters is how many letters w has when none is lower case ("NATO"
// 4, "OSLO," 4), or -1 when one is: how datelines and acronyms are told
// from words.
func CapitalLetters(w string) int {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return -1
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters
}

func docSkipSpace(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// contentParagraphs are the paragraphs of a section that carry text: not
// headings, title and label lines (dates, site names, navigation, "###",
// "For Immediate Release"), nor addresses.
func contentParagraphs(a *Article, s docSection) []Paragraph {
	var out []Paragraph
	for _, p := range a.Paragraphs[s.from:s.to] {
		t := a.Slice(p.Span)
		if strings.HasPrefix(t, "#") || isLabelLine(t) && !unstoppedSentence(t) || isBoilerplate(t) || isIntroLine(t) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// unstoppedSentence tells whether a line without a full stop is still a
// sentence of the text ("The President spoke by phone today with …"):
// eight words or more, a third of them in lower case (names and titles
// take the rest), with a verb a readout tells in the past. A title reads in capitals or in the present
// ("… speaks with …"); a date or a site name has no such verb.
func unstoppedSentence(t string) bool {
	words := strings.Fields(t)
	if len(words) < 8 {
		return false
	}
	lower, past := 0, false
	for _, w := range words {
		w = strings.Trim(w, ",;:()\"'“”‘’")
		if w == "" || strings.ToLower(w) != w {
			continue
		}
		lower++
		past = past || isPastPredicate(w)
	}
	return past && 3*lower >= len(words)
}

// boilerplateRE matches lines a saved page keeps around the text that
// may end with a period: the release line, the sign-off of a release
// ("Announced to the public."), the page's metadata, a byline.
var boilerplateRE = regexp.MustCompile(`(?i)^(?:for immediate release|(?:respectfully\s+)?(?:announced|submitted)\s+to\s+the\s+(?:public|press)[.!]?$|publication (?:date|status):|direct link:|published in sections:|topics?:|tags?:|source:|location:|photo:|by\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,3}\.?$)`)

// introRE matches the line a page sets before the text it introduces: "The
// statement is as follows:", "Statement on the President's phone call
// with …:", "A Downing Street spokesperson said:".
var introRE = regexp.MustCompile(`(?i)\bas follows\s*:$|^(?:[\p{L}'’.-]+\s+){1,7}(?:said|says|stated|states|added)\s*:$|^(?:\p{L}+\s+)?(?:statement|readout|communiqu[eé]|declaration|remarks|transcript|text)\s+(?:on|of|by|from|regarding|about|concerning)\s.*:$`)

// isIntroLine tells whether a paragraph introduces the document's text
// rather than saying something itself.
func isIntroLine(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 40 && introRE.MatchString(t)
}

// isBoilerplate tells whether a short line is page furniture rather than
// text: the lines boilerplateRE knows, or a line with a web address.
func isBoilerplate(t string) bool {
	if len(strings.Fields(t)) >= 25 {
		return false
	}
	return boilerplateRE.MatchString(t) || strings.Contains(t, "://")
}

// documentUnits cuts a section's text into units: sentences, cut again at
// speaker labels and separators, joined where a quotation stays open. In a
// transcript (two labels or more) the text before the first label is the
// page's lead about the briefing, not the side's account, and is left out.
func documentUnits(a *Article, s docSection) []docUnit {
	paras := contentParagraphs(a, s)
	known := map[string]bool{}
	cutsOf := make([][]docCut, len(paras))
	labels := 0
	for pass := 0; pass < 2; pass++ { // the second pass knows the surnames of the first's labels
		labels = 0
		for i, p := range paras {
			cutsOf[i] = labelsIn(a, p, sentenceStarts(a, p), known)
			for _, c := range cutsOf[i] {
				if c.turn != nil {
					labels++
					if f := strings.Fields(c.turn.speaker); len(f) > 1 {
						known[strings.ToLower(f[len(f)-1])] = true
					}
				}
			}
		}
	}
	transcript := labels >= 2
	var out []docUnit
	var cur *docTurn
	started := !transcript
	for i, p := range paras {
		pieces := segmentPieces(a, p, cutsOf[i], &cur, &started)
		out = append(out, joinQuoted(a, pieces)...)
	}
	return out
}

// sentencesOf are the sentences of paragraph p (Article.Sentences is in
// text order, so two binary searches find them).
func sentencesOf(a *Article, p Paragraph) []Sentence {
	lo := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].Start >= p.Start })
	hi := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].Start >= p.End })
	return a.Sentences[lo:hi]
}

func sentenceStarts(a *Article, p Paragraph) []int {
	var out []int
	for _, s := range sentencesOf(a, p) {
		out = append(out, s.Start)
	}
	return out
}

// segmentPieces cuts the paragraph's sentences at its cuts; each piece
// carries the turn it falls in.
func segmentPieces(a *Article, p Paragraph, cuts []docCut, cur **docTurn, started *bool) []docUnit {
	var out []docUnit
	emit := func(s Span) {
		s = docTrimSpan(a.Text, s)
		if s.Len() > 0 && *started {
			out = append(out, docUnit{Span: s, para: p.Number, turn: *cur})
		}
	}
	k := 0
	for _, sen := range sentencesOf(a, p) {
		from := sen.Start
		for k < len(cuts) && cuts[k].at < sen.End {
			emit(Span{from, max(from, cuts[k].at)})
			if cuts[k].turn != nil {
				*cur = cuts[k].turn
				*started = true
			}
			from = max(from, cuts[k].next)
			k++
		}
		emit(Span{from, sen.End})
	}
	return out
}

// docTrimSpan drops white space at both ends of a span.
func docTrimSpan(text string, s Span) Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// joinQuoted joins a piece to the next while a quotation it opens is still
// open at its end (a quoted passage of several sentences), within a turn.
func joinQuoted(a *Article, pieces []docUnit) []docUnit {
	var out []docUnit
	for i := 0; i < len(pieces); i++ {
		u := pieces[i]
		for n := 0; n < 8 && quoteOpenAtEnd(a.Text[u.Start:u.End]) && i+1 < len(pieces) && pieces[i+1].turn == u.turn; n++ {
			i++
			u.End = pieces[i].End
		}
		out = append(out, u)
	}
	return out
}

// quoteOpenAtEnd tells whether a quotation opened in s is still open at
// its end. A straight double quote opens after white space or at the
// start, and closes otherwise.
func quoteOpenAtEnd(s string) bool {
	depth := 0
	prev := ' '
	for _, r := range s {
		switch r {
		case '“', '«':
			depth++
		case '”', '»':
			depth = max(0, depth-1)
		case '"':
			if depth > 0 && !unicode.IsSpace(prev) {
				depth--
			} else {
				depth++
			}
		}
		prev = r
	}
	return depth > 0
}
