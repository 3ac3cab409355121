package compare

import (
	"fmt"
	"slices"
)

// A call report is a statement whose main clause tells that the call or
// meeting itself took place: "Biden spoke today with Putin", "Putin had a
// telephone conversation with Biden", "A telephone conversation between
// the two presidents has just concluded", "The leaders met in Geneva".
// Each side's readout opens with one, often with more in it ("spoke for an
// hour", "about the military buildup", "on the American side's
// initiative"), which sends the two to different topics. They make one
// point all the same: that the call took place. A mention of the call as
// the time of something else ("during the call") is no report, nor is its
// tone ("the call went well"), a call with someone else, an earlier call
// ("had spoken"), or one to come ("will speak").
//
// A readout that takes the call as given in its heading ("Telephone
// conversation with …") may open instead with a broad discussion: "A wide
// range of issues was discussed". Where an account has no call report and
// opens with such a statement, that statement tells of the call for it.

// reportKind tells how a statement tells of the call.
type reportKind uint8

const (
	noReport reportKind = iota
	// discussionReport: the sides discussed a range of issues.
	discussionReport
	// callReport: the call or meeting took place.
	callReport
)

// report is how one statement tells of the call, and where it names the
// other people in it ("with President Putin of Russia", "between the
// presidents of Russia and the United States"): tokens [from, to), empty
// when it names none there.
type report struct {
	kind     reportKind
	from, to int
	// words are the words that tell of the call: "spoke today with",
	// "had a telephone conversation", "a conversation", "has just
	// concluded".
	words []cue
}

// called is a call report told by the words said, naming its other people
// in tokens [from, to).
func called(from, to int, said cue) report {
	return report{kind: callReport, from: from, to: to, words: []cue{said}}
}

// talkedVerbs are the past forms that tell a conversation took place:
// "spoke", "has talked", "met".
var talkedVerbs = map[string]bool{"spoke": true, "spoken": true, "talked": true, "met": true,
	"conferred": true, "conversed": true, "speaks": true, "meets": true}

// heldVerbs have a conversation for object: "had a phone call", "held
// talks", "has held a meeting".
var heldVerbs = map[string]bool{"had": true, "held": true, "holds": true}

// conversations are the nouns of a call or meeting.
var conversations = map[string]bool{"call": true, "conversation": true, "talks": true, "meeting": true,
	"videoconference": true, "conference": true, "discussion": true, "discussions": true, "summit": true,
	"phone": true, "telephone": true}

// tookPlace are the predicates that tell a call took place, after the call
// as their subject: "took place", "was held", "has just concluded".
var tookPlace = map[string]bool{"took": true, "held": true, "concluded": true, "ended": true,
	"occurred": true, "happened": true}

// media say a conversation was a call: "spoke by phone".
var media = map[string]bool{"phone": true, "telephone": true, "video": true, "videoconference": true,
	"videolink": true}

// bothSides are the subjects that are both sides of a call: "the two
// leaders spoke", "they met".
var bothSides = map[string]bool{"both": true, "they": true, "we": true, "leaders": true, "presidents": true,
	"sides": true, "parties": true, "delegations": true, "ministers": true, "heads": true}

// relatives open a clause that is not the statement's own, as timeClauses
// do: "who spoke with", "as they met".
var relatives = map[string]bool{"who": true, "which": true, "that": true, "as": true, "where": true}

// subordinator tells a word that opens a clause that is not the
// statement's own: "who spoke with", "after they met", "when the call
// ended".
func subordinator(w string) bool { return relatives[w] || timeClauses[w] }

// timeClauses open a clause about another time or a condition, wherever
// they stand before its verb: "shortly after the call ended", "even if
// they meet".
var timeClauses = map[string]bool{"after": true, "before": true, "when": true, "while": true, "since": true,
	"until": true, "once": true, "if": true, "unless": true, "because": true, "although": true, "though": true,
	"whether": true}

// notYet are the words that make a call another than the one reported:
// one before it, or one to come.
var notYet = map[string]bool{"previous": true, "last": true, "earlier": true, "prior": true, "former": true,
	"next": true, "upcoming": true, "future": true, "planned": true, "possible": true, "proposed": true,
	"will": true, "would": true, "could": true, "to": true, "be": true, "not": true,
	"never": true, "n't": true, "had": true, "having": true}

// generalMatters are the nouns of a broad discussion: "a range of issues",
// "pressing items on the agenda".
var generalMatters = map[string]bool{"issues": true, "issue": true, "matters": true, "questions": true,
	"topics": true, "items": true, "agenda": true, "subjects": true}

// maxReportGap is how many words may stand between a verb and the call or
// the people it names: "had another meaningful and constructive phone
// call", "spoke for an hour this afternoon with".
const maxReportGap = 8

// maxSubjectWords is how many words a call may take to name its sides
// before what tells it took place: "a conversation between the President
// of the Russian Federation and the President of the United States has
// just concluded".
const maxSubjectWords = 18

// reportOf tells whether a statement is a call report, or failing that a
// discussion report, by its first clause that is one.
func (l *Lexicon) reportOf(sc *scanned) report {
	disc := report{}
	for k := range sc.toks {
		if r := l.reportAt(sc, k); r.kind == callReport {
			return r
		} else if r.kind == discussionReport && disc.kind == noReport {
			disc = r
		}
	}
	return disc
}

// reportAt tells whether token k is the word of a call report or a
// discussion report in a main clause.
func (l *Lexicon) reportAt(sc *scanned, k int) report {
	w := sc.toks[k].norm
	views := exchangeOfViews(sc, k)
	if !talkedVerbs[w] && !heldVerbs[w] && !conversations[w] && !views && w != "discussed" && w != "exchanged" {
		return report{}
	}
	start, end := clauseStart(sc, k), clauseEnd(sc, k)
	if subordinator(sc.toks[start].norm) || k > start && subordinator(sc.toks[k-1].norm) {
		return report{}
	}
	for j := start; j < k; j++ {
		if timeClauses[sc.toks[j].norm] {
			return report{}
		}
	}
	switch {
	case (conversations[w] || views) && existential(sc, k, start):
		last := k + 1
		if views {
			last += 2
		}
		return called(last, last, sc.cue(k, last))
	case views:
		return report{}
	case talkedVerbs[w]:
		return l.talked(sc, k, start, end)
	case heldVerbs[w]:
		return l.held(sc, k, end)
	case conversations[w]:
		return l.tookPlace(sc, k, end)
	}
	return discussion(sc, k, start, end)
}

// talked reads "spoke/talked/met (…) with X", "spoke by phone", "met
// President X", and, when the subject is both sides, "Biden and Putin
// spoke today regarding Syria", "the leaders met in Geneva".
func (l *Lexicon) talked(sc *scanned, k, start, end int) report {
	if k > start && notYet[sc.toks[k-1].norm] {
		return report{} // "had spoken", "not talked", "to meet"
	}
	met := sc.toks[k].norm == "met" || sc.toks[k].norm == "meets"
	if met && k+1 < end && (l.titles[sc.toks[k+1].norm] || capitalised(sc, k+1)) {
		return l.named(sc, k+1, end, sc.cue(k, k+1))
	}
	for j := k + 1; j < end && j <= k+maxReportGap; j++ {
		switch t := sc.toks[j].norm; {
		case t == "with" || t == "to" && j+1 < end && (l.titles[sc.toks[j+1].norm] || capitalised(sc, j+1)):
			return l.named(sc, j+1, end, sc.cue(k, j+1))
		case (t == "by" || t == "on" || t == "over" || t == "via") && j+1 < end && media[sc.toks[j+1].norm]:
			return called(j+2, j+2, sc.cue(k, j+2))
		case t == "to" || t == "about" || t == "of" || t == "that":
			j = end // "spoke to reporters", "spoke about the need", "spoke of"
		}
	}
	if l.bothSubject(sc, k, start) {
		return called(k, k, sc.cue(k, k+1))
	}
	return report{}
}

// bothSubject tells whether the subject of the verb at token k is both
// sides: "the two leaders", "they", or names and titles joined by "and"
// ("Biden and Putin", "President Trump of the United States and President
// Putin of Russia"). Not "Zelensky thanked Biden and spoke": the subject
// ends right before the verb, adverbs aside.
func (l *Lexicon) bothSubject(sc *scanned, k, start int) bool {
	j := k - 1
	for j >= start && adverb(sc.toks[j].norm) {
		j--
	}
	if j < start {
		return false
	}
	if bothSides[sc.toks[j].norm] {
		return true
	}
	if !capitalised(sc, j) && !l.titles[sc.toks[j].norm] {
		return false
	}
	for ; j >= start; j-- {
		if sc.toks[j].norm == "and" {
			return true
		}
	}
	return false
}

// exchangeOfViews tells whether token k opens "exchange of views", the
// noun of a conversation as readouts write it.
func exchangeOfViews(sc *scanned, k int) bool {
	return sc.toks[k].norm == "exchange" && k+2 < len(sc.toks) && sc.toks[k+1].norm == "of" &&
		sc.toks[k+2].norm == "views"
}

// maxExistentialGap is how many words may stand between "there was" and
// the conversation it reports: "there was a candid, in-depth and lengthy
// exchange of views".
const maxExistentialGap = 6

// existential tells whether the conversation at token k is reported by
// "there was" or "there has been" in the clause: "there was a frank
// exchange of views", "there has been a conversation". Not "there will
// be" or "there had been" (notYet).
func existential(sc *scanned, k, start int) bool {
	for j := k - 1; j >= start && j >= k-1-maxExistentialGap; j-- {
		w := sc.toks[j].norm
		if w == "no" || w == "not" || w == "never" {
			return false // "there was no conversation"
		}
		if w != "was" && w != "were" && w != "been" {
			continue
		}
		if w == "been" && (j-1 < start || sc.toks[j-1].norm != "has" && sc.toks[j-1].norm != "have") {
			return false
		}
		if w == "been" {
			j--
		}
		return j-1 >= start && sc.toks[j-1].norm == "there"
	}
	return false
}

// held reads "had/held (…) a call/conversation/talks/meeting (…)".
func (l *Lexicon) held(sc *scanned, k, end int) report {
	if k > 0 && notYet[sc.toks[k-1].norm] {
		return report{}
	}
	for j := k + 1; j < end && j <= k+maxReportGap; j++ {
		t := sc.toks[j].norm
		if talkedVerbs[t] || heldVerbs[t] || t == "been" || notYet[t] {
			return report{} // "had held talks", "had to", "had been", "had the next call"
		}
		if conversations[t] && !media[t] || t == "call" {
			if j+1 < end && sc.toks[j+1].norm == "of" {
				return report{} // "held a meeting of the security council"
			}
			said := sc.cue(k, j+1)
			for n := j + 1; n < end && n <= j+maxReportGap; n++ {
				if w := sc.toks[n].norm; w == "with" || w == "between" {
					return l.named(sc, n+1, end, said)
				}
			}
			return called(j+1, j+1, said)
		}
	}
	return report{}
}

// tookPlace reads "a call (between X and Y) took place / was held / has
// just concluded".
func (l *Lexicon) tookPlace(sc *scanned, k, end int) report {
	if inPassing(sc, k) || k > 0 && notYet[sc.toks[k-1].norm] || k > 1 && notYet[sc.toks[k-2].norm] {
		return report{}
	}
	for j := k + 1; j < end && j <= k+maxSubjectWords; j++ {
		t := sc.toks[j].norm
		if !tookPlace[t] {
			continue
		}
		prev := sc.toks[j-1].norm
		switch {
		case t == "took" && (j+1 >= len(sc.toks) || sc.toks[j+1].norm != "place"):
			return report{}
		case t == "held" && prev != "was" && prev != "were":
			return report{}
		case prev == "be" || prev == "to" || prev == "will" || prev == "not" || prev == "had":
			return report{}
		}
		verb := j
		for verb > k+1 && (sc.toks[verb-1].norm == "has" || sc.toks[verb-1].norm == "have" ||
			sc.toks[verb-1].norm == "was" || sc.toks[verb-1].norm == "were" || sc.toks[verb-1].norm == "just" ||
			adverb(sc.toks[verb-1].norm)) {
			verb--
		}
		from, to := k+1, k+1
		for n := k + 1; n < verb; n++ {
			if w := sc.toks[n].norm; w == "with" || w == "between" {
				from, to = n+1, verb
				break
			}
		}
		noun := k + 1 // "telephone conversation"
		for noun < j && conversations[sc.toks[noun].norm] {
			noun++
		}
		subject := k
		for subject > 0 && (determiners[sc.toks[subject-1].norm] || media[sc.toks[subject-1].norm] ||
			sc.toks[subject-1].norm == "another") {
			subject--
		}
		last := j + 1
		if t == "took" {
			last++
		}
		return report{kind: callReport, from: from, to: to, words: []cue{sc.cue(subject, noun), sc.cue(verb, last)}}
	}
	return report{}
}

// discussion reads "(they) discussed a range of issues", "a number of
// questions were discussed", "exchanged views on pressing items of the
// agenda".
func discussion(sc *scanned, k, start, end int) report {
	w := sc.toks[k].norm
	if w == "exchanged" && (k+1 >= end || sc.toks[k+1].norm != "views") {
		return report{}
	}
	if k > start && notYet[sc.toks[k-1].norm] {
		return report{} // "to be discussed", "had discussed"
	}
	last := k + 1
	if w == "exchanged" {
		last++
	}
	for j := start; j < end; j++ {
		if generalMatters[sc.toks[j].norm] {
			return report{kind: discussionReport, from: k, to: k, words: []cue{sc.cue(k, last)}}
		}
	}
	return report{}
}

// named is a call report naming its other people from token from: titles,
// names and the words that join them ("President Vladimir Putin of
// Russia"), up to the first other word.
func (l *Lexicon) named(sc *scanned, from, end int, said cue) report {
	to := from
	for to < end && to < from+maxBeforeName && !l.personWord(sc, to) {
		to++ // "with his Russian counterpart", "with the new President"
	}
	if to == end || !l.personWord(sc, to) {
		return report{} // "met with resistance", "spoke with reporters"
	}
	for to < end {
		t := sc.toks[to].norm
		if t != "of" && t != "the" && t != "and" && !l.personWord(sc, to) {
			break
		}
		to++
	}
	return called(from, to, said)
}

// maxBeforeName is how many words may stand between "with" and the
// person it names: "with his Russian counterpart".
const maxBeforeName = 3

// personWord tells whether token k names a person or their office: a
// title, a name, "counterpart".
func (l *Lexicon) personWord(sc *scanned, k int) bool {
	t := sc.toks[k].norm
	return l.titles[t] || capitalised(sc, k) || t == "counterpart" || t == "counterparts"
}

// firstReport is the first statement of s that reports the call with the
// other side (a call report), or failing one its opening statement when
// that is a discussion report; -1 when it has neither. A call report that
// names its other people names the other side: its country, or a person
// the other account names, and no country outside the two sides ("spoke
// with Chancellor Weber" is another call).
func (e *Engine) firstReport(s, other *side) (int, report) {
	var disc report
	var named map[string]bool // keys the other account names
	for i := range s.sc {
		r := e.lex.reportOf(&s.sc[i])
		switch {
		case r.kind == discussionReport && i == 0:
			disc = r
		case r.kind == callReport:
			if named == nil {
				named = other.namedKeys()
			}
			if withOtherSide(&s.pt[i], r, s.party, other.party, named) {
				return i, r
			}
		}
	}
	if disc.kind == discussionReport {
		return 0, disc
	}
	return -1, report{}
}

// namedKeys are the actors and names the side's statements name.
func (s *side) namedKeys() map[string]bool {
	out := map[string]bool{}
	for i := range s.pt {
		for _, k := range s.pt[i].keys {
			if k.kind == specActor || k.kind == specName {
				out[k.key] = true
			}
		}
	}
	return out
}

// withOtherSide tells whether the people a call report names in tokens
// [r.from, r.to) are the other side: none named, the other side's party
// named, or people the other account names and no country outside the two
// sides.
func withOtherSide(p *point, r report, own, other string, named map[string]bool) bool {
	stranger := false
	for _, k := range p.keys {
		if k.kind != specActor && k.kind != specName {
			continue
		}
		in := slices.ContainsFunc(k.cues, func(c cue) bool { return c.from >= r.from && c.to <= r.to })
		switch {
		case !in:
		case k.kind == specActor && k.key == other && other != "":
			return true
		case k.kind == specActor && own != "" && other != "" && k.key != own:
			stranger = true
		case k.kind == specName && !named[k.key]:
			stranger = true
		}
	}
	return !stranger
}

// callRow adds the row of the call to the matched rows of a comparison:
// when each account reports the call (firstReport) and the two reports
// stand in no matched row together, they make one, on the call. A report
// that stands in the row of another point already ("spoke with Putin
// about the buildup") stands in the call row too, which refers to it
// (Row.Refs); one that stood in no matched row has the call row for its
// own (inRow).
func (e *Engine) callRow(l, r *side, rows []Row, inRow [2][]bool) []Row {
	a, ra := e.firstReport(l, r)
	if a < 0 {
		return rows
	}
	b, rb := e.firstReport(r, l)
	if b < 0 {
		return rows
	}
	aID, bID := l.acc.Statements[a].ID, r.acc.Statements[b].ID
	for k := range rows {
		if slices.Contains(rows[k].Left, aID) && slices.Contains(rows[k].Right, bID) {
			return rows
		}
	}
	ed, _ := e.weigh(l, r, a, b, newWeights(l, r), &edge{})
	c := cluster{core: ed.own(), topic: e.callTopic(l, r, a, b), li: []int{a}, ri: []int{b}}
	c.links = []*edge{&c.core}
	if hasHome(rows, aID, true) {
		c.guestL = []int{a}
	}
	if hasHome(rows, bID, false) {
		c.guestR = []int{b}
	}
	row := e.matchedRow(l, r, &c)
	point := e.pointReason(l, r, c.topic, &c.core)
	said := fmt.Sprintf("Both report the call itself: %s says %s, %s %s", l.name, quoteCues(ra.words), r.name, quoteCues(rb.words))
	for k := range row.Reasons {
		if row.Reasons[k] == point {
			row.Reasons[k] = said
		}
	}
	row.Marks.Left = sortMarks(append(row.Marks.Left, cueMarks(l, a, ra.words)...), l, c.li)
	row.Marks.Right = sortMarks(append(row.Marks.Right, cueMarks(r, b, rb.words)...), r, c.ri)
	inRow[0][a], inRow[1][b] = true, true
	return append(rows, row)
}

// hasHome tells whether statement id of the left (or right) account has a
// row of its own among rows: one it stands in that does not refer to it.
func hasHome(rows []Row, id string, left bool) bool {
	for k := range rows {
		in, refs := rows[k].Right, []string(nil)
		if left {
			in = rows[k].Left
		}
		if rf := rows[k].Refs; rf != nil {
			refs = rf.Right
			if left {
				refs = rf.Left
			}
		}
		if slices.Contains(in, id) && !slices.Contains(refs, id) {
			return true
		}
	}
	return false
}

// cueMarks marks the words of statement i that tell of the call.
func cueMarks(s *side, i int, words []cue) []Mark {
	out := make([]Mark, len(words))
	for k, c := range words {
		out[k] = s.mark(i, c, MarkCue)
	}
	return out
}

// callTopic is the topic of the call row: the first topic about the call
// itself (an event topic that is no attribute of it, such as its length)
// that either report uses words of; -1 when neither does.
func (e *Engine) callTopic(l, r *side, a, b int) int {
	for _, p := range []*point{&l.pt[a], &r.pt[b]} {
		for _, u := range p.topics {
			if t := e.lex.Topics[u.topic]; t.Event && !t.Attribute {
				return u.topic
			}
		}
	}
	return -1
}
