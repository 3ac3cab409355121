package compare

import (
	"fmt"
	"testing"
)

// BenchmarkSeedAllPairs: all three pairs of the seed's reference accounts
// and their matrix, from the real extraction (target < 5 ms).
func BenchmarkSeedAllPairs(b *testing.B) {
	x := extractSeed(b)
	trio := seedTrio(b, x)
	e := New(testLexicon(b))
	b.ReportAllocs()
	for b.Loop() {
		for i := range trio {
			for j := i + 1; j < len(trio); j++ {
				e.Compare(x.Article, trio[i], trio[j])
			}
		}
	}
}

// BenchmarkSeedAll is the same through All, the three largest accounts.
func BenchmarkSeedAll(b *testing.B) {
	x := extractSeed(b)
	e := New(testLexicon(b))
	b.ReportAllocs()
	for b.Loop() {
		e.All(x)
	}
}

// BenchmarkLongAccounts compares two synthetic accounts of n statements each
// (target < 300 ms at 2,000). Run at 1,000 and 2,000 to see that memory grows
// linearly with the input.
func BenchmarkLongAccounts(b *testing.B) {
	lex := testLexicon(b)
	for _, n := range []int{1000, 2000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			x := synthetic(lex, n, 42)
			e := New(lex)
			b.ReportAllocs()
			for b.Loop() {
				e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
			}
		})
	}
}
