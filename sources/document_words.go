package sources

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dtok is a word or a mark of a document unit, with its byte span and its
// depth inside quotation marks and brackets (0 = the unit's own clause).
type dtok struct {
	Span
	s, lower string
	word     bool
	depth    int
}

// docTokens splits text[span] into words and marks. A word keeps inner
// apostrophes, hyphens and periods ("Russia’s", "U.S.-Russia", "R."), so a
// name or abbreviation is one token. Quotation marks and brackets raise
// the depth of the tokens inside them.
func docTokens(text string, span Span) []dtok {
	return appendDocTokens(nil, text, span)
}

// appendDocTokens appends the tokens of text[span] to out, so that a
// caller that reads one clause after another reuses one buffer.
func appendDocTokens(out []dtok, text string, span Span) []dtok {
	depth := 0
	prev := ' '
	for i := span.Start; i < span.End; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			prev = r
			i += n
			continue
		}
		if !isDocWordRune(r) {
			t := dtok{Span: Span{i, i + n}, s: text[i : i+n], depth: depth}
			switch r {
			case '“', '«', '(', '[':
				depth++
			case '”', '»', ')', ']':
				depth = max(0, depth-1)
				t.depth = depth
			case '"':
				if depth > 0 && !unicode.IsSpace(prev) {
					depth--
					t.depth = depth
				} else {
					depth++
				}
			}
			t.lower = t.s
			out = append(out, t)
			prev = r
			i += n
			continue
		}
		j := i + n
		for j < span.End {
			c, m := utf8.DecodeRuneInString(text[j:])
			if isDocWordRune(c) {
				j += m
				continue
			}
			if c == '\'' || c == '’' || c == '-' || c == '.' || c == '‑' {
				d, _ := utf8.DecodeRuneInString(text[j+m : span.End])
				if isDocWordRune(d) {
					j += m
					continue
				}
				// An initial or abbreviation keeps its final period: "R.", "U.S.".
				if c == '.' && isInitialWord(text[i:j]) {
					j += m
				}
			}
			break
		}
		w := text[i:j]
		out = append(out, dtok{Span: Span{i, j}, s: w, lower: strings.ToLower(w), word: true, depth: depth})
		r, _ = utf8.DecodeLastRuneInString(w)
		prev = r
		i = j
	}
	return out
}

func isDocWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isInitialWord tells whether w followed by a period is an initial ("R")
// or dotted abbreviation ("U.S"), whose period belongs to it.
func isInitialWord(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return strings.Contains(w, ".") && !strings.ContainsFunc(w, unicode.IsLower)
}

// wordCount counts the words among toks.
func wordCount(toks []dtok) int {
	n := 0
	for _, t := range toks {
		if t.word {
			n++
		}
	}
	return n
}

// docWordSet builds a set from a space-separated list.
func docWordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// readoutVerbs are the finite verbs of an official readout's reported
// speech and action, past and present ("stressed", "notes"): general
// English of diplomatic readouts.
var readoutVerbs = docWordSet(`said says stated states stressed stresses emphasised emphasized emphasises
	emphasizes underscored underscores underlined underlines noted notes reaffirmed reaffirms
	reiterated reiterates expressed expresses voiced voices made makes called calls urged urges
	agreed agree agrees discussed discuss discusses welcomed welcomes thanked thanks outlined
	outlines assured assures informed informs updated updates briefed briefs reviewed reviews
	raised raises highlighted highlights pointed points warned warns proposed proposes suggested
	suggests offered offers condemned condemns confirmed confirms affirmed affirms pledged pledges
	praised praises commended commends congratulated congratulates invited invites accepted accepts
	explained explains presented presents described describes laid lays asked asks requested
	requests conveyed conveys relayed relays recalled recalls exchanged exchange exchanges addressed
	addresses tasked tasks instructed instructs spoke speaks talked talks told tells decided decides
	announced announces rejected rejects denied denies insisted insists acknowledged acknowledges
	recognised recognized recognises recognizes regretted regrets hoped hopes wished wishes
	touched touches paid pays gave gives responded responds replied replies added adds declared
	declares promised promises vowed vows signalled signaled signals indicated indicates drew
	draws extended extends sent sends shared shares detailed details focused focuses focussed
	went goes spelled spelt supported supports opposed
	opposes deplored deplores appreciated appreciates looked looks held holds had has met meets
	reported reports mentioned mentions observed observes argued argues cautioned cautions
	considered considers believed believes coordinated coordinates assessed assesses continued
	continues examined examines`)

// ambiguousVerbs are past forms that are as often adjectives before a noun
// ("shared concerns", "detailed plans"): after "and" they start a new
// predicate only when an object or complement follows, not a bare noun.
var ambiguousVerbs = docWordSet(`shared detailed focused focussed considered coordinated continued
	expected concerned committed extended supported opposed reported observed appreciated
	requested proposed invited updated`)

// readoutParticiples open a participle clause that adds a claim of its
// own after a comma (", noting that …", ", expressing his hope …").
var readoutParticiples = docWordSet(`noting stressing emphasising emphasizing underscoring underlining
	expressing stating reaffirming reiterating welcoming calling urging highlighting pointing voicing
	adding agreeing acknowledging recognising recognizing confirming affirming thanking condemning
	praising warning saying insisting conveying outlining proposing suggesting pledging promising
	reassuring assuring recalling`)

// discussionVerbs take a list of subjects as their object ("discussed A,
// B, as well as C"); each item is a point of its own.
var discussionVerbs = docWordSet(`discussed discuss discusses reviewed reviews addressed addresses
	covered covers`)

// aboutWords open the list after a verb of talking ("spoke … about A, B",
// "exchanged views on A and B", "touched upon A, B").
var aboutWords = docWordSet(`about on upon regarding concerning`)

var talkVerbs = docWordSet(`spoke speaks talked talks exchanged exchange exchanges touched focused
	focussed focuses`)

// itemStops cannot open an item of a list of subjects: they start a
// clause, a modifier or an adverbial attached to the previous item.
var itemStops = docWordSet(`which who whom whose that where when while whereas since because although
	though if unless as so but or nor both either neither including especially particularly notably
	mainly mostly primarily not also in on at for with by to from into of over under between among
	against through during after before without within via per than then thus and namely such
	according`)

// pronounsAndDeterminers cannot be a verb after "to".
var pronounsAndDeterminers = docWordSet(`the a an this that these those his her its their our your my
	him them us me it he she they we you i each every all some any no`)
