package app

import (
	"flag"
	"io"
	"strings"
)

// documentsUsage is the part of each command's help about documents.
const documentsUsage = `
  --documents     read the files as the sides' own documents (readouts,
                  statements, briefings), one account each; a single file
                  with one document under each top-level "# " heading (a
                  dossier) works too. Without --documents a dossier given
                  as ARTICLE is read as documents, with a note saying so.
  --article FILE  with --documents: a news article about the same call,
                  checked against the documents (which of their statements
                  it quotes or paraphrases, which have no close match, and
                  where its words differ)
`

// textFlags are the flags that say what to read.
type textFlags struct {
	documents bool
	article   string
}

func (f *textFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&f.documents, "documents", false, "")
	fs.StringVar(&f.article, "article", "", "")
}

// parse parses the command's flags and names the texts: ARTICLE, or with
// --documents the FILEs and the --article beside them.
func (f *textFlags) parse(fs *flag.FlagSet, usage string, args []string, stdout io.Writer) (Texts, error) {
	positional, err := parseArgs(fs, usage, args, stdout)
	if err != nil {
		return Texts{}, err
	}
	return f.texts(fs.Name(), positional)
}

func (f *textFlags) texts(cmd string, positional []string) (Texts, error) {
	if f.documents {
		if len(positional) == 0 {
			return Texts{}, usagef("%s: --documents needs at least one FILE (or one dossier)", cmd)
		}
		for _, p := range positional {
			if p == f.article {
				return Texts{}, usagef("%s: %s is given both as a document and as --article", cmd, p)
			}
		}
		return Texts{Article: f.article, Documents: positional}, nil
	}
	if f.article != "" {
		if len(positional) > 0 {
			return Texts{}, usagef("%s: --article names the article; the other files (%s) are documents only with --documents", cmd, strings.Join(positional, " "))
		}
		return Texts{Article: f.article}, nil
	}
	switch len(positional) {
	case 0:
		return Texts{}, nil
	case 1:
		return Texts{Article: positional[0]}, nil
	}
	return Texts{}, usagef("%s: one ARTICLE expected, got %d: %s (several documents need --documents)", cmd, len(positional), strings.Join(positional, " "))
}
