package report

import (
	"fmt"
	"strings"

	"claimdesk/report/internal/pdfw"
)

// The table of contents of the PDF: one line per article and claim, drawn
// once the page numbers are known, on page 1 below the summary when it fits
// there, else on pages reserved after page 1. Those pages are held in
// memory until then; all others are written as soon as they are done.

// tocEntry is one line of the table of contents and where it points.
type tocEntry struct {
	text  string
	color string    // verdict dot, "" for sections
	dest  pdfw.Dest // the target, set while rendering
	level int
}

// target makes the current position the target of toc entry n and returns
// the next entry's index.
func (d *pdfDoc) target(toc []tocEntry, n int) int {
	if n >= len(toc) {
		return n
	}
	toc[n].dest = d.f.Here()
	return n + 1
}

// tocEntries lists the sections and claims in order, each with a link.
func (d *pdfDoc) tocEntries() []tocEntry {
	var out []tocEntry
	for _, s := range d.v.Sections {
		d.begin("", articleID(s), s.Title)
		out = append(out, tocEntry{text: d.text(s.Title)})
		for _, c := range s.Claims {
			d.begin(c.C.ID, "", c.C.Text)
			out = append(out, tocEntry{text: c.Num + ". " + d.text(c.C.Text), color: c.Verdict.Color, level: 1})
		}
	}
	return out
}

// tocLinesFirst and tocLinesNext are the TOC lines on its first page (below
// the heading) and on the following ones.
func tocLines() (first, next int) {
	top, bottom, line := pdfTopY, pdfBottom, pdfTOCLine
	return int((bottom - top - 14) / line), int((bottom - top) / line)
}

// reserveTOC adds the empty pages the table of contents will fill once the
// page numbers are known; entries are one line each, so their number fixes
// the page count.
func (d *pdfDoc) reserveTOC(n int) {
	if n == 0 {
		return
	}
	first, next := tocLines()
	pages := 1
	if n > first {
		pages += (n - first + next - 1) / next
	}
	for range pages {
		d.f.AddPage()
		d.f.Hold()
	}
}

// drawTOC writes the table of contents onto the reserved space, from y on
// page start.
func (d *pdfDoc) drawTOC(toc []tocEntry, start int, y float64) {
	if len(toc) == 0 {
		return
	}
	f := d.f
	f.SetAutoPageBreak(false)
	page := start
	_, next := tocLines()
	room := int((pdfBottom - y - 14) / pdfTOCLine)
	f.SetPage(page)
	d.font("B", 15, colInk)
	f.SetXY(pdfMargin, y)
	f.Cell(pdfWidth, 8, d.l.Contents, pdfw.Left, pdfw.Next, nil)
	y += 14
	for _, e := range toc {
		if room == 0 {
			f.Release() // done: written now, not held to the end
			page++
			f.SetPage(page)
			y, room = pdfTopY, next
		}
		room--
		indent, style, size := 0.0, "B", 9.5
		if e.level > 0 {
			indent, style, size = 6, "", 9
		}
		d.font(style, size, colInk)
		if e.color != "" {
			f.SetFillColor(rgbOf(e.color))
			f.Circle(pdfMargin+indent+1.2, y+pdfTOCLine/2, 1.2)
			indent += 4
		}
		textW := pdfWidth - indent - 14
		f.SetXY(pdfMargin+indent, y)
		f.Cell(textW, pdfTOCLine, d.fit(e.text, textW-2), pdfw.Left, pdfw.Beside, &e.dest)
		d.font("", size, colMuted)
		f.Cell(14, pdfTOCLine, fmt.Sprint(e.dest.Page), pdfw.Right, pdfw.Beside, &e.dest)
		y += pdfTOCLine
	}
	f.Release()
}

// fit shortens s with "…" until it is at most w wide in the current font.
func (d *pdfDoc) fit(s string, w float64) string {
	if d.f.StringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if d.f.StringWidth(string(r[:mid])+"…") <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimSpace(string(r[:lo])) + "…"
}
