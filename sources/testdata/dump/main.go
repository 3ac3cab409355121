// Command dump prints the accounts of an article in the JSON shape of
// DESIGN.md (schema readouts.comparison/v1, without comparisons), so the
// extractor can be scored on its own:
//
//	go run ./sources/testdata/dump ARTICLE [CATALOG.json] > out.json
//	../shared/tools/score-comparison out.json
//
// With -text it prints the parties, the accounts and every statement's
// attribution evidence for reading the extractor's choices:
//
//	go run ./sources/testdata/dump -text ARTICLE
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

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
	text := flag.Bool("text", false, "print the accounts and their evidence as text")
	flag.Parse()
	args := flag.Args()
	if len(args) < 1 {
		fmt.Fprintln(os.Stderr, "usage: dump [-text] ARTICLE [CATALOG.json]")
		os.Exit(2)
	}
	catPath := "assets/catalog.json"
	if len(args) > 1 {
		catPath = args[1]
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
	a, err := sources.Load(args[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	x := sources.Extract(a, cat)
	if *text {
		printText(a, x)
		return
	}
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

// printText prints the parties, the accounts and the evidence of every
// statement.
func printText(a *sources.Article, x *sources.Extraction) {
	for _, p := range x.Parties {
		fmt.Printf("party %s %s (%s)\n", p.Key, p.Name, p.Leader)
	}
	show := func(st sources.Statement) {
		fmt.Printf("    p%d %s %.2f %q\n", st.Paragraph, st.Kind, st.Confidence, oneLine(st.Text))
		if ev := st.Evidence; ev != nil {
			var cues []string
			for _, c := range ev.Cue {
				cues = append(cues, oneLine(a.Text[c.Start:c.End]))
			}
			fmt.Printf("        cue %q speaker %q (%s); channel: %s", cues, oneLine(a.Text[ev.Speaker.Start:ev.Speaker.End]), ev.Resolved, ev.Channel)
			if ev.Earlier != "" {
				fmt.Printf("; earlier: %s", ev.Earlier)
			}
			fmt.Println()
		}
	}
	for _, acc := range x.Accounts {
		fmt.Printf("%s: %s [party %q, to call %v]\n", acc.ID, acc.Label, acc.Party, acc.PartyToCall)
		for _, st := range acc.Statements {
			show(st)
		}
	}
	fmt.Println("earlier:")
	for _, st := range x.Earlier {
		fmt.Printf("  %s / %s\n", st.Speaker, st.Channel)
		show(st)
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
