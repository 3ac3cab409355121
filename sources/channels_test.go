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
		{"named in the attribution", intro + "Trump wrote on Truth Social that the call was very good.",
			"the call was very good", "Truth Social", ""},
		{"carried while the article stays with the speaker", intro + "Trump wrote on Truth Social that the call was very good.\n\nHe added that a visit to Beijing was planned.",
			"a visit to Beijing was planned", "Truth Social", ""},
		{"another speaker ends it", intro + "Trump wrote on Truth Social that the call was very good.\n\nXi said trade must be fair.\n\nTrump said a visit to Beijing was planned.",
			"a visit to Beijing was planned", "statement", "Truth Social"},
		{"a new venue starts a new channel", intro + "Trump wrote on Truth Social that the call was very good.\n\nSpeaking at the White House, Trump said a visit to Beijing was planned.",
			"a visit to Beijing was planned", "remarks at the White House", "Truth Social"},
		{"the Oval Office", intro + "Trump wrote on Truth Social that the call was very good.\n\nIn the Oval Office, Trump said a visit to Beijing was planned.",
			"a visit to Beijing was planned", "Oval Office", ""},
		{"told reporters", intro + "Trump wrote on Truth Social that the call was very good.\n\nTrump later told reporters that a visit to Beijing was planned.",
			"a visit to Beijing was planned", "remarks to reporters", ""},
		{"told the BBC", intro + "Trump told the BBC that a visit to Beijing was planned.",
			"a visit to Beijing was planned", "interview with the BBC", ""},
		{"told a newspaper the catalog does not know", intro + "“I'd rather not say,” Trump told The Post when asked about tariffs.",
			"I'd rather not say", "interview with The Post", ""},
		{"a summit elsewhere", intro + "Trump said at a summit in Brussels that a visit to Beijing was planned.",
			"a visit to Beijing was planned", "remarks at a summit in Brussels", ""},
		{"remarks are never the earlier post", intro + "Trump wrote on Truth Social that the call was very good.\n\nAsked about tariffs, Trump said a visit to Beijing was planned.",
			"a visit to Beijing was planned", "remarks", "Truth Social"},
		{"a venue in a sentence without a statement", intro + "Trump wrote on Truth Social that the call was very good.\n\nLater, in the Rose Garden, Trump greeted supporters.\n\n“It was a great call,” he said.",
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
		{"when asked", intro + "Trump wrote on Truth Social that the call was very good.\n\nWhen asked about tariffs, Trump said a visit to Beijing was planned.",
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
