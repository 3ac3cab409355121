package report

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/*.sha256 golden hashes")

// TestGoldenHash renders the seed reports with SOURCE_DATE_EPOCH set and
// compares their SHA-256 with the golden files: any change to the report's
// bytes shows up here (regenerate with go test ./app/report -run Golden -update
// after checking the PDFs by eye).
func TestGoldenHash(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1747728000") // 2025-05-20 08:00:00 UTC
	tests := []struct {
		name, golden string
		in           Input
	}{
		{"pair", "testdata/seed-trump-kremlin.pdf.sha256", goldInput(t, pairTK)},
		{"all", "testdata/seed-all.pdf.sha256", goldInput(t, pairTK, pairTZ, pairKZ)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.in.Generated = GeneratedTime(time.Now())
			first := renderPDF(t, tc.in)
			again := renderPDF(t, tc.in)
			if !bytes.Equal(first, again) {
				t.Fatal("two renders of the same input differ")
			}
			got := sha256hex(first)
			if *update {
				if err := os.WriteFile(tc.golden, []byte(got+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(tc.golden)
			if err != nil {
				t.Fatalf("read golden hash (run with -update to create it): %v", err)
			}
			if got != strings.TrimSpace(string(want)) {
				t.Errorf("SHA-256 = %s, golden %s: the report's bytes changed; check it and run with -update", got, strings.TrimSpace(string(want)))
			}
		})
	}
}

func TestGeneratedTime(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		env  string
		want time.Time
	}{
		{"", now},
		{"1747728000", time.Date(2025, 5, 20, 8, 0, 0, 0, time.UTC)},
		{" 0 ", time.Unix(0, 0).UTC()},
		{"yesterday", now},
	}
	for _, tc := range tests {
		t.Setenv("SOURCE_DATE_EPOCH", tc.env)
		if got := GeneratedTime(now); !got.Equal(tc.want) {
			t.Errorf("SOURCE_DATE_EPOCH=%q: got %v, want %v", tc.env, got, tc.want)
		}
	}
}

func TestDefaultFileName(t *testing.T) {
	pair := goldInput(t, pairTK)
	all := goldInput(t, pairTK, pairTZ, pairKZ)
	undated := goldInput(t, pairTZ)
	undated.Extraction.Article.Date = ""
	odd := goldInput(t, pairTK)
	odd.Comparisons[0].Left, odd.Comparisons[0].Right = "../Trump Post", "kreml/in"
	tests := []struct {
		name string
		in   Input
		want string
	}{
		{"pair", pair, "readouts-trump-vs-kremlin-2025-05-19.pdf"},
		{"all", all, "readouts-all-2025-05-19.pdf"},
		{"no article date uses generation date", undated, "readouts-trump-vs-zelensky-2025-05-20.pdf"},
		{"ids made file-safe", odd, "readouts-trump-post-vs-kreml-in-2025-05-19.pdf"},
	}
	for _, tc := range tests {
		if got := DefaultFileName(tc.in); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
