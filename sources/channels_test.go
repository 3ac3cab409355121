package sources

import (
	"strings"
	"testing"
)

// TestChannels: pass 5 gives each statement the channel its own words
// name, or its speaker's while the article stays with them.
func TestChannels(t *testing.T) {
	intro := "US President Donald Trump spoke by phone with Chinese President Xi Jinping on Monday.\n\n"
	tests := []struct {
		name, text, statement string
		channel               string // the account's channel contains it
		notChannel            string // and does not contain this
	}{
		{"named in the attribution", intro + "Trump wrote on Truth Social that the talk was excellent.",
			"the talk was excellent", "Truth Social", ""},
		{"carried while the article stays with the speaker", intro + "Trump wrote on Truth Social that the talk was excellent.\n\nHe added that a visit to Beijing was planned.",
			"a visit to Beijing was planned", "Truth Social", ""},
		{"another speaker ends it", intro + "Zelensky wrote on Telegram that tariffs were worrying.\n\nXi said trade must be fair.\n\nZelensky said a visit to Beijing was planned.",
			"a visit to Beijing was planned", "statement", "Telegram"},
		{"a new venue starts a new channel", intro + "Trump wrote on Truth Social that the talk was excellent.\n\nSpeaking at the White House, Trump said a visit to Beijing was planned.",
			"a visit to Beijing was planned", "remarks at the White House", "Truth Social"},
		{"the Oval Office", intro + "Trump wrote on Truth Social that the talk was excellent.\n\nIn the Oval Office, Trump said a visit to Beijing was planned.",
			"a visit to Beijing was planned", "Oval Office", ""},
		{"told reporters", intro + "Trump wrote on Truth Social that the talk was excellent.\n\nTrump later told reporters that a visit to Beijing was planned.",
			"a visit to Beijing was planned", "remarks to reporters", ""},
		{"to reporters at a named place: the place", intro + "Trump wrote on Truth Social that the talk was excellent.\n\nSpeaking to reporters at the White House, Trump said a visit to Beijing was planned.",
			"a visit to Beijing was planned", "White House", "Truth Social"},
		{"a long aside between the subject and the verb", intro + "Trump wrote on Truth Social that the talk was excellent.\n\nTrump, speaking to reporters aboard Air Force One on his way back from a weekend at his golf club in Florida, said a visit to Beijing was planned.",
			"a visit to Beijing was planned", "Air Force One", "Truth Social"},
		{"a place ends before the verb", intro + "Opposition lawmakers in Ottawa criticised the call, saying it was a mistake.",
			"it was a mistake", "in Ottawa", "criticised"},
		{"told the BBC", intro + "Trump told the BBC that a visit to Beijing was planned.",
			"a visit to Beijing was planned", "interview with the BBC", ""},
		{"told a newspaper the catalog does not know", intro + "“I'd rather not say,” Trump told The Post when asked about tariffs.",
			"I'd rather not say", "interview with The Post", ""},
		{"a summit elsewhere", intro + "Trump said at a summit in Brussels that a visit to Beijing was planned.",
			"a visit to Beijing was planned", "remarks at a summit in Brussels", ""},
		{"remarks are never the earlier post", intro + "Trump wrote on Truth Social that the talk was excellent.\n\nAsked about tariffs, Trump said a visit to Beijing was planned.",
			"a visit to Beijing was planned", "remarks", "Truth Social"},
		{"a venue in a sentence without a statement", intro + "Trump wrote on Truth Social that the talk was excellent.\n\nLater, in the Rose Garden, Trump greeted supporters.\n\n“It was a great call,” he said.",
			"It was a great call", "remarks in the Rose Garden", "Truth Social"},
		{"another side's state media is never a speaker's", intro + "Chinese state media said Xi told Trump that Taiwan was a red line.\n\nTrump said a visit to Beijing was planned.",
			"a visit to Beijing was planned", "statement", "Chinese"},
		{"a lede summarising the post below", "Trump said the call with Xi was very good.\n\nIn a post on Truth Social, Trump said a visit to Beijing was planned.",
			"the call with Xi was very good", "Truth Social", ""},
		{"a fronted medium", intro + "In a post on Truth Social, Trump said a visit to Beijing was planned.",
			"a visit to Beijing was planned", "Truth Social", ""},
		{"a trailing medium", intro + "Trump said a visit to Beijing was planned, in a post on Truth Social.",
			"a visit to Beijing was planned", "Truth Social", ""},
		{"according to an outlet", intro + "Xi told Trump that Taiwan was a red line, according to Xinhua.",
			"Taiwan was a red line", "Xinhua", ""},
		{"quoted by an outlet", intro + "Xinhua quoted Xi as saying that Taiwan was a red line.",
			"Taiwan was a red line", "Xinhua", ""},
		{"an institution's statement is its readout", intro + "The White House said in a statement that the call was productive.",
			"the call was productive", "White House readout", ""},
		{"a participle in a sentence that names the medium", intro + "Trump described the call in a short post on Truth Social, noting that talks would go on.",
			"talks would go on", "Truth Social", ""},
		{"when asked", intro + "Trump wrote on Truth Social that the talk was excellent.\n\nWhen asked about tariffs, Trump said a visit to Beijing was planned.",
			"a visit to Beijing was planned", "remarks", "Truth Social"},
		{"state television", intro + "Xi said in remarks broadcast on state television that Taiwan was a red line.",
			"Taiwan was a red line", "Chinese", ""},
		{"an institution's readout", intro + "The White House said in a readout that the call was productive.",
			"the call was productive", "White House readout", ""},
		{"the source after a venue", intro + "“Taiwan is a red line,” Xi told Trump at the start of the call, according to Xinhua.",
			"Taiwan is a red line", "Xinhua", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, acc := accountStatement(t, runText(t, "Headline\n\n"+tt.text+"\n"), tt.statement)
			if !strings.Contains(acc.Channel, tt.channel) || tt.notChannel != "" && strings.Contains(acc.Channel, tt.notChannel) {
				t.Errorf("channel %q (%s), want it to contain %q and not %q", acc.Channel, st.Evidence.Channel, tt.channel, tt.notChannel)
			}
			if st.Evidence.Channel == "" {
				t.Error("no reason for the channel")
			}
		})
	}
}

// TestChannelsAcrossSpeakers: channels that a side, not a single speaker,
// gives: a state agency's dateline, a government's statement that a
// leader's words go on in, one set of remarks with and without a venue.
func TestChannelsAcrossSpeakers(t *testing.T) {
	tests := []struct {
		name, text, statement string
		account, channel      string
	}{
		{"a state agency's dateline is the story's channel",
			"Xi, Biden hold video call\n\nBEIJING, March 18 (Xinhua) -- Chinese President Xi Jinping had a video call with U.S. President Joe Biden on Friday.\n\n" +
				"Xi stressed that the Taiwan question must be handled properly.\n\nBiden said the United States does not seek a new Cold War.\n",
			"the Taiwan question must be handled properly", "beijing", "Xinhua"},
		{"the other side's words in a state agency's story are its account of them",
			"Xi, Biden hold video call\n\nBEIJING, March 18 (Xinhua) -- Chinese President Xi Jinping had a video call with U.S. President Joe Biden on Friday.\n\n" +
				"Biden said the United States does not seek a new Cold War.\n",
			"the United States does not seek a new Cold War", "beijing", "Xinhua"},
		{"remarks without a venue join the remarks with one",
			"Trump and Putin speak by phone\n\n“It was a long call,” Trump told reporters aboard Air Force One.\n\nKremlin aide Yuri Ushakov said the call was frank.\n\n" +
				"Trump, for his part, told reporters that trade had come up.\n",
			"trade had come up", "trump", "Air Force One"},
		{"for his part: the same occasion",
			"Putin and Erdogan meet in Sochi\n\nSpeaking at a joint news conference in Sochi, Putin said Russia was ready to revive the grain deal.\n\n" +
				"Erdogan, for his part, said Turkey had prepared new proposals.\n\nThe Turkish presidency said Erdogan had also stressed the need for peace.\n",
			"Turkey had prepared new proposals", "erdogan", "press conference"},
		{"the lede's leader takes his government's channel below",
			"Macron and Putin speak by phone\n\nFrench President Emmanuel Macron and Russian President Vladimir Putin spoke on Tuesday, with the French president urging a ceasefire.\n\n" +
				"Macron “called for talks to begin,” the Élysée said.\n",
			"urging a ceasefire", "elysee", "Élysée"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, acc := accountStatement(t, runText(t, tt.text), tt.statement)
			if acc.ID != tt.account || !strings.Contains(acc.Channel, tt.channel) {
				t.Errorf("account %s (%s), want %s (…%s…); channel: %s", acc.ID, acc.Channel, tt.account, tt.channel, st.Evidence.Channel)
			}
		})
	}
}
