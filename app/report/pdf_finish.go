package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// fpdf writes a sound PDF but leaves out a few things the standards ask
// for and offers no way to add them: subset fonts named as subsets
// ("ABCDEF+NotoSans-Regular"), a /FontFamily in font descriptors, the Print
// flag on link annotations (PDF/A), a time zone on the Info dates, a file
// identifier in the trailer, and a header that names the PDF version whose
// features the file uses (/Lang and XMP metadata need 1.4). finishPDF makes
// those edits on fpdf's output and rewrites the cross-reference table for
// the shifted offsets. Edits are made only in the dictionaries of the
// objects the table lists, never inside a stream, so no binary data is ever
// matched by accident.

// finishFont names one embedded font: fpdf's key for it ("notosansB"),
// its PostScript name and its family name.
type finishFont struct {
	key, postScript, family string
}

// pdfEdit replaces src[at:at+n] with text.
type pdfEdit struct {
	at, n int
	text  string
}

var (
	reStartXref = regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n?$`)
	reXrefHead  = regexp.MustCompile(`^xref\n0 (\d+)\n`)
	reBaseFont  = regexp.MustCompile(`/(?:BaseFont|FontName) /utf8(\w+)`)
	reInfoDate  = regexp.MustCompile(`/(?:CreationDate|ModDate) \(D:\d{14}()\)`)
	reOutlineN  = regexp.MustCompile(`/Count 0>>`)
	reInfoRef   = regexp.MustCompile(`/Info \d+ 0 R`)
	reSize      = regexp.MustCompile(`/Size \d+`)
	reFontDesc  = regexp.MustCompile(`/Type /FontDescriptor /FontName /utf8\w+\n`)
)

// finishPDF applies the edits to src, a complete PDF written by fpdf, and
// returns the new file. The file identifier is a digest of src, so the same
// report always gets the same identifier.
func finishPDF(src []byte, fonts []finishFont) ([]byte, error) {
	m := reStartXref.FindSubmatchIndex(src)
	if m == nil {
		return nil, errors.New("finish: no startxref at the end of fpdf's output")
	}
	xref, _ := strconv.Atoi(string(src[m[2]:m[3]]))
	h := reXrefHead.FindSubmatch(src[xref:])
	if h == nil {
		return nil, errors.New("finish: no cross-reference table where startxref points")
	}
	n, _ := strconv.Atoi(string(h[1]))
	table := xref + len(h[0])
	if table+20*n > len(src) {
		return nil, errors.New("finish: cross-reference table truncated")
	}
	offsets := make([]int, n)
	for i := 1; i < n; i++ {
		offsets[i], _ = strconv.Atoi(string(src[table+20*i : table+20*i+10]))
	}
	names := subsetNames(src, fonts)
	edits := []pdfEdit{{at: 5, n: 3, text: "1.7"}} // "%PDF-1.3": the features used are of 1.4 to 1.7
	sorted := slices.Clone(offsets[1:])
	slices.Sort(sorted)
	dicts := make([][]byte, n) // each object's dictionary, without its stream
	for obj := 1; obj < n; obj++ {
		at := offsets[obj]
		end := xref
		if i, _ := slices.BinarySearch(sorted, at); i+1 < len(sorted) {
			end = sorted[i+1]
		}
		dicts[obj] = src[at:end]
		if s := bytes.Index(dicts[obj], []byte("\nstream\n")); s >= 0 {
			dicts[obj] = dicts[obj][:s]
		}
	}
	counts := outlineCounts(dicts)
	f := &finisher{next: n}
	info := 0
	for obj := 1; obj < n; obj++ {
		edits = append(edits, f.objectEdits(dicts[obj], offsets[obj], names, counts)...)
		if bytes.Contains(dicts[obj], []byte("/CreationDate (D:")) {
			info = obj
		}
	}
	slices.SortFunc(edits, func(a, b pdfEdit) int { return a.at - b.at })

	sum := sha256.Sum256(src)
	id := hex.EncodeToString(sum[:16])
	var out bytes.Buffer
	out.Grow(len(src) + 64*len(edits))
	shift := func(o int) int { // the new offset of old offset o
		d := 0
		for _, e := range edits {
			if e.at >= o {
				break
			}
			d += len(e.text) - e.n
		}
		return d + o
	}
	at := 0
	for _, e := range edits {
		out.Write(src[at:e.at])
		out.WriteString(e.text)
		at = e.at + e.n
	}
	out.Write(src[at:xref])
	for i, obj := range f.objects {
		offsets = append(offsets, out.Len())
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", n+i, obj)
	}
	newXref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(offsets))
	for i := 1; i < len(offsets); i++ {
		o := offsets[i]
		if i < n {
			o = shift(o)
		}
		fmt.Fprintf(&out, "%010d 00000 n \n", o)
	}
	trailer := src[table+20*n : m[0]]
	end := bytes.LastIndex(trailer, []byte(">>"))
	if end < 0 {
		return nil, errors.New("finish: trailer has no dictionary")
	}
	if info > 0 {
		// fpdf names the object before the catalog as /Info, which is
		// the output intent's profile when there is one.
		trailer = reInfoRef.ReplaceAll(trailer[:end:end], []byte(fmt.Sprintf("/Info %d 0 R", info)))
		end = len(trailer)
	}
	trailer = reSize.ReplaceAll(trailer[:end:end], []byte(fmt.Sprintf("/Size %d", len(offsets))))
	out.Write(trailer)
	fmt.Fprintf(&out, "/ID [<%s> <%s>]\n", id, id)
	out.WriteString(">>\n")
	fmt.Fprintf(&out, "startxref\n%d\n%%%%EOF\n", newXref)
	return out.Bytes(), nil
}

// objectEdits are the edits to the dictionary obj of an object that starts
// at offset at.
func (f *finisher) objectEdits(obj []byte, at int, names map[string]finishFont, counts map[int]int) []pdfEdit {
	var out []pdfEdit
	if e, ok := f.moveAnnots(obj, at); ok {
		out = append(out, e)
	}
	for _, m := range reBaseFont.FindAllSubmatchIndex(obj, -1) {
		f, ok := names[string(obj[m[2]:m[3]])]
		if !ok {
			continue
		}
		// "/utf8notosansB" becomes "/ABCDEF+NotoSans-Bold".
		out = append(out, pdfEdit{at: at + m[2] - len("utf8"), n: m[3] - m[2] + len("utf8"), text: f.postScript})
	}
	for _, m := range reFontDesc.FindAllSubmatchIndex(obj, -1) {
		key := string(obj[m[0]+len("/Type /FontDescriptor /FontName /utf8") : m[1]-1])
		if f, ok := names[key]; ok {
			out = append(out, pdfEdit{at: at + m[1] - 1, text: " /FontFamily " + pdfString(f.family)})
		}
	}
	if bytes.Contains(obj, []byte("/CreationDate (D:")) {
		for _, m := range reInfoDate.FindAllSubmatchIndex(obj, -1) {
			out = append(out, pdfEdit{at: at + m[2], text: "Z"}) // fpdf writes UTC times without a zone
		}
	}
	if isOutlineItem(obj) {
		// fpdf gives every outline item /Count 0, which ISO 32000 does
		// not allow: an item with children counts its open descendants
		// (all of them: the outline opens fully), one without has none.
		text := ""
		if c := counts[objNumber(obj)]; c > 0 {
			text = fmt.Sprintf("/Count %d", c)
		}
		for _, m := range reOutlineN.FindAllIndex(obj, -1) {
			out = append(out, pdfEdit{at: at + m[0], n: len("/Count 0"), text: text})
		}
	}
	return out
}

// finisher collects the objects finishPDF adds after fpdf's last one,
// numbered from next.
type finisher struct {
	next    int
	objects [][]byte
}

// moveAnnots moves a page's annotations, which fpdf writes inline, into
// objects of their own (ISO 32000-1 wants the Annots array to hold
// indirect references), each with the Print flag PDF/A asks for, and
// returns the edit that puts the references in their place.
func (f *finisher) moveAnnots(obj []byte, at int) (pdfEdit, bool) {
	i := bytes.Index(obj, []byte("/Annots ["))
	if i < 0 {
		return pdfEdit{}, false
	}
	open := i + len("/Annots ")
	had := len(f.objects)
	var refs []string
	depth, start := 0, -1
	for k := open + 1; k < len(obj); k++ {
		switch {
		case obj[k] == ']' && depth == 0:
			text := "[" + strings.Join(refs, " ") + "]"
			return pdfEdit{at: at + open, n: k + 1 - open, text: text}, true
		case bytes.HasPrefix(obj[k:], []byte("<<")):
			if depth == 0 {
				start = k
			}
			depth++
			k++
		case bytes.HasPrefix(obj[k:], []byte(">>")):
			depth--
			k++
			if depth == 0 && start >= 0 {
				annot := string(obj[start : k+1])
				annot = strings.Replace(annot, "/Subtype /Link ", "/Subtype /Link /F 4 ", 1)
				refs = append(refs, fmt.Sprintf("%d 0 R", f.next+len(f.objects)))
				f.objects = append(f.objects, []byte(annot))
			}
		}
	}
	f.objects = f.objects[:had] // unbalanced: leave it as fpdf wrote it
	return pdfEdit{}, false
}

var (
	reObjNumber = regexp.MustCompile(`^(\d+) 0 obj`)
	reParent    = regexp.MustCompile(`/Parent (\d+) 0 R`)
)

func objNumber(obj []byte) int {
	m := reObjNumber.FindSubmatch(obj)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

func isOutlineItem(obj []byte) bool {
	return bytes.Contains(obj, []byte("<</Title ")) && bytes.Contains(obj, []byte("/Parent "))
}

// outlineCounts counts the descendants of each outline item, by object
// number.
func outlineCounts(dicts [][]byte) map[int]int {
	parent := map[int]int{}
	for obj, d := range dicts {
		if d != nil && isOutlineItem(d) {
			if m := reParent.FindSubmatch(d); m != nil {
				parent[obj], _ = strconv.Atoi(string(m[1]))
			}
		}
	}
	counts := map[int]int{}
	for obj := range parent {
		for p, ok := parent[obj]; ok; p, ok = parent[p] {
			if _, item := parent[p]; !item {
				break // the outline root
			}
			counts[p]++
		}
	}
	return counts
}

// subsetNames gives each font fpdf embedded its subset name: a six-letter
// tag, made from a digest of the file and the font's name so that two
// subsets in one file never share one, before its PostScript name.
func subsetNames(src []byte, fonts []finishFont) map[string]finishFont {
	out := make(map[string]finishFont, len(fonts))
	for _, f := range fonts {
		d := sha256.New()
		d.Write(src)
		d.Write([]byte(f.key))
		sum := d.Sum(nil)
		tag := make([]byte, 6)
		for i := range tag {
			tag[i] = 'A' + sum[i]%26
		}
		f.postScript = string(tag) + "+" + f.postScript
		out[f.key] = f
	}
	return out
}

// pdfString writes s as a PDF literal string (ASCII only: font family
// names).
func pdfString(s string) string {
	var b bytes.Buffer
	b.WriteByte('(')
	for _, r := range s {
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r > 0x7E:
			b.WriteByte('?')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(')')
	return b.String()
}
