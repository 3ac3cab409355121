package compare

import (
	"strings"
	"testing"
)

const (
	minTopics = `{"topics": [{"id": "talks", "label": "talks", "terms": ["talks", "negotiation|negotiate"]}]}`
	minCues   = `{"negators": ["not"], "axes": [{"id": "time", "strong": true, "poles": [
		{"name": "immediate", "terms": ["immediately"]}, {"name": "future", "terms": ["future"]}]}]}`
)

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct {
		name         string
		topics, cues string
		extra        string
		want         string
	}{
		{"not json", `{`, minCues, "", "topics file: unexpected EOF"},
		{"unknown field", `{"topicz": []}`, minCues, "", `topics file: json: unknown field "topicz"`},
		{"no topics", `{"topics": []}`, minCues, "", "topics file: no topics"},
		{"no id", `{"topics": [{"label": "x", "terms": ["a"]}]}`, minCues, "", "topics file: topic 1 has no id"},
		{"twice", `{"topics": [{"id": "a", "terms": ["a"]}, {"id": "a", "terms": ["b"]}]}`, minCues, "", `topic "a" is listed twice`},
		{"reserved", `{"topics": [{"id": "other", "terms": ["a"]}]}`, minCues, "", `"other" is reserved`},
		{"empty term", `{"topics": [{"id": "a", "terms": ["a", " – "]}]}`, minCues, "", `topic a: term 2 (" – ") has a form with no words`},
		{"empty form", `{"topics": [{"id": "a", "terms": ["a|"]}]}`, minCues, "", `term 1 ("a|") has a form with no words`},
		{"no axes", minTopics, `{"negators": ["not"]}`, "", "cues file: needs negators and axes"},
		{"one pole", minTopics, `{"negators": ["not"], "axes": [{"id": "t", "poles": [{"name": "a", "terms": ["x"]}]}]}`, "", `axis "t" has 1 poles, want 2`},
		{"bad extra", minTopics, minCues, `{"axes": [{"id": ""}]}`, "lexicon file 1: axis 1 has no id"},
		{"unknown pole", minTopics, minCues, `{"axes": [{"id": "time", "poles": [{"name": "later", "terms": ["x"]}]}]}`, `lexicon file 1: axis "time" has no pole "later" to extend`},
		{"extra not json", minTopics, minCues, `topics: []`, "lexicon file 1: invalid character"},
		{"any word first", `{"topics": [{"id": "a", "terms": ["* call"]}]}`, minCues, "", `term 1 ("* call") has a form with no words`},
		{"empty formula", `{"topics": [{"id": "a", "terms": ["a"], "formula": ["…"]}]}`, minCues, "", `topic a formula: term 1`},
		{"empty general", `{"topics": [{"id": "a", "terms": ["a"], "general": ["…"]}]}`, minCues, "", `topic a general: term 1`},
		{"synonym of two words", minTopics, `{"negators": ["not"], "axes": [{"id": "t", "poles": [{"name": "a", "terms": ["x"]}, {"name": "b", "terms": ["y"]}]}], "synonyms": ["halt|cease fire"]}`, "", `synonyms: class 1 ("halt|cease fire"): "cease fire" is not one word`},
		{"empty plain term", minTopics, `{"negators": ["not"], "axes": [{"id": "t", "poles": [{"name": "a", "terms": ["x"], "plain": ["–"]}, {"name": "b", "terms": ["y"]}]}]}`, "", `axis t pole a plain: term 1`},
		{"level without name", minTopics, `{"negators": ["not"], "axes": [{"id": "t", "poles": [{"name": "a", "terms": ["x"]}, {"name": "b", "terms": ["y"]}]}], "commitment": [{"terms": ["x"]}]}`, "", "commitment level 1 has no name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var extra [][]byte
			if tc.extra != "" {
				extra = append(extra, []byte(tc.extra))
			}
			_, err := ParseLexicon([]byte(tc.topics), []byte(tc.cues), extra...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestLexiconExtend: a user file adds terms to a known topic, a new topic
// at the end, and terms to a pole of a known axis.
func TestLexiconExtend(t *testing.T) {
	extra := `{"topics": [{"id": "talks", "terms": ["parley"]}, {"id": "fisheries", "label": "fisheries", "terms": ["fishing quotas"]}],
		"axes": [{"id": "time", "poles": [{"name": "future", "terms": ["by and by"]}]}]}`
	lex, err := ParseLexicon([]byte(minTopics), []byte(minCues), []byte(extra))
	if err != nil {
		t.Fatal(err)
	}
	if len(lex.Topics) != 2 || lex.Topics[1].ID != "fisheries" || lex.Label("fisheries") != "fisheries" {
		t.Fatalf("topics %+v", lex.Topics)
	}
	e := New(lex)
	x := buildArticle(map[string][]string{
		"a": {"A parley on 3 points will start immediately.", "Fishing quotas were raised."},
		"b": {"Talks on 3 points will start by and by."},
	}, "a", "b")
	c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1])
	if len(c.Rows) != 2 || c.Rows[0].Topic != "talks" || c.Rows[0].Verdict != Diverge || c.Rows[1].Topic != "fisheries" {
		t.Fatalf("rows %v", c.Rows)
	}
	if want := "Opposite stances, immediate against future: a says “immediately”, b “by and by”"; c.Rows[0].Reasons[0] != want {
		t.Errorf("key reason %q, want %q", c.Rows[0].Reasons[0], want)
	}
}

// TestLexiconCommitment: a lexicon's commitment scale, extended by a user
// file level by level; a level the scale does not have is an error.
func TestLexiconCommitment(t *testing.T) {
	cues := `{"negators": ["not"], "axes": [{"id": "a", "poles": [{"name": "p", "terms": ["x"]}, {"name": "q", "terms": ["y"]}]}],
		"commitment": [{"name": "firm", "terms": ["agreed"]}, {"name": "open", "terms": ["ready"]}, {"name": "loose", "terms": ["maybe"]}]}`
	extra := `{"commitment": [{"name": "loose", "terms": ["someday"]}]}`
	lex, err := ParseLexicon([]byte(minTopics), []byte(cues), []byte(extra))
	if err != nil {
		t.Fatal(err)
	}
	if len(lex.Commitment) != 3 || len(lex.Commitment[2].Terms) != 2 {
		t.Fatalf("commitment %+v", lex.Commitment)
	}
	e := New(lex)
	x := buildArticle(map[string][]string{"a": {"Talks on 3 points agreed."}, "b": {"Talks on 3 points someday."}}, "a", "b")
	if c := e.Compare(x.Article, &x.Accounts[0], &x.Accounts[1]); len(c.Rows) != 1 || c.Rows[0].Verdict != Diverge {
		t.Errorf("rows %v", c.Rows)
	}
	_, err = ParseLexicon([]byte(minTopics), []byte(cues), []byte(`{"commitment": [{"name": "vague", "terms": ["x"]}]}`))
	if err == nil || !strings.Contains(err.Error(), `lexicon file 1: commitment scale has no level "vague" to extend`) {
		t.Errorf("error %v", err)
	}
}

// TestSynonyms: the forms of a synonym class are read as its first, in
// statements and in the lexicon's own phrases, so "pause strikes" finds the
// term "halt attacks"; other words keep their meaning.
func TestSynonyms(t *testing.T) {
	topics := `{"topics": [{"id": "truce", "label": "truce", "terms": ["halt attacks"]}, {"id": "trade", "label": "trade", "terms": ["trade"]}]}`
	cues := `{"negators": ["not"], "axes": [{"id": "t", "poles": [{"name": "a", "terms": ["x"]}, {"name": "b", "terms": ["y"]}]}],
		"synonyms": ["halt|pause|suspend", "attack|strike"]}`
	lex, err := ParseLexicon([]byte(topics), []byte(cues))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text  string
		truce bool
	}{
		{"Both sides will pause strikes.", true},
		{"Russia agreed to halt attacks.", true},
		{"Kyiv will suspend attacks.", true},
		{"Trade strikes back.", false},
		{"The attacks continued.", false},
	}
	for _, tc := range tests {
		sc := lex.scan(tc.text, stemmer{})
		found := false
		for _, h := range sc.hits {
			found = found || h.ph.kind == kindTopic && h.ph.ref == 0
		}
		if found != tc.truce {
			t.Errorf("%q: truce %v, want %v", tc.text, found, tc.truce)
		}
	}
}

// TestBuiltInLexicon: the shipped files parse and every term of them can
// match text (no term is swallowed by tokenising).
func TestBuiltInLexicon(t *testing.T) {
	lex := testLexicon(t)
	if len(lex.Topics) < 15 || len(lex.Axes) < 5 || len(lex.Commitment) != 3 {
		t.Fatalf("%d topics, %d axes, %d commitment levels", len(lex.Topics), len(lex.Axes), len(lex.Commitment))
	}
	st := stemmer{}
	for _, tp := range lex.Topics {
		for _, term := range append(append(tp.Terms, tp.General...), tp.Formula...) {
			for _, form := range strings.Split(term, "|") {
				// Any word stands where the form has anyWord.
				sc := lex.scan(strings.ReplaceAll(form, anyWord, "brief"), st)
				found := false
				for _, h := range sc.hits {
					if h.ph.kind == kindTopic && lex.Topics[h.ph.ref].ID == tp.ID && h.from == 0 && h.to == len(sc.toks) {
						found = true
					}
				}
				if !found {
					t.Errorf("topic %s: term %q does not match itself", tp.ID, form)
				}
			}
		}
	}
}
