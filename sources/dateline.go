package sources

import "regexp"

// dateline matches the place-and-agency line that opens a wire story:
// "PARIS (Reuters) — ", "WOODSIDE, California (AP) -- ", "NEW DELHI - ",
// "MOSCOW, July 3 (Reuters) - ".
// The place is in capitals; the region and agency are optional.
var dateline = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}(?:, \p{Lu}[\p{L}\p{N}. ]{1,30})?(?: \([^)\n]{1,40}\))?\s*(?:—|–|--|-)\s*`)

// datelineLen is the length in bytes of a dateline opening s, or 0.
func datelineLen(s string) int {
	if loc := dateline.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return 0
}
