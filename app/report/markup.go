package report

import (
	"sort"

	"readouts/sources"
	"readouts/sources/markup"
)

// A report shows an article's words as a reader of it sees them, as the
// window does: without the Markdown markup that only formats (a heading's
// marker in any text; emphasis, quotation markers, link targets in a
// Markdown file). Offsets still index the article's bytes.

// hiddenIn is the markup of a text, in its byte offsets, sorted: found
// paragraph by paragraph, as the window finds it, once per text.
func (r *report) hiddenIn(a *sources.Article) [][2]int {
	if h, ok := r.hidden[a]; ok {
		return h
	}
	md := markup.IsMarkdown(a.Name)
	var out [][2]int
	paras := a.Paragraphs
	if len(paras) == 0 {
		paras = []sources.Paragraph{{Span: sources.Span{Start: 0, End: len(a.Text)}}}
	}
	for _, p := range paras {
		for _, h := range markup.Ranges(a.Text[p.Start:p.End], md) {
			out = append(out, [2]int{h[0] + p.Start, h[1] + p.Start})
		}
	}
	r.hidden[a] = out
	return out
}

// hiddenBetween is the markup of a text between from and to, in offsets
// from from.
func (r *report) hiddenBetween(a *sources.Article, from, to int) [][2]int {
	all := r.hiddenIn(a)
	i := sort.Search(len(all), func(i int) bool { return all[i][1] > from })
	var out [][2]int
	for ; i < len(all) && all[i][0] < to; i++ {
		out = append(out, [2]int{max(all[i][0], from) - from, min(all[i][1], to) - from})
	}
	return out
}

// shownText is a.Text[from:to] without its markup.
func (r *report) shownText(a *sources.Article, from, to int) string {
	return markup.Visible(a.Text[from:to], r.hiddenBetween(a, from, to))
}

// markup is the markup of a statement's text, in offsets from its start.
func (r *report) markup(st *sources.Statement) [][2]int {
	a := r.source(st)
	if a == nil || st.End > len(a.Text) {
		return nil
	}
	return r.hiddenBetween(a, st.Start, st.End)
}

// citeShown is a citation's context and quote (citeContext) as a reader
// sees them.
func (r *report) citeShown(st *sources.Statement) (before, after string, cutBefore, cutAfter bool, text string) {
	a := r.source(st)
	before, after, cutBefore, cutAfter = citeContext(a, st)
	if st.End > len(a.Text) {
		return before, after, cutBefore, cutAfter, st.Text
	}
	// citeContext only trims its sides' far ends: before ends at the
	// statement, after starts there.
	before = r.shownText(a, st.Start-len(before), st.Start)
	after = r.shownText(a, st.End, st.End+len(after))
	return before, after, cutBefore, cutAfter, r.shownText(a, st.Start, st.End)
}
