// Command accounts prints the accounts an article yields, with every
// statement's attribution evidence, for reading the extractor's choices:
//
//	go run ./sources/testdata/accounts ARTICLE [CATALOG.json]
package main

import (
	"fmt"
	"os"
	"strings"

	"readouts/sources"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: accounts ARTICLE [CATALOG.json]")
		os.Exit(2)
	}
	catPath := "assets/catalog.json"
	if len(os.Args) > 2 {
		catPath = os.Args[2]
	}
	data, err := os.ReadFile(catPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	cat, err := sources.ParseCatalog(data)
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
