package pdfw

import (
	"encoding/binary"
	"hash/fnv"
	"strconv"
)

// writeResources writes the resource dictionary shared by all pages and
// every font in it.
func (d *Writer) writeResources() {
	b := []byte("<</ProcSet [/PDF /Text] /Font <<")
	for _, f := range d.fonts {
		b = append(b, '/')
		b = append(b, f.name...)
		b = append(b, ' ')
		b = appendRef(b, f.obj)
	}
	d.object(d.resObj, append(b, ">>>>"...))
	for _, f := range d.fonts {
		d.writeFont(f)
	}
}

// writeFont writes f as a Type0 font with its descendant CIDFontType2, font
// descriptor, subset program, CIDToGIDMap and ToUnicode CMap.
func (d *Writer) writeFont(f *Font) {
	prog, err := f.subset()
	if err != nil {
		if d.err == nil {
			d.err = err
		}
		return
	}
	codes := f.usedCodes()
	base := "/" + subsetTag(codes) + "+" + f.psName
	cid, desc, file, cmap, toUni := d.reserve(), d.reserve(), d.reserve(), d.reserve(), d.reserve()

	b := []byte("<</Type /Font /Subtype /Type0 /BaseFont " + base + " /Encoding /Identity-H /DescendantFonts [")
	b = appendRef(b, cid)
	b = appendRef(append(b, "] /ToUnicode "...), toUni)
	d.object(f.obj, append(b, ">>"...))

	b = []byte("<</Type /Font /Subtype /CIDFontType2 /BaseFont " + base +
		" /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor ")
	b = appendRef(b, desc)
	b = append(b, " /DW "...)
	b = strconv.AppendInt(b, int64(f.missingWidth()), 10)
	b = f.appendW(append(b, " /W "...), codes)
	b = appendRef(append(b, " /CIDToGIDMap "...), cmap)
	d.object(cid, append(b, ">>"...))

	d.object(desc, f.descriptor(base, file))
	d.stream(file, " /Length1 "+strconv.Itoa(len(prog)), prog)
	d.stream(cmap, "", f.cidToGID(codes))
	d.stream(toUni, "", toUnicode(codes))
}

// missingWidth is the width of glyph 0, in 1/1000 of the font size.
func (f *Font) missingWidth() int { return f.scaled(f.advance(0)) }

// appendW appends the /W array: the width of each code used, consecutive
// codes grouped.
func (f *Font) appendW(b []byte, codes []int) []byte {
	b = append(b, '[')
	for i := 0; i < len(codes); {
		j := i + 1
		for j < len(codes) && codes[j] == codes[j-1]+1 {
			j++
		}
		b = strconv.AppendInt(b, int64(codes[i]), 10)
		b = append(b, " ["...)
		for k := i; k < j; k++ {
			if k > i {
				b = append(b, ' ')
			}
			b = strconv.AppendInt(b, int64(f.widths[codes[k]]), 10)
		}
		b = append(b, "] "...)
		i = j
	}
	return append(b, ']')
}

// cidToGID maps every code up to the highest used to its glyph (two bytes
// each); unused codes map to glyph 0.
func (f *Font) cidToGID(codes []int) []byte {
	if len(codes) == 0 {
		return []byte{0, 0}
	}
	out := make([]byte, 2*(codes[len(codes)-1]+1))
	for _, c := range codes {
		binary.BigEndian.PutUint16(out[2*c:], f.gids[c])
	}
	return out
}

// descriptor returns the font descriptor dictionary.
func (f *Font) descriptor(base string, file int) []byte {
	head, hhea := f.tables["head"], f.tables["hhea"]
	s16 := func(t []byte, at int) int { return int(int16(binary.BigEndian.Uint16(t[at:]))) }
	ascent, descent := f.scaled(s16(hhea, 4)), f.scaled(s16(hhea, 6))
	capHeight := ascent
	if os2 := f.tables["OS/2"]; len(os2) >= 90 && binary.BigEndian.Uint16(os2) >= 2 {
		capHeight = f.scaled(s16(os2, 88))
	}
	italic, flags := 0.0, 32 // non-symbolic
	if post := f.tables["post"]; len(post) >= 16 {
		italic = float64(int32(binary.BigEndian.Uint32(post[4:]))) / 65536
		if binary.BigEndian.Uint32(post[12:]) != 0 {
			flags |= 1 // fixed pitch
		}
	}
	if italic != 0 {
		flags |= 64
	}
	b := []byte("<</Type /FontDescriptor /FontName " + base + " /Flags ")
	b = strconv.AppendInt(b, int64(flags), 10)
	b = append(b, " /FontBBox ["...)
	for i, at := range []int{36, 38, 40, 42} {
		if i > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendInt(b, int64(f.scaled(s16(head, at))), 10)
	}
	b = append(b, "] /ItalicAngle "...)
	b = appendNum(b, italic)
	for _, kv := range []struct {
		k string
		v int
	}{{" /Ascent ", ascent}, {" /Descent ", descent}, {" /CapHeight ", capHeight}, {" /StemV ", 80},
		{" /MissingWidth ", f.missingWidth()}} {
		b = strconv.AppendInt(append(b, kv.k...), int64(kv.v), 10)
	}
	b = appendRef(append(b, " /FontFile2 "...), file)
	return append(b, ">>"...)
}

// subsetTag names a subset by the codes it holds: six capital letters.
func subsetTag(codes []int) string {
	h := fnv.New64a()
	var buf [2]byte
	for _, c := range codes {
		binary.BigEndian.PutUint16(buf[:], uint16(c))
		h.Write(buf[:])
	}
	sum := h.Sum64()
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = byte('A' + sum%26)
		sum /= 26
	}
	return string(tag)
}

// toUnicode returns a CMap that maps each code used to its character.
func toUnicode(codes []int) []byte {
	b := []byte("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for i := 0; i < len(codes); i += 100 {
		chunk := codes[i:min(i+100, len(codes))]
		b = strconv.AppendInt(b, int64(len(chunk)), 10)
		b = append(b, " beginbfchar\n"...)
		for _, c := range chunk {
			h := hex4(c)
			b = append(b, '<')
			b = append(b, h[:]...)
			b = append(b, "> <"...)
			b = append(b, h[:]...)
			b = append(b, ">\n"...)
		}
		b = append(b, "endbfchar\n"...)
	}
	return append(b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"...)
}

// hex4 returns the four upper-case hex digits of the low 16 bits of c.
func hex4(c int) [4]byte {
	const hex = "0123456789ABCDEF"
	return [4]byte{hex[c>>12&15], hex[c>>8&15], hex[c>>4&15], hex[c&15]}
}
