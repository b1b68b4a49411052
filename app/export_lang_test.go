package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestExportLanguageOnlyWhereItCounts: "Sprache des Berichts" can be chosen
// for the formats whose words follow it (reports, CSV labels, ClaimReview
// verdict names) and is greyed out for JSON and the exchange bundle, whose
// fields are the same in every language; it was offered for all formats.
func TestExportLanguageOnlyWhereItCounts(t *testing.T) {
	f := newGermanFixture(t)
	f.do(f.s.onExport)
	d := f.s.exporter
	for _, c := range []struct {
		format   string
		disabled bool
	}{
		{"HTML", false}, {"PDF", false}, {"Markdown", false}, {"CSV", false},
		{"ClaimReview (JSON-LD)", false}, {"JSON", true}, {"Austauschpaket (.zip)", true}, {"HTML", false},
	} {
		f.do(func() { d.format.SetSelected(c.format) })
		if d.format.Selected != c.format {
			t.Fatalf("no format %q among %q", c.format, d.format.Options)
		}
		if d.lang.Disabled() != c.disabled {
			t.Errorf("%s: language disabled %v, want %v", c.format, d.lang.Disabled(), c.disabled)
		}
	}
	f.do(func() { test.Tap(f.topDialogButton("Abbrechen")) })
}
