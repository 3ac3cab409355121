package review

import (
	"strings"
	"testing"

	"readouts/sources"
)

// docFile is one file of a documents-mode fixture: its name, text and the
// statements of its document's account, whose id is the document's.
type docFile struct {
	name, id, text string
	says           []string
}

// documentsFixture builds a documents-mode reading by hand: with dossier
// set, the files' texts are sections of one file under "# " headings and
// every offset indexes that file; else each file is its own text.
func documentsFixture(t *testing.T, dossier bool, files ...docFile) *sources.Extraction {
	t.Helper()
	x := &sources.Extraction{Dossier: dossier,
		Parties: []sources.Party{{Key: "AA", Name: "Alphaland"}, {Key: "BB", Name: "Betaland"}}}
	var whole strings.Builder
	starts := make([]int, len(files))
	if dossier {
		for i, f := range files {
			starts[i] = whole.Len()
			whole.WriteString("# " + f.name + "\n\n" + f.text + "\n\n")
		}
		art, err := sources.Parse("dossier.md", []byte(whole.String()))
		if err != nil {
			t.Fatal(err)
		}
		x.Article = art
	}
	for i, f := range files {
		art, start, end := x.Article, starts[i], starts[i]+len("# "+f.name+"\n\n"+f.text)
		if !dossier {
			var err error
			if art, err = sources.Parse(f.name, []byte(f.text)); err != nil {
				t.Fatal(err)
			}
			if x.Article == nil {
				x.Article = art
			}
			start, end = 0, len(art.Text)
		}
		x.Documents = append(x.Documents, sources.Document{ID: f.id, Name: f.name, SHA256: art.SHA256,
			Start: start, End: end, Speaker: f.id, Channel: "readout", Article: art})
		acc := sources.Account{ID: f.id, Speaker: f.id, Channel: "readout", Label: f.id + " — readout", Document: f.id}
		for k, s := range f.says {
			at := strings.Index(art.Text[start:end], s)
			if at < 0 {
				t.Fatalf("fixture: %q not in %s", s, f.name)
			}
			at += start
			acc.Statements = append(acc.Statements, sources.Statement{ID: f.id + "-" + string(rune('1'+k)),
				Account: f.id, Speaker: f.id, Channel: "readout", Kind: sources.Paraphrase, Confidence: 0.8,
				Span: sources.Span{Start: at, End: at + len(s)}, Text: s, Paragraph: paragraphAt(art, at), Document: f.id})
		}
		x.Accounts = append(x.Accounts, acc)
	}
	return x
}

// Two documents whose statements stand at the same offsets of their own
// files: only the document tells them apart.
var (
	alphaDoc = docFile{name: "alpha.txt", id: "alpha", text: "The leaders agreed on talks. They spoke of trade.",
		says: []string{"The leaders agreed on talks.", "They spoke of trade."}}
	betaDoc = docFile{name: "beta.txt", id: "beta", text: "The leaders argued on prices. They spoke of gas.",
		says: []string{"The leaders argued on prices.", "They spoke of gas."}}
)

func textOf(x *sources.Extraction, id string) string {
	var out []string
	for _, st := range x.Account(id).Statements {
		out = append(out, st.Text+"@"+st.Document)
	}
	return strings.Join(out, " | ")
}

// TestApplyToADossier: spans index the dossier file; an added statement
// belongs to the document whose section holds it; the reading keeps its
// parties and documents.
func TestApplyToADossier(t *testing.T) {
	x := documentsFixture(t, true, alphaDoc, betaDoc)
	at := func(s string) *Span {
		i := strings.LastIndex(x.Article.Text, s)
		return &Span{i, i + len(s)}
	}
	r := &Review{Name: "dossier.md.review.json", SHA256: x.Article.SHA256, Edits: []Edit{
		{Op: Drop, Span: at("They spoke of gas.")},
		{Op: Add, Span: at("argued on prices"), Account: "alpha", Kind: sources.Quote},
	}}
	if err := r.CheckText(x); err != nil {
		t.Fatal(err)
	}
	got := Apply(x, r.Edits)
	for _, o := range got.Outcomes {
		if !o.Applied {
			t.Fatalf("edit %d: %s", o.N, o.Detail)
		}
	}
	if want := "The leaders agreed on talks.@alpha | They spoke of trade.@alpha | argued on prices@beta"; textOf(got.X, "alpha") != want {
		t.Errorf("alpha: %s, want %s", textOf(got.X, "alpha"), want)
	}
	if x.Account("beta") != nil && got.X.Account("beta") != nil {
		t.Errorf("beta kept statements the edits replaced or dropped: %s", textOf(got.X, "beta"))
	}
	if !got.X.Dossier || len(got.X.Documents) != 2 || len(got.X.Parties) != 2 {
		t.Errorf("the reading lost its documents or parties: dossier %v, %d documents, %d parties",
			got.X.Dossier, len(got.X.Documents), len(got.X.Parties))
	}
	for _, a := range got.X.Accounts {
		for _, st := range a.Statements {
			if src := got.X.Source(&st); src.Text[st.Start:st.End] != st.Text {
				t.Errorf("%s does not index its text", st.ID)
			}
		}
	}
}

// TestApplyToSeparateDocuments: a span names text only with its document;
// the review belongs to the set of files.
func TestApplyToSeparateDocuments(t *testing.T) {
	x := documentsFixture(t, false, alphaDoc, betaDoc)
	sum := TextSHA256(x)
	if sum == x.Article.SHA256 || sum != TextSHA256(documentsFixture(t, false, betaDoc, alphaDoc)) {
		t.Fatal("the digest of separate documents is the first file's, or depends on their order")
	}
	first := &Span{0, len("The leaders agreed on talks.")}
	r := &Review{Name: "alpha.txt.review.json", SHA256: sum, Edits: []Edit{
		{Op: Drop, Span: first, Document: "beta"},
		{Op: Add, Span: &Span{4, 11}, Account: "alpha", Kind: sources.Paraphrase, Document: "beta"},
		{Op: Drop, Span: first, Document: "gamma"},
	}}
	if err := r.CheckText(x); err != nil {
		t.Fatal(err)
	}
	got := Apply(x, r.Edits)
	if o := got.Outcomes; !o[0].Applied || !o[1].Applied || o[2].Applied {
		t.Fatalf("outcomes %+v", o)
	}
	if want := "The leaders agreed on talks.@alpha | leaders@beta | They spoke of trade.@alpha"; textOf(got.X, "alpha") != want {
		t.Errorf("alpha: %s, want %s", textOf(got.X, "alpha"), want)
	}
	if want := "They spoke of gas.@beta"; textOf(got.X, "beta") != want {
		t.Errorf("beta: %s, want %s", textOf(got.X, "beta"), want)
	}

	tests := []struct {
		name string
		r    *Review
		want string
	}{
		{"the first file's digest", &Review{Name: "r", SHA256: x.Article.SHA256}, "reviews another text"},
		{"a span without its document", &Review{Name: "r", SHA256: sum, Edits: []Edit{{Op: Drop, Span: first}}}, "names no document"},
		{"a span past its document", &Review{Name: "r", SHA256: sum, Edits: []Edit{{Op: Drop, Span: &Span{0, 49}, Document: "beta"}}}, "ends past the text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.r.CheckText(x); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
		})
	}
}

// TestParseDocumentKey: span edits may name their document; others may not.
func TestParseDocumentKey(t *testing.T) {
	head := `{"schema": "readouts.review/v1", "article": {"sha256": "` + strings.Repeat("a", 64) + `"}, "edits": [`
	if r, err := Parse("r", []byte(head+`{"op": "drop", "span": [0, 4], "document": "beta"}]}`)); err != nil || r.Edits[0].Document != "beta" {
		t.Fatalf("drop with a document: %v", err)
	}
	for _, bad := range []string{
		`{"op": "merge", "accounts": ["a", "b"], "into": "a", "document": "beta"}`,
		`{"op": "drop", "span": [0, 4], "document": "Beta Office"}`,
	} {
		if _, err := Parse("r", []byte(head+bad+"]}")); err == nil {
			t.Errorf("parsed %s", bad)
		}
	}
}
