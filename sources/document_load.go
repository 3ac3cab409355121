package sources

// LoadDocuments reads the files of the sides' own documents, one account's
// document each, or one dossier holding them all. Every bad-input case
// returns an *InputError naming the file.
func LoadDocuments(paths ...string) ([]*Article, error) {
	if len(paths) == 0 {
		return nil, badInput("documents", "no document files given")
	}
	out := make([]*Article, 0, len(paths))
	for _, p := range paths {
		a, err := Load(p)
		if err != nil {
			return nil, err
		}
		if len(a.Paragraphs) == 0 {
			return nil, badInput(p, "document has no text after its front matter")
		}
		out = append(out, a)
	}
	return out, nil
}
