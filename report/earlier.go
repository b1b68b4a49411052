package report

import (
	"bufio"
	"context"
	"fmt"
	"time"

	"claimdesk/claims"
)

// EarlierCheck is an earlier fact-check a claim was linked to ("same
// claim"): an archive record with its provenance, as a report shows it
// when Options.EarlierChecks is set.
type EarlierCheck struct {
	Archive   string    `json:"archive"`
	Publisher string    `json:"publisher,omitempty"`
	Verdict   string    `json:"verdict,omitempty"` // as the publisher wrote it
	URL       string    `json:"url,omitempty"`
	Date      time.Time `json:"date,omitzero"` // of the checked claim
	Text      string    `json:"text"`
}

// CollectEarlier adds to d, for each of its claims, the archive records the
// claim is linked to. Reports show them with Options.EarlierChecks; archive
// records never appear in a report otherwise.
func (d *Data) CollectEarlier(ctx context.Context, a claims.ArchiveService) error {
	archives, err := a.Archives(ctx)
	if err != nil {
		return err
	}
	names := map[string]string{}
	for _, ar := range archives {
		names[ar.ID] = ar.Name
	}
	d.Earlier = map[string][]EarlierCheck{}
	for _, c := range d.Claims {
		if err := ctx.Err(); err != nil {
			return err
		}
		g, err := a.Group(ctx, c.ID)
		if err != nil {
			if claims.ErrorCode(err) == claims.ENOTFOUND {
				continue
			}
			return err
		}
		for _, id := range g.RecordIDs {
			r, err := a.ArchiveRecord(ctx, id)
			if err != nil {
				return err
			}
			d.Earlier[c.ID] = append(d.Earlier[c.ID], EarlierCheck{Archive: names[r.ArchiveID],
				Publisher: r.Publisher, Verdict: r.Verdict, URL: r.URL, Date: r.ClaimDate, Text: r.Text})
		}
	}
	return nil
}

// earlierView is an earlier check as the documents show it.
type earlierView struct {
	Text    string
	Line    string // archive · publisher · date
	Verdict string
	URL     string // safe link or ""
	RawURL  string
}

// earlierChecks builds the views of claimID's earlier checks.
func (v *docView) earlierChecks(claimID string) []earlierView {
	var out []earlierView
	for _, e := range v.x.earlier[claimID] {
		line := ""
		for _, s := range []string{e.Archive, e.Publisher, v.L.date(e.Date, v.loc)} {
			if s == "" {
				continue
			}
			if line != "" {
				line += " · "
			}
			line += s
		}
		out = append(out, earlierView{Text: e.Text, Line: line, Verdict: e.Verdict, URL: safeURL(e.URL), RawURL: e.URL})
	}
	return out
}

// mdEarlier writes a claim's earlier checks in Markdown.
func mdEarlier(b *bufio.Writer, c *claimView, l *labels) {
	if len(c.EarlierChecks) == 0 {
		return
	}
	fmt.Fprintf(b, "#### %s\n\n", l.EarlierChecks)
	for _, e := range c.EarlierChecks {
		b.WriteString("- ")
		if e.Verdict != "" {
			fmt.Fprintf(b, "**%s: %s** · ", l.Verdict, mdInline(e.Verdict))
		}
		b.WriteString(mdInline(e.Text))
		if e.Line != "" {
			fmt.Fprintf(b, " · %s", mdInline(e.Line))
		}
		if e.URL != "" {
			fmt.Fprintf(b, " · <%s>", mdURL(e.URL))
		} else if e.RawURL != "" {
			fmt.Fprintf(b, " · %s", mdInline(e.RawURL))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

// earlier draws a claim's earlier checks in the PDF.
func (d *pdfDoc) earlier(c *claimView) {
	if len(c.EarlierChecks) == 0 {
		return
	}
	f, l := d.f, c.L
	d.heading(l.EarlierChecks)
	for _, e := range c.EarlierChecks {
		if e.Verdict != "" {
			d.font("B", 9, colInk)
			f.MultiCell(pdfWidth-9, 4.6, d.text(l.Verdict+": "+e.Verdict))
		}
		d.font("", 9, colInk)
		f.MultiCell(pdfWidth-9, 4.6, d.text(e.Text))
		d.font("", 8, colMuted)
		for _, s := range []string{e.Line, e.RawURL} {
			if s != "" {
				f.MultiCell(pdfWidth-9, 4, d.text(s))
			}
		}
		f.Ln(1)
	}
}
