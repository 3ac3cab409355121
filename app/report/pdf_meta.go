package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// docInfo is the document information the PDF carries twice, in its Info
// dictionary and in its XMP metadata, which must say the same.
type docInfo struct {
	title, author, subject, keywords, creator, producer string
}

func (d *pdfDoc) info() docInfo {
	creator := "Readouts"
	if d.in.Version != "" {
		creator += " " + d.in.Version
	}
	return docInfo{
		title:    d.clean(d.docTitle()),
		author:   "Readouts",
		subject:  d.clean(d.docSubject()),
		keywords: d.clean(d.docKeywords()),
		creator:  creator,
		producer: creator + " (go-pdf/fpdf)",
	}
}

func (d *pdfDoc) docTitle() string {
	t := "Readouts comparison report"
	if len(d.pairs) == 1 {
		t += ": " + d.pairs[0].title()
	} else {
		t += ": all accounts"
	}
	if d.article.Title != "" && !d.hasDocuments() {
		t += " — " + d.article.Title
	}
	return t
}

func (d *pdfDoc) docSubject() string {
	labels := make([]string, 0, len(d.accounts))
	for _, a := range d.accounts {
		labels = append(labels, accountLabel(a))
	}
	return "Side-by-side comparison of " + strings.Join(labels, "; ")
}

func (d *pdfDoc) docKeywords() string {
	kw := []string{"Readouts", "comparison", "readout"}
	for _, a := range d.accounts {
		kw = append(kw, a.ID)
	}
	if d.article.Date != "" {
		kw = append(kw, d.article.Date)
	}
	return strings.Join(kw, ", ")
}

// documentID is the report's identity for XMP: the same article, pairs,
// review, version and time give the same id, in the form of a UUID.
func (r *report) documentID() string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00", r.article.SHA256, r.in.Version, r.in.Generated.UTC().Format(time.RFC3339))
	for _, p := range r.pairs {
		fmt.Fprintf(h, "%s\x00%s\x00%d\x00", p.left.ID, p.right.ID, len(p.cmp.Rows))
	}
	if r.in.Review != nil {
		fmt.Fprintf(h, "review\x00%d\x00", r.in.Review.Applied())
	}
	s := hex.EncodeToString(h.Sum(nil)[:16])
	return "uuid:" + s[0:8] + "-" + s[8:12] + "-" + s[12:16] + "-" + s[16:20] + "-" + s[20:32]
}

// xmpPacket is the XMP metadata of the report: the Info dictionary's
// entries in the Dublin Core, XMP and PDF schemas, the language, and the
// document's identity.
func xmpPacket(info docInfo, t time.Time, id string) []byte {
	date := t.UTC().Format("2006-01-02T15:04:05Z")
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
<dc:format>application/pdf</dc:format>
`)
	fmt.Fprintf(&b, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title>\n", xmlText(info.title))
	fmt.Fprintf(&b, "<dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>\n", xmlText(info.author))
	fmt.Fprintf(&b, "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:description>\n", xmlText(info.subject))
	b.WriteString("<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>\n")
	fmt.Fprintf(&b, "<pdf:Keywords>%s</pdf:Keywords>\n", xmlText(info.keywords))
	fmt.Fprintf(&b, "<pdf:Producer>%s</pdf:Producer>\n", xmlText(info.producer))
	fmt.Fprintf(&b, "<xmp:CreatorTool>%s</xmp:CreatorTool>\n", xmlText(info.creator))
	fmt.Fprintf(&b, "<xmp:CreateDate>%s</xmp:CreateDate>\n<xmp:ModifyDate>%s</xmp:ModifyDate>\n<xmp:MetadataDate>%s</xmp:MetadataDate>\n", date, date, date)
	fmt.Fprintf(&b, "<xmpMM:DocumentID>%s</xmpMM:DocumentID>\n<xmpMM:InstanceID>%s</xmpMM:InstanceID>\n", id, id)
	b.WriteString("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n")
	// Room to edit the packet in place, as the XMP specification asks.
	b.WriteString(strings.Repeat(strings.Repeat(" ", 99)+"\n", 20))
	b.WriteString("<?xpacket end=\"w\"?>")
	return []byte(b.String())
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func xmlText(s string) string { return xmlEscaper.Replace(s) }
