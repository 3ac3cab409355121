package sources

import (
	"testing"
)

func TestScanUnits(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		units []string
	}{
		{"sentences", "The call lasted an hour. Both sides spoke.",
			[]string{"The call lasted an hour.", "Both sides spoke."}},
		{"a quotation across sentences is one unit", "“We met. We talked,” he said. Then he left.",
			[]string{"“We met. We talked,” he said.", "Then he left."}},
		{"an unclosed quotation runs to the paragraph's end", "He said: “We met. We talked.",
			[]string{"He said: “We met. We talked."}},
		{"straight quotes", `"It went well. Very well," she said. Nothing more.`,
			[]string{`"It went well. Very well," she said.`, "Nothing more."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := runText(t, "A headline\n\n"+tt.text+"\n")
			ps := p.paras[1]
			var got []string
			for _, u := range ps.units {
				got = append(got, p.a.Slice(u.Span))
				if u.lo >= u.hi || ps.toks[u.lo].Start != u.Start || ps.toks[u.hi-1].End != u.End {
					t.Errorf("unit %q has tokens %d..%d that do not span it", p.a.Slice(u.Span), u.lo, u.hi)
				}
			}
			if len(got) != len(tt.units) {
				t.Fatalf("units %q, want %q", got, tt.units)
			}
			for i := range got {
				if got[i] != tt.units[i] {
					t.Errorf("unit %d is %q, want %q", i, got[i], tt.units[i])
				}
			}
		})
	}
}

func TestScanQuoteMarks(t *testing.T) {
	p := runText(t, "Title\n\n“A b,” he said, “c d.” And “e”.\n")
	ps := p.paras[1]
	if len(ps.quotes) != 3 {
		t.Fatalf("%d quotes, want 3", len(ps.quotes))
	}
	opens, closes := 0, 0
	for _, tk := range ps.toks {
		if q := tk.openQuote(); q >= 0 {
			if ps.quotes[q].Open != tk.Start {
				t.Errorf("token at %d opens quote %d, which opens at %d", tk.Start, q, ps.quotes[q].Open)
			}
			opens++
		}
		if q := tk.closeQuote(); q >= 0 {
			if ps.quotes[q].Close != tk.End {
				t.Errorf("token at %d closes quote %d, which closes at %d", tk.Start, q, ps.quotes[q].Close)
			}
			closes++
		}
		inside := false
		for _, q := range ps.quotes {
			inside = inside || tk.Start >= q.Open && tk.Start < q.Close
		}
		if tk.quote != inside {
			t.Errorf("token %q: quote %v, want %v", tk.text, tk.quote, inside)
		}
	}
	if opens != 3 || closes != 3 {
		t.Errorf("%d opening and %d closing marks linked, want 3 and 3", opens, closes)
	}
}

// TestScanSkips: headings, site furniture and related links hold no
// statements, whatever verbs they contain.
func TestScanSkips(t *testing.T) {
	tests := []struct {
		line, skip string
	}{
		{"# Putin says talks went well", "heading"},
		{"Reporting by Anna Smith; Editing by Tom Jones", "boilerplate"},
		{"(Additional reporting by Anna Smith in Moscow.)", "boilerplate"},
		{"Related: Kremlin says no summit is planned", "boilerplate"},
		{"Read more: what Xi told Biden", "boilerplate"},
		{"Putin says he is ready to meet Trump", "link"},
		{"Putin said the talks had gone well and that a summit was possible.", ""},
		{"He said: “We are ready.", ""},
		{"Putin said the two would meet in May. [Reuters]", ""},
		{"Putin said the two would meet in May. (AP)", ""},
		{"Putin says he is ready to meet Trump (video)", "link"},
		{"Putin says he is ready to meet Trump [Reuters]", "link"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			p := runText(t, "A title line\n\nThe leaders spoke on Monday.\n\n"+tt.line+"\n")
			if got := p.paras[2].skip; got != tt.skip {
				t.Errorf("skip %q, want %q", got, tt.skip)
			}
			if tt.skip != "" {
				for _, d := range p.drafts {
					if d.para == 2 {
						t.Errorf("statement %q found in a skipped line", p.a.Slice(d.Span))
					}
				}
			}
		})
	}
}
