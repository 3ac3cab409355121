package sources

import "testing"

// TestIssuedDocuments: "according to a statement released by X on
// Friday, …" is X's, and what follows the comma is what it said.
func TestIssuedDocuments(t *testing.T) {
	call := "Leaders talk\n\nTurkish President Ali Demir spoke with Ukrainian President Ivan Kovalenko on Friday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"released by, with a time", call + "According to a statement released by the Turkish presidency on Friday, the leaders reviewed the grain deal.",
			[]want{{"the leaders reviewed the grain deal", "ankara"}}},
		{"issued by", call + "According to a statement issued by the Turkish presidency, the leaders reviewed the port fees.",
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

// TestNumberTen: British papers write Downing Street as "No10" too.
func TestNumberTen(t *testing.T) {
	call := "Leaders talk\n\nBritish Prime Minister Ann Hale spoke with Chilean President Bo Lin on Sunday.\n\n"
	type want = accountWant
	runAccountCases(t, []accountCase{
		{"No10 without a space", call + "The two agreed to meet soon, No10 added.",
			[]want{{"The two agreed to meet soon", "downing-street"}}},
	})
}
