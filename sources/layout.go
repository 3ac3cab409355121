package sources

import (
	"strings"

	"readouts/sources/markup"
)

// layout fills in Body, Paragraphs, Sentences, Title and Date of an article
// whose Text is set.
func layout(a *Article) {
	meta, body := frontMatter(a.Text)
	a.Body = body
	a.Paragraphs = paragraphs(a.Text, body)
	for _, p := range a.Paragraphs {
		for _, s := range sentenceSpans(a.Text, p.Span) {
			a.Sentences = append(a.Sentences, Sentence{Paragraph: p.Number, Span: s})
		}
	}
	a.Title = unquoteYAML(meta["title"])
	if a.Title == "" {
		a.Title = fallbackTitle(a)
	}
	a.Date = normalizeDate(unquoteYAML(meta["date"]))
	if a.Date == "" {
		a.Date = findDate(a.Text[body.Start:body.End])
	}
}

// frontMatter recognises a YAML block between "---" lines at the very start
// and returns its simple "key: value" pairs and the span of the rest.
func frontMatter(text string) (map[string]string, Span) {
	body := Span{0, len(text)}
	start := 0
	if strings.HasPrefix(text, "\ufeff") {
		start = 3
		body.Start = 3
	}
	first, next := line(text, start)
	if strings.TrimSpace(first) != "---" {
		return nil, body
	}
	meta := map[string]string{}
	for off := next; off < len(text); {
		l, n := line(text, off)
		t := strings.TrimSpace(l)
		if t == "---" || t == "..." {
			body.Start = n
			return meta, body
		}
		if k, v, ok := strings.Cut(l, ":"); ok && !strings.HasPrefix(l, " ") && !strings.HasPrefix(l, "\t") {
			meta[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
		off = n
	}
	// No closing fence: not front matter after all.
	return nil, body
}

// line returns the line starting at off without its line ending, and the
// offset of the next line.
func line(text string, off int) (string, int) {
	end := strings.IndexByte(text[off:], '\n')
	if end < 0 {
		return strings.TrimSuffix(text[off:], "\r"), len(text)
	}
	return strings.TrimSuffix(text[off:off+end], "\r"), off + end + 1
}

func unquoteYAML(v string) string {
	v = strings.TrimSpace(v)
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		v = v[1 : len(v)-1]
	}
	return strings.TrimSpace(v)
}

// lineSpan is one non-blank line, trimmed of surrounding white space.
type lineSpan struct {
	Span
	text string
}

// paragraphs splits the body into paragraphs. Blocks separated by blank
// lines are paragraphs when their lines are hard-wrapped (most lines end
// mid-sentence); otherwise each non-blank line is a paragraph, the layout of
// articles saved one paragraph per line. Markdown headings and list items
// are always paragraphs of their own.
func paragraphs(text string, body Span) []Paragraph {
	var out []Paragraph
	var block []lineSpan
	emit := func() {
		if len(block) == 0 {
			return
		}
		if hardWrapped(block) {
			out = append(out, Paragraph{Number: len(out) + 1, Span: Span{block[0].Start, block[len(block)-1].End}})
		} else {
			for _, l := range block {
				out = append(out, Paragraph{Number: len(out) + 1, Span: l.Span})
			}
		}
		block = block[:0]
	}
	for off := body.Start; off < body.End; {
		l, next := line(text, off)
		next = min(next, body.End)
		t := strings.TrimSpace(l)
		if t == "" {
			emit()
			off = next
			continue
		}
		s := off + strings.Index(l, t)
		ls := lineSpan{Span{s, s + len(t)}, t}
		if isStandaloneLine(t) {
			emit()
			block = append(block, ls)
			emit()
		} else {
			if len(block) > 0 && isListItem(t) {
				emit()
			}
			block = append(block, ls)
		}
		off = next
	}
	emit()
	return out
}

func isStandaloneLine(t string) bool {
	return strings.HasPrefix(t, "#") || t == "---" || t == "***"
}

func isListItem(t string) bool {
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "+ ") {
		return true
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

// hardWrapped tells whether the lines of a block form one paragraph: most
// lines before the last end without closing punctuation.
func hardWrapped(block []lineSpan) bool {
	if len(block) < 2 {
		return false
	}
	open := 0
	for _, l := range block[:len(block)-1] {
		if !endsSentence(l.text) {
			open++
		}
	}
	return open*2 > len(block)-1
}

func endsSentence(t string) bool {
	t = strings.TrimRight(t, " \t\"'”’»)]*_")
	if t == "" {
		return true
	}
	switch t[len(t)-1] {
	case '.', '?', '!', ':':
		return true
	}
	return strings.HasSuffix(t, "…")
}

// fallbackTitle is the first Markdown heading, else the first sentence,
// trimmed to a readable length on a word boundary.
func fallbackTitle(a *Article) string {
	for _, p := range a.Paragraphs {
		t := a.Slice(p.Span)
		if strings.HasPrefix(t, "#") {
			// The title as a reader sees it: without the heading's marker
			// and, in Markdown, without its emphasis.
			return strings.TrimSpace(markup.Visible(t, markup.Ranges(t, markup.IsMarkdown(a.Name))))
		}
	}
	if len(a.Sentences) == 0 {
		return ""
	}
	t := strings.Join(strings.Fields(a.Slice(a.Sentences[0].Span)), " ")
	const max = 120
	if len(t) > max {
		cut := strings.LastIndexByte(t[:max], ' ')
		if cut < 40 {
			cut = max
			for cut > 0 && !isRuneStart(t[cut]) {
				cut--
			}
		}
		t = strings.TrimRight(t[:cut], " ,;:") + "…"
	}
	return t
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// FrontMatter returns the value of the first of keys that the article's
// YAML front matter sets ("outlet", "author"), unquoted; "" when none.
func (a *Article) FrontMatter(keys ...string) string {
	if v := frontMatterValues(a, keys...); len(v) > 0 {
		return v[0]
	}
	return ""
}
