package sources

import (
	"errors"
	"fmt"
)

// ErrBadInput marks every error caused by the input itself (missing file,
// directory, empty, binary, invalid UTF-8, too large). The command line maps
// it to exit status 2; anything else is a failure (exit 1).
var ErrBadInput = errors.New("bad input")

// InputError says which file is unusable and why, in one line.
type InputError struct {
	Path    string
	Problem string
	Err     error // the underlying error, if any (e.g. from os.Open)
}

func (e *InputError) Error() string { return fmt.Sprintf("%s: %s", e.Path, e.Problem) }

// Is makes errors.Is(err, ErrBadInput) true for every InputError.
func (e *InputError) Is(target error) bool { return target == ErrBadInput }

// Unwrap exposes the underlying error so callers can still test for
// fs.ErrNotExist and the like.
func (e *InputError) Unwrap() error { return e.Err }

func badInput(path, format string, args ...any) *InputError {
	return &InputError{Path: path, Problem: fmt.Sprintf(format, args...)}
}
