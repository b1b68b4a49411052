package app

import (
	"slices"
	"strings"

	"claimdesk/report"
)

// prefExportFormat keeps the format of the last export started, so that
// the Export dialog opens on it: walk28 exported PDF, CSV and a bundle in
// a row and had to choose the format anew each time (it opened on HTML).
const prefExportFormat = "export.format"

// prefExportOrg and prefExportReviewURL keep the ClaimReview's organisation
// and review address of the last export started: walk29 typed both anew
// for each ClaimReview export (the dialog opened with them empty).
const (
	prefExportOrg       = "export.org"
	prefExportReviewURL = "export.reviewURL"
)

// savedFormatIndex returns the index in exportFormats of the format of
// the last export started, else 0 (HTML).
func (d *exportDialog) savedFormatIndex() int {
	if p := d.u.prefs; p != nil {
		if i := slices.Index(exportFormats, report.Format(p.String(prefExportFormat))); i >= 0 {
			return i
		}
	}
	return 0
}

// saveFormat keeps the chosen format for the next export, and for a
// ClaimReview its organisation and review address.
func (d *exportDialog) saveFormat() {
	p := d.u.prefs
	if p == nil {
		return
	}
	p.SetString(prefExportFormat, string(d.selectedFormat()))
	if d.selectedFormat() == report.ClaimReview {
		p.SetString(prefExportOrg, strings.TrimSpace(d.org.Text))
		p.SetString(prefExportReviewURL, strings.TrimSpace(d.reviewURL.Text))
	}
}

// restoreReviewFields fills the organisation and the review address with
// those of the last ClaimReview export.
func (d *exportDialog) restoreReviewFields() {
	if p := d.u.prefs; p != nil {
		d.org.SetText(p.String(prefExportOrg))
		d.reviewURL.SetText(p.String(prefExportReviewURL))
	}
}
