package report

import (
	"context"
	"fmt"
	"io"
	"strings"

	"claimdesk/claims"
	"claimdesk/report/internal/pdfw"
)

// Page geometry of the PDF report, in millimetres (A4 portrait), and the
// page size in points.
const (
	pdfA4Width  = 595.28
	pdfA4Height = 841.89

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
	colInk    = pdfw.RGB{0x1d, 0x23, 0x29}
	colMuted  = pdfw.RGB{0x5f, 0x6b, 0x76}
	colAccent = pdfw.RGB{0x1f, 0x4e, 0x79}
	colLine   = pdfw.RGB{0xd9, 0xde, 0xe3}
)

// pdfDoc renders one PDF report.
type pdfDoc struct {
	w     *pdfw.Writer
	f     *pdfw.Flow
	fonts map[string]*pdfw.Font // by style: "", "B", "I" and "mono"
	v     *docView
	l     *labels

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
// Each page is written as soon as the next one starts (see pdfw); only the
// pages of the contents are held until the page numbers are known, and the
// footers ("page N of M") are drawn on top of every page at the end. The
// claim views are built one at a time while drawing.
func writePDF(ctx context.Context, w io.Writer, d *Data, opts Options, p *progress) error {
	v := buildView(d, opts)
	doc := &pdfDoc{v: v, l: v.L, warn: opts.Warn, warned: map[string]bool{}}
	err := doc.setup(w, d)
	defer doc.w.Abort() // stops the writer on an early return; nothing after Close
	if err != nil {
		return claims.Internal(err, "The PDF report could not be made.")
	}
	f := doc.f
	doc.cover()
	toc := doc.tocEntries()
	tocPage, tocY := 0, 0.0
	switch {
	case v.Few:
		toc = nil
	case f.GetY()+14+8+float64(len(toc))*pdfTOCLine <= pdfBottom:
		tocPage, tocY = 1, f.GetY()+8
		f.Hold()
	default:
		tocPage, tocY = f.PageNo()+1, pdfTopY
		doc.reserveTOC(len(toc))
	}
	if err := doc.body(ctx, toc, p); err != nil {
		return err
	}
	f.Finish()
	doc.drawTOC(toc, tocPage, tocY)
	if err := doc.w.Close(); err != nil {
		return claims.Internal(err, "The PDF report could not be written.")
	}
	return nil
}

// body draws every article with its claims, each page written when done.
func (d *pdfDoc) body(ctx context.Context, toc []tocEntry, p *progress) error {
	f, v := d.f, d.v
	newPage := toc != nil
	done, n := 0, 0
	for _, s := range v.Sections {
		if newPage || f.GetY() > pdfBottom-pdfSectionRoom {
			f.AddPage()
		} else {
			f.Ln(6)
		}
		newPage = false
		n = d.target(toc, n)
		d.section(s)
		for _, c := range s.Claims {
			if f.GetY() > pdfBottom-45 {
				f.AddPage()
			}
			n = d.target(toc, n)
			d.claim(v.claim(c))
			done++
			if err := p.tick(ctx, done); err != nil {
				return err
			}
			if err := d.w.Err(); err != nil {
				return claims.Internal(err, "The PDF report could not be written.")
			}
		}
	}
	return nil
}

// setup starts the document on w with its properties and fonts, margins,
// the header and the footers.
func (d *pdfDoc) setup(w io.Writer, data *Data) error {
	v := d.v
	d.cur = Warning{Text: shorten(v.Title, 60)}
	if data.Scope.ArticleID != "" {
		d.cur.ArticleID = data.Scope.ArticleID
	}
	d.title = d.text(shorten(v.Title, 110))
	d.left = d.l.Generated + " " + v.Generated
	if v.Org != "" {
		d.left = d.text(v.Org) + " · " + d.left
	}
	d.w = pdfw.New(w, pdfA4Width, pdfA4Height, pdfw.Info{
		Title: pdfMeta(v.Title), Author: pdfMeta(v.Org), Creator: "Claimdesk", Producer: "Claimdesk",
		Lang: v.L.Lang, Created: data.GeneratedAt, Modified: data.GeneratedAt,
	})
	fonts, err := addPDFFonts(d.w)
	if err != nil {
		return err
	}
	d.fonts = fonts
	d.f = pdfw.NewFlow(d.w, pdfMargin, pdfTopY, pdfMargin, 297-pdfBottom)
	d.f.Header = d.header
	d.f.SetOverlay(d.footer)
	return nil
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
	d.f.MultiCell(pdfMargin+pdfWidth-d.f.GetX(), 3.8, d.l.GlyphNote)
	d.marked = false
}

// font sets the font of style at size and the text colour col.
func (d *pdfDoc) font(style string, size float64, col pdfw.RGB) {
	d.f.SetFont(d.fonts[style], size)
	d.f.SetTextColor(col)
}

// header draws the running header (the title and a rule) on every page
// but the first.
func (d *pdfDoc) header() {
	if d.f.PageNo() == 1 {
		return
	}
	f := d.f
	d.font("", 8, colMuted)
	f.SetXY(pdfMargin, 10)
	f.Cell(pdfWidth, 4, d.title, pdfw.Left, pdfw.Beside, nil)
	f.SetDrawColor(colLine)
	f.SetLineWidth(0.2)
	f.Line(pdfMargin, 15, pdfMargin+pdfWidth, 15)
	f.SetXY(pdfMargin, pdfTopY)
}

// footer draws the footer of page n of pages, once the count is known.
func (d *pdfDoc) footer(n, pages int) {
	f := d.f
	d.font("", 8, colMuted)
	f.SetXY(pdfMargin, 297-14)
	f.Cell(pdfWidth/2, 4, d.left, pdfw.Left, pdfw.Beside, nil)
	f.Cell(pdfWidth/2, 4, fmt.Sprintf(d.l.Page, n, pages), pdfw.Right, pdfw.Beside, nil)
}

// cover draws the title page with the report facts and the verdict summary.
func (d *pdfDoc) cover() {
	f, v, l := d.f, d.v, d.l
	f.AddPage()
	f.SetY(40)
	if v.Title != l.Report {
		d.font("B", 9, colAccent)
		f.Cell(pdfWidth, 5, strings.ToUpper(l.Report), pdfw.Left, pdfw.Next, nil)
		f.Ln(2)
	}
	d.font("B", 22, colInk)
	f.MultiCell(pdfWidth, 9.5, d.text(v.Title))
	f.SetDrawColor(colAccent)
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
	f.Cell(pdfWidth, 7, l.Summary, pdfw.Left, pdfw.Next, nil)
	f.Ln(2)
	if len(v.Summary) == 0 {
		d.font("", 10, colMuted)
		f.Cell(pdfWidth, 6, l.SummaryNoClaims, pdfw.Left, pdfw.Next, nil)
	}
	for _, s := range v.Summary {
		d.badge(s.Verdict, 9.5)
		d.font("", 10, colInk)
		f.SetX(pdfMargin + 70)
		f.Cell(20, 6.5, fmt.Sprint(s.N), pdfw.Right, pdfw.Next, nil)
		f.Ln(1.5)
	}
}

// metaRows draws label/value pairs in two columns.
func (d *pdfDoc) metaRows(rows []metaRow, size float64) {
	f := d.f
	for _, r := range rows {
		d.font("", size-1, colMuted)
		f.SetX(pdfMargin)
		f.Cell(38, size*0.55, r.Label, pdfw.Left, pdfw.Beside, nil)
		if r.Link != "" {
			d.font("", size-1, colAccent)
			d.linkCell(pdfWidth-38, size*0.55, d.text(shownURL(r.Value)), r.Link)
			continue
		}
		d.font("", size-1, colInk)
		f.MultiCell(pdfWidth-38, size*0.55, d.text(r.Value))
	}
}

// badge draws the verdict label on its colour at the current position and
// moves right of it.
func (d *pdfDoc) badge(v verdictView, size float64) {
	f := d.f
	d.f.SetFont(d.fonts["B"], size)
	label := d.text(v.Label)
	w := f.StringWidth(label) + 6
	h := size * 0.62
	x, y := f.GetX(), f.GetY()
	f.SetFillColor(rgbOf(v.Color))
	f.RoundedRect(x, y, w, h, h/2)
	f.SetTextColor(rgbOf(v.Ink))
	f.SetXY(x, y)
	f.Cell(w, h, label, pdfw.Center, pdfw.Beside, nil)
	f.SetX(x + w + 3)
}

// linkCell draws s wrapped in a column w wide from the current position
// and makes the drawn lines one link to url: the URL is stored once, however
// many lines the text takes.
func (d *pdfDoc) linkCell(w, h float64, s, url string) {
	f := d.f
	x, y, page := f.GetX(), f.GetY(), f.PageNo()
	f.MultiCell(w, h, s)
	if f.PageNo() != page {
		y = pdfTopY // continued on a new page: link the part there
	}
	if f.GetY() > y {
		f.LinkURI(x, y, w, f.GetY()-y, url)
	}
}

// rgbOf returns the colour of a "#rrggbb" string.
func rgbOf(c string) pdfw.RGB {
	r, g, b := rgb(c)
	return pdfw.RGB{uint8(r), uint8(g), uint8(b)}
}

// articleID returns the ID of the section's article, "" for the claims
// without article.
func articleID(s *sectionView) string {
	if s.Article == nil {
		return ""
	}
	return s.Article.ID
}
