package sources

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// skipped elements hold page furniture, not article text.
var skippedElements = map[string]bool{
	"script": true, "style": true, "nav": true, "header": true, "footer": true,
	"aside": true, "noscript": true, "template": true, "svg": true, "form": true,
	"button": true, "iframe": true, "head": true,
}

// blockElements end a paragraph: their text becomes its own paragraph.
var blockElements = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "li": true, "blockquote": true, "section": true,
	"article": true, "main": true, "figcaption": true, "pre": true, "tr": true,
	"dd": true, "dt": true, "ul": true, "ol": true, "table": true, "br": true,
	"title": true, "figure": true, "hr": true,
}

// htmlText extracts the readable text of an HTML page: one paragraph per
// block element, paragraphs separated by a blank line, whitespace inside a
// paragraph collapsed. Offsets of the resulting Article index this text.
func htmlText(data []byte) (string, error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return "", fmt.Errorf("parsing HTML: %w", err)
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		p := strings.Join(strings.Fields(cur.String()), " ")
		if p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var title string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.Data == "title" && title == "" && n.FirstChild != nil {
				title = strings.Join(strings.Fields(n.FirstChild.Data), " ")
			}
			if skippedElements[n.Data] {
				return
			}
			if blockElements[n.Data] {
				flush()
				defer flush()
			}
		}
		if n.Type == html.TextNode {
			cur.WriteString(n.Data)
			cur.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	flush()
	// A page without an <h1> keeps its <title> as front matter so the
	// article still gets a title, without adding a paragraph to the body.
	if title != "" && (len(paras) == 0 || paras[0] != title) {
		return "---\ntitle: " + title + "\n---\n" + strings.Join(paras, "\n\n") + "\n", nil
	}
	return strings.Join(paras, "\n\n") + "\n", nil
}
