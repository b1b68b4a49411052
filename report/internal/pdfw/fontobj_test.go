package pdfw

import (
	"strings"
	"testing"
)

func TestAppendW(t *testing.T) {
	f := dejavu(t)
	f.encode(nil, "ABD")
	got := string(f.appendW(nil, f.usedCodes()))
	want := "[65 [" + itoa(f.Width('A')) + " " + itoa(f.Width('B')) + "] 68 [" + itoa(f.Width('D')) + "] ]"
	if got != want {
		t.Errorf("W = %q, want %q", got, want)
	}
}

func TestCIDToGID(t *testing.T) {
	f := dejavu(t)
	f.encode(nil, "A")
	m := f.cidToGID(f.usedCodes())
	if len(m) != 2*66 || int(m[130])<<8|int(m[131]) != int(f.gids['A']) || m[0] != 0 || m[1] != 0 {
		t.Errorf("map of %d bytes, A → %d", len(m), int(m[130])<<8|int(m[131]))
	}
}

func TestToUnicode(t *testing.T) {
	codes := make([]int, 150)
	for i := range codes {
		codes[i] = 0x400 + i
	}
	got := string(toUnicode(codes))
	if !strings.Contains(got, "100 beginbfchar\n<0400> <0400>\n") || !strings.Contains(got, "50 beginbfchar\n") ||
		!strings.Contains(got, "<0495> <0495>\nendbfchar") {
		t.Errorf("CMap:\n%s", got)
	}
}

func TestDescriptor(t *testing.T) {
	f := dejavu(t)
	got := string(f.descriptor("/ABCDEF+DejaVuSansCondensed", 9))
	for _, want := range []string{"/FontName /ABCDEF+DejaVuSansCondensed", "/Flags 32", "/ItalicAngle 0",
		"/FontFile2 9 0 R", "/Ascent 928", "/Descent -236"} {
		if !strings.Contains(got, want) {
			t.Errorf("descriptor lacks %q: %s", want, got)
		}
	}
}

func itoa(n int) string { return strings.TrimSpace(string(appendNum(nil, float64(n)))) }
