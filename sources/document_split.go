package sources

import (
	"sort"
	"strings"
)

// splitCut cuts a sentence between toks[left-1] and toks[right]: the
// joining words between them ("and", ", as well as") belong to neither
// claim. item marks the cut before an item of a list, whose items were
// checked already and may be short ("steel tariffs").
type splitCut struct {
	left, right int
	item        bool
}

// splitClaims cuts a sentence into one claim per point:
//   - a second predicate of the same subject: "… voiced concern and made
//     clear that …" (a verb of speech or action after "and");
//   - a second clause with its own verb after a semicolon: "… would hold
//     talks; monitors could ensure …; and forces would return …";
//   - a second reported clause: "… stressed that A and that B";
//   - a participle clause of speech after a comma: "…, noting that …";
//   - a second purpose: "… to deliver aid and to impose costs";
//   - a second object of thanks: "thanked X for A, and for B";
//   - the items of a list of subjects discussed: "discussed A, B, as well
//     as C" (each item two words or more and shaped as a noun phrase).
//
// A cut that would leave a claim of fewer than three words is dropped.
func splitClaims(toks []dtok, lx *docLexicon) [][]dtok {
	return splitClaimsBy(toks, listRule{lx: lx, docs: true})
}

// listRule is how a list of subjects is read. Documents mode counts items
// of two words or more, or names. An article's retelling (loose) packs a
// call's topics into one sentence, so there a single noun counts too when
// the list has three items or more ("discussed trade, drugs and
// migration"), and "included" opens a list as "discussed" does.
type listRule struct {
	lx    *docLexicon
	loose bool
	// docs: an official text's own sentence, cut at its joins as
	// docCutAt reads them; an article's are cut by articleCuts.
	docs bool
}

// splitClaimsBy is splitClaims with the list rule r; r.docs adds the
// cuts of docCutAt and "discussed A and the B" (nounPairCut).
func splitClaimsBy(toks []dtok, r listRule) [][]dtok {
	cuts := joinCuts(toks, r.docs)
	// Lists run between the other cuts.
	var lists []splitCut
	from := 0
	for _, b := range append(cuts, splitCut{left: len(toks), right: len(toks)}) {
		lists = append(lists, listCuts(toks, from, b.left, r)...)
		from = b.right
	}
	cuts = append(cuts, lists...)
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].right < cuts[j].right })
	var pieces [][]dtok
	start := 0
	for _, ct := range cuts {
		if ct.left <= start || !ct.item && (wordCount(toks[start:ct.left]) < 3 || wordCount(toks[ct.right:]) < 3) {
			continue
		}
		pieces = append(pieces, docTrimTail(toks[start:ct.left]))
		start = ct.right
	}
	pieces = append(pieces, toks[start:])
	return pieces
}

// pastForms are the verb forms that start a second predicate after "and":
// the past tense of readoutVerbs (not "has"/"had", which are as often
// auxiliaries).
func isPastPredicate(w string) bool {
	if !readoutVerbs[w] || w == "has" || w == "had" {
		return false
	}
	switch w {
	case "made", "laid", "spoke", "told", "gave", "drew", "sent", "went", "held", "met", "paid", "said", "spelt":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// clause is what the claim being read holds so far, kept up to date token
// by token so that each "and" is judged in constant time.
type clause struct {
	words                        int
	verb, that, infinitive, whom bool // whom: a "for" (of thanks)
	// finite: the clause has a verb of its own, any verb a readout
	// writes or an auxiliary ("would hold", "are protected").
	finite bool
	// own: a verb of its own since the last word that opens a clause
	// inside it ("that", "whether"): "agreed that A and B would …"
	// has none after "that", so "and B would" joins two subjects.
	own bool
	// lastVerb is the index of the last such verb; call marks a clause
	// about the call itself ("spoke with", "had a conversation with").
	lastVerb int
	call     bool
	// gerund: an act named by a gerund after a preposition ("committed
	// to protecting"), to which a second gerund after "and" is a second
	// point ("and working with …").
	gerund bool
}

func (cl *clause) add(toks []dtok, i int) {
	t := toks[i]
	if !t.word {
		return
	}
	cl.words++
	if t.depth != 0 {
		return
	}
	cl.finite = cl.finite || isFiniteMarker(t.lower)
	switch {
	case clauseOpeners[t.lower]:
		cl.own = false
	case ownVerb(toks, i):
		cl.own, cl.lastVerb = true, i
	}
	cl.call = cl.call || isCallWord(toks, i)
	cl.gerund = cl.gerund || i > 0 && isIng(t) && gerundPrepositions[toks[i-1].lower]
	switch {
	case t.lower == "that":
		cl.that = true
	case t.lower == "for":
		cl.whom = true
	case readoutVerbs[t.lower] || t.lower == "was" || t.lower == "were":
		cl.verb = true
	}
	cl.infinitive = cl.infinitive || isInfinitive(toks, i)
}

// joinCuts finds the cuts at "and …" and at participle clauses; docs
// adds the cuts of an official text's own sentences (docCutAt).
func joinCuts(toks []dtok, docs bool) []splitCut {
	var out []splitCut
	var cur clause
	thanks := false
	next := 0 // the first token of the claim being read
	for i, t := range toks {
		thanks = thanks || isThanks(t.lower) || docs && isWelcome(t.lower)
		if i < next {
			continue // the joining words of the last cut
		}
		cut, ok := joinCutAt(toks, i, &cur, thanks)
		if !ok && docs {
			cut, ok = docCutAt(toks, i, next, &cur, thanks)
		}
		if ok {
			out = append(out, cut)
			cur, next = clause{}, cut.right
			if cut.right > i {
				continue
			}
			// A cut before toks[i] ("| to congratulate him"): it opens
			// the next claim.
		}
		cur.add(toks, i)
	}
	return out
}

// joinCutAt tells whether a claim ends before toks[i] and the next starts
// after it: ", noting …", "… and made clear", "… and that …", "… and to
// impose …", "… for A, and for B".
func joinCutAt(toks []dtok, i int, cur *clause, thanks bool) (splitCut, bool) {
	t := toks[i]
	if t.depth != 0 || i == 0 || i+1 >= len(toks) {
		return splitCut{}, false
	}
	if t.s == "," {
		if readoutParticiples[toks[i+1].lower] && cur.words >= 4 {
			return splitCut{left: i, right: i + 1}, true
		}
		return splitCut{}, false
	}
	if t.s == ";" {
		return semicolonCut(toks, i, cur)
	}
	if t.lower != "and" {
		return splitCut{}, false
	}
	left := i
	if toks[i-1].s == "," {
		left = i - 1
	}
	next := toks[i+1]
	switch {
	case next.lower == "that" && cur.that:
		return splitCut{left: left, right: i + 2}, true
	case isSecondPredicate(toks, i, cur),
		next.lower == "to" && isInfinitive(toks, i+1) && cur.infinitive,
		next.lower == "for" && thanks && cur.whom:
		return splitCut{left: left, right: i + 1}, true
	}
	return splitCut{}, false
}

// semicolonCut cuts at the semicolon toks[i] when the clauses on both
// sides have verbs of their own: two points a readout put in one sentence
// ("talks would resume; monitors could ensure …"). A list of subjects
// set off by semicolons ("discussed A; B; and C") has no verbs after them
// and stays whole. The joining word after it ("; and", "; but") belongs
// to neither claim. The clause after is read up to the next semicolon, so
// each token is looked at once more at most.
func semicolonCut(toks []dtok, i int, cur *clause) (splitCut, bool) {
	if !cur.finite {
		return splitCut{}, false
	}
	right := i + 1
	if w := toks[right].lower; w == "and" || w == "but" || w == "while" {
		right++
	}
	for k := right; k < len(toks) && !(toks[k].s == ";" && toks[k].depth == 0); k++ {
		if toks[k].word && toks[k].depth == 0 && isFiniteMarker(toks[k].lower) {
			return splitCut{left: i, right: right}, true
		}
	}
	return splitCut{}, false
}

// finiteMarkers are the auxiliaries and modals that show a clause has a
// verb of its own, beside the verbs a readout writes (readoutVerbs).
var finiteMarkers = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true,
	"may": true, "might": true, "must": true,
}

func isFiniteMarker(w string) bool { return finiteMarkers[w] || readoutVerbs[w] }

// isSecondPredicate tells whether "and" at toks[i] joins a second verb of
// speech or action to the subject of the claim being read: a past form
// follows ("and made clear"), the claim already has its own verb, the
// word before "and" is not a verb ("outlined and relayed" shares one
// object), and an ambiguous form ("shared") is followed by an object or
// complement rather than a bare noun.
func isSecondPredicate(toks []dtok, i int, cur *clause) bool {
	j := i + 1
	for j < len(toks) && (toks[j].lower == "also" || toks[j].lower == "further" || toks[j].lower == "then" || toks[j].lower == "later") {
		j++
	}
	if j >= len(toks) || !isPastPredicate(toks[j].lower) || !cur.verb || cur.words < 4 {
		return false
	}
	prev := i - 1
	if toks[prev].s == "," && prev > 0 {
		prev--
	}
	if w := toks[prev].lower; readoutVerbs[w] || strings.HasSuffix(w, "ed") && w == toks[prev].s {
		return false // "drafted and outlined": two verbs of one object
	}
	if ambiguousVerbs[toks[j].lower] {
		if j+1 >= len(toks) {
			return false
		}
		n := toks[j+1]
		return pronounsAndDeterminers[n.lower] || aboutWords[n.lower] || itemStops[n.lower] || strings.HasSuffix(n.lower, "ly")
	}
	return true
}

// isInfinitive tells whether "to" at toks[k] opens an infinitive: the next
// word is a lower-case word, not a determiner or pronoun ("to impose", not
// "to the allies" or "to Ukraine").
func isInfinitive(toks []dtok, k int) bool {
	if k+1 >= len(toks) || toks[k].lower != "to" {
		return false
	}
	n := toks[k+1]
	return n.word && n.s == n.lower && !pronounsAndDeterminers[n.lower] && !isDigitWord(n.s)
}

func isDigitWord(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// isThanks tells whether a word thanks someone: each thing thanked for
// is a point of its own.
func isThanks(w string) bool {
	switch w {
	case "thanked", "thanks", "thank", "thanking", "gratitude", "grateful", "appreciation", "appreciated":
		return true
	}
	return false
}

// listAnchor is the index of the word after which a list of subjects
// starts in toks[from:to] ("discussed", "spoke … about", "exchanged views
// on"), or -1.
func listAnchor(toks []dtok, from, to int, loose bool) int {
	for i := from; i < to; i++ {
		t := toks[i]
		if t.depth != 0 || !t.word {
			continue
		}
		if (discussionVerbs[t.lower] || loose && inclusionVerbs[t.lower]) && !(i > from && toks[i-1].lower == "when") {
			return i
		}
		if aboutWords[t.lower] {
			for k := i - 1; k >= from && k >= i-8; k-- {
				if talkVerbs[toks[k].lower] {
					return i
				}
			}
		}
	}
	return -1
}

// listSep is a separator of list items: a comma, ", and", ", as well as"
// or "as well as"; final marks the one before the last item.
type listSep struct {
	at, next int
	final    bool
}

// listCuts cuts the list of subjects in toks[from:to] into its items. A
// loose rule's list needs three items or more, else the strict rule reads
// it ("discussed trade and the war": documents mode's two items).
func listCuts(toks []dtok, from, to int, r listRule) []splitCut {
	if r.loose {
		if out := listItems(toks, from, to, r); len(out) >= 2 {
			return out
		}
		r.loose = false
	}
	return listItems(toks, from, to, r)
}

// listItems cuts the list of subjects in toks[from:to] by rule r.
func listItems(toks []dtok, from, to int, r listRule) []splitCut {
	v := listAnchor(toks, from, to, r.loose)
	topics := false
	if v < 0 && from == 0 && isTopicList(toks[:to]) {
		// A sentence that is only a list of the talk's topics ("On fuel
		// supplies and the grid."): everything after its opening word is
		// the list, and it has no verb for "and" to join.
		v, topics = topicOpenerEnd(toks)-1, true
	}
	if v < 0 {
		return nil
	}
	var seps []listSep
	for i := v + 1; i < to; i++ {
		if toks[i].depth != 0 {
			continue
		}
		switch {
		case toks[i].s == ",":
			j, final := i+1, false
			if j < to && (toks[j].lower == "and" || r.docs && toks[j].s == "&") {
				j, final = j+1, true
			} else if isAsWellAs(toks, j, to) {
				j, final = j+3, true
			}
			seps = append(seps, listSep{i, j, final})
			i = j - 1
		case isAsWellAs(toks, i, to):
			seps = append(seps, listSep{i, i + 3, true})
			i += 2
		}
	}
	if len(seps) == 0 && topics {
		return pairCut(toks, v+1, to, r)
	}
	if len(seps) == 0 && r.docs {
		return nounPairCut(toks, v+1, to, r)
	}
	var valid []listSep
	for k, sp := range seps {
		end := to
		if k+1 < len(seps) {
			end = seps[k+1].at
		}
		if !r.item(toks[sp.next:end]) {
			break
		}
		valid = append(valid, sp)
	}
	if len(valid) == 0 || !r.item(toks[v+1:valid[0].at]) || objectsGoOn(toks[v+1:valid[0].at], toks[valid[0].next:to]) {
		return nil
	}

	var out []splitCut
	for _, sp := range valid {
		out = append(out, splitCut{left: sp.at, right: sp.next, item: true})
	}
	if valid[len(valid)-1].final {
		return out
	}
	// Plain commas only: "A, B and C". The last item holds "and C", and
	// both halves must be items; else the commas were of adjectives
	// ("security, financial and political support").
	lastFrom := valid[len(valid)-1].next
	lastEnd := to
	if n := len(valid); n < len(seps) {
		lastEnd = seps[n].at
	}
	between := false
	for k := lastFrom; k < lastEnd; k++ {
		if toks[k].depth == 0 && toks[k].lower == "between" {
			between = true // "relations between A and B": its "and" joins no items
			continue
		}
		if between && toks[k].lower == "and" {
			between = false
			continue
		}
		if toks[k].depth == 0 && toks[k].lower == "and" {
			if r.item(toks[lastFrom:k]) && r.item(toks[k+1:lastEnd]) {
				return append(out, splitCut{left: k, right: k + 1, item: true})
			}
			break
		}
	}
	return nil
}

// objectsGoOn tells whether a list's first item ends in a preposition
// and one word and the next item is one word: "the situation in Ukraine,
// Syria and Libya" lists the places of one situation, not three subjects.
func objectsGoOn(first, rest []dtok) bool {
	n := len(first)
	if n < 3 || !first[n-1].word || !prepositions[first[n-2].lower] {
		return false
	}
	words := 0
	for _, t := range rest {
		if !t.word || t.lower == "and" || t.lower == "or" {
			break
		}
		words++
	}
	return words == 1
}

// pairCut cuts "A and B" in toks[from:to] into its two items, when both
// are items; nil otherwise.
func pairCut(toks []dtok, from, to int, r listRule) []splitCut {
	for k := from; k < to; k++ {
		if toks[k].depth == 0 && toks[k].lower == "and" {
			if r.item(toks[from:k]) && r.item(toks[k+1:to]) {
				return []splitCut{{left: k, right: k + 1, item: true}}
			}
			return nil
		}
	}
	return nil
}

func isAsWellAs(toks []dtok, i, to int) bool {
	return i+2 < to && toks[i].lower == "as" && toks[i+1].lower == "well" && toks[i+2].lower == "as"
}

// item tells whether toks can be an item of a list of subjects: a noun
// phrase of two words or more, or one capitalised name that is not a
// country adjective, or (loose) one lower-case word that does not read as
// an adjective ("trade", not "economic"); not a clause, a modifier or an
// adverbial.
func (r listRule) item(toks []dtok) bool {
	if len(toks) == 0 || !toks[0].word {
		return false
	}
	first := toks[0].lower
	if itemStops[first] || strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "ly") || isPastPredicate(first) && !ambiguousVerbs[first] {
		return false
	}
	n := wordCount(toks)
	if n >= 2 {
		return true
	}
	if n == 1 && r.loose && toks[0].s == first && !adjectiveLike(first) {
		return true
	}
	return n == 1 && docCapitalized(toks[0].s) && r.lx.adjective(toks[0].s) == ""
}

// adjectiveLike tells whether a lower-case word ends as English adjectives
// do, so that it more likely modifies the next item than stands as one
// ("economic, security and political ties").
func adjectiveLike(w string) bool {
	for _, suf := range []string{"al", "ic", "ive", "ous", "ary", "ian", "ese", "ish", "ful", "ible", "able", "ed", "ing", "ly"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// inclusionVerbs open a list of topics in an article's retelling ("Other
// topics included A, B and C").
var inclusionVerbs = docWordSet(`included includes include`)

// docCutAt tells whether a claim of an official text ends before toks[i]
// and the next starts at or after it, where an article's retelling is
// left whole (it cuts its own joins, articleCuts):
//   - a second clause with its own subject after "and": "… welcomed the
//     plan, and the leaders agreed to …", ", and we need …", "A was
//     discussed and the need for B was stressed";
//   - a second predicate after "and" in any past form, or after ", and"
//     an auxiliary or an adverb and a present form: "and brought up …",
//     ", and is exploring …", ", and deeply regrets …";
//   - a second act named by a gerund: "committed to protecting A and
//     working with B";
//   - a second point after "but also";
//   - the purpose of a call: "spoke with the Chancellor | to congratulate
//     him …", and who asked for it: "| at the Chancellor's request";
//   - a fronted phrase that makes a point of its own: "In addition to A,
//     | the leaders discussed B", "Noting A, | the President said B";
//   - a second thing thanked for or welcomed: "thanked X for A, as well
//     as B".
//
// from is the first token of the claim being read.
func docCutAt(toks []dtok, i, from int, cur *clause, thanks bool) (splitCut, bool) {
	t := toks[i]
	if t.depth != 0 || i == 0 || i+2 >= len(toks) {
		return splitCut{}, false
	}
	switch {
	case t.lower == "and":
		return andClauseCut(toks, i, cur)
	case t.lower == "but" && toks[i+1].lower == "also" && cur.words >= 4:
		// "… not only A, but also B": two points.
		left := i
		if toks[i-1].s == "," {
			left = i - 1
		}
		return splitCut{left: left, right: i + 2}, true
	case t.s == ",":
		if from == 0 && !cur.finite && frontedPoint(toks) && clauseFollows(toks, i+1) {
			return splitCut{left: i, right: i + 1}, true
		}
		if thanks && cur.words >= 4 && isAsWellAs(toks, i+1, len(toks)) {
			return splitCut{left: i, right: i + 4}, true
		}
	case t.lower == "as":
		if thanks && cur.whom && cur.words >= 4 && isAsWellAs(toks, i, len(toks)) && i+3 < len(toks) && toks[i+3].lower == "for" {
			return splitCut{left: i, right: i + 3}, true
		}
	case cur.call && cur.words >= 4 && callTail(toks, i):
		return splitCut{left: i, right: i}, true
	}
	return splitCut{}, false
}

// andClauseCut reads "and" at toks[i] after a clause with a verb of its
// own: a new subject and its verb, a second predicate in the past, or
// after a comma an auxiliary ("…, and is exploring …").
func andClauseCut(toks []dtok, i int, cur *clause) (splitCut, bool) {
	if !cur.own || cur.words < 4 {
		return splitCut{}, false
	}
	left := i
	comma := toks[i-1].s == ","
	if comma {
		left = i - 1
	}
	n := toks[i+1]
	switch {
	case subjectClauseAt(toks, i+1) && !bareComplement(toks, cur.lastVerb, left) && !(!comma && contactClause(toks, cur.lastVerb, left)):
	case comma && subjectPronouns[n.lower] && toks[i+2].word && toks[i+2].s == toks[i+2].lower:
	case comma && presentPredicate(toks, i+1):
	case passiveAt(toks, left-1) && passiveClauseAt(toks, i+1):
	case cur.gerund && isIng(n) && !notGerunds[n.lower] && toks[i+2].word:
	case comma && n.word && auxiliaries[n.lower] && toks[i+2].word:
	case secondPredicate(toks, i+1) && !isPastForm(toks[left-1].lower):
	default:
		return splitCut{}, false
	}
	return splitCut{left: left, right: i + 1}, true
}

// gerundPrepositions take a gerund that names an act ("interest in
// normalising", "committed to protecting"); after "on", "of" or "about"
// it names a subject, and two such make one topic ("dialogue on securing
// networks and fighting fraud").
var gerundPrepositions = docWordSet(`in to towards toward by`)

// notGerunds end in -ing and open no act: prepositions and nouns.
var notGerunds = docWordSet(`including regarding concerning following according during notwithstanding
	building meeting morning evening funding spending thing things`)

// clauseOpeners open a clause inside the claim, whose verb is not the
// claim's own: "stressed that A and B would …".
var clauseOpeners = docWordSet(`that whether if because although though unless`)

// bareComplement tells whether the words between the claim's last verb
// and "and" at toks[and] are the start of a reported clause without
// "that" ("said the minister and the envoy would …"): a verb of speech
// followed by a few words with no preposition or possessive, which an
// object would have.
func bareComplement(toks []dtok, verb, and int) bool {
	if verb >= and || !speechVerbs[toks[verb].lower] || wordCount(toks[verb+1:and]) > 4 {
		return false
	}
	for _, t := range toks[verb+1 : and] {
		if !t.word || objectMarks[t.lower] {
			return false
		}
	}
	return true
}

// contactClause tells whether a clause without "that" opens between the
// claim's last verb and "and" at toks[and]: a determiner right after a
// noun, not a verb ("outlined the steps the ministers and the envoys
// would take", not "thanked him for supporting this plan and the …"), so
// that "and" joins the subjects of that clause. A comma before "and"
// closes such a clause.
func contactClause(toks []dtok, verb, and int) bool {
	for k := verb + 2; k < and; k++ {
		t, p := toks[k], toks[k-1]
		if t.word && pronounsAndDeterminers[t.lower] && !subjectPronouns[t.lower] && p.word && p.s == p.lower &&
			!pronounsAndDeterminers[p.lower] && !objectMarks[p.lower] && !itemStops[p.lower] && !isFiniteMarker(p.lower) &&
			!isIng(p) && !isPastForm(p.lower) {
			return true
		}
	}
	return false
}

// speechVerbs may take a reported clause without "that".
var speechVerbs = docWordSet(`said says stated stressed noted added told warned insisted believed
	believes hoped hopes thought thinks agreed explained recalled argued confirmed indicated`)

// objectMarks show an object rather than a clause's subject.
var objectMarks = docWordSet(`his her their its our your my in on for to of with about at by from`)

// callTail tells whether toks[i] opens what follows the call in a
// sentence about the call itself: its purpose ("spoke with the Chancellor
// today to congratulate him") or who asked for it ("at the Chancellor's
// request", "at the initiative of the Chancellor").
func callTail(toks []dtok, i int) bool {
	switch toks[i].lower {
	case "to":
		p := toks[i-1]
		return isInfinitive(toks, i) && (p.s == "," || p.word && (docCapitalized(p.s) || timeWords[p.lower] || p.lower == "phone" || p.lower == "telephone"))
	case "at", "on":
		for k := i + 1; k < len(toks) && k <= i+6; k++ {
			if !toks[k].word || toks[k].depth != 0 {
				return false
			}
			if initiativeWords[toks[k].lower] {
				return true
			}
		}
	}
	return false
}

// initiativeWords say which side asked for a call.
var initiativeWords = docWordSet(`initiative request invitation`)

// isCallWord tells whether toks[i] says that a call took place: "spoke",
// "talked", "phoned", "called" a person (not "called on" or "called
// for"), "a conversation", "a call".
func isCallWord(toks []dtok, i int) bool {
	switch toks[i].lower {
	case "spoke", "speaks", "talked", "phoned", "conversation", "conversations":
		return true
	case "called":
		return i+1 < len(toks) && toks[i+1].word && docCapitalized(toks[i+1].s)
	case "call":
		return i > 0 && (toks[i-1].lower == "a" || toks[i-1].lower == "phone" || toks[i-1].lower == "telephone" || toks[i-1].lower == "video")
	}
	return false
}

// frontedPoint tells whether a sentence opens with a phrase that makes a
// point of its own before its subject: another subject discussed ("In
// addition to A,", "Besides A,", "Apart from A,") or a participle of
// speech ("Welcoming A,").
func frontedPoint(toks []dtok) bool {
	switch {
	case matchWords(toks, []string{"in", "addition", "to"}) > 0,
		matchWords(toks, []string{"apart", "from"}) > 0,
		matchWords(toks, []string{"aside", "from"}) > 0,
		toks[0].lower == "besides" && toks[1].word:
		return true
	}
	return readoutParticiples[toks[0].lower]
}

// isWelcome tells whether a word welcomes something: each thing welcomed
// is a point of its own, as each thing thanked for is.
func isWelcome(w string) bool {
	return w == "welcomed" || w == "welcomes" || w == "welcoming"
}

// subjectClauseAt tells whether toks from k open a clause with a subject
// of its own and its verb: a name, a determiner or a pronoun, then within
// a few words, with no "and" or "or" between, a finite verb ("the
// ministers will meet", "the Chancellor thanked"). "and" or "or" before
// the verb makes two subjects of one verb ("Russia and Israel and
// agreed").
func subjectClauseAt(toks []dtok, k int) bool {
	if !clauseFollows(toks, k) {
		return false
	}
	for j := k + 1; j < len(toks) && j < k+8; j++ {
		w := toks[j]
		if w.lower == "and" || w.lower == "or" {
			return false
		}
		if finiteMarkers[w.lower] || w.s == w.lower && isPastPredicate(w.lower) {
			return true
		}
	}
	return false
}

// presentPredicate tells whether toks from k open a second predicate in
// the present after ", and": an adverb in -ly or "also", then a verb a
// readout writes in its -s form and what it takes ("…, and deeply
// regrets the loss").
func presentPredicate(toks []dtok, k int) bool {
	if k+2 >= len(toks) {
		return false
	}
	a := toks[k]
	if !a.word || !(a.lower == "also" || strings.HasSuffix(a.lower, "ly")) {
		return false
	}
	v, n := toks[k+1], toks[k+2]
	return v.word && v.s == v.lower && readoutVerbs[v.lower] && strings.HasSuffix(v.lower, "s") &&
		(pronounsAndDeterminers[n.lower] || verbTakes[n.lower])
}

// nounPairCut cuts "discussed A and B" in toks[from:to] into its two
// subjects when both are noun phrases of two words or more and B opens
// with a determiner ("the counter-terrorism campaign and the talks in
// Geneva"), not an adjective, a verb or a name that goes on with A ("the
// price of oil and related costs", "ways to cut costs and raise output",
// "the Paris and Berlin formats").
func nounPairCut(toks []dtok, from, to int, r listRule) []splitCut {
	for k := from; k < to; k++ {
		if toks[k].s == ";" || toks[k].s == ":" {
			return nil // "A; B; and C" is read as semicolons are
		}
		if toks[k].depth != 0 || toks[k].lower != "and" {
			continue
		}
		if k+1 >= to || wordCount(toks[from:k]) < 2 || wordCount(toks[k+1:to]) < 2 || hasWord(toks[from:k], "both") || hasWord(toks[from:k], "between") {
			return nil // "both A and B", "between A and B" make one subject
		}
		n := toks[k+1]
		if !pronounsAndDeterminers[n.lower] || subjectPronouns[n.lower] || n.s != n.lower {
			return nil
		}
		return pairCut(toks, from, to, r)
	}
	return nil
}

// passiveAt tells whether toks[k] closes a passive verb: "was discussed",
// "were also raised".
func passiveAt(toks []dtok, k int) bool {
	if k < 1 || !toks[k].word || toks[k].s != toks[k].lower || !isPastForm(toks[k].lower) {
		return false
	}
	b := k - 1
	if b > 0 && (toks[b].lower == "also" || strings.HasSuffix(toks[b].lower, "ly")) {
		b--
	}
	return toks[b].lower == "was" || toks[b].lower == "were"
}

// passiveClauseAt tells whether toks from k are a second passive clause
// after a passive one: a subject of up to twenty words, then "was" or
// "were" and a past form ("A was discussed and the need for B was
// stressed"). The passive before "and" tells that what follows is no
// second object.
func passiveClauseAt(toks []dtok, k int) bool {
	if k >= len(toks) || !toks[k].word || toks[k].s != toks[k].lower && !pronounsAndDeterminers[toks[k].lower] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+20; j++ {
		w := toks[j]
		if w.depth != 0 || !w.word && w.s != "-" {
			return false
		}
		if (w.lower == "was" || w.lower == "were") && j+1 < len(toks) {
			return passiveAt(toks, j+1) || j+2 < len(toks) && passiveAt(toks, j+2)
		}
	}
	return false
}

// ownVerb tells whether toks[i] is a verb of the clause: an auxiliary, a
// modal or a verb a readout writes, in lower case ("the United States" is
// a name) and not after a determiner ("an exchange"), and a present form
// in -s only after a singular subject ("he notes", "Berlin notes"), as it
// is as often a plural noun ("the two coastal states", "the talks").
func ownVerb(toks []dtok, i int) bool {
	t := toks[i]
	if !isFiniteMarker(t.lower) || t.s != t.lower {
		return false
	}
	if finiteMarkers[t.lower] || i == 0 {
		return true
	}
	p := toks[i-1]
	if pronounsAndDeterminers[p.lower] && !subjectPronouns[p.lower] && p.lower != "it" {
		return false
	}
	return !strings.HasSuffix(t.lower, "s") || p.lower == "he" || p.lower == "she" || p.lower == "it" || p.word && docCapitalized(p.s)
}
