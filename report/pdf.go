package report

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"

	"claimdesk/claims"
)

// Page geometry of the PDF report, in millimetres (A4 portrait).
const (
	pdfMargin  = 20.0
	pdfWidth   = 210.0 - 2*pdfMargin
	pdfBottom  = 297.0 - 22 // lowest y of body text
	pdfTopY    = 22.0       // first y of body text below the running header
	pdfTOCLine = 5.4
)

// pdfFont is the family name of the embedded Go fonts, which cover Latin,
// Greek and Cyrillic text with German quotes and the euro sign.
const (
	pdfFont = "go"
	pdfMono = "gomono"
)

var (
	colInk    = [3]int{0x1d, 0x23, 0x29}
	colMuted  = [3]int{0x5f, 0x6b, 0x76}
	colAccent = [3]int{0x1f, 0x4e, 0x79}
	colLine   = [3]int{0xd9, 0xde, 0xe3}
)

// pdfDoc renders one PDF report.
type pdfDoc struct {
	f *fpdf.Fpdf
	v *docView
	l *labels
}

// tocEntry is one line of the table of contents and where it points.
type tocEntry struct {
	text  string
	color string // verdict dot, "" for sections
	link  int
	page  int // page of the target, set while rendering
	level int
}

// writePDF writes an A4 PDF: a title page with the summary, a table of
// contents with page numbers, then every article with its claims. User text
// is drawn as text (never interpreted); only http(s) and mailto URLs become
// links.
func writePDF(ctx context.Context, w io.Writer, d *Data, opts Options, p *progress) error {
	v := buildView(d, opts)
	f := fpdf.New("P", "mm", "A4", "")
	doc := &pdfDoc{f: f, v: v, l: v.L}
	f.SetCompression(true)
	f.SetCatalogSort(true)
	f.SetCreationDate(d.GeneratedAt)
	f.SetModificationDate(d.GeneratedAt)
	f.SetTitle(v.Title, true)
	f.SetCreator("Claimdesk", true)
	f.SetProducer("Claimdesk", true)
	if v.Org != "" {
		f.SetAuthor(v.Org, true)
	}
	f.SetLang(v.L.Lang)
	f.AddUTF8FontFromBytes(pdfFont, "", goregular.TTF)
	f.AddUTF8FontFromBytes(pdfFont, "B", gobold.TTF)
	f.AddUTF8FontFromBytes(pdfFont, "I", goitalic.TTF)
	f.AddUTF8FontFromBytes(pdfMono, "", gomono.TTF)
	f.SetMargins(pdfMargin, pdfTopY, pdfMargin)
	f.SetAutoPageBreak(true, 297-pdfBottom)
	f.AliasNbPages("")
	f.SetHeaderFunc(doc.header)
	f.SetFooterFunc(doc.footer)

	doc.cover()
	toc := doc.tocEntries()
	tocStart := f.PageCount() + 1
	doc.reserveTOC(len(toc))
	done, n := 0, 0
	for _, s := range v.Sections {
		f.AddPage()
		toc[n].page = f.PageNo()
		f.SetLink(toc[n].link, -1, -1)
		n++
		doc.section(s)
		for _, c := range s.Claims {
			if f.GetY() > pdfBottom-45 {
				f.AddPage()
			}
			toc[n].page = f.PageNo()
			f.SetLink(toc[n].link, -1, -1)
			n++
			doc.claim(c)
			done++
			if err := p.tick(ctx, done); err != nil {
				return err
			}
			if err := f.Error(); err != nil {
				return claims.Internal(err, "The PDF report could not be made.")
			}
		}
	}
	last := f.PageNo()
	doc.drawTOC(toc, tocStart)
	f.SetPage(last)
	if err := f.Output(w); err != nil {
		return claims.Internal(err, "The PDF report could not be written.")
	}
	return nil
}

func (d *pdfDoc) font(style string, size float64, col [3]int) {
	d.f.SetFont(pdfFont, style, size)
	d.f.SetTextColor(col[0], col[1], col[2])
}

func (d *pdfDoc) header() {
	if d.f.PageNo() == 1 {
		return
	}
	f := d.f
	d.font("", 8, colMuted)
	f.SetXY(pdfMargin, 10)
	f.CellFormat(pdfWidth, 4, pdfText(shorten(d.v.Title, 110)), "", 0, "L", false, 0, "")
	f.SetDrawColor(colLine[0], colLine[1], colLine[2])
	f.SetLineWidth(0.2)
	f.Line(pdfMargin, 15, pdfMargin+pdfWidth, 15)
	f.SetXY(pdfMargin, pdfTopY)
}

func (d *pdfDoc) footer() {
	f := d.f
	d.font("", 8, colMuted)
	f.SetXY(pdfMargin, 297-14)
	left := d.l.Generated + " " + d.v.Generated
	if d.v.Org != "" {
		left = d.v.Org + " · " + left
	}
	f.CellFormat(pdfWidth/2, 4, pdfText(left), "", 0, "L", false, 0, "")
	f.CellFormat(pdfWidth/2, 4, fmt.Sprintf(d.l.Page, f.PageNo(), "{nb}"), "", 0, "R", false, 0, "")
}

// cover draws the title page with the report facts and the verdict summary.
func (d *pdfDoc) cover() {
	f, v, l := d.f, d.v, d.l
	f.AddPage()
	f.SetY(40)
	if v.Title != l.Report {
		d.font("B", 9, colAccent)
		f.CellFormat(pdfWidth, 5, strings.ToUpper(l.Report), "", 1, "L", false, 0, "")
		f.Ln(2)
	}
	d.font("B", 22, colInk)
	f.MultiCell(pdfWidth, 9.5, pdfText(v.Title), "", "L", false)
	f.SetDrawColor(colAccent[0], colAccent[1], colAccent[2])
	f.SetLineWidth(0.8)
	f.Line(pdfMargin, f.GetY()+3, pdfMargin+pdfWidth, f.GetY()+3)
	f.Ln(9)
	rows := []metaRow{{Label: l.Generated, Value: v.Generated}}
	if v.Org != "" {
		rows = append(rows, metaRow{Label: l.ReviewedBy, Value: v.Org})
	}
	rows = append(rows, metaRow{Label: l.Scope, Value: v.Scope}, metaRow{Label: l.Claims, Value: fmt.Sprint(v.NClaims)})
	d.metaRows(rows, 10)
	f.Ln(8)
	d.font("B", 13, colInk)
	f.CellFormat(pdfWidth, 7, l.Summary, "", 1, "L", false, 0, "")
	f.Ln(2)
	if len(v.Summary) == 0 {
		d.font("", 10, colMuted)
		f.CellFormat(pdfWidth, 6, l.SummaryNoClaims, "", 1, "L", false, 0, "")
	}
	for _, s := range v.Summary {
		d.badge(s.Verdict, 9.5)
		d.font("", 10, colInk)
		f.SetX(pdfMargin + 70)
		f.CellFormat(20, 6.5, fmt.Sprint(s.N), "", 1, "R", false, 0, "")
		f.Ln(1.5)
	}
}

// metaRows draws label/value pairs in two columns.
func (d *pdfDoc) metaRows(rows []metaRow, size float64) {
	f := d.f
	for _, r := range rows {
		d.font("", size-1, colMuted)
		f.SetX(pdfMargin)
		f.CellFormat(38, size*0.55, pdfText(r.Label), "", 0, "L", false, 0, "")
		if r.Link != "" {
			d.font("", size-1, colAccent)
			f.SetLeftMargin(pdfMargin + 38)
			f.WriteLinkString(size*0.55, pdfText(r.Value), r.Link)
			f.SetLeftMargin(pdfMargin)
			f.Ln(size * 0.55)
			continue
		}
		d.font("", size-1, colInk)
		f.MultiCell(pdfWidth-38, size*0.55, pdfText(r.Value), "", "L", false)
	}
}

// badge draws the verdict label on its colour at the current position and
// moves right of it.
func (d *pdfDoc) badge(v verdictView, size float64) {
	f := d.f
	d.f.SetFont(pdfFont, "B", size)
	label := pdfText(v.Label)
	w := f.GetStringWidth(label) + 6
	h := size * 0.62
	x, y := f.GetX(), f.GetY()
	r, g, b := rgb(v.Color)
	f.SetFillColor(r, g, b)
	f.RoundedRect(x, y, w, h, h/2, "1234", "F")
	r, g, b = rgb(v.Ink)
	f.SetTextColor(r, g, b)
	f.SetXY(x, y)
	f.CellFormat(w, h, label, "", 0, "C", false, 0, "")
	f.SetX(x + w + 3)
}

// tocEntries lists the sections and claims in order, each with a link.
func (d *pdfDoc) tocEntries() []tocEntry {
	var out []tocEntry
	for _, s := range d.v.Sections {
		out = append(out, tocEntry{text: s.Title, link: d.f.AddLink()})
		for _, c := range s.Claims {
			out = append(out, tocEntry{text: c.Num + ". " + c.C.Text, color: c.Verdict.Color, link: d.f.AddLink(), level: 1})
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
	}
}

// drawTOC writes the table of contents onto the reserved pages.
func (d *pdfDoc) drawTOC(toc []tocEntry, start int) {
	if len(toc) == 0 {
		return
	}
	f := d.f
	f.SetAutoPageBreak(false, 0)
	page, y := start, pdfTopY
	first, next := tocLines()
	room := first
	f.SetPage(page)
	// Force fonts to be re-selected on the revisited page.
	f.SetFont(pdfFont, "B", 1)
	d.font("B", 15, colInk)
	f.SetXY(pdfMargin, y)
	f.CellFormat(pdfWidth, 8, d.l.Contents, "", 1, "L", false, 0, "")
	y += 14
	for _, e := range toc {
		if room == 0 {
			page++
			f.SetPage(page)
			f.SetFont(pdfFont, "", 1)
			y, room = pdfTopY, next
		}
		room--
		indent, style, size := 0.0, "B", 9.5
		if e.level > 0 {
			indent, style, size = 6, "", 9
		}
		d.font(style, size, colInk)
		if e.color != "" {
			r, g, b := rgb(e.color)
			f.SetFillColor(r, g, b)
			f.Circle(pdfMargin+indent+1.2, y+pdfTOCLine/2, 1.2, "F")
			indent += 4
		}
		textW := pdfWidth - indent - 14
		f.SetXY(pdfMargin+indent, y)
		f.CellFormat(textW, pdfTOCLine, d.fit(pdfText(e.text), textW-2), "", 0, "L", false, e.link, "")
		d.font("", size, colMuted)
		f.CellFormat(14, pdfTOCLine, fmt.Sprint(e.page), "", 0, "R", false, e.link, "")
		y += pdfTOCLine
	}
}

// fit shortens s with "…" until it is at most w wide in the current font.
func (d *pdfDoc) fit(s string, w float64) string {
	if d.f.GetStringWidth(s) <= w {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if d.f.GetStringWidth(string(r[:mid])+"…") <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimSpace(string(r[:lo])) + "…"
}

// pdfText makes user text safe to draw: control characters (other than line
// breaks) become spaces, so no input can disturb the layout.
func pdfText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' {
			return r
		}
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, strings.ReplaceAll(s, "\r\n", "\n"))
}
