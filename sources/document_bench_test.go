package sources

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// readoutOfWords builds a readout of about n words from the sentences of
// a test document, numbered so no two paragraphs are alike.
func readoutOfWords(b *testing.B, path string, n int) string {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var body []string
	for _, l := range strings.Split(string(data), "\n") {
		if len(strings.Fields(l)) > 12 {
			body = append(body, l)
		}
	}
	var sb strings.Builder
	sb.WriteString("Readout of the President’s Call with the Chancellor\n\n")
	for round, words := 0, 0; words < n; round++ {
		for _, l := range body {
			p := fmt.Sprintf("In round %d, %s", round, l)
			sb.WriteString(p + "\n\n")
			words += len(strings.Fields(p))
		}
	}
	return sb.String()
}

// BenchmarkExtractDocuments reads two documents of 10,000 words each, as
// two files and as one dossier.
func BenchmarkExtractDocuments(b *testing.B) {
	c := testCatalog(b)
	p := testPublishers(b)
	us := readoutOfWords(b, "testdata/documents/us-readout.txt", 10000)
	other := readoutOfWords(b, "testdata/documents/dossier.txt", 10000)
	b.Run("two files", func(b *testing.B) {
		a1, err1 := Parse("us.txt", []byte(us))
		a2, err2 := Parse("other.txt", []byte(other))
		if err1 != nil || err2 != nil {
			b.Fatal(err1, err2)
		}
		b.ReportAllocs()
		for b.Loop() {
			ExtractDocuments([]*Article{a1, a2}, c, p)
		}
	})
	b.Run("dossier", func(b *testing.B) {
		a, err := Parse("dossier.txt", []byte("# White House readout\n\n"+us+"\n# Élysée statement\n\n"+other))
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if x := Extract(a, c); !x.Dossier {
				b.Fatal("not read as a dossier")
			}
		}
	})
}

// BenchmarkExtractAddress reads a readout beside an address of 10,000
// words on many matters, whose passage about the call is found and kept.
func BenchmarkExtractAddress(b *testing.B) {
	c := testCatalog(b)
	p := testPublishers(b)
	us := readoutOfWords(b, "testdata/documents/us-readout.txt", 10000)
	var sb strings.Builder
	sb.WriteString("Evening address by the President\n\n")
	const call = "Late tonight I talked with President Ann Lee of the United States. I told Ann about the floods. " +
		"We agreed to send experts before the winter.\n\n"
	for round, words := 0, 0; words < 10000; round++ {
		if round == 60 {
			sb.WriteString(call)
		}
		p := fmt.Sprintf("In week %d, I visited the orchards near the river. %s\n\n", round, otherMatters)
		sb.WriteString(p)
		words += len(strings.Fields(p))
	}
	a, err := Parse("dossier.txt", []byte("# White House readout\n\n"+us+"\n# Office of the President of Chile text\n\n"+sb.String()))
	if err != nil {
		b.Fatal(err)
	}
	if x := ExtractDocuments([]*Article{a}, c, p); len(x.Accounts) != 2 || len(x.Accounts[1].Statements) > 4 {
		b.Fatalf("the address is not cut to its call passage: %d accounts", len(x.Accounts))
	}
	b.ReportAllocs()
	for b.Loop() {
		ExtractDocuments([]*Article{a}, c, p)
	}
}
