package sources

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzExtractDocuments reads arbitrary bytes as a dossier or a document:
// extraction never panics, every statement lies inside its document, its
// text is the text under its span, and claims of an account never overlap.
func FuzzExtractDocuments(f *testing.F) {
	files, _ := filepath.Glob("testdata/documents/*")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(filepath.Base(p), data)
		}
	}
	for _, s := range []string{
		"# A readout\n\nX: “open quote. Y said.\n\n# B statement\n\nQuestion: why? A B: Because. * * * * C D: yes.",
		"# Kremlin\n\nand and and, as well as, discussed , , and.\n\n# White House\n\nThanked for and for and to to.",
		"# \n\n#\n\n# x\n\n",
		"Readout of\n\n“”\"\"“ said: “",
	} {
		f.Add("inline.md", []byte(s))
	}
	c := testCatalog(f)
	p := testPublishers(f)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		a, err := Parse(name, data)
		if err != nil {
			return
		}
		x := ExtractDocuments([]*Article{a}, c, p)
		for _, acc := range x.Accounts {
			d := x.Document(acc.Document)
			if d == nil {
				t.Fatalf("account %s has no document", acc.ID)
			}
			end := -1
			for _, st := range acc.Statements {
				if st.Start < d.Start || st.End > d.End || st.Start >= st.End || a.Text[st.Start:st.End] != st.Text {
					t.Fatalf("%s [%d,%d) %q outside document %s [%d,%d)", st.ID, st.Start, st.End, st.Text, d.ID, d.Start, d.End)
				}
				if st.Start < end {
					t.Fatalf("%s overlaps the statement before it", st.ID)
				}
				end = st.End
			}
		}
		Extract(a, c) // the dossier check of an ordinary read
	})
}
