package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

const accountsUsage = `usage: readouts accounts [--json] [--catalog FILE] [--review FILE|--no-review] [ARTICLE]
       readouts accounts [flags] --documents FILE... [--article ARTICLE]

Lists every account found in ARTICLE (the built-in article when omitted):
who spoke, through which channel, and each statement with its paragraph,
kind (quote or paraphrase) and confidence. Statements about earlier events
are listed apart.

  --json          print the readouts.comparison/v1 document without comparisons
  --catalog FILE  extend the built-in catalog of outlets and platforms (JSON)
` + reviewUsage + documentsUsage

// reviewUsage explains the flags every command reading texts shares.
const reviewUsage = `  --review FILE   apply the reviewer's corrections in FILE (readouts.review/v1)
  --no-review     ignore the review kept beside the texts (ARTICLE.review.json;
                  for documents, see README); without either flag it is
                  applied when it exists, and stderr says so
`

const compareUsage = `usage: readouts compare [--json] [--pair A,B|all] [--lexicon FILE] [--review FILE|--no-review] [ARTICLE]
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
` + reviewUsage + documentsUsage

const exportUsage = `usage: readouts export [--pair A,B|all] [-o FILE] [--format pdf|md|json] [--review FILE|--no-review] [ARTICLE]
       readouts export [flags] --documents FILE... [--article ARTICLE]

Writes the comparison report. A file is written to a temporary file beside
it and renamed over it (keeping its mode; through a symlink, beside the file
it points to), so an existing report is never left half-written; a device or
FIFO is written straight through. A read-only file and the files of the run
(the article, the documents, their review file, --catalog and --lexicon
files) are refused.
SIGINT or SIGTERM while writing removes the temporary file.

  --pair A,B|all  as for compare (default all)
  -o FILE         output file; - writes to standard output
                  (default: readouts-LEFT-vs-RIGHT-DATE.pdf, or readouts-all-DATE.pdf)
  --format F      pdf, md (Markdown) or json; by default the -o file's
                  extension (.pdf, .md, .json), else pdf
  --lexicon FILE  extend the topic and cue lexicons (JSON; may repeat)
  --catalog FILE  extend the catalog of outlets and platforms (JSON)
` + reviewUsage + documentsUsage + `
With SOURCE_DATE_EPOCH set, the same input gives the same bytes.
`

// writeText writes text output with its control characters escaped.
func writeText(stdout io.Writer, write func(io.Writer) error) error {
	w := newTextWriter(stdout)
	if err := write(w); err != nil {
		return err
	}
	return w.Flush()
}

// listFlag collects a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// parseArgs parses flags anywhere among the arguments (flag stops at the
// first positional one, but users write "readouts compare a.txt --json")
// and returns the positional ones.
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
	var rf reviewFlags
	rf.register(fs)
	texts, err := tf.parse(fs, accountsUsage, args, stdout)
	if err != nil {
		return err
	}
	snap, err := load(texts, catalogs, nil, rf, stderr)
	if err != nil {
		return err
	}
	x := snap.Extraction()
	if len(x.Accounts) == 0 {
		warnf(stderr, "%s: no attributed statements found", snap.Name())
	}
	if *asJSON {
		r, err := snap.Report(Pair{})
		if err != nil {
			return err
		}
		return r.Write(stdout, JSON)
	}
	return writeText(stdout, func(w io.Writer) error { return writeAccountsText(w, snap) })
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
	var rf reviewFlags
	rf.register(fs)
	texts, err := tf.parse(fs, compareUsage, args, stdout)
	if err != nil {
		return err
	}
	r, err := pairReport(texts, *pair, catalogs, lexicons, rf, stderr)
	if err != nil {
		return err
	}
	if *asJSON {
		return r.Write(stdout, JSON)
	}
	return writeText(stdout, func(w io.Writer) error { return writeComparisonText(w, r.in) })
}

func runExport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	pair := fs.String("pair", "all", "")
	out := fs.String("o", "", "")
	formatName := fs.String("format", "", "")
	var catalogs, lexicons listFlag
	fs.Var(&catalogs, "catalog", "")
	fs.Var(&lexicons, "lexicon", "")
	var tf textFlags
	tf.register(fs)
	var rf reviewFlags
	rf.register(fs)
	texts, err := tf.parse(fs, exportUsage, args, stdout)
	if err != nil {
		return err
	}
	format, note, err := exportFormat(*formatName, *out)
	if err != nil {
		return err
	}
	snap, err := load(texts, catalogs, lexicons, rf, stderr)
	if err != nil {
		return err
	}
	if n := len(snap.Extraction().Accounts); n < 2 {
		return badInput(fmt.Errorf("%s: nothing to export: %d account(s) found; a comparison needs two", snap.Name(), n))
	}
	r, err := snapReport(snap, *pair, stderr)
	if err != nil {
		return err
	}
	if format == PDF {
		for _, n := range r.MissingFonts() {
			warnf(stderr, "note: %s", n)
		}
	}
	if *out == "-" {
		return r.Write(stdout, format)
	}
	target := *out
	if target == "" {
		target = r.FileName(format)
	}
	if err := writeReport(r, target, format); err != nil {
		return err
	}
	if note != "" {
		warnf(stderr, "%s", note)
	}
	warnf(stderr, "wrote %s", target)
	return nil
}

// exportFormat is the report format --format names, else the one the -o
// file's extension names ("report.md"), else PDF. note is set when the two
// disagree ("--format pdf -o report.md"): --format wins, as the user said
// it, and the note says the file is not what its name says.
func exportFormat(name, out string) (format Format, note string, err error) {
	byExt, known := ParseFormat(strings.TrimPrefix(filepath.Ext(out), "."))
	if name == "" {
		if known {
			return byExt, "", nil
		}
		return PDF, "", nil
	}
	format, ok := ParseFormat(name)
	if !ok {
		return "", "", usagef("export: unknown --format %q (pdf, md or json)", name)
	}
	if known && byExt != format {
		note = fmt.Sprintf("note: %s gets %s, as --format says, though its name says %s", out,
			strings.ToUpper(string(format)), strings.ToUpper(string(byExt)))
	}
	return format, note, nil
}

// writeReport writes r to target. SIGINT and SIGTERM while it writes stop
// the export and remove its temporary file, then end the run as the signal
// would have (exit 128 + its number).
func writeReport(r *Report, target string, format Format) error {
	ctx, stop := OnSignals(context.Background())
	defer stop()
	err := r.WriteFile(ctx, target, format)
	var sig *Interrupted
	if errors.As(err, &sig) {
		return fmt.Errorf("export %w: nothing written to %s", sig, target)
	}
	return err
}

// load reads texts (an article, the built-in one, or documents) in a
// session with the user's catalogs and lexicons, says on stderr how they
// were read when it is not what was asked, and applies the review rf
// chooses.
func load(texts Texts, catalogs, lexicons []string, rf reviewFlags, stderr io.Writer) (*Snapshot, error) {
	if rf.file != "" && rf.off {
		return nil, usagef("--review and --no-review: give one or the other")
	}
	s, err := NewSession(catalogs, lexicons)
	if err != nil {
		return nil, err
	}
	snap, err := s.Open(context.Background(), texts)
	if err != nil {
		return nil, err
	}
	for _, n := range snap.Notes() {
		warnf(stderr, "note: %s", n)
	}
	return rf.apply(snap, stderr)
}

// reviewFlags choose the review a command applies: --review FILE, none
// with --no-review, else the one kept beside the texts (Texts.ReviewFile)
// when it exists.
type reviewFlags struct {
	file string
	off  bool
}

func (rf *reviewFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&rf.file, "review", "", "")
	fs.BoolVar(&rf.off, "no-review", false, "")
}

// apply reads the chosen review and applies it to snap. The review found
// beside the texts is named on stderr, so that a reading never changes
// without the user being told; so are edits that no longer apply.
func (rf reviewFlags) apply(snap *Snapshot, stderr io.Writer) (*Snapshot, error) {
	file := rf.file
	if rf.off || file == "" && snap.Texts().ReviewFile() == "" {
		return snap, nil
	}
	beside := file == ""
	if beside {
		file = snap.Texts().ReviewFile()
		if _, err := os.Stat(file); errors.Is(err, fs.ErrNotExist) {
			return snap, nil
		}
	}
	rv, err := ReadReview(file)
	if err != nil {
		return nil, err
	}
	next, err := snap.WithReview(rv)
	if err != nil {
		return nil, err
	}
	if beside {
		warnf(stderr, "applying the review %s (--no-review ignores it)", file)
	}
	for _, o := range NotApplied(next.Outcomes()) {
		warnf(stderr, "review %s: edit %d (%s) no longer applies: %s", file, o.N, o.Op, o.Detail)
	}
	return next, nil
}

// pairReport loads the texts and makes the report of the pair the user
// named, with the review rf chooses (see snapReport).
func pairReport(texts Texts, pair string, catalogs, lexicons []string, rf reviewFlags, stderr io.Writer) (*Report, error) {
	snap, err := load(texts, catalogs, lexicons, rf, stderr)
	if err != nil {
		return nil, err
	}
	return snapReport(snap, pair, stderr)
}

// snapReport makes the report of the pair the user named. With fewer than
// two accounts it says so on stderr and, for all pairs, reports the
// accounts alone.
func snapReport(snap *Snapshot, pair string, stderr io.Writer) (*Report, error) {
	if n := len(snap.Extraction().Accounts); n < 2 {
		warnf(stderr, "%s: %d account(s) found; a comparison needs two", snap.Name(), n)
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

// warnf prints one line on stderr, "readouts: " first, with control
// characters escaped.
func warnf(stderr io.Writer, format string, args ...any) {
	fmt.Fprintln(stderr, "readouts: "+escapeControls(fmt.Sprintf(format, args...)))
}
