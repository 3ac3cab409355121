// Command readouts puts competing accounts of one event side by side.
package main

import (
	"os"

	"readouts/app"
)

func main() {
	os.Exit(app.Main(os.Args[1:], os.Stdout, os.Stderr))
}
