package sources

import "testing"

// TestEarlier: pass 6 keeps statements about earlier events out of the
// accounts, reading the attribution's own words, never the statement's.
func TestEarlier(t *testing.T) {
	front := "---\ndate: 2025-05-19\n---\nUS President Donald Trump spoke with Russian President Vladimir Putin on Monday.\n\n"
	tests := []struct {
		name, text, statement string
		earlier               bool
	}{
		{"last month", "Putin said last month that the offer stood.", "the offer stood", true},
		{"fronted month", "In April, Putin said the offer stood.", "the offer stood", true},
		{"the event's month", "In May, Putin said the offer stood.", "the offer stood", false},
		{"before taking office", "Before taking office, Trump said the war would end in a day.", "the war would end in a day", true},
		{"had previously said", "Trump had previously said that the war would end soon.", "the war would end soon", true},
		{"had earlier said", "The Kremlin had earlier said that a summit was possible.", "a summit was possible", true},
		{"at the time", "At the time, Putin said the offer stood.", "the offer stood", true},
		{"has long said", "Putin has long said that NATO is to blame.", "NATO is to blame", true},
		{"has said several times", "Putin has said several times that NATO is to blame.", "NATO is to blame", true},
		{"another date", "On March 3, Putin said the offer stood.", "the offer stood", true},
		{"the event's date", "On May 19, Putin said the offer stood.", "the offer stood", false},
		{"another year", "In 2022, Putin said the offer stood.", "the offer stood", true},
		{"time inside the statement is the statement's", "Putin said the sanctions imposed last year had failed.", "the sanctions imposed last year had failed", false},
		{"reported speech is not earlier", "The Kremlin said Putin had told Trump that the talks were useful.", "the talks were useful", false},
		{"has told is present", "Kremlin aide Yuri Ushakov has told reporters that the talks were useful.", "the talks were useful", false},
		{"said in a clause opened by after", "Zelensky spoke to Trump on Tuesday, a day after Trump said he was disappointed with Putin.", "he was disappointed with Putin", true},
		{"a participle after an earlier date", "The troops crossed into Georgia on Aug. 7, 2008, with Putin claiming it was self-defence.", "it was self-defence", true},
		{"back in a month", "Back in April, Putin said the offer stood.", "the offer stood", true},
		{"back in the past decade", "Back in the 1990s, Putin said the offer stood.", "the offer stood", true},
		{"back in a place is now", "Back in Moscow, Putin said the offer stood.", "the offer stood", false},
		{"back in a building is now", "Back in the Oval Office, Trump said the offer stood.", "the offer stood", false},
		{"after in an adjunct is not earlier", "Trump said after the call that he was disappointed with Putin.", "he was disappointed with Putin", false},
		{"a time in another relative clause is not the saying's", "Trump, who takes office in January, said the offer stood.", "the offer stood", false},
		{"a time in a clause of since dates that clause", "Putin said in his first call since the latter took office two weeks ago that the offer stood.", "the offer stood", false},
		{"a time after since alone dates the saying", "Putin has said since April that the offer stood.", "the offer stood", true},
		{"after a noun phrase with a month dates the saying", "Putin said after the meeting in April that the offer stood.", "the offer stood", true},
		{"the same speaker goes on in the paragraph of earlier remarks", "Earlier on Monday, Trump said he would call Putin soon. Trump was quoted by a wire as saying, \"I may talk to him tonight.\"",
			"I may talk to him tonight.", true},
		{"another speaker in that paragraph keeps his own time", "Earlier on Monday, Trump said he would call Putin soon. Putin said the call was useful.",
			"the call was useful", false},
		{"the same speaker with a time of his own keeps it", "Earlier on Monday, Trump said he would call Putin soon. On Monday evening, Trump said the call was useful.",
			"the call was useful", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			earlierCheck(t, runText(t, front+tt.text+"\n"), tt.statement, tt.earlier)
		})
	}
	t.Run("the dateline dates the story, not the only full date in it", func(t *testing.T) {
		p := runText(t, "Trump and Putin talk\n\nJuly 3 (UPI) -- President Donald Trump said Thursday that he spoke with Russian President Vladimir Putin.\n\n"+
			"The troops crossed into Georgia on Aug. 7, 2008, with Putin claiming it was self-defence.\n")
		earlierCheck(t, p, "it was self-defence", true)
	})
	t.Run("when they last spoke, in an article without a date", func(t *testing.T) {
		p := runText(t, "Trump and Putin talk\n\nUS President Donald Trump spoke with Russian President Vladimir Putin on Monday.\n\n"+
			"The Kremlin said the call was useful.\n\nTrump last spoke with Putin in September 2022, when he urged him to halt strikes on cities.\n")
		earlierCheck(t, p, "halt strikes on cities", true)
	})
	t.Run("a dateline of two places dates the story", func(t *testing.T) {
		p := runText(t, "Xi tells Trump Taiwan is key\n\nBEIJING/WASHINGTON, June 5 (Wire) - Xi told Trump on Thursday that Taiwan was the key issue, while Trump said the talk was excellent.\n")
		earlierCheck(t, p, "Taiwan was the key issue", false)
		earlierCheck(t, p, "the talk was excellent", false)
	})
	t.Run("a state agency's dateline dates the story", func(t *testing.T) {
		p := runText(t, "Putin, Trump talk\n\nMOSCOW, March 18. /TASS/. Putin told Trump on Tuesday that Russia was ready for talks, the Kremlin said.\n\nOn March 3, Peskov said no call was planned.\n")
		earlierCheck(t, p, "Russia was ready for talks", false)
		earlierCheck(t, p, "no call was planned", true)
	})
	t.Run("a dateline dates the story", func(t *testing.T) {
		p := runText(t, "Putin and Trump speak by phone\n\nMOSCOW, July 3 (Wire) - Putin told Trump on Thursday that Russia would not retreat, the Kremlin said.\n\n"+
			"On July 3, Peskov said the call had been frank.\n\nOn June 12, Peskov said no call was planned.\n")
		earlierCheck(t, p, "Russia would not retreat", false)
		earlierCheck(t, p, "the call had been frank", false)
		earlierCheck(t, p, "no call was planned", true)
	})
}

func earlierCheck(t *testing.T, p *passes, statement string, earlier bool) {
	t.Helper()
	checkInvariants(t, p.a, p.extraction)
	st, _ := statementWith(p.extraction, statement)
	if st == nil {
		t.Fatalf("no statement %q:%s", statement, dumpExtraction(p.extraction))
	}
	if st.Earlier != earlier {
		t.Errorf("%q: earlier %v (%q), want %v", statement, st.Earlier, st.Evidence.Earlier, earlier)
	}
	if st.Earlier && st.Evidence.Earlier == "" {
		t.Error("earlier statement without a reason")
	}
}
