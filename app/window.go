package app

import (
	"context"
	"errors"
	"flag"
	"io"
	"strconv"
	"strings"
)

// Window opens the window with opts and runs until it is closed, or renders
// it to a PNG when opts.Screenshot is set. The command line calls it; the
// views package provides it, so that app never imports the GUI.
type Window func(opts WindowOptions) error

// WindowOptions are what the command line hands the window.
type WindowOptions struct {
	// Session reads every article the window opens.
	Session *Session
	// Article is the article named on the command line, already read; nil
	// means the last article opened (the built-in one on first start and
	// for screenshots).
	Article *Snapshot
	// Pair is the pair to show first, as --pair writes it; "" means the
	// remembered or first pair.
	Pair string
	// Screenshot, when set, is the PNG to render the window to.
	Screenshot string
	// Width and Height are the window's size; 0 means the remembered size
	// (1400×900 for screenshots).
	Width, Height int
	// Theme is "light", "dark", "system" or "" for the remembered theme.
	Theme string
}

// errNoWindow answers a request for the window in a build without one.
var errNoWindow = errors.New("this build of readouts has no window; use a command (readouts --help)")

// runWindow reads the window's flags and the article, then opens the
// window, so that a bad flag or file fails here with exit 2 instead of in
// an empty window.
func runWindow(args []string, stdout io.Writer, window Window) error {
	fs := flag.NewFlagSet("readouts", flag.ContinueOnError)
	pair := fs.String("pair", "", "")
	shot := fs.String("screenshot", "", "")
	size := fs.String("size", "", "")
	theme := fs.String("theme", "", "")
	var tf textFlags
	tf.register(fs)
	texts, err := tf.parse(fs, mainUsage(), args, stdout)
	if err != nil {
		return err
	}
	opts := WindowOptions{Pair: *pair, Screenshot: *shot, Theme: *theme}
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
		opts.Width, opts.Height = wi, hi
	}
	if window == nil {
		return errNoWindow
	}
	if opts.Session, err = NewSession(nil, nil); err != nil {
		return err
	}
	if !texts.Builtin() {
		if opts.Article, err = opts.Session.Open(context.Background(), texts); err != nil {
			return err
		}
	}
	return window(opts)
}
