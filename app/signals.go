package app

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// Interrupted is the cause of a context that onSignals cancelled: the run
// was asked to stop by Signal.
type Interrupted struct{ Signal os.Signal }

func (e *Interrupted) Error() string { return fmt.Sprintf("interrupted (%v)", e.Signal) }

// exitStatus is what a shell reports for a process ended by the signal:
// 128 + its number (130 for SIGINT, 143 for SIGTERM).
func (e *Interrupted) exitStatus() int {
	if s, ok := e.Signal.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitFailure
}

// OnSignals returns a context cancelled, with an *Interrupted cause, on
// SIGINT or SIGTERM. Until stop is called those signals no longer end the
// process: whoever holds ctx cleans up and returns. Hold it only around work
// that watches ctx (writing a file), so that a signal during anything else
// still ends the run at once. The command line and the window write their
// exports under it.
func OnSignals(parent context.Context) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case s := <-sigs:
			cancel(&Interrupted{Signal: s})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(sigs)
		cancel(nil)
	}
}
