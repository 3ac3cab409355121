//go:build !unix

package app

import (
	"io/fs"
	"os"
)

// writable tells whether the user may write the existing file: here, by
// its owner's write bit.
func writable(_ string, fi fs.FileInfo) bool { return fi.Mode().Perm()&0o200 != 0 }

// keepOwner does nothing where files have no Unix owner.
func keepOwner(*os.File, fs.FileInfo) {}
