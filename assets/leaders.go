package assets

import _ "embed"

// ---- gazetteer (owned by the sources engineer) ----

// Leaders is the gazetteer of the people who speak for governments, in
// office between 2000 and 2025: heads of state and government, foreign
// ministers, spokespeople and aides, with their countries and terms (its
// "about" says where the data comes from). It is a catalog document of its
// own: sources.ParseCatalog(Catalog, Leaders) reads both.
//
//go:embed leaders.json
var Leaders []byte
