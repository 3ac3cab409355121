// Command dump prints the accounts of an article in the JSON shape of
// DESIGN.md (schema readouts.comparison/v1, without comparisons), so the
// extractor can be scored before the real command line exists:
//
//	go run ./sources/testdata/dump ARTICLE [CATALOG.json] > out.json
//	go run ./sources/testdata/dump -documents FILE... > out.json
//	../shared/tools/score-comparison out.json
//
// With -documents each file is one account's own document (or one file is
// a dossier of them); the output then lists the documents, and each
// statement its document and who spoke. A dossier given as an article is
// read as documents too, and dump says so on stderr.
//
// With -text it prints the parties, the accounts and every statement's
// attribution evidence, for reading the extractor's choices:
//
//	go run ./sources/testdata/dump -text ARTICLE
package main

import (
	"encoding/json"
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
	Document   string  `json:"document,omitempty"`
	SaidBy     string  `json:"said_by,omitempty"`
}

type account struct {
	ID         string `json:"id"`
	Speaker    string `json:"speaker"`
	Channel    string `json:"channel"`
	Party      string `json:"party,omitempty"`
	Document   string `json:"document,omitempty"`
	Statements []stmt `json:"statements"`
}

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}

func run(args []string) error {
	if len(args) < 1 {
		return fmt.Errorf("usage: dump ARTICLE [CATALOG.json] | dump -documents FILE...")
	}
	catPath := "assets/catalog.json"
	documents := args[0] == "-documents"
	text := args[0] == "-text"
	if text {
		args = args[1:]
		if len(args) < 1 {
			return fmt.Errorf("usage: dump -text ARTICLE [CATALOG.json]")
		}
	}
	if !documents && len(args) > 1 {
		catPath = args[1]
	}
	cat, err := readCatalog(catPath)
	if err != nil {
		return err
	}
	var x *sources.Extraction
	if documents {
		pubData, err := os.ReadFile("assets/publishers.json")
		if err != nil {
			return err
		}
		pubs, err := sources.ParsePublishers(pubData)
		if err != nil {
			return err
		}
		arts, err := sources.LoadDocuments(args[1:]...)
		if err != nil {
			return err
		}
		x = sources.ExtractDocuments(arts, cat, pubs)
	} else {
		a, err := sources.Load(args[0])
		if err != nil {
			return err
		}
		x = sources.Extract(a, cat)
		if x.Dossier {
			fmt.Fprintf(os.Stderr, "%s: read as a dossier of %d documents\n", args[0], len(x.Documents))
		}
		if text {
			printText(a, x)
			return nil
		}
	}
	return write(x)
}

// readCatalog reads a catalog and the built-in gazetteer of people.
func readCatalog(path string) (*sources.Catalog, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	people, err := os.ReadFile("assets/leaders.json")
	if err != nil {
		return nil, err
	}
	return sources.ParseCatalog(data, people)
}

func convert(s sources.Statement, kind string) stmt {
	return stmt{s.ID, s.Start, s.End, s.Text, s.Paragraph, kind, s.Confidence, s.Document, s.SaidBy}
}

func write(x *sources.Extraction) error {
	a := x.Article
	out := map[string]any{
		"schema":  "readouts.comparison/v1",
		"article": map[string]any{"title": a.Title, "date": a.Date, "sha256": a.SHA256, "bytes": len(a.Text)},
	}
	if x.Documents != nil {
		out["documents"] = x.Documents
	}
	var accs []account
	for _, ac := range x.Accounts {
		acc := account{ID: ac.ID, Speaker: ac.Speaker, Channel: ac.Channel, Party: ac.Party, Document: ac.Document}
		for _, s := range ac.Statements {
			acc.Statements = append(acc.Statements, convert(s, string(s.Kind)))
		}
		accs = append(accs, acc)
	}
	out["accounts"] = accs
	var earlier []stmt
	for _, s := range x.Earlier {
		earlier = append(earlier, convert(s, string(s.Kind)+" / "+s.Speaker+" / "+s.Channel))
	}
	out["earlier"] = earlier
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
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
