package compare

import "testing"

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"negotiations", "negotiation"},
		{"negotiated", "negotiat"},
		{"negotiate", "negotiat"},
		{"negotiating", "negotiat"},
		{"talks", "talk"},
		{"talking", "talk"},
		{"hosted", "host"},
		{"venues", "venue"},
		{"venue", "venue"},
		{"negotiation", "negotiation"},
		{"sanctions", "sanction"},
		{"policies", "polici"},
		{"useful", "useful"}, // derivational suffixes stay
		{"use", "use"},       // not "us"
		{"killings", "kill"},
		{"killed", "kill"},
		{"stopped", "stop"},
		{"us", "us"},
		{"türkiye", "türkiye"}, // not ASCII: unchanged
		{"5,000", "5,000"},
		{"willing", "willing"}, // not "will"
		{"lasting", "lasting"}, // not "last"
		{"lasted", "last"},
	}
	for _, tc := range tests {
		if got := stem(tc.in); got != tc.want {
			t.Errorf("stem(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestScanWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"the U.S. and Putin’s “tone”", []string{"the", "U.S", "and", "Putin’s", "tone"}},
		{"over 5,000 people, 3.5 hours", []string{"over", "5,000", "people", "3.5", "hours"}},
		{"a cease-fire; doesn't", []string{"a", "cease-fire", "doesn't"}},
		{"end.Next", []string{"end", "Next"}},
	}
	for _, tc := range tests {
		var got []string
		scanWords(tc.in, func(a, b int) { got = append(got, tc.in[a:b]) })
		if len(got) != len(tc.want) {
			t.Errorf("scanWords(%q) = %q, want %q", tc.in, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("scanWords(%q) = %q, want %q", tc.in, got, tc.want)
				break
			}
		}
	}
}
