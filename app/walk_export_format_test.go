package app

import (
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// TestWalkExportKeepsFormat is walk28's exports of PDF, CSV and a bundle in
// a row, in the German and the English window: the Export dialog opened on
// HTML each time. It opens on the format of the last export started.
func TestWalkExportKeepsFormat(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
			f.do(f.s.onExport)
			f.do(func() { f.s.exporter.format.SetSelected("PDF") })
			f.do(func() { test.Tap(f.topDialogButton(lang.L("Choose file…"))) })
			c := f.win().Canvas()
			for c.Overlays().Top() != nil { // the file dialog: the checker cancels it
				f.do(func() { c.Overlays().Remove(c.Overlays().Top()) })
			}
			f.do(f.s.onExport)
			if got := f.s.exporter.format.Selected; got != "PDF" {
				t.Errorf("the second export opened on %q, want PDF", got)
			}
		})
	}
}

// TestWalkExportKeepsReviewFields: a ClaimReview export keeps its
// organisation and review address for the next, in the German and the
// English window (walk29 typed both anew each time).
func TestWalkExportKeepsReviewFields(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
			f.do(f.s.onExport)
			d := f.s.exporter
			f.do(func() {
				d.format.SetSelected("ClaimReview (JSON-LD)")
				test.Type(d.org, "Prüfstelle Nord")
				test.Type(d.reviewURL, "https://example.org/pruefung/{id}")
			})
			f.do(func() { test.Tap(f.topDialogButton(lang.L("Choose file…"))) })
			c := f.win().Canvas()
			for c.Overlays().Top() != nil { // the file dialog: the checker cancels it
				f.do(func() { c.Overlays().Remove(c.Overlays().Top()) })
			}
			f.do(f.s.onExport)
			if d := f.s.exporter; d.org.Text != "Prüfstelle Nord" || d.reviewURL.Text != "https://example.org/pruefung/{id}" {
				t.Errorf("the next export: organisation %q, address %q", d.org.Text, d.reviewURL.Text)
			}
		})
	}
}
