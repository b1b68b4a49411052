package pdfw

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"testing"
)

// parsed is a PDF file read back by the tests: every object by number,
// found through the cross-reference table.
type parsed struct {
	raw     []byte
	objects map[int][]byte // object body, between "obj" and "endobj"
	root    int
}

var (
	startxrefRE = regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`)
	trailerRE   = regexp.MustCompile(`trailer\n<</Size (\d+) /Root (\d+) 0 R /Info (\d+) 0 R>>`)
	refRE       = regexp.MustCompile(`(\d+) 0 R`)
	streamRE    = regexp.MustCompile(`(?s)^<<(.*?)>>\nstream\n(.*)\nendstream$`)
	lengthRE    = regexp.MustCompile(`/Length (\d+)`)
)

// parsePDF checks the file's structure in pure Go: the header, that every
// offset of the cross-reference table points at its object, that the
// trailer's size matches, that every reference names an object and that
// every stream has its /Length and inflates.
func parsePDF(t *testing.T, b []byte) *parsed {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("%PDF-1.7\n")) {
		t.Fatalf("header %q", b[:min(len(b), 9)])
	}
	m := startxrefRE.FindSubmatch(b)
	if m == nil {
		t.Fatal("no startxref at the end")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if !bytes.HasPrefix(b[xref:], []byte("xref\n0 ")) {
		t.Fatalf("startxref %d does not point at the xref table", xref)
	}
	lines := bytes.Split(b[xref:], []byte("\n"))
	n, _ := strconv.Atoi(string(bytes.TrimPrefix(lines[1], []byte("0 "))))
	tm := trailerRE.FindSubmatch(b[xref:])
	if tm == nil || string(tm[1]) != strconv.Itoa(n) {
		t.Fatalf("trailer %q does not give size %d", tm, n)
	}
	p := &parsed{raw: b, objects: map[int][]byte{}}
	p.root, _ = strconv.Atoi(string(tm[2]))
	for obj := 1; obj < n; obj++ {
		entry := lines[2+obj]
		if len(entry) != 19 || !bytes.HasSuffix(entry, []byte(" 00000 n ")) {
			t.Fatalf("xref entry %d: %q", obj, entry)
		}
		off, _ := strconv.Atoi(string(entry[:10]))
		head := fmt.Sprintf("%d 0 obj\n", obj)
		if !bytes.HasPrefix(b[off:], []byte(head)) {
			t.Fatalf("object %d: offset %d points at %q", obj, off, b[off:min(len(b), off+20)])
		}
		body := b[off+len(head):]
		end := bytes.Index(body, []byte("\nendobj\n"))
		if sm := lengthRE.FindSubmatch(body); sm != nil && bytes.HasPrefix(body, []byte("<</Filter")) {
			l, _ := strconv.Atoi(string(sm[1]))
			end = bytes.Index(body, []byte(">>\nstream\n")) + len(">>\nstream\n") + l + len("\nendstream")
		}
		p.objects[obj] = body[:end]
	}
	for obj, body := range p.objects {
		for _, r := range refRE.FindAllSubmatch(p.dict(body), -1) {
			if ref, _ := strconv.Atoi(string(r[1])); p.objects[ref] == nil {
				t.Errorf("object %d refers to missing object %d", obj, ref)
			}
		}
		if bytes.Contains(body, []byte("\nstream\n")) {
			p.stream(t, obj)
		}
	}
	return p
}

// dict returns an object's dictionary (without its stream data).
func (p *parsed) dict(body []byte) []byte {
	if i := bytes.Index(body, []byte(">>\nstream\n")); i >= 0 {
		return body[:i+2]
	}
	return body
}

// stream returns the inflated data of stream object obj.
func (p *parsed) stream(t *testing.T, obj int) []byte {
	t.Helper()
	m := streamRE.FindSubmatch(p.objects[obj])
	if m == nil {
		t.Fatalf("object %d is not a stream: %.80q", obj, p.objects[obj])
	}
	l := lengthRE.FindSubmatch(m[1])
	if n, _ := strconv.Atoi(string(l[1])); n != len(m[2]) {
		t.Fatalf("object %d: /Length %d, data %d bytes", obj, n, len(m[2]))
	}
	zr, err := zlib.NewReader(bytes.NewReader(m[2]))
	if err != nil {
		t.Fatalf("object %d: %v", obj, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("object %d: %v", obj, err)
	}
	return data
}

// ref returns the object that key refers to in obj's dictionary.
func (p *parsed) ref(t *testing.T, obj int, key string) int {
	t.Helper()
	m := regexp.MustCompile(`/` + key + ` (\d+) 0 R`).FindSubmatch(p.dict(p.objects[obj]))
	if m == nil {
		t.Fatalf("object %d has no /%s: %.120q", obj, key, p.objects[obj])
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// pages returns the page objects in the order of the page tree.
func (p *parsed) pages(t *testing.T) []int {
	t.Helper()
	tree := p.objects[p.ref(t, p.root, "Pages")]
	m := regexp.MustCompile(`/Kids \[([^\]]*)\] /Count (\d+)`).FindSubmatch(tree)
	if m == nil {
		t.Fatalf("page tree %q", tree)
	}
	var out []int
	for _, r := range refRE.FindAllSubmatch(m[1], -1) {
		n, _ := strconv.Atoi(string(r[1]))
		if !bytes.HasPrefix(p.objects[n], []byte("<</Type /Page ")) {
			t.Errorf("kid %d is not a page: %q", n, p.objects[n])
		}
		out = append(out, n)
	}
	if c, _ := strconv.Atoi(string(m[2])); c != len(out) {
		t.Errorf("/Count %d, %d kids", c, len(out))
	}
	return out
}

// contents returns the inflated content streams of page object pg.
func (p *parsed) contents(t *testing.T, pg int) [][]byte {
	t.Helper()
	m := regexp.MustCompile(`/Contents (\[[^\]]*\]|\d+ 0 R)`).FindSubmatch(p.objects[pg])
	if m == nil {
		t.Fatalf("page %d has no contents", pg)
	}
	var out [][]byte
	for _, r := range refRE.FindAllSubmatch(m[1], -1) {
		n, _ := strconv.Atoi(string(r[1]))
		out = append(out, p.stream(t, n))
	}
	return out
}
