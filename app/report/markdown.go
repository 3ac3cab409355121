package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"readouts/app/compare"
	"readouts/sources"
)

// WriteMarkdown renders the report's sections as Markdown, for pasting into
// documents: the same header, (matrix,) summary, side by side, citations
// and appendix as the PDF. Differing words in matched rows are bold; in the
// appendix statements are bold and followed by their id.
func WriteMarkdown(w io.Writer, in Input) error {
	r, err := newReport(in)
	if err != nil {
		return fmt.Errorf("markdown report: %w", err)
	}
	bw := bufio.NewWriter(w)
	m := &mdDoc{report: r, w: bw}
	m.render()
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("markdown report: write: %w", err)
	}
	return nil
}

type mdDoc struct {
	*report
	w *bufio.Writer
}

func (m *mdDoc) p(format string, args ...any) { fmt.Fprintf(m.w, format, args...) }

func (m *mdDoc) render() {
	m.header()
	if len(m.pairs) == 1 {
		m.summary(m.pairs[0], "##")
		m.sideBySide(m.pairs[0], "##")
	} else {
		m.matrix()
		for _, p := range m.pairs {
			m.p("## %s\n\n", mdEscape(p.title()))
			m.p("Left: %s · Right: %s\n\n", mdEscape(accountLabel(p.left)), mdEscape(accountLabel(p.right)))
			m.summary(p, "###")
			m.sideBySide(p, "###")
		}
	}
	if m.in.Usage != nil {
		m.usageSection()
	}
	m.citations()
	m.appendix()
}

func (m *mdDoc) header() {
	a := m.article
	m.p("# Readouts comparison report\n\n")
	if a.Title != "" && !m.hasDocuments() {
		m.p("**%s**\n\n", mdEscape(a.Title))
	}
	if m.hasDocuments() {
		m.documentFacts()
	} else {
		date := a.Date
		if date == "" {
			date = "not stated"
		}
		m.p("- **Article date:** %s\n", mdEscape(date))
		m.p("- **Article file:** %s, %d bytes, %d paragraphs\n", mdEscape(baseName(a.Name)), len(a.Text), len(a.Paragraphs))
		m.p("- **SHA-256:** `%s`\n", a.SHA256)
	}
	if len(m.pairs) == 1 {
		m.p("- **Left:** %s [%s]\n", mdEscape(accountLabel(m.pairs[0].left)), m.pairs[0].left.ID)
		m.p("- **Right:** %s [%s]\n", mdEscape(accountLabel(m.pairs[0].right)), m.pairs[0].right.ID)
	} else {
		for i, acc := range m.accounts {
			m.p("- **Account %d:** %s [%s]\n", i+1, mdEscape(accountLabel(acc)), acc.ID)
		}
	}
	m.p("- **Generated:** %s\n", m.in.Generated.UTC().Format("2006-01-02 15:04:05 UTC"))
	version := m.in.Version
	if version == "" {
		version = "unknown"
	}
	m.p("- **Readouts version:** %s\n", mdEscape(version))
	if m.in.Review != nil {
		m.p("- **Review:** %s\n", mdEscape(m.in.Review.corrections()))
	}
	m.p("\n")
}

func (m *mdDoc) matrix() {
	mx := m.in.Matrix
	if mx == nil || len(mx.Accounts) == 0 {
		return
	}
	m.p("## Topic × account matrix\n\n| Topic |")
	for _, id := range mx.Accounts {
		name := id
		if a := m.in.Extraction.Account(id); a != nil {
			name = accountLabel(a)
		}
		m.p(" %s |", mdCell(name))
	}
	m.p("\n|---|%s\n", strings.Repeat("---|", len(mx.Accounts)))
	for t, topic := range mx.Topics {
		m.p("| **%s** |", mdCell(topic))
		for i := range mx.Accounts {
			var pos compare.Position
			if t < len(mx.Cells) && i < len(mx.Cells[t]) {
				pos = mx.Cells[t][i]
			}
			m.p(" %s |", m.matrixCell(pos))
		}
		m.p("\n")
	}
	m.p("\n")
}

func (m *mdDoc) matrixCell(pos compare.Position) string {
	if pos.Silent || len(pos.Statements) == 0 {
		return "_silent_"
	}
	parts := []string{mdCell(strings.Join(pos.Statements, ", "))}
	if len(pos.Agrees) > 0 {
		parts = append(parts, "**agrees** with "+mdCell(m.names(pos.Agrees)))
	}
	if len(pos.Diverges) > 0 {
		parts = append(parts, "**diverges** from "+mdCell(m.names(pos.Diverges)))
	}
	if len(parts) == 1 {
		parts = append(parts, "only this account")
	}
	return strings.Join(parts, " · ")
}

func (m *mdDoc) names(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if a := m.in.Extraction.Account(id); a != nil {
			out[i] = surname(a)
		}
	}
	return strings.Join(out, ", ")
}

func (m *mdDoc) summary(p pairView, h string) {
	m.p("%s Summary\n\n", h)
	n := p.counts()
	counts := make([]string, 0, len(verdictOrder))
	for _, v := range verdictOrder {
		counts = append(counts, fmt.Sprintf("**%s** %d", mdEscape(p.verdictLabel(v)), n[v]))
	}
	m.p("%s\n\n%s\n\n", strings.Join(counts, " · "), p.agreement())
	m.p("| Topic | Verdict | Key reason |\n|---|---|---|\n")
	for j, row := range p.cmp.Rows {
		m.p("| %s | %s%s | %s |\n", mdCell(row.Topic), mdCell(p.verdictLabel(row.Verdict)), m.reviewedTag(p, j), mdCell(keyReason(row)))
	}
	m.p("\n")
}

func (m *mdDoc) sideBySide(p pairView, h string) {
	m.p("%s Side by side\n\n", h)
	m.p("In rows both accounts address, the words that differ between the two sides are in **bold**.\n\n")
	m.p("| Topic | Verdict | %s | %s |\n|---|---|---|---|\n", mdCell(accountLabel(p.left)), mdCell(accountLabel(p.right)))
	for j, row := range p.cmp.Rows {
		m.p("| **%s** | %s%s | %s | %s |\n", mdCell(row.Topic), mdCell(p.verdictLabel(row.Verdict)), m.reviewedTag(p, j),
			m.side(row, true, m.sideStatements(row.Left)), m.side(row, false, m.sideStatements(row.Right)))
	}
	m.p("\n")
	for j, row := range p.cmp.Rows {
		if len(row.Reasons) > 0 {
			m.p("- **%s** (%s): %s\n", mdEscape(row.Topic), mdEscape(p.verdictLabel(row.Verdict)), mdEscape(strings.Join(row.Reasons, "; ")))
		}
		if line := m.reviewLine(p, j); line != "" {
			m.p("- **%s** (%s): **%s**\n", mdEscape(row.Topic), mdEscape(p.verdictLabel(row.Verdict)), mdEscape(line))
		}
	}
	m.p("\n")
}

// reviewedTag marks the verdict of a row the reviewer touched.
func (m *mdDoc) reviewedTag(p pairView, j int) string {
	if m.rowReview(p, j) == nil {
		return ""
	}
	return " · **Reviewed**"
}

// side is one table cell: the statements of one side, differing words bold.
func (m *mdDoc) side(row compare.Row, left bool, sts []*sources.Statement) string {
	if len(sts) == 0 {
		return "_not mentioned_"
	}
	pieces := sidePieces(row, left, sts)
	matched := pieces != nil
	cells := make([]string, len(sts))
	for i, st := range sts {
		var b strings.Builder
		fmt.Fprintf(&b, "`%s`%s ", st.ID, mdCell(m.statementMark(st.ID)))
		if !matched {
			b.WriteString(mdCell(st.Text))
		} else {
			for _, pc := range pieces[i] {
				b.WriteString(mdEmphasis(pc.text, pc.class == differWord))
			}
		}
		cells[i] = b.String()
	}
	return strings.Join(cells, "<br>")
}

// mdEmphasis escapes text for a table cell and, when strong, bolds its
// words (bold markers must hug the text, so spaces stay outside).
func mdEmphasis(s string, strong bool) string {
	if !strong {
		return mdCell(s)
	}
	core := strings.TrimSpace(s)
	if core == "" {
		return mdCell(s)
	}
	lead := s[:strings.Index(s, core)]
	trail := s[len(lead)+len(core):]
	return mdCell(lead) + "**" + mdCell(core) + "**" + mdCell(trail)
}

func (m *mdDoc) citations() {
	m.p("## Citations\n\n")
	m.p("%s\n\n", m.citationsNote())
	for _, acc := range m.accounts {
		m.p("### %s\n\n", mdEscape(accountLabel(acc)))
		for i := range acc.Statements {
			st := &acc.Statements[i]
			before, after, cutB, cutA := citeContext(m.source(st), st)
			if cutB {
				before = "…" + before
			}
			if cutA {
				after += "…"
			}
			m.p("- **%s**%s · %s[paragraph %d](#%s) · bytes %d–%d · %s%s  \n  %s**%s**%s\n",
				st.ID, mdEscape(m.statementMark(st.ID)), mdEscape(m.documentOf(st)), st.Paragraph, m.anchor(st.Document, st.Paragraph),
				st.Start, st.End, st.Kind, mdEscape(saidBy(st)),
				mdEscape(oneLine(before)), mdEscape(oneLine(st.Text)), mdEscape(oneLine(after)))
		}
		m.p("\n")
	}
}

func (m *mdDoc) appendix() {
	if m.hasDocuments() {
		m.appendixDocuments()
		return
	}
	m.p("## Appendix: the article\n\n")
	m.p("Statements of the compared accounts are in **bold**, followed by their id.\n\n")
	var spans []tintSpan
	for _, acc := range m.accounts {
		for _, st := range acc.Statements {
			spans = append(spans, tintSpan{Span: st.Span, id: st.ID})
		}
	}
	sortSpans(spans)
	m.appendixText(m.article, m.article.Paragraphs, spans, "")
}

// appendixText prints paragraphs of a text, statements bold with their id;
// each paragraph is an anchor the citations link to.
func (m *mdDoc) appendixText(a *sources.Article, paras []sources.Paragraph, spans []tintSpan, doc string) {
	k := 0
	for _, p := range paras {
		var b strings.Builder
		for _, pc := range paragraphPieces(p, spans, &k) {
			text := oneLine(a.Text[pc.Start:pc.End])
			if pc.stmt == nil {
				b.WriteString(mdEscape(text))
				continue
			}
			b.WriteString(mdEmphasis(text, true))
			b.WriteString(" `" + pc.stmt.id + "`")
		}
		m.p("<a id=\"%s\"></a>**¶%d** %s\n\n", m.anchor(doc, p.Number), p.Number, b.String())
	}
}

// oneLine turns line breaks into spaces so a quote stays in its list item.
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`,
	"[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`)

// mdEscape makes text literal in Markdown.
func mdEscape(s string) string { return mdEscaper.Replace(s) }

// mdCell makes text literal inside a table cell (one line, pipes escaped).
func mdCell(s string) string { return mdEscape(oneLine(s)) }
