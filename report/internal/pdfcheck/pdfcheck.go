// Package pdfcheck reads back the PDF files the report's writer (pdfw)
// makes, for tests: it checks their structure and extracts their text in
// pure Go, so the PDF is tested where no PDF tools are installed. It reads
// the subset of PDF that pdfw writes (a classic cross-reference table,
// Flate streams, text drawn with Tj in Type0 fonts), not PDF in general.
package pdfcheck

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"strconv"
)

// File is a PDF file read back: every object by number, found through the
// cross-reference table.
type File struct {
	Raw     []byte
	Objects map[int][]byte // object body, between "obj" and "endobj"
	Root    int
}

var (
	startxrefRE = regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`)
	trailerRE   = regexp.MustCompile(`trailer\n<</Size (\d+) /Root (\d+) 0 R /Info (\d+) 0 R>>`)
	refRE       = regexp.MustCompile(`(\d+) 0 R`)
	streamRE    = regexp.MustCompile(`(?s)^<<(.*?)>>\nstream\n(.*)\nendstream$`)
	lengthRE    = regexp.MustCompile(`/Length (\d+)`)
)

// Parse checks the file's structure: the header, that every offset of the
// cross-reference table points at its object, that the trailer's size
// matches, that every reference names an object and that every stream has
// its /Length and inflates.
func Parse(b []byte) (*File, error) {
	if !bytes.HasPrefix(b, []byte("%PDF-1.7\n")) {
		return nil, fmt.Errorf("header %q", b[:min(len(b), 9)])
	}
	m := startxrefRE.FindSubmatch(b)
	if m == nil {
		return nil, fmt.Errorf("no startxref at the end")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if xref >= len(b) || !bytes.HasPrefix(b[xref:], []byte("xref\n0 ")) {
		return nil, fmt.Errorf("startxref %d does not point at the xref table", xref)
	}
	lines := bytes.Split(b[xref:], []byte("\n"))
	n, _ := strconv.Atoi(string(bytes.TrimPrefix(lines[1], []byte("0 "))))
	tm := trailerRE.FindSubmatch(b[xref:])
	if tm == nil || string(tm[1]) != strconv.Itoa(n) || len(lines) < n+2 {
		return nil, fmt.Errorf("trailer %q does not give size %d", tm, n)
	}
	f := &File{Raw: b, Objects: map[int][]byte{}}
	f.Root, _ = strconv.Atoi(string(tm[2]))
	for obj := 1; obj < n; obj++ {
		body, err := f.object(obj, lines[2+obj])
		if err != nil {
			return nil, err
		}
		f.Objects[obj] = body
	}
	return f, f.checkRefs()
}

// object returns the body of object obj from its cross-reference entry.
func (f *File) object(obj int, entry []byte) ([]byte, error) {
	if len(entry) != 19 || !bytes.HasSuffix(entry, []byte(" 00000 n ")) {
		return nil, fmt.Errorf("xref entry %d: %q", obj, entry)
	}
	off, _ := strconv.Atoi(string(entry[:10]))
	head := fmt.Sprintf("%d 0 obj\n", obj)
	if off >= len(f.Raw) || !bytes.HasPrefix(f.Raw[off:], []byte(head)) {
		return nil, fmt.Errorf("object %d: offset %d does not point at it", obj, off)
	}
	body := f.Raw[off+len(head):]
	end := bytes.Index(body, []byte("\nendobj\n"))
	if end >= 0 && bytes.Contains(body[:end], []byte(" 0 obj\n")) {
		return nil, fmt.Errorf("object %d runs into the next one", obj)
	}
	if sm := lengthRE.FindSubmatch(body); sm != nil && bytes.HasPrefix(body, []byte("<</Filter")) {
		l, _ := strconv.Atoi(string(sm[1]))
		end = bytes.Index(body, []byte(">>\nstream\n")) + len(">>\nstream\n") + l + len("\nendstream")
	}
	if end < 0 || end > len(body) || !bytes.HasPrefix(body[end:], []byte("\nendobj\n")) {
		return nil, fmt.Errorf("object %d does not end with endobj", obj)
	}
	return body[:end], nil
}

// checkRefs checks that every reference names an object and every stream
// inflates.
func (f *File) checkRefs() error {
	for obj, body := range f.Objects {
		for _, r := range refRE.FindAllSubmatch(Dict(body), -1) {
			if ref, _ := strconv.Atoi(string(r[1])); f.Objects[ref] == nil {
				return fmt.Errorf("object %d refers to missing object %d", obj, ref)
			}
		}
		if bytes.Contains(body, []byte("\nstream\n")) {
			if _, err := f.Stream(obj); err != nil {
				return err
			}
		}
	}
	return nil
}

// Dict returns an object's dictionary (without its stream data).
func Dict(body []byte) []byte {
	if i := bytes.Index(body, []byte(">>\nstream\n")); i >= 0 {
		return body[:i+2]
	}
	return body
}

// Stream returns the inflated data of stream object obj.
func (f *File) Stream(obj int) ([]byte, error) {
	m := streamRE.FindSubmatch(f.Objects[obj])
	if m == nil {
		return nil, fmt.Errorf("object %d is not a stream", obj)
	}
	l := lengthRE.FindSubmatch(m[1])
	if n, _ := strconv.Atoi(string(l[1])); n != len(m[2]) {
		return nil, fmt.Errorf("object %d: /Length %d, data %d bytes", obj, n, len(m[2]))
	}
	zr, err := zlib.NewReader(bytes.NewReader(m[2]))
	if err != nil {
		return nil, fmt.Errorf("object %d: %w", obj, err)
	}
	return io.ReadAll(zr)
}

// Ref returns the object that key refers to in obj's dictionary.
func (f *File) Ref(obj int, key string) (int, error) {
	m := regexp.MustCompile(`/` + key + ` (\d+) 0 R`).FindSubmatch(Dict(f.Objects[obj]))
	if m == nil {
		return 0, fmt.Errorf("object %d has no /%s", obj, key)
	}
	return strconv.Atoi(string(m[1]))
}

// Pages returns the page objects in the order of the page tree.
func (f *File) Pages() ([]int, error) {
	tree, err := f.Ref(f.Root, "Pages")
	if err != nil {
		return nil, err
	}
	m := regexp.MustCompile(`/Kids \[([^\]]*)\] /Count (\d+)`).FindSubmatch(f.Objects[tree])
	if m == nil {
		return nil, fmt.Errorf("page tree %q", f.Objects[tree])
	}
	var out []int
	for _, r := range refRE.FindAllSubmatch(m[1], -1) {
		n, _ := strconv.Atoi(string(r[1]))
		if !bytes.HasPrefix(f.Objects[n], []byte("<</Type /Page ")) {
			return nil, fmt.Errorf("kid %d is not a page", n)
		}
		out = append(out, n)
	}
	if c, _ := strconv.Atoi(string(m[2])); c != len(out) {
		return nil, fmt.Errorf("/Count %d, %d kids", c, len(out))
	}
	return out, nil
}

// Contents returns the inflated content streams of page object pg.
func (f *File) Contents(pg int) ([][]byte, error) {
	m := regexp.MustCompile(`/Contents (\[[^\]]*\]|\d+ 0 R)`).FindSubmatch(f.Objects[pg])
	if m == nil {
		return nil, fmt.Errorf("page %d has no contents", pg)
	}
	var out [][]byte
	for _, r := range refRE.FindAllSubmatch(m[1], -1) {
		n, _ := strconv.Atoi(string(r[1]))
		s, err := f.Stream(n)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}
