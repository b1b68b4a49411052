package pdfcheck

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
)

var (
	fontDictRE = regexp.MustCompile(`/(F\d+) (\d+) 0 R`)
	bfcharRE   = regexp.MustCompile(`<([0-9A-F]{4})> <([0-9A-F]{4,})>`)
	textOpRE   = regexp.MustCompile(`(?s)/(F\d+) [\d.]+ Tf|\(((?:\\.|[^\\)])*)\) Tj`)
)

// Text returns the text of each page: one line per string drawn (Tj), in
// drawing order, decoded through the ToUnicode map of the font in use, as
// a reader copying it would get it.
func (f *File) Text() ([]string, error) {
	fonts, err := f.toUnicode()
	if err != nil {
		return nil, err
	}
	pages, err := f.Pages()
	if err != nil {
		return nil, err
	}
	out := make([]string, len(pages))
	for i, pg := range pages {
		streams, err := f.Contents(pg)
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		for _, s := range streams {
			if err := drawText(&b, s, fonts); err != nil {
				return nil, fmt.Errorf("page %d: %w", i+1, err)
			}
		}
		out[i] = b.String()
	}
	return out, nil
}

// drawText appends the strings a content stream draws, one line each.
func drawText(b *strings.Builder, content []byte, fonts map[string]map[uint16]string) error {
	var font map[uint16]string
	for _, m := range textOpRE.FindAllSubmatch(content, -1) {
		if m[1] != nil {
			font = fonts[string(m[1])]
			continue
		}
		if font == nil {
			return fmt.Errorf("text drawn without a font")
		}
		codes := unescape(m[2])
		if len(codes)%2 != 0 {
			return fmt.Errorf("odd number of bytes in %q", codes)
		}
		for i := 0; i < len(codes); i += 2 {
			c := uint16(codes[i])<<8 | uint16(codes[i+1])
			s, ok := font[c]
			if !ok {
				return fmt.Errorf("code %04X has no ToUnicode entry", c)
			}
			b.WriteString(s)
		}
		b.WriteByte('\n')
	}
	return nil
}

// toUnicode reads the ToUnicode map of every font of the page resources.
func (f *File) toUnicode() (map[string]map[uint16]string, error) {
	tree, err := f.Ref(f.Root, "Pages")
	if err != nil {
		return nil, err
	}
	res, err := f.Ref(tree, "Resources")
	if err != nil {
		return nil, err
	}
	out := map[string]map[uint16]string{}
	for _, m := range fontDictRE.FindAllSubmatch(f.Objects[res], -1) {
		obj, _ := strconv.Atoi(string(m[2]))
		cmapObj, err := f.Ref(obj, "ToUnicode")
		if err != nil {
			return nil, err
		}
		cmap, err := f.Stream(cmapObj)
		if err != nil {
			return nil, err
		}
		out[string(m[1])] = parseCMap(cmap)
	}
	return out, nil
}

// parseCMap reads the bfchar entries of a ToUnicode CMap.
func parseCMap(cmap []byte) map[uint16]string {
	out := map[uint16]string{}
	for _, m := range bfcharRE.FindAllSubmatch(cmap, -1) {
		c, _ := strconv.ParseUint(string(m[1]), 16, 16)
		var u []uint16
		for i := 0; i+4 <= len(m[2]); i += 4 {
			v, _ := strconv.ParseUint(string(m[2][i:i+4]), 16, 16)
			u = append(u, uint16(v))
		}
		out[uint16(c)] = string(utf16.Decode(u))
	}
	return out
}

// unescape undoes the escapes of a literal string.
func unescape(s []byte) []byte {
	if !bytes.Contains(s, []byte{'\\'}) {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			out = append(out, s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		default:
			out = append(out, s[i])
		}
	}
	return out
}
