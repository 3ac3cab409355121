package app

import (
	"maps"
	"slices"

	"readouts/app/compare"
	"readouts/sources"
)

// foldMatrix sets the comparisons of pairs of accounts (comps[k] compares
// accounts[pairs[k][0]] and accounts[pairs[k][1]]) side by side, topic by
// topic, as the engine's Matrix does: topics in lexicon order, "other"
// last; each cell the account's statements on the topic and the accounts
// it agrees and diverges with. It folds the rows as they are, so verdicts
// the reviewer set show in the matrix too.
func foldMatrix(lex *compare.Lexicon, accounts []*sources.Account, comps []*Comparison, pairs [][2]int) compare.Matrix {
	m := compare.Matrix{Accounts: make([]string, len(accounts)), Topics: []string{}, Cells: [][]compare.Position{}}
	for i, acc := range accounts {
		m.Accounts[i] = acc.ID
	}
	present := map[string]bool{}
	for _, c := range comps {
		for _, r := range c.Rows {
			present[r.Topic] = true
		}
	}
	row := map[string]int{}
	addTopic := func(t string) {
		if present[t] {
			row[t] = len(m.Topics)
			m.Topics = append(m.Topics, t)
			m.Cells = append(m.Cells, make([]compare.Position, len(accounts)))
			delete(present, t)
		}
	}
	for _, t := range lex.Topics {
		addTopic(t.ID)
	}
	addTopic("other")
	// The engine makes no other topics; should a row have one, it goes
	// last rather than into another topic's cells.
	for _, t := range slices.Sorted(maps.Keys(present)) {
		addTopic(t)
	}
	for k, c := range comps {
		a, b := pairs[k][0], pairs[k][1]
		for _, r := range c.Rows {
			cells := m.Cells[row[r.Topic]]
			cells[a].Statements = appendNew(cells[a].Statements, r.Left...)
			cells[b].Statements = appendNew(cells[b].Statements, r.Right...)
			switch r.Verdict {
			case compare.Agree:
				cells[a].Agrees = appendNew(cells[a].Agrees, m.Accounts[b])
				cells[b].Agrees = appendNew(cells[b].Agrees, m.Accounts[a])
			case compare.Diverge:
				cells[a].Diverges = appendNew(cells[a].Diverges, m.Accounts[b])
				cells[b].Diverges = appendNew(cells[b].Diverges, m.Accounts[a])
			}
		}
	}
	for t := range m.Cells {
		for a := range m.Cells[t] {
			p := &m.Cells[t][a]
			p.Statements = inAccountOrder(p.Statements, accounts[a])
			p.Silent = len(p.Statements) == 0
		}
	}
	return m
}

func appendNew(list []string, items ...string) []string {
	for _, s := range items {
		if !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}

// inAccountOrder puts statement ids in the account's text order; never nil.
func inAccountOrder(ids []string, acc *sources.Account) []string {
	out := make([]string, 0, len(ids))
	for _, s := range acc.Statements {
		if slices.Contains(ids, s.ID) {
			out = append(out, s.ID)
		}
	}
	return out
}
