// Package pdfw writes PDF files as a stream: each page is written as soon
// as it is finished, so memory does not grow with the number of pages.
//
// The page tree fixes the order of the pages, so pages may be written in
// any order; a page can be held back (Page.Hold) and drawn on later, e.g. a
// table of contents that needs the page numbers of what follows. Objects
// are written, and content streams compressed (one zlib writer, reset for
// each), by a goroutine of the writer while the next page is laid out.
// The fonts (TrueType, embedded as Type0/CIDFontType2 with Identity-H, a
// /W widths array, a ToUnicode CMap and only the glyphs used), the
// outline, the overlays ("page N of M") and the cross-reference table are
// written by Close.
package pdfw

import (
	"io"
	"strconv"
	"time"
)

// Info holds the document properties.
type Info struct {
	Title, Author, Creator, Producer string
	Lang                             string // BCP 47, e.g. "de"
	Created, Modified                time.Time
}

// Writer writes one PDF document. Its methods are for one goroutine; the
// objects are written (and streams compressed) by a goroutine of its own
// (see sink), which Close or Abort stops.
type Writer struct {
	s    *sink
	nobj int   // the highest object number given out
	err  error // an error of the caller's side (a font that cannot be subset)

	info          Info
	width, height float64 // page size in points
	pagesObj      int
	resObj        int
	pages         []pageRef
	fonts         []*Font
	outline       []outlineItem
	held          []*Page
	closed        bool

	// Overlay, when set before the first page, is called by Close for
	// every page with the page count; what it draws on p (whose Number is
	// the page's) is added on top of the page. Links on p are ignored.
	Overlay func(p *Page, pages int)
}

// pageRef is what stays in memory of a page: its object numbers.
type pageRef struct {
	obj, overlay int
}

// New starts a document of pages width × height points on w. Close (or
// Abort) must be called to stop its writing goroutine.
func New(w io.Writer, width, height float64, info Info) *Writer {
	d := &Writer{s: newSink(w), info: info, width: width, height: height}
	d.pagesObj = d.reserve()
	d.resObj = d.reserve()
	d.write([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"))
	return d
}

// Err returns the first error met while writing so far.
func (d *Writer) Err() error {
	if d.err != nil {
		return d.err
	}
	return d.s.failed()
}

// reserve returns a new object number, to be written later.
func (d *Writer) reserve() int {
	d.nobj++
	return d.nobj
}

// write queues raw bytes; the writer owns b from now on.
func (d *Writer) write(b []byte) { d.s.jobs <- job{body: b} }

// object queues object obj with the body b (a dictionary or array); the
// writer owns b from now on.
func (d *Writer) object(obj int, b []byte) { d.s.jobs <- job{obj: obj, body: b} }

// stream queues object obj as a stream of data, compressed, with the extra
// dictionary entries dict (may be empty); the writer owns data from now on.
func (d *Writer) stream(obj int, dict string, data []byte) {
	d.s.jobs <- job{obj: obj, body: []byte(dict), data: data, stream: true}
}

// AddFont adds a TrueType font; its resource name is F1, F2, … in order.
func (d *Writer) AddFont(ttf []byte) (*Font, error) {
	f, err := parseFont(ttf)
	if err != nil {
		return nil, err
	}
	f.name = "F" + strconv.Itoa(len(d.fonts)+1)
	f.obj = d.reserve()
	d.fonts = append(d.fonts, f)
	return f, nil
}

// Close writes the held pages, the overlays, the fonts, the outline, the
// page tree, the catalog and the cross-reference table, and flushes. It
// does not close the underlying writer.
func (d *Writer) Close() error {
	if d.closed {
		return d.Err()
	}
	d.closed = true
	for _, p := range d.held {
		p.Release() // nothing for a page released before
	}
	d.held = nil
	d.writeOverlays()
	d.writeResources()
	outlines := d.writeOutline()
	d.writePageTree()
	catalog, info := d.reserve(), d.reserve()
	d.writeCatalog(catalog, outlines)
	d.object(info, d.infoDict())
	d.s.stop()
	d.writeXref(catalog, info)
	if d.s.err == nil {
		d.s.err = d.s.out.Flush()
	}
	return d.Err()
}

// Abort stops the writing goroutine without finishing the document (after
// an error or a cancellation); the output holds a partial file. After
// Close it does nothing.
func (d *Writer) Abort() {
	if !d.closed {
		d.closed = true
		d.s.stop()
	}
}

// writeOverlays draws the overlay of every page.
func (d *Writer) writeOverlays() {
	if d.Overlay == nil {
		return
	}
	p := &Page{d: d, done: true}
	for i, ref := range d.pages {
		p.buf = d.s.buffer()
		p.reset(d)
		p.no, p.links = i+1, nil
		d.Overlay(p, len(d.pages))
		d.stream(ref.overlay, "", p.buf)
	}
}

// writePageTree writes the root of the page tree with every page in order.
func (d *Writer) writePageTree() {
	b := []byte("<</Type /Pages /Kids [")
	for i, p := range d.pages {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendRef(b, p.obj)
	}
	b = append(b, "] /Count "...)
	b = strconv.AppendInt(b, int64(len(d.pages)), 10)
	b = append(b, " /MediaBox [0 0 "...)
	b = appendNum(b, d.width)
	b = append(b, ' ')
	b = appendNum(b, d.height)
	b = append(b, "] /Resources "...)
	b = appendRef(b, d.resObj)
	b = append(b, ">>"...)
	d.object(d.pagesObj, b)
}

// writeCatalog writes the catalog object with its pages, its outlines
// (when outlines is not 0) and the document's language.
func (d *Writer) writeCatalog(catalog, outlines int) {
	b := []byte("<</Type /Catalog /Pages ")
	b = appendRef(b, d.pagesObj)
	if outlines > 0 {
		b = append(b, " /Outlines "...)
		b = appendRef(b, outlines)
	}
	if d.info.Lang != "" {
		b = append(b, " /Lang "...)
		b = appendText(b, d.info.Lang)
	}
	b = append(b, ">>"...)
	d.object(catalog, b)
}

// infoDict returns the document information dictionary: the title, author,
// creator and producer that are set and the creation and change dates.
func (d *Writer) infoDict() []byte {
	b := []byte("<<")
	for _, kv := range []struct{ k, v string }{{"Title", d.info.Title}, {"Author", d.info.Author},
		{"Creator", d.info.Creator}, {"Producer", d.info.Producer}} {
		if kv.v != "" {
			b = append(b, " /"...)
			b = append(b, kv.k...)
			b = append(b, ' ')
			b = appendText(b, kv.v)
		}
	}
	if !d.info.Created.IsZero() {
		b = append(b, " /CreationDate "...)
		b = appendText(b, pdfDate(d.info.Created))
	}
	if !d.info.Modified.IsZero() {
		b = append(b, " /ModDate "...)
		b = appendText(b, pdfDate(d.info.Modified))
	}
	return append(b, ">>"...)
}

// writeXref writes the cross-reference table and the trailer, directly:
// the sink has stopped.
func (d *Writer) writeXref(catalog, info int) {
	s := d.s
	for len(s.offsets) <= d.nobj {
		s.offsets = append(s.offsets, 0)
	}
	start := s.n
	b := []byte("xref\n0 ")
	b = strconv.AppendInt(b, int64(d.nobj+1), 10)
	b = append(b, "\n0000000000 65535 f \n"...)
	for _, off := range s.offsets[1 : d.nobj+1] {
		n := strconv.FormatInt(off, 10)
		for range 10 - len(n) {
			b = append(b, '0')
		}
		b = append(b, n...)
		b = append(b, " 00000 n \n"...)
	}
	b = append(b, "trailer\n<</Size "...)
	b = strconv.AppendInt(b, int64(d.nobj+1), 10)
	b = append(b, " /Root "...)
	b = appendRef(b, catalog)
	b = append(b, " /Info "...)
	b = appendRef(b, info)
	b = append(b, ">>\nstartxref\n"...)
	b = strconv.AppendInt(b, start, 10)
	b = append(b, "\n%%EOF\n"...)
	s.write(b)
}

// pdfDate formats t as a PDF date with its zone.
func pdfDate(t time.Time) string {
	s := "D:" + t.Format("20060102150405")
	_, off := t.Zone()
	if off == 0 {
		return s + "Z"
	}
	sign := byte('+')
	if off < 0 {
		sign, off = '-', -off
	}
	return s + string(sign) + twoDigits(off/3600) + "'" + twoDigits(off%3600/60) + "'"
}

// twoDigits returns the last two decimal digits of the non-negative n.
func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10%10), byte('0' + n%10)})
}
