package pdfw

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/go-fonts/dejavu/dejavusanscondensed"
)

// newFlow returns a flow on an A4 document with 20 mm margins and a 22 mm
// bottom margin, DejaVu Sans Condensed 10 pt selected.
func newFlow(t *testing.T, w io.Writer) (*Flow, *Font) {
	t.Helper()
	d := New(w, 595.28, 841.89, Info{})
	font, err := d.AddFont(dejavusanscondensed.TTF)
	if err != nil {
		t.Fatal(err)
	}
	f := NewFlow(d, 20, 22, 20, 22)
	f.SetFont(font, 10)
	return f, font
}

func TestSplitLines(t *testing.T) {
	f, font := newFlow(t, io.Discard)
	// A column just wide enough for "aaaa bbbb" (plus the cell margins).
	w := float64(font.StringWidth("aaaa bbbb"))*f.st.size/1000 + 2*f.cMargin + 0.01
	tests := []struct {
		in   string
		want []string
	}{
		{"aaaa bbbb", []string{"aaaa bbbb"}},
		{"aaaa bbbb cc", []string{"aaaa bbbb", "cc"}},          // the space at the break is dropped
		{"aaaa\nbb\r\n\n", []string{"aaaa", "bb"}},             // \r dropped, trailing breaks too
		{"aaaa\n\nbb", []string{"aaaa", "", "bb"}},             // an empty line kept
		{"aaaabbbbccccdddd", []string{"aaaabbbb", "ccccdddd"}}, // no space: broken inside
		{"", []string{""}},
	}
	for _, tc := range tests {
		got := f.SplitLines(tc.in, w)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("SplitLines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMultiCellMovesDown: each line moves h down; afterwards x is at the
// left margin.
func TestMultiCellMovesDown(t *testing.T) {
	f, _ := newFlow(t, io.Discard)
	f.AddPage()
	f.SetXY(40, 50)
	f.MultiCell(50, 5, "eins\nzwei\ndrei")
	if f.GetY() != 65 || f.GetX() != 20 {
		t.Errorf("after 3 lines at (40,50): (%v, %v), want (20, 65)", f.GetX(), f.GetY())
	}
}

// TestCellBreaksPage: a cell that would reach into the bottom margin
// starts a new page below the header, keeps x and the style, and the page
// left is written at once.
func TestCellBreaksPage(t *testing.T) {
	var buf bytes.Buffer
	f, font := newFlow(t, &buf)
	headers := 0
	f.Header = func() {
		headers++
		f.SetFont(font, 8)
		f.SetTextColor(RGB{9, 9, 9})
		f.SetXY(20, 10)
		f.Cell(0, 4, "Kopf", Left, Beside, nil)
		f.SetXY(20, 22)
	}
	f.AddPage()
	f.SetTextColor(RGB{1, 2, 3})
	f.SetXY(35, 272)
	first := f.page
	f.Cell(50, 5, "unten", Left, Next, nil)
	if f.PageNo() != 2 || headers != 2 {
		t.Fatalf("page %d, %d headers", f.PageNo(), headers)
	}
	if !first.done || first.buf != nil {
		t.Error("page 1 was not written when the flow left it")
	}
	if f.GetY() != 27 || f.st.sizePt != 10 || f.st.text != (RGB{1, 2, 3}) {
		t.Errorf("after the break: y %v, size %v, colour %v", f.GetY(), f.st.sizePt, f.st.text)
	}
	if got := string(f.page.Bytes()); !strings.Contains(got, "0.004 0.008 0.012 rg\nBT /F1 10 Tf 102.05 ") {
		t.Errorf("the cell was not drawn at x 35 mm in its own style: %q", got)
	}
}

// TestHeldPageAndOverlay: a held page can be drawn on after later pages
// are finished; the overlay sees every page with the page count.
func TestHeldPageAndOverlay(t *testing.T) {
	var buf bytes.Buffer
	f, _ := newFlow(t, &buf)
	var seen []int
	f.SetOverlay(func(page, pages int) {
		seen = append(seen, page*10+pages)
		f.SetXY(20, 283)
		f.Cell(50, 4, "Fuß", Right, Beside, nil)
	})
	f.AddPage()
	f.Hold()
	f.AddPage()
	f.Cell(0, 5, "zwei", Left, Next, nil)
	if f.SetPage(2) {
		t.Error("SetPage of a page not held")
	}
	if !f.SetPage(1) || f.PageNo() != 1 {
		t.Fatal("SetPage(1) of the held page")
	}
	f.Cell(0, 5, "nachgetragen", Left, Next, nil)
	held := f.page
	f.Release()
	if !held.done || f.SetPage(1) {
		t.Error("the released page was not written, or SetPage can return to it")
	}
	f.Finish()
	if err := f.Writer().Close(); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 2 || seen[0] != 12 || seen[1] != 22 {
		t.Errorf("overlay calls %v", seen)
	}
	p := parsePDF(t, buf.Bytes())
	pgs := pages(t, p)
	if c := contents(t, p, pgs[0]); len(c) != 2 || !bytes.Contains(c[0], []byte("Tj")) || !bytes.Contains(c[1], []byte("Tj")) {
		t.Errorf("page 1 contents %q", c)
	}
}

func TestLinkedCell(t *testing.T) {
	f, _ := newFlow(t, io.Discard)
	f.AddPage()
	to := Dest{Page: 1, Y: 100}
	f.Cell(40, 5, "Ziel", Left, Beside, &to)
	f.LinkURI(20, 30, 40, 5, "https://example.org")
	if len(f.page.links) != 2 || f.page.links[0].dest != to || f.page.links[1].uri != "https://example.org" {
		t.Errorf("links %+v", f.page.links)
	}
	if got := f.Here(); got.Page != 1 || got.Y < 62.36 || got.Y > 62.37 { // 22 mm
		t.Errorf("Here() = %+v", got)
	}
}
