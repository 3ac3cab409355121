package report

import (
	"io"
	"testing"
)

// BenchmarkSeedPairReport renders the seed's Trump/Kremlin report (target
// < 100 ms).
func BenchmarkSeedPairReport(b *testing.B) {
	in := goldInput(b, pairTK)
	b.ReportAllocs()
	for b.Loop() {
		if err := WritePDF(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
}

// synthParas is the paragraph count that makes synthInput's report about
// 100 pages (TestSynthReportIsAboutHundredPages keeps it honest).
const synthParas = 306

// BenchmarkHundredPageReport renders a ~100-page report of a synthetic long
// article (target < 2 s and < 200 MB allocated).
func BenchmarkHundredPageReport(b *testing.B) {
	in := synthInput(synthParas)
	b.ReportAllocs()
	for b.Loop() {
		if err := WritePDF(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
}
