package review

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"readouts/app/compare"
	"readouts/sources"
)

const sum = "c6532f58a2ebbf73df4d1f36d3cb485dd35e20479f957663b715c30ffbd1bc2c"

// every is a review with one edit of each op, as the issue writes them.
const every = `{"schema": "readouts.review/v1",
 "article": {"sha256": "` + sum + `"},
 "edits": [
  {"op": "assign",  "span": [10, 20], "account": "kremlin", "speaker": "Vladimir Putin", "channel": "Kremlin readout"},
  {"op": "drop",    "span": [30, 40]},
  {"op": "add",     "span": [50, 60], "account": "new-one", "kind": "quote"},
  {"op": "earlier", "span": [70, 80]},
  {"op": "merge",   "accounts": ["a", "b"], "into": "a"},
  {"op": "rename",  "account": "a", "speaker": "Someone", "channel": "post"},
  {"op": "verdict", "pair": ["a", "b"], "topic": "talks#2", "verdict": "diverge", "note": "they differ on when"},
  {"op": "link",    "pair": ["a", "b"], "left": [1, 5], "right": [7, 9], "verdict": "agree", "note": ""}
 ]}`

func TestParseReadsEveryOp(t *testing.T) {
	r, err := Parse("call.txt.review.json", []byte(every))
	if err != nil {
		t.Fatal(err)
	}
	if r.SHA256 != sum || len(r.Edits) != 8 || r.File() != "call.txt.review.json" {
		t.Fatalf("review %+v", r)
	}
	want := []Edit{
		{Op: Assign, Span: &Span{10, 20}, Account: "kremlin", Speaker: "Vladimir Putin", Channel: "Kremlin readout"},
		{Op: Drop, Span: &Span{30, 40}},
		{Op: Add, Span: &Span{50, 60}, Account: "new-one", Kind: sources.Quote},
		{Op: Earlier, Span: &Span{70, 80}},
		{Op: Merge, Accounts: []string{"a", "b"}, Into: "a"},
		{Op: Rename, Account: "a", Speaker: "Someone", Channel: "post"},
		{Op: SetVerdict, Pair: &Pair{"a", "b"}, Topic: "talks#2", Verdict: compare.Diverge, Note: "they differ on when"},
		{Op: Link, Pair: &Pair{"a", "b"}, Left: &Span{1, 5}, Right: &Span{7, 9}, Verdict: compare.Agree},
	}
	if !reflect.DeepEqual(r.Edits, want) {
		t.Fatalf("edits\n%+v\nwant\n%+v", r.Edits, want)
	}
	// Written and read again, the review is the same.
	data, err := r.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	again, err := Parse(r.Name, data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if !reflect.DeepEqual(again, r) {
		t.Fatalf("round trip changed the review:\n%s", data)
	}
}

func TestParseIsStrict(t *testing.T) {
	head := `{"schema": "readouts.review/v1", "article": {"sha256": "` + sum + `"}, "edits": [`
	cases := []struct{ name, data, want string }{
		{"not JSON", `schema`, "not a review file"},
		{"trailing data", head + `]} {}`, "data after"},
		{"unknown top-level key", `{"schema": "readouts.review/v1", "article": {"sha256": "` + sum + `"}, "edits": [], "x": 1}`, `unknown field "x"`},
		{"unknown article key", `{"schema": "readouts.review/v1", "article": {"sha256": "` + sum + `", "name": "a"}, "edits": []}`, `unknown field "name"`},
		{"wrong schema", `{"schema": "readouts.review/v2", "article": {"sha256": "` + sum + `"}, "edits": []}`, "schema"},
		{"bad sha256", `{"schema": "readouts.review/v1", "article": {"sha256": "abc"}, "edits": []}`, "sha256"},
		{"unknown op", head + `{"op": "move", "span": [1, 2]}]}`, `edit 1: unknown op "move"`},
		{"no op", head + `{"span": [1, 2]}]}`, `edit 1: no "op"`},
		{"unknown edit key", head + `{"op": "drop", "span": [1, 2], "why": "x"}]}`, `unexpected key "why"`},
		{"another op's key", head + `{"op": "drop", "span": [1, 2], "account": "a"}]}`, `unexpected key "account"`},
		{"missing key", head + `{"op": "assign", "span": [1, 2]}]}`, `no "account"`},
		{"reversed span", head + `{"op": "drop", "span": [5, 2]}]}`, "span [5, 2]"},
		{"empty span", head + `{"op": "drop", "span": [5, 5]}]}`, "span [5, 5]"},
		{"negative span", head + `{"op": "drop", "span": [-1, 2]}]}`, "span [-1, 2]"},
		{"three offsets", head + `{"op": "drop", "span": [1, 2, 3]}]}`, "want [start, end]"},
		{"one offset", head + `{"op": "drop", "span": [1]}]}`, "want [start, end]"},
		{"offsets as text", head + `{"op": "drop", "span": ["1", "2"]}]}`, "want [start, end]"},
		{"bad account id", head + `{"op": "assign", "span": [1, 2], "account": "Trump Team"}]}`, `account "Trump Team"`},
		{"bad kind", head + `{"op": "add", "span": [1, 2], "account": "a", "kind": "rumour"}]}`, `kind "rumour"`},
		{"bad verdict", head + `{"op": "verdict", "pair": ["a", "b"], "topic": "t", "verdict": "maybe"}]}`, `verdict "maybe"`},
		{"link one-sided", head + `{"op": "link", "pair": ["a", "b"], "left": [1, 2], "right": [3, 4], "verdict": "left-only"}]}`, "a link agrees or diverges"},
		{"pair of one", head + `{"op": "verdict", "pair": ["a", "a"], "topic": "t", "verdict": "agree"}]}`, "two different accounts"},
		{"pair of three", head + `{"op": "verdict", "pair": ["a", "b", "c"], "topic": "t", "verdict": "agree"}]}`, `want ["left", "right"]`},
		{"merge into another", head + `{"op": "merge", "accounts": ["a", "b"], "into": "c"}]}`, `into "c"`},
		{"merge one", head + `{"op": "merge", "accounts": ["a"], "into": "a"}]}`, "fewer than two"},
		{"rename nothing", head + `{"op": "rename", "account": "a"}]}`, "neither speaker nor channel"},
		{"empty topic", head + `{"op": "verdict", "pair": ["a", "b"], "topic": " ", "verdict": "agree"}]}`, "empty topic"},
		{"edit not an object", head + `[1]]}`, "edit 1: not an object"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("x.review.json", []byte(tc.data))
			if err == nil {
				t.Fatal("parsed")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "review x.review.json: ") || !strings.Contains(msg, tc.want) || strings.Contains(msg, "\n") {
				t.Fatalf("error %q, want one line naming the file and %q", msg, tc.want)
			}
		})
	}
}

func TestReadNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := Read(filepath.Join(dir, "gone.review.json")); err == nil || !strings.Contains(err.Error(), "gone.review.json: no such file") {
		t.Fatalf("missing file: %v", err)
	}
	p := filepath.Join(dir, "ok.review.json")
	if err := os.WriteFile(p, []byte(every), 0o644); err != nil {
		t.Fatal(err)
	}
	if r, err := Read(p); err != nil || r.Name != p {
		t.Fatalf("Read: %v %+v", err, r)
	}
}

func TestCheckTextRefusesAnotherText(t *testing.T) {
	x := fixture(t)
	own := &Review{Name: "call.txt.review.json", SHA256: x.Article.SHA256}
	cases := []struct {
		name  string
		r     *Review
		edits []Edit
		want  string
	}{
		{"same text", own, nil, ""},
		{"another text", &Review{Name: "other.review.json", SHA256: sum}, nil, "review other.review.json: reviews another text"},
		{"span past the end", own, []Edit{{Op: Drop, Span: &Span{0, len(testText) + 1}}}, "ends past the text"},
		{"span inside a character", own, []Edit{{Op: Drop, Span: &Span{1, 2}}}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := *tc.r
			r.Edits = tc.edits
			err := r.CheckText(x)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
		})
	}
	art, err := sources.Parse("ru.txt", []byte("Он сказал: «да»."))
	if err != nil {
		t.Fatal(err)
	}
	r := &Review{Name: "ru.txt.review.json", SHA256: art.SHA256, Edits: []Edit{{Op: Drop, Span: &Span{1, 4}}}}
	if err := r.CheckText(&sources.Extraction{Article: art}); err == nil || !strings.Contains(err.Error(), "cuts a character in two") {
		t.Fatalf("span inside a Cyrillic letter: %v", err)
	}
}
