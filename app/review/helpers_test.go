package review

import (
	"strings"
	"testing"

	"readouts/app/compare"
	"readouts/assets"
	"readouts/sources"
)

// testText is a short call report written for these tests.
const testText = `The two leaders spoke by phone on Tuesday.

Alpha said the call was "productive and warm". Alpha added that talks would start soon.

Beta's office said the call was "frank". It said sanctions must stay.

Gamma wrote that he welcomed the call. Last year Gamma had called for a summit.
`

type fixtureStatement struct {
	account, text string
	kind          sources.Kind
}

// fixture is a hand-made reading of testText: alpha (2 statements), beta
// (2), gamma (1) and one statement about an earlier event.
func fixture(t testing.TB) *sources.Extraction {
	t.Helper()
	art, err := sources.Parse("call.txt", []byte(testText))
	if err != nil {
		t.Fatal(err)
	}
	x := &sources.Extraction{Article: art}
	speakers := map[string][2]string{"alpha": {"Alpha", "remarks"}, "beta": {"Beta", "readout"}, "gamma": {"Gamma", "post"}}
	for _, s := range []fixtureStatement{
		{"alpha", `the call was "productive and warm"`, sources.Paraphrase},
		{"alpha", "talks would start soon", sources.Paraphrase},
		{"beta", `the call was "frank"`, sources.Paraphrase},
		{"beta", "sanctions must stay", sources.Paraphrase},
		{"gamma", "he welcomed the call", sources.Paraphrase},
		{"", "Gamma had called for a summit", sources.Paraphrase},
	} {
		st := statement(t, art, s)
		if s.account == "" {
			st.ID, st.Speaker, st.Channel, st.Earlier = "earlier-1", "Gamma", "post", true
			x.Earlier = append(x.Earlier, st)
			continue
		}
		acc := x.Account(s.account)
		if acc == nil {
			sp := speakers[s.account]
			x.Accounts = append(x.Accounts, sources.Account{ID: s.account, Speaker: sp[0], Channel: sp[1], Label: sp[0] + " — " + sp[1]})
			acc = &x.Accounts[len(x.Accounts)-1]
		}
		st.ID = s.account + "-" + string(rune('1'+len(acc.Statements)))
		st.Account, st.Speaker, st.Channel = acc.ID, acc.Speaker, acc.Channel
		acc.Statements = append(acc.Statements, st)
	}
	return x
}

func statement(t testing.TB, art *sources.Article, s fixtureStatement) sources.Statement {
	t.Helper()
	i := strings.Index(art.Text, s.text)
	if i < 0 {
		t.Fatalf("fixture: %q not in the text", s.text)
	}
	return sources.Statement{Kind: s.kind, Confidence: 0.8, Span: sources.Span{Start: i, End: i + len(s.text)},
		Text: s.text, Paragraph: paragraphAt(art, i)}
}

// spanOf is the span of the first occurrence of s in the test text.
func spanOf(t testing.TB, s string) *Span {
	t.Helper()
	i := strings.Index(testText, s)
	if i < 0 {
		t.Fatalf("%q not in the test text", s)
	}
	return &Span{i, i + len(s)}
}

func engine(t testing.TB) *compare.Engine {
	t.Helper()
	lex, err := compare.ParseLexicon(assets.Topics, assets.Cues)
	if err != nil {
		t.Fatal(err)
	}
	return compare.New(lex)
}

// ids lists the statement ids of every account, "account: id id".
func accountsOf(x *sources.Extraction) []string {
	var out []string
	for _, a := range x.Accounts {
		line := a.ID + ":"
		for _, st := range a.Statements {
			line += " " + st.ID + "=" + st.Text
		}
		out = append(out, line)
	}
	return out
}
