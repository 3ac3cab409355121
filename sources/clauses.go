package sources

import "strings"

// Pass 7a, continued: one statement per claim in an article. A reported
// clause often holds several of the claims a careful reader counts apart:
// "discussed A, and tasked their teams to B"; "agreed on A, as well as B";
// "A, with the aide saying B"; "A, followed by B". The cuts that readouts
// and articles share (a second predicate, a semicolon, a participle of
// speech, a list of subjects) are those of documents mode (splitClaims);
// the ones below are the joins an article adds when it retells a call in
// its own sentences.

// claimSpans appends to out the spans of the claims of the reported
// clause s of an article, one per claim. The spans stay exact and never hold the joining words alone; the
// last keeps the end of s (the full stop inside a closing quotation
// mark). A speaker's own words (quoted) are not cut where a second
// subject opens a clause (", and our teams are ready …"): a speaker
// develops one thought that way more often than a reporter joins two.
func (b *stmtBuilder) claimSpans(out []Span, s Span, quoted bool) []Span {
	if !mayJoin(b.a.Text[s.Start:s.End]) {
		return append(out, s)
	}
	// The buffer is reused: the pieces become spans before the next call.
	b.toks = appendDocTokens(b.toks[:0], b.a.Text, s)
	toks := b.toks
	if wordCount(toks) < 6 {
		return append(out, s)
	}
	pieces, omitted, lastOmitted := b.claimPieces(toks, quoted)
	if len(pieces) < 2 && !omitted {
		return append(out, s)
	}
	for k, p := range pieces {
		last := k == len(pieces)-1 && !lastOmitted
		if !last {
			p = docTrimTail(p)
		}
		if len(p) == 0 {
			continue
		}
		sp := Span{p[0].Start, p[len(p)-1].End}
		if last {
			sp.End = s.End
		} else {
			sp = trimClause(b.a.Text, sp)
		}
		if sp.Len() > 0 {
			out = append(out, sp)
		}
	}
	return out
}

// mayJoin tells cheaply whether text holds a mark or word that can join
// two claims; most reported clauses hold none and are not tokenized again.
func mayJoin(text string) bool {
	return strings.ContainsAny(text, ",;") || strings.Contains(text, " and ") || strings.Contains(text, " but ") ||
		strings.Contains(text, " while ")
}

// claimPieces cuts toks at an article's joins, then as documents mode
// does, and leaves out the pieces that are no claim of the speaker's: the
// reporter's note of what went unsaid, a list's "and other subjects".
// omitted tells whether any was left out, lastOmitted whether the last.
func (b *stmtBuilder) claimPieces(toks []dtok, quoted bool) (pieces [][]dtok, omitted, lastOmitted bool) {
	rule := listRule{lx: b.lexicon(), loose: true}
	for k, piece := range articleCuts(toks, quoted) {
		if k > 0 && !quoted && notSaid(piece) {
			omitted, lastOmitted = true, true
			continue
		}
		for _, p := range joinPurposes(splitClaimsBy(piece, rule)) {
			if len(pieces) > 0 && catchAll(p) {
				omitted, lastOmitted = true, true
				continue
			}
			lastOmitted = false
			pieces = append(pieces, p)
		}
	}
	return pieces, omitted, lastOmitted
}

// claimsOf cuts each reported clause of spans into its claims.
func (b *stmtBuilder) claimsOf(spans []Span) []Span {
	out := make([]Span, 0, len(spans))
	for _, s := range spans {
		out = b.claimSpans(out, s, false)
	}
	return out
}

// quotedClaims cuts each sentence of a quotation into its claims, without
// the marks and the comma before the closing mark.
func (b *stmtBuilder) quotedClaims(parts []Span) []Span {
	out := make([]Span, 0, len(parts))
	for _, p := range parts {
		from := len(out)
		out = b.claimSpans(out, trimQuote(b.a.Text, p), true)
		for k := from; k < len(out); k++ {
			out[k] = trimQuote(b.a.Text, out[k])
		}
	}
	return out
}

// quoteSentences are the parts of the quotation inner that are read one
// by one: its sentences when it is long, or when it quotes a report of
// what someone said, sentence by sentence ("“The Russian President
// underlined A. Vladimir Putin stressed B.”": a side's document, not one
// speaker's thought); else the whole.
func (b *stmtBuilder) quoteSentences(inner Span) []Span {
	parts := sentenceSpans(b.a.Text, inner)
	if len(parts) >= longQuote || len(parts) == 2 && b.reportsSpeech(parts[1]) {
		return parts
	}
	return []Span{inner}
}

// reportsSpeech tells whether sentence s opens with a third person who
// speaks: a capitalised subject and a verb of speech in the past within
// its first words ("Vladimir Putin stressed …", "The minister noted …"),
// not a state ("Chile has long stood ready …").
func (b *stmtBuilder) reportsSpeech(s Span) bool {
	b.toks = appendDocTokens(b.toks[:0], b.a.Text, s)
	toks := b.toks
	for v := 1; v < len(toks) && v < 8; v++ {
		t := toks[v]
		if !t.word || t.depth != 0 {
			return false
		}
		if isPastPredicate(t.lower) && !ambiguousVerbs[t.lower] && !pastActs[t.lower] && t.s == t.lower {
			first := toks[0]
			return first.word && first.s != first.lower && !firstPerson[first.lower]
		}
	}
	return false
}

// pastActs are past forms among the verbs readouts write that tell an
// act, not speech ("held", "met"): a sentence they open is no report of
// someone speaking.
var pastActs = docWordSet(`went held met paid laid drew sent gave looked reviewed`)

// firstPerson are the pronouns of a speaker's own words.
var firstPerson = docWordSet(`i we my our`)

// lexicon is the catalog's countries and titles as documents mode reads
// them, prepared once per extraction.
func (b *stmtBuilder) lexicon() *docLexicon {
	if b.lx == nil {
		b.lx = newDocLexicon(b.c)
	}
	return b.lx
}

// articleCuts cuts toks at the joins of an article's retelling and
// returns the pieces, without their joining words. A cut that would leave
// a piece of fewer than three words is not made.
func articleCuts(toks []dtok, quoted bool) [][]dtok {
	var pieces [][]dtok
	start := 0
	for i := 1; i < len(toks); i++ {
		right, ok := articleJoin(toks, i, quoted)
		if !ok || wordCount(toks[start:i]) < 3 || wordCount(toks[right:]) < 3 {
			continue
		}
		pieces = append(pieces, toks[start:i])
		start = right
		i = right - 1
	}
	return append(pieces, toks[start:])
}

// articleJoin tells whether a second claim is joined at toks[i] and
// where it starts:
//   - ", followed by …": a second act in the order told;
//   - ", as well as …": a second point after a comma;
//   - ", with X saying …": a participle clause of its own subject;
//   - ", including doing …": a second act as a participle;
//   - ", though …", ", while …", ", but …": a contrast that adds a point;
//   - "but that …": a second reported clause;
//   - "while doing …": a second act as a participle;
//   - ", raised …": a second predicate of the same subject after a comma;
//   - "and we …", ", and the minister has …": a second clause with its
//     own subject;
//   - "and took …", "and brought up …": a second predicate;
//   - "“…” and “called …”": a second quoted predicate.
func articleJoin(toks []dtok, i int, quoted bool) (int, bool) {
	t := toks[i]
	if t.depth != 0 || i+1 >= len(toks) {
		return 0, false
	}
	if t.s == "," {
		return commaJoin(toks, i, quoted)
	}
	if !t.word {
		return 0, false
	}
	n := toks[i+1]
	switch t.lower {
	case "but":
		if n.lower == "that" {
			return i + 2, true
		}
	case "while":
		if isIng(n) && wordCount(toks[:i]) >= 4 && !hasRelative(toks[:i]) {
			return i + 1, true // "… while lifting the levies": a second act
		}
	case "and":
		if toks[i-1].s == "," {
			return 0, false // commaJoin reads ", and"
		}
		return andJoin(toks, i, i, quoted)
	}
	return 0, false
}

// commaJoin reads the join at the comma toks[i].
func commaJoin(toks []dtok, i int, quoted bool) (int, bool) {
	if i+2 >= len(toks) {
		return 0, false
	}
	n := toks[i+1]
	switch {
	case n.lower == "followed" && toks[i+2].lower == "by":
		return i + 3, true
	case isAsWellAs(toks, i+1, len(toks)):
		return i + 4, true
	case n.lower == "with" && participleSubject(toks, i+2):
		return i + 2, true
	case n.lower == "including" && isIng(toks[i+2]):
		return i + 2, true
	case n.lower == "though" || n.lower == "although" || n.lower == "whereas":
		return i + 2, true
	case n.lower == "while" && (isIng(toks[i+2]) || clauseFollows(toks, i+2)) && !hasRelative(toks[:i]):
		return i + 2, true
	case n.lower == "but" && !hasWord(toks[:i], "not") && opensPredicate(toks[i+2]):
		return i + 2, true
	case n.lower == "and":
		if !quoted && clauseFollows(toks, i+2) {
			return i + 2, true
		}
		return andJoin(toks, i+1, i, quoted)
	case secondPredicate(toks, i+1) && !speechWords[n.lower] && hasFinite(toks[:i]) && !participleOfTime(toks, i+1):
		return i + 1, true
	}
	return 0, false
}

// participleOfTime tells whether the past form at toks[j] is followed by
// a time ("…, held three days after the summit", "…, signed last year"):
// a participle that dates the noun before it, not a second predicate,
// which takes an object or a complement first.
func participleOfTime(toks []dtok, j int) bool {
	if j+2 >= len(toks) {
		return false
	}
	n, m := toks[j+1], toks[j+2]
	switch {
	case n.lower == "last" || n.lower == "earlier" || weekdays[n.lower] || monthOf(n.s) > 0:
		return true
	case n.lower == "on" || n.lower == "in":
		return weekdays[m.lower] || monthOf(m.s) > 0
	}
	return (spanCounts[n.lower] || allDigits(n.s)) && timeUnits[m.lower]
}

// spanCounts and timeUnits make a span of time ("three days", "two
// weeks").
var spanCounts = docWordSet(`a two three four five six seven eight nine ten eleven twelve several few`)

var timeUnits = docWordSet(`hours days weeks months years day week month year`)

// andJoin reads "and" at toks[k] (the join starts at toks[left]): a
// subject pronoun and its verb ("and we talked"), or a second predicate
// of the subject before ("and tasked their teams", "and “called for …”").
// In a speaker's own words a pronoun does not open a second claim: "we
// need A, and we will do B" goes on with one thought.
func andJoin(toks []dtok, k, left int, quoted bool) (int, bool) {
	if k+2 >= len(toks) {
		return 0, false
	}
	n := toks[k+1]
	if isOpenQuote(n) {
		if secondPredicate(toks, k+2) {
			return k + 1, true
		}
		return 0, false
	}
	if !hasFinite(toks[:left]) {
		return 0, false
	}
	switch {
	case subjectPronouns[n.lower] && n.word && !quoted:
		if m := toks[k+2]; m.word && (isFiniteMarker(m.lower) || isPastForm(m.lower) || m.lower == "also") {
			return k + 1, true
		}
	case secondPredicate(toks, k+1):
		if w := toks[left-1]; w.word && isPastForm(w.lower) {
			return 0, false // "drafted and outlined": two verbs of one object
		}
		return k + 1, true
	}
	return 0, false
}

// secondPredicate tells whether toks from j open a predicate: an adverb
// such as "also", then a past form followed by what a verb takes (an
// object, a preposition, "to", "that"), or a verb of speech that takes
// none.
func secondPredicate(toks []dtok, j int) bool {
	for j < len(toks) && (toks[j].lower == "also" || toks[j].lower == "then" || toks[j].lower == "later") {
		j++
	}
	if j+1 >= len(toks) || !toks[j].word || toks[j].s != toks[j].lower {
		return false
	}
	w, n := toks[j].lower, toks[j+1]
	if !isPastForm(w) {
		return false
	}
	if isPastPredicate(w) && !ambiguousVerbs[w] && n.lower != "by" {
		return true
	}
	return pronounsAndDeterminers[n.lower] || aboutWords[n.lower] || verbTakes[n.lower] || isOpenQuote(n)
}

// verbTakes are words that follow a verb rather than an adjective: a
// particle or a preposition that opens its complement.
var verbTakes = docWordSet(`to that for with up out back forward down off at into against`)

// subjectPronouns open a clause with a subject of its own after "and".
var subjectPronouns = docWordSet(`i we he she they`)

// speechWords after a comma attribute what came before ("…, said the
// minister"), they do not add a claim.
var speechWords = docWordSet(`said says told added stated noted wrote`)

// irregularPasts are the common irregular past forms of English verbs that
// report an act ("began", "brought up").
var irregularPasts = docWordSet(`began brought took sought saw felt kept left won put set thought wrote
	came became got struck chose stood`)

// clauseFollows tells whether toks from k read as a clause with its own
// subject: a name, a determiner or a pronoun, then within a few words a
// finite verb ("the minister has expressed", "President Putin said").
func clauseFollows(toks []dtok, k int) bool {
	if k >= len(toks) || !toks[k].word {
		return false
	}
	f := toks[k]
	if !(f.s != f.lower || pronounsAndDeterminers[f.lower]) || f.lower == "that" || f.lower == "it" {
		return false
	}
	for j := k + 1; j < len(toks) && j < k+8; j++ {
		w := toks[j]
		if !w.word || w.depth != 0 || relatives[w.lower] {
			return false
		}
		if finiteMarkers[w.lower] || w.s == w.lower && isPastPredicate(w.lower) {
			return wordCount(toks[j:]) >= 3
		}
	}
	return false
}

// hasFinite tells whether toks hold a verb of their own.
func hasFinite(toks []dtok) bool {
	for _, t := range toks {
		if t.word && t.depth == 0 && (isFiniteMarker(t.lower) || t.s == t.lower && isPastForm(t.lower)) {
			return true
		}
	}
	return false
}

func isIng(t dtok) bool {
	return t.word && t.s == t.lower && len(t.lower) > 4 && t.lower[len(t.lower)-3:] == "ing"
}

// participleSubject tells whether toks from k read as a short subject
// and a participle ("with the aide saying", "with Biden expressing"): an
// absolute clause, which makes a point of its own.
func participleSubject(toks []dtok, k int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		w := toks[j]
		if !w.word || w.depth != 0 {
			return false
		}
		if j > k && isIng(w) {
			return true
		}
	}
	return false
}

// isPastForm tells whether w reads as a verb in the past: a verb readouts
// write, a common irregular past or a regular past form.
func isPastForm(w string) bool {
	return isPastPredicate(w) || irregularPasts[w] || len(w) > 4 && w[len(w)-2:] == "ed"
}

// hasRelative tells whether toks hold a relative clause ("the policy,
// which recognizes …"), to which a "while" after it belongs: the
// reporter's background, not a second act.
func hasRelative(toks []dtok) bool {
	return hasWord(toks, "which") || hasWord(toks, "who")
}

func hasWord(toks []dtok, w string) bool {
	for _, t := range toks {
		if t.word && t.lower == w {
			return true
		}
	}
	return false
}

// notSaid tells whether a clause joined to a report only says what the
// speaker left unsaid ("though he did not say when …", "but she would not
// give details"): the reporter's remark, not a claim of the speaker's.
func notSaid(toks []dtok) bool {
	if len(toks) < 4 || !subjectPronouns[toks[0].lower] && toks[0].lower != "it" {
		return false
	}
	k := 1
	switch {
	case (toks[1].lower == "did" || toks[1].lower == "would" || toks[1].lower == "could") && toks[2].lower == "not":
		k = 3
	case toks[1].lower == "didn’t" || toks[1].lower == "didn't" || toks[1].lower == "wouldn’t" || toks[1].lower == "wouldn't":
		k = 2
	default:
		return false
	}
	return unsaidVerbs[toks[k].lower]
}

// unsaidVerbs are what a speaker is reported not to have done with words.
var unsaidVerbs = docWordSet(`say indicate specify elaborate give provide mention disclose reveal detail
	explain comment offer confirm name`)

// opensPredicate tells whether t opens what goes on with the subject
// before it ("but mostly about …", "but stopped short of …"), not a
// clause of a new subject ("but Berlin was cooler"), which may be the
// reporter's own contrast.
func opensPredicate(t dtok) bool {
	return t.word && t.s == t.lower && !pronounsAndDeterminers[t.lower]
}

// joinPurposes puts back together what documents mode cuts at "and to":
// in an article's retelling a second infinitive goes on with the same
// claim ("agreed to exchange prisoners, and to meet again").
func joinPurposes(pieces [][]dtok) [][]dtok {
	out := pieces[:1]
	for _, p := range pieces[1:] {
		if p[0].lower == "to" && isInfinitive(p, 0) {
			// Only the ends of a piece make its span: the joining words
			// between need not be copied.
			prev := out[len(out)-1]
			out[len(out)-1] = append(prev[:len(prev):len(prev)], p...)
			continue
		}
		out = append(out, p)
	}
	return out
}

// catchAll tells whether a piece cut from a list only closes it with
// what it does not name ("other subjects", "many other things").
func catchAll(toks []dtok) bool {
	n := wordCount(toks)
	if n == 0 || n > 4 {
		return false
	}
	w := toks[0].lower
	if w == "many" || w == "several" || w == "various" || w == "some" || w == "a" && n > 1 && toks[1].lower == "few" {
		for _, t := range toks[1:] {
			if t.word && t.lower == "other" {
				return true
			}
		}
	}
	return w == "other"
}
