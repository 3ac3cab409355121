package report

import (
	"testing"

	"readouts/app/compare"
	"readouts/assets"
	"readouts/sources"
)

// pipelineInput runs the real engine on the built-in seed article:
// sources.Extract with the embedded catalog, then the comparison engine
// with the embedded lexicons. With all it is the three-way report the app
// exports for "All three"; otherwise Trump's post against the Kremlin
// readout.
func pipelineInput(t testing.TB, all bool) Input {
	t.Helper()
	a, err := sources.Parse(assets.SeedArticleName, assets.SeedArticle)
	if err != nil {
		t.Fatalf("parse seed article: %v", err)
	}
	cat, err := sources.ParseCatalog(assets.Catalog)
	if err != nil {
		t.Fatalf("parse catalog: %v", err)
	}
	x := sources.Extract(a, cat)
	lex, err := compare.ParseLexicon(assets.Topics, assets.Cues)
	if err != nil {
		t.Fatalf("parse lexicons: %v", err)
	}
	eng := compare.New(lex)
	in := Input{Extraction: x, Version: "0.1.0-test", Generated: fixedTime}
	if all {
		cs, m := eng.All(x)
		in.Comparisons, in.Matrix = cs, &m
		return in
	}
	left, right := x.Account("trump"), x.Account("kremlin")
	if left == nil || right == nil {
		t.Fatalf("the engine found no trump or kremlin account in the seed (accounts: %d)", len(x.Accounts))
	}
	in.Comparisons = []compare.Comparison{eng.Compare(a, left, right)}
	return in
}
