package views

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"readouts/app"
)

// meanLuminance is the average brightness of an image, 0..1.
func meanLuminance(img image.Image) float64 {
	b := img.Bounds()
	var sum float64
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			sum += luminance(img.At(x, y))
			n++
		}
	}
	return sum / float64(n)
}

func TestScreenshotRendersWindow(t *testing.T) {
	dir := t.TempDir()
	shot := func(theme string, width, height int) image.Image {
		t.Helper()
		out := filepath.Join(dir, theme+".png")
		if err := runScreenshot(app.WindowOptions{Screenshot: out, Theme: theme, Width: width, Height: height, Pair: "all"}); err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		f, err := os.Open(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		img, err := png.Decode(f)
		if err != nil {
			t.Fatalf("not a PNG: %v", err)
		}
		return img
	}
	light := shot("light", 1000, 700)
	if got := light.Bounds().Size(); got != image.Pt(1000, 700) {
		t.Fatalf("light screenshot is %v, want 1000x700", got)
	}
	dark := shot("dark", 0, 0)
	if got := dark.Bounds().Size(); got != image.Pt(1400, 900) {
		t.Fatalf("default screenshot is %v, want 1400x900", got)
	}
	if l, d := meanLuminance(light), meanLuminance(dark); l < 0.6 || d > 0.3 {
		t.Fatalf("mean luminance light %.2f, dark %.2f: the themes did not apply", l, d)
	}
}
