package pdfw

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"golang.org/x/image/font/sfnt"
)

// Font is a TrueType font embedded as a Type0 font (CIDFontType2 with the
// Identity-H encoding). Its character codes are the Unicode code points of
// the Basic Multilingual Plane, mapped to glyphs by a CIDToGIDMap, so text
// copies and searches as written. The fonts are written when the document
// is closed, holding only the glyphs used (see subset).
type Font struct {
	name   string // resource name, e.g. "F1"
	obj    int    // object number of the Type0 font, reserved when added
	ttf    []byte
	sf     *sfnt.Font
	buf    sfnt.Buffer
	tables map[string][]byte

	unitsPerEm int
	numGlyphs  int
	nHMetrics  int
	psName     string

	gids   []uint16 // by code point; gidUnknown until looked up
	widths []uint16 // by code point, in 1/1000 of the font size
	used   []uint64 // bit per code point drawn
}

// gidUnknown marks a code point not looked up yet (no font has 65,535 glyphs).
const gidUnknown = 0xFFFF

// replacement is the code drawn for characters above the BMP.
const replacement = 0xFFFD

// parseFont reads the tables of a TrueType font.
func parseFont(ttf []byte) (*Font, error) {
	sf, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("pdfw: %w", err)
	}
	tables, err := readTables(ttf)
	if err != nil {
		return nil, err
	}
	for _, t := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf"} {
		if tables[t] == nil {
			return nil, fmt.Errorf("pdfw: the font has no %s table", t)
		}
	}
	f := &Font{ttf: ttf, sf: sf, tables: tables,
		gids: make([]uint16, 1<<16), widths: make([]uint16, 1<<16), used: make([]uint64, 1<<16/64)}
	head, hhea, maxp := tables["head"], tables["hhea"], tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, errors.New("pdfw: font tables too short")
	}
	f.unitsPerEm = int(binary.BigEndian.Uint16(head[18:]))
	f.numGlyphs = int(binary.BigEndian.Uint16(maxp[4:]))
	f.nHMetrics = int(binary.BigEndian.Uint16(hhea[34:]))
	if f.unitsPerEm == 0 || f.nHMetrics == 0 || len(tables["hmtx"]) < 4*f.nHMetrics {
		return nil, errors.New("pdfw: bad font metrics")
	}
	f.psName, _ = sf.Name(&f.buf, sfnt.NameIDPostScript)
	if f.psName == "" {
		f.psName = "Font"
	}
	for i := range f.gids {
		f.gids[i] = gidUnknown
	}
	return f, nil
}

// readTables returns the tables of a TrueType file by tag.
func readTables(b []byte) (map[string][]byte, error) {
	if len(b) < 12 {
		return nil, errors.New("pdfw: not a TrueType font")
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	if len(b) < 12+16*n {
		return nil, errors.New("pdfw: truncated table directory")
	}
	out := make(map[string][]byte, n)
	for i := range n {
		rec := b[12+16*i:]
		off, size := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(size) > uint64(len(b)) {
			return nil, fmt.Errorf("pdfw: table %q outside the file", rec[:4])
		}
		out[string(rec[:4])] = b[off : off+size]
	}
	return out, nil
}

// code returns the character code of r: its code point, or U+FFFD above
// the Basic Multilingual Plane.
func code(r rune) int {
	if r < 0 || r > 0xFFFF {
		return replacement
	}
	return int(r)
}

// lookup fills in the glyph and width of code c.
func (f *Font) lookup(c int) {
	g, err := f.sf.GlyphIndex(&f.buf, rune(c))
	if err != nil || int(g) >= f.numGlyphs {
		g = 0
	}
	f.gids[c] = uint16(g)
	f.widths[c] = uint16(math.Round(float64(f.advance(int(g))) * 1000 / float64(f.unitsPerEm)))
}

// advance returns the advance width of glyph g in font units.
func (f *Font) advance(g int) int {
	hmtx := f.tables["hmtx"]
	if g >= f.nHMetrics {
		g = f.nHMetrics - 1
	}
	return int(binary.BigEndian.Uint16(hmtx[4*g:]))
}

// Width returns the advance of r in 1/1000 of the font size; a character
// the font lacks is as wide as its "missing" glyph.
func (f *Font) Width(r rune) int {
	c := code(r)
	if f.gids[c] == gidUnknown {
		f.lookup(c)
	}
	return int(f.widths[c])
}

// StringWidth returns the advance of s in 1/1000 of the font size.
func (f *Font) StringWidth(s string) int {
	w := 0
	for _, r := range s {
		w += f.Width(r)
	}
	return w
}

// Has reports whether the font has a glyph for r.
func (f *Font) Has(r rune) bool {
	c := code(r)
	if f.gids[c] == gidUnknown {
		f.lookup(c)
	}
	return f.gids[c] != 0 && c == int(r)
}

// encode appends the codes of s (two bytes each) to b and records them as
// used.
func (f *Font) encode(b []byte, s string) []byte {
	for _, r := range s {
		c := code(r)
		if f.gids[c] == gidUnknown {
			f.lookup(c)
		}
		f.used[c/64] |= 1 << (c % 64)
		b = append(b, byte(c>>8), byte(c))
	}
	return b
}

// usedCodes returns the codes drawn, in order.
func (f *Font) usedCodes() []int {
	var out []int
	for i, word := range f.used {
		for word != 0 {
			bit := 0
			for word&(1<<bit) == 0 {
				bit++
			}
			out = append(out, i*64+bit)
			word &^= 1 << bit
		}
	}
	return out
}

// scaled converts font units to 1/1000 of the font size.
func (f *Font) scaled(v int) int {
	return int(math.Round(float64(v) * 1000 / float64(f.unitsPerEm)))
}
