package compare

import (
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"

	"readouts/sources"
)

// Paths of the seed, its reference reading and the lexicons, relative to
// this package. Tests read nothing outside the repository: the reading is a
// copy (testdata/seed-gold.json says where it came from).
const (
	seedArticlePath = "../../assets/seed-article.txt"
	goldPath        = "testdata/seed-gold.json"
	topicsPath      = "../../assets/topics.json"
	cuesPath        = "../../assets/cues.json"
)

// testLexicon parses the real lexicons from assets/.
func testLexicon(t testing.TB) *Lexicon {
	t.Helper()
	topics, err := os.ReadFile(topicsPath)
	if err != nil {
		t.Fatal(err)
	}
	cues, err := os.ReadFile(cuesPath)
	if err != nil {
		t.Fatal(err)
	}
	lex, err := ParseLexicon(topics, cues)
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

// goldFile is a reference reading (the shape of the seed's gold.json): the
// accounts with their statements, the links a careful reader sees between
// two accounts and the statements only one of them makes.
type goldFile struct {
	Accounts []goldAccount `json:"accounts"`
	Links    []goldLink    `json:"links"`
	Only     []goldOnly    `json:"only"`
}

type goldAccount struct {
	ID         string          `json:"id"`
	Speaker    string          `json:"speaker"`
	Channel    string          `json:"channel"`
	Statements []goldStatement `json:"statements"`
}

type goldStatement struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Paragraph int    `json:"paragraph"`
	Kind      string `json:"kind"`
}

// goldLink is a point two accounts both make (pair: reference account ids;
// a, b: statement ids of each).
type goldLink struct {
	Pair    [2]string `json:"pair"`
	Topic   string    `json:"topic"`
	A       []string  `json:"a"`
	B       []string  `json:"b"`
	Verdict string    `json:"verdict"`
}

// goldOnly lists statements of one side (side "a" or "b" of the pair) that
// the other account does not address.
type goldOnly struct {
	Pair [2]string `json:"pair"`
	Side string    `json:"side"`
	IDs  []string  `json:"ids"`
}

// readGold reads a reference reading.
func readGold(t testing.TB, path string) *goldFile {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &g
}

// goldExtraction builds the seed's extraction from the human reading in
// gold.json, accounts largest first as sources.Extract orders them, so the
// engine can be tested independently of statement extraction.
func goldExtraction(t testing.TB) *sources.Extraction {
	t.Helper()
	x := goldExtractionFor(t, seedArticlePath, goldPath)
	// Largest first, ties by first appearance (sources.Extraction's order).
	sort.SliceStable(x.Accounts, func(i, j int) bool {
		return len(x.Accounts[i].Statements) > len(x.Accounts[j].Statements)
	})
	return x
}

// comparisonDoc is the comparison JSON of DESIGN.md (readouts.comparison/v1).
type comparisonDoc struct {
	Schema  string `json:"schema"`
	Article struct {
		Title  string `json:"title"`
		SHA256 string `json:"sha256"`
		Bytes  int    `json:"bytes"`
	} `json:"article"`
	Accounts    []sources.Account `json:"accounts,omitempty"`
	Comparisons []Comparison      `json:"comparisons"`
	Matrix      *Matrix           `json:"matrix,omitempty"`
}

// comparisonJSON renders what `readouts compare --json` prints for x.
func comparisonJSON(t testing.TB, x *sources.Extraction, comps []Comparison, m *Matrix) []byte {
	t.Helper()
	var d comparisonDoc
	d.Schema = "readouts.comparison/v1"
	d.Article.Title = x.Article.Title
	d.Article.SHA256 = x.Article.SHA256
	d.Article.Bytes = len(x.Article.Text)
	d.Accounts = x.Accounts
	d.Comparisons = comps
	d.Matrix = m
	out, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, '\n')
}

// statementIDs lists every statement id of an account.
func statementIDs(acc *sources.Account) []string {
	var out []string
	for _, s := range acc.Statements {
		out = append(out, s.ID)
	}
	return out
}

func rowString(r Row) string {
	return r.Topic + " " + string(r.Verdict) + " [" + strings.Join(r.Left, ",") + "] [" + strings.Join(r.Right, ",") + "] " + strings.Join(r.Reasons, " | ")
}

// extractSeed runs the real statement extraction on the seed article with
// the built-in catalog.
func extractSeed(t testing.TB) *sources.Extraction {
	t.Helper()
	text, err := os.ReadFile(seedArticlePath)
	if err != nil {
		t.Fatal(err)
	}
	art, err := sources.Parse("seed-article.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	return sources.Extract(art, testCatalog(t))
}

// testCatalog parses the built-in catalog.
func testCatalog(t testing.TB) *sources.Catalog {
	t.Helper()
	catalog, err := os.ReadFile("../../assets/catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	cat, err := sources.ParseCatalog(catalog)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// testEngine is the engine a session builds: the built-in lexicons, and
// the countries of the built-in catalog for the accounts' party codes.
func testEngine(t testing.TB) *Engine {
	t.Helper()
	return New(testLexicon(t)).WithCountries(testCatalog(t).Countries)
}
