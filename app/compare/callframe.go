package compare

import (
	"slices"
	"strconv"
	"strings"
)

// The call is the frame of what the accounts say of it: the people in it,
// a mention of it as the time of a statement ("during the call"), a second
// telling of it as what raised a subject ("also spoke with … about"), and
// another event between other sides name no point.

// framing are the prepositions that make a mention of the call the time
// or place of what a statement says, not what it says: "during the call",
// "in a telephone conversation", "on the call".
var framing = map[string]bool{"during": true, "in": true, "on": true, "throughout": true, "over": true}

// determiners may stand between a framing preposition and the call: "during
// their telephone conversation".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "their": true,
	"his": true, "her": true, "its": true, "today's": true, "yesterday's": true}

// inPassing tells whether the mention of the call that starts at token
// from frames the statement (framing) rather than telling of the call:
// "issues raised during the telephone conversation" says nothing of the
// call itself, "Biden spoke with Putin" does.
func inPassing(sc *scanned, from int) bool {
	k := from - 1
	for k >= 0 && determiners[sc.toks[k].norm] {
		k--
	}
	return k >= 0 && framing[sc.toks[k].norm]
}

// callAbout tells whether the mention of the call that ends before token to
// goes on with what the call was about: the people in it and their titles
// ("with President Putin of Russia"), then "about" and its subject.
func (l *Lexicon) callAbout(sc *scanned, to int) bool {
	for k, n := to, 0; k < len(sc.toks) && n <= maxParticipantWords; k++ {
		t := sc.toks[k]
		switch {
		case subjectOf[t.norm]:
			return k+1 < len(sc.toks)
		case l.stop[t.norm] || l.titles[t.norm]:
		case capitalised(sc, k):
			n++
		default:
			return false
		}
	}
	return false
}

// eventSides lists the countries and institutions named as the sides of
// an event that ends before token to: after "between", in the
// words that name people, their offices and their countries ("talks
// between the leaders of the United States and Russia"), up to the first
// other word.
func (l *Lexicon) eventSides(sc *scanned, to int) []string {
	k := to
	if k > 0 && sidesWord[sc.toks[k-1].norm] {
		k-- // the event's own words end with it: "call between"
	}
	if k >= len(sc.toks) || !sidesWord[sc.toks[k].norm] {
		return nil
	}
	actorAt := map[int]int{}
	for _, h := range sc.hits {
		if h.ph.kind == kindActor {
			for i := h.from; i < h.to; i++ {
				actorAt[i] = h.ph.group
			}
		}
	}
	var out []string
	for i := k + 1; i < clauseEnd(sc, k); i++ {
		t := sc.toks[i]
		if g, ok := actorAt[i]; ok {
			if key := string(specActor) + ":" + strconv.Itoa(g); !slices.Contains(out, key) {
				out = append(out, key)
			}
			continue
		}
		if !l.stop[t.norm] && !l.titles[t.norm] && !l.agents[t.stem] && !capitalised(sc, i) {
			break
		}
	}
	return out
}

// sidesWord introduces the sides of an event. Not "with": "a call with the
// US president" names one side, the other is the speaker's, which a
// comparison may not know.
var sidesWord = map[string]bool{"between": true}

// subjectOf are the words that say what a call was about.
var subjectOf = map[string]bool{"about": true, "regarding": true, "concerning": true}

// maxParticipantWords is how many name words may name the people of a call
// before "about": "with President Vladimir Putin of Russia about".
const maxParticipantWords = 6

// maxParticipantGap is how many words other than stopwords, titles and
// countries may stand between the call and a person it names as a
// participant: "Biden also spoke with", "a telephone conversation with
// President of the United States Joseph Biden".
const maxParticipantGap = 1

// participants adds to into the keys of the people a statement names as
// taking part in the call: the name right before a mention of the call
// ("Putin had a telephone conversation") and the one right after it
// ("spoke today with President Putin"). They are the frame of the call,
// as its voices are: every account names them, and naming them makes no
// point.
func (l *Lexicon) participants(sc *scanned, p *point, into map[string]bool) {
	runs := map[int][]string{} // name run -> its keys
	first, last := map[int]int{}, map[int]int{}
	for _, k := range p.keys {
		if k.run == 0 {
			continue
		}
		runs[k.run] = append(runs[k.run], k.key)
		for _, c := range k.cues {
			if f, ok := first[k.run]; !ok || c.from < f {
				first[k.run] = c.from
			}
			last[k.run] = max(last[k.run], c.to)
		}
	}
	if len(runs) == 0 {
		return
	}
	for _, k := range p.keys {
		if k.kind != specEvent {
			continue
		}
		for _, c := range k.cues {
			before, after := -1, -1
			for run := range runs {
				if last[run] <= c.from && l.subjectOfCall(sc, last[run], c.from) &&
					(before < 0 || last[run] > last[before]) {
					before = run
				}
				if first[run] >= c.to && l.gap(sc, c.to, first[run]) <= maxParticipantGap &&
					(after < 0 || first[run] < first[after]) {
					after = run
				}
			}
			for _, run := range []int{before, after} {
				for _, key := range runs[run] {
					into[key] = true
				}
			}
		}
	}
}

// subjectOfCall tells whether the words from from to to, between a name
// and the call, leave the name the subject of the call: titles and
// adverbs ("Putin also had a call", "President Ito spoke with"), not a
// preposition ("the plan drawn up by Dupont before the call").
func (l *Lexicon) subjectOfCall(sc *scanned, from, to int) bool {
	for k := from; k < to; k++ {
		t := sc.toks[k]
		if !l.titles[t.norm] && !adverb(t.norm) {
			return false
		}
	}
	return true
}

// adverb tells the words that may stand between a speaker and a verb:
// "also", "again", "today", the words in -ly.
func adverb(w string) bool {
	return w == "also" || w == "again" || w == "today" || w == "then" || strings.HasSuffix(w, "ly")
}

// gap counts the tokens from from to to that are not stopwords, titles or
// countries and institutions.
func (l *Lexicon) gap(sc *scanned, from, to int) int {
	actor := make([]bool, to-from)
	for _, h := range sc.hits {
		if h.ph.kind == kindActor {
			for k := max(h.from, from); k < min(h.to, to); k++ {
				actor[k-from] = true
			}
		}
	}
	n := 0
	for k := from; k < to; k++ {
		if t := sc.toks[k]; !l.stop[t.norm] && !l.titles[t.norm] && !actor[k-from] {
			n++
		}
	}
	return n
}

// secondTellings drops the call from the statements that tell of it again
// as what raised their subject (point.about), after an earlier statement
// of the account has told of it: "Biden spoke with Putin" tells of the
// call, "Biden also spoke with Putin about the ransomware attacks" that
// follows makes a point on the attacks. The first telling keeps it: "Biden
// spoke with Zelensky about the war" opens a readout with the call.
func (s *side) secondTellings() {
	told := false
	for i := range s.pt {
		p := &s.pt[i]
		events := slices.ContainsFunc(p.keys, func(k specific) bool { return k.kind == specEvent })
		if told && p.about {
			p.keys = slices.DeleteFunc(p.keys, func(k specific) bool { return k.kind == specEvent })
		}
		told = told || events
	}
}
