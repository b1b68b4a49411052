package report

import (
	"strconv"
	"strings"
)

// section draws an article heading with its metadata.
func (d *pdfDoc) section(s *sectionView) {
	f := d.f
	d.begin("", articleID(s), s.Title)
	f.Bookmark(d.text(shorten(s.Title, 80)), 0, -1)
	d.font("B", 16, colInk)
	f.MultiCell(pdfWidth, 7.5, d.text(s.Title), "", "L", false)
	f.Ln(2)
	if len(s.Meta) > 0 {
		d.metaRows(s.Meta, 9.5)
	}
	d.glyphNote()
	f.SetDrawColor(colLine[0], colLine[1], colLine[2])
	f.SetLineWidth(0.3)
	f.Line(pdfMargin, f.GetY()+2, pdfMargin+pdfWidth, f.GetY()+2)
	f.Ln(6)
}

// claim draws one claim: text, verdict badge, facts, rationale, evidence by
// stance and the short history.
func (d *pdfDoc) claim(c *claimView) {
	f, l := d.f, d.l
	d.begin(c.C.ID, "", c.C.Text)
	f.Bookmark(d.text(c.Num+". "+shorten(c.C.Text, 70)), 1, -1)
	r, g, b := rgb(c.Verdict.Color)
	f.SetDrawColor(r, g, b)
	f.SetLineWidth(0.9)
	f.Line(pdfMargin, f.GetY(), pdfMargin+pdfWidth, f.GetY())
	f.Ln(2.5)

	d.font("", 11, colMuted)
	f.SetX(pdfMargin)
	f.CellFormat(9, 5.6, c.Num, "", 0, "L", false, 0, "")
	d.font("B", 11, colInk)
	f.MultiCell(pdfWidth-9, 5.6, d.text(quote(c.C.Text, l.Lang)), "", "L", false)
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
	f.MultiCell(pdfMargin+pdfWidth-f.GetX(), 5.6, d.text(strings.Join(facts, " · ")), "", "L", false)
	d.block(9)
	if c.C.Conclusion != "" {
		d.font("I", 10, colInk)
		f.MultiCell(pdfWidth-9, 5, d.text(c.C.Conclusion), "", "L", false)
	}
	if c.Tags != "" {
		d.font("", 8.5, colMuted)
		f.MultiCell(pdfWidth-9, 4.5, d.text(l.Tags+": "+c.Tags), "", "L", false)
	}
	if c.C.Detached {
		d.font("I", 8.5, [3]int{0x8a, 0x4b, 0x00})
		f.MultiCell(pdfWidth-9, 4.5, l.Detached, "", "L", false)
	}
	if c.C.Rationale != "" {
		d.heading(l.Rationale)
		d.font("", 9.5, colInk)
		for _, p := range paragraphs(c.C.Rationale) {
			f.MultiCell(pdfWidth-9, 4.8, d.text(p), "", "L", false)
			f.Ln(1)
		}
	}
	d.heading(l.Evidence)
	if len(c.Groups) == 0 {
		d.font("I", 9, colMuted)
		f.MultiCell(pdfWidth-9, 4.6, l.NoEvidence, "", "L", false)
	}
	for _, grp := range c.Groups {
		d.stance(grp)
	}
	d.earlier(c)
	if len(c.History) > 0 {
		d.heading(l.History)
		d.font("", 7.8, colMuted)
		for _, h := range c.History {
			f.MultiCell(pdfWidth-9, 3.8, d.text(h.At+" · "+h.Actor+" · "+h.Text), "", "L", false)
		}
		if c.Earlier != "" {
			f.MultiCell(pdfWidth-9, 3.8, c.Earlier, "", "L", false)
		}
	}
	f.SetX(pdfMargin + 9)
	d.glyphNote()
	f.SetLeftMargin(pdfMargin)
	f.Ln(7)
}

// block indents the following text of a claim by x millimetres.
func (d *pdfDoc) block(x float64) {
	d.f.SetLeftMargin(pdfMargin + x)
	d.f.SetX(pdfMargin + x)
}

// heading draws a small upper-case heading inside a claim.
func (d *pdfDoc) heading(s string) {
	f := d.f
	f.Ln(1.5)
	d.font("B", 7.5, colMuted)
	f.SetX(pdfMargin + 9)
	f.CellFormat(pdfWidth-9, 4.5, strings.ToUpper(s), "", 1, "L", false, 0, "")
}

// stanceInk are the colours of the stance markers.
var stanceInk = map[string][3]int{
	"supports": {0x2e, 0x7d, 0x32},
	"refutes":  {0xc6, 0x28, 0x28},
	"context":  {0x75, 0x75, 0x75},
}

// stance draws one stance group with its evidence items.
func (d *pdfDoc) stance(g *stanceGroup) {
	f := d.f
	col, ok := stanceInk[string(g.Stance)]
	if !ok {
		col = colMuted
	}
	f.SetX(pdfMargin + 9)
	f.SetFillColor(col[0], col[1], col[2])
	f.Rect(pdfMargin+9, f.GetY()+1.1, 2.2, 2.2, "F")
	f.SetX(pdfMargin + 13)
	d.font("B", 9, col)
	f.CellFormat(pdfWidth-13, 4.6, d.text(g.Label)+" ("+strconv.Itoa(len(g.Items))+")", "", 1, "L", false, 0, "")
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
		f.MultiCell(w, 4.4, d.text(title), "", "L", false)
	}
	if e.Meta != "" {
		d.font("", 8, colMuted)
		f.MultiCell(w, 4, d.text(e.Meta), "", "L", false)
	}
	if e.RawURL != "" && e.RawURL != e.Title {
		d.font("", 7.5, colMuted)
		f.MultiCell(w, 3.8, d.text(shownURL(e.RawURL)), "", "L", false)
	}
	if e.E.Excerpt != "" {
		d.font("I", 9, colInk)
		f.MultiCell(w, 4.4, d.text(quote(e.E.Excerpt, l.Lang)), "", "L", false)
	}
	if e.E.Note != "" {
		d.font("", 8.5, colInk)
		f.MultiCell(w, 4.2, d.text(l.Note+": "+e.E.Note), "", "L", false)
	}
	for _, s := range e.Snapshots {
		d.font("", 7.5, colMuted)
		f.MultiCell(w, 3.8, d.text(l.Snapshot+": "+s.Name), "", "L", false)
		f.SetFont(pdfMono, "", 6.8)
		f.MultiCell(w, 3.6, "sha256:"+s.SHA256, "", "L", false)
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
