package app

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
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
	mu       sync.Mutex
	catalog  *sources.Catalog // extraction reads speakers' channels with it
	engine   *compare.Engine  // comparisons use its lexicons
	catalogs []string         // the user's files behind catalog
	lexicons []string         // the user's files behind engine
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
// refreshed afterwards are extracted with it; on error nothing changes. An
// error names the file: it cannot be read, is not one JSON object, has a key
// the catalog does not know, or the catalog refuses it.
func (s *Session) SetCatalogs(files []string) error {
	data := [][]byte{assets.Catalog, assets.Leaders}
	for _, f := range files {
		b, err := readRules("catalog", f, &catalogShape{})
		if err != nil {
			return err
		}
		// Parsed alone first, so that an error names its file.
		if _, err := sources.ParseCatalog(assets.Catalog, b); err != nil {
			return badInput(fmt.Errorf("catalog %s: %w", f, dropPartNumber(err, "catalog 2: ")))
		}
		data = append(data, b)
	}
	cat, err := sources.ParseCatalog(data...)
	if err != nil {
		return badInput(fmt.Errorf("catalog %s: %w", strings.Join(files, ", "), err))
	}
	s.mu.Lock()
	s.catalog, s.catalogs = cat, slices.Clone(files)
	if s.engine != nil { // the engine reads party codes with the catalog
		s.engine = s.engine.WithCountries(cat.Countries)
	}
	s.mu.Unlock()
	return nil
}

// SetLexicons reads the built-in topic and cue lexicons extended by files.
// Texts loaded or refreshed afterwards are compared with them; on error
// nothing changes. Errors name the file, as for SetCatalogs.
func (s *Session) SetLexicons(files []string) error {
	var extra [][]byte
	for _, f := range files {
		// The lexicon's parser refuses unknown keys itself; its types are
		// its own, so here the shape check is one JSON object alone.
		b, err := readRules("lexicon", f, nil)
		if err != nil {
			return err
		}
		if _, err := compare.ParseLexicon(assets.Topics, assets.Cues, b); err != nil {
			return badInput(fmt.Errorf("lexicon %s: %w", f, dropPartNumber(err, "lexicon file 1: ")))
		}
		extra = append(extra, b)
	}
	lex, err := compare.ParseLexicon(assets.Topics, assets.Cues, extra...)
	if err != nil {
		return badInput(fmt.Errorf("lexicon %s: %w", strings.Join(files, ", "), err))
	}
	s.mu.Lock()
	s.engine, s.lexicons = compare.New(lex).WithCountries(s.catalog.Countries), slices.Clone(files)
	s.mu.Unlock()
	return nil
}

// catalogShape is what a catalog file may hold: the catalog's own keys, and
// "about" and "schema", which say what the file is (the built-in one has
// them) and which the parser skips.
type catalogShape struct {
	sources.Catalog
	About  json.RawMessage `json:"about"`
	Schema json.RawMessage `json:"schema"`
}

// dropPartNumber removes the parsers' own name for a part ("lexicon file
// 1: ") from err's message, since the message names the file instead.
func dropPartNumber(err error, prefix string) error {
	if msg, ok := strings.CutPrefix(err.Error(), prefix); ok {
		return errors.New(msg)
	}
	return err
}

// readRules reads a catalog or lexicon file and checks that it is one JSON
// object and nothing after it. With shape set, it also checks that every
// key is one shape knows (the parsers themselves ignore unknown keys, so a
// misspelt key would silently do nothing).
func readRules(kind, path string, shape any) ([]byte, error) {
	b, err := readSmall(path, maxRulesBytes)
	if err != nil {
		return nil, badInput(fmt.Errorf("%s %s: %w", kind, path, err))
	}
	if shape == nil {
		shape = &map[string]json.RawMessage{}
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(shape); err != nil {
		return nil, badInput(fmt.Errorf("%s %s: %w", kind, path, jsonError(b, err)))
	}
	if off := dec.InputOffset(); dec.More() || len(bytes.TrimSpace(b[off:])) > 0 {
		return nil, badInput(fmt.Errorf("%s %s: unexpected text after the JSON object at byte %d", kind, path, off))
	}
	return b, nil
}

// jsonError says where a syntax error is, as a line number.
func jsonError(b []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line := 1 + bytes.Count(b[:min(int(se.Offset), len(b))], []byte("\n"))
		return fmt.Errorf("line %d: %w", line, err)
	}
	return err
}

// maxRulesBytes bounds a catalog or lexicon file (they are tens of KB).
const maxRulesBytes = 4 << 20

// readSmall reads a regular file of at most limit bytes, refusing what is
// not a regular file before opening it, so that a FIFO never blocks.
func readSmall(path string, limit int64) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, unwrapPath(err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file (%s)", kindOf(fi.Mode()))
	}
	if fi.Size() > limit {
		return nil, fmt.Errorf("file is %d bytes, over the %d MB limit", fi.Size(), limit>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, unwrapPath(err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("file is over the %d MB limit", limit>>20)
	}
	return b, nil
}

// kindOf names what a path is when it is not a regular file.
func kindOf(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return m.Type().String()
}

func (s *Session) rules() (*sources.Catalog, *compare.Engine, []Input) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var files []Input
	for _, f := range s.catalogs {
		files = append(files, Input{Role: "catalog", Path: f})
	}
	for _, f := range s.lexicons {
		files = append(files, Input{Role: "lexicon", Path: f})
	}
	return s.catalog, s.engine, files
}

// Load reads the article at path, or the built-in article when path is "",
// and extracts its accounts. Comparisons are made when first asked for.
// A cancelled ctx stops the load between its steps.
func (s *Session) Load(ctx context.Context, path string) (*Snapshot, error) {
	return s.Open(ctx, Texts{Article: path})
}

// Refresh brings snap up to date with the session's catalog and lexicons,
// recomputing only what changed: the extraction (and the review applied to
// it) when the catalog changed, the comparisons when the reading or the
// lexicons changed. When nothing changed it returns snap itself.
func (s *Session) Refresh(ctx context.Context, snap *Snapshot) (*Snapshot, error) {
	cat, eng, files := s.rules()
	if cat == snap.catalog && eng == snap.engine {
		return snap, nil
	}
	b := snap.base
	b.catalog, b.engine, b.inputs = cat, eng, b.texts.inputs(files)
	if cat != snap.catalog {
		r, err := s.readTexts(ctx, b.loaded, cat)
		if err != nil {
			return nil, err
		}
		b.machine, b.companion, b.notes = r.x, r.companion, r.notes
	}
	n := newSnapshot(b, snap.review)
	n.reuse(snap)
	return n, nil
}

// read is the way from a text to the machine reading: the extraction. The
// reviewer's corrections are the step after it (newSnapshot).
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
