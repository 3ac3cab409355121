package views

import (
	"context"
	"fmt"
	"image/png"
	"io"

	"fyne.io/fyne/v2/test"

	"readouts/app"
)

// runScreenshot renders the window offscreen with Fyne's software renderer
// and writes it as a PNG: no display, no GL, the same widgets and layout as
// the real window.
func runScreenshot(opts app.WindowOptions) error {
	a := test.NewApp()
	if opts.Theme == "" || opts.Theme == themeSystem {
		// There is no system to follow offscreen.
		opts.Theme = themeLight
	}
	win := a.NewWindow("Readouts")
	g, err := newGUI(a, win, opts)
	if err != nil {
		return err
	}
	defer win.Close()
	img := g.win.Canvas().Capture()
	var inputs []app.Input
	if opts.Article != nil {
		inputs = opts.Article.Inputs()
	}
	ctx, stop := app.OnSignals(context.Background())
	defer stop()
	if err := app.WriteOutput(ctx, opts.Screenshot, inputs, func(w io.Writer) error { return png.Encode(w, img) }); err != nil {
		return fmt.Errorf("screenshot: %w", err)
	}
	return nil
}
