package app

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"readouts/assets"
	"readouts/sources"
)

// Texts names what a snapshot reads: an article, the sides' own documents
// (one file each, or one dossier), or both. With both, the documents give
// the accounts that are compared, and the article is checked against them:
// which of their statements it quotes or paraphrases, and how (Usage).
type Texts struct {
	// Article is the path of a news article; "" for none, which means the
	// built-in article when Documents is empty too.
	Article string
	// Documents are the paths of the sides' own documents: one account's
	// document each, or a single dossier holding them all.
	Documents []string
}

// Builtin tells whether t names the built-in article.
func (t Texts) Builtin() bool { return t.Article == "" && len(t.Documents) == 0 }

// Paths are the files t names, documents first.
func (t Texts) Paths() []string {
	out := append([]string{}, t.Documents...)
	if t.Article != "" {
		out = append(out, t.Article)
	}
	return out
}

// String names the texts in messages: their paths, or "built-in article".
func (t Texts) String() string {
	if t.Builtin() {
		return DisplayName("")
	}
	return strings.Join(t.Paths(), ", ")
}

// first is the file a snapshot of t is named by: the article alone, else
// the first document; "" for the built-in article.
func (t Texts) first() string {
	if len(t.Documents) > 0 {
		return t.Documents[0]
	}
	return t.Article
}

// inputs are the files a reading of t comes from: the article, the
// documents, the file its review is kept in (whether or not it exists yet)
// and the rules.
func (t Texts) inputs(rules []Input) []Input {
	var in []Input
	for _, d := range t.Documents {
		in = append(in, Input{Role: "document", Path: d})
	}
	if t.Article != "" {
		in = append(in, Input{Role: "article", Path: t.Article})
	}
	if f := t.ReviewFile(); f != "" {
		in = append(in, Input{Role: "review file", Path: f})
	}
	return append(in, rules...)
}

// ReviewFile is where the review of t is kept; "" for the built-in
// article, whose review the window keeps in its own storage. The review
// corrects the accounts, so it belongs to the files they are read from:
//
//   - an article, a dossier or a single document: beside it, as
//     FILE.review.json ("call.txt.review.json");
//   - documents in separate files: in the folder of the first of them by
//     name, named after all of them in that order, joined by "+"
//     ("kremlin.txt+whitehouse.txt.review.json"), so that the same
//     documents find the same review in whatever order they are given,
//     and a document opened alone never finds the review of the set.
//
// An article beside documents is not corrected and names no review.
func (t Texts) ReviewFile() string {
	switch len(t.Documents) {
	case 0:
		if t.Article == "" {
			return ""
		}
		return ReviewPath(t.Article)
	case 1:
		return ReviewPath(t.Documents[0])
	}
	docs := slices.Clone(t.Documents)
	slices.SortFunc(docs, func(a, b string) int {
		return cmp.Or(strings.Compare(filepath.Base(a), filepath.Base(b)), strings.Compare(a, b))
	})
	names := make([]string, len(docs))
	for i, d := range docs {
		names[i] = filepath.Base(d)
	}
	name := strings.Join(names, "+")
	if len(name) > maxSetName {
		// File systems allow 255 bytes a name: the first name, how many
		// more, and a digest of them all keeps sets apart.
		sum := sha256.Sum256([]byte(name))
		head := names[0]
		for len(head) > maxSetName/2 {
			_, n := utf8.DecodeLastRuneInString(head)
			head = head[:len(head)-n]
		}
		name = fmt.Sprintf("%s+%d-more-%s", head, len(names)-1, hex.EncodeToString(sum[:6]))
	}
	return ReviewPath(filepath.Join(filepath.Dir(docs[0]), name))
}

// maxSetName bounds the name of a set's review file before ".review.json".
const maxSetName = 200

// Open reads the texts t names and extracts their accounts; comparisons are
// made when first asked for. An article that is a dossier of documents
// (sources.IsDossier) is read as documents, and the snapshot's Notes say
// so. A cancelled ctx stops the load between its steps.
func (s *Session) Open(ctx context.Context, t Texts) (*Snapshot, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	l, err := loadFiles(t)
	if err != nil {
		return nil, err
	}
	cat, eng, files := s.rules()
	r, err := s.readTexts(ctx, l, cat)
	if err != nil {
		return nil, err
	}
	return newSnapshot(base{path: t.first(), texts: t, loaded: l, catalog: cat, engine: eng,
		machine: r.x, companion: r.companion, notes: r.notes, inputs: t.inputs(files)}, nil), nil
}

// loadFiles reads the files t names, or the built-in article.
func loadFiles(t Texts) (loadedTexts, error) {
	var (
		l   loadedTexts
		err error
	)
	if len(t.Documents) > 0 {
		if l.docs, err = sources.LoadDocuments(t.Documents...); err != nil {
			return l, err
		}
	}
	switch {
	case t.Article != "":
		l.article, err = sources.Load(t.Article)
	case len(t.Documents) == 0:
		l.article, err = sources.Parse(assets.SeedArticleName, assets.SeedArticle)
	}
	return l, err
}

// loadedTexts are the texts of a snapshot as read from disk.
type loadedTexts struct {
	docs    []*sources.Article // the documents, nil for an article alone
	article *sources.Article   // the article, alone or beside the documents
}

// readResult is what the texts were read as.
type readResult struct {
	x         *sources.Extraction // the accounts compared
	companion *sources.Extraction // the article read beside documents, else nil
	notes     []string
}

// readTexts extracts the accounts of in: of the documents when there are
// any (the article, if any, is then read on its own beside them), else of
// the article, which is read as documents when it is a dossier.
func (s *Session) readTexts(ctx context.Context, in loadedTexts, cat *sources.Catalog) (readResult, error) {
	pubs := s.publishers
	var r readResult
	switch {
	case len(in.docs) > 0:
		r.x = sources.ExtractDocuments(in.docs, cat, pubs)
		if in.article != nil {
			if sources.IsDossier(in.article, cat, pubs) {
				return r, badInput(fmt.Errorf("%s: is a dossier of documents, not an article; give it with --documents", in.article.Name))
			}
			cx, err := read(ctx, in.article, cat)
			if err != nil {
				return r, err
			}
			r.companion = cx
		}
	case sources.IsDossier(in.article, cat, pubs):
		r.x = sources.ExtractDocuments([]*sources.Article{in.article}, cat, pubs)
		r.notes = append(r.notes, fmt.Sprintf("%s is a dossier of %d documents (one per top-level heading): read as the sides' own documents, one account each",
			filepath.Base(in.article.Name), len(r.x.Documents)))
	default:
		x, err := read(ctx, in.article, cat)
		if err != nil {
			return r, err
		}
		r.x = x
	}
	return r, ctx.Err()
}
