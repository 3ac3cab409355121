package report

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// glyphSet is the set of runes a TrueType font maps to a glyph, read from its
// cmap table. fpdf draws a missing rune as an empty box of the font's default
// width without telling anyone, so the report checks coverage itself and
// substitutes a replacement the reader can see.
type glyphSet struct {
	ranges []runeRange // sorted, non-overlapping
}

type runeRange struct{ lo, hi rune }

// has reports whether the font maps r to a glyph.
func (g *glyphSet) has(r rune) bool {
	i := sort.Search(len(g.ranges), func(i int) bool { return g.ranges[i].hi >= r })
	return i < len(g.ranges) && g.ranges[i].lo <= r
}

// parseGlyphSet reads the Unicode cmap subtable (format 12 preferred, else
// format 4) of a TrueType/OpenType font.
func parseGlyphSet(font []byte) (*glyphSet, error) {
	cmap, err := findTable(font, "cmap")
	if err != nil {
		return nil, err
	}
	if len(cmap) < 4 {
		return nil, errors.New("cmap table too short")
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	best, bestFormat := -1, uint16(0)
	for i := 0; i < n; i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return nil, errors.New("cmap encoding records truncated")
		}
		platform := binary.BigEndian.Uint16(cmap[rec:])
		encoding := binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		unicode := platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
		if !unicode || off+2 > len(cmap) {
			continue
		}
		format := binary.BigEndian.Uint16(cmap[off:])
		if format == 12 || (format == 4 && bestFormat != 12) {
			best, bestFormat = off, format
		}
	}
	if best < 0 {
		return nil, errors.New("no Unicode cmap subtable")
	}
	var g glyphSet
	if bestFormat == 12 {
		err = g.readFormat12(cmap[best:])
	} else {
		err = g.readFormat4(cmap[best:])
	}
	if err != nil {
		return nil, fmt.Errorf("cmap format %d: %w", bestFormat, err)
	}
	sort.Slice(g.ranges, func(i, j int) bool { return g.ranges[i].lo < g.ranges[j].lo })
	return &g, nil
}

func findTable(font []byte, tag string) ([]byte, error) {
	if len(font) < 12 {
		return nil, errors.New("font too short")
	}
	n := int(binary.BigEndian.Uint16(font[4:]))
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(font) {
			break
		}
		if string(font[rec:rec+4]) != tag {
			continue
		}
		off := int(binary.BigEndian.Uint32(font[rec+8:]))
		length := int(binary.BigEndian.Uint32(font[rec+12:]))
		if off+length > len(font) {
			return nil, fmt.Errorf("table %s out of bounds", tag)
		}
		return font[off : off+length], nil
	}
	return nil, fmt.Errorf("no %s table", tag)
}

func (g *glyphSet) readFormat12(t []byte) error {
	if len(t) < 16 {
		return errors.New("header truncated")
	}
	n := int(binary.BigEndian.Uint32(t[12:]))
	if 16+12*n > len(t) {
		return errors.New("groups truncated")
	}
	for i := 0; i < n; i++ {
		grp := t[16+12*i:]
		lo := rune(binary.BigEndian.Uint32(grp))
		hi := rune(binary.BigEndian.Uint32(grp[4:]))
		if binary.BigEndian.Uint32(grp[8:]) == 0 && lo == hi {
			continue // mapped to .notdef
		}
		g.ranges = append(g.ranges, runeRange{lo, hi})
	}
	return nil
}

func (g *glyphSet) readFormat4(t []byte) error {
	if len(t) < 14 {
		return errors.New("header truncated")
	}
	segs := int(binary.BigEndian.Uint16(t[6:])) / 2
	ends := 14
	starts := ends + 2*segs + 2
	deltas := starts + 2*segs
	offsets := deltas + 2*segs
	if offsets+2*segs > len(t) {
		return errors.New("segments truncated")
	}
	u16 := func(at int) int { return int(binary.BigEndian.Uint16(t[at:])) }
	for s := 0; s < segs; s++ {
		end, start := u16(ends+2*s), u16(starts+2*s)
		delta, roff := u16(deltas+2*s), u16(offsets+2*s)
		if start == 0xFFFF {
			continue
		}
		for c := start; c <= end; c++ {
			gid := 0
			if roff == 0 {
				gid = (c + delta) & 0xFFFF
			} else {
				at := offsets + 2*s + roff + 2*(c-start)
				if at+2 > len(t) {
					continue
				}
				if gid = u16(at); gid != 0 {
					gid = (gid + delta) & 0xFFFF
				}
			}
			if gid == 0 {
				continue
			}
			if k := len(g.ranges) - 1; k >= 0 && g.ranges[k].hi == rune(c)-1 {
				g.ranges[k].hi = rune(c)
			} else {
				g.ranges = append(g.ranges, runeRange{rune(c), rune(c)})
			}
		}
	}
	return nil
}

// hasFormat4 reports whether the font has a Unicode cmap subtable of
// format 4, the only one fpdf reads.
func hasFormat4(font []byte) bool {
	cmap, err := findTable(font, "cmap")
	if err != nil || len(cmap) < 4 {
		return false
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := 0; i < n; i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return false
		}
		platform := binary.BigEndian.Uint16(cmap[rec:])
		encoding := binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if (platform == 0 || platform == 3 && encoding == 1) && off+2 <= len(cmap) &&
			binary.BigEndian.Uint16(cmap[off:]) == 4 {
			return true
		}
	}
	return false
}

// postScriptName reads the font's PostScript name (name table, name id
// 6), which a PDF names an embedded font by; fallback when there is none.
// Only the characters PDF names allow without escapes are kept.
func postScriptName(font []byte, fallback string) string {
	t, err := findTable(font, "name")
	if err != nil || len(t) < 6 {
		return fallback
	}
	count := int(binary.BigEndian.Uint16(t[2:]))
	store := int(binary.BigEndian.Uint16(t[4:]))
	for i := 0; i < count; i++ {
		rec := 6 + 12*i
		if rec+12 > len(t) {
			break
		}
		platform := binary.BigEndian.Uint16(t[rec:])
		id := binary.BigEndian.Uint16(t[rec+6:])
		length := int(binary.BigEndian.Uint16(t[rec+8:]))
		off := store + int(binary.BigEndian.Uint16(t[rec+10:]))
		if id != 6 || off+length > len(t) {
			continue
		}
		raw := t[off : off+length]
		var name []byte
		step := 1
		if platform == 0 || platform == 3 {
			step = 2 // UTF-16BE: PostScript names are ASCII
		}
		for j := step - 1; j < len(raw); j += step {
			if c := raw[j]; c > 0x20 && c < 0x7F && strings.IndexByte("[](){}<>/%#", c) < 0 {
				name = append(name, c)
			}
		}
		if len(name) > 0 {
			return string(name)
		}
	}
	return fallback
}
