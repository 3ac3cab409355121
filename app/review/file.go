// Package review is the reviewer's corrections to a reading of one text:
// the review file (readouts.review/v1), applying it to an extraction and to
// the rows of comparisons, and undo. Applying is pure: the machine reading
// goes in, a corrected reading and what became of every edit come out.
//
// Edits name statements by byte span, not by id, so that a review written
// against one version of the engine still applies after a newer one reads
// the text again: assign, drop and earlier take the statement that overlaps
// the span most. An edit that no longer finds what it names is reported as
// not applied, never dropped in silence.
package review

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"readouts/app/compare"
	"readouts/sources"
)

// Schema names the review file format.
const Schema = "readouts.review/v1"

// MaxFileBytes is the largest review file Read accepts: a review is a
// list of corrections to one article, kilobytes long.
const MaxFileBytes = 8 << 20

// Op is what an edit does.
type Op string

// The edits.
const (
	// Assign moves the statement at Span to Account.
	Assign Op = "assign"
	// Drop says the text at Span is not a statement.
	Drop Op = "drop"
	// Add makes the text at Span a statement of Account, of Kind; it
	// replaces any statement it overlaps.
	Add Op = "add"
	// Earlier says the statement at Span is about an earlier event.
	Earlier Op = "earlier"
	// Merge puts the statements of Accounts into the account Into.
	Merge Op = "merge"
	// Rename sets the speaker or channel of Account.
	Rename Op = "rename"
	// SetVerdict sets the verdict of the row Topic of Pair, with a note.
	SetVerdict Op = "verdict"
	// Link puts the statement at Left and the one at Right, of Pair, in a
	// row of their own with Verdict.
	Link Op = "link"
)

// Span is a half-open range of byte offsets into the article (or the
// dossier file), written [start, end]. When the accounts are read from
// documents in separate files, a span indexes the file of the document
// its edit names (Edit.Document).
type Span [2]int

// Of is the span of a statement.
func Of(st sources.Statement) Span { return Span{st.Start, st.End} }

func (s Span) String() string { return fmt.Sprintf("[%d, %d]", s[0], s[1]) }

// UnmarshalJSON reads exactly two offsets (encoding/json would drop a
// third in silence).
func (s *Span) UnmarshalJSON(b []byte) error {
	var v []int
	if err := json.Unmarshal(b, &v); err != nil || len(v) != 2 {
		return fmt.Errorf("span %s: want [start, end]", b)
	}
	*s = Span{v[0], v[1]}
	return nil
}

// Pair is the two accounts of a comparison, written ["left", "right"].
type Pair [2]string

// UnmarshalJSON reads exactly two account ids.
func (p *Pair) UnmarshalJSON(b []byte) error {
	var v []string
	if err := json.Unmarshal(b, &v); err != nil || len(v) != 2 {
		return fmt.Errorf("pair %s: want [\"left\", \"right\"]", b)
	}
	*p = Pair{v[0], v[1]}
	return nil
}

// Edit is one correction. Which fields it has depends on Op; Parse checks
// that each edit has exactly the fields of its op.
type Edit struct {
	Op   Op    `json:"op"`
	Span *Span `json:"span,omitempty"`
	// Document is the id of the document whose text Span indexes, when
	// the accounts are read from documents in separate files (in a
	// dossier, spans index the one file and need no document).
	Document string          `json:"document,omitempty"`
	Accounts []string        `json:"accounts,omitempty"`
	Into     string          `json:"into,omitempty"`
	Account  string          `json:"account,omitempty"`
	Speaker  string          `json:"speaker,omitempty"`
	Channel  string          `json:"channel,omitempty"`
	Kind     sources.Kind    `json:"kind,omitempty"`
	Pair     *Pair           `json:"pair,omitempty"`
	Topic    string          `json:"topic,omitempty"`
	Left     *Span           `json:"left,omitempty"`
	Right    *Span           `json:"right,omitempty"`
	Verdict  compare.Verdict `json:"verdict,omitempty"`
	Note     string          `json:"note,omitempty"`
}

// fields lists, per op, the keys an edit must have and those it may have.
var fields = map[Op]struct{ required, optional []string }{
	Assign:     {[]string{"span", "account"}, []string{"speaker", "channel", "document"}},
	Drop:       {[]string{"span"}, []string{"document"}},
	Add:        {[]string{"span", "account", "kind"}, []string{"speaker", "channel", "document"}},
	Earlier:    {[]string{"span"}, []string{"document"}},
	Merge:      {[]string{"accounts", "into"}, nil},
	Rename:     {[]string{"account"}, []string{"speaker", "channel"}},
	SetVerdict: {[]string{"pair", "topic", "verdict"}, []string{"note"}},
	Link:       {[]string{"pair", "left", "right", "verdict"}, []string{"note"}},
}

// IsRowEdit reports whether e corrects the rows of a comparison (verdict,
// link) rather than the reading.
func (e Edit) IsRowEdit() bool { return e.Op == SetVerdict || e.Op == Link }

// Review is a review file: the text it reviews and its edits, in order.
type Review struct {
	// Name is the file the review was read from or is saved to; messages
	// name it, reports give its base name. "" for a review not yet saved.
	Name string
	// SHA256 identifies the text: the hex digest of the article (or
	// dossier) bytes; see TextSHA256.
	SHA256 string
	Edits  []Edit
}

// File is the base name of the review's file, as reports give it.
func (r *Review) File() string {
	if r == nil || r.Name == "" {
		return ""
	}
	return filepath.Base(r.Name)
}

// fileJSON is the review file on disk.
type fileJSON struct {
	Schema  string            `json:"schema"`
	Article articleJSON       `json:"article"`
	Edits   []json.RawMessage `json:"edits"`
}

type articleJSON struct {
	SHA256 string `json:"sha256"`
}

// ErrBadReview marks every problem with a review file: unreadable, not
// strict readouts.review/v1, or a review of another text.
var ErrBadReview = errors.New("bad review file")

// FileError is a problem with a review file; its message names the file.
type FileError struct {
	File    string
	Problem string
}

func (e *FileError) Error() string { return "review " + e.File + ": " + e.Problem }

// Is makes every FileError match ErrBadReview.
func (e *FileError) Is(target error) bool { return target == ErrBadReview }

func fileErr(name, format string, args ...any) *FileError {
	return &FileError{File: name, Problem: fmt.Sprintf(format, args...)}
}

// Read reads and checks the review file at path. What is not a regular
// file (a FIFO, a device, a folder) is refused before it is opened, so that
// reading never blocks.
func Read(path string) (*Review, error) {
	fi, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fileErr(path, "no such file")
		}
		return nil, fileErr(path, "cannot read: %v", unwrapPath(err))
	}
	if !fi.Mode().IsRegular() {
		return nil, fileErr(path, "not a regular file (%v)", fi.Mode().Type())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fileErr(path, "cannot read: %v", unwrapPath(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, fileErr(path, "cannot read: %v", unwrapPath(err))
	}
	return Parse(path, data)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Parse reads a review file strictly: unknown or misplaced keys, trailing
// data, a wrong schema and malformed spans, ids or verdicts are errors that
// name the file. name is the file's path, kept as Review.Name.
func Parse(name string, data []byte) (*Review, error) {
	if len(data) > MaxFileBytes {
		return nil, fileErr(name, "over %d bytes; not a review file", MaxFileBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f fileJSON
	if err := dec.Decode(&f); err != nil {
		return nil, fileErr(name, "not a review file: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fileErr(name, "data after the review's closing brace")
	}
	if f.Schema != Schema {
		return nil, fileErr(name, "schema %q, want %q", f.Schema, Schema)
	}
	sum := strings.ToLower(f.Article.SHA256)
	if b, err := hex.DecodeString(sum); err != nil || len(b) != 32 {
		return nil, fileErr(name, "article.sha256 %q is not a SHA-256 in hex", f.Article.SHA256)
	}
	r := &Review{Name: name, SHA256: sum, Edits: make([]Edit, 0, len(f.Edits))}
	for i, raw := range f.Edits {
		e, err := parseEdit(raw)
		if err != nil {
			return nil, fileErr(name, "edit %d: %v", i+1, err)
		}
		r.Edits = append(r.Edits, e)
	}
	return r, nil
}

func parseEdit(raw json.RawMessage) (Edit, error) {
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(raw, &keys); err != nil {
		return Edit{}, fmt.Errorf("not an object: %v", err)
	}
	var op Op
	if err := json.Unmarshal(keys["op"], &op); err != nil || op == "" {
		return Edit{}, errors.New(`no "op"`)
	}
	f, ok := fields[op]
	if !ok {
		return Edit{}, fmt.Errorf("unknown op %q", op)
	}
	for _, k := range f.required {
		if _, ok := keys[k]; !ok {
			return Edit{}, fmt.Errorf("%s: no %q", op, k)
		}
	}
	for k := range keys {
		if k != "op" && !slices.Contains(f.required, k) && !slices.Contains(f.optional, k) {
			return Edit{}, fmt.Errorf("%s: unexpected key %q", op, k)
		}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var e Edit
	if err := dec.Decode(&e); err != nil {
		return Edit{}, fmt.Errorf("%s: %v", op, err)
	}
	if err := e.Check(); err != nil {
		return Edit{}, fmt.Errorf("%s: %w", op, err)
	}
	return e, nil
}

// Check reports what is malformed in an edit on its own, without the text:
// a reversed or negative span, an id that is not a typeable account id, a
// verdict or kind the op does not take.
func (e Edit) Check() error {
	for _, s := range []struct {
		name string
		span *Span
	}{{"span", e.Span}, {"left", e.Left}, {"right", e.Right}} {
		if s.span != nil && (s.span[0] < 0 || s.span[1] <= s.span[0]) {
			return fmt.Errorf("%s %v: want 0 ≤ start < end", s.name, *s.span)
		}
	}
	ids := append([]string{e.Account, e.Into, e.Document}, e.Accounts...)
	if e.Pair != nil {
		ids = append(ids, e.Pair[0], e.Pair[1])
	}
	for _, id := range ids {
		if id != "" && !ValidAccountID(id) {
			return fmt.Errorf("account %q: want lower-case letters, digits and hyphens", id)
		}
	}
	switch e.Op {
	case Assign, Add, Rename:
		if e.Account == "" {
			return errors.New("empty account")
		}
	case Merge:
		if len(e.Accounts) < 2 {
			return errors.New("merge names fewer than two accounts")
		}
		for i, id := range e.Accounts {
			if id == "" || slices.Contains(e.Accounts[:i], id) {
				return fmt.Errorf("accounts %v: empty or repeated", e.Accounts)
			}
		}
		if !slices.Contains(e.Accounts, e.Into) {
			return fmt.Errorf("into %q is not one of the merged accounts %v", e.Into, e.Accounts)
		}
	case SetVerdict, Link:
		if e.Pair[0] == "" || e.Pair[0] == e.Pair[1] {
			return fmt.Errorf("pair %v: want two different accounts", *e.Pair)
		}
	}
	if e.Op == Rename && e.Speaker == "" && e.Channel == "" {
		return errors.New("rename sets neither speaker nor channel")
	}
	if e.Op == Add && e.Kind != sources.Quote && e.Kind != sources.Paraphrase {
		return fmt.Errorf("kind %q: want quote or paraphrase", e.Kind)
	}
	if e.Op == SetVerdict {
		switch e.Verdict {
		case compare.Agree, compare.Diverge, compare.LeftOnly, compare.RightOnly:
		default:
			return fmt.Errorf("verdict %q: want agree, diverge, left-only or right-only", e.Verdict)
		}
		if strings.TrimSpace(e.Topic) == "" {
			return errors.New("empty topic")
		}
	}
	if e.Op == Link && e.Verdict != compare.Agree && e.Verdict != compare.Diverge {
		return fmt.Errorf("verdict %q: a link agrees or diverges", e.Verdict)
	}
	return nil
}

// ValidAccountID reports whether id is an account id as the extraction
// makes them and the command line types them: lower-case ASCII letters,
// digits and single inner hyphens.
func ValidAccountID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// TextSHA256 is how a review names the text of x: the hex sha256 of the
// article's bytes, or of the dossier file's. For documents read from
// separate files it is the sha256 of their digests, sorted, one per line:
// the review belongs to that set of files, in whatever order they come.
func TextSHA256(x *sources.Extraction) string {
	if !separate(x) {
		return x.Article.SHA256
	}
	var sums []string
	for _, d := range x.Documents {
		sums = append(sums, d.SHA256+"\n")
	}
	slices.Sort(sums)
	sum := sha256.Sum256([]byte(strings.Join(sums, "")))
	return hex.EncodeToString(sum[:])
}

// separate reports whether the statements of x index more than one file
// (documents read from separate files), so that a span names text only
// with its document.
func separate(x *sources.Extraction) bool {
	for _, d := range x.Documents {
		if d.Article != nil && d.Article != x.Article {
			return true
		}
	}
	return false
}

// spanText is the text the span of e indexes: the file of the document e
// names, for documents in separate files, else the article (or dossier).
// ok is false when e names a document x does not have.
func spanText(x *sources.Extraction, e Edit) (art *sources.Article, ok bool) {
	if e.Document == "" || !separate(x) {
		return x.Article, true
	}
	d := x.Document(e.Document)
	if d == nil || d.Article == nil {
		return nil, false
	}
	return d.Article, true
}

// CheckText refuses a review of another text than x's (its sha256 differs,
// see TextSHA256) and spans that do not fit the text they index or cut a
// character in two. Both mean the review does not belong to this text; the
// error names the review file. With documents in separate files, a span
// edit must name its document; one naming a document x does not have is
// left to Apply, which reports it as not applied.
func (r *Review) CheckText(x *sources.Extraction) error {
	name := r.Name
	if name == "" {
		name = "(unsaved)"
	}
	if sum := TextSHA256(x); !strings.EqualFold(r.SHA256, sum) {
		return fileErr(name, "reviews another text (sha256 %s…, %s is %s…)", short(r.SHA256), x.Article.Name, short(sum))
	}
	for i, e := range r.Edits {
		if e.Span != nil && e.Document == "" && separate(x) {
			return fileErr(name, "edit %d: span %v names no document, and the documents are separate files", i+1, *e.Span)
		}
		art, ok := spanText(x, e)
		if !ok {
			continue
		}
		spans := []*Span{e.Span, e.Left, e.Right}
		if separate(x) {
			// A link's spans index the documents of its two accounts,
			// which only applying finds; it never cuts text by them.
			spans = spans[:1]
		}
		for _, s := range spans {
			if s == nil {
				continue
			}
			if s[1] > len(art.Text) {
				return fileErr(name, "edit %d: span %v ends past the text (%d bytes)", i+1, *s, len(art.Text))
			}
			if !utf8.RuneStart(art.Text[s[0]]) || s[1] < len(art.Text) && !utf8.RuneStart(art.Text[s[1]]) {
				return fileErr(name, "edit %d: span %v cuts a character in two", i+1, *s)
			}
		}
	}
	return nil
}

func short(sum string) string { return sum[:min(12, len(sum))] }

// Marshal writes the review file, indented, one edit per line, with a
// final newline.
func (r *Review) Marshal() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\"schema\": %q,\n \"article\": {\"sha256\": %q},\n \"edits\": [", Schema, r.SHA256)
	for i, e := range r.Edits {
		line, err := json.Marshal(e)
		if err != nil {
			return nil, fmt.Errorf("review: edit %d: %w", i+1, err)
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n  ")
		b.Write(line)
	}
	if len(r.Edits) > 0 {
		b.WriteString("\n ")
	}
	b.WriteString("]}\n")
	return b.Bytes(), nil
}

// WriteTo writes the review file to w.
func (r *Review) WriteTo(w io.Writer) (int64, error) {
	data, err := r.Marshal()
	if err != nil {
		return 0, err
	}
	n, err := w.Write(data)
	return int64(n), err
}
