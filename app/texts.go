package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

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

// Open reads the texts t names and extracts their accounts; comparisons are
// made when first asked for. An article that is a dossier of documents
// (sources.IsDossier) is read as documents, and the snapshot's Notes say
// so. A cancelled ctx stops the load between its steps.
func (s *Session) Open(ctx context.Context, t Texts) (*Snapshot, error) {
	if len(t.Documents) == 0 {
		return s.openArticle(ctx, t)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	docs, err := sources.LoadDocuments(t.Documents...)
	if err != nil {
		return nil, err
	}
	var art *sources.Article
	if t.Article != "" {
		if art, err = sources.Load(t.Article); err != nil {
			return nil, err
		}
	}
	cat, eng := s.rules()
	in := reading{docs: docs, article: art}
	r, err := s.readTexts(ctx, in, cat)
	if err != nil {
		return nil, err
	}
	return newSnapshot(t.Documents[0], cat, eng, r.x).with(t, in, r), nil
}

// openArticle reads an article alone, or the built-in one.
func (s *Session) openArticle(ctx context.Context, t Texts) (*Snapshot, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var (
		art *sources.Article
		err error
	)
	if t.Article == "" {
		art, err = sources.Parse(assets.SeedArticleName, assets.SeedArticle)
	} else {
		art, err = sources.Load(t.Article)
	}
	if err != nil {
		return nil, err
	}
	cat, eng := s.rules()
	in := reading{article: art}
	r, err := s.readTexts(ctx, in, cat)
	if err != nil {
		return nil, err
	}
	return newSnapshot(t.Article, cat, eng, r.x).with(t, in, r), nil
}

// reading is the loaded texts of a snapshot, kept so that a new catalog
// re-reads them without going back to disk.
type reading struct {
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
func (s *Session) readTexts(ctx context.Context, in reading, cat *sources.Catalog) (readResult, error) {
	pubs := s.publisherList()
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

// publisherList is the session's publishers (set once, never changed).
func (s *Session) publisherList() *sources.Publishers { return s.publishers }
