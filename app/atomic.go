package app

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Input is a file a run reads: the article, a document, the catalog, a
// lexicon or the review file. An export never writes over one.
type Input struct {
	Role string // "article", "catalog", "lexicon", "review file"…
	Path string
}

// staleAfter is the age past which a temporary file of an earlier export
// to the same name counts as left behind (by SIGKILL or a power cut).
const staleAfter = time.Hour

// maxLinks bounds how many symlinks an output path may go through.
const maxLinks = 40

// WriteFileAtomic writes a file through write without ever leaving a
// partial file at path; see WriteOutput for what it does with what is
// already there.
func WriteFileAtomic(path string, write func(io.Writer) error) error {
	return WriteOutput(context.Background(), path, nil, write)
}

// WriteOutput writes the file at path through write, by what is at path:
//
//   - nothing, or a regular file: a temporary file in the same folder (so
//     the rename stays on one file system), synced and renamed over path,
//     with the mode of the file it replaces;
//   - a symlink: the same beside the file it points to, so the link stays a
//     link;
//   - a device or a FIFO: written straight through, never renamed over;
//   - a file the user may not write, a folder, a socket, or one of the
//     files of this run (protect, compared by what they are, not by how
//     they are named): refused as bad input.
//
// On any error, or when ctx is done, the temporary file is removed and what
// was at path is untouched. A cancelled ctx returns at once, even while
// write is still running: its error wraps context.Cause(ctx).
func WriteOutput(ctx context.Context, path string, protect []Input, write func(io.Writer) error) error {
	out, err := resolveOutput(path, protect)
	if err != nil {
		return err
	}
	if out.direct {
		err = writeThrough(ctx, out.path, write)
	} else {
		err = writeReplacing(ctx, out, write)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// output is where WriteOutput writes.
type output struct {
	path   string      // the file itself, or the end of a chain of symlinks
	info   fs.FileInfo // what is there now; nil for nothing
	direct bool        // a device or FIFO: write straight through
}

// resolveOutput follows symlinks from path and decides how to write there.
func resolveOutput(path string, protect []Input) (output, error) {
	out := output{path: path}
	for links := 0; ; links++ {
		fi, err := os.Lstat(out.path)
		if errors.Is(err, fs.ErrNotExist) {
			break
		}
		if err != nil {
			return out, fmt.Errorf("write %s: %w", path, unwrapPath(err))
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			out.info = fi
			break
		}
		if links == maxLinks {
			return out, badInput(fmt.Errorf("%s: too many levels of symbolic links", path))
		}
		to, err := os.Readlink(out.path)
		if err != nil {
			return out, fmt.Errorf("write %s: %w", path, unwrapPath(err))
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(out.path), to)
		}
		out.path = to
	}
	if err := checkKind(path, out); err != nil {
		return out, err
	}
	for _, in := range protect {
		if in.Path != "" && sameFile(in.Path, out.path) {
			return out, badInput(fmt.Errorf("%s is the %s of this run; not writing over it (choose another output file)", path, in.Role))
		}
	}
	out.direct = out.info != nil && out.info.Mode()&(fs.ModeDevice|fs.ModeNamedPipe) != 0
	return out, nil
}

// checkKind refuses what a report can never be written to.
func checkKind(path string, out output) error {
	if out.info == nil {
		return nil
	}
	m := out.info.Mode()
	switch {
	case m.IsDir():
		return badInput(fmt.Errorf("%s is a folder; name a file to write", path))
	case m&fs.ModeSocket != 0:
		return badInput(fmt.Errorf("%s is a socket; name a file to write", path))
	case !m.IsRegular() && m&(fs.ModeDevice|fs.ModeNamedPipe) == 0:
		return badInput(fmt.Errorf("%s is not a regular file (%s); name a file to write", path, m.Type()))
	case !writable(out.path, out.info):
		return badInput(fmt.Errorf("%s is read-only; not replacing it", path))
	}
	return nil
}

// sameFile tells whether a and b are one file: the same inode when both
// exist, else the same absolute path once the folders' links are resolved.
func sameFile(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(fa, fb)
	}
	return canonical(a) == canonical(b)
}

// canonical is path made absolute with its folder's symlinks resolved.
func canonical(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	dir, base := filepath.Split(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	return filepath.Join(dir, base)
}

// writeThrough writes into the device or FIFO at path as it is.
func writeThrough(ctx context.Context, path string, write func(io.Writer) error) error {
	return untilDone(ctx, func() error {
		// Opening a FIFO waits for its reader: that too gives way to ctx.
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return unwrapPath(err)
		}
		buf := bufio.NewWriterSize(f, 64<<10)
		err = write(buf)
		if err == nil {
			err = buf.Flush()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	})
}

// writeReplacing writes a temporary file beside out.path and renames it
// over out.path.
func writeReplacing(ctx context.Context, out output, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(out.path)
	if dir == "" {
		dir = "."
	}
	removeStale(dir, base, time.Now())
	tmp, err := os.CreateTemp(dir, tempPattern(base))
	if err != nil {
		return unwrapPath(err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	err = untilDone(ctx, func() error {
		buf := bufio.NewWriterSize(tmp, 64<<10)
		if err := write(buf); err != nil {
			return err
		}
		if err := buf.Flush(); err != nil {
			return err
		}
		return tmp.Sync()
	})
	if err != nil {
		return err
	}
	// CreateTemp makes the file 0600: give it the mode (and, where we
	// may, the owner) of the file it replaces; a new report is an
	// ordinary document.
	mode := fs.FileMode(0o644)
	if out.info != nil {
		mode = out.info.Mode().Perm()
		keepOwner(tmp, out.info)
	}
	if err := tmp.Chmod(mode); err != nil {
		return unwrapPath(err)
	}
	if err := tmp.Close(); err != nil {
		return unwrapPath(err)
	}
	if err := os.Rename(tmp.Name(), out.path); err != nil {
		return unwrapPath(err)
	}
	return nil
}

// tempPattern names the temporary files of an export to base:
// ".base.NNN.tmp", hidden, and recognisable by removeStale.
func tempPattern(base string) string { return "." + base + ".*.tmp" }

// removeStale removes the temporary files an earlier export to base left
// in dir more than staleAfter before now (a SIGKILL cannot be caught).
// Only files named as tempPattern names them are touched.
func removeStale(dir, base string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + "."
	for _, e := range entries {
		middle, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		if middle, ok = strings.CutSuffix(middle, ".tmp"); !ok || !allDigits(middle) {
			continue
		}
		if fi, err := e.Info(); err == nil && now.Sub(fi.ModTime()) > staleAfter {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// untilDone runs work and waits for it, or for ctx to be done, whichever
// comes first. Work left running after ctx is done has its result dropped;
// the caller cleans up after it.
func untilDone(ctx context.Context, work func() error) error {
	if err := ctx.Err(); err != nil {
		return context.Cause(ctx)
	}
	done := make(chan error, 1)
	go func() { done <- work() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

// unwrapPath drops the "open PATH:" of a *fs.PathError: messages name the
// output path once, as the user wrote it.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
