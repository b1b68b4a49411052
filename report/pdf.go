package report

import (
	"context"
	"fmt"
	"io"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"claimdesk/claims"
)

// Page geometry of the PDF report, in millimetres (A4 portrait).
const (
	pdfMargin  = 20.0
	pdfWidth   = 210.0 - 2*pdfMargin
	pdfBottom  = 297.0 - 22 // lowest y of body text
	pdfTopY    = 22.0       // first y of body text below the running header
	pdfTOCLine = 5.4
	// pdfSectionRoom is the space an article's heading needs on a page;
	// with less left, the article starts on a new page.
	pdfSectionRoom = 70.0
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

	title, left string // running header and footer, made safe once

	warn   func(Warning)
	cur    Warning         // what is being drawn, for warnings
	marked bool            // cur showed a marker
	warned map[string]bool // warnings given, by claim or article
}

// writePDF writes an A4 PDF: a title page with the summary and the table
// of contents (on pages of its own when it does not fit), then every article
// with its claims; a report of fewClaims claims or fewer has no contents
// and starts its claims on the first page. User text is drawn as text (never
// interpreted); only http(s) and mailto URLs become links. Characters the
// fonts cannot draw become pdfMarker, with a note and a warning per claim.
//
// fpdf keeps every page in memory until Output (the contents are drawn onto
// reserved pages once the page numbers are known), so the PDF cannot be
// streamed; the claim views are built one at a time while drawing.
func writePDF(ctx context.Context, w io.Writer, d *Data, opts Options, p *progress) error {
	v := buildView(d, opts)
	f := fpdf.New("P", "mm", "A4", "")
	doc := &pdfDoc{f: f, v: v, l: v.L, warn: opts.Warn, warned: map[string]bool{}}
	doc.setup(d)
	doc.cover()
	toc := doc.tocEntries()
	tocPage, tocY := 0, 0.0
	switch {
	case v.Few:
		toc = nil
	case f.GetY()+14+8+float64(len(toc))*pdfTOCLine <= pdfBottom:
		tocPage, tocY = 1, f.GetY()+8
	default:
		tocPage, tocY = f.PageCount()+1, pdfTopY
		doc.reserveTOC(len(toc))
	}
	newPage := toc != nil
	done, n := 0, 0
	for _, s := range v.Sections {
		if newPage || f.GetY() > pdfBottom-pdfSectionRoom {
			f.AddPage()
		} else {
			f.Ln(6)
		}
		newPage = false
		n = doc.target(toc, n)
		doc.section(s)
		for _, c := range s.Claims {
			if f.GetY() > pdfBottom-45 {
				f.AddPage()
			}
			n = doc.target(toc, n)
			doc.claim(v.claim(c))
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
	doc.drawTOC(toc, tocPage, tocY)
	doc.footers(last)
	if err := f.Output(w); err != nil {
		return claims.Internal(err, "The PDF report could not be written.")
	}
	return nil
}

// setup sets the document properties, fonts, margins and the header; the
// footers are drawn at the end by footers.
func (d *pdfDoc) setup(data *Data) {
	f, v := d.f, d.v
	d.cur = Warning{Text: shorten(v.Title, 60)}
	if data.Scope.ArticleID != "" {
		d.cur.ArticleID = data.Scope.ArticleID
	}
	d.title = d.text(shorten(v.Title, 110))
	d.left = d.l.Generated + " " + v.Generated
	if v.Org != "" {
		d.left = d.text(v.Org) + " · " + d.left
	}
	f.SetCompression(true)
	f.SetCatalogSort(true)
	f.SetCreationDate(data.GeneratedAt)
	f.SetModificationDate(data.GeneratedAt)
	f.SetTitle(pdfMeta(v.Title), true)
	f.SetCreator("Claimdesk", true)
	f.SetProducer("Claimdesk", true)
	if v.Org != "" {
		f.SetAuthor(pdfMeta(v.Org), true)
	}
	f.SetLang(v.L.Lang)
	addPDFFonts(f)
	f.SetMargins(pdfMargin, pdfTopY, pdfMargin)
	f.SetAutoPageBreak(true, 297-pdfBottom)
	f.SetHeaderFunc(d.header)
}

// text makes s safe to draw (see pdfText); a marker put in is noted for the
// claim or article being drawn and warned about once.
func (d *pdfDoc) text(s string) string {
	out, marked := pdfText(s)
	if marked {
		d.marked = true
		key := d.cur.ClaimID + "/" + d.cur.ArticleID
		if !d.warned[key] {
			d.warned[key] = true
			if d.warn != nil {
				w := d.cur
				w.Kind = WarnGlyphs
				d.warn(w)
			}
		}
	}
	return out
}

// begin starts drawing a claim (or an article, claimID "") for warnings.
func (d *pdfDoc) begin(claimID, articleID, text string) {
	d.cur = Warning{ClaimID: claimID, ArticleID: articleID, Text: shorten(text, 60)}
	d.marked = false
}

// glyphNote explains the marker below a claim or article that shows one.
func (d *pdfDoc) glyphNote() {
	if !d.marked {
		return
	}
	d.font("I", 7.5, colMuted)
	d.f.MultiCell(pdfMargin+pdfWidth-d.f.GetX(), 3.8, d.l.GlyphNote, "", "L", false)
	d.marked = false
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
	f.CellFormat(pdfWidth, 4, d.title, "", 0, "L", false, 0, "")
	f.SetDrawColor(colLine[0], colLine[1], colLine[2])
	f.SetLineWidth(0.2)
	f.Line(pdfMargin, 15, pdfMargin+pdfWidth, 15)
	f.SetXY(pdfMargin, pdfTopY)
}

// footers draws the footer of every page once the page count is known.
// (fpdf's page-count alias would copy every page twice while writing.)
func (d *pdfDoc) footers(pages int) {
	f := d.f
	f.SetAutoPageBreak(false, 0)
	for n := 1; n <= pages; n++ {
		f.SetPage(n)
		f.SetFont(pdfFont, "B", 1) // select the font anew on each revisited page
		d.font("", 8, colMuted)
		f.SetXY(pdfMargin, 297-14)
		f.CellFormat(pdfWidth/2, 4, d.left, "", 0, "L", false, 0, "")
		f.CellFormat(pdfWidth/2, 4, fmt.Sprintf(d.l.Page, n, pages), "", 0, "R", false, 0, "")
	}
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
	f.MultiCell(pdfWidth, 9.5, d.text(v.Title), "", "L", false)
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
	d.glyphNote() // for the title or the organisation
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
		f.CellFormat(38, size*0.55, r.Label, "", 0, "L", false, 0, "")
		if r.Link != "" {
			d.font("", size-1, colAccent)
			d.linkCell(pdfWidth-38, size*0.55, d.text(shownURL(r.Value)), r.Link)
			continue
		}
		d.font("", size-1, colInk)
		f.MultiCell(pdfWidth-38, size*0.55, d.text(r.Value), "", "L", false)
	}
}

// badge draws the verdict label on its colour at the current position and
// moves right of it.
func (d *pdfDoc) badge(v verdictView, size float64) {
	f := d.f
	d.f.SetFont(pdfFont, "B", size)
	label := d.text(v.Label)
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

// linkCell draws s wrapped in a column w wide from the current position
// and makes the drawn lines one link to url: the URL is stored once, however
// many lines the text takes.
func (d *pdfDoc) linkCell(w, h float64, s, url string) {
	f := d.f
	x, y, page := f.GetX(), f.GetY(), f.PageNo()
	f.MultiCell(w, h, s, "", "L", false)
	if f.PageNo() != page {
		y = pdfTopY // continued on a new page: link the part there
	}
	if f.GetY() > y {
		f.LinkString(x, y, w, f.GetY()-y, url)
	}
}

func articleID(s *sectionView) string {
	if s.Article == nil {
		return ""
	}
	return s.Article.ID
}
