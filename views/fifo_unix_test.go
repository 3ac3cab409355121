//go:build unix

package views

import "syscall"

func mkfifo(path string) error { return syscall.Mkfifo(path, 0o644) }
