package compare

import (
	"fmt"
	"strconv"
	"strings"
)

// pressOther gives the words by which each of two sides at a pole of
// demands names the other's party after its words of demand ("urged an
// end to Lydia's drills near the strait", "stressed the need for Caria to
// show restraint in the strait"), when each names the other's party and
// neither its own. Each presses the other to move, which is two versions
// of the matter however much else they share; two sides pressing one
// third party ("both urged the militias to disarm") or pressing together
// ("called for Caria and Lydia to talk") make one demand.
func pressOther(l, r *side, lsc, rsc *scanned, lw, rw []cue) (lt, rt cue, ok bool) {
	lg, lok := partyGroup(l.party)
	rg, rok := partyGroup(r.party)
	if !lok || !rok || lg == rg {
		return cue{}, cue{}, false
	}
	la, ra := aimedAt(lsc, lw), aimedAt(rsc, rw)
	_, lOwn := la[lg]
	_, rOwn := ra[rg]
	lt, lok = la[rg]
	rt, rok = ra[lg]
	return lt, rt, lok && rok && !lOwn && !rOwn
}

// pressEachOther tells whether two sides at a pole of demands press each
// other (pressOther).
func pressEachOther(l, r *side, lsc, rsc *scanned, lw, rw []cue) bool {
	_, _, ok := pressOther(l, r, lsc, rsc, lw, rw)
	return ok
}

// pressedFinding is the reason of two sides that press each other: the
// words of demand of each, with the other's party as it names it.
func pressedFinding(l, r *side, lsc, rsc *scanned, lw, rw []cue) finding {
	lt, rt, _ := pressOther(l, r, lsc, rsc, lw, rw)
	lc, rc := append(append([]cue(nil), lw...), lt), append(append([]cue(nil), rw...), rt)
	return finding{text: fmt.Sprintf("Each presses the other: %s says %s, %s %s",
		l.name, quoteCues(lc), r.name, quoteCues(rc)), strong: true, lc: lc, rc: rc}
}

// partyGroup is the actor group of a party key ("a:3"), as aimedAt keys
// it.
func partyGroup(party string) (string, bool) {
	g, ok := strings.CutPrefix(party, string(specActor)+":")
	if !ok {
		return "", false
	}
	if _, err := strconv.Atoi(g); err != nil {
		return "", false
	}
	return g, true
}
