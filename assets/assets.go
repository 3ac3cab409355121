// Package assets holds the files Readouts embeds: the built-in article, the
// catalog of outlets and platforms, the topic and cue lexicons, and the icon.
// The data files are plain JSON so they can be read and extended without
// recompiling; the packages that use them take their bytes as arguments.
package assets

import _ "embed"

// SeedArticle is the built-in article: the 19 May 2025 Trump–Putin call.
//
//go:embed seed-article.txt
var SeedArticle []byte

// SeedArticleName is the name the built-in article is shown under.
const SeedArticleName = "seed-article.txt"

// Icon is the application icon (1024×1024 PNG), also named in FyneApp.toml.
//
//go:embed icon.png
var Icon []byte

// ---- catalog (owned by the sources engineer) ----

// Catalog is the built-in catalog of outlets, platforms, institutions,
// countries and offices, and the English of news reporting the extractor
// reads: reporting verbs and their forms, words of time, venues
// (sources.ParseCatalog reads it).
//
//go:embed catalog.json
var Catalog []byte

// --- comparison lexicons (owned by the comparison engine, app/compare) ---

// Topics is the topic lexicon of diplomatic and conflict reporting that the
// comparison engine aligns statements by.
//
//go:embed topics.json
var Topics []byte

// Cues is the stance lexicon (negation, hedges, conditions, time,
// assessment, places, actors) that the engine reads verdicts from.
//
//go:embed cues.json
var Cues []byte
