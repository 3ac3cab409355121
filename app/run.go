// Package app is everything Readouts knows and does without a screen: the
// session, where an article is read, its accounts found and their
// comparisons made (once, for the command line, the window and the reports
// alike), and the command line. It never imports the GUI: the window is
// handed in by main as a Window.
package app

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"readouts/sources"
)

// Version is the Readouts release, as in FyneApp.toml.
const Version = "0.1.0"

// Exit codes of the command line.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2 // usage error or bad input
)

// usageError is a mistake in the command line; it exits 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// inputError marks bad input the user supplied (a lexicon, a catalog); it
// exits 2 like an unreadable article.
type inputError struct{ err error }

func (e *inputError) Error() string { return e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

func badInput(err error) error { return &inputError{err: err} }

// exitCode maps an error to the documented exit status.
func exitCode(err error) int {
	var ue *usageError
	var ie *inputError
	var sig *Interrupted
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &sig):
		return sig.exitStatus()
	case errors.As(err, &ue), errors.As(err, &ie), errors.Is(err, sources.ErrBadInput):
		return exitUsage
	default:
		return exitFailure
	}
}

// command is one sub-command of the command line.
type command struct {
	name    string
	summary string
	usage   string
	run     func(args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"accounts", "list the accounts found in an article", accountsUsage, runAccounts},
		{"compare", "compare accounts topic by topic", compareUsage, runCompare},
		{"export", "write a comparison report as PDF, Markdown or JSON", exportUsage, runExport},
		{"version", "print the version", "usage: readouts version\n", runVersion},
	}
}

func findCommand(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// Main runs Readouts with the command-line arguments (without the program
// name) and returns the exit status. Without a command it opens window.
func Main(args []string, stdout, stderr io.Writer, window Window) int {
	err := dispatch(args, stdout, stderr, window)
	if err != nil && !errors.Is(err, errHelpShown) {
		msg := oneLine(err.Error())
		var ue *usageError
		if errors.As(err, &ue) {
			msg += "; run 'readouts --help' for usage"
		}
		warnf(stderr, "%s", msg)
	}
	if errors.Is(err, errHelpShown) {
		return exitOK
	}
	return exitCode(err)
}

// errHelpShown ends a run after help was printed on request.
var errHelpShown = errors.New("help shown")

func dispatch(args []string, stdout, stderr io.Writer, window Window) error {
	if len(args) > 0 {
		switch args[0] {
		case "-h", "-help", "--help":
			fmt.Fprint(stdout, mainUsage())
			return errHelpShown
		case "help":
			return runHelp(args[1:], stdout)
		}
		if c, ok := findCommand(args[0]); ok {
			return c.run(args[1:], stdout, stderr)
		}
	}
	return runWindow(args, stdout, window)
}

func runHelp(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stdout, mainUsage())
		return errHelpShown
	}
	c, ok := findCommand(args[0])
	if !ok {
		return usagef("help: unknown command %q", args[0])
	}
	fmt.Fprint(stdout, c.usage)
	return errHelpShown
}

func runVersion(args []string, stdout, _ io.Writer) error {
	if len(args) > 0 {
		return usagef("version takes no arguments")
	}
	fmt.Fprintln(stdout, "readouts", Version)
	return nil
}

func mainUsage() string {
	var b strings.Builder
	b.WriteString(`Readouts puts competing accounts of one event side by side.

usage:
  readouts [--pair A,B|all] [--theme light|dark|system] [ARTICLE]
      open the window on ARTICLE; without it, on the last article opened
      (the built-in one on first start)
  readouts [flags] --documents FILE... [--article ARTICLE]
      open the window on the sides' own documents (one file each, or one
      dossier), and on how ARTICLE used them
  readouts --screenshot OUT.png [--pair A,B|all] [--size 1400x900] [--theme light|dark] [ARTICLE]
      render the window offscreen to a PNG and exit
  readouts COMMAND [flags] [ARTICLE]

commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %-9s %s\n", c.name, c.summary)
	}
	b.WriteString(`  help      help on a command: readouts help compare

ARTICLE is a .txt, .md or .html file; without it, the built-in article is used.

examples:
  readouts accounts article.md
  readouts compare --pair all --json article.md
  readouts export --pair A,B -o report.pdf article.md
  readouts compare --documents whitehouse.txt kremlin.txt --article story.txt

Exit status: 0 ok, 1 failure, 2 usage error or bad input; 128 + N when
signal N stopped an export (its unfinished file is removed).
`)
	return b.String()
}

// oneLine keeps an error message on one line, as the command line promises.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
