// Command readouts puts competing accounts of one event side by side.
//
// The command line is app's; the window is views'. main hands one to the
// other, so that app never imports the GUI.
package main

import (
	"os"

	"readouts/app"
	"readouts/views"
)

func main() {
	os.Exit(app.Main(os.Args[1:], os.Stdout, os.Stderr, views.Run))
}
