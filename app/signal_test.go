//go:build unix

package app

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"readouts/assets"
)

// runMainEnv makes the test binary run Main on its arguments instead of the
// tests, so that a test can send a real signal to a real run.
const runMainEnv = "READOUTS_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		os.Exit(Main(os.Args[1:], os.Stdout, os.Stderr, nil))
	}
	os.Exit(m.Run())
}

// TestSignalDuringExportLeavesNothing sends SIGTERM or SIGINT to an export
// while it writes its temporary file: the file is removed, nothing is
// written at -o, and the run ends as the signal would have ended it.
func TestSignalDuringExportLeavesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a long report")
	}
	dir := t.TempDir()
	// Long enough that the PDF takes a good part of a second to write.
	article := filepath.Join(dir, "long.txt")
	if err := os.WriteFile(article, []byte(strings.Repeat(string(assets.SeedArticle)+"\n\n", 60)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sig  syscall.Signal
		exit int
	}{
		{syscall.SIGTERM, 143},
		{syscall.SIGINT, 130},
	}
	for _, tc := range tests {
		t.Run(tc.sig.String(), func(t *testing.T) {
			outDir := t.TempDir()
			out := filepath.Join(outDir, "report.pdf")
			cmd := exec.Command(os.Args[0], "export", "--pair", "all", "-o", out, article)
			cmd.Env = append(os.Environ(), runMainEnv+"=1")
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			tmp := waitForTemp(t, outDir, 60*time.Second)
			if tmp == "" {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("no temporary file appeared; stderr %q", stderr.String())
			}
			cmd.Process.Signal(tc.sig)
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != tc.exit {
				t.Fatalf("after %v: %v, want exit %d; stderr %q", tc.sig, err, tc.exit, stderr.String())
			}
			if l := leftovers(t, outDir); len(l) > 0 {
				t.Fatalf("left behind after %v: %v (the temporary file was %s)", tc.sig, l, tmp)
			}
			if !strings.Contains(stderr.String(), "interrupted") || strings.Count(stderr.String(), "\n") != 1 {
				t.Errorf("stderr %q, want one line saying it was interrupted", stderr.String())
			}
		})
	}
}

// waitForTemp polls dir for a temporary file of an export and returns its
// name, or "" when none appeared in time.
func waitForTemp(t *testing.T, dir string, timeout time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".tmp") {
				return e.Name()
			}
		}
		time.Sleep(time.Millisecond)
	}
	return ""
}
