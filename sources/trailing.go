package sources

import "strings"

// trailingVerbs are the verbs of a trailing attribution (", the ministry
// said in a statement").
var trailingVerbs = map[string]bool{"said": true, "says": true, "added": true, "stated": true, "told": true,
	"announced": true, "reported": true, "noted": true, "wrote": true, "confirmed": true, "explained": true}

// trailingOpeners are the words a trailing attribution's subject starts
// with when it is not a name.
var trailingOpeners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true}

// trailingNotSubject are words that show the words before the verb are a
// clause of the claim, not a speaker ("the plan, the details of which he
// said …").
var trailingNotSubject = map[string]bool{"which": true, "who": true, "that": true, "he": true, "she": true, "they": true,
	"it": true, "we": true, "i": true, "you": true, "and": true, "but": true, "or": true, "if": true, "when": true}

// trailingAfter are the words (besides a weekday) that may follow the
// verb of a trailing attribution: where, when or how it was said ("in a
// statement", "on Monday", "late on Friday"), never what.
var trailingAfter = map[string]bool{"in": true, "on": true, "at": true, "to": true, "late": true, "earlier": true,
	"later": true, "during": true, "after": true, "via": true, "through": true, "this": true, "last": true,
	"yesterday": true, "today": true, "reporters": true, "journalists": true}

// trailingAttribution is where a claim's text ends when it runs on into
// an attribution after its last comma (", the press office said in a
// statement"), or 0 when it does not: a subject of up to eight words that
// opens with an article, a possessive or a capital, a reporting verb, and
// at most where or when it was said.
func trailingAttribution(claim string) int {
	comma := strings.LastIndex(claim, ", ")
	if comma <= 0 {
		return 0
	}
	words := strings.Fields(claim[comma+2:])
	verb := -1
	for i, w := range words {
		if trailingVerbs[bareWord(w)] {
			verb = i
			break
		}
	}
	if verb < 0 && danglingName(words) {
		return comma // ", the Department of": a name cut off before its verb
	}
	if verb < 1 || verb > 8 || len(words)-verb-1 > 6 {
		return 0
	}
	first := words[0]
	if !trailingOpeners[strings.ToLower(first)] && !(first[0] >= 'A' && first[0] <= 'Z') {
		return 0
	}
	for _, w := range words[:verb] {
		if trailingNotSubject[bareWord(w)] || strings.ContainsAny(w, "\"“”") {
			return 0
		}
	}
	if verb+1 < len(words) {
		if next := bareWord(words[verb+1]); !trailingAfter[next] && !weekdays[next] {
			return 0
		}
	}
	return comma
}

// danglingName tells whether the words after a claim's last comma are the
// front of a name whose end went to the attribution ("the Department of"
// of "the Department of Information said"): no claim ends on "of".
func danglingName(words []string) bool {
	if len(words) < 2 || len(words) > 6 || !trailingOpeners[strings.ToLower(words[0])] {
		return false
	}
	switch strings.ToLower(words[len(words)-1]) {
	case "of", "for", "the", "and", "on":
		return true
	}
	return false
}

// bareWord is w in lower case without the punctuation that ends it.
func bareWord(w string) string { return strings.ToLower(strings.Trim(w, ".,;:")) }
