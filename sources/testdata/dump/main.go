// Command dump prints the accounts of an article in the JSON shape of
// DESIGN.md (schema readouts.comparison/v1, without comparisons), so the
// extractor can be scored before the real command line exists:
//
//	go run ./sources/testdata/dump ARTICLE [CATALOG.json] > out.json
//	../shared/tools/score-comparison out.json
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"readouts/sources"
)

type stmt struct {
	ID         string  `json:"id"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Text       string  `json:"text"`
	Paragraph  int     `json:"paragraph"`
	Kind       string  `json:"kind"`
	Confidence float64 `json:"confidence"`
}

type account struct {
	ID         string `json:"id"`
	Speaker    string `json:"speaker"`
	Channel    string `json:"channel"`
	Statements []stmt `json:"statements"`
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: dump ARTICLE [CATALOG.json]")
		os.Exit(2)
	}
	catPath := "assets/catalog.json"
	if len(os.Args) > 2 {
		catPath = os.Args[2]
	}
	catData, err := os.ReadFile(catPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	cat, err := sources.ParseCatalog(catData)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	a, err := sources.Load(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	x := sources.Extract(a, cat)
	out := map[string]any{
		"schema":  "readouts.comparison/v1",
		"article": map[string]any{"title": a.Title, "date": a.Date, "sha256": a.SHA256, "bytes": len(a.Text)},
	}
	var accs []account
	for _, ac := range x.Accounts {
		acc := account{ID: ac.ID, Speaker: ac.Speaker, Channel: ac.Channel}
		for _, s := range ac.Statements {
			acc.Statements = append(acc.Statements, stmt{s.ID, s.Start, s.End, s.Text, s.Paragraph, string(s.Kind), s.Confidence})
		}
		accs = append(accs, acc)
	}
	out["accounts"] = accs
	var earlier []stmt
	for _, s := range x.Earlier {
		earlier = append(earlier, stmt{s.ID, s.Start, s.End, s.Text, s.Paragraph, string(s.Kind) + " / " + s.Speaker + " / " + s.Channel, s.Confidence})
	}
	out["earlier"] = earlier
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
