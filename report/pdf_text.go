package report

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-fonts/dejavu/dejavusanscondensed"
	"github.com/go-fonts/dejavu/dejavusanscondensedbold"
	"github.com/go-fonts/dejavu/dejavusanscondensedoblique"
	"github.com/go-fonts/dejavu/dejavusansmono"
	"golang.org/x/image/font/sfnt"

	"claimdesk/report/internal/pdfw"
)

// The PDF is set in DejaVu Sans Condensed (Latin, Greek and Cyrillic with
// typographic quotes, dashes, arrows and the euro sign). The Go fonts used
// before draw U+002D HYPHEN-MINUS as wide as a minus sign, so
// "UN-Generalversammlung" read as if written with a dash; DejaVu has a
// real hyphen. Only the glyphs drawn are embedded.

// pdfMarker stands in the PDF for a run of characters the font cannot draw.
const pdfMarker = "[?]"

// addPDFFonts adds the fonts of the report to w, by style: "" (regular),
// "B" (bold), "I" (oblique) and "mono".
func addPDFFonts(w *pdfw.Writer) (map[string]*pdfw.Font, error) {
	fonts := map[string]*pdfw.Font{}
	for _, f := range []struct {
		style string
		ttf   []byte
	}{{"", dejavusanscondensed.TTF}, {"B", dejavusanscondensedbold.TTF},
		{"I", dejavusanscondensedoblique.TTF}, {"mono", dejavusansmono.TTF}} {
		font, err := w.AddFont(f.ttf)
		if err != nil {
			return nil, err
		}
		fonts[f.style] = font
	}
	return fonts, nil
}

// glyphSet records which characters of the Basic Multilingual Plane all
// three text styles can draw, one bit each.
type glyphSet [1 << 16 / 64]uint64

var (
	glyphsOnce sync.Once
	glyphs     glyphSet
)

// drawable reports whether the PDF fonts draw r correctly: a glyph in every
// text style, and a left-to-right script (the PDF writer neither reorders
// right-to-left text nor joins Arabic letters, so Hebrew and Arabic would
// come out reversed or broken). Characters above U+FFFF (emoji) the writer
// does not encode (its character codes are those of the BMP).
func drawable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 || r == '\n'
	}
	if r > 0xFFFF || unicode.In(r, rtlScripts...) {
		return false
	}
	glyphsOnce.Do(loadGlyphs)
	return glyphs[r/64]&(1<<(r%64)) != 0
}

// rtlScripts are the right-to-left scripts.
var rtlScripts = []*unicode.RangeTable{unicode.Hebrew, unicode.Arabic, unicode.Syriac, unicode.Thaana,
	unicode.Nko, unicode.Samaritan, unicode.Mandaic}

// loadGlyphs marks in glyphs each rune from U+0080 to U+FFFF that all
// three fonts can draw; none when a font does not parse.
func loadGlyphs() {
	var fonts []*sfnt.Font
	for _, ttf := range [][]byte{dejavusanscondensed.TTF, dejavusanscondensedbold.TTF, dejavusanscondensedoblique.TTF} {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			return // no glyphs: everything non-ASCII becomes the marker
		}
		fonts = append(fonts, f)
	}
	var b sfnt.Buffer
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if unicode.Is(unicode.Cs, r) {
			continue
		}
		ok := true
		for _, f := range fonts {
			if g, err := f.GlyphIndex(&b, r); err != nil || g == 0 {
				ok = false
				break
			}
		}
		if ok {
			glyphs[r/64] |= 1 << (r % 64)
		}
	}
}

// joinsMarker reports whether r belongs to the undrawable run before it:
// joiners, variation selectors and the keycap mark of emoji sequences.
func joinsMarker(r rune) bool {
	return r == '\u200d' || r == '\ufe0e' || r == '\ufe0f' || r == '\u20e3'
}

// pdfText makes user text safe to draw: control characters (other than line
// breaks) become spaces, so no input can disturb the layout, and each run of
// characters the fonts cannot draw becomes pdfMarker. marked reports whether
// a marker was put in.
func pdfText(s string) (out string, marked bool) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	clean := true
	for _, r := range s {
		if r >= 0x80 || r < 0x20 && r != '\n' || r == 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s))
	inRun := false
	for _, r := range s {
		switch {
		case r == '\n':
			inRun = false
			b.WriteRune(r)
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			inRun = false
			b.WriteByte(' ')
		case inRun && joinsMarker(r):
		case drawable(r):
			inRun = false
			b.WriteRune(r)
		default:
			if !inRun {
				b.WriteString(pdfMarker)
				marked = true
			}
			inRun = true
		}
	}
	return b.String(), marked
}

// pdfMeta makes s fit for the document properties (title, author), which
// hold any character (as UTF-16); control characters become U+FFFD.
func pdfMeta(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}

// pdfURLMax is the number of characters of a URL the PDF shows; the link
// itself always holds the whole URL.
const pdfURLMax = 300

// shownURL returns the URL as the PDF shows it: at most pdfURLMax
// characters, the rest summarised as "…".
func shownURL(u string) string {
	if utf8.RuneCountInString(u) <= pdfURLMax {
		return u
	}
	r := []rune(u)
	return string(r[:pdfURLMax]) + "…"
}
