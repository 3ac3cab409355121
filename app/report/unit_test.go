package report

import (
	"slices"
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
		// No system fonts: what Noto Sans cannot draw is replaced.
		if got := newFontBook(fonts, nil, []string{tc.in}).clean(tc.in); got != tc.want {
			t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if rep == "?" || !fonts.has([]rune(rep)[0]) {
		t.Errorf("replacement %q should be a glyph the font has, not a plain '?'", rep)
	}
}

func TestDiffFlags(t *testing.T) {
	row := compare.Row{Diff: []compare.Op{
		{Op: "equal", Text: "talks will "}, {Op: "delete", Text: "begin immediately"},
		{Op: "insert", Text: "start later"}, {Op: "equal", Text: ". More"}, {Op: "delete", Text: " here"},
	}}
	flags := func(f []bool) string {
		var b strings.Builder
		for _, d := range f {
			b.WriteByte(map[bool]byte{true: 'x', false: '.'}[d])
		}
		return b.String()
	}
	left := diffFlags(row, true, []string{"talks will begin immediately.", "More here"})
	if got, want := flags(left[0]), "..........."+strings.Repeat("x", 17)+"."; got != want {
		t.Errorf("left[0] = %s, want %s", got, want)
	}
	if got, want := flags(left[1]), "....xxxxx"; got != want {
		t.Errorf("left[1] = %s, want %s", got, want)
	}
	right := diffFlags(row, false, []string{"talks will start later", "missing"})
	if got, want := flags(right[0]), "..........."+strings.Repeat("x", 11); got != want {
		t.Errorf("right[0] = %s, want %s", got, want)
	}
	if right[1] != nil {
		t.Errorf("a statement not in the diff has no flags, got %s", flags(right[1]))
	}
}

// TestStatementPieces checks that marks cut a statement at their offsets,
// that a cue wins over a shared word and that over a topic word where they
// overlap, and that marks of other statements are ignored.
func TestStatementPieces(t *testing.T) {
	st := &sources.Statement{ID: "a-1", Text: "Talks in Geneva will begin immediately, он сказал."}
	at := func(s string) (int, int) {
		i := strings.Index(st.Text, s)
		return i, i + len(s)
	}
	mark := func(s string, k compare.MarkKind) compare.Mark {
		lo, hi := at(s)
		return compare.Mark{Statement: "a-1", Start: lo, End: hi, Kind: k}
	}
	tests := []struct {
		name   string
		marks  []compare.Mark
		hidden [][2]int
		want   []piece
	}{
		{"none", nil, nil, []piece{{text: st.Text}}},
		{"shared and cue", []compare.Mark{mark("Geneva", compare.MarkShared), mark("immediately", compare.MarkCue)}, nil,
			[]piece{{text: "Talks in "}, {text: "Geneva", mark: sharedMark}, {text: " will begin "},
				{text: "immediately", mark: cueMark}, {text: ", он сказал."}}},
		{"cue over topic", []compare.Mark{mark("will begin immediately", compare.MarkTopic), mark("immediately", compare.MarkCue)}, nil,
			[]piece{{text: "Talks in Geneva "}, {text: "will begin ", mark: topicMark}, {text: "immediately", mark: cueMark}, {text: ", он сказал."}}},
		{"other statement", []compare.Mark{{Statement: "a-2", Start: 0, End: 5, Kind: compare.MarkCue}}, nil, []piece{{text: st.Text}}},
		{"out of range", []compare.Mark{{Statement: "a-1", Start: 40, End: 400, Kind: compare.MarkShared}}, nil,
			[]piece{{text: st.Text[:40]}, {text: st.Text[40:], mark: sharedMark}}},
		// Markup is left out, a mark across it kept on both sides of it.
		{"hidden markup", []compare.Mark{mark("Geneva will", compare.MarkShared)}, [][2]int{{0, 6}, {9, 10}},
			[]piece{{text: "in "}, {text: "eneva will", mark: sharedMark}, {text: " begin immediately, он сказал."}}},
	}
	for _, tc := range tests {
		got := statementPieces(st, tc.marks, nil, tc.hidden)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// TestSideSplitsRefs checks that a statement a row lists in its refs is
// shown as a reference, even when the row lists it too, and that each
// statement's best row is the one that shows it.
func TestSideSplitsRefs(t *testing.T) {
	c := compare.Comparison{Rows: []compare.Row{
		{Left: []string{"a-1", "a-2"}, Right: []string{"b-1"}, Refs: &compare.Refs{Left: []string{"a-2"}}},
		{Left: []string{"a-2"}, Refs: &compare.Refs{Left: []string{"a-1"}, Right: []string{"b-1"}}},
	}}
	s := side(c.Rows[0], true)
	if !slices.Equal(s.shown, []string{"a-1"}) || !slices.Equal(s.refs, []string{"a-2"}) {
		t.Errorf("row 1 left = %+v", s)
	}
	s = side(c.Rows[1], false)
	if len(s.shown) != 0 || !slices.Equal(s.refs, []string{"b-1"}) {
		t.Errorf("row 2 right = %+v", s)
	}
	best := bestRows(c)
	if best["a-1"] != 0 || best["a-2"] != 1 || best["b-1"] != 0 {
		t.Errorf("best rows = %v", best)
	}
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

// TestVerdictNames: a report names the accounts as the window does: a
// person by family name, family name first where the id was made so, an
// office in full, and two accounts of one speaker told apart by channel.
func TestVerdictNames(t *testing.T) {
	tests := []struct {
		name      string
		l, r      sources.Account
		wantLeft  string
		wantRight string
	}{
		{"family name", sources.Account{ID: "varga", Speaker: "Lena Varga"}, sources.Account{ID: "rojas", Speaker: "Ana Rojas"},
			"Only Varga", "Only Rojas"},
		{"family name first", sources.Account{ID: "wang", Speaker: "Wang Jianguo", Party: "CN"}, sources.Account{ID: "rojas", Speaker: "Ana Rojas"},
			"Only Wang", "Only Rojas"},
		{"an office", sources.Account{ID: "chilean-government", Speaker: "Chilean government"}, sources.Account{ID: "rojas", Speaker: "Ana Rojas"},
			"Only Chilean government", "Only Rojas"},
		{"one speaker, two channels", sources.Account{ID: "rojas-tv", Speaker: "Ana Rojas", Channel: "TV interview"},
			sources.Account{ID: "rojas", Speaker: "Ana Rojas", Channel: "statement"}, "Only Rojas — TV", "Only Rojas — statement"},
	}
	for _, tc := range tests {
		in := Input{
			Extraction:  &sources.Extraction{Article: &sources.Article{Text: "Two accounts."}, Accounts: []sources.Account{tc.l, tc.r}},
			Comparisons: []compare.Comparison{{Left: tc.l.ID, Right: tc.r.ID}},
		}
		r, err := newReport(in)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		p := r.pairs[0]
		if got := p.verdictLabel(compare.LeftOnly); got != tc.wantLeft {
			t.Errorf("%s: left %q, want %q", tc.name, got, tc.wantLeft)
		}
		if got := p.verdictLabel(compare.RightOnly); got != tc.wantRight {
			t.Errorf("%s: right %q, want %q", tc.name, got, tc.wantRight)
		}
	}
}
