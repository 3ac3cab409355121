package sources

// A side that issues a document names the source of what follows. "The
// White House also released a written statement on the call." has no
// verb of speech, yet "the statement" in the next sentence ("As per the
// statement, …") is the White House's, not that of whoever spoke last.

// issuedDocument tells whether unit u, whose subject ends at end, goes on
// to a document of the subject's own: a verb, then "a", "an" or a
// possessive of its own ("its", "their") and a document within a few
// words ("issued a brief statement", "put out its readout"). A negation
// ("did not issue a statement") or a document someone else's ("cited the
// Kremlin's statement") names no source.
func (rv *resolver) issuedDocument(ps *paraScan, u unit, end int) bool {
	toks := ps.toks
	for k := end; k < u.hi && k < end+8; k++ {
		t := toks[k]
		if t.quote || !t.word || negations[t.lower] || isPossessive(t) {
			return false
		}
		if !ownDeterminers[t.lower] {
			continue
		}
		for j := k + 1; j < u.hi && j <= k+3; j++ {
			w := toks[j]
			if !w.word || w.quote || w.cap {
				break
			}
			if rv.c.idx.documents[w.lower] {
				return k > end // a verb stands between the subject and the document
			}
		}
		return false
	}
	return false
}

// ownDeterminers open a noun phrase that is the subject's own or new.
var ownDeterminers = map[string]bool{"a": true, "an": true, "its": true, "their": true, "his": true, "her": true}
