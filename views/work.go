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
	task
}

// task is a job to run.
type task struct {
	msg string // beside the progress bar
	// undo puts back what the job was about to replace, when it is
	// cancelled; nil when there is nothing to put back.
	undo func()
	// keep marks a report being written: a new request does not replace
	// it (the user asked for that file), it waits; Esc still cancels it.
	keep bool
	// work runs off the UI goroutine and returns what to do with its
	// result on the UI goroutine.
	work func(ctx context.Context) (apply func())
}

// run starts t off the UI goroutine. Its result is dropped when the job was
// cancelled or replaced meanwhile (the article's extraction cannot stop
// half-way, so a cancelled job finishes unseen). A job already running is
// cancelled first, the last thing asked for winning, unless it writes a
// report: then t does not start, the status says why, and run reports false.
func (g *gui) run(t task) bool {
	if g.job != nil && g.job.keep {
		g.status("A report is being written: wait for it, or press Esc to cancel it.")
		return false
	}
	g.cancelJob()
	ctx, cancel := context.WithCancel(context.Background())
	j := &job{ctx: ctx, cancel: cancel, task: t}
	g.started++
	if g.inline {
		// Screenshots: nothing to keep responsive, so wait for the result.
		if apply := t.work(ctx); apply != nil {
			apply()
		}
		cancel()
		return true
	}
	g.job = j
	note := g.w.status.Text // what the status said before; it says so again after
	g.setBusy(j, t.msg)
	go func() {
		apply := t.work(ctx)
		g.post(func() {
			cancel()
			if g.job != j {
				return // cancelled or replaced: drop the late result
			}
			g.job = nil
			if g.w.status.Text != t.msg {
				// Something said more since the job started (the
				// article it replaced was opened): that stays.
				note = g.w.status.Text
			}
			g.setBusy(nil, note)
			if apply != nil {
				apply()
			}
		})
	}()
	return true
}

// writing tells whether a report is being written.
func (g *gui) writing() bool { return g.job != nil && g.job.keep }

// cancelJob stops the job running, if any, and puts back what it was about
// to replace. It reports whether there was one.
func (g *gui) cancelJob() bool {
	j := g.job
	if j == nil {
		return false
	}
	g.job = nil
	j.cancel()
	g.setBusy(nil, "Cancelled.")
	if j.undo != nil {
		j.undo()
	}
	return true
}

// busy tells whether a job is running.
func (g *gui) busy() bool { return g.job != nil }

// setBusy shows the progress bar and Cancel while j runs (nil: hides
// them), and disables what must wait: Export, and while a report is
// written, Open.
func (g *gui) setBusy(j *job, msg string) {
	if j != nil {
		g.w.progress.Show()
		g.w.progress.Start()
		g.w.cancel.Show()
		g.w.export.Disable()
		if j.keep {
			g.w.open.Disable()
		}
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
