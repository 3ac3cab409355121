package report

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"readouts/app/compare"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

var (
	pairTK = [2]string{"trump", "kremlin"}
	pairTZ = [2]string{"trump", "zelensky"}
	pairKZ = [2]string{"kremlin", "zelensky"}
)

func renderPDF(t testing.TB, in Input) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WritePDF(&buf, in); err != nil {
		t.Fatalf("WritePDF: %v", err)
	}
	return buf.Bytes()
}

// reportCases are the reports every PDF test checks.
func reportCases(t testing.TB) []struct {
	name string
	in   Input
} {
	return []struct {
		name string
		in   Input
	}{
		{"seed pair", goldInput(t, pairTK)},
		{"seed all", goldInput(t, pairTK, pairTZ, pairKZ)},
		{"intl pair", intlInput(t)},
		{"pipeline pair", pipelineInput(t, false)},
		{"pipeline all", pipelineInput(t, true)},
	}
}

// pdfcpuConf validates strictly: finishPDF adds what fpdf leaves out and
// strict mode asks for (font families, annotations as objects, outline
// counts).
func pdfcpuConf() *model.Configuration {
	api.DisableConfigDir()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationStrict
	return conf
}

func TestPDFValidates(t *testing.T) {
	for _, tc := range reportCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			data := renderPDF(t, tc.in)
			if err := api.Validate(bytes.NewReader(data), pdfcpuConf()); err != nil {
				t.Fatalf("pdfcpu validation: %v", err)
			}
		})
	}
}

func TestPDFMetadata(t *testing.T) {
	for _, tc := range reportCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			data := renderPDF(t, tc.in)
			info, err := api.PDFInfo(bytes.NewReader(data), tc.name, nil, false, pdfcpuConf())
			if err != nil {
				t.Fatalf("pdfcpu info: %v", err)
			}
			if !strings.HasPrefix(info.Title, "Readouts comparison report") || !strings.Contains(info.Title, "vs") && len(tc.in.Comparisons) == 1 {
				t.Errorf("title = %q", info.Title)
			}
			if info.Author != "Readouts" {
				t.Errorf("author = %q, want Readouts", info.Author)
			}
			for _, c := range tc.in.Comparisons {
				for _, id := range []string{c.Left, c.Right} {
					acc := tc.in.Extraction.Account(id)
					if !strings.Contains(info.Subject, acc.Speaker) {
						t.Errorf("subject %q lacks %q", info.Subject, acc.Speaker)
					}
					if !strings.Contains(strings.Join(info.Keywords, " "), id) {
						t.Errorf("keywords %q lack %q", info.Keywords, id)
					}
				}
			}
			if !strings.HasPrefix(info.CreationDate, "2025-05-20") && !strings.Contains(info.CreationDate, "20250520083000") {
				t.Errorf("creation date = %q, want the Generated time 2025-05-20 08:30", info.CreationDate)
			}
			if info.ModificationDate != info.CreationDate {
				t.Errorf("modification date %q differs from creation date %q", info.ModificationDate, info.CreationDate)
			}
			ctx, err := api.ReadContext(bytes.NewReader(data), pdfcpuConf())
			if err != nil {
				t.Fatalf("pdfcpu read: %v", err)
			}
			root, err := ctx.Catalog()
			if err != nil {
				t.Fatalf("catalog: %v", err)
			}
			if lang := root.StringEntry("Lang"); lang == nil || *lang != "en" {
				t.Errorf("catalog /Lang = %v, want en", lang)
			}
		})
	}
}

// TestPDFOutline checks the bookmarks: one per section, the pairs of an
// "all" report with their own Summary and Side by side, pages in order.
func TestPDFOutline(t *testing.T) {
	tests := []struct {
		name string
		in   Input
		want []string // top-level titles; "A > B" for a child
	}{
		{"pair", goldInput(t, pairTK), []string{"Readouts comparison report", "Summary", "Side by side", "Citations",
			"Citations > Donald Trump — Truth Social post", "Citations > Vladimir Putin — Kremlin readout (Russian state media, RIA Novosti)",
			"Appendix: the article"}},
		{"all", goldInput(t, pairTK, pairTZ, pairKZ), []string{"Readouts comparison report", "Topic × account matrix",
			"Trump vs Kremlin", "Trump vs Kremlin > Summary", "Trump vs Kremlin > Side by side",
			"Trump vs Zelensky", "Trump vs Zelensky > Summary", "Trump vs Zelensky > Side by side",
			"Kremlin vs Zelensky", "Kremlin vs Zelensky > Summary", "Kremlin vs Zelensky > Side by side",
			"Citations", "Citations > Donald Trump — Truth Social post", "Appendix: the article"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := renderPDF(t, tc.in)
			bms, err := api.Bookmarks(bytes.NewReader(data), pdfcpuConf())
			if err != nil {
				t.Fatalf("pdfcpu bookmarks: %v", err)
			}
			pages, err := api.PageCount(bytes.NewReader(data), pdfcpuConf())
			if err != nil {
				t.Fatalf("page count: %v", err)
			}
			got := map[string]bool{}
			last := 0
			for _, b := range bms {
				got[b.Title] = true
				if b.PageFrom < last || b.PageFrom > pages {
					t.Errorf("bookmark %q on page %d (previous %d, %d pages)", b.Title, b.PageFrom, last, pages)
				}
				last = b.PageFrom
				for _, k := range b.Kids {
					got[b.Title+" > "+k.Title] = true
				}
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("outline lacks %q; has %v", w, got)
				}
			}
		})
	}
}

// pdftotext returns the text of a PDF, per page, or skips the test when
// poppler-utils is not installed.
func pdftotext(t *testing.T, data []byte) []string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; skipping the text read-back check")
	}
	f := t.TempDir() + "/report.pdf"
	if err := os.WriteFile(f, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", f, "-").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("pdftotext: %v: %s", err, ee.Stderr)
		}
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}

var spaceRun = regexp.MustCompile(`\s+`)

// normalise folds whitespace (line breaks become spaces) so text that the
// report wrapped over lines compares equal to the statement.
func normalise(s string) string { return strings.TrimSpace(spaceRun.ReplaceAllString(s, " ")) }

// expected is what a statement looks like once drawn: runes no installed
// font draws are replaced.
func expected(t *testing.T, s string) string {
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	return normalise(newFontBook(fonts, systemFonts, []string{s}).clean(s))
}

func TestPDFTextHasStatementsVerdictsAndScripts(t *testing.T) {
	for _, tc := range reportCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			pages := pdftotext(t, renderPDF(t, tc.in))
			text := normalise(strings.Join(pages, " "))
			for _, c := range tc.in.Comparisons {
				for _, id := range []string{c.Left, c.Right} {
					for _, st := range tc.in.Extraction.Account(id).Statements {
						if want := expected(t, st.Text); !strings.Contains(text, want) {
							t.Errorf("text lacks statement %s: %q", st.ID, want)
						}
					}
				}
			}
			for _, w := range []string{"Agree", "Diverge", "Only "} {
				if !strings.Contains(text, w) {
					t.Errorf("text lacks verdict word %q", w)
				}
			}
			// Every page says which page of how many it is.
			for i, p := range pages {
				want := "Page " + strconv.Itoa(i+1) + " of " + strconv.Itoa(len(pages))
				if !strings.Contains(p, want) {
					t.Errorf("page %d lacks footer %q", i+1, want)
				}
			}
		})
	}
}

func TestPDFTextSurvivesScriptsAndEmoji(t *testing.T) {
	pages := pdftotext(t, renderPDF(t, intlInput(t)))
	text := normalise(strings.Join(pages, " "))
	for _, s := range intlSamples {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %q", s)
		}
	}
	fonts, _ := loadFonts()
	// The emoji were replaced visibly, each sequence by one mark.
	for _, s := range []string{"at any time " + fonts.replacement + ".", "є ключовою " + fonts.replacement + ".", "window for peace” " + fonts.replacement} {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks replaced emoji %q", s)
		}
	}
	for _, r := range text {
		if r > 0xFFFF {
			t.Errorf("text contains %U, which should have been replaced", r)
		}
	}
}

// TestPDFRowsKeepTogether renders a long report with rows of every length
// up to longer than a page, and checks that a row shorter than a page is on
// one page, in the renderer's record and in the text read back: the row's
// "Why:" line and the id labels of its statements share a page.
func TestPDFRowsKeepTogether(t *testing.T) {
	in := synthInput(80)
	// Make some rows longer than a page: a side with many statements.
	rows := in.Comparisons[0].Rows
	long := &rows[len(rows)/2]
	long.Verdict, long.Diff, long.Right = compare.LeftOnly, nil, nil
	long.Left = nil
	for _, st := range in.Extraction.Accounts[0].Statements[:30] {
		long.Left = append(long.Left, st.ID)
	}
	r, err := newReport(in)
	if err != nil {
		t.Fatal(err)
	}
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	d := newPDFDoc(r, newFontBook(fonts, systemFonts, r.texts()))
	d.render()
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	if len(d.rowPages) != len(rows) {
		t.Fatalf("%d rows placed, want %d", len(d.rowPages), len(rows))
	}
	split, spanning := 0, 0
	for _, p := range d.rowPages {
		if p.fitsPage && p.first != p.last {
			t.Errorf("row %q fits a page but runs from page %d to %d", p.topic, p.first, p.last)
		}
		if !p.fitsPage {
			spanning++
			if p.first == p.last {
				t.Errorf("row %q is longer than a page but drawn on page %d only", p.topic, p.first)
			}
		}
		if p.first != d.rowPages[0].first {
			split++
		}
	}
	if spanning != 1 || split == 0 {
		t.Fatalf("test input has %d rows longer than a page and %d rows after the first page; want 1 and some", spanning, split)
	}
	pages := pdftotext(t, buf.Bytes())
	for _, p := range d.rowPages {
		if !p.fitsPage {
			continue
		}
		row := rows[slices.IndexFunc(rows, func(r compare.Row) bool { return r.Topic == p.topic })]
		text := normalise(pages[p.first-1])
		if !strings.Contains(text, "Key reason: "+row.Reasons[0]) {
			t.Errorf("page %d lacks the head of row %q", p.first, row.Topic)
		}
		for _, id := range append(append([]string{}, row.Left...), row.Right...) {
			label := fmt.Sprintf("%s ¶%d", id, in.Extraction.Statement(id).Paragraph)
			if !strings.Contains(text, label) {
				t.Errorf("page %d lacks %q of row %q", p.first, label, row.Topic)
			}
		}
	}
}

func TestPDFLinks(t *testing.T) {
	in := goldInput(t, pairTK)
	data := renderPDF(t, in)
	n := 0
	for _, c := range in.Comparisons {
		n += len(in.Extraction.Account(c.Left).Statements) + len(in.Extraction.Account(c.Right).Statements)
	}
	// Each statement: its id in the side-by-side rows links to its
	// citation; its quote in the citations links to the appendix, its
	// row label to its row; its id in the appendix links to its row.
	if got := bytes.Count(data, []byte("/Subtype /Link")); got < 3*n {
		t.Errorf("%d link annotations, want at least %d for %d statements", got, 3*n, n)
	}
}

// TestChipLinesFitTheColumn: a verdict word longer than the summary's
// verdict column wraps inside it instead of running into the key reason.
func TestChipLinesFitTheColumn(t *testing.T) {
	r, err := newReport(synthInput(2))
	if err != nil {
		t.Fatal(err)
	}
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	d := newPDFDoc(r, newFontBook(fonts, systemFonts, r.texts()))
	tests := []struct {
		label string
		lines int // at least
	}{
		{"Agree", 1},
		{"Only Whitfield (Oval Office remarks)", 2},
	}
	const maxW = 28.0
	for _, tc := range tests {
		lines := d.chipLines(tc.label, maxW)
		if len(lines) < tc.lines {
			t.Errorf("%q: %d lines, want at least %d", tc.label, len(lines), tc.lines)
		}
		for _, ln := range lines {
			if w := ln.width() + 3.6; w > maxW+0.01 {
				t.Errorf("%q: a line %.1f mm wide in a %.1f mm column", tc.label, w, maxW)
			}
		}
	}
}
