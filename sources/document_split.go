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
	return splitClaimsBy(toks, listRule{lx: lx})
}

// listRule is how a list of subjects is read. Documents mode counts items
// of two words or more, or names. An article's retelling (loose) packs a
// call's topics into one sentence, so there a single noun counts too when
// the list has three items or more ("discussed trade, drugs and
// migration"), and "included" opens a list as "discussed" does.
type listRule struct {
	lx    *docLexicon
	loose bool
}

// splitClaimsBy is splitClaims with the list rule r.
func splitClaimsBy(toks []dtok, r listRule) [][]dtok {
	cuts := joinCuts(toks)
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
	case t.lower == "that":
		cl.that = true
	case t.lower == "for":
		cl.whom = true
	case readoutVerbs[t.lower] || t.lower == "was" || t.lower == "were":
		cl.verb = true
	}
	cl.infinitive = cl.infinitive || isInfinitive(toks, i)
}

// joinCuts finds the cuts at "and …" and at participle clauses.
func joinCuts(toks []dtok) []splitCut {
	var out []splitCut
	var cur clause
	thanks := false
	next := 0 // the first token of the claim being read
	for i, t := range toks {
		thanks = thanks || isThanks(t.lower)
		if i < next {
			continue // the joining words of the last cut
		}
		if cut, ok := joinCutAt(toks, i, &cur, thanks); ok {
			out = append(out, cut)
			cur, next = clause{}, cut.right
			continue
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
			if j < to && toks[j].lower == "and" {
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
	if len(valid) == 0 || !r.item(toks[v+1:valid[0].at]) {
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
	for k := lastFrom; k < lastEnd; k++ {
		if toks[k].depth == 0 && toks[k].lower == "and" {
			if r.item(toks[lastFrom:k]) && r.item(toks[k+1:lastEnd]) {
				return append(out, splitCut{left: k, right: k + 1, item: true})
			}
			break
		}
	}
	return nil
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
