package naming

import (
	"testing"

	"readouts/sources"
)

// TestAccountNames: names are words of the text, an id is never dressed
// up as one, and accounts that share a speaker are told apart by their
// channels.
func TestAccountNames(t *testing.T) {
	acc := func(id, speaker, channel string) sources.Account {
		return sources.Account{ID: id, Speaker: speaker, Channel: channel}
	}
	tests := []struct {
		name    string
		article string
		accs    []sources.Account
		want    map[string]string
	}{
		{"surnames, and a seat of government named by its channel", "",
			[]sources.Account{acc("biden", "Joe Biden", "Oval Office remarks"), acc("kremlin", "Vladimir Putin", "Kremlin readout (TASS)")},
			map[string]string{"biden": "Biden", "kremlin": "Kremlin"}},
		{"a family name first, as the id was made", "",
			[]sources.Account{acc("xi", "Xi Jinping", "Chinese readout"), acc("lee", "Lee Jae-myung", "press conference")},
			map[string]string{"xi": "Xi", "lee": "Lee"}},
		{"a shared speaker: the channels tell them apart", "",
			[]sources.Account{acc("trump", "Donald Trump", "Truth Social post"), acc("trump-oval-office", "Donald Trump", "remarks in the Oval Office"),
				acc("trump-reporters", "Donald Trump", "remarks to reporters")},
			map[string]string{"trump": "Trump — Truth Social", "trump-oval-office": "Trump — Oval Office", "trump-reporters": "Trump — remarks to reporters"}},
		{"a role as the article writes it, not as the id would read", "The US President told reporters on Monday.",
			[]sources.Account{acc("us-president", "", "remarks to reporters")},
			map[string]string{"us-president": "US President"}},
		{"an id the text never writes: the speaker", "",
			[]sources.Account{acc("beijing", "Wang Jianguo", "Chinese readout")},
			map[string]string{"beijing": "Wang Jianguo"}},
		{"a seat of government in a dateline's capitals is not its name", "OSLO, May 2 - Norway and Chile spoke. Oslo said it was pleased.",
			[]sources.Account{acc("oslo", "Lena Varga", "Norwegian government statement")},
			map[string]string{"oslo": "Oslo"}},
		{"only in a dateline: the speaker", "OSLO, May 2 - Norway and Chile spoke.",
			[]sources.Account{acc("oslo", "Lena Varga", "Norwegian government statement")},
			map[string]string{"oslo": "Lena Varga"}},
		{"letters with diacritics", "",
			[]sources.Account{acc("erdogan", "Recep Tayyip Erdoğan", "statement")},
			map[string]string{"erdogan": "Erdoğan"}},
		{"the same channel too: numbered", "",
			[]sources.Account{acc("smith", "Ann Smith", "statement"), acc("smith-2", "Ann Smith", "statement")},
			map[string]string{"smith": "Smith — statement", "smith-2": "Smith — statement (2)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := &sources.Extraction{Accounts: tc.accs, Article: &sources.Article{Text: tc.article}}
			got := For(x)
			for id, want := range tc.want {
				if got.Of(id) != want {
					t.Errorf("%s is named %q, want %q", id, got.Of(id), want)
				}
			}
		})
	}
}

func TestChannelName(t *testing.T) {
	tests := []struct{ channel, want string }{
		{"Truth Social post", "Truth Social"},
		{"remarks in the White House Rose Garden", "White House Rose Garden"},
		{"post on X", "X"},
		{"Kremlin readout (Russian state media, RIA Novosti)", "Kremlin"},
		{"press briefing", "press briefing"},
		{"", "unnamed channel"},
	}
	for _, tc := range tests {
		if got := channelName(tc.channel); got != tc.want {
			t.Errorf("channelName(%q) = %q, want %q", tc.channel, got, tc.want)
		}
	}
}
