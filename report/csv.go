package report

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"claimdesk/claims"
)

// CSV columns. Names are English snake_case in every language so that
// scripts can rely on them; the verdict and status labels follow Lang.
var (
	csvClaimHeader = []string{
		"claim_id", "article_id", "article_title", "article_url", "text", "claimant", "claim_date",
		"status", "verdict", "rating_id", "conclusion", "rationale", "tags", "detached",
		"evidence_supports", "evidence_refutes", "evidence_context", "created_at", "updated_at",
	}
	csvEvidenceHeader = []string{
		"evidence_id", "stance", "source_id", "source_title", "source_url", "source_publisher",
		"source_kind", "excerpt", "note", "snapshot_sha256",
	}
)

// writeCSV writes RFC 4180 CSV (CRLF line ends, quoted where needed): one
// row per claim, or with opts.Evidence one row per evidence link, the claim
// columns repeated (a claim without evidence gets one row with empty
// evidence columns). Every cell is neutralised against formula injection.
func writeCSV(ctx context.Context, w io.Writer, d *Data, opts Options, p *progress) error {
	l := labelsFor(opts.Lang)
	x := newIndex(d)
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	header := csvClaimHeader
	if opts.Evidence {
		header = append(append([]string{}, csvClaimHeader...), csvEvidenceHeader...)
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for i, c := range d.Claims {
		row := csvClaimRow(c, x, l)
		evs := x.evidence[c.ID]
		switch {
		case !opts.Evidence:
			if err := writeSafe(cw, row); err != nil {
				return err
			}
		case len(evs) == 0:
			if err := writeSafe(cw, append(row, make([]string, len(csvEvidenceHeader))...)); err != nil {
				return err
			}
		default:
			for _, e := range evs {
				if err := writeSafe(cw, append(row[:len(row):len(row)], csvEvidenceRow(e, x.sources[e.SourceID])...)); err != nil {
					return err
				}
			}
		}
		if err := p.tick(ctx, i+1); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvClaimRow returns the CSV row of claim c: its article, verdict,
// status in l's language, the counts of its evidence by stance and its times.
func csvClaimRow(c *claims.Claim, x *index, l *labels) []string {
	var title, u string
	if a := x.articles[c.ArticleID]; a != nil {
		title, u = a.Title, a.URL
	}
	verdict := ""
	if c.RatingID != "" {
		verdict = x.verdict(c, l).Label
	}
	n := map[claims.Stance]int{}
	for _, e := range x.evidence[c.ID] {
		n[e.Stance]++
	}
	return []string{
		c.ID, c.ArticleID, title, u, c.Text, c.Claimant, csvDate(c.ClaimDate), l.status(c.Status),
		verdict, c.RatingID, c.Conclusion, c.Rationale, strings.Join(c.Tags, ";"), strconv.FormatBool(c.Detached),
		strconv.Itoa(n[claims.StanceSupports]), strconv.Itoa(n[claims.StanceRefutes]), strconv.Itoa(n[claims.StanceContext]),
		csvTime(c.CreatedAt), csvTime(c.UpdatedAt),
	}
}

// csvEvidenceRow returns the CSV row of evidence e with its source s (the
// source's columns empty when s is nil).
func csvEvidenceRow(e *claims.Evidence, s *claims.Source) []string {
	row := []string{e.ID, string(e.Stance), e.SourceID, "", "", "", "", e.Excerpt, e.Note, ""}
	if s != nil {
		row[3], row[4], row[5], row[6] = s.Title, s.URL, s.Publisher, string(s.Kind)
		var h []string
		for _, sn := range s.Snapshots {
			h = append(h, sn.SHA256)
		}
		row[9] = strings.Join(h, ";")
	}
	return row
}

// csvDate returns t in UTC as YYYY-MM-DD, or "" for the zero time.
func csvDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}

// csvTime returns t in UTC as an RFC 3339 time, or "" for the zero time.
func csvTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// writeSafe neutralises every cell, then writes the row.
func writeSafe(cw *csv.Writer, row []string) error {
	for i := range row {
		row[i] = NeutralizeCell(row[i])
	}
	return cw.Write(row)
}

// NeutralizeCell protects a spreadsheet cell against formula injection
// (CWE-1236): a value starting with =, +, -, @, tab or carriage return gets
// a leading apostrophe, so spreadsheets show it as text instead of running
// it. Other values are returned unchanged.
func NeutralizeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
