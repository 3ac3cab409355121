package report

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"readouts/app/compare"
	"readouts/assets"
	"readouts/sources"

	"github.com/pdfcpu/pdfcpu/pkg/api"
)

// cjkArticle is a short article written for these tests, with front matter,
// a statement holding Chinese, one holding Arabic, and emoji.
const cjkArticle = "testdata/cjk-article.md"

// cjkInput runs the real engine on the test article, read under its
// absolute path, and compares all its accounts.
func cjkInput(t testing.TB) (Input, string) {
	t.Helper()
	return articleInput(t, cjkArticle)
}

// articleInput runs the real engine on an article of testdata, read under
// its absolute path, and compares all its accounts; it returns the input
// and the article's folder.
func articleInput(t testing.TB, name string) (Input, string) {
	t.Helper()
	path, err := filepath.Abs(name)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := sources.Parse(path, raw)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	cat, err := sources.ParseCatalog(assets.Catalog)
	if err != nil {
		t.Fatal(err)
	}
	x := sources.Extract(a, cat)
	lex, err := compare.ParseLexicon(assets.Topics, assets.Cues)
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Accounts) < 2 {
		t.Fatalf("the engine found %d accounts in %s, want at least 2", len(x.Accounts), name)
	}
	cs, m := compare.New(lex).All(x)
	return Input{Extraction: x, Comparisons: cs, Matrix: &m, Version: "0.1.0-test", Generated: fixedTime}, filepath.Dir(path)
}

// statementWith returns the first statement of in holding a rune of table.
func statementWith(t *testing.T, in Input, table *unicode.RangeTable) *sources.Statement {
	t.Helper()
	for _, acc := range in.Extraction.Accounts {
		for i, st := range acc.Statements {
			if strings.IndexFunc(st.Text, func(r rune) bool { return unicode.Is(table, r) }) >= 0 {
				return &acc.Statements[i]
			}
		}
	}
	t.Fatalf("no statement of %s holds the script", cjkArticle)
	return nil
}

func needFont(t *testing.T, family string) {
	t.Helper()
	for _, f := range systemFonts {
		if f.family == family && f.load() != nil {
			return
		}
	}
	t.Skipf("%s is not installed (make deps installs it)", family)
}

// TestCJKReportBars checks issue 12's bars on an article given by an
// absolute path: page 1 names every account found, no folder path is in
// the PDF, its metadata, the Markdown or the JSON, the PDF passes strict
// validation, and a statement holding Chinese is drawn and read back.
func TestCJKReportBars(t *testing.T) {
	needFont(t, "DroidSansFallback")
	in, dir := cjkInput(t)
	data := renderPDF(t, in)
	if err := api.Validate(bytes.NewReader(data), pdfcpuConf()); err != nil {
		t.Fatalf("strict validation: %v", err)
	}
	pages := pdftotext(t, data)
	page1 := normalise(pages[0])
	for _, acc := range in.Extraction.Accounts {
		if !strings.Contains(page1, normalise(accountLabel(&acc))) {
			t.Errorf("page 1 does not name account %s (%s)", acc.ID, accountLabel(&acc))
		}
	}
	for _, w := range []string{"cjk-article.md", "The Harbour Ledger", "Mira Okafor", "2024-03-04", in.Extraction.Article.SHA256,
		"Chinese, Japanese and Korean in Droid Sans Fallback", "Arabic in Noto Sans Arabic", "U+1F1EA"} {
		if !strings.Contains(page1, w) {
			t.Errorf("page 1 lacks %q", w)
		}
	}
	text := normalise(strings.Join(pages, " "))
	zh := statementWith(t, in, unicode.Han)
	if want := normalise(zh.Text); !strings.Contains(text, want) {
		t.Errorf("pdftotext does not give back statement %s: %q", zh.ID, want)
	}
	var md, js bytes.Buffer
	if err := WriteMarkdown(&md, in); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&js, in); err != nil {
		t.Fatal(err)
	}
	info, err := api.PDFInfo(bytes.NewReader(data), "cjk", nil, false, pdfcpuConf())
	if err != nil {
		t.Fatal(err)
	}
	meta := info.Title + info.Subject + strings.Join(info.Keywords, " ") + info.Creator + info.Producer
	for name, b := range map[string][]byte{"PDF": data, "PDF text": []byte(text), "PDF metadata": []byte(meta),
		"Markdown": md.Bytes(), "JSON": js.Bytes()} {
		if bytes.Contains(b, []byte(dir)) {
			t.Errorf("%s holds the folder path %s", name, dir)
		}
	}
}

// TestArabicInLogicalOrder checks that an Arabic phrase is drawn with a
// font that has it and comes back from pdftotext with its words in order.
func TestArabicInLogicalOrder(t *testing.T) {
	needFont(t, "NotoSansArabic")
	in, _ := cjkInput(t)
	ar := statementWith(t, in, unicode.Arabic)
	text := normalise(strings.Join(pdftotext(t, renderPDF(t, in)), " "))
	words := regexp.MustCompile(`\p{Arabic}+(?: \p{Arabic}+)*`).FindString(ar.Text)
	if words == "" || !strings.Contains(text, words) {
		t.Errorf("pdftotext lacks the Arabic words %q in logical order", words)
	}
}

// TestMissingCJKFontIsSaid renders with no font for Chinese installed: the
// Chinese characters are replaced, and page 1 and MissingFonts say which
// package to install.
func TestMissingCJKFontIsSaid(t *testing.T) {
	in, _ := cjkInput(t)
	var none []systemFont
	for _, f := range systemFonts {
		if f.family == "DroidSansFallback" {
			f.regular = filepath.Join(t.TempDir(), "absent.ttf")
		}
		none = append(none, f)
	}
	var buf bytes.Buffer
	if err := writePDF(&buf, in, none); err != nil {
		t.Fatal(err)
	}
	pages := pdftotext(t, buf.Bytes())
	page1 := normalise(pages[0])
	for _, w := range []string{"no font for Chinese, Japanese and Korean is installed", "fonts-droid-fallback"} {
		if !strings.Contains(page1, w) {
			t.Errorf("page 1 lacks %q", w)
		}
	}
	if strings.ContainsFunc(strings.Join(pages, ""), func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		t.Error("Chinese drawn without a font for it")
	}
	base, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	r, err := newReport(in)
	if err != nil {
		t.Fatal(err)
	}
	if notes := newFontBook(base, none, r.texts()).lackingNotes(); len(notes) != 1 || !strings.Contains(notes[0], "fonts-droid-fallback") {
		t.Errorf("lacking notes = %q, want one naming fonts-droid-fallback", notes)
	}
}

var (
	reBaseFontName = regexp.MustCompile(`/BaseFont /([^\s/<>\[\]]+)`)
	reSubsetName   = regexp.MustCompile(`^[A-Z]{6}\+[A-Za-z0-9-]+$`)
	reTrailerID    = regexp.MustCompile(`/ID \[<([0-9a-f]{32})> <([0-9a-f]{32})>\]`)
)

// TestPDFStandards checks what finishPDF and the metadata add: every font
// named as a subset, a file identifier, XMP metadata that repeats the
// Info dictionary, the sRGB output intent and the document language.
func TestPDFStandards(t *testing.T) {
	for _, tc := range reportCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			data := renderPDF(t, tc.in)
			names := reBaseFontName.FindAllSubmatch(data, -1)
			if len(names) == 0 {
				t.Fatal("no fonts")
			}
			for _, m := range names {
				if !reSubsetName.Match(m[1]) {
					t.Errorf("font %s has no subset name", m[1])
				}
			}
			if !reTrailerID.Match(data) {
				t.Error("no file identifier in the trailer")
			}
			for _, w := range []string{"/Type /Metadata /Subtype /XML", "<x:xmpmeta", "<xmp:CreateDate>2025-05-20T08:30:00Z</xmp:CreateDate>",
				"/OutputIntents [", "/S /GTS_PDFA1", "/Lang (en)", "%PDF-1.7", "/CreationDate (D:20250520083000Z)"} {
				if !bytes.Contains(data, []byte(w)) {
					t.Errorf("PDF lacks %q", w)
				}
			}
			info, err := api.PDFInfo(bytes.NewReader(data), tc.name, nil, false, pdfcpuConf())
			if err != nil {
				t.Fatal(err)
			}
			if title := "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlText(info.Title) + "</rdf:li>"; !bytes.Contains(data, []byte(title)) {
				t.Errorf("XMP title differs from the Info title %q", info.Title)
			}
		})
	}
}

// TestHeadingsKeepWithNext checks on the text read back that no page ends
// with a heading: each stays with what follows it.
func TestHeadingsKeepWithNext(t *testing.T) {
	cases := append(reportCases(t), struct {
		name string
		in   Input
	}{"long", synthInput(80)})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			headings := map[string]bool{"Summary": true, "Side by side": true, "Citations": true,
				"Appendix: the article": true, "Topic × account matrix": true}
			for _, acc := range tc.in.Extraction.Accounts {
				headings[accountLabel(&acc)] = true
			}
			for i, p := range pdftotext(t, renderPDF(t, tc.in)) {
				var lines []string
				for _, l := range strings.Split(p, "\n") {
					l = strings.TrimSpace(l)
					if l == "" || strings.HasPrefix(l, "Readouts comparison report on") || strings.HasPrefix(l, "Page ") {
						continue
					}
					lines = append(lines, l)
				}
				if n := len(lines); n > 0 && headings[lines[n-1]] {
					t.Errorf("page %d ends with the heading %q", i+1, lines[n-1])
				}
			}
		})
	}
}
