package views

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Fyne's save dialog opens (and so truncates) the chosen file before it
// hands it to the callback; its open dialog opens the chosen file for
// reading, which for a FIFO blocks the UI goroutine until a writer comes. The export writes through a temporary file and a
// rename instead, so that a failed export never damages an existing report;
// for that the file must not be touched before. lazyFiles wraps the file
// repository so that a writer opens its file on the first write only: a
// writer closed unused leaves the file as it was. Readers likewise open
// their file on the first read: the window reads an article itself, after
// checking what the path is (sources.Load).
type lazyFiles struct {
	repository.Repository
}

// deferFileWrites installs lazyFiles for file:// URIs; once is enough.
func deferFileWrites() {
	orig, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := orig.(lazyFiles); done {
		return
	}
	repository.Register("file", lazyFiles{orig})
}

var errNotSupported = errors.New("operation not supported by the file repository")

func (r lazyFiles) Reader(u fyne.URI) (fyne.URIReadCloser, error) {
	return &lazyReader{uri: u, repo: r.Repository}, nil
}

func (r lazyFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	if _, ok := r.Repository.(repository.WritableRepository); !ok {
		return nil, errNotSupported
	}
	return &lazyWriter{uri: u, repo: r.Repository.(repository.WritableRepository)}, nil
}

func (r lazyFiles) CanWrite(u fyne.URI) (bool, error) {
	if w, ok := r.Repository.(repository.WritableRepository); ok {
		return w.CanWrite(u)
	}
	return false, nil
}

func (r lazyFiles) Delete(u fyne.URI) error {
	if w, ok := r.Repository.(repository.WritableRepository); ok {
		return w.Delete(u)
	}
	return errNotSupported
}

func (r lazyFiles) Appender(u fyne.URI) (fyne.URIWriteCloser, error) {
	if a, ok := r.Repository.(repository.AppendableRepository); ok {
		return a.Appender(u)
	}
	return nil, errNotSupported
}

func (r lazyFiles) CanList(u fyne.URI) (bool, error) {
	if l, ok := r.Repository.(repository.ListableRepository); ok {
		return l.CanList(u)
	}
	return false, nil
}

func (r lazyFiles) List(u fyne.URI) ([]fyne.URI, error) {
	if l, ok := r.Repository.(repository.ListableRepository); ok {
		return l.List(u)
	}
	return nil, errNotSupported
}

func (r lazyFiles) CreateListable(u fyne.URI) error {
	if l, ok := r.Repository.(repository.ListableRepository); ok {
		return l.CreateListable(u)
	}
	return errNotSupported
}

func (r lazyFiles) Parent(u fyne.URI) (fyne.URI, error) {
	if h, ok := r.Repository.(repository.HierarchicalRepository); ok {
		return h.Parent(u)
	}
	return repository.GenericParent(u)
}

func (r lazyFiles) Child(u fyne.URI, name string) (fyne.URI, error) {
	if h, ok := r.Repository.(repository.HierarchicalRepository); ok {
		return h.Child(u, name)
	}
	return repository.GenericChild(u, name)
}

func (r lazyFiles) DeleteAll(u fyne.URI) error {
	if d, ok := r.Repository.(repository.DeleteAllRepository); ok {
		return d.DeleteAll(u)
	}
	return errNotSupported
}

func (r lazyFiles) Copy(src, dst fyne.URI) error {
	if c, ok := r.Repository.(repository.CopyableRepository); ok {
		return c.Copy(src, dst)
	}
	return repository.GenericCopy(src, dst)
}

func (r lazyFiles) Move(src, dst fyne.URI) error {
	if m, ok := r.Repository.(repository.MovableRepository); ok {
		return m.Move(src, dst)
	}
	return repository.GenericMove(src, dst)
}

// lazyWriter opens the real writer on the first Write.
type lazyWriter struct {
	uri  fyne.URI
	repo repository.WritableRepository
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.repo.Writer(l.uri)
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}

// lazyReader opens the real reader on the first Read.
type lazyReader struct {
	uri  fyne.URI
	repo repository.Repository
	r    fyne.URIReadCloser
}

func (l *lazyReader) URI() fyne.URI { return l.uri }

func (l *lazyReader) Read(p []byte) (int, error) {
	if l.r == nil {
		r, err := l.repo.Reader(l.uri)
		if err != nil {
			return 0, err
		}
		l.r = r
	}
	return l.r.Read(p)
}

func (l *lazyReader) Close() error {
	if l.r == nil {
		return nil
	}
	return l.r.Close()
}
