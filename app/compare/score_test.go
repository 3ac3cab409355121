package compare

import (
	"fmt"
	"strings"
	"testing"

	"readouts/sources"
)

// linkScore is how a comparison measures against a reference reading, by
// the measure of the project's scorer (score-comparison): a reference link
// is found when a matched row holds a statement of each of its two sides,
// right when one such row has its verdict; a one-sided statement is shown
// when a row holds it and no matched row does, and a false link when a
// matched row does.
type linkScore struct {
	links, linkTotal  int
	verdicts          int
	shown, onlyTotal  int
	falseLinks        int
	missing, wrong    []string
	falselyLinkedSide []string
}

func (s linkScore) String() string {
	return fmt.Sprintf("links %d/%d, verdicts %d/%d, one-sided %d/%d, false links %d; missing %v, wrong verdict %v, false %v",
		s.links, s.linkTotal, s.verdicts, s.linkTotal, s.shown, s.onlyTotal, s.falseLinks, s.missing, s.wrong, s.falselyLinkedSide)
}

// scoreLinks measures comparisons of extraction x against reading g. Each
// reference account stands for the account of x that covers most of its
// statements' bytes, as the scorer maps them.
func scoreLinks(x *sources.Extraction, comps []Comparison, g *goldFile) linkScore {
	type span struct {
		acc        string
		start, end int
	}
	spans := map[string]span{}
	for _, acc := range x.Accounts {
		for _, st := range acc.Statements {
			spans[st.ID] = span{acc.ID, st.Start, st.End}
		}
	}
	gold := map[string]span{}
	accFor := map[string]string{}
	for _, ga := range g.Accounts {
		cover := map[string]int{}
		for _, st := range ga.Statements {
			gold[st.ID] = span{ga.ID, st.Start, st.End}
			for _, sp := range spans {
				cover[sp.acc] += overlap(sp.start, sp.end, st.Start, st.End)
			}
		}
		best, most := "", 0
		for _, acc := range x.Accounts { // in order, so ties go to the first
			if cover[acc.ID] > most {
				best, most = acc.ID, cover[acc.ID]
			}
		}
		accFor[ga.ID] = best
	}
	comparison := func(pair [2]string) (*Comparison, bool) {
		a, b := accFor[pair[0]], accFor[pair[1]]
		for k := range comps {
			switch {
			case comps[k].Left == a && comps[k].Right == b:
				return &comps[k], false
			case comps[k].Left == b && comps[k].Right == a:
				return &comps[k], true
			}
		}
		return nil, false
	}
	touches := func(ids, goldIDs []string) bool {
		for _, id := range ids {
			sp, ok := spans[id]
			if !ok {
				continue
			}
			for _, gid := range goldIDs {
				if gs := gold[gid]; overlap(sp.start, sp.end, gs.start, gs.end) > 0 {
					return true
				}
			}
		}
		return false
	}
	sides := func(r *Row, swapped bool) ([]string, []string) {
		if swapped {
			return r.Right, r.Left
		}
		return r.Left, r.Right
	}
	var s linkScore
	for _, l := range g.Links {
		s.linkTotal++
		c, swapped := comparison(l.Pair)
		found, right := false, false
		if c != nil {
			for k := range c.Rows {
				r := &c.Rows[k]
				a, b := sides(r, swapped)
				if (r.Verdict == Agree || r.Verdict == Diverge) && touches(a, l.A) && touches(b, l.B) {
					found = true
					right = right || string(r.Verdict) == l.Verdict
				}
			}
		}
		name := strings.Join(l.Pair[:], "-") + " " + l.Topic
		switch {
		case !found:
			s.missing = append(s.missing, name)
		case !right:
			s.wrong = append(s.wrong, name)
		}
		if found {
			s.links++
		}
		if right {
			s.verdicts++
		}
	}
	for _, o := range g.Only {
		c, swapped := comparison(o.Pair)
		for _, gid := range o.IDs {
			s.onlyTotal++
			if c == nil {
				continue
			}
			linked, shown := false, false
			for k := range c.Rows {
				r := &c.Rows[k]
				a, b := sides(r, swapped)
				mine := a
				if o.Side == "b" {
					mine = b
				}
				if touches(mine, []string{gid}) {
					shown = true
					linked = linked || r.Verdict == Agree || r.Verdict == Diverge
				}
			}
			if shown && !linked {
				s.shown++
			}
			if linked {
				s.falseLinks++
				s.falselyLinkedSide = append(s.falselyLinkedSide, gid)
			}
		}
	}
	return s
}

func overlap(a0, a1, b0, b1 int) int { return max(0, min(a1, b1)-max(a0, b0)) }

// TestScoreLinks checks the measure itself on a reading and comparisons
// made up for it.
func TestScoreLinks(t *testing.T) {
	x := buildArticle(map[string][]string{"a": {"one", "two", "three"}, "b": {"uno", "dos"}}, "a", "b")
	g := &goldFile{}
	for _, acc := range x.Accounts {
		ga := goldAccount{ID: "g" + acc.ID}
		for _, st := range acc.Statements {
			ga.Statements = append(ga.Statements, goldStatement{ID: "g" + st.ID, Start: st.Start, End: st.End})
		}
		g.Accounts = append(g.Accounts, ga)
	}
	g.Links = []goldLink{{Pair: [2]string{"ga", "gb"}, Topic: "t", A: []string{"ga-1"}, B: []string{"gb-1"}, Verdict: "diverge"}}
	g.Only = []goldOnly{{Pair: [2]string{"ga", "gb"}, Side: "a", IDs: []string{"ga-2", "ga-3"}}}
	// Swapped sides: the measure must look the comparison up both ways.
	comps := []Comparison{{Left: "b", Right: "a", Rows: []Row{
		{Verdict: Agree, Left: []string{"b-1"}, Right: []string{"a-1", "a-2"}},
		{Verdict: RightOnly, Left: []string{}, Right: []string{"a-3"}},
	}}}
	s := scoreLinks(x, comps, g)
	if s.links != 1 || s.verdicts != 0 || s.shown != 1 || s.falseLinks != 1 || s.onlyTotal != 2 {
		t.Errorf("score %v", s)
	}
}
