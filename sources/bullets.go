package sources

import "strings"

// Pass 1, lists: a side's statement given as bullet points. "The US
// released its readout of the meeting" and then "- US opposes …", "- Biden
// raised …": each item is that side's statement. Without a full stop both
// the lede and its items look like the headlines of related links, which
// pass 1 skips; a run of items whose lede names a document is read
// instead.

// listMarkers open a list item.
var listMarkers = []string{"- ", "• ", "* ", "– ", "— ", "· ", "▪ "}

// bulletItem tells whether a paragraph's text opens with a list marker.
func bulletItem(text string) bool {
	t := strings.TrimSpace(text)
	for _, m := range listMarkers {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}

// readDocumentLists un-skips each run of list items whose lede, the
// paragraph before it, names a document ("its communique", "the
// readout's main points"); the lede is read too. A run after a
// boilerplate line ("Related coverage") stays skipped.
func readDocumentLists(a *Article, c *Catalog, paras []paraScan) {
	for i := 1; i < len(paras); i++ {
		if !paras[i].bullet || paras[i-1].bullet {
			continue
		}
		lede := &paras[i-1]
		if lede.skip != "" && lede.skip != "link" || !namesDocument(c, lede.toks) {
			continue
		}
		lede.skip, lede.lede = "", true
		for j := i; j < len(paras) && paras[j].bullet; j++ {
			if paras[j].skip == "link" {
				paras[j].skip = ""
			}
		}
	}
}

// namesDocument tells whether the tokens hold a noun of a side's text:
// "statement", "readout", "communique".
func namesDocument(c *Catalog, toks []tok) bool {
	for _, t := range toks {
		if t.word && !t.quote && c.idx != nil && c.idx.documents[t.lower] {
			return true
		}
	}
	return false
}
