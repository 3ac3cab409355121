package sources

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// benchmarkExtract measures Extract on a, per byte of its text.
func benchmarkExtract(b *testing.B, a *Article) {
	c := testCatalog(b)
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Extract(a, c)
	}
}

func parseBench(b *testing.B, name, text string) *Article {
	b.Helper()
	a, err := Parse(name, []byte(text))
	if err != nil {
		b.Fatal(err)
	}
	return a
}

func BenchmarkExtractSeed(b *testing.B) {
	benchmarkExtract(b, loadTest(b, "../assets/seed-article.txt"))
}

// syntheticArticle repeats varied paragraphs from the test articles, with
// names changed on each round so the people registry keeps growing as it
// would in a long article, until the text reaches size bytes.
func syntheticArticle(b *testing.B, size int) *Article {
	b.Helper()
	var paras []string
	for _, p := range []string{"../assets/seed-article.txt", "testdata/erdogan-zelensky.txt", "testdata/macron-spokesman.md"} {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
			if strings.TrimSpace(l) != "" {
				paras = append(paras, l)
			}
		}
	}
	var sb strings.Builder
	for round := 0; sb.Len() < size; round++ {
		for _, p := range paras {
			if round%3 == 1 {
				p = strings.ReplaceAll(p, "Zelensky", fmt.Sprintf("Zelensky%d", round))
			}
			sb.WriteString(p)
			sb.WriteString("\n")
			if sb.Len() >= size {
				break
			}
		}
		sb.WriteString("\n")
	}
	return parseBench(b, "synthetic.txt", sb.String())
}

func BenchmarkExtract256KB(b *testing.B) { benchmarkExtract(b, syntheticArticle(b, 256<<10)) }
func BenchmarkExtract1MB(b *testing.B)   { benchmarkExtract(b, syntheticArticle(b, 1<<20)) }

// seedRepeated is the built-in article repeated to at least size bytes.
func seedRepeated(b *testing.B, size int) *Article {
	b.Helper()
	data, err := os.ReadFile("../assets/seed-article.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < size {
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	return parseBench(b, "seed-repeated.txt", sb.String())
}

// The seed repeated to 1 MB and 4 MB: the time and the memory per byte
// must stay the same (cost linear in the input).
func BenchmarkExtractSeed1MB(b *testing.B) { benchmarkExtract(b, seedRepeated(b, 1<<20)) }
func BenchmarkExtractSeed4MB(b *testing.B) { benchmarkExtract(b, seedRepeated(b, 4<<20)) }

// BenchmarkExtractShortQuotes is one paragraph of 2.3 MB made of short
// attributed quotations, the input whose quote look-ups were quadratic.
func BenchmarkExtractShortQuotes(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Russian President Vladimir Putin spoke to reporters.\n\n")
	for i := 0; sb.Len() < 23<<20/10; i++ {
		fmt.Fprintf(&sb, "“Point %d is settled,” Putin said. “And the next,” he added. ", i)
	}
	benchmarkExtract(b, parseBench(b, "short-quotes.txt", sb.String()))
}

func BenchmarkParse1MB(b *testing.B) {
	data := []byte(syntheticArticle(b, 1<<20).Text)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Parse("synthetic.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtract1MBOneParagraph is the worst layout: a megabyte with no
// line breaks, so every statement lands in one paragraph.
func BenchmarkExtract1MBOneParagraph(b *testing.B) {
	flat := strings.ReplaceAll(syntheticArticle(b, 1<<20).Text, "\n", " ")
	benchmarkExtract(b, parseBench(b, "flat.txt", flat))
}
