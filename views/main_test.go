package views

import (
	"os"
	"testing"
)

// TestMain gives the tests a temporary folder of their own: Fyne's test
// app keeps its storage there, and with it the review of the built-in
// article, which must neither come from nor go to another run.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "readouts-views-")
	if err != nil {
		panic(err)
	}
	os.Setenv("TMPDIR", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
