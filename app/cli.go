package app

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"readouts/app/compare"
	"readouts/app/report"
	"readouts/sources"
)

const accountsUsage = `usage: readouts accounts [--json] [--catalog FILE] [ARTICLE]

Lists every account found in ARTICLE (the built-in article when omitted):
who spoke, through which channel, and each statement with its paragraph,
kind (quote or paraphrase) and confidence. Statements about earlier events
are listed apart.

  --json          print the readouts.comparison/v1 document without comparisons
  --catalog FILE  extend the built-in catalog of outlets and platforms (JSON)
`

const compareUsage = `usage: readouts compare [--json] [--pair A,B|all] [--lexicon FILE] [ARTICLE]

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
`

const exportUsage = `usage: readouts export [--pair A,B|all] [-o FILE] [--format pdf|md|json] [ARTICLE]

Writes the comparison report. The file is written to a temporary file and
renamed, so an existing report is never left half-written.

  --pair A,B|all  as for compare (default all)
  -o FILE         output file; - writes to standard output
                  (default: readouts-LEFT-vs-RIGHT-DATE.pdf, or readouts-all-DATE.pdf)
  --format F      pdf (default), md (Markdown) or json
  --lexicon FILE  extend the topic and cue lexicons (JSON; may repeat)
  --catalog FILE  extend the catalog of outlets and platforms (JSON)

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
	fs.SetOutput(io.Discard)
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(stdout, usage)
				return "", errHelpShown
			}
			return "", usagef("%s: %v", fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		positional = append(positional, args[0])
		args = args[1:]
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

func runAccounts(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("accounts", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	var catalogs listFlag
	fs.Var(&catalogs, "catalog", "")
	path, err := parseFlags(fs, accountsUsage, args, stdout)
	if err != nil {
		return err
	}
	p, err := newPipeline(catalogs, nil)
	if err != nil {
		return err
	}
	x, err := p.load(path)
	if err != nil {
		return err
	}
	if len(x.Accounts) == 0 {
		fmt.Fprintf(stderr, "readouts: %s: no attributed statements found\n", articleName(path))
	}
	if *asJSON {
		return report.WriteJSON(stdout, report.Input{Extraction: x, Version: Version})
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
	path, err := parseFlags(fs, compareUsage, args, stdout)
	if err != nil {
		return err
	}
	in, err := buildInput(path, *pair, catalogs, lexicons, stderr)
	if err != nil {
		return err
	}
	if *asJSON {
		return report.WriteJSON(stdout, in)
	}
	return writeComparisonText(stdout, in)
}

func runExport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	pair := fs.String("pair", "all", "")
	out := fs.String("o", "", "")
	format := fs.String("format", "pdf", "")
	var catalogs, lexicons listFlag
	fs.Var(&catalogs, "catalog", "")
	fs.Var(&lexicons, "lexicon", "")
	path, err := parseFlags(fs, exportUsage, args, stdout)
	if err != nil {
		return err
	}
	var write func(io.Writer, report.Input) error
	switch strings.ToLower(*format) {
	case "pdf":
		write = report.WritePDF
	case "md", "markdown":
		write = report.WriteMarkdown
	case "json":
		write = report.WriteJSON
	default:
		return usagef("export: unknown --format %q (pdf, md or json)", *format)
	}
	in, err := buildInput(path, *pair, catalogs, lexicons, stderr)
	if err != nil {
		return err
	}
	in.Generated = report.GeneratedTime(time.Now())
	if *out == "-" {
		return write(stdout, in)
	}
	target := *out
	if target == "" {
		target = report.DefaultFileName(in)
		if f := strings.ToLower(*format); f != "pdf" {
			target = strings.TrimSuffix(target, ".pdf") + "." + map[string]string{"md": "md", "markdown": "md", "json": "json"}[f]
		}
	}
	if err := writeFileAtomic(target, func(w io.Writer) error { return write(w, in) }); err != nil {
		return err
	}
	fmt.Fprintln(stderr, "readouts: wrote", target)
	return nil
}

// buildInput loads the article and compares the pair the user named.
func buildInput(path, pair string, catalogs, lexicons []string, stderr io.Writer) (report.Input, error) {
	p, err := newPipeline(catalogs, lexicons)
	if err != nil {
		return report.Input{}, err
	}
	x, err := p.load(path)
	if err != nil {
		return report.Input{}, err
	}
	in := report.Input{Extraction: x, Version: Version}
	if len(x.Accounts) < 2 {
		fmt.Fprintf(stderr, "readouts: %s: %d account(s) found; a comparison needs two\n", articleName(path), len(x.Accounts))
		if strings.EqualFold(pair, "all") {
			return in, nil
		}
	}
	left, right, all, err := resolvePair(x, pair)
	if err != nil {
		return report.Input{}, err
	}
	if all {
		comps, m := p.engine.All(x)
		in.Comparisons, in.Matrix = comps, &m
		return in, nil
	}
	in.Comparisons = []compare.Comparison{p.engine.Compare(x.Article, left, right)}
	return in, nil
}

func articleName(path string) string {
	if path == "" {
		return "built-in article"
	}
	return path
}

// resolvePair reads "A,B" or "all". Each name is an account id or an
// unambiguous, case-insensitive prefix of an id, of a word of the speaker's
// name, or of the channel.
func resolvePair(x *sources.Extraction, spec string) (left, right *sources.Account, all bool, err error) {
	spec = strings.TrimSpace(spec)
	if spec == "" || strings.EqualFold(spec, "all") {
		return nil, nil, true, nil
	}
	names := strings.Split(spec, ",")
	if len(names) != 2 {
		return nil, nil, false, usagef("--pair %q: want two accounts as A,B or all; accounts: %s", spec, accountList(x))
	}
	left, err = resolveAccount(x, names[0])
	if err != nil {
		return nil, nil, false, err
	}
	right, err = resolveAccount(x, names[1])
	if err != nil {
		return nil, nil, false, err
	}
	if left.ID == right.ID {
		return nil, nil, false, usagef("--pair %q names %s twice; accounts: %s", spec, left.ID, accountList(x))
	}
	return left, right, false, nil
}

func resolveAccount(x *sources.Extraction, name string) (*sources.Account, error) {
	key := strings.ToLower(strings.TrimSpace(name))
	if key == "" {
		return nil, usagef("--pair: empty account name; accounts: %s", accountList(x))
	}
	var matches []*sources.Account
	for i := range x.Accounts {
		acc := &x.Accounts[i]
		if strings.ToLower(acc.ID) == key {
			return acc, nil
		}
		if accountMatches(acc, key) {
			matches = append(matches, acc)
		}
	}
	switch len(matches) {
	case 1:
		return matches[0], nil
	case 0:
		return nil, usagef("--pair: no account matches %q; accounts: %s", name, accountList(x))
	default:
		ids := make([]string, len(matches))
		for i, m := range matches {
			ids[i] = m.ID
		}
		return nil, usagef("--pair: %q is ambiguous (%s); accounts: %s", name, strings.Join(ids, ", "), accountList(x))
	}
}

func accountMatches(acc *sources.Account, key string) bool {
	candidates := []string{acc.ID, acc.Speaker, acc.Channel}
	candidates = append(candidates, strings.Fields(acc.Speaker)...)
	for _, c := range candidates {
		if strings.HasPrefix(strings.ToLower(c), key) {
			return true
		}
	}
	return false
}

func accountList(x *sources.Extraction) string {
	if len(x.Accounts) == 0 {
		return "none found"
	}
	parts := make([]string, len(x.Accounts))
	for i, a := range x.Accounts {
		parts[i] = fmt.Sprintf("%s (%s, %s)", a.ID, a.Speaker, a.Channel)
	}
	return strings.Join(parts, "; ")
}

// runWindow opens the window, or renders it to a PNG with --screenshot.
func runWindow(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("readouts", flag.ContinueOnError)
	pair := fs.String("pair", "", "")
	shot := fs.String("screenshot", "", "")
	size := fs.String("size", "", "")
	theme := fs.String("theme", "", "")
	path, err := parseFlags(fs, mainUsage(), args, stdout)
	if err != nil {
		return err
	}
	opts := GUIOptions{ArticlePath: path, Pair: *pair, Screenshot: *shot, Theme: *theme}
	switch *theme {
	case "", "light", "dark", "system":
	default:
		return usagef("--theme %q: want light, dark or system", *theme)
	}
	if *size != "" {
		w, h, ok := strings.Cut(strings.ToLower(*size), "x")
		wi, errW := strconv.Atoi(w)
		hi, errH := strconv.Atoi(h)
		if !ok || errW != nil || errH != nil || wi < 400 || hi < 300 || wi > 10000 || hi > 10000 {
			return usagef("--size %q: want WIDTHxHEIGHT, e.g. 1400x900 (at least 400x300)", *size)
		}
		opts.Size = fyne.NewSize(float32(wi), float32(hi))
	}
	if path != "" {
		// Check the article before a window opens, so a bad file fails on
		// the command line with exit 2 instead of an empty window.
		if _, err := sources.Load(path); err != nil {
			return err
		}
	}
	return RunGUI(opts)
}
