//go:build !unix

package views

import "errors"

func mkfifo(string) error { return errors.New("no FIFOs here") }
