package pdfw

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/go-fonts/dejavu/dejavusanscondensed"
	"github.com/go-fonts/dejavu/dejavusanscondensedbold"
)

// sample writes a document of three pages: page 1 is held and gets the
// last text, page 3 links to page 2, each page has a footer overlay.
func sample(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	at := time.Date(2026, 3, 20, 10, 30, 0, 0, time.FixedZone("MEZ", 3600))
	d := New(&buf, 595.28, 841.89, Info{Title: "Bericht „Zölle“", Author: "Faktenfuchs", Lang: "de",
		Created: at, Modified: at})
	regular, err := d.AddFont(dejavusanscondensed.TTF)
	if err != nil {
		t.Fatal(err)
	}
	bold, err := d.AddFont(dejavusanscondensedbold.TTF)
	if err != nil {
		t.Fatal(err)
	}
	d.Overlay = func(p *Page, pages int) {
		p.Text(regular, 8, 50, 820, fmt.Sprintf("Seite %d von %d", p.Number(), pages))
	}
	first := d.NewPage()
	first.Hold()
	first.Text(bold, 20, 50, 80, "Inhalt")
	first.Finish() // held: written by Close
	second := d.NewPage()
	second.SetFill(RGB{0x1f, 0x4e, 0x79})
	second.Text(regular, 11, 50, 100, "Grüße aus Κρήτη und Москва – (Klammer) \\ 500 €")
	d.Bookmark("Zweite Seite", 0, Dest{Page: 2, Y: 100})
	second.Finish()
	third := d.NewPage()
	third.Text(regular, 11, 50, 100, "Link zur zweiten Seite")
	third.LinkDest(50, 90, 100, 12, Dest{Page: 2, Y: 100})
	third.LinkURI(50, 120, 100, 12, "https://example.org/a(b)")
	d.Bookmark("Dritte Seite", 1, Dest{Page: 3, Y: 0})
	third.Finish()
	first.Text(regular, 11, 50, 120, "2. Zweite Seite ……… 2")
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriterStructure(t *testing.T) {
	p := parsePDF(t, sample(t))
	pgs := pages(t, p)
	if len(pgs) != 3 {
		t.Fatalf("%d pages", len(pgs))
	}
	first := contents(t, p, pgs[0])
	if len(first) != 2 || !bytes.Contains(first[0], []byte("/F2 20 Tf")) || !bytes.Contains(first[1], []byte("Tj")) {
		t.Errorf("page 1: content %q", first)
	}
	// Held page 1 was written after page 2 although it comes first.
	if bytes.Index(p.Raw, []byte(fmt.Sprintf("\n%d 0 obj\n", pgs[0]))) < bytes.Index(p.Raw, []byte(fmt.Sprintf("\n%d 0 obj\n", pgs[1]))) {
		t.Error("the held page was written before the next one")
	}
	annots := regexp.MustCompile(`/Dest \[(\d+) 0 R /XYZ 0 741.89 null\]`).FindAllSubmatch(p.Raw, -1)
	if len(annots) != 2 || string(annots[0][1]) != fmt.Sprint(pgs[1]) {
		t.Errorf("link and bookmark destinations %q, want page object %d", annots, pgs[1])
	}
	if !bytes.Contains(p.Raw, []byte(`/URI (https://example.org/a\(b\))`)) {
		t.Error("URI link missing or not escaped")
	}
	catalog := p.Objects[p.Root]
	if !bytes.Contains(catalog, []byte("/Lang (de)")) || !bytes.Contains(catalog, []byte("/Outlines")) {
		t.Errorf("catalog %q", catalog)
	}
	info := string(p.Raw[bytes.LastIndex(p.Raw, []byte("<< /Title")):])
	if !strings.Contains(info, "/CreationDate (D:20260320103000+01'00')") || !strings.Contains(info, "/Title <FEFF") {
		t.Errorf("info %.200q", info)
	}
}

// TestWriterText extracts the text with pdftotext (poppler-utils): every
// character must come back as written, the held page's late text too.
func TestWriterText(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	path := filepath.Join(t.TempDir(), "t.pdf")
	if err := os.WriteFile(path, sample(t), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v: %s", err, out)
	}
	for _, want := range []string{"Inhalt", "2. Zweite Seite ……… 2", "Grüße aus Κρήτη und Москва – (Klammer) \\ 500 €",
		"Seite 1 von 3", "Seite 3 von 3", "Link zur zweiten Seite"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
	if info, err := exec.Command("pdfinfo", path).CombinedOutput(); err == nil && !strings.Contains(string(info), "Bericht „Zölle“") {
		t.Errorf("pdfinfo: %s", info)
	}
}

func TestPDFDate(t *testing.T) {
	at := time.Date(2026, 3, 20, 10, 30, 5, 0, time.UTC)
	if got := pdfDate(at); got != "D:20260320103005Z" {
		t.Errorf("UTC: %q", got)
	}
	if got := pdfDate(at.In(time.FixedZone("", -(4*3600 + 30*60)))); got != "D:20260320060005-04'30'" {
		t.Errorf("west: %q", got)
	}
}

func TestCloseTwice(t *testing.T) {
	var buf bytes.Buffer
	d := New(&buf, 100, 100, Info{})
	d.NewPage().Finish()
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	n := buf.Len()
	if err := d.Close(); err != nil || buf.Len() != n {
		t.Errorf("second Close: %v, wrote %d more bytes", err, buf.Len()-n)
	}
	parsePDF(t, buf.Bytes())
}

// TestWriterTextPureGo reads the text back through the fonts' ToUnicode
// maps, without PDF tools.
func TestWriterTextPureGo(t *testing.T) {
	text, err := parsePDF(t, sample(t)).Text()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Inhalt\n2. Zweite Seite ……… 2\nSeite 1 von 3\n",
		"Grüße aus Κρήτη und Москва – (Klammer) \\ 500 €\nSeite 2 von 3\n",
		"Link zur zweiten Seite\nSeite 3 von 3\n"}
	if strings.Join(text, "\f") != strings.Join(want, "\f") {
		t.Errorf("text %q, want %q", text, want)
	}
}

// failWriter fails after n bytes.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, io.ErrShortWrite
	}
	w.n -= len(p)
	return len(p), nil
}

// TestWriteErrorReported: a failing destination is reported by Close (and
// Err, once the 64 KiB buffer has been flushed), and nothing panics.
func TestWriteErrorReported(t *testing.T) {
	d := New(&failWriter{n: 100}, 595.28, 841.89, Info{})
	font, err := d.AddFont(dejavusanscondensed.TTF)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		p := d.NewPage()
		p.Text(font, 10, 50, 50, strings.Repeat(fmt.Sprint(i), 5000))
		p.Finish()
	}
	if err := d.Close(); err == nil || d.Err() == nil {
		t.Errorf("Close: %v, Err: %v; want the write error", err, d.Err())
	}
}

// TestAbort: an abandoned document stops its writing goroutine; Close
// afterwards does nothing.
func TestAbort(t *testing.T) {
	var buf bytes.Buffer
	d := New(&buf, 100, 100, Info{})
	d.NewPage().Finish()
	d.Abort()
	d.Abort()
	n := buf.Len()
	if err := d.Close(); err != nil || buf.Len() != n || bytes.Contains(buf.Bytes(), []byte("%%EOF")) {
		t.Errorf("Close after Abort: %v, %d more bytes", err, buf.Len()-n)
	}
}
