package sources

import "testing"

// TestShortGovernmentName: papers name a prime minister's office by its
// initials ("the PMO"); it is the government of the one leader the
// article names whose office goes by them, and no one's when two do.
func TestShortGovernmentName(t *testing.T) {
	type want = accountWant
	call := "Leaders talk\n\nIndian Prime Minister Ravi Rao spoke with Chilean President Bo Lin on Tuesday.\n\n"
	runAccountCases(t, []accountCase{
		{"the PMO said", call + "The two leaders discussed solar power, the PMO said.\n",
			[]want{{"The two leaders discussed solar power", "new-delhi"}}},
		{"according to a PMO statement", call + "Rao invited Lin to visit, according to a PMO statement.\n",
			[]want{{"Rao invited Lin to visit", "new-delhi"}}},
		{"two offices of that name are no one's", "Leaders talk\n\nIndian Prime Minister Ravi Rao spoke with Canadian Prime Minister Ann Roy on Tuesday.\n\n" +
			"The two leaders discussed solar power, the PMO said.\n",
			[]want{{"The two leaders discussed solar power", ""}}},
	})
}

// TestReleaseBelowItsLede: a side's release reprinted without quotation
// marks below a lede that names it ("here is the release from …:",
// "… released its readout … Here it is:") is that side's, sentence by
// sentence.
func TestReleaseBelowItsLede(t *testing.T) {
	type want = accountWant
	call := "Leaders talk\n\nIndian Prime Minister Ravi Rao spoke with Chilean President Bo Lin on Tuesday.\n\n"
	release := "The President and the Prime Minister had a warm conversation. They agreed to meet in June.\n"
	runAccountCases(t, []accountCase{
		{"here is the release from, after a clause", call + "Few details emerged, but here is the release from the Chilean government:\n\n" + release,
			[]want{{"The President and the Prime Minister had a warm conversation.", "santiago"}, {"They agreed to meet in June.", "santiago"}}},
		{"here it is, after the document and what it says", call + "The Chilean government released its readout, which says the call lasted an hour. Here it is:\n\n" + release,
			[]want{{"the call lasted an hour", "santiago"}, {"The President and the Prime Minister had a warm conversation.", "santiago"}, {"They agreed to meet in June.", "santiago"}}},
		{"a release of people is no document", call + "The release of the fishermen came up, Lin said.\n",
			[]want{{"The release of the fishermen came up", "lin"}}},
	})
}

// TestFollowingDocument: "X issued the following statement:" announces
// the side's document in the paragraph below, as "X said:" does.
func TestFollowingDocument(t *testing.T) {
	type want = accountWant
	call := "Leaders talk\n\nIndian Prime Minister Ravi Rao spoke with Chilean President Bo Lin on Tuesday.\n\n"
	release := "\n\nThe President and the Prime Minister had a warm conversation. They agreed to meet in June.\n"
	both := []want{{"The President and the Prime Minister had a warm conversation.", "santiago"}, {"They agreed to meet in June.", "santiago"}}
	runAccountCases(t, []accountCase{
		{"issued the following statement", call + "The Chilean presidency issued the following statement:" + release, both},
		{"released the following readout of the call", call + "The Chilean presidency released the following readout of the call:" + release, both},
		{"sent the following read-out, in marks, to reporters", call + "The Chilean presidency sent the following 'read-out' to reporters:" + release, both},
		{"a document issued, not announced below, owns no paragraph", call + "The Chilean presidency issued the following day a statement on fishing.\n\nThe talks had been planned for weeks.\n",
			[]want{{"The talks had been planned for weeks", ""}}},
	})
}
