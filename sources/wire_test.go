package sources

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestWireStyles reads short articles written in the styles of the wires
// and state agencies (AP, Reuters, AFP, BBC, VOA, Xinhua, TASS) and checks
// whose account each key statement lands in — and that the journalist's
// own sentences land in none.
func TestWireStyles(t *testing.T) {
	type want = accountWant
	tests := []struct {
		style, text string
		want        []want
	}{
		{"AP: remarks aboard Air Force One, an aide's account", `Trump says call with Putin moved nothing

WASHINGTON (AP) — President Donald Trump said Thursday he "got nowhere at all" with Russian President Vladimir Putin, as the Kremlin said Putin told him Moscow would keep to its aims.

"It was a call. A fairly long one," Trump told reporters aboard Air Force One.

Asked whether anything had moved, Trump said: "No, nothing moved at all."

Kremlin foreign policy aide Yuri Ushakov said Trump raised the question of a quick ceasefire, and Putin said Russia was ready to keep negotiating.

Trump, for his part, told reporters that trade had also come up.

Russia launched hundreds of drones at Ukrainian cities overnight.
`, []want{
			{`"got nowhere at all"`, "trump"},
			{"It was a call. A fairly long one", "trump"},
			{"No, nothing moved at all.", "trump"},
			{"trade had also come up", "trump"},
			{"Moscow would keep to its aims", "kremlin"},
			{"Trump raised the question of a quick ceasefire", "kremlin"},
			{"Russia was ready to keep negotiating", "kremlin"},
			{"hundreds of drones", ""},
		}},
		{"Reuters: state media's account of the other leader", `Xi tells Trump Taiwan is the key issue

BEIJING/WASHINGTON, June 5 (Reuters) - Chinese President Xi Jinping told U.S. President Donald Trump on Thursday that Washington should handle Taiwan with caution, while Trump said the call had gone very well.

Xi also voiced concern about U.S. export controls, Xinhua reported, and invited Trump to visit China.

Trump reaffirmed the One-China policy, according to Chinese state media.

Trump wrote on Truth Social that the call lasted an hour and a half.

Chinese foreign ministry spokesperson Lin Jian told a regular briefing that the call had been positive.
`, []want{
			{"Washington should handle Taiwan with caution", "beijing"},
			{"Xi also voiced concern about U.S. export controls", "beijing"},
			{"invited Trump to visit China", "beijing"},
			{"Trump reaffirmed the One-China policy", "beijing"},
			{"the call had been positive", "beijing"},
			{"the call lasted an hour and a half", "trump"},
		}},
		{"AFP: a lede of absolute clauses", `Macron and Putin speak for first time in years

PARIS (AFP) - French President Emmanuel Macron and Russian leader Vladimir Putin spoke by phone on Friday, with the French leader urging a truce and the Russian president hitting back that the alliance had provoked the crisis.

Macron "called for a ceasefire as soon as possible", the French presidency said.

The Kremlin said Putin had told Macron that the war was the result of Western policy.

Putin, "is open to a serious dialogue," the Kremlin said.

An Elysee official who briefed reporters said Paris had informed Kyiv beforehand.
`, []want{
			{"urging a truce", "elysee"},
			{"the alliance had provoked the crisis", "kremlin"},
			{"the war was the result of Western policy", "kremlin"},
			{"is open to a serious dialogue", "kremlin"},
			{"Paris had informed Kyiv beforehand", "elysee"},
		}},
		{"BBC: an adviser, a press secretary and a courtesy title", `Biden warns Putin over Ukraine

US President Joe Biden has warned Russian President Vladimir Putin that the US will respond decisively if Russia invades Ukraine, the White House says.

Mr Putin's foreign policy adviser, Yuri Ushakov, said the Russian leader had told Mr Biden that new sanctions would be a colossal mistake.

Mr Ushakov described the tone of the talks as businesslike.

White House press secretary Jen Psaki said the president had also expressed support for diplomacy.
`, []want{
			{"the US will respond decisively", "white-house"},
			{"new sanctions would be a colossal mistake", "kremlin"},
			{"the tone of the talks as businesslike", "kremlin"},
			{"the president had also expressed support for diplomacy", "white-house"},
		}},
		{"VOA: pressing and warning, a readout, a senior official", `Biden, Xi Hold Virtual Summit

WASHINGTON — U.S. President Joe Biden and Chinese President Xi Jinping held a virtual meeting Monday, with Biden pressing Xi on human rights and Xi warning that Washington was playing with fire on Taiwan.

Biden raised concerns about Xinjiang and Hong Kong, according to a White House readout. He also underscored the need for guardrails on competition.

Xi told Biden that Taiwan was a red line, Xinhua reported.

A senior administration official who briefed reporters said the two leaders had agreed to look at talks on strategic stability.

Both leaders described the meeting as candid.
`, []want{
			{"pressing Xi on human rights", "white-house"},
			{"Washington was playing with fire on Taiwan", "beijing"},
			{"Biden raised concerns about Xinjiang and Hong Kong", "white-house"},
			{"the need for guardrails on competition", "white-house"},
			{"the meeting as candid", ""},
		}},
		{"Xinhua: the agency's account of both leaders", `Xi, Biden hold video call

BEIJING, March 18 (Xinhua) -- Chinese President Xi Jinping had a video call with U.S. President Joe Biden on Friday.

Xi pointed out that China and the United States must carry their share of global duties.

Biden said the United States does not seek a new Cold War with China.

Both presidents agreed that their teams should follow up.
`, []want{
			{"China and the United States must carry their share of global duties", "beijing"},
			{"the United States does not seek a new Cold War with China", "beijing"},
		}},
		{"TASS: the press service and a presidential aide", `Putin, Pezeshkian discuss Middle East

MOSCOW, June 13. /TASS/. Russian President Vladimir Putin and Iranian President Masoud Pezeshkian held a telephone conversation on Friday, the Kremlin press service reported.

Pezeshkian thanked Putin for the support and informed him about the measures Tehran is taking, the Kremlin press service said.

The presidents agreed to maintain close contact, Presidential Aide Yury Ushakov told reporters.
`, []want{
			{"Pezeshkian thanked Putin for the support", "kremlin"},
			{"informed him about the measures Tehran is taking", "kremlin"},
			{"The presidents agreed to maintain close contact", "kremlin"},
		}},
		{"a quotation introduced by the sentence before it", `Trump and Putin speak

WASHINGTON (Wire) — Trump told reporters aboard Air Force One about his call with Russian President Vladimir Putin. "We got nowhere with him today."
`, []want{
			{"We got nowhere with him today.", "trump"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.style, func(t *testing.T) {
			checkAccounts(t, tt.text, tt.want)
		})
	}
}

// TestWireStylesStatementText: a speech act is a statement from its verb,
// or from its subject when another source reports it.
func TestWireStylesStatementText(t *testing.T) {
	text := `Xi and Trump talk

Xi urged the United States to lift its sanctions. Kremlin aide Yuri Ushakov said Trump raised the question of a summit.
`
	p := runText(t, text)
	for _, want := range []string{"urged the United States to lift its sanctions", "Trump raised the question of a summit"} {
		st, _ := statementWith(p.extraction, want)
		if st == nil || strings.TrimSpace(st.Text) != want {
			t.Errorf("want the statement %q:%s", want, dumpExtraction(p.extraction))
		}
	}
}

// TestWireArticles measures the extractor on the wire-style articles of
// testdata/wire against their readings (see each reading's "about": the
// rules were partly fitted to them, so this guards what works rather
// than measuring it). The floors sit about one statement below the
// scores when they were set.
func TestWireArticles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "wire", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no wire articles: %v", err)
	}
	cat := testCatalog(t)
	var sumP, sumR float64
	for _, path := range files {
		p, r, misses, extra := scoreTextFile(t, cat, path)
		sumP, sumR = sumP+p, sumR+r
		if p < 0.85 || r < 0.65 {
			t.Errorf("%s: extraction precision %.2f recall %.2f, floors 0.85 and 0.65; missed %q; extra %q", filepath.Base(path), p, r, misses, extra)
		}
	}
	n := float64(len(files))
	t.Logf("%d articles: mean extraction precision %.2f recall %.2f", len(files), sumP/n, sumR/n)
	if sumP/n < 0.95 || sumR/n < 0.93 {
		t.Errorf("mean precision %.2f, recall %.2f: floors are 0.95 and 0.93", sumP/n, sumR/n)
	}
}
