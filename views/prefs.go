package views

import (
	"fmt"

	"fyne.io/fyne/v2"
)

// appID identifies Readouts to the desktop and names its preferences file.
const appID = "io.github.readouts.readouts"

// Preference keys. Values are plain strings and numbers, so the file stays
// readable and an old version's file still loads.
const (
	prefPair    = "pair"        // "xi,biden" or "all"
	prefArticle = "article"     // path of the last article, "" for the built-in one
	prefSize    = "window.size" // "1400x900": one key, so it is saved in one write
	prefTheme   = "theme"       // light, dark or system
	prefRecent  = "recent"
)

const maxRecent = 5

// defaultSize is the window's size on first start and of screenshots.
var defaultSize = fyne.NewSize(1400, 900)

// guiPrefs reads and writes what Readouts remembers across restarts.
type guiPrefs struct{ p fyne.Preferences }

func (g guiPrefs) pair() string        { return g.p.String(prefPair) }
func (g guiPrefs) setPair(s string)    { g.p.SetString(prefPair, s) }
func (g guiPrefs) article() string     { return g.p.String(prefArticle) }
func (g guiPrefs) setArticle(s string) { g.p.SetString(prefArticle, s) }
func (g guiPrefs) theme() string       { return g.p.StringWithFallback(prefTheme, themeSystem) }
func (g guiPrefs) setTheme(s string)   { g.p.SetString(prefTheme, s) }

// size is the remembered window size, or the default when none (or a
// nonsensical one: NaN, infinite, tiny or huge) was stored.
func (g guiPrefs) size() fyne.Size {
	var w, h float32
	if _, err := fmt.Sscanf(g.p.String(prefSize), "%gx%g", &w, &h); err != nil {
		return defaultSize
	}
	s := fyne.NewSize(w, h)
	if !sensibleSize(s) {
		return defaultSize
	}
	return s
}

func (g guiPrefs) setSize(s fyne.Size) {
	if !sensibleSize(s) {
		return
	}
	g.p.SetString(prefSize, fmt.Sprintf("%gx%g", s.Width, s.Height))
}

// sensibleSize tells whether a window could have size s. Written so that
// NaN, which fails every comparison, fails it too.
func sensibleSize(s fyne.Size) bool {
	return s.Width >= 400 && s.Width <= 20000 && s.Height >= 300 && s.Height <= 20000
}

// recent lists the last opened files, newest first.
func (g guiPrefs) recent() []string { return g.p.StringList(prefRecent) }

// addRecent puts path first in the recent list, without duplicates, and
// keeps the last maxRecent.
func (g guiPrefs) addRecent(path string) []string {
	list := []string{path}
	for _, p := range g.recent() {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	g.p.SetStringList(prefRecent, list)
	return list
}

// removeRecent drops a path that no longer opens.
func (g guiPrefs) removeRecent(path string) []string {
	var list []string
	for _, p := range g.recent() {
		if p != path {
			list = append(list, p)
		}
	}
	g.p.SetStringList(prefRecent, list)
	return list
}
