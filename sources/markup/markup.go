// Package markup finds the Markdown markup of a text: the bytes that only
// format it (heading and quotation markers, emphasis, link targets,
// escapes). They are hidden from a reader, not removed, so every byte
// offset into the text still points where the extraction says.
package markup

import (
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsMarkdown tells whether a text of this file name is Markdown.
func IsMarkdown(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

// Ranges are the byte ranges of text (a paragraph, a statement) that
// are Markdown markup, sorted. A heading's "# " is markup in any text (the
// documents of a dossier are headed so); with md, also the quotation
// markers ("> ") that open lines, emphasis ("**", "_"), inline code
// marks, a link's brackets and target, and escaping backslashes.
func Ranges(text string, md bool) [][2]int {
	var out [][2]int
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = append(out, lineMarkers(text, start, end, md)...)
		start = end + 1
	}
	if md {
		out = append(out, inlineMarkup(text)...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// lineMarkers are the markers that open the line text[start:end]: "> "
// (any number of them) and a heading's "#"s with the space after them,
// or the whole of a rule ("---", "***").
func lineMarkers(text string, start, end int, md bool) [][2]int {
	var out [][2]int
	i := start
	for i < end && text[i] == ' ' {
		i++
	}
	if md {
		for i < end && text[i] == '>' {
			j := i + 1
			for j < end && text[j] == ' ' {
				j++
			}
			out = append(out, [2]int{i, j})
			i = j
		}
		if t := strings.TrimSpace(text[i:end]); isRule(t) {
			return append(out, [2]int{i, end})
		}
	}
	j := i
	for j < end && j-i < 6 && text[j] == '#' {
		j++
	}
	if j > i && (j == end || text[j] == ' ') {
		for j < end && text[j] == ' ' {
			j++
		}
		out = append(out, [2]int{i, j})
		// A closing run of "#"s is markup too.
		k := end
		for k > j && text[k-1] == ' ' {
			k--
		}
		h := k
		for h > j && text[h-1] == '#' {
			h--
		}
		if h < k && (h == j || text[h-1] == ' ') {
			for h > j && text[h-1] == ' ' {
				h--
			}
			out = append(out, [2]int{h, k})
		}
	}
	return out
}

func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	return strings.Trim(t, string(c)+" ") == ""
}

// delim is a run of emphasis characters that may open or close.
type delim struct {
	at, n      int
	c          byte
	open, shut bool
}

// inlineMarkup finds emphasis runs that pair up, inline code marks, link
// syntax and escapes.
func inlineMarkup(text string) [][2]int {
	var out [][2]int
	var stack []delim
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\\' && i+1 < len(text) && strings.IndexByte("\\`*_{}[]()#+-.!>\"'", text[i+1]) >= 0:
			out = append(out, [2]int{i, i + 1})
			i += 2
			continue
		case c == '`':
			j := i
			for j < len(text) && text[j] == '`' {
				j++
			}
			ticks := text[i:j]
			if k := strings.Index(text[j:], ticks); k >= 0 {
				out = append(out, [2]int{i, j}, [2]int{j + k, j + k + len(ticks)})
				i = j + k + len(ticks)
				continue
			}
			i = j
			continue
		case c == '[' || (c == '!' && i+1 < len(text) && text[i+1] == '['):
			if r, ok := linkMarkup(text, i); ok {
				out = append(out, r...)
			}
		case c == '*' || c == '_':
			j := i
			for j < len(text) && text[j] == c {
				j++
			}
			d := delim{at: i, n: j - i, c: c}
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[j:])
			if i == 0 {
				before = ' '
			}
			if j == len(text) {
				after = ' '
			}
			d.open = !unicode.IsSpace(after) && (c == '*' || !isWordRune(before))
			d.shut = !unicode.IsSpace(before) && (c == '*' || !isWordRune(after))
			if d.shut {
				if k := matchingOpener(stack, d); k >= 0 {
					out = append(out, [2]int{stack[k].at, stack[k].at + d.n}, [2]int{d.at, d.at + d.n})
					stack = stack[:k]
					i = j
					continue
				}
			}
			if d.open && d.n <= 3 {
				stack = append(stack, d)
			}
			i = j
			continue
		}
		i++
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// matchingOpener is the nearest opener on the stack of the same character
// and length as closer d, or -1.
func matchingOpener(stack []delim, d delim) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].c == d.c && stack[k].n == d.n {
			return k
		}
	}
	return -1
}

// linkMarkup is the markup of a link or image at i: "[" (or "!["), and
// "](target)", when the brackets close on the line and a target follows.
func linkMarkup(text string, i int) ([][2]int, bool) {
	open := i + 1
	if text[i] == '!' {
		open = i + 2
	}
	end := strings.IndexAny(text[open:], "]\n")
	if end < 0 || text[open+end] != ']' {
		return nil, false
	}
	shut := open + end
	if shut+1 >= len(text) || text[shut+1] != '(' {
		return nil, false
	}
	paren := strings.IndexAny(text[shut+1:], ")\n")
	if paren < 0 || text[shut+1+paren] != ')' {
		return nil, false
	}
	return [][2]int{{i, open}, {shut, shut + 1 + paren + 1}}, true
}

// Visible is text without the hidden ranges (from Ranges): what a reader
// sees, for excerpts.
func Visible(text string, hidden [][2]int) string {
	if len(hidden) == 0 {
		return text
	}
	var b strings.Builder
	pos := 0
	for _, h := range hidden {
		if h[0] > pos {
			b.WriteString(text[pos:h[0]])
		}
		pos = max(pos, h[1])
	}
	if pos < len(text) {
		b.WriteString(text[pos:])
	}
	return b.String()
}
