package compare

import "readouts/sources"

// Matrix sets any number of accounts side by side, topic by topic. Each
// cell holds the account's statements on the topic (those of its rows and
// those its rows refer to) and, from the pairwise
// comparisons, the accounts it agrees and diverges with on that topic; an
// account that says nothing on a topic is silent there.
//
// Topics are in lexicon order, "other" last, whatever the order of the
// accounts.
func (e *Engine) Matrix(a *sources.Article, accounts []*sources.Account) Matrix {
	var comps []Comparison
	var pairs [][2]int
	for i := range accounts {
		for j := i + 1; j < len(accounts); j++ {
			comps = append(comps, e.Compare(a, accounts[i], accounts[j]))
			pairs = append(pairs, [2]int{i, j})
		}
	}
	return e.matrix(accounts, comps, pairs)
}

// All compares every pair of the three largest accounts of an extraction,
// (0,1), (0,2), (1,2) in x.Accounts order, and sets them in a matrix.
func (e *Engine) All(x *sources.Extraction) ([]Comparison, Matrix) {
	n := min(3, len(x.Accounts))
	accounts := make([]*sources.Account, n)
	for i := range accounts {
		accounts[i] = &x.Accounts[i]
	}
	var comps []Comparison
	var pairs [][2]int
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			comps = append(comps, e.Compare(x.Article, accounts[i], accounts[j]))
			pairs = append(pairs, [2]int{i, j})
		}
	}
	return comps, e.matrix(accounts, comps, pairs)
}

// MatrixOf folds comparisons already made into a topic × account matrix,
// as Matrix does: comps[k] compares accounts[pairs[k][0]] and
// accounts[pairs[k][1]]. Rows are taken as they are, so a verdict set after
// the engine (by a reviewer) shows in the matrix.
func (e *Engine) MatrixOf(accounts []*sources.Account, comps []Comparison, pairs [][2]int) Matrix {
	return e.matrix(accounts, comps, pairs)
}

// matrix folds pairwise comparisons into a topic × account matrix.
func (e *Engine) matrix(accounts []*sources.Account, comps []Comparison, pairs [][2]int) Matrix {
	m := Matrix{Accounts: make([]string, len(accounts)), Topics: []string{}, Cells: [][]Position{}}
	for i, acc := range accounts {
		m.Accounts[i] = acc.ID
	}
	row := map[string]int{}
	topicRow := func(t string) int {
		if k, ok := row[t]; ok {
			return k
		}
		row[t] = len(m.Topics)
		m.Topics = append(m.Topics, t)
		m.Cells = append(m.Cells, make([]Position, len(accounts)))
		return row[t]
	}
	present := map[string]bool{}
	for _, c := range comps {
		for _, r := range c.Rows {
			present[r.Topic] = true
		}
	}
	for _, t := range e.lex.Topics {
		if present[t.ID] {
			topicRow(t.ID)
		}
	}
	if present[otherTopic] {
		topicRow(otherTopic)
	}
	// in[t][a] holds the statements of cell (t, a): a set, so a long
	// account does not cost the square of its statements.
	in := make([][]map[string]bool, len(m.Topics))
	for t := range in {
		in[t] = make([]map[string]bool, len(accounts))
		for a := range in[t] {
			in[t][a] = map[string]bool{}
		}
	}
	for k, c := range comps {
		a, b := pairs[k][0], pairs[k][1]
		for _, r := range c.Rows {
			t := topicRow(r.Topic)
			cells := m.Cells[t]
			for _, id := range r.Left {
				in[t][a][id] = true
			}
			for _, id := range r.Right {
				in[t][b][id] = true
			}
			if r.Refs != nil {
				// A statement stands in its best row only; the rows of
				// its other topics refer to it, and it speaks to them.
				for _, id := range r.Refs.Left {
					in[t][a][id] = true
				}
				for _, id := range r.Refs.Right {
					in[t][b][id] = true
				}
			}
			switch r.Verdict {
			case Agree:
				cells[a].Agrees = appendNew(cells[a].Agrees, m.Accounts[b])
				cells[b].Agrees = appendNew(cells[b].Agrees, m.Accounts[a])
			case Diverge:
				cells[a].Diverges = appendNew(cells[a].Diverges, m.Accounts[b])
				cells[b].Diverges = appendNew(cells[b].Diverges, m.Accounts[a])
			}
		}
	}
	for t := range m.Cells {
		for a := range m.Cells[t] {
			p := &m.Cells[t][a]
			p.Statements = inAccountOrder(in[t][a], accounts[a])
			p.Silent = len(p.Statements) == 0
		}
	}
	return m
}

// inAccountOrder lists the statement ids of a set in the account's text
// order.
func inAccountOrder(ids map[string]bool, acc *sources.Account) []string {
	out := make([]string, 0, len(ids))
	for _, s := range acc.Statements {
		if ids[s.ID] {
			out = append(out, s.ID)
		}
	}
	return out
}
