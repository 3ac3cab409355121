package sources

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzExtract loads arbitrary bytes and extracts from them: loading either
// succeeds or fails with ErrBadInput, and extraction never panics and keeps
// every invariant of checkInvariants.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.*")
	for _, dir := range []string{"wire", "messy", "messy2", "messy3"} {
		more, _ := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
		files = append(files, more...)
	}
	files = append(files, "../assets/seed-article.txt")
	for _, p := range files {
		if filepath.Ext(p) == ".json" {
			continue
		}
		if data, err := os.ReadFile(p); err == nil {
			f.Add(filepath.Base(p), data)
		}
	}
	for _, s := range []string{
		"“Unclosed quote, he said.\n“And another”",
		"\"straight\" \"quotes\" said he, said she: \"x\"",
		"---\ntitle: x\n---\n",
		"According to , said that that that.",
		"He said: “‘’”",
		"A, said the Kremlin. B, according to TASS.",
		"X, with Y urging and Z hitting back that, urged , pressed on",
		"MOSCOW, March 18. /TASS/. Aide X said Y raised the issue of, and Z said",
		"An official who who said. Putin, “a,” the aide said. “b.”",
		"First, . Second, they should. X set out three points: First, A should, he said, and B should, and",
		"what called “”, which what Trump called “x”. Trump made the remarks at. He spoke aboard",
		"el-Sisi, el- al-X, Putin's, the Kremlin's account, in Beijing's readout said. May said.",
	} {
		f.Add("inline.txt", []byte(s))
	}
	c := testCatalog(f)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		a, err := Parse(name, data)
		if err != nil {
			if !errors.Is(err, ErrBadInput) {
				t.Fatalf("Parse error %v is not ErrBadInput", err)
			}
			return
		}
		for i, p := range a.Paragraphs {
			if p.Start < a.Body.Start || p.End > len(a.Text) || p.Start >= p.End || (i > 0 && p.Start < a.Paragraphs[i-1].End) {
				t.Fatalf("paragraph %d has span %d..%d", p.Number, p.Start, p.End)
			}
		}
		for i, s := range a.Sentences {
			if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End || (i > 0 && s.Start < a.Sentences[i-1].End) {
				t.Fatalf("sentence %d has span %d..%d", i, s.Start, s.End)
			}
		}
		checkInvariants(t, a, Extract(a, c))
	})
}
