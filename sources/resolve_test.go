package sources

import (
	"strings"
	"testing"
)

// TestResolveSpeakers: pass 4 resolves each speaker phrase to the person
// or side the article means. Each case is a short article; the statement
// holding the text must belong to the account with that id and speaker,
// resolved by that method.
func TestResolveSpeakers(t *testing.T) {
	intro := "US President Donald Trump spoke by phone with Ukrainian President Volodymyr Zelensky and Chinese President Xi Jinping on Monday.\n\n"
	// A call with Russia, for its staff relaying it.
	ruIntro := "Russian President Vladimir Putin spoke by phone with US President Donald Trump on Monday.\n\n"
	tests := []struct {
		name, text       string
		statement        string
		account, speaker string
		method           string // the start of Evidence.Resolved
		party            string
	}{
		{"a name", intro + "Zelensky said the talks had been useful.",
			"the talks had been useful", "zelensky", "Volodymyr Zelensky", ByName, "UA"},
		{"a transliteration", intro + "Zelenskyy said the talks had been useful.",
			"the talks had been useful", "zelenskyy", "Volodymyr Zelensky", ByName, "UA"},
		{"another transliteration", intro + "Zelenskiy said the talks had been useful.",
			"the talks had been useful", "zelenskiy", "Volodymyr Zelensky", ByName, "UA"},
		{"a misspelling one letter off", intro + "Zelesnky said the talks had been useful.",
			"the talks had been useful", "zelesnky", "Volodymyr Zelensky", ByName, "UA"},
		{"the family name first", "Chinese President Xi Jinping said the talks had been useful.",
			"the talks had been useful", "xi", "Xi Jinping", ByName, "CN"},
		{"a Korean name", "South Korean President Lee Jae-myung said the talks had been useful.",
			"the talks had been useful", "lee", "Lee Jae-myung", ByName, "KR"},
		{"the same name in the other order", "Japanese Prime Minister Sanae Takaichi met Xi.\n\nTakaichi Sanae said the talks had been useful.",
			"the talks had been useful", "takaichi", "Sanae Takaichi", ByName, "JP"},
		{"a role the article gives a person", intro + "The Chinese leader said the talks had been useful.",
			"the talks had been useful", "xi", "Xi Jinping", ByRole, "CN"},
		{"the US president", intro + "The US president said the talks had been useful.",
			"the talks had been useful", "trump", "Donald Trump", ByRole, "US"},
		{"an office held by nobody named is the government, never a new account", "The Chinese leader said the talks had been useful.",
			"the talks had been useful", "beijing", "Chinese government", ByRole, "CN"},
		{"a pronoun a paragraph later", "Russian Foreign Minister Sergei Lavrov met his US counterpart.\n\nThe foreign minister was worried.\n\n“It is essential to talk,” he said.",
			"It is essential to talk", "lavrov", "Sergei Lavrov", ByPronoun, "RU"},
		{"she", intro + "White House Press Secretary Karoline Leavitt spoke after the call.\n\n“It went well,” she said.",
			"It went well", "leavitt", "Karoline Leavitt", ByPronoun, "US"},
		{"the Kremlin", intro + "The Kremlin said the talks had been useful.",
			"the talks had been useful", "kremlin", "Kremlin", ByInstitution, "RU"},
		{"a Kremlin aide", intro + "A Kremlin aide said the talks had been useful.",
			"the talks had been useful", "kremlin", "Kremlin", ByInstitution, "RU"},
		{"a named spokesman relaying the call speaks for his side", ruIntro + "Kremlin spokesman Dmitry Peskov said the talks had been useful.",
			"the talks had been useful", "kremlin", "Vladimir Putin", ByName, "RU"},
		{"a spokesman on other things keeps his own account", ruIntro + "Kremlin spokesman Dmitry Peskov said Western sanctions had failed.",
			"Western sanctions had failed", "peskov", "Dmitry Peskov", ByName, "RU"},
		{"the White House press secretary relaying the call", intro + "White House press secretary Karoline Leavitt said the talks had been useful.",
			"the talks had been useful", "white-house", "Donald Trump", ByName, "US"},
		{"a press secretary telling what the leader said", intro + "Leavitt, the White House press secretary, said Trump had raised the issue of tariffs.",
			"Trump had raised the issue of tariffs", "white-house", "Donald Trump", ByName, "US"},
		{"a press secretary on the other leader", intro + "White House press secretary Karoline Leavitt said the president had been very clear with Xi.",
			"the president had been very clear with Xi", "white-house", "Donald Trump", ByName, "US"},
		{"a press secretary's own remarks", intro + "White House press secretary Karoline Leavitt said the president's goal remained a lasting peace.",
			"the president's goal remained a lasting peace", "leavitt", "Karoline Leavitt", ByName, "US"},
		{"the Chinese readout", intro + "The Chinese readout said the talks had been useful.",
			"the talks had been useful", "beijing", "Xi Jinping", ByInstitution, "CN"},
		{"Xinhua", intro + "Xinhua reported that the talks had been useful.",
			"the talks had been useful", "beijing", "Xi Jinping", ByInstitution, "CN"},
		{"Chinese state media", intro + "Chinese state media said the talks had been useful.",
			"the talks had been useful", "beijing", "Xi Jinping", ByInstitution, "CN"},
		{"a person reporting another's words", ruIntro + "Kremlin aide Yuri Ushakov said Trump had stressed that the talks must go on.",
			"the talks must go on", "kremlin", "Vladimir Putin", ByName, "RU"},
		{"a government's outlet reporting its leader", intro + "Xinhua said Xi told Trump that the talks must go on.",
			"the talks must go on", "beijing", "Xi Jinping", ByName, "CN"},
		{"a government's outlet quoting the other side", intro + "Xinhua quoted Trump as saying that the talks must go on.",
			"the talks must go on", "beijing", "Xi Jinping", ByName, "CN"},
		{"the other side's words according to state media", intro + "Trump reaffirmed the One-China policy, according to Chinese state media.",
			"Trump reaffirmed the One-China policy", "beijing", "Xi Jinping", ByName, "CN"},
		{"a government's outlet reporting the other side", intro + "Xinhua said Trump told Xi that the talks must go on.",
			"the talks must go on", "beijing", "Xi Jinping", ByName, "CN"},
		{"a person quoting another", ruIntro + "Kremlin aide Yuri Ushakov quoted Trump as saying that the talks must go on.",
			"the talks must go on", "kremlin", "Vladimir Putin", ByName, "RU"},
		{"according to a person, another's words", ruIntro + "According to Kremlin aide Yuri Ushakov, Putin told Trump that the talks must go on.",
			"the talks must go on", "kremlin", "Vladimir Putin", ByName, "RU"},
		{"an apposition with a possessive", "Yuri Ushakov, Russian President Vladimir Putin's foreign policy adviser, confirmed that the talks must go on.",
			"the talks must go on", "kremlin", "Vladimir Putin", ByName, "RU"},
		{"an aide's own view", "Yuri Ushakov, Russian President Vladimir Putin's foreign policy adviser, said Western sanctions had failed.",
			"Western sanctions had failed", "ushakov", "Yuri Ushakov", ByName, "RU"},
		{"a description of a person just named", "Zelensky rejected the plan.\n\n“It is an ultimatum,” the Ukrainian president said.",
			"It is an ultimatum", "zelensky", "Zelensky", ByRole, "UA"},
		{"an office of several words", "U.S. Secretary of State Marco Rubio said the talks had been useful.",
			"the talks had been useful", "rubio", "Marco Rubio", ByName, "US"},
		{"an apposition that gives the side", "The head of the Russian delegation, presidential aide Vladimir Medinsky, said the talks had been useful.",
			"the talks had been useful", "kremlin", "Kremlin", ByName, "RU"},
		{"a country's own venue gives the side", "President Donald Trump told reporters aboard Air Force One that the talks had been useful.",
			"the talks had been useful", "trump", "Donald Trump", ByName, "US"},
		{"a courtesy title before the full name", ruIntro + "Putin's foreign policy adviser, Yuri Ushakov, said the talks were useful.\n\nMr Ushakov added that no summit date had been set.",
			"no summit date had been set", "kremlin", "Vladimir Putin", ByName, "RU"},
		{"his office speaks for his side", intro + "Zelensky pressed Trump on air defence, his office said.",
			"pressed Trump on air defence", "kyiv", "Volodymyr Zelensky", ByName, "UA"},
		{"a role in a side's report is that side's", ruIntro + "White House press secretary Karoline Leavitt said the president had raised the fate of detained Americans.",
			"the president had raised the fate of detained Americans", "white-house", "Donald Trump", ByName, "US"},
		{"the statement is its issuer's", "German Chancellor Olaf Scholz spoke to Russian President Vladimir Putin.\n\nIn a statement, government spokesman Steffen Hebestreit said the chancellor had condemned the war.\n\nScholz “underlined Germany's support for Ukraine,” the statement said.",
			"underlined Germany's support for Ukraine", "berlin", "Olaf Scholz", ByName, "DE"}, // the quotation opens with Scholz's verb, reported by his spokesman's statement
		{"the readout is the last institution's", intro + "Biden raised trade, according to a White House readout. He also stressed the need for guardrails.\n\nThe readout said Trump welcomed the talks on fentanyl.",
			"Trump welcomed the talks on fentanyl", "white-house", "Donald Trump", ByName, "US"},
		{"he is the main clause's subject, not whom it reports", intro + "Trump said Xi had expressed a wish for more trade.\n\n“It was a great call,” he said.",
			"It was a great call", "trump", "Donald Trump", ByPronoun, "US"},
		{"he is whom the side's statement is about", "French President Emmanuel Macron and Russian President Vladimir Putin spoke on Tuesday, with the Russian leader blaming the West.\n\nMacron “called for a ceasefire,” the Élysée said.\n\nHe also stressed that borders could not be changed by force.",
			"borders could not be changed by force", "elysee", "Emmanuel Macron", ByPronoun, "FR"},
		{"a dateline gives staff their side", "Putin and Trump talk by phone\n\nMOSCOW, March 18. /TASS/. Presidential Aide Yury Ushakov said the conversation was frank.",
			"the conversation was frank", "kremlin", "Putin", ByName, "RU"},
		{"the participle's subject", intro + "The Ukrainian leader thanked Trump, describing the call as “frank”.",
			"the call as “frank”", "zelensky", "Volodymyr Zelensky", ByContext, "UA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, acc := accountStatement(t, runText(t, "Headline\n\n"+tt.text+"\n"), tt.statement)
			if acc.ID != tt.account || acc.Speaker != tt.speaker || acc.Party != tt.party {
				t.Errorf("account %s (%s, party %q), want %s (%s, party %q)", acc.ID, acc.Speaker, acc.Party, tt.account, tt.speaker, tt.party)
			}
			if !strings.HasPrefix(st.Evidence.Resolved, tt.method) {
				t.Errorf("resolved by %q, want %q", st.Evidence.Resolved, tt.method)
			}
		})
	}
}

func TestSpellingKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Zelensky", "Zelenskyy"}, {"Zelensky", "Zelenskiy"}, {"Zelensky", "Zelenski"},
		{"Dmitry", "Dmitri"}, {"Yuri", "Yury"}, {"Erdoğan", "Erdogan"}, {"Peskov", "Peskov"},
	}
	for _, tt := range tests {
		if spellingKey(tt.a) != spellingKey(tt.b) {
			t.Errorf("spellingKey(%q) = %q, spellingKey(%q) = %q: want them equal", tt.a, spellingKey(tt.a), tt.b, spellingKey(tt.b))
		}
	}
	for _, pair := range [][2]string{{"Xi", "Li"}, {"Putin", "Peskov"}, {"Biden", "Bidan"}} {
		if spellingKey(pair[0]) == spellingKey(pair[1]) {
			t.Errorf("spellingKey(%q) == spellingKey(%q)", pair[0], pair[1])
		}
	}
}

func TestNearlySame(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Zelensky", "Zelesnky", true},   // two letters swapped: two edits, a long name
		{"Ushakov", "Ushakof", true},     // one edit
		{"Lavrov", "Lavrova", true},      // one edit
		{"Xi", "Li", false},              // short names never
		{"Biden", "Bidet", true},         // one edit on five letters
		{"Putin", "Rutin", false},        // another first letter
		{"Erdogan", "Erdoğan", true},     // a diacritic
		{"Macron", "Merkel", false},      // far apart
		{"Starmer", "Stammer", true},     // one edit
		{"Netanyahu", "Netanyhau", true}, // two edits, long
		{"Zelensky", "Zaluzhny", false},  // far apart
	}
	for _, tt := range tests {
		if got := nearlySame(tt.a, tt.b); got != tt.want {
			t.Errorf("nearlySame(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"kitten", "sitting", 3, 3}, {"abc", "abc", 1, 0}, {"abc", "abd", 1, 1},
		{"abcdef", "ab", 2, 3}, {"zelensky", "zelesnky", 2, 2}, {"", "ab", 2, 2},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}
