package app

import (
	"sync"

	"readouts/app/usage"
	"readouts/sources"
)

// usageEntry is the usage check of a snapshot, computed once.
type usageEntry struct {
	once   sync.Once
	result *usage.Result
}

// Texts are the files the snapshot was read from.
func (s *Snapshot) Texts() Texts { return s.texts }

// Notes say how the texts were read when it is not what was asked: an
// article that is a dossier is read as documents. One line each.
func (s *Snapshot) Notes() []string { return s.notes }

// Documents tells whether the accounts come from the sides' own documents
// (files given as documents, or a dossier).
func (s *Snapshot) Documents() bool { return len(s.x.Documents) > 0 }

// Article is the news article read beside the documents, with its own
// accounts; nil unless both were opened.
func (s *Snapshot) Article() *sources.Extraction { return s.companion }

// Usage is how the article beside the documents uses them (see package
// usage), computed on first request from the accounts as the reviewer
// corrected them; nil unless both were opened.
func (s *Snapshot) Usage() *usage.Result {
	if s.companion == nil {
		return nil
	}
	s.usage.once.Do(func() { s.usage.result = usage.Analyze(s.x, s.companion, s.engine) })
	return s.usage.result
}
