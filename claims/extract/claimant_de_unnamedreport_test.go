package extract

import "testing"

// TestUnnamedReportDE checks that "zufolge" after reports that name no
// source gives no claimant, and that a possessor or a named source does.
func TestUnnamedReportDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Unbestätigten Berichten zufolge ist der Minister zurückgetreten.":                           "",
		"Die Fähre ist Medienberichten zufolge auf Grund gelaufen.":                                  "",
		"Ersten Schätzungen zufolge entstand ein Schaden von zwei Millionen Euro.":                   "",
		"Gouverneurin Kate Morrow warnte vor dem Feuer. Morrows Angaben zufolge brennen 400 Hektar.": "Kate Morrow",
		"Einem Bericht der Stadtwerke zufolge steigen die Preise.":                                   "Stadtwerke",
	})
	for w, want := range map[string]bool{"zeitungsberichten": true, "angaben": true, "regierungsangaben": false, "experten": false} {
		if got := reportNounDE(w); got != want {
			t.Errorf("reportNounDE(%q) = %v, want %v", w, got, want)
		}
	}
}
