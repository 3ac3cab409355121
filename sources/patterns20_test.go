package sources

import (
	"reflect"
	"strings"
	"testing"
)

// TestIssuedDocuments: "according to a statement released by X on
// Friday, …" is X's, and what follows the comma is what it said.
func TestIssuedDocuments(t *testing.T) {
	call := "Leaders talk\n\nTurkish President Ali Demir spoke with Ukrainian President Ivan Kovalenko on Friday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"released by, with a time", call + "According to a statement released by the Turkish presidency on Friday, the leaders reviewed the grain deal.",
			[]want{{"the leaders reviewed the grain deal", "ankara"}}},
		{"issued by", call + "According to a communique issued by the Turkish presidency, the leaders reviewed the port fees.",
			[]want{{"the leaders reviewed the port fees", "ankara"}}},
	})
}

// TestGroupObjects: a name and a noun of people is one object of a verb
// of telling ("informed NATO leaders about …"); the statement keeps them
// whole.
func TestGroupObjects(t *testing.T) {
	call := "Leaders talk\n\nTurkish President Ali Demir spoke with Ukrainian President Ivan Kovalenko on Friday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"informed NATO leaders about", call + "Demir said he informed NATO leaders about the grain corridor.",
			[]want{{"informed NATO leaders about the grain corridor", "demir"}}},
		{"a country after the name opens the clause", call + "Demir told Kovalenko Turkey was ready to help.",
			[]want{{"Turkey was ready to help", "demir"}}},
	})
}

// TestNumberTen: British papers write Downing Street as "No10" and "No
// 10"; the number is a house number there, not a day.
func TestNumberTen(t *testing.T) {
	call := "Leaders talk\n\nBritish Prime Minister Ann Hale spoke with Chilean President Bo Lin on Sunday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"No10 without a space", call + "The two agreed to meet soon, No10 added.",
			[]want{{"The two agreed to meet soon", "downing-street"}}},
		{"No 10 with a space", call + "The two agreed to meet soon, No 10 added.",
			[]want{{"The two agreed to meet soon", "downing-street"}}},
		{"No 10 opening the sentence", call + "No 10 said the call was warm.",
			[]want{{"the call was warm", "downing-street"}}},
		{"a day after a name is no house number", call + "On May 10 Hale said the call was warm.",
			[]want{{"the call was warm", "hale"}}},
	})
}

// TestQuotedParagraphs: a readout quoted paragraph by paragraph below a
// lede that ends with a colon is the lede's source's, to the last
// paragraph that is a quotation alone.
func TestQuotedParagraphs(t *testing.T) {
	call := "Leaders talk\n\nBritish Prime Minister Ann Hale spoke with Chilean President Bo Lin on Sunday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"a spokesman reported the conversation, then closed paragraphs", call +
			"Here is how a Downing Street spokesman reported the conversation the leaders had this afternoon:\n\n" +
			"\"The leaders spoke for an hour. They discussed copper prices.\"\n\n" +
			"\"The Prime Minister raised the fishing quotas.\"\n\n\"The President thanked her for the call.\"\n\n" +
			"\"We will see,\" said a Chilean official.\n",
			[]want{{"The leaders spoke for an hour.", "downing-street"}, {"The Prime Minister raised the fishing quotas.", "downing-street"},
				{"The President thanked her for the call.", "downing-street"}, {"We will see", "santiago"}}},
		{"a said colon lede, then closed paragraphs", call +
			"A Downing Street spokesman said:\n\n\"The leaders spoke for an hour.\"\n\n\"The Prime Minister raised the fishing quotas.\"\n\n" +
			"The talks come a week before the summit.\n",
			[]want{{"The Prime Minister raised the fishing quotas.", "downing-street"}, {"The talks come a week before the summit", ""}}},
	})
}

// TestRelativeClauseEnds: a statement made in a relative clause set off
// after its subject ends where the main verb comes back.
func TestRelativeClauseEnds(t *testing.T) {
	call := "Leaders talk\n\nBritish Prime Minister Ann Hale spoke with Chilean President Bo Lin on Sunday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"who said, then the main verb", call + "Lin, who said the copper deal was close, visited the port.",
			[]want{{"the copper deal was close", "lin"}, {"visited the port", ""}}},
		{"who said and claimed, then the main verb", call + "Lin, who said the copper deal was close and claimed the two got along well, visited the port.",
			[]want{{"the two got along well", "lin"}, {"visited the port", ""}}},
	})
}

// TestJointSubjectParticiple: a participle after two leaders as one
// subject is neither side's; after one leader it is his.
func TestJointSubjectParticiple(t *testing.T) {
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"two leaders", "Leaders talk\n\nChilean President Bo Lin and British Prime Minister Ann Hale spoke by telephone on Saturday, exchanging views on copper and underlining the need for trade.\n\nLin said Chile remained committed to free trade.\n",
			[]want{{"underlining the need for trade", ""}, {"Chile remained committed to free trade", "lin"}}},
		{"one leader", "Leaders talk\n\nChilean President Bo Lin spoke by telephone with British Prime Minister Ann Hale on Saturday, underlining the need for trade.\n",
			[]want{{"underlining the need for trade", "lin"}}},
	})
}

// TestVenueInRelativeClause: a place in a relative clause about the
// speaker is not where the words were said.
func TestVenueInRelativeClause(t *testing.T) {
	p := runText(t, "Leaders talk\n\nChilean President Bo Lin spoke with British Prime Minister Ann Hale on Saturday.\n\n"+
		"Lin, who will arrive in Lima on Sunday, said Chile remained committed to free trade.\n")
	st, _ := statementWith(p.extraction, "Chile remained committed to free trade")
	if st == nil {
		t.Fatalf("no statement:%s", dumpExtraction(p.extraction))
	}
	if strings.Contains(st.Channel, "Lima") {
		t.Errorf("channel %q names the relative clause's place", st.Channel)
	}
}

// TestUnresolvedTrailingCue: an attribution that ends the sentence is no
// part of the statement before it, even when it names no one the
// article resolves ("…, official sources said").
func TestUnresolvedTrailingCue(t *testing.T) {
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"official sources said", "Leaders talk\n\nChilean President Bo Lin spoke with British Prime Minister Ann Hale on Tuesday.\n\n" +
			"In the call, Lin thanked Hale for the help, official sources said.\n",
			[]want{{"thanked Hale for the help", "lin"}, {"official sources said", ""}}},
	})
}

// TestGovernmentRefersBack: "the government said" is the government that
// spoke last, whatever countries its words name.
func TestGovernmentRefersBack(t *testing.T) {
	type want = accountWant
	call := "Leaders talk\n\nBritish Prime Minister Ann Hale and Chilean President Bo Lin discussed trade in a call on Tuesday, the British government said in a statement.\n\n"
	runAccountCases(t, []accountCase{
		{"the government after the British government", call + "The two also discussed copper exports to Chile, the government said.",
			[]want{{"The two also discussed copper exports to Chile", "downing-street"}}},
		{"a readout published by a state broadcaster at the end", call + "Lin said Chile welcomed British firms, according to a readout of the call published by Chilean state television.",
			[]want{{"Chile welcomed British firms", "lin"}}},
	})
}

// TestBetweenIsNoListJoin: the "and" of "between A and B" joins no items
// of a list.
func TestBetweenIsNoListJoin(t *testing.T) {
	got, _, _ := statementsOf(t, "Readout of a Call\n\nThe leaders discussed grain quotas, relations between Chile and Peru and the port fees.\n")
	want := []string{"The leaders discussed grain quotas", "relations between Chile and Peru", "the port fees"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("statements %q, want %q", got, want)
	}
}

// TestUnquotedReadout: a page that lost the marks of a quoted readout
// keeps the paragraph after the document's lede as the document's.
func TestUnquotedReadout(t *testing.T) {
	type want = accountWant
	call := "Leaders talk\n\nChilean President Bo Lin and British Prime Minister Ann Hale spoke on Tuesday.\n\n"
	runAccountCases(t, []accountCase{
		{"the readout issued by a side", call + "Here is the readout that was issued by the Chilean presidency after the call:\n\n" +
			"President Lin and Prime Minister Hale spoke today about copper. The leaders agreed to meet in June.\n\nThe talks come a week before the summit.\n",
			[]want{{"The leaders agreed to meet in June", "santiago"}, {"The talks come a week before the summit", ""}}},
		{"a spokesperson and a colon alone", call + "A Downing Street spokesperson said:\n\nThe Prime Minister called the President this morning. They discussed copper prices.\n",
			[]want{{"They discussed copper prices", "downing-street"}}},
		{"a readout whose side is not said", call + "Here is the readout:\n\nPresident Lin and Prime Minister Hale spoke today about copper.\n",
			[]want{{"spoke today about copper", ""}}},
		{"a paragraph with a source of its own", call + "Here is the readout that was issued by the Chilean presidency after the call:\n\n" +
			"The copper deal was close, the British government said.\n",
			[]want{{"The copper deal was close", "downing-street"}}},
	})
}

// TestFrontedSubjectWithAsides: a subject after a fronted phrase keeps
// its asides ("In response, Lin, from the Social Party, his country's
// main party, said …"), and the name after "said" opens what was said.
func TestFrontedSubjectWithAsides(t *testing.T) {
	type want = accountWant
	call := "Leaders talk\n\nChilean President Bo Lin spoke with British Prime Minister Ann Hale on Friday.\n\n"
	runAccountCases(t, []accountCase{
		{"two asides after a fronted phrase", call + "In response, Lin, from the Social Party, his country’s main party, said Chile “values the ties.”",
			[]want{{"Chile “values the ties.”", "lin"}, {"In response", ""}}},
	})
}

// TestNamedAfterUnnamedSpokesman: a person the article gives no side or
// office, speaking right after one side's unnamed spokesman, is him.
func TestNamedAfterUnnamedSpokesman(t *testing.T) {
	type want = accountWant
	call := "Leaders talk\n\nChilean President Bo Lin and British Prime Minister Ann Hale discussed trade on Monday, a Chilean government spokesman said.\n\n"
	runAccountCases(t, []accountCase{
		{"said the named man next", call + "\"The leaders also discussed copper prices,\" said Jorge Vidal.\n",
			[]want{{"The leaders also discussed copper prices", "santiago"}}},
		{"a named man with an office of his own keeps it", call + "\"The leaders also discussed copper prices,\" said Jorge Vidal, a trade analyst.\n",
			[]want{{"The leaders also discussed copper prices", "vidal"}}},
	})
}

// TestPressDocuments: a press office's release or note is a document
// that speaks, after the verb too ("…, said a press note released by the
// Government of Chile"); a release of prisoners is not.
func TestPressDocuments(t *testing.T) {
	type want = accountWant
	call := "Leaders talk\n\nChilean President Bo Lin spoke with British Prime Minister Ann Hale on Tuesday.\n\n"
	runAccountCases(t, []accountCase{
		{"said a press release from", call + "Lin stressed the need for trade, said a press release from Chile's government.",
			[]want{{"said a press release", ""}}},
		{"said a press note released by", call + "“The leaders reviewed the border,” said a press note released by the Chilean government after the call.",
			[]want{{"The leaders reviewed the border", "santiago"}}},
		{"the release of a prisoner", call + "Lin said that, in the call, he thanked her for the release of a prisoner.",
			[]want{{"thanked her for the release of a prisoner", "lin"}}},
	})
}

// TestHisOfficeAmongTwoMen: "his office says" where two men could be
// meant is the office that spoke last.
func TestHisOfficeAmongTwoMen(t *testing.T) {
	type want = accountWant
	text := "Leaders talk\n\nChile's leader told Tom Hale, the prime minister, that he hoped to meet soon.\n\n" +
		"Dr Lyn's office reports that a call came from Mr Hale on Tuesday.\n\n" +
		"\"The President stated that he understood the reason for the delay,\" the statement read.\n\n" +
		"The leaders discussed progress on a new fishing deal after the port row in 2013, his office says.\n"
	runAccountCases(t, []accountCase{
		{"his office after a statement", text, []want{{"The leaders discussed progress on a new fishing deal", "santiago"}}},
	})
	p := runText(t, text)
	st, _ := statementWith(p.extraction, "new fishing deal")
	if st != nil && strings.Contains(st.Channel, "2013") {
		t.Errorf("channel %q is a year, not a place", st.Channel)
	}
}

// TestLongHeadline: a headline longer than the title the article keeps
// is still a headline, and says nothing for anyone.
func TestLongHeadline(t *testing.T) {
	type want = accountWant
	head := "Lin and Hale hold warm talks over the phone on copper, fishing and the port as the President affirms that the copper deal has \"nothing to do with old rows\"\n\n"
	runAccountCases(t, []accountCase{
		{"a long headline", head + "Chilean President Bo Lin spoke with British Prime Minister Ann Hale on Tuesday.\n\nLin said the talks had gone well.\n",
			[]want{{"nothing to do with old rows", ""}, {"the talks had gone well", "lin"}}},
	})
}

// TestNewDocumentOfUnknownIssuer: "according to a PMO statement" brings
// in a new document; it does not refer back to the report before it, and
// with its issuer unknown the words stay out of Downing Street's account.
func TestNewDocumentOfUnknownIssuer(t *testing.T) {
	type want = accountWant
	call := "Leaders talk\n\nIndian Prime Minister Ravi Rao spoke with British Prime Minister Tom Hale on Tuesday.\n\n" +
		"According to Downing Street's readout of the call, Hale told Rao that the border was an issue for the neighbours.\n\n" +
		"\"He underlined the importance of talks,\" it said.\n\n"
	runAccountCases(t, []accountCase{
		{"a statement of an issuer the catalog does not know", call + "Rao also congratulated Hale on his election, according to a KLP statement.\n",
			[]want{{"Rao also congratulated Hale on his election", ""}}},
		{"a document of a known issuer keeps its country", call + "Rao also congratulated Hale on his election, according to a Downing Street statement.\n",
			[]want{{"Rao also congratulated Hale on his election", "downing-street"}}},
	})
}

// TestOpeningAdverbIsNoParty: "Newly installed chancellor …" names no
// party called "Newly".
func TestOpeningAdverbIsNoParty(t *testing.T) {
	p := runText(t, "Leaders deepen ties\n\nNewly installed Chilean President Bo Lin and British Prime Minister Ann Hale discussed trade in a call on Tuesday, the Chilean government said.\n")
	for _, party := range p.extraction.Parties {
		if strings.EqualFold(party.Name, "newly") || strings.EqualFold(party.Key, "newly") {
			t.Errorf("party %q from an adverb", party.Name)
		}
	}
}
