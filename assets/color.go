package assets

import _ "embed"

// SRGBProfile is the ICC's sRGB profile (sRGB2014.icc, v2), which the PDF
// report names as its output intent: the colours it draws are sRGB. The
// International Color Consortium lets it be copied and embedded without
// restriction (color/LICENSE.txt).
//
//go:embed color/sRGB2014.icc
var SRGBProfile []byte
