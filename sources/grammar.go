package sources

import "strings"

// The closed classes of English grammar the passes read: pronouns,
// determiners, auxiliaries, prepositions and conjunctions. Open-class words
// (reporting verbs, offices, outlets, time phrases) are data in the catalog.

// pronouns that can be the subject of a reporting verb, by gender: 'm',
// 'f', or institutionGender for "it".
var pronouns = map[string]byte{"he": 'm', "she": 'f', "he'd": 'm', "she'd": 'f', "he'll": 'm', "she'll": 'f',
	"he's": 'm', "she's": 'f', "it": institutionGender, "they": pluralGender}

// objectPronouns are the pronouns after "according to": "according to
// him".
var objectPronouns = map[string]byte{"him": 'm', "her": 'f', "them": pluralGender}

// object and possessive pronouns, for the gender of a person met as "his
// call", "told her".
var pronounGender = map[string]byte{"he": 'm', "him": 'm', "his": 'm', "himself": 'm', "she": 'f', "her": 'f',
	"hers": 'f', "herself": 'f', "he'd": 'm', "she'd": 'f', "he's": 'm', "she's": 'f'}

const (
	// institutionGender marks a pronoun or anaphor that refers back to an
	// institution or outlet rather than a person.
	institutionGender = 'n'
	// documentGender marks an anaphor for a published text ("the statement
	// said"): whoever spoke last, an institution's readout or the
	// statement a named spokesman put out.
	documentGender = 'd'
	// pluralGender is "they": a joint subject, never one side's account.
	pluralGender = 'p'
)

// determiners start a noun phrase.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true,
	"its": true, "their": true, "this": true, "these": true, "those": true, "our": true, "both": true,
	"that": true, "some": true, "any": true, "each": true, "every": true, "no": true, "my": true, "your": true}

// auxiliaries and modals: a clause's verb, or what stands between a
// subject and its reporting verb ("has said", "would later say").
var auxiliaries = map[string]bool{"would": true, "will": true, "could": true, "can": true, "should": true,
	"must": true, "might": true, "may": true, "was": true, "were": true, "is": true, "are": true, "be": true,
	"been": true, "had": true, "has": true, "have": true, "did": true, "does": true, "do": true,
	"'d": true, "shall": true, "went": true, "wants": true, "want": true}

// beAux are the forms of "be" before a passive reporting verb.
var beAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true}

// negations turn a reporting verb into a report of silence ("did not say",
// "declined to say"): no statement.
var negations = map[string]bool{"not": true, "never": true, "didn't": true, "doesn't": true, "won't": true,
	"wouldn't": true, "don't": true, "hasn't": true, "haven't": true, "hadn't": true, "declined": true,
	"refused": true, "n't": true, "cannot": true, "can't": true, "neither": true, "nor": true}

// prepositions open adjunct phrases of time, place and medium.
var prepositions = map[string]bool{"to": true, "in": true, "on": true, "at": true, "during": true,
	"via": true, "through": true, "after": true, "before": true, "from": true, "with": true, "while": true,
	"of": true, "for": true, "about": true, "aboard": true, "by": true, "ahead": true, "following": true,
	"over": true, "amid": true, "since": true, "into": true, "outside": true, "inside": true, "near": true,
	"upon": true, "across": true, "until": true, "against": true, "under": true, "without": true}

// npPrepositions may stand inside a speaker's noun phrase: "a spokesman
// for the Kremlin", "an aide to Starmer", "the president of Ukraine".
var npPrepositions = map[string]bool{"of": true, "for": true, "to": true}

// conjunctions and relatives end a noun phrase on its left.
var conjunctions = map[string]bool{"and": true, "but": true, "or": true, "nor": true, "that": true,
	"which": true, "who": true, "whom": true, "whose": true, "where": true, "when": true, "while": true,
	"as": true, "because": true, "if": true, "although": true, "though": true, "since": true, "so": true,
	"than": true, "whether": true, "after": true, "before": true, "until": true, "once": true, "yet": true}

// relatives start a relative clause, whose verb is not a second clause's.
var relatives = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "where": true}

// joiners link a second reporting verb to the first one's subject
// ("said X and added Y", "said X before adding Y").
var joiners = map[string]bool{"and": true, "but": true, "while": true, "before": true, "after": true, "then": true, "also": true}

// clauseStops are words that, right after a reporting verb and its
// adjuncts, show the verb reports no clause of its own ("she said before
// leaving", "he said as he left").
var clauseStops = map[string]bool{"before": true, "after": true, "as": true, "when": true, "while": true,
	"and": true, "but": true, "or": true, "so": true, "too": true, "afterwards": true, "afterward": true,
	"again": true, "according": true, "because": true, "though": true, "although": true, "until": true,
	"if": true, "than": true}

// negativeObjects after "said" report that nothing was said.
var negativeObjects = map[string]bool{"nothing": true, "little": true}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// irregularPast are common irregular past forms that end a subject noun
// phrase without the "-ed" a regular one has: "The leaders spoke …", "The
// two ministers met …", "The sides held …".
var irregularPast = map[string]bool{"spoke": true, "met": true, "held": true, "made": true, "gave": true,
	"took": true, "sought": true, "went": true, "came": true, "told": true, "said": true, "thought": true,
	"felt": true, "kept": true, "brought": true, "found": true, "saw": true, "got": true, "sent": true,
	"began": true, "wrote": true, "spent": true, "struck": true, "laid": true, "set": true}

// functionWord tells whether a word is one of English's closed classes — a
// preposition, determiner, conjunction or pronoun — which a sentence opens
// with capitalised ("Among the points …", "Despite that …") and which is
// never a name.
func functionWord(w string) bool {
	return prepositions[w] || determiners[w] || conjunctions[w] || pronounGender[w] != 0 || otherFunctionWords[w]
}

// compoundModifier tells whether a capitalised hyphenated word is a
// modifier made of a name and a participle or noun of manner
// ("English-language", "Moscow-based", "Kremlin-run", "US-led"): it
// describes what follows and is never anyone's name.
func compoundModifier(w string) bool {
	i := strings.LastIndex(w, "-")
	return i > 0 && modifierHeads[strings.ToLower(w[i+1:])]
}

// modifierHeads end compound modifiers (compoundModifier).
var modifierHeads = map[string]bool{"language": true, "based": true, "run": true, "owned": true, "led": true,
	"backed": true, "born": true, "controlled": true, "funded": true, "speaking": true, "affiliated": true,
	"aligned": true, "friendly": true, "leaning": true, "sponsored": true}

// otherFunctionWords are the prepositions and pronouns grammar.go's sets
// leave out, for they never stand between a speaker and a verb.
var otherFunctionWords = map[string]bool{"among": true, "amongst": true, "despite": true, "beyond": true,
	"within": true, "including": true, "regarding": true, "toward": true, "towards": true, "besides": true,
	"between": true, "around": true, "behind": true, "below": true, "above": true, "beside": true,
	"throughout": true, "unlike": true, "like": true, "concerning": true,
	"according": true, "notwithstanding": true, "alongside": true, "instead": true, "although": true,
	"unless": true, "whereas": true, "whatever": true, "whoever": true, "whichever": true,
	"nevertheless": true, "nonetheless": true, "moreover": true, "furthermore": true, "thus": true,
	"hence": true, "therefore": true, "indeed": true, "otherwise": true, "it": true, "they": true,
	"we": true, "them": true, "themselves": true, "itself": true, "such": true}
