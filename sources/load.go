package sources

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unicode/utf8"
)

// MaxArticleBytes is the largest article Load and Parse accept (20 MB). News
// articles are a few tens of kilobytes; anything this large is almost
// certainly the wrong file.
const MaxArticleBytes = 20 << 20

// Load reads an article from a .txt, .md, .markdown, .html or .htm file.
// Every bad-input case returns an *InputError (errors.Is(err, ErrBadInput)).
// It looks at what path is before opening it: a FIFO, socket or device is
// refused, never read, so that Load never waits on one. The article is named
// by its file name alone (reports never carry the user's folders); errors
// name path.
func Load(path string) (*Article, error) {
	info, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &InputError{Path: path, Problem: "no such file", Err: err}
		}
		return nil, &InputError{Path: path, Problem: fmt.Sprintf("cannot read: %v", unwrapPath(err)), Err: err}
	}
	if err := checkRegular(path, info); err != nil {
		return nil, err
	}
	if info.Size() > MaxArticleBytes {
		return nil, tooLarge(path, info.Size())
	}
	// O_NONBLOCK: should path become a FIFO between Stat and Open, the
	// open returns at once instead of waiting for a writer.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &InputError{Path: path, Problem: fmt.Sprintf("cannot open: %v", unwrapPath(err)), Err: err}
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil || !info.Mode().IsRegular() {
		return nil, badInput(path, "changed while being opened; not read")
	}
	// Read one byte past the limit so a file that grew after Stat is still caught.
	data, err := io.ReadAll(io.LimitReader(f, MaxArticleBytes+1))
	if err != nil {
		return nil, &InputError{Path: path, Problem: fmt.Sprintf("cannot read: %v", unwrapPath(err)), Err: err}
	}
	if len(data) > MaxArticleBytes {
		return nil, badInput(path, "file is over the 20 MB limit for an article (it grew while being read)")
	}
	a, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	a.Name = filepath.Base(path)
	return a, nil
}

// checkRegular refuses what is not a regular file, naming what it is.
func checkRegular(path string, info fs.FileInfo) error {
	m := info.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return badInput(path, "is a directory, not an article file")
	case m&fs.ModeNamedPipe != 0:
		return badInput(path, "is a FIFO (named pipe), not an article file; save the article to a file first")
	case m&fs.ModeSocket != 0:
		return badInput(path, "is a socket, not an article file")
	case m&fs.ModeDevice != 0:
		return badInput(path, "is a device, not an article file")
	}
	return badInput(path, "is not a regular file (%s)", m.Type())
}

// unwrapPath drops the "stat PATH:" prefix of *fs.PathError, since the
// InputError already names the path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func tooLarge(path string, size int64) *InputError {
	return badInput(path, "file is %d bytes, over the %d-byte (20 MB) limit for an article", size, MaxArticleBytes)
}

// Parse builds an article from bytes; name is used in messages and decides
// the format by its extension (.html/.htm are HTML, everything else text).
func Parse(name string, data []byte) (*Article, error) {
	if len(data) > MaxArticleBytes {
		return nil, tooLarge(name, int64(len(data)))
	}
	if err := checkText(name, data); err != nil {
		return nil, err
	}
	text, title := string(data), ""
	if isHTML(name, data) {
		extracted, headTitle, err := htmlText(data)
		if err != nil {
			return nil, &InputError{Path: name, Problem: fmt.Sprintf("cannot read HTML: %v", err), Err: err}
		}
		text, title = extracted, headTitle
		if strings.TrimSpace(text) == "" {
			return nil, badInput(name, "HTML page has no article text")
		}
	}
	sum := sha256.Sum256(data)
	a := &Article{Name: name, Text: text, SHA256: hex.EncodeToString(sum[:])}
	layout(a)
	if title != "" {
		a.Title = title
	}
	return a, nil
}

// checkText refuses data that is not an article: empty, binary, or not UTF-8.
func checkText(name string, data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return badInput(name, "file is empty")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return badInput(name, "binary data (NUL byte at offset %d), not a text article", i)
	}
	control := 0
	for off := 0; off < len(data); {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			return badInput(name, "invalid UTF-8 at byte offset %d", off)
		}
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			control++
		}
		off += size
	}
	// Valid UTF-8 made mostly of control bytes is some binary format.
	if control*10 > len(data) {
		return badInput(name, "binary data (%d control bytes in %d), not a text article", control, len(data))
	}
	return nil
}

func isHTML(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	case ".txt", ".md", ".markdown", ".text":
		return false
	}
	head := strings.ToLower(string(bytes.TrimSpace(data[:min(len(data), 512)])))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}
