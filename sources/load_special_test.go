//go:build unix

package sources

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLoadRefusesWhatIsNotAFile: a FIFO, a socket or a device given as the
// article is refused at once, never opened for reading (a FIFO would block
// the open until a writer came).
func TestLoadRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "article.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	sock := filepath.Join(dir, "s.txt")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	tests := []struct{ name, path, want string }{
		{"FIFO", fifo, "is a FIFO"},
		{"socket", sock, "is a socket"},
		{"device", os.DevNull, "is a device"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() { _, err := Load(tt.path); done <- err }()
			select {
			case err := <-done:
				if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), tt.path+": ") {
					t.Fatalf("Load(%s) = %v, want bad input %q", tt.path, err, tt.want)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("Load(%s) blocked", tt.path)
			}
		})
	}
}

// TestLoadReadErrorIsBadInput: a file that opens but cannot be read is the
// input's fault (exit 2), named in one line.
func TestLoadReadErrorIsBadInput(t *testing.T) {
	const mem = "/proc/self/mem" // opens, and reading at offset 0 fails (EIO)
	if _, err := os.Stat(mem); err != nil {
		t.Skipf("no %s here", mem)
	}
	_, err := Load(mem)
	if !errors.Is(err, ErrBadInput) || !strings.HasPrefix(err.Error(), mem+": cannot read") {
		t.Fatalf("Load(%s) = %v, want bad input naming the file", mem, err)
	}
}
