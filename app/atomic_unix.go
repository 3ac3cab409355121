//go:build unix

package app

import (
	"io/fs"
	"os"
	"syscall"
)

// writable tells whether the user may write the existing file at path. Root
// may write anything, so for root a file counts as writable only when some
// write bit is set: a file made read-only stays so, whoever runs the export.
func writable(path string, fi fs.FileInfo) bool {
	if os.Geteuid() == 0 {
		return fi.Mode().Perm()&0o222 != 0
	}
	const wOK = 2 // access(2)'s W_OK
	return syscall.Access(path, wOK) == nil
}

// keepOwner gives f the owner and group of the file it replaces, where the
// system lets us (root may; others keep their own).
func keepOwner(f *os.File, fi fs.FileInfo) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok || (int(st.Uid) == os.Geteuid() && int(st.Gid) == os.Getegid()) {
		return
	}
	f.Chown(int(st.Uid), int(st.Gid))
}
