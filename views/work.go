package views

import (
	"context"
)

// job is work the window does off the UI goroutine: reading an article,
// making a comparison, writing a report. The window stays responsive while
// it runs, shows a progress bar and Cancel (Esc), and runs one job at a time.
type job struct {
	ctx    context.Context
	cancel context.CancelFunc
	// undo puts back what the job was about to replace, when it is
	// cancelled; nil when there is nothing to put back.
	undo func()
}

// run starts work off the UI goroutine with msg beside the progress bar.
// Work returns what to do with its result on the UI goroutine; that is
// dropped when the job was cancelled or replaced meanwhile (the article's
// extraction cannot stop half-way, so a cancelled job finishes unseen).
// A job already running is cancelled first: the last thing asked for wins.
func (g *gui) run(msg string, undo func(), work func(ctx context.Context) (apply func())) {
	g.cancelJob()
	ctx, cancel := context.WithCancel(context.Background())
	j := &job{ctx: ctx, cancel: cancel, undo: undo}
	g.started++
	if g.inline {
		// Screenshots: nothing to keep responsive, so wait for the result.
		if apply := work(ctx); apply != nil {
			apply()
		}
		cancel()
		return
	}
	g.job = j
	note := g.w.status.Text // what the status said before; it says so again after
	g.setBusy(true, msg)
	go func() {
		apply := work(ctx)
		g.post(func() {
			cancel()
			if g.job != j {
				return // cancelled or replaced: drop the late result
			}
			g.job = nil
			g.setBusy(false, note)
			if apply != nil {
				apply()
			}
		})
	}()
}

// cancelJob stops the job running, if any, and puts back what it was about
// to replace. It reports whether there was one.
func (g *gui) cancelJob() bool {
	j := g.job
	if j == nil {
		return false
	}
	g.job = nil
	j.cancel()
	g.setBusy(false, "Cancelled.")
	if j.undo != nil {
		j.undo()
	}
	return true
}

// busy tells whether a job is running.
func (g *gui) busy() bool { return g.job != nil }

// setBusy shows or hides the progress bar and Cancel, and disables what
// must wait for the job.
func (g *gui) setBusy(on bool, msg string) {
	if on {
		g.w.progress.Show()
		g.w.progress.Start()
		g.w.cancel.Show()
		g.w.open.Disable()
		g.w.export.Disable()
	} else {
		g.w.progress.Stop()
		g.w.progress.Hide()
		g.w.cancel.Hide()
		g.w.open.Enable()
		g.updateExport()
	}
	g.w.statusBar.Refresh() // lay out the progress bar and Cancel shown or hidden
	g.status(msg)
}
