package views

import "readouts/app"

// Preference keys of the documents last opened: their paths and the
// article read beside them. Empty when an article was opened last.
const (
	prefDocuments       = "documents"
	prefDocumentArticle = "documents.article"
)

// texts are the texts to reopen at start: the documents last opened, else
// the last article.
func (g guiPrefs) texts() app.Texts {
	if docs := g.p.StringList(prefDocuments); len(docs) > 0 {
		return app.Texts{Documents: docs, Article: g.p.String(prefDocumentArticle)}
	}
	return app.Texts{Article: g.article()}
}

// setDocuments remembers the documents on show (none for an article).
func (g guiPrefs) setDocuments(t app.Texts) {
	g.p.SetStringList(prefDocuments, t.Documents)
	g.p.SetString(prefDocumentArticle, t.Article)
}
