package assets

import _ "embed"

// The report's fonts: Noto Sans 2.000 regular, bold and italic, under the
// SIL Open Font License 1.1 (fonts/OFL.txt). They cover Latin, Greek and
// Cyrillic (Ukrainian included), curly quotes and dashes. They are the
// files Fyne bundles, so a report looks like the window.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	NotoSansRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	NotoSansBold []byte
	//go:embed fonts/NotoSans-Italic.ttf
	NotoSansItalic []byte
)
