package sources

import (
	"fmt"
	"testing"
)

// TestParties: the title and the lede name the parties of the call; a
// country the call was about is not one.
func TestParties(t *testing.T) {
	tests := []struct {
		name, text string
		parties    []string
	}{
		{"a dash compound", "Trump-Putin call yields prisoner deal\n\nUS President Donald Trump and Russian President Vladimir Putin spoke for two hours.\n",
			[]string{"US", "RU"}},
		{"call with", "Trump says he had very good call with Xi\n\nUS President Donald Trump said on Monday he had spoken with Chinese President Xi Jinping.\n",
			[]string{"US", "CN"}},
		{"a topic is not a party", "Trump and Putin discuss the war in Ukraine by phone\n\nUS President Donald Trump spoke with Russian President Vladimir Putin about the war in Ukraine.\n",
			[]string{"US", "RU"}},
		{"a country the leaders discussed", "Trump and Putin discuss Ukraine in call\n\nUS President Donald Trump and Russian President Vladimir Putin spoke for an hour.\n",
			[]string{"US", "RU"}},
		{"an envoy's talks", "Trump's envoy holds talks in Moscow with Putin\n\nUS President Donald Trump's envoy Steve Witkoff met Russian President Vladimir Putin in Moscow.\n",
			[]string{"US", "RU"}},
		{"governments as actors", "Beijing and Washington hold trade talks\n\nChina and the United States held a new round of talks on Friday.\n",
			[]string{"CN", "US"}},
		{"a headline's comma joins its parties", "Biden, Xi agree to resume military talks\n\nUS President Joe Biden and Chinese leader Xi Jinping agreed on Wednesday to restore contacts.\n",
			[]string{"US", "CN"}},
		{"a headline in title case", "Biden Presses Netanyahu on Aid in Tense Call\n\nWASHINGTON — President Joe Biden pressed Israeli Prime Minister Benjamin Netanyahu to allow more aid into Gaza, the White House said, in a call that lasted half an hour.\n",
			[]string{"US", "IL"}},
		{"a country before a name", "Erdogan offers to host talks in call with Zelensky\n\nTurkish President Recep Tayyip Erdogan told Ukraine's Volodymyr Zelensky on Sunday that Turkey was ready to host talks.\n",
			[]string{"TR", "UA"}},
		{"a country after a name is not the person's", "Putin tells Erdogan Russia is open to talks\n\nRussian President Vladimir Putin told Turkish President Tayyip Erdogan on Monday that Moscow was ready to talk.\n",
			[]string{"RU", "TR"}},
		{"whoever holds the call is a party after any preposition",
			"Details emerge of Lula's call with Milei\n\nA newspaper printed notes of Brazilian President Lula's call with Argentine President Javier Milei.\n",
			[]string{"BR", "AR"}},
		{"a name after a preposition that holds no event is none",
			"Milei speaks with Lula after a plea by Boric\n\nArgentine President Javier Milei spoke with Brazilian President Lula on Monday.\n",
			[]string{"AR", "BR"}},
		{"a side reaction in the title is no party to the call", "Zelensky reacts as Trump and Putin speak by phone\n\nUkrainian President Volodymyr Zelensky said he was not consulted before US President Donald Trump called Russian President Vladimir Putin.\n",
			[]string{"US", "RU"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := runText(t, tt.text)
			var got []string
			for _, pa := range p.parties {
				got = append(got, pa.Key)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.parties) {
				t.Errorf("parties %v, want %v", got, tt.parties)
			}
		})
	}
}

// TestAccountOrder: the parties' main accounts come first, so the first
// pair compared is the call's; side reactions and other accounts follow.
func TestAccountOrder(t *testing.T) {
	text := `Trump and Xi discuss trade in phone call

Ukrainian President Volodymyr Zelensky said on X that he hoped the call would help end the war.

US President Donald Trump said on Truth Social that his call with Chinese President Xi Jinping had been very good.

White House press secretary Karoline Leavitt told reporters that the leaders discussed fentanyl.

Chinese state media said Xi told Trump that Taiwan was the most important issue in relations.

Xi also said the two sides should expand cooperation, Xinhua reported.

Taiwan's foreign ministry said it was grateful for US support.
`
	p := runText(t, text)
	x := p.extraction
	checkInvariants(t, p.a, x)
	var got []string
	for _, acc := range x.Accounts {
		got = append(got, fmt.Sprintf("%s:%s:%v", acc.ID, acc.Party, acc.PartyToCall))
	}
	// The press secretary relays the call: the White House's own account,
	// which the president's own post joins (one account a side).
	want := []string{"white-house:US:true", "beijing:CN:true", "zelensky:UA:false", "taipei:TW:false"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("accounts %v, want %v", got, want)
	}
}

// TestMainAccountOrder: a side's main account comes first: the press
// secretary relays the call, so the White House speaks for the US side,
// and the leader's remarks on the call join it; his remarks on other
// things stay his own, after the parties' accounts.
func TestMainAccountOrder(t *testing.T) {
	text := `Trump says no progress in call with Putin

WASHINGTON (Wire) — "It was a call. It was a long one," President Donald Trump told reporters aboard Air Force One.

"We went through many subjects," Trump said. "I'm not happy."

Asked about a ceasefire, Trump said: "Nothing moved."

Kremlin aide Yuri Ushakov said Russian President Vladimir Putin told Trump that Russia would not back down.

White House press secretary Karoline Leavitt said later that the president had been very clear with Putin.
`
	p := runText(t, text)
	checkInvariants(t, p.a, p.extraction)
	var got []string
	for _, acc := range p.extraction.Accounts {
		got = append(got, acc.ID)
	}
	if len(got) < 3 || got[0] != "white-house" || got[1] != "kremlin" || got[2] != "trump" {
		t.Errorf("accounts %v, want white-house and kremlin first, then trump", got)
	}
	if _, acc := statementWith(p.extraction, "It was a long one"); acc == nil || acc.ID != "white-house" {
		t.Errorf("Trump's remarks on the call are not in the White House account:%s", dumpExtraction(p.extraction))
	}
}
