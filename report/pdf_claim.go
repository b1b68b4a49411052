package report

import (
	"strconv"
	"strings"

	"claimdesk/report/internal/pdfw"
)

// section draws an article heading with its metadata.
func (d *pdfDoc) section(s *sectionView) {
	f := d.f
	d.begin("", articleID(s), s.Title)
	f.Bookmark(d.text(shorten(s.Title, 80)), 0)
	d.font("B", 16, colInk)
	f.MultiCell(pdfWidth, 7.5, d.text(s.Title))
	f.Ln(2)
	if len(s.Meta) > 0 {
		d.metaRows(s.Meta, 9.5)
	}
	d.glyphNote()
	f.SetDrawColor(colLine)
	f.SetLineWidth(0.3)
	f.Line(pdfMargin, f.GetY()+2, pdfMargin+pdfWidth, f.GetY()+2)
	f.Ln(6)
}

// claim draws one claim: text, verdict badge, facts, rationale, evidence by
// stance and the short history.
func (d *pdfDoc) claim(c *claimView) {
	f, l := d.f, d.l
	d.begin(c.C.ID, "", c.C.Text)
	f.Bookmark(d.text(c.Num+". "+shorten(c.C.Text, 70)), 1)
	d.claimHead(c)
	d.block(9)
	if c.C.Conclusion != "" {
		d.font("I", 10, colInk)
		f.MultiCell(pdfWidth-9, 5, d.text(c.C.Conclusion))
	}
	if c.Tags != "" {
		d.font("", 8.5, colMuted)
		f.MultiCell(pdfWidth-9, 4.5, d.text(l.Tags+": "+c.Tags))
	}
	if c.C.Detached {
		d.font("I", 8.5, pdfw.RGB{0x8a, 0x4b, 0x00})
		f.MultiCell(pdfWidth-9, 4.5, l.Detached)
	}
	if c.C.Rationale != "" {
		d.heading(l.Rationale)
		d.font("", 9.5, colInk)
		for _, p := range paragraphs(c.C.Rationale) {
			f.MultiCell(pdfWidth-9, 4.8, d.text(p))
			f.Ln(1)
		}
	}
	d.heading(l.Evidence)
	if len(c.Groups) == 0 {
		d.font("I", 9, colMuted)
		f.MultiCell(pdfWidth-9, 4.6, l.NoEvidence)
	}
	for _, grp := range c.Groups {
		d.stance(grp)
	}
	d.earlier(c)
	d.history(c)
	f.SetX(pdfMargin + 9)
	d.glyphNote()
	f.SetLeftMargin(pdfMargin)
	f.Ln(7)
}

// claimHead writes the head of a claim: a rule in its verdict's colour,
// its number and text, the verdict badge and its status, claimant and
// date.
func (d *pdfDoc) claimHead(c *claimView) {
	f, l := d.f, d.l
	f.SetDrawColor(rgbOf(c.Verdict.Color))
	f.SetLineWidth(0.9)
	f.Line(pdfMargin, f.GetY(), pdfMargin+pdfWidth, f.GetY())
	f.Ln(2.5)
	d.font("", 11, colMuted)
	f.SetX(pdfMargin)
	numW := d.numWidth(c.Num)
	f.Cell(numW, 5.6, c.Num, pdfw.Left, pdfw.Beside, nil)
	d.font("B", 11, colInk)
	f.MultiCell(pdfWidth-numW, 5.6, d.text(quote(c.C.Text, l.Lang)))
	f.Ln(1.5)
	f.SetX(pdfMargin + 9)
	d.badge(c.Verdict, 9)
	d.font("", 9, colMuted)
	facts := []string{l.Status + ": " + c.Status}
	if c.C.Claimant != "" {
		facts = append(facts, l.Claimant+": "+c.C.Claimant)
	}
	if c.ClaimDate != "" {
		facts = append(facts, l.ClaimDate+": "+c.ClaimDate)
	}
	f.MultiCell(pdfMargin+pdfWidth-f.GetX(), 5.6, d.text(strings.Join(facts, " · ")))
}

// history writes a claim's latest changes, if the report shows them.
func (d *pdfDoc) history(c *claimView) {
	if len(c.History) == 0 {
		return
	}
	f, l := d.f, d.l
	d.heading(l.History)
	d.font("", 7.8, colMuted)
	for _, h := range c.History {
		f.MultiCell(pdfWidth-9, 3.8, d.text(h.At+" · "+h.Actor+" · "+h.Text))
	}
	if c.Earlier != "" {
		f.MultiCell(pdfWidth-9, 3.8, c.Earlier)
	}
}

// numWidth is the width of the column a claim's number is drawn in, in the
// current font: the claim's indent of 9 mm, or the number's width and a
// gap when it is wider (from 1000 on), so that the number never touches
// the claim's text.
func (d *pdfDoc) numWidth(num string) float64 {
	return max(9, d.f.StringWidth(num)+1.5)
}

// block indents the following text of a claim by x millimetres.
func (d *pdfDoc) block(x float64) {
	d.f.SetLeftMargin(pdfMargin + x)
	d.f.SetX(pdfMargin + x)
}

// heading draws a small upper-case heading inside a claim, on the next
// page when what comes first under it (a line, or a stance label and its
// first line) would not fit below it.
func (d *pdfDoc) heading(s string) {
	f := d.f
	d.keepWithNext(1.5 + 4.5 + 10) // room for a stance label and a line under it
	f.Ln(1.5)
	d.font("B", 7.5, colMuted)
	f.SetX(pdfMargin + 9)
	f.Cell(pdfWidth-9, 4.5, strings.ToUpper(s), pdfw.Left, pdfw.Next, nil)
}

// keepWithNext starts a new page when fewer than h millimetres are left
// above the page's foot, so that a heading is never its last line with
// what it heads on the next page.
func (d *pdfDoc) keepWithNext(h float64) {
	if d.f.GetY()+h > pdfBottom {
		d.f.AddPage()
	}
}

// stanceInk are the colours of the stance markers.
var stanceInk = map[string]pdfw.RGB{
	"supports": {0x2e, 0x7d, 0x32},
	"refutes":  {0xc6, 0x28, 0x28},
	"context":  {0x75, 0x75, 0x75},
}

// stance draws one stance group with its evidence items.
func (d *pdfDoc) stance(g *stanceGroup) {
	f := d.f
	d.keepWithNext(4.6 + 4.4) // the label and the first source's title
	col, ok := stanceInk[string(g.Stance)]
	if !ok {
		col = colMuted
	}
	f.SetX(pdfMargin + 9)
	f.SetFillColor(col)
	f.Rect(pdfMargin+9, f.GetY()+1.1, 2.2, 2.2)
	f.SetX(pdfMargin + 13)
	d.font("B", 9, col)
	f.Cell(pdfWidth-13, 4.6, d.text(g.Label)+" ("+strconv.Itoa(len(g.Items))+")", pdfw.Left, pdfw.Next, nil)
	d.block(13)
	for _, e := range g.Items {
		d.evidence(e)
	}
	d.block(9)
}

// evidence draws one source link with its excerpt, note and snapshots.
func (d *pdfDoc) evidence(e evidenceView) {
	f, l := d.f, d.l
	w := pdfWidth - 13
	title := e.Title
	if title == e.RawURL {
		title = shownURL(title)
	}
	if e.URL != "" {
		d.font("B", 9, colAccent)
		d.linkCell(w, 4.4, d.text(title), e.URL)
	} else {
		d.font("B", 9, colInk)
		f.MultiCell(w, 4.4, d.text(title))
	}
	if e.Meta != "" {
		d.font("", 8, colMuted)
		f.MultiCell(w, 4, d.text(e.Meta))
	}
	if e.RawURL != "" && e.RawURL != e.Title {
		d.font("", 7.5, colMuted)
		f.MultiCell(w, 3.8, d.text(shownURL(e.RawURL)))
	}
	if e.E.Excerpt != "" {
		d.font("I", 9, colInk)
		f.MultiCell(w, 4.4, d.text(quote(e.E.Excerpt, l.Lang)))
	}
	if e.E.Note != "" {
		d.font("", 8.5, colInk)
		f.MultiCell(w, 4.2, d.text(l.Note+": "+e.E.Note))
	}
	for _, s := range e.Snapshots {
		d.font("", 7.5, colMuted)
		f.MultiCell(w, 3.8, d.text(l.Snapshot+": "+s.Name))
		f.SetFont(d.fonts["mono"], 6.8)
		f.MultiCell(w, 3.6, "sha256:"+s.SHA256)
	}
	f.Ln(1.8)
}

// quote puts s in the quotation marks of the language.
func quote(s, lang string) string {
	if lang == "de" {
		return "„" + s + "“"
	}
	return "“" + s + "”"
}
