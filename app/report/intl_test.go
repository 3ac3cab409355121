package report

import (
	"os"
	"strings"
	"testing"

	"readouts/app/compare"
	"readouts/sources"
)

const intlArticlePath = "testdata/intl-article.txt"

// intlSamples are the non-Latin and accented texts the intl report must
// carry through to pdftotext unchanged.
var intlSamples = []string{
	"Türkiye", "İstanbul", "kalıcı barış için üzerine düşeni", "görüşmeleri", "Erdoğan",
	"Дякуємо Туреччині за підтримку", "ґрунтовної", "їхня позиція є ключовою",
	"Россия готова к переговорам в Стамбуле",
	"“a window for peace”", "– at any level", "— for 30 days",
}

// intlInput is a hand-built two-account comparison of the intl test
// article: Turkish, Ukrainian and Russian text, curly quotes, en and em
// dashes, and emoji (flags, skin tones, variation selectors) both in
// statements and in the title.
func intlInput(t testing.TB) Input {
	t.Helper()
	raw, err := os.ReadFile(intlArticlePath)
	if err != nil {
		t.Fatalf("read intl article: %v", err)
	}
	text := string(raw)
	paras := paragraphsOf(text)
	art := &sources.Article{Name: "intl-article.txt", Text: text,
		Title: strings.SplitN(text, "\n", 2)[0], Date: "2025-06-03", SHA256: sha256hex(raw),
		Body: sources.Span{End: len(text)}, Paragraphs: paras}
	mk := func(acc, speaker, channel string, quotes ...string) sources.Account {
		a := sources.Account{ID: acc, Speaker: speaker, Channel: channel, Label: speaker + " — " + channel}
		for i, q := range quotes {
			start := strings.Index(text, q)
			if start < 0 {
				t.Fatalf("statement %q not in intl article", q)
			}
			a.Statements = append(a.Statements, sources.Statement{ID: acc + "-" + itoa(i+1), Account: acc,
				Speaker: speaker, Channel: channel, Kind: sources.Quote, Confidence: 0.9,
				Span: sources.Span{Start: start, End: start + len(q)}, Text: q, Paragraph: paragraphAt(paras, start)})
		}
		return a
	}
	x := &sources.Extraction{Article: art, Accounts: []sources.Account{
		mk("erdogan", "Recep Tayyip Erdoğan", "X post",
			"Türkiye is ready to host direct negotiations – at any level, at any time 🤝.",
			"the need for a lasting ceasefire",
			"Türkiye, kalıcı barış için üzerine düşeni yapmaya hazır; İstanbul görüşmeleri sürecek."),
		mk("zelensky", "Volodymyr Zelensky", "Telegram post",
			"Дякуємо Туреччині за підтримку. Україна готова до ґрунтовної розмови на рівні лідерів — їхня позиція є ключовою 🇺🇦.",
			"ready for a full and unconditional ceasefire — for 30 days or more",
			"people who decide"),
	}}
	row := func(topic string, v compare.Verdict, left, right []string, why string) compare.Row {
		r := compare.Row{Topic: topic, Verdict: v, Left: left, Right: right, Reasons: []string{why}}
		if len(left) > 0 && len(right) > 0 {
			r.Diff = wordDiff(joinTexts(x, left), joinTexts(x, right))
		}
		return r
	}
	c := compare.Comparison{Left: "erdogan", Right: "zelensky", Rows: []compare.Row{
		row("ceasefire", compare.Agree, []string{"erdogan-2"}, []string{"zelensky-2"}, "both: a lasting / unconditional ceasefire"),
		row("talks", compare.Diverge, []string{"erdogan-1", "erdogan-3"}, []string{"zelensky-1"}, "İstanbul host vs leaders’ level — “ready”"),
		row("delegation", compare.RightOnly, nil, []string{"zelensky-3"}, "only Zelensky names who must attend 🙂"),
	}}
	return Input{Extraction: x, Comparisons: []compare.Comparison{c}, Version: "0.1.0-test", Generated: fixedTime}
}
