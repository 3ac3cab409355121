package sources

// Pass 2, the phrases that name a source before it, as "according to"
// does: "according to the Kremlin", "as reported by the Kremlin press
// service", "as stated in … by", "per the White House readout", "as per
// the statement". News reporting uses them in front of a paragraph, at
// the end of a sentence and between a subject and its verb.

// sourceOpener returns how many words of toks[i:hi] open a source phrase
// (the source's noun phrase follows them), or 0.
func sourceOpener(toks []tok, i, hi int) int {
	w := func(k int) string {
		if k >= hi || toks[k].quote || !toks[k].word {
			return ""
		}
		return toks[k].lower
	}
	switch w(i) {
	case "according":
		if w(i+1) == "to" {
			return 2
		}
		if sourceNounStart(toks, i+1, hi) && toks[i+1].lower != "to" {
			return 1 // "according the readout": the "to" dropped in haste
		}
	case "as":
		if sourceParticiples[w(i+1)] && w(i+2) == "by" {
			return 3 // "as reported by"
		}
		if w(i+1) == "per" && sourceNounStart(toks, i+2, hi) {
			return 2 // "as per the readout"
		}
	case "per":
		if sourceNounStart(toks, i+1, hi) {
			return 1 // "per the Kremlin"
		}
	}
	return 0
}

// sourceParticiples are the past participles of "as … by X": the ways a
// source makes a statement known.
var sourceParticiples = map[string]bool{"reported": true, "stated": true, "said": true, "announced": true,
	"noted": true, "quoted": true, "cited": true, "relayed": true, "described": true, "told": true,
	"conveyed": true, "recounted": true, "summarized": true, "summarised": true, "published": true,
	"released": true, "outlined": true, "detailed": true, "disclosed": true, "confirmed": true,
	"put": true, "claimed": true, "explained": true, "characterized": true, "characterised": true}

// sourceNounStart tells whether a source's noun phrase may open at k
// after "per": a determiner, a possessive or a name ("per the readout",
// "per Moscow's account", "per Reuters"), never a unit ("per cent", "per
// day", "per capita").
func sourceNounStart(toks []tok, k, hi int) bool {
	if k >= hi || toks[k].quote || !toks[k].word {
		return false
	}
	t := toks[k]
	return t.lower == "the" || t.lower == "a" || t.lower == "an" || isPossessive(t) || t.cap
}
