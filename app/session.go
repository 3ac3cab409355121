package app

import (
	"context"
	"fmt"
	"os"
	"sync"

	"readouts/app/compare"
	"readouts/assets"
	"readouts/sources"
)

// Session is where Readouts reads texts: it holds what a text is read with
// (the catalog of outlets, extended by the user's files, and the topic and
// cue lexicons, likewise) and turns a text into a Snapshot. The command line
// and the window both read through a Session, so comparisons are made in
// one place.
//
// A Session is safe for concurrent use: the window loads on one goroutine
// while it reads the snapshot on show on another.
type Session struct {
	mu      sync.Mutex
	catalog *sources.Catalog // extraction reads speakers' channels with it
	engine  *compare.Engine  // comparisons use its lexicons
	// publishers name who published a side's own document (readouts of
	// the White House, the Kremlin…); set once by NewSession.
	publishers *sources.Publishers
}

// NewSession returns a session that reads with the built-in catalog and
// lexicons, extended by the given files (later files extend earlier ones).
// A file that cannot be read or parsed is bad input.
func NewSession(catalogFiles, lexiconFiles []string) (*Session, error) {
	pubs, err := sources.ParsePublishers(assets.Publishers)
	if err != nil {
		return nil, fmt.Errorf("built-in publishers: %w", err)
	}
	s := &Session{publishers: pubs}
	if err := s.SetCatalogs(catalogFiles); err != nil {
		return nil, err
	}
	if err := s.SetLexicons(lexiconFiles); err != nil {
		return nil, err
	}
	return s, nil
}

// SetCatalogs reads the built-in catalog extended by files. Texts loaded or
// refreshed afterwards are extracted with it; on error nothing changes.
func (s *Session) SetCatalogs(files []string) error {
	data := [][]byte{assets.Catalog}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return badInput(fmt.Errorf("read catalog: %w", err))
		}
		data = append(data, b)
	}
	cat, err := sources.ParseCatalog(data...)
	if err != nil {
		return badInput(fmt.Errorf("catalog: %w", err))
	}
	s.mu.Lock()
	s.catalog = cat
	s.mu.Unlock()
	return nil
}

// SetLexicons reads the built-in topic and cue lexicons extended by files.
// Texts loaded or refreshed afterwards are compared with them; on error
// nothing changes.
func (s *Session) SetLexicons(files []string) error {
	var extra [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return badInput(fmt.Errorf("read lexicon: %w", err))
		}
		extra = append(extra, b)
	}
	lex, err := compare.ParseLexicon(assets.Topics, assets.Cues, extra...)
	if err != nil {
		return badInput(fmt.Errorf("lexicon: %w", err))
	}
	s.mu.Lock()
	s.engine = compare.New(lex)
	s.mu.Unlock()
	return nil
}

func (s *Session) rules() (*sources.Catalog, *compare.Engine) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.catalog, s.engine
}

// Load reads the article at path, or the built-in article when path is "",
// and extracts its accounts. Comparisons are made when first asked for.
// A cancelled ctx stops the load between its steps.
func (s *Session) Load(ctx context.Context, path string) (*Snapshot, error) {
	return s.Open(ctx, Texts{Article: path})
}

// Refresh brings snap up to date with the session's catalog and lexicons,
// recomputing only what changed: the extraction when the catalog changed,
// the comparisons when the extraction or the lexicons changed. When nothing
// changed it returns snap itself.
func (s *Session) Refresh(ctx context.Context, snap *Snapshot) (*Snapshot, error) {
	cat, eng := s.rules()
	if cat == snap.catalog && eng == snap.engine {
		return snap, nil
	}
	if cat == snap.catalog {
		return newSnapshot(snap.path, cat, eng, snap.x).with(snap.texts, snap.in, snap.readResult()), nil
	}
	r, err := s.readTexts(ctx, snap.in, cat)
	if err != nil {
		return nil, err
	}
	return newSnapshot(snap.path, cat, eng, r.x).with(snap.texts, snap.in, r), nil
}

// read is the way from a text to the reading that comparisons are made of.
// Today that is the extraction; the reviewer's corrections (issue 9) are a
// step between the extraction and the reading returned here.
func read(ctx context.Context, art *sources.Article, cat *sources.Catalog) (*sources.Extraction, error) {
	x := sources.Extract(art, cat)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return x, nil
}

// DisplayName is how messages name the article at path: the path, or
// "built-in article" for "".
func DisplayName(path string) string {
	if path == "" {
		return "built-in article"
	}
	return path
}
