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
// The page's <title> is returned apart: it is the article's title, not a
// paragraph of its text.
func htmlText(data []byte) (text, title string, err error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return "", "", fmt.Errorf("parsing HTML: %w", err)
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
	title = pageTitle(root)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
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
	return strings.Join(paras, "\n\n") + "\n", title, nil
}

// pageTitle is the text of the page's first <title>, wherever it sits (it
// belongs in <head>, whose other contents are not article text).
func pageTitle(n *html.Node) string {
	if n.Type == html.ElementNode && n.Data == "title" {
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		return strings.Join(strings.Fields(b.String()), " ")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := pageTitle(c); t != "" {
			return t
		}
	}
	return ""
}
