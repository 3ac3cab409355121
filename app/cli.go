package app

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

const accountsUsage = `usage: readouts accounts [--json] [--catalog FILE] [ARTICLE]
       readouts accounts [flags] --documents FILE... [--article ARTICLE]

Lists every account found in ARTICLE (the built-in article when omitted):
who spoke, through which channel, and each statement with its paragraph,
kind (quote or paraphrase) and confidence. Statements about earlier events
are listed apart.

  --json          print the readouts.comparison/v1 document without comparisons
  --catalog FILE  extend the built-in catalog of outlets and platforms (JSON)
` + documentsUsage

const compareUsage = `usage: readouts compare [--json] [--pair A,B|all] [--lexicon FILE] [ARTICLE]
       readouts compare [flags] --documents FILE... [--article ARTICLE]

Aligns two accounts by topic and says where they agree, where they diverge
and what only one of them says, with the reasons.

  --pair A,B      the two accounts: ids (as readouts accounts lists them),
                  or unambiguous case-insensitive prefixes of an id, a word
                  of the speaker's name, or the channel
  --pair all      every pair of the three largest accounts and their
                  topic × account matrix (the default)
  --json          print the readouts.comparison/v1 document
  --lexicon FILE  extend the topic and cue lexicons (JSON; may repeat)
  --catalog FILE  extend the catalog of outlets and platforms (JSON)
` + documentsUsage

const exportUsage = `usage: readouts export [--pair A,B|all] [-o FILE] [--format pdf|md|json] [ARTICLE]
       readouts export [flags] --documents FILE... [--article ARTICLE]

Writes the comparison report. The file is written to a temporary file and
renamed, so an existing report is never left half-written.

  --pair A,B|all  as for compare (default all)
  -o FILE         output file; - writes to standard output
                  (default: readouts-LEFT-vs-RIGHT-DATE.pdf, or readouts-all-DATE.pdf)
  --format F      pdf (default), md (Markdown) or json
  --lexicon FILE  extend the topic and cue lexicons (JSON; may repeat)
  --catalog FILE  extend the catalog of outlets and platforms (JSON)
` + documentsUsage + `
With SOURCE_DATE_EPOCH set, the same input gives the same bytes.
`

// listFlag collects a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// parseFlags parses flags anywhere among the arguments (flag stops at the
// first positional one, but users write "readouts compare a.txt --json") and
// returns the optional ARTICLE.
func parseFlags(fs *flag.FlagSet, usage string, args []string, stdout io.Writer) (string, error) {
	positional, err := parseArgs(fs, usage, args, stdout)
	if err != nil {
		return "", err
	}
	switch len(positional) {
	case 0:
		return "", nil
	case 1:
		return positional[0], nil
	default:
		return "", usagef("%s: one ARTICLE expected, got %d: %s", fs.Name(), len(positional), strings.Join(positional, " "))
	}
}

// parseArgs parses flags anywhere among the arguments and returns the
// positional ones.
func parseArgs(fs *flag.FlagSet, usage string, args []string, stdout io.Writer) ([]string, error) {
	fs.SetOutput(io.Discard)
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(stdout, usage)
				return nil, errHelpShown
			}
			return nil, usagef("%s: %v", fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
	return positional, nil
}

func runAccounts(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("accounts", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	var catalogs listFlag
	fs.Var(&catalogs, "catalog", "")
	var tf textFlags
	tf.register(fs)
	texts, err := tf.parse(fs, accountsUsage, args, stdout)
	if err != nil {
		return err
	}
	snap, err := loadTexts(texts, catalogs, nil, stderr)
	if err != nil {
		return err
	}
	x := snap.Extraction()
	if len(x.Accounts) == 0 {
		fmt.Fprintf(stderr, "readouts: %s: no attributed statements found\n", snap.Name())
	}
	if *asJSON {
		r, err := snap.Report(Pair{})
		if err != nil {
			return err
		}
		return r.Write(stdout, JSON)
	}
	return writeAccountsText(stdout, x)
}

func runCompare(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	pair := fs.String("pair", "all", "")
	var catalogs, lexicons listFlag
	fs.Var(&catalogs, "catalog", "")
	fs.Var(&lexicons, "lexicon", "")
	var tf textFlags
	tf.register(fs)
	texts, err := tf.parse(fs, compareUsage, args, stdout)
	if err != nil {
		return err
	}
	r, err := pairReport(texts, *pair, catalogs, lexicons, stderr)
	if err != nil {
		return err
	}
	if *asJSON {
		return r.Write(stdout, JSON)
	}
	return writeComparisonText(stdout, r.in)
}

func runExport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	pair := fs.String("pair", "all", "")
	out := fs.String("o", "", "")
	formatName := fs.String("format", "pdf", "")
	var catalogs, lexicons listFlag
	fs.Var(&catalogs, "catalog", "")
	fs.Var(&lexicons, "lexicon", "")
	var tf textFlags
	tf.register(fs)
	texts, err := tf.parse(fs, exportUsage, args, stdout)
	if err != nil {
		return err
	}
	format, ok := ParseFormat(*formatName)
	if !ok {
		return usagef("export: unknown --format %q (pdf, md or json)", *formatName)
	}
	r, err := pairReport(texts, *pair, catalogs, lexicons, stderr)
	if err != nil {
		return err
	}
	if *out == "-" {
		return r.Write(stdout, format)
	}
	target := *out
	if target == "" {
		target = r.FileName(format)
	}
	if err := r.WriteFile(target, format); err != nil {
		return err
	}
	fmt.Fprintln(stderr, "readouts: wrote", target)
	return nil
}

// pairReport loads the article and makes the report of the pair the user
// named. With fewer than two accounts it says so on stderr and, for all
// pairs, reports the accounts alone.
func pairReport(texts Texts, pair string, catalogs, lexicons []string, stderr io.Writer) (*Report, error) {
	snap, err := loadTexts(texts, catalogs, lexicons, stderr)
	if err != nil {
		return nil, err
	}
	x := snap.Extraction()
	if len(x.Accounts) < 2 {
		fmt.Fprintf(stderr, "readouts: %s: %d account(s) found; a comparison needs two\n", snap.Name(), len(x.Accounts))
		if strings.EqualFold(pair, "all") {
			return snap.Report(Pair{})
		}
	}
	p, err := snap.ResolvePair(pair)
	if err != nil {
		return nil, err
	}
	return snap.Report(p)
}
