package report

import (
	"strings"
	"testing"

	"readouts/app/compare"
	"readouts/sources"
)

func TestPaletteContrast(t *testing.T) {
	for _, fg := range textColours() {
		for _, bg := range backgrounds() {
			if r := contrastRatio(fg, bg); r < 4.5 {
				t.Errorf("text %v on %v: contrast %.2f < 4.5", fg, bg, r)
			}
		}
	}
	// The verdict colours must differ in lightness too, not only hue, so
	// they stay apart for readers who cannot tell red from blue.
	if d := relativeLuminance(styleAgree.strong) - relativeLuminance(styleDiverge.strong); d > -0.01 && d < 0.01 {
		t.Errorf("agree and diverge colours have the same luminance")
	}
}

func TestClean(t *testing.T) {
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	rep := fonts.replacement
	tests := []struct{ in, want string }{
		{"plain ASCII", "plain ASCII"},
		{"“Türkiye” – İstanbul — ı ş ğ", "“Türkiye” – İstanbul — ı ş ğ"},
		{"Україна: ї є ґ; Россия", "Україна: ї є ґ; Россия"},
		{"peace 🕊️ now", "peace " + rep + " now"},
		{"family 👨‍👩‍👧 and 👍🏽!", "family " + rep + " and " + rep + "!"},
		{"flag 🇺🇦.", "flag " + rep + "."},
		{"中文 text", rep + " text"},
		{"tab\tand\nnewline", "tab and newline"},
		{"bad \xff byte", "bad " + rep + " byte"},
	}
	for _, tc := range tests {
		if got := fonts.clean(tc.in); got != tc.want {
			t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if rep == "?" || !fonts.has([]rune(rep)[0]) {
		t.Errorf("replacement %q should be a glyph the font has, not a plain '?'", rep)
	}
}

func TestHighlight(t *testing.T) {
	row := compare.Row{Diff: []compare.Op{
		{Op: "equal", Text: "talks will "}, {Op: "delete", Text: "begin immediately"},
		{Op: "insert", Text: "start later"}, {Op: "equal", Text: ". More"}, {Op: "delete", Text: " here"},
	}}
	left := highlight(row, true, []string{"talks will begin immediately.", "More here"})
	want := [][]piece{
		{{"talks will ", sharedWord}, {"begin immediately", differWord}, {".", sharedWord}},
		{{"More", sharedWord}, {" here", differWord}},
	}
	if len(left) != 2 || !equalPieces(left[0], want[0]) || !equalPieces(left[1], want[1]) {
		t.Errorf("left = %v, want %v", left, want)
	}
	right := highlight(row, false, []string{"talks will start later", "missing"})
	if !equalPieces(right[0], []piece{{"talks will ", sharedWord}, {"start later", differWord}}) {
		t.Errorf("right[0] = %v", right[0])
	}
	if !equalPieces(right[1], []piece{{"missing", plainWord}}) {
		t.Errorf("a statement not in the diff should stay plain, got %v", right[1])
	}
}

func equalPieces(a, b []piece) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestCiteContext(t *testing.T) {
	text := "First paragraph.\nThe minister said that the talks would begin on Monday in Geneva, officials added later today.\nNext."
	a := &sources.Article{Text: text, Paragraphs: paragraphsOf(text)}
	quote := "the talks would begin on Monday"
	start := strings.Index(text, quote)
	st := &sources.Statement{Span: sources.Span{Start: start, End: start + len(quote)}, Text: quote}
	before, after, cb, ca := citeContext(a, st)
	if before != "The minister said that " || cb {
		t.Errorf("before = %q (cut %v): should stop at the paragraph start", before, cb)
	}
	if after != " in Geneva, officials added" || !ca {
		t.Errorf("after = %q (cut %v): want up to 32 characters ending on a whole word", after, ca)
	}
	if n := len([]rune(after)); n > contextChars {
		t.Errorf("after has %d runes, more than %d", n, contextChars)
	}
}

func TestNewReportRejectsBadInput(t *testing.T) {
	good := goldInput(t, pairTK)
	tests := []struct {
		name string
		edit func(in *Input)
	}{
		{"no extraction", func(in *Input) { in.Extraction = nil }},
		{"no comparison", func(in *Input) { in.Comparisons = nil }},
		{"unknown account", func(in *Input) { in.Comparisons = []compare.Comparison{{Left: "trump", Right: "nobody"}} }},
		{"unknown statement", func(in *Input) {
			in.Comparisons = []compare.Comparison{{Left: "trump", Right: "kremlin", Rows: []compare.Row{{Topic: "x", Left: []string{"trump-99"}}}}}
		}},
	}
	for _, tc := range tests {
		in := good
		tc.edit(&in)
		if err := WritePDF(new(strings.Builder), in); err == nil {
			t.Errorf("%s: WritePDF accepted it", tc.name)
		}
		if err := WriteMarkdown(new(strings.Builder), in); err == nil {
			t.Errorf("%s: WriteMarkdown accepted it", tc.name)
		}
	}
}
