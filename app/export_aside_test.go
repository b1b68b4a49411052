package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestExportNamesListFiltersItCannotTake: exported from a claims list
// narrowed by words, the Export dialog says that the words do not apply.
// Seen in the German window: the list showed 18 claims for "Schulen", the
// dialog said nothing, and the export would have held all 2,505.
func TestExportNamesListFiltersItCannotTake(t *testing.T) {
	f := newGermanFixture(t)
	f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
	f.addClaim("Der Haushalt wächst um 3 Prozent.")
	v := f.s.claims
	f.do(func() { f.s.show(viewClaims) })

	f.do(f.s.onExport) // no words: no note
	if d := f.s.exporter; d.aside.Visible() {
		t.Fatalf("a note without words in the list: %q", d.aside.Text)
	}
	f.do(func() { test.Tap(f.topDialogButton("Abbrechen")) })

	f.do(func() { v.setQuery("Mieten") })
	f.do(f.s.onExport)
	d := f.s.exporter
	if !d.aside.Visible() || !strings.Contains(d.aside.Text, "Diese Filter der Liste gelten für den Export nicht: die Wörter „Mieten“") {
		t.Fatalf("note %q (shown %v)", d.aside.Text, d.aside.Visible())
	}
	f.do(func() { test.Tap(f.topDialogButton("Abbrechen")) })
}
