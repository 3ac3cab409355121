package assets

import _ "embed"

// ---- documents (owned by the documents engineer) ----

// Publishers lists the offices and ministries that publish the sides' own
// accounts (readouts, statements, briefings), with the names and web
// addresses that identify them (sources.ParsePublishers reads it).
//
//go:embed publishers.json
var Publishers []byte
