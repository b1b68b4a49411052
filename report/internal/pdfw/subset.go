package pdfw

import (
	"encoding/binary"
	"errors"
	"sort"
)

// The embedded font program keeps the glyph numbering of the font but
// holds outlines only for the glyphs drawn (and the glyphs those are built
// from); the others are empty. Keeping the numbers means hmtx is copied as
// it is and the CIDToGIDMap needs no renumbering.

// subsetTables are the tables a CIDFontType2 program needs (PDF 32000-1,
// 9.9), plus cmap and OS/2 (small; some font parsers insist on them) and
// post without glyph names; names and layout tables are left out.
var subsetTables = []string{"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"}

// glyphRange returns glyph g's bytes within glyf, from loca.
func (f *Font) glyphRange(g int) (start, end int, err error) {
	loca, glyf := f.tables["loca"], f.tables["glyf"]
	long := binary.BigEndian.Uint16(f.tables["head"][50:]) != 0
	if long {
		if len(loca) < 4*(g+2) {
			return 0, 0, errors.New("pdfw: loca too short")
		}
		start, end = int(binary.BigEndian.Uint32(loca[4*g:])), int(binary.BigEndian.Uint32(loca[4*g+4:]))
	} else {
		if len(loca) < 2*(g+2) {
			return 0, 0, errors.New("pdfw: loca too short")
		}
		start, end = 2*int(binary.BigEndian.Uint16(loca[2*g:])), 2*int(binary.BigEndian.Uint16(loca[2*g+2:]))
	}
	if start > end || end > len(glyf) {
		return 0, 0, errors.New("pdfw: bad loca entry")
	}
	return start, end, nil
}

// Flags of a composite glyph's components.
const (
	argWords    = 0x0001
	hasScale    = 0x0008
	moreComps   = 0x0020
	hasXYScale  = 0x0040
	hasTwoByTwo = 0x0080
)

// components returns the glyphs a composite glyph is built from.
func components(glyph []byte) []int {
	if len(glyph) < 10 || int16(binary.BigEndian.Uint16(glyph)) >= 0 {
		return nil
	}
	var out []int
	p := 10
	for p+4 <= len(glyph) {
		flags := binary.BigEndian.Uint16(glyph[p:])
		out = append(out, int(binary.BigEndian.Uint16(glyph[p+2:])))
		p += 4
		if flags&argWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&hasScale != 0:
			p += 2
		case flags&hasXYScale != 0:
			p += 4
		case flags&hasTwoByTwo != 0:
			p += 8
		}
		if flags&moreComps == 0 {
			break
		}
	}
	return out
}

// keptGlyphs returns the glyphs of the codes used, their components and
// glyph 0, sorted.
func (f *Font) keptGlyphs() ([]int, error) {
	keep := map[int]bool{0: true}
	var todo []int
	for _, c := range f.usedCodes() {
		todo = append(todo, int(f.gids[c]))
	}
	for len(todo) > 0 {
		g := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if keep[g] && g != 0 || g >= f.numGlyphs {
			continue
		}
		keep[g] = true
		start, end, err := f.glyphRange(g)
		if err != nil {
			return nil, err
		}
		for _, c := range components(f.tables["glyf"][start:end]) {
			if !keep[c] {
				todo = append(todo, c)
			}
		}
	}
	out := make([]int, 0, len(keep))
	for g := range keep {
		out = append(out, g)
	}
	sort.Ints(out)
	return out, nil
}

// subset returns a TrueType program with the outlines of the kept glyphs
// only; loca is written in the long format.
func (f *Font) subset() ([]byte, error) {
	kept, err := f.keptGlyphs()
	if err != nil {
		return nil, err
	}
	var glyf []byte
	loca := make([]byte, 4*(f.numGlyphs+1))
	k := 0
	for g := range f.numGlyphs {
		binary.BigEndian.PutUint32(loca[4*g:], uint32(len(glyf)))
		if k < len(kept) && kept[k] == g {
			k++
			start, end, err := f.glyphRange(g)
			if err != nil {
				return nil, err
			}
			glyf = append(glyf, f.tables["glyf"][start:end]...)
			for len(glyf)%4 != 0 {
				glyf = append(glyf, 0)
			}
		}
	}
	binary.BigEndian.PutUint32(loca[4*f.numGlyphs:], uint32(len(glyf)))
	head := append([]byte(nil), f.tables["head"]...)
	binary.BigEndian.PutUint32(head[8:], 0) // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1)
	tables := map[string][]byte{"glyf": glyf, "loca": loca, "head": head}
	if post := f.tables["post"]; len(post) >= 32 {
		post = append([]byte(nil), post[:32]...)
		binary.BigEndian.PutUint32(post, 0x00030000) // version 3: no glyph names
		tables["post"] = post
	}
	for _, t := range subsetTables {
		if tables[t] == nil && f.tables[t] != nil {
			tables[t] = f.tables[t]
		}
	}
	return assemble(tables), nil
}

// assemble writes a TrueType file of the tables, with checksums.
func assemble(tables map[string][]byte) []byte {
	var tags []string
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	entry, pow := 0, 1
	for pow*2 <= n {
		pow *= 2
		entry++
	}
	out := make([]byte, 12+16*n)
	binary.BigEndian.PutUint32(out, 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(16*pow))
	binary.BigEndian.PutUint16(out[8:], uint16(entry))
	binary.BigEndian.PutUint16(out[10:], uint16(16*(n-pow)))
	headAt := 0
	for i, t := range tags {
		data := tables[t]
		rec := out[12+16*i:]
		copy(rec, t)
		binary.BigEndian.PutUint32(rec[4:], checksum(data))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(data)))
		if t == "head" {
			headAt = len(out)
		}
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	if headAt > 0 {
		binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	}
	return out
}

// checksum is the TrueType table checksum: the sum of big-endian words.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}
