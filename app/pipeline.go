package app

import (
	"fmt"
	"os"

	"readouts/app/compare"
	"readouts/assets"
	"readouts/sources"
)

// pipeline turns article bytes into an extraction and comparisons. It holds
// the parsed catalog and lexicons, which are read once per process.
type pipeline struct {
	catalog *sources.Catalog
	engine  *compare.Engine
}

// newPipeline parses the built-in catalog and lexicons, extended by the
// user's files when given (later files extend earlier ones).
func newPipeline(catalogFiles, lexiconFiles []string) (*pipeline, error) {
	catalogData := [][]byte{assets.Catalog}
	for _, f := range catalogFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, badInput(fmt.Errorf("read catalog: %w", err))
		}
		catalogData = append(catalogData, b)
	}
	cat, err := sources.ParseCatalog(catalogData...)
	if err != nil {
		return nil, badInput(fmt.Errorf("catalog: %w", err))
	}
	var extra [][]byte
	for _, f := range lexiconFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, badInput(fmt.Errorf("read lexicon: %w", err))
		}
		extra = append(extra, b)
	}
	lex, err := compare.ParseLexicon(assets.Topics, assets.Cues, extra...)
	if err != nil {
		return nil, badInput(fmt.Errorf("lexicon: %w", err))
	}
	return &pipeline{catalog: cat, engine: compare.New(lex)}, nil
}

// load reads the article at path, or the built-in article when path is "".
func (p *pipeline) load(path string) (*sources.Extraction, error) {
	var (
		art *sources.Article
		err error
	)
	if path == "" {
		art, err = sources.Parse(assets.SeedArticleName, assets.SeedArticle)
	} else {
		art, err = sources.Load(path)
	}
	if err != nil {
		return nil, err
	}
	return sources.Extract(art, p.catalog), nil
}
