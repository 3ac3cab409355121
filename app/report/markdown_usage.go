package report

// usageSection writes how the article used the documents.
func (m *mdDoc) usageSection() {
	u := m.in.Usage
	x := m.in.Extraction
	m.p("## How the article used the documents\n\n%s\n\n", mdEscape(m.usageIntro()))
	for i := range u.Documents {
		ud := &u.Documents[i]
		doc := x.Document(ud.ID)
		if doc == nil {
			continue
		}
		m.p("### %s\n\n**%s**\n\n", mdEscape(documentTitle(doc)), mdEscape(usageCounts(ud)))
		for j := range ud.Checks {
			c := &ud.Checks[j]
			st := x.Statement(c.Statement)
			if st == nil {
				continue
			}
			m.p("- **%s** · _%s_  \n  %s\n", c.Statement, mdEscape(c.Use.Label()), mdEscape(oneLine(st.Text)))
			for _, n := range checkNotes(c) {
				m.p("  - %s: %s\n", mdEscape(n.label), mdEscape(n.text))
			}
		}
		m.p("\n")
		if extras := m.extrasOf(ud.ID); len(extras) > 0 {
			m.p("%s\n\n", mdEscape(extrasIntro(doc)))
			for _, e := range extras {
				p := e.Passage
				m.p("- %s (%s) · ¶%d · bytes %d–%d: “%s”\n", p.Statement, mdEscape(p.Speaker), p.Paragraph, p.Start, p.End, mdEscape(oneLine(p.Text)))
			}
			m.p("\n")
		}
	}
}
