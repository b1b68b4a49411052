package pdfw

import (
	"math"
	"strings"
)

// Align places text in its cell.
type Align int

// Alignments of Cell.
const (
	Left Align = iota
	Center
	Right
)

// Ln says where Cell leaves the position.
type Ln int

// Positions after Cell.
const (
	Beside Ln = iota // right of the cell
	Next             // at the left margin below it
	Below            // below it, at the same x
)

// StringWidth returns the width of s in the current font, in millimetres.
func (f *Flow) StringWidth(s string) float64 {
	return float64(f.st.font.StringWidth(s)) * f.st.size / 1000
}

// Cell draws s on one line in a cell w wide and h high at the current
// position (w 0: to the right margin), breaking the page first when the
// cell would pass the lowest line. to, if not nil, makes the text a link
// to that place.
func (f *Flow) Cell(w, h float64, s string, align Align, ln Ln, to *Dest) {
	if f.y+h > f.breakAt && f.autoBreak && !f.inHeader {
		x := f.x
		f.AddPage()
		f.x = x
	}
	if w == 0 {
		w = f.PageWidth() - f.rMargin - f.x
	}
	if s != "" {
		f.drawCellText(w, h, s, align, to)
	}
	f.lasth = h
	switch ln {
	case Next:
		f.x, f.y = f.lMargin, f.y+h
	case Below:
		f.y += h
	default:
		f.x += w
	}
}

// drawCellText draws the text of a cell, vertically centred on its
// middle as FPDF does.
func (f *Flow) drawCellText(w, h float64, s string, align Align, to *Dest) {
	var dx float64
	switch align {
	case Right:
		dx = w - f.cMargin - f.StringWidth(s)
	case Center:
		dx = (w - f.StringWidth(s)) / 2
	default:
		dx = f.cMargin
	}
	p := f.page
	p.SetFill(f.st.text)
	p.Text(f.st.font, f.st.sizePt, (f.x+dx)*k, (f.y+.5*h+.3*f.st.size)*k, s)
	if to != nil {
		p.LinkDest((f.x+dx)*k, (f.y+.5*h-.5*f.st.size)*k, f.StringWidth(s)*k, f.st.size*k, *to)
	}
}

// MultiCell draws s in a column w wide (0: to the right margin), breaking
// lines at spaces (or inside a word longer than the column) and at "\n",
// each line a Cell of height h aligned left; afterwards the position is
// at the left margin below the text.
func (f *Flow) MultiCell(w, h float64, s string) {
	if w == 0 {
		w = f.PageWidth() - f.rMargin - f.x
	}
	for _, line := range f.SplitLines(s, w) {
		f.Cell(w, h, line, Left, Below, nil)
	}
	f.x = f.lMargin
}

// SplitLines breaks s into the lines MultiCell draws in a column w wide in
// the current font. Line breaks are FPDF's: the width of a line is the sum
// of its characters' widths in whole thousandths, a line is broken at its
// last space (which is dropped) or, without one, before the character
// that does not fit; trailing line breaks are dropped.
func (f *Flow) SplitLines(s string, w float64) []string {
	wmax := int(math.Ceil((w - 2*f.cMargin) * 1000 / f.st.size))
	r := []rune(strings.ReplaceAll(s, "\r", ""))
	for len(r) > 0 && r[len(r)-1] == '\n' {
		r = r[:len(r)-1]
	}
	var lines []string
	sep, i, j, l := -1, 0, 0, 0
	for i < len(r) {
		c := r[i]
		if c == '\n' {
			lines = append(lines, string(r[j:i]))
			i++
			sep, j, l = -1, i, 0
			continue
		}
		if c == ' ' || c >= 0x4e00 && c <= 0x9fa5 {
			sep = i
		}
		l += f.st.font.Width(c)
		if l <= wmax {
			i++
			continue
		}
		if sep == -1 {
			if i == j {
				i++
			}
			lines = append(lines, string(r[j:i]))
		} else {
			lines = append(lines, string(r[j:sep]))
			i = sep + 1
		}
		sep, j, l = -1, i, 0
	}
	return append(lines, string(r[j:i]))
}
