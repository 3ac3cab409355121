package sources

import "testing"

// TestDatelineLen: the openings of wire and syndicated stories that are no
// one's words, and openings that are.
func TestDatelineLen(t *testing.T) {
	tests := []struct{ text, rest string }{
		{"PARIS (Reuters) — Macron spoke.", "Macron spoke."},
		{"MOSCOW, July 3 (Reuters) - Putin spoke.", "Putin spoke."},
		{"SEOUL • The new president spoke.", "The new president spoke."},
		{"July 3 (UPI) -- President Trump said he made no progress.", "President Trump said he made no progress."},
		{"April 2, 2024 (EIRNS)—Presidents Xi and Biden spoke.", "Presidents Xi and Biden spoke."},
		{"(MENAFN) Trump praised the meeting.", "Trump praised the meeting."},
		{"(CNN) — Trump praised the meeting.", "Trump praised the meeting."},
		{"Trump (right) praised the meeting.", "Trump (right) praised the meeting."},
		{"(photo: AFP) Trump praised the meeting.", "(photo: AFP) Trump praised the meeting."},
		{"July 3 was the day Trump spoke.", "July 3 was the day Trump spoke."},
		{"ROME (Wire News / Agency - 3rd May, 2030) Prime Minister Rossi spoke.", "Prime Minister Rossi spoke."},
		{"NATO (the alliance) leaders met.", "NATO (the alliance) leaders met."},
		{"LONDON (AFP) The prime minister spoke.", "The prime minister spoke."},
		{"NATO (North Atlantic Treaty Organization) Secretary General Ola Berg spoke.", "NATO (North Atlantic Treaty Organization) Secretary General Ola Berg spoke."},
	}
	for _, tt := range tests {
		if got := tt.text[datelineLen(tt.text):]; got != tt.rest {
			t.Errorf("after the dateline of %q: %q, want %q", tt.text, got, tt.rest)
		}
	}
}
