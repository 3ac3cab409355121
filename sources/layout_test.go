package sources

import (
	"strings"
	"testing"
)

func TestParagraphLayouts(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		paras []string
		title string
		date  string
	}{
		{
			name:  "one paragraph per line",
			text:  "First line ends here.\nSecond line “quoted.”\n\nThird after a blank.\n",
			paras: []string{"First line ends here.", "Second line “quoted.”", "Third after a blank."},
			title: "First line ends here.",
		},
		{
			name: "hard-wrapped paragraphs",
			text: "Leaders met in Geneva on\nTuesday for talks that lasted\nfour hours.\n\nA second paragraph is\nwrapped as well.\n",
			paras: []string{"Leaders met in Geneva on\nTuesday for talks that lasted\nfour hours.",
				"A second paragraph is\nwrapped as well."},
			title: "Leaders met in Geneva on Tuesday for talks that lasted four hours.",
		},
		{
			name:  "front matter",
			text:  "---\ntitle: \"Summit: day two\"\ndate: 2024-06-14T09:00:00Z\nauthor: Desk\n---\n\nThe summit went on.\n",
			paras: []string{"The summit went on."},
			title: "Summit: day two",
			date:  "2024-06-14",
		},
		{
			name:  "markdown heading and list",
			text:  "# The call\n\nIntro text here.\n- first point\n- second point\n",
			paras: []string{"# The call", "Intro text here.", "- first point", "- second point"},
			title: "The call",
		},
		{
			name:  "a heading's emphasis is markup",
			text:  "# Leaders _agree_ on **fishing quotas**\n\nThe call was long.\n",
			paras: []string{"# Leaders _agree_ on **fishing quotas**", "The call was long."},
			title: "Leaders agree on fishing quotas",
		},
		{
			name:  "CRLF",
			text:  "One.\r\nTwo.\r\n\r\nThree.\r\n",
			paras: []string{"One.", "Two.", "Three."},
			title: "One.",
		},
		{
			name:  "unambiguous date in text",
			text:  "Published May 19, 2025. The call took place on May 19, 2025.\n",
			paras: []string{"Published May 19, 2025. The call took place on May 19, 2025."},
			title: "Published May 19, 2025.",
			date:  "2025-05-19",
		},
		{
			name:  "ambiguous dates give none",
			text:  "Talks on 3 March 2025 followed those of 12 February 2025.\n",
			paras: []string{"Talks on 3 March 2025 followed those of 12 February 2025."},
			title: "Talks on 3 March 2025 followed those of 12 February 2025.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("test.md", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, p := range a.Paragraphs {
				if p.Number != i+1 {
					t.Errorf("paragraph %d numbered %d", i+1, p.Number)
				}
				got = append(got, a.Slice(p.Span))
			}
			if strings.Join(got, "|") != strings.Join(tt.paras, "|") {
				t.Errorf("paragraphs\n got %q\nwant %q", got, tt.paras)
			}
			if a.Title != tt.title {
				t.Errorf("title %q, want %q", a.Title, tt.title)
			}
			if a.Date != tt.date {
				t.Errorf("date %q, want %q", a.Date, tt.date)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	text := "The U.S. delegation met Mr. Smith at 9 a.m. on Monday. “Are you serious?” he asked. Talks resumed!\n"
	a, err := Parse("s.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range a.Sentences {
		got = append(got, a.Slice(s.Span))
	}
	want := []string{"The U.S. delegation met Mr. Smith at 9 a.m. on Monday.", "“Are you serious?” he asked.", "Talks resumed!"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences\n got %q\nwant %q", got, want)
	}
}

func TestSeedLayout(t *testing.T) {
	a := loadTest(t, "../assets/seed-article.txt")
	nonBlank := 0
	for _, l := range strings.Split(a.Text, "\n") {
		if strings.TrimSpace(l) != "" {
			nonBlank++
		}
	}
	if len(a.Paragraphs) != nonBlank {
		t.Errorf("%d paragraphs, want one per non-blank line (%d)", len(a.Paragraphs), nonBlank)
	}
	if a.Date != "" {
		t.Errorf("seed has no full date, got %q", a.Date)
	}
	if !strings.HasPrefix(a.Title, "Moscow and Kyiv will") {
		t.Errorf("title %q", a.Title)
	}
}
