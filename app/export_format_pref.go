package app

import (
	"slices"

	"claimdesk/report"
)

// prefExportFormat keeps the format of the last export started, so that
// the Export dialog opens on it: walk28 exported PDF, CSV and a bundle in
// a row and had to choose the format anew each time (it opened on HTML).
const prefExportFormat = "export.format"

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

// saveFormat keeps the chosen format for the next export.
func (d *exportDialog) saveFormat() {
	if p := d.u.prefs; p != nil {
		p.SetString(prefExportFormat, string(d.selectedFormat()))
	}
}
