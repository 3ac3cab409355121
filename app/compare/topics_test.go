package compare

import (
	"slices"
	"testing"
)

// TestStatementTopics checks which topics the built-in lexicon gives some
// statements of other calls, where a rule decides: a term inside a longer
// term of another topic is not evidence of its own ("stopping military
// action" is a ceasefire, not fighting), and a clause a negator denies
// still names its topics (the verdict, not the topic, carries the denial).
func TestStatementTopics(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The discussion on stopping military action took place directly between the two capitals.", []string{"ceasefire"}},
		{"A humanitarian pause was agreed for Gaza.", []string{"ceasefire"}},
		{"There was no talk at any level of a trade deal or of any mediation.", []string{"talks", "mediators", "trade"}},
		{"Biden said US export controls on advanced chips would stay.", []string{"sanctions"}},
		{"The two sides agreed to a dialogue on artificial intelligence.", []string{"talks", "mediators", "ai"}},
		{"Xi said the Taiwan question is the most sensitive issue in relations.", []string{"taiwan", "relations"}},
		{"They agreed to restore military-to-military communications.", []string{"channels"}},
		{"The plants would keep their productive capacity high.", nil},
		{"The call was productive.", []string{"assessment"}},
		{"The Chancellor thanked the Government of Chile for its help.", nil},
	}
	lex := testLexicon(t)
	s := NewScorer(lex)
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, ts := range s.Score([]string{tc.text})[0].Topics {
				got = append(got, ts.Topic)
			}
			// Topics come in lexicon order; compare as sets.
			want := slices.Clone(tc.want)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("topics %v, want %v", got, want)
			}
		})
	}
}
