// Command oracle runs the comparison engine on a reference reading's own
// statements, so linking and verdicts can be measured apart from
// extraction. It prints readouts.comparison/v1 JSON for the scorer:
//
//	go run ./app/compare/testdata/oracle GOLD.json TEXT > out.json
//	../shared/tools/score-comparison out.json GOLD.json TEXT
//
// Every pair of the reading's accounts is compared, in the reading's order.
// It lives under testdata so the go tool leaves it out of ./... (a
// developer program, like sources/testdata/dump). For the corpus:
//
//	go build -o /tmp/oracle ./app/compare/testdata/oracle
//	for g in ../shared/corpus/gold/*.json; do
//	  t=../shared/corpus/texts/$(basename "$g" .json).combined.txt
//	  /tmp/oracle "$g" "$t" >/tmp/out.json &&
//	    ../shared/tools/score-comparison /tmp/out.json "$g" "$t" | tail -1
//	done
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"readouts/app/compare"
	"readouts/assets"
	"readouts/sources"
)

// reading is the part of a reference reading (gold.json) the oracle uses.
type reading struct {
	Accounts []struct {
		ID         string `json:"id"`
		Speaker    string `json:"speaker"`
		Channel    string `json:"channel"`
		Statements []struct {
			ID        string `json:"id"`
			Text      string `json:"text"`
			Start     int    `json:"start"`
			End       int    `json:"end"`
			Paragraph int    `json:"paragraph"`
			Kind      string `json:"kind"`
		} `json:"statements"`
	} `json:"accounts"`
}

// document is the subset of readouts.comparison/v1 the scorer reads.
type document struct {
	Schema  string `json:"schema"`
	Article struct {
		Name   string `json:"name"`
		SHA256 string `json:"sha256"`
		Bytes  int    `json:"bytes"`
	} `json:"article"`
	Accounts    []sources.Account    `json:"accounts"`
	Comparisons []compare.Comparison `json:"comparisons"`
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: oracle GOLD.json TEXT")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(2)
	}
}

func run(goldPath, textPath string) error {
	x, err := extraction(goldPath, textPath)
	if err != nil {
		return err
	}
	lex, err := compare.ParseLexicon(assets.Topics, assets.Cues)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	cat, err := sources.ParseCatalog(assets.Catalog)
	if err != nil {
		return fmt.Errorf("catalog: %w", err)
	}
	e := compare.New(lex).WithCountries(cat.Countries)
	var d document
	d.Schema = "readouts.comparison/v1"
	d.Article.Name, d.Article.SHA256, d.Article.Bytes = x.Article.Name, x.Article.SHA256, len(x.Article.Text)
	d.Accounts = x.Accounts
	for i := range x.Accounts {
		for j := i + 1; j < len(x.Accounts); j++ {
			d.Comparisons = append(d.Comparisons, e.Compare(x.Article, &x.Accounts[i], &x.Accounts[j]))
		}
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}

// extraction builds an extraction whose accounts hold exactly the
// reading's statements, checked against the text.
func extraction(goldPath, textPath string) (*sources.Extraction, error) {
	art, err := sources.Load(textPath)
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		return nil, err
	}
	var g reading
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", goldPath, err)
	}
	x := &sources.Extraction{Article: art}
	for _, ga := range g.Accounts {
		acc := sources.Account{ID: ga.ID, Speaker: ga.Speaker, Channel: ga.Channel, Label: ga.Speaker + " — " + ga.Channel}
		for _, gs := range ga.Statements {
			if gs.Start < 0 || gs.End > len(art.Text) || gs.Start > gs.End || art.Text[gs.Start:gs.End] != gs.Text {
				return nil, fmt.Errorf("%s: statement %s does not match the text of %s", goldPath, gs.ID, textPath)
			}
			acc.Statements = append(acc.Statements, sources.Statement{
				ID: gs.ID, Account: ga.ID, Speaker: ga.Speaker, Channel: ga.Channel,
				Kind: sources.Kind(gs.Kind), Confidence: 1, Span: sources.Span{Start: gs.Start, End: gs.End},
				Text: gs.Text, Paragraph: gs.Paragraph,
			})
		}
		x.Accounts = append(x.Accounts, acc)
	}
	return x, nil
}
