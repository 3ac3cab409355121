package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"readouts/app/usage"
)

// ofWords builds a text of about n words from the body paragraphs of a
// test file, each round numbered so that no two paragraphs are alike; the
// file's first line stays its title.
func ofWords(b *testing.B, path string, n int) string {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	var sb strings.Builder
	sb.WriteString(lines[0] + "\n\n")
	for round, words := 1, 0; words < n; round++ {
		for _, l := range lines[1:] {
			if len(strings.Fields(l)) < 8 || strings.HasPrefix(l, "#") {
				continue
			}
			p := fmt.Sprintf("In round %d, %s", round, l)
			sb.WriteString(p + "\n\n")
			words += len(strings.Fields(p))
		}
	}
	return sb.String()
}

// bigTexts writes two readouts and a story of n words each to files.
func bigTexts(b *testing.B, n int) (docs []string, article string) {
	b.Helper()
	dir := b.TempDir()
	for name, src := range map[string]string{"whitehouse.txt": docWhiteHouse, "kremlin.txt": docKremlin, "story.txt": docArticle} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(ofWords(b, src, n)), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return []string{filepath.Join(dir, "whitehouse.txt"), filepath.Join(dir, "kremlin.txt")}, filepath.Join(dir, "story.txt")
}

// BenchmarkDocuments10k: two documents of 10,000 words each, read from
// their files and compared (the bar: under 1 s); and an article of
// 10,000 words checked against them.
func BenchmarkDocuments10k(b *testing.B) {
	docs, article := bigTexts(b, 10000)
	s, err := NewSession(nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("open and compare", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			snap, err := s.Open(context.Background(), Texts{Documents: docs})
			if err != nil {
				b.Fatal(err)
			}
			x := snap.Extraction()
			if c := snap.Compare(x.Accounts[0].ID, x.Accounts[1].ID); c == nil || len(c.Rows) == 0 {
				b.Fatal("no comparison")
			}
		}
	})
	b.Run("article use", func(b *testing.B) {
		snap, err := s.Open(context.Background(), Texts{Documents: docs, Article: article})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if u := usage.Analyze(snap.x, snap.companion, snap.engine); len(u.Documents) != 2 {
				b.Fatal("no usage")
			}
		}
	})
}
