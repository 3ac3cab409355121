package sources

// verbKind tells how a reporting verb introduces what was said.
type verbKind int

const (
	verbSay      verbKind = iota // said (that) ...
	verbTell                     // told <someone> (that) ...
	verbDescribe                 // described <it> as ...
	verbQuote                    // quoted <someone> as saying ...
	verbWrite                    // wrote/posted (on X) that ... — needs "that" or a quote
)

type verbInfo struct {
	kind       verbKind
	participle bool // "adding that", "stating that": takes its subject from the context
}

// reportingVerbs are the verbs of reported speech, in the forms news
// articles use. General English, not tied to any article.
var reportingVerbs = map[string]verbInfo{}

func init() {
	say := []string{"said", "says", "stated", "states", "added", "adds", "confirmed", "confirms",
		"warned", "warns", "noted", "notes", "claimed", "claims", "stressed", "stresses",
		"insisted", "insists", "argued", "argues", "suggested", "suggests", "explained", "explains",
		"emphasized", "emphasised", "emphasizes", "emphasises", "reiterated", "reiterates",
		"acknowledged", "acknowledges", "declared", "declares", "asserted", "asserts",
		"announced", "announces", "predicted", "predicts", "promised", "promises", "pledged",
		"vowed", "vows", "cautioned", "cautions", "complained", "admitted", "admits", "revealed",
		"replied", "responded", "remarked", "commented", "indicated", "indicates", "underlined",
		"underscored", "maintained", "maintains", "contended", "observed", "conceded", "recalled",
		"disclosed", "boasted", "lamented", "countered", "affirmed", "reported", "reports",
		"assured", "agreed", "signalled", "signaled", "hinted", "alleged", "denied", "urged"}
	for _, v := range say {
		reportingVerbs[v] = verbInfo{kind: verbSay}
	}
	// "agreed", "denied" and "urged" rarely introduce a clause of speech
	// ("agreed to meet", "urged Iran to"); they count only with "that".
	for _, v := range []string{"told", "tells", "informed", "reminded"} {
		reportingVerbs[v] = verbInfo{kind: verbTell}
	}
	for _, v := range []string{"described", "describes", "characterized", "characterised"} {
		reportingVerbs[v] = verbInfo{kind: verbDescribe}
	}
	reportingVerbs["quoted"] = verbInfo{kind: verbQuote}
	reportingVerbs["cited"] = verbInfo{kind: verbQuote}
	for _, v := range []string{"wrote", "writes", "posted", "posts", "tweeted", "tweets"} {
		reportingVerbs[v] = verbInfo{kind: verbWrite}
	}
	for _, v := range []string{"saying", "stating", "adding", "noting", "warning", "stressing",
		"cautioning", "insisting", "arguing", "claiming", "explaining", "suggesting", "emphasizing",
		"emphasising", "declaring", "confirming", "reiterating", "acknowledging", "asserting",
		"announcing", "predicting", "promising", "pledging", "vowing", "underlining", "complaining",
		"admitting", "revealing", "maintaining", "recalling", "affirming"} {
		reportingVerbs[v] = verbInfo{kind: verbSay, participle: true}
	}
	reportingVerbs["telling"] = verbInfo{kind: verbTell, participle: true}
	reportingVerbs["writing"] = verbInfo{kind: verbWrite, participle: true}
	reportingVerbs["describing"] = verbInfo{kind: verbDescribe, participle: true}
}

// frequencyWords make up phrases like "more than a dozen times", "on
// several occasions" that may stand between a reporting verb and "that".
var frequencyWords = map[string]bool{"more": true, "than": true, "a": true, "dozen": true, "times": true,
	"several": true, "many": true, "multiple": true, "numerous": true, "countless": true, "on": true,
	"occasions": true, "two": true, "three": true, "four": true, "five": true, "ten": true, "few": true,
	"at": true, "least": true, "half": true, "twice": true, "repeatedly": true, "since": true, "then": true}

// passiveAux are the auxiliaries of a passive reporting verb ("was quoted as saying").
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true}

// needsThat lists say-verbs that report speech only when "that" follows.
var needsThat = map[string]bool{"agreed": true, "denied": true, "urged": true, "called": true,
	"signalled": true, "signaled": true, "hinted": true,
	"promised": true, "pledged": true, "vowed": true, "assured": true}

// adverbs may stand between a subject and its verb ("Biden also said",
// "she had earlier said") or between a verb and its clause.
var adverbs = map[string]bool{"also": true, "further": true, "later": true, "then": true,
	"previously": true, "had": true, "has": true, "have": true, "again": true, "separately": true,
	"repeatedly": true, "earlier": true, "reportedly": true, "publicly": true, "privately": true,
	"once": true, "already": true, "initially": true, "subsequently": true, "recently": true,
	"himself": true, "herself": true, "itself": true, "would": true, "will": true, "did": true, "does": true,
	"today": true, "yesterday": true, "just": true, "even": true, "quickly": true, "clearly": true,
	"explicitly": true, "personally": true, "directly": true, "firmly": true, "flatly": true,
	"bluntly": true, "simply": true, "tonight": true, "openly": true, "angrily": true, "however": true,
	"specifically": true, "categorically": true, "strongly": true, "last": true, "night": true, "week": true}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// joiners link a second reporting verb to the first one's subject
// ("said X and added Y", "said X, adding Y", "said X before adding Y").
var joiners = map[string]bool{"and": true, "but": true, "while": true, "before": true, "after": true, "then": true, ",": true, "also": true}

// noClause are words that, right after a reporting verb, show the verb has
// no reported clause of its own ("she said before leaving", "said on Thursday").
var noClause = map[string]bool{"before": true, "after": true, "as": true, "when": true, "while": true,
	"in": true, "on": true, "at": true, "during": true, "from": true, "with": true, "to": true,
	"for": true, "of": true, "about": true, "by": true, "and": true, "but": true, "or": true,
	"this": true, "earlier": true, "later": true, "yesterday": true, "today": true, "tonight": true,
	"last": true, "so": true, "too": true, "afterwards": true, "afterward": true, "again": true,
	"adding": true, "saying": true, "noting": true}

var prepositions = map[string]bool{"to": true, "in": true, "on": true, "at": true, "during": true,
	"via": true, "through": true, "after": true, "before": true, "from": true, "with": true, "while": true,
	"earlier": true, "later": true}

var pronouns = map[string]byte{"he": 'm', "she": 'f', "he'd": 'm', "she'd": 'f', "he'll": 'm', "she'll": 'f', "he's": 'm', "she's": 'f',
	// "it" as the subject of a reporting verb is an institution or its
	// published text ("The Élysée statement ... It said ...").
	"it": institutionGender}

// institutionGender marks a pronoun or anaphor that refers back to an
// institution or outlet rather than a person.
const institutionGender = 'n'

// documentGender marks an anaphor for a published text ("the statement
// said"), which is whoever spoke last: an institution's readout or the
// statement a named spokesman put out.
const documentGender = 'd'

// documentNouns are the published texts among anaphorNouns.
var documentNouns = map[string]bool{"readout": true, "statement": true, "report": true, "communique": true,
	"communiqué": true, "transcript": true, "summary": true, "post": true, "message": true}

// anaphorNouns after "the" refer back to a speaker already met: "the
// readout said", "the agency reported", "the ministry added".
var anaphorNouns = map[string]bool{"readout": true, "statement": true, "agency": true, "ministry": true,
	"report": true, "communique": true, "communiqué": true, "transcript": true, "summary": true, "office": true,
	"presidency": true, "government": true, "embassy": true, "post": true, "message": true,
	// staff left unnamed speak for their institution: "the aide added".
	"aide": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "adviser": true, "advisor": true}

// determiners start a noun phrase; " and the conditions would ..." begins
// a second reported clause.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true,
	"its": true, "their": true, "this": true, "these": true, "those": true, "our": true, "both": true}

var auxiliaries = map[string]bool{"would": true, "will": true, "could": true, "can": true, "should": true,
	"must": true, "might": true, "may": true, "was": true, "were": true, "is": true, "are": true,
	"had": true, "has": true, "have": true, "went": true, "did": true}

// earlierCues in the words around a statement mark it as about an earlier
// event than the one the article reports.
var earlierCues = [][]string{{"previously"}, {"at", "the", "time"}, {"last", "week"}, {"last", "month"},
	{"last", "year"}, {"earlier", "this", "year"}, {"earlier", "this", "month"}, {"in", "the", "past"},
	{"weeks", "ago"}, {"months", "ago"}, {"years", "ago"}, {"days", "ago"}, {"back", "in"},
	{"last", "time"}, {"at", "that", "time"}}

// relatives start a relative clause, whose verb is not a second clause's.
var relatives = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "where": true}

// invertedNext are words that may follow the verb of an attribution that
// comes after its statement ("..., he said on Thursday", "..., she said as
// she left").
var invertedNext = map[string]bool{"before": true, "after": true, "as": true, "on": true, "in": true,
	"at": true, "during": true, "when": true, "while": true, "last": true, "yesterday": true,
	"today": true, "tonight": true, "this": true, "earlier": true, "later": true, "afterwards": true,
	"afterward": true, "again": true, "too": true, "adding": true, "saying": true, "noting": true,
	"according": true, "from": true, "via": true, "through": true}

// earlierFirst holds the first words of earlierCues for a quick test.
var earlierFirst = map[string]bool{}

func init() {
	for _, c := range earlierCues {
		earlierFirst[c[0]] = true
	}
}
