// Command text prints the text Readouts reads from an article (for HTML, the
// extracted text), the bytes every statement offset indexes:
//
//	go run ./sources/testdata/text ARTICLE > article.txt
package main

import (
	"fmt"
	"os"

	"readouts/sources"
)

func main() {
	a, err := sources.Load(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print(a.Text)
}
