package app

import (
	"fmt"
	"strings"

	"readouts/sources"
)

// Pair is what a comparison shows: two accounts, or all pairs of the three
// largest.
type Pair struct {
	Left, Right string // account ids
	All         bool   // the three largest accounts side by side
}

// String is the pair as the command line writes it: "xi,biden" or "all".
func (p Pair) String() string {
	if p.All {
		return "all"
	}
	if p.Left == "" && p.Right == "" {
		return ""
	}
	return p.Left + "," + p.Right
}

// ParsePair reads what String wrote; anything else is the zero Pair.
func ParsePair(s string) Pair {
	if s == "all" {
		return Pair{All: true}
	}
	l, r, ok := strings.Cut(s, ",")
	if !ok || l == "" || r == "" || l == r {
		return Pair{}
	}
	return Pair{Left: l, Right: r}
}

// QuickPairs are the pairs offered first: every pair of the three largest
// accounts, then all of them together when there are three.
func QuickPairs(accs []sources.Account) []Pair {
	n := min(len(accs), 3)
	var out []Pair
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			out = append(out, Pair{Left: accs[i].ID, Right: accs[j].ID})
		}
	}
	if n == 3 {
		out = append(out, Pair{All: true})
	}
	return out
}

// ResolvePair reads a pair as the user writes it: "A,B" or "all". Each name
// is an account id or an unambiguous, case-insensitive prefix of an id, of
// a word of the speaker's name, or of the channel. A name that fits no
// account, or several, is a usage error that lists the accounts.
func (s *Snapshot) ResolvePair(spec string) (Pair, error) { return resolvePair(s.x, spec) }

// PickPair is the pair to show for spec: the pair it names when the text
// has those accounts (all pairs only when it has three), else the first
// quick pair; the zero Pair when the text has fewer than two accounts.
func (s *Snapshot) PickPair(spec string) Pair {
	accs := s.x.Accounts
	if spec != "" && len(accs) >= 2 {
		if p, err := resolvePair(s.x, spec); err == nil && (!p.All || len(accs) >= 3) {
			return p
		}
	}
	if quick := QuickPairs(accs); len(quick) > 0 {
		return quick[0]
	}
	return Pair{}
}

func resolvePair(x *sources.Extraction, spec string) (Pair, error) {
	spec = strings.TrimSpace(spec)
	if spec == "" || strings.EqualFold(spec, "all") {
		return Pair{All: true}, nil
	}
	names := strings.Split(spec, ",")
	if len(names) != 2 {
		return Pair{}, usagef("--pair %q: want two accounts as A,B or all; accounts: %s", spec, accountList(x))
	}
	left, err := resolveAccount(x, names[0])
	if err != nil {
		return Pair{}, err
	}
	right, err := resolveAccount(x, names[1])
	if err != nil {
		return Pair{}, err
	}
	if left.ID == right.ID {
		return Pair{}, usagef("--pair %q names %s twice; accounts: %s", spec, left.ID, accountList(x))
	}
	return Pair{Left: left.ID, Right: right.ID}, nil
}

func resolveAccount(x *sources.Extraction, name string) (*sources.Account, error) {
	key := strings.ToLower(strings.TrimSpace(name))
	if key == "" {
		return nil, usagef("--pair: empty account name; accounts: %s", accountList(x))
	}
	var matches []*sources.Account
	for i := range x.Accounts {
		acc := &x.Accounts[i]
		if strings.ToLower(acc.ID) == key {
			return acc, nil
		}
		if accountMatches(acc, key) {
			matches = append(matches, acc)
		}
	}
	switch len(matches) {
	case 1:
		return matches[0], nil
	case 0:
		return nil, usagef("--pair: no account matches %q; accounts: %s", name, accountList(x))
	default:
		ids := make([]string, len(matches))
		for i, m := range matches {
			ids[i] = m.ID
		}
		return nil, usagef("--pair: %q is ambiguous (%s); accounts: %s", name, strings.Join(ids, ", "), accountList(x))
	}
}

func accountMatches(acc *sources.Account, key string) bool {
	candidates := []string{acc.ID, acc.Speaker, acc.Channel}
	candidates = append(candidates, strings.Fields(acc.Speaker)...)
	for _, c := range candidates {
		if strings.HasPrefix(strings.ToLower(c), key) {
			return true
		}
	}
	return false
}

func accountList(x *sources.Extraction) string {
	if len(x.Accounts) == 0 {
		return "none found"
	}
	parts := make([]string, len(x.Accounts))
	for i, a := range x.Accounts {
		parts[i] = fmt.Sprintf("%s (%s, %s)", a.ID, a.Speaker, a.Channel)
	}
	return strings.Join(parts, "; ")
}
