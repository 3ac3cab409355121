package app

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Control characters from an article or a file name (ESC starts a terminal
// escape sequence, CR overwrites a line, C1 controls are escapes of their
// own) must never reach a terminal raw. The command line writes them as
// visible escapes: \x1b for C0 and DEL, \u009b for C1.

// isControl tells whether r is a C0 control, DEL or a C1 control.
func isControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) }

// escapeRune writes r as a visible escape: \xHH below U+0080, \u00HH above.
func escapeRune(r rune) string {
	if r < 0x80 {
		return fmt.Sprintf(`\x%02x`, r)
	}
	return fmt.Sprintf(`\u%04x`, r)
}

// escapeControls writes every control character of s as a visible escape.
func escapeControls(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			b.WriteString(escapeRune(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// controlWriter passes text to w with its control characters escaped.
type controlWriter struct {
	w io.Writer
	// inJSON escapes only what JSON leaves raw (DEL and C1; encoding/json
	// already escapes C0), as \u00HH, which JSON reads back as the same
	// character: the document means exactly what it meant.
	inJSON bool
	// held is the first byte of a UTF-8 sequence split between writes.
	held []byte
}

// newTextWriter escapes the control characters of text for a terminal,
// keeping the newlines and tabs that lay it out.
func newTextWriter(w io.Writer) *controlWriter { return &controlWriter{w: w} }

// newJSONWriter escapes DEL and C1 characters in a JSON document.
func newJSONWriter(w io.Writer) *controlWriter { return &controlWriter{w: w, inJSON: true} }

func (c *controlWriter) escapes(r rune) bool {
	if c.inJSON {
		return r == 0x7f || (r >= 0x80 && r <= 0x9f)
	}
	return isControl(r) && r != '\n' && r != '\t'
}

func (c *controlWriter) Write(p []byte) (int, error) {
	buf := append(c.held, p...)
	c.held = nil
	// Hold back an unfinished UTF-8 sequence at the end for the next write.
	if i := lastRuneStart(buf); i >= 0 && !utf8.FullRune(buf[i:]) {
		c.held = append([]byte(nil), buf[i:]...)
		buf = buf[:i]
	}
	out := make([]byte, 0, len(buf))
	for i := 0; i < len(buf); {
		r, size := utf8.DecodeRune(buf[i:])
		if size == 1 && r == utf8.RuneError {
			out = append(out, buf[i])
		} else if c.escapes(r) {
			if c.inJSON {
				out = fmt.Appendf(out, `\u%04x`, r)
			} else {
				out = append(out, escapeRune(r)...)
			}
		} else {
			out = append(out, buf[i:i+size]...)
		}
		i += size
	}
	if _, err := c.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes a byte held back from the last write (only an unfinished
// UTF-8 sequence at the very end of the text).
func (c *controlWriter) Flush() error {
	if len(c.held) == 0 {
		return nil
	}
	_, err := c.w.Write(c.held)
	c.held = nil
	return err
}

// lastRuneStart is the index of the last byte of b that starts a rune,
// looking back no further than a rune's length; -1 if none.
func lastRuneStart(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			return i
		}
	}
	return -1
}
