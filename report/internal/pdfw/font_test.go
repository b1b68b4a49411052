package pdfw

import (
	"encoding/binary"
	"testing"

	"github.com/go-fonts/dejavu/dejavusanscondensed"
	"github.com/go-fonts/dejavu/dejavusanscondensedbold"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

func dejavu(t *testing.T) *Font {
	t.Helper()
	f, err := parseFont(dejavusanscondensed.TTF)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestParseFontRejects(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("not a font at all"), dejavusanscondensed.TTF[:100]} {
		if _, err := parseFont(b); err == nil {
			t.Errorf("parseFont(%d bytes) accepted", len(b))
		}
	}
}

// TestWidth: widths in thousandths of the size, from hmtx: DejaVu Sans
// Condensed draws "M" 776/1000 em wide (its advance 1589 of 2048 units),
// the hyphen narrower than the en dash; a missing character is as wide as
// glyph 0.
func TestWidth(t *testing.T) {
	f := dejavu(t)
	if w := f.Width('M'); w != 776 {
		t.Errorf("M: %d", w)
	}
	if f.Width('-') >= f.Width('–') {
		t.Errorf("hyphen %d, en dash %d", f.Width('-'), f.Width('–'))
	}
	if w, miss := f.Width('中'), f.missingWidth(); w != miss || f.Has('中') {
		t.Errorf("missing 中: width %d, glyph 0 %d, has %v", w, miss, f.Has('中'))
	}
	if got, want := f.StringWidth("MM"), 2*776; got != want {
		t.Errorf("StringWidth %d, want %d", got, want)
	}
	if !f.Has('€') || f.Has('😀') {
		t.Error("Has: € missing or emoji present")
	}
}

func TestEncodeRecordsUsed(t *testing.T) {
	f := dejavu(t)
	got := f.encode(nil, "A€😀")
	want := []byte{0x00, 'A', 0x20, 0xAC, 0xFF, 0xFD}
	if string(got) != string(want) {
		t.Errorf("encode = % x, want % x", got, want)
	}
	codes := f.usedCodes()
	if len(codes) != 3 || codes[0] != 'A' || codes[1] != 0x20AC || codes[2] != 0xFFFD {
		t.Errorf("usedCodes = %x", codes)
	}
}

// TestSubsetKeepsUsedGlyphs: the subset is a valid TrueType font with the
// same glyph numbers, outlines for the glyphs used (and the parts of
// composite ones) and none for the rest.
func TestSubsetKeepsUsedGlyphs(t *testing.T) {
	f, err := parseFont(dejavusanscondensedbold.TTF)
	if err != nil {
		t.Fatal(err)
	}
	f.encode(nil, "Ää")
	prog, err := f.subset()
	if err != nil {
		t.Fatal(err)
	}
	if len(prog) > len(dejavusanscondensedbold.TTF)/4 {
		t.Errorf("subset of %d bytes from %d", len(prog), len(dejavusanscondensedbold.TTF))
	}
	sf, err := sfnt.Parse(prog)
	if err != nil {
		t.Fatalf("subset does not parse: %v", err)
	}
	var buf sfnt.Buffer
	for _, r := range "Ää" {
		segs, err := sf.LoadGlyph(&buf, sfnt.GlyphIndex(f.gids[r]), fixed.I(12), nil)
		if err != nil || len(segs) == 0 {
			t.Errorf("%c: outline of %d segments from the subset, %v", r, len(segs), err)
		}
	}
	tables, err := readTables(prog)
	if err != nil {
		t.Fatalf("subset does not parse: %v", err)
	}
	for _, tag := range []string{"glyf", "head", "hhea", "hmtx", "loca", "maxp", "cmap", "OS/2", "post"} {
		if tables[tag] == nil {
			t.Errorf("subset lacks %s", tag)
		}
	}
	if n := binary.BigEndian.Uint16(tables["maxp"][4:]); int(n) != f.numGlyphs {
		t.Errorf("%d glyphs, want %d", n, f.numGlyphs)
	}
	sub := &Font{tables: tables}
	if err := sub.checkGlyphs(t, f, "Ää", "Bxyz"); err != nil {
		t.Fatal(err)
	}
	if sum := checksum(prog); sum != 0xB1B0AFBA {
		t.Errorf("file checksum %#x", sum)
	}
}

// checkGlyphs checks that sub (a subset of f) has outlines for the
// characters of kept and its composites' parts, and none for dropped.
func (sub *Font) checkGlyphs(t *testing.T, f *Font, kept, dropped string) error {
	t.Helper()
	for _, r := range kept {
		g := int(f.gids[r])
		s, e, err := sub.glyphRange(g)
		if err != nil {
			return err
		}
		if e == s {
			t.Errorf("%c (glyph %d) has no outline", r, g)
		}
		for _, c := range components(sub.tables["glyf"][s:e]) {
			if cs, ce, _ := sub.glyphRange(c); cs == ce {
				t.Errorf("part %d of %c has no outline", c, r)
			}
		}
	}
	for _, r := range dropped {
		f.lookup(int(r))
		if s, e, _ := sub.glyphRange(int(f.gids[r])); e != s {
			t.Errorf("%c kept", r)
		}
	}
	return nil
}

func TestComponents(t *testing.T) {
	// A composite of glyph 7 (byte offsets, scaled) and glyph 300 (word
	// offsets, 2×2 matrix).
	g := make([]byte, 10)
	binary.BigEndian.PutUint16(g, 0xFFFF)
	g = binary.BigEndian.AppendUint16(g, moreComps|hasScale)
	g = binary.BigEndian.AppendUint16(g, 7)
	g = append(g, 1, 2, 0x40, 0)
	g = binary.BigEndian.AppendUint16(g, argWords|hasTwoByTwo)
	g = binary.BigEndian.AppendUint16(g, 300)
	g = append(g, make([]byte, 4+8)...)
	if got := components(g); len(got) != 2 || got[0] != 7 || got[1] != 300 {
		t.Errorf("components = %v", got)
	}
	simple := []byte{0, 1, 0, 0, 0, 0, 0, 0, 0, 0}
	if got := components(simple); got != nil {
		t.Errorf("simple glyph has components %v", got)
	}
}

func TestSubsetTag(t *testing.T) {
	a, b := subsetTag([]int{65, 66}), subsetTag([]int{65, 67})
	if len(a) != 6 || a == b || a != subsetTag([]int{65, 66}) {
		t.Errorf("tags %q %q", a, b)
	}
	for _, c := range a {
		if c < 'A' || c > 'Z' {
			t.Errorf("tag %q", a)
		}
	}
}
