package compare

import (
	"fmt"
	"strconv"
	"strings"
)

// pressEachOther reports two sides that make demands of each other on one
// point: each names the other's party after its words of demand ("urged
// an end to Lydia's drills near the strait", "stressed the need for Caria
// to show restraint in the strait") and neither names its own. Each
// presses the other to move, which is two versions of the matter however
// much else they share; two sides pressing one third party ("both urged
// the militias to disarm") or pressing together ("called for Caria and
// Lydia to talk") make one demand.
func pressEachOther(l, r *side, lsc, rsc *scanned, lw, rw []cue) (finding, bool) {
	lg, lok := partyGroup(l.party)
	rg, rok := partyGroup(r.party)
	if !lok || !rok || lg == rg {
		return finding{}, false
	}
	la, ra := aimedAt(lsc, lw), aimedAt(rsc, rw)
	lt, lok := la[rg] // the other party, as the left side names it
	rt, rok := ra[lg]
	if _, own := la[lg]; own || !lok {
		return finding{}, false
	}
	if _, own := ra[rg]; own || !rok {
		return finding{}, false
	}
	lc, rc := append(append([]cue(nil), lw...), lt), append(append([]cue(nil), rw...), rt)
	return finding{text: fmt.Sprintf("Each presses the other: %s says %s, %s %s",
		l.name, quoteCues(lc), r.name, quoteCues(rc)), strong: true, lc: lc, rc: rc}, true
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

// pressed adds the finding of two sides that press each other, and tells
// whether there is one.
func pressed(l, r *side, lsc, rsc *scanned, lw, rw []cue, add func(finding)) bool {
	f, ok := pressEachOther(l, r, lsc, rsc, lw, rw)
	if ok {
		add(f)
	}
	return ok
}
