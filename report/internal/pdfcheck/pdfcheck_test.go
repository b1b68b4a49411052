package pdfcheck

import (
	"bytes"
	"strings"
	"testing"
)

// minimal is a one-page file as pdfw writes it, without text.
func minimal() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offs := []int{}
	for i, body := range []string{"<</Type /Pages /Kids [3 0 R] /Count 1>>", "<</Type /Catalog /Pages 1 0 R>>",
		"<</Type /Page /Parent 1 0 R>>", "<<>>"} {
		offs = append(offs, b.Len())
		b.WriteString(itoa(i+1) + " 0 obj\n" + body + "\nendobj\n")
	}
	xref := b.Len()
	b.WriteString("xref\n0 5\n0000000000 65535 f \n")
	for _, o := range offs {
		s := itoa(o)
		b.WriteString(strings.Repeat("0", 10-len(s)) + s + " 00000 n \n")
	}
	b.WriteString("trailer\n<</Size 5 /Root 2 0 R /Info 4 0 R>>\nstartxref\n" + itoa(xref) + "\n%%EOF\n")
	return b.Bytes()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func TestParseMinimal(t *testing.T) {
	f, err := Parse(minimal())
	if err != nil {
		t.Fatal(err)
	}
	if p, err := f.Pages(); err != nil || len(p) != 1 || p[0] != 3 {
		t.Errorf("pages %v, %v", p, err)
	}
}

// TestParseRejects: damage the file in the ways the checks look for.
func TestParseRejects(t *testing.T) {
	good := minimal()
	tests := map[string]func([]byte) []byte{
		"header":        func(b []byte) []byte { return append([]byte("%PDF-1.4\n"), b[9:]...) },
		"moved object":  func(b []byte) []byte { return bytes.Replace(b, []byte("2 0 obj"), []byte("2 0 obk"), 1) },
		"missing ref":   func(b []byte) []byte { return bytes.Replace(b, []byte("/Kids [3 0 R]"), []byte("/Kids [9 0 R]"), 1) },
		"no endobj":     func(b []byte) []byte { return bytes.Replace(b, []byte(">>\nendobj"), []byte(">>\nendobx"), 1) },
		"no startxref":  func(b []byte) []byte { return b[:len(b)-3] },
		"wrong trailer": func(b []byte) []byte { return bytes.Replace(b, []byte("/Size 5"), []byte("/Size 6"), 1) },
	}
	for name, damage := range tests {
		if _, err := Parse(damage(bytes.Clone(good))); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestUnescapeAndCMap(t *testing.T) {
	if got := string(unescape([]byte(`a\(b\)\\c\rd`))); got != "a(b)\\c\rd" {
		t.Errorf("unescape %q", got)
	}
	m := parseCMap([]byte("2 beginbfchar\n<0041> <0041>\n<20AC> <D83DDE00>\nendbfchar\n"))
	if m[0x41] != "A" || m[0x20AC] != "😀" {
		t.Errorf("cmap %v", m)
	}
}
