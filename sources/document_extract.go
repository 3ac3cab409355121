package sources

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
)

// ExtractDocuments reads accounts from the sides' own documents: one
// account per document. Each article is one document, or a dossier of
// several (two or more top-level "# " headings with text under each). The
// offsets of a statement index the text of its document's article
// (Extraction.Source); Extraction.Article is the first article, and
// Extraction.Dossier tells whether it was one file holding every document.
// p may be nil: the catalog's institutions then name the publishers.
func ExtractDocuments(arts []*Article, c *Catalog, p *Publishers) *Extraction {
	if c == nil || c.idx == nil {
		c, _ = ParseCatalog()
	}
	x := &Extraction{}
	if len(arts) > 0 {
		x.Article = arts[0]
	}
	used := map[string]bool{}
	lx := newDocLexicon(c)
	var plans []docPlan
	for _, a := range arts {
		secs := dossierSections(a)
		whole := secs == nil
		x.Dossier = len(arts) == 1 && !whole
		if whole {
			if len(a.Paragraphs) == 0 {
				continue
			}
			secs = []docSection{{head: -1, from: 0, to: len(a.Paragraphs)}}
		}
		for _, s := range secs {
			plans = append(plans, docPlan{a: a, s: s, whole: whole, who: identify(a, s, whole, c, p, lx)})
		}
	}
	// Every document is identified before any is read: a document on many
	// matters keeps only its passage about the call, which it finds by the
	// names of the other documents' sides.
	for i, pl := range plans {
		readDocument(x, pl, otherSides(plans, i), used, c, lx)
	}
	return x
}

// docPlan is one document to read: its section of an article and who it
// was found to speak for.
type docPlan struct {
	a     *Article
	s     docSection
	whole bool
	who   docIdentity
}

// otherSides are the identities of the documents other than plans[i].
func otherSides(plans []docPlan, i int) []docIdentity {
	out := make([]docIdentity, 0, len(plans)-1)
	for j, pl := range plans {
		if j != i {
			out = append(out, pl.who)
		}
	}
	return out
}

// readDocument adds one document and its account to x.
func readDocument(x *Extraction, pl docPlan, others []docIdentity, used map[string]bool, c *Catalog, lx *docLexicon) {
	a, s, who := pl.a, pl.s, pl.who
	d := Document{Name: baseName(a.Name), Heading: s.heading(a), Title: who.title, Kind: who.kind,
		Publisher: who.publisher, Speaker: who.speaker, Channel: orElse(who.channel, who.kind),
		Party: who.party, From: who.from, Article: a}
	if pl.whole {
		d.Start, d.End, d.SHA256 = 0, len(a.Text), a.SHA256
	} else {
		sp := s.span(a)
		sum := sha256.Sum256([]byte(a.Text[sp.Start:sp.End]))
		d.Start, d.End, d.SHA256 = sp.Start, sp.End, hex.EncodeToString(sum[:])
	}
	d.Bytes = d.End - d.Start
	d.ID = uniqueID(who.id, d.Speaker, used)
	units := documentUnits(a, s)
	people := newDocPeople(a, s, d.Party, lx)
	passage := callPassage(a.Text, units, d.Heading, who, func() *callParty {
		return newCallParty(a, s, d.Party, others, people, c, lx)
	})
	d.Passages = keptPassages(units, passage)
	x.Documents = append(x.Documents, d)

	acc := Account{ID: d.ID, Speaker: d.Speaker, Channel: d.Channel, Label: d.Speaker + " — " + d.Channel,
		Party: d.Party, Document: d.ID}
	base := sourceConfidence(who.from)
	lastQuote := ""
	when := documentDate(a, s, units, who.title)
	later := firstLaterEvent(a.Text, units)
	for i, u := range units {
		if passage != nil && !passage[i] || i >= later {
			continue // the document's other matters: text, not the account of the call
		}
		// "I" is the transcript turn's speaker, else the named author of a
		// statement or remarks.
		voice := who.author
		if u.turn != nil {
			voice = u.turn.speaker
		}
		for _, cl := range unitClaims(a.Text, u, when, lx) {
			st := Statement{Account: acc.ID, Speaker: acc.Speaker, Channel: acc.Channel, Kind: cl.kind,
				Span: cl.Span, Text: a.Text[cl.Start:cl.End], Paragraph: cl.para, Document: d.ID,
				Confidence: confidence(base, cl)}
			// Who the claim says spoke, else the transcript's speaker.
			st.SaidBy = orElse(people.resolve(cl.subject, voice), cl.speaker)
			switch {
			case cl.continues:
				st.SaidBy = lastQuote
			case cl.kind == Quote && u.turn == nil:
				lastQuote = st.SaidBy
			case u.turn == nil && who.author != "" && isFirstPerson(cl.subject):
				st.Kind = Quote // the author's own words: "I spoke with …"
			}
			if cl.earlier {
				st.Earlier = true
				st.ID = fmt.Sprintf("earlier-%d", len(x.Earlier)+1)
				x.Earlier = append(x.Earlier, st)
				continue
			}
			st.ID = fmt.Sprintf("%s-%d", acc.ID, len(acc.Statements)+1)
			acc.Statements = append(acc.Statements, st)
		}
	}
	x.Accounts = append(x.Accounts, acc)
}

// keptPassages joins the kept units of a call passage (callPassage) into
// spans, one per run of consecutive units; nil when the whole document is
// read.
func keptPassages(units []docUnit, keep []bool) []Span {
	var out []Span
	for i, u := range units {
		switch {
		case keep == nil || !keep[i]:
		case i > 0 && keep[i-1] && len(out) > 0:
			out[len(out)-1].End = u.End
		default:
			out = append(out, u.Span)
		}
	}
	return out
}

// uniqueID is id, else id with the speaker's name or a number added, so
// that two documents of one publisher keep their own accounts.
func uniqueID(id, speaker string, used map[string]bool) string {
	out := id
	if used[out] {
		if s := slug(speaker); s != "" && s != id {
			out = id + "-" + s
		}
	}
	for n := 2; used[out]; n++ {
		out = fmt.Sprintf("%s-%d", id, n)
	}
	used[out] = true
	return out
}

// sourceConfidence is how sure the attribution of a document's statements
// is, by where its speaker was read.
func sourceConfidence(from string) float64 {
	switch from {
	case "heading", "front matter", "site":
		return 0.95
	case "title":
		return 0.9
	}
	return 0.8
}

// confidence lowers the document's confidence a little for a claim cut
// from a longer sentence, where the cut itself may be wrong.
func confidence(base float64, cl docClaim) float64 {
	if cl.piece {
		base -= 0.05
	}
	return math.Round(base*100) / 100
}

// baseName is the file name of a path, either separator.
func baseName(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' || p[i] == '\\' {
			return p[i+1:]
		}
	}
	return p
}
