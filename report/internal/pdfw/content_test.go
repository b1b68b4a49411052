package pdfw

import (
	"strings"
	"testing"
)

func newContent() *Content {
	c := &Content{}
	c.reset(&Writer{height: 800})
	return c
}

// TestStateWrittenOnChange: colours and line width are written only when
// they change.
func TestStateWrittenOnChange(t *testing.T) {
	c := newContent()
	c.SetFill(RGB{255, 0, 0x80})
	c.SetFill(RGB{255, 0, 0x80})
	c.SetStroke(RGB{0, 0, 0})
	c.SetLineWidth(0.57)
	c.SetLineWidth(0.57)
	c.SetFill(RGB{0x1d, 0x23, 0x29})
	want := "1 0 0.502 rg\n0 0 0 RG\n0.57 w\n0.114 0.137 0.161 rg\n"
	if got := string(c.Bytes()); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestShapes(t *testing.T) {
	c := newContent()
	c.Line(10, 20, 30, 20)
	c.FillRect(10, 20, 5, 6)
	if got, want := string(c.Bytes()), "10 780 m 30 780 l S\n10 774 5 6 re f\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	c = newContent()
	c.FillCircle(100, 100, 10)
	got := string(c.Bytes())
	if !strings.HasPrefix(got, "110 700 m ") || strings.Count(got, " c ") != 4 || !strings.HasSuffix(got, "110 700 c f\n") {
		t.Errorf("circle %q", got)
	}
	c = newContent()
	c.FillRoundedRect(0, 0, 40, 10, 20) // radius capped at half the height
	got = string(c.Bytes())
	if !strings.HasPrefix(got, "5 800 m 35 800 l ") || strings.Count(got, " c ") != 4 {
		t.Errorf("rounded rect %q", got)
	}
}

// TestTextIsNeverInterpreted: user text ends up inside one string operand.
func TestTextIsNeverInterpreted(t *testing.T) {
	f := dejavu(t)
	f.name = "F1"
	c := newContent()
	c.Text(f, 9, 10, 20, ") Tj ET (x")
	got := c.Bytes()
	want := "BT /F1 9 Tf 10 780 Td (\x00\\)\x00 \x00T\x00j\x00 \x00E\x00T\x00 \x00\\(\x00x) Tj ET\n"
	if string(got) != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	c.Text(f, 9, 10, 30, "b")
	c.Text(f, 8, 10, 40, "c")
	if got, want := string(c.Bytes()[len(want):]), "BT 10 770 Td (\x00b) Tj ET\nBT /F1 8 Tf 10 760 Td (\x00c) Tj ET\n"; got != want {
		t.Errorf("font selected again: %q, want %q", got, want)
	}
}
