package extract

import "testing"

// TestInfoCompoundDE checks a source named as the first part of a compound
// in "-Informationen" or "-Recherchen", and that such a compound without
// "nach" or "zufolge" names nobody.
func TestInfoCompoundDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach Nordkurier-Informationen hat sich eine Familie mit dem Wirt gestritten.": "Nordkurier",
		"Nordkurier-Recherchen zufolge ist der Damm seit Jahren marode.":               "Nordkurier",
		"Die Nordkurier-Informationen stammen aus dem Rathaus.":                        "",
		// a short name in lower case, as agencies write theirs
		"Nach xyz-Informationen hat sich eine Familie mit dem Wirt gestritten.": "xyz",
		"xyz-Recherchen zufolge ist der Damm seit Jahren marode.":               "xyz",
		"Nach e-Mail-Angaben ist der Damm seit Jahren marode.":                  "",
	})
}

// TestInfoCompoundDataDE checks the compounds in "-Angaben" and
// "-Schätzungen", and "-Daten" only after a short form.
func TestInfoCompoundDataDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Zahl der Unfälle liegt nach ADAC-Angaben bei 412.":           "ADAC",
		"Die Quote lag nach BKA-Schätzungen bei drei Prozent.":            "BKA",
		"Nach Landkreis-Angaben wurden 14 Menschen in Kliniken gebracht.": "Landkreis",
		"Nach KBA-Daten stieg die Zahl der Neuwagen um 4 Prozent.":        "KBA",
		"Nach Wetter-Daten regnete es im Mai an 20 Tagen.":                "",
	})
}

// TestJoinedInfoCompoundDE checks a compound of a source and "angaben"
// written as one word.
func TestJoinedInfoCompoundDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach Polizeiangaben wurden drei Menschen verletzt.":         "Polizei",
		"Nach Regierungsangaben sind 40 Menschen gestorben.":         "Regierung",
		"Er vertritt nach Eigenangaben 90 Prozent der Betriebe.":     "",
		"Nach Expertenschätzungen fehlen in Hessen 3000 Lehrkräfte.": "Experten",
		"Polizeiangaben zufolge wurden drei Menschen verletzt.":      "Polizei",
		"Regierungsangaben zufolge sind 40 Menschen gestorben.":      "Regierung",
		"Drei Menschen wurden laut Behördenangaben verletzt.":        "Behörden",
		"Laut Polizeiangaben wurden drei Menschen verletzt.":         "Polizei",
		"Laut Nordkurier-Recherchen fehlen im Kreis 40 Lehrkräfte.":  "Nordkurier",
	})
	for w, want := range map[string]string{"Ministeriums": "Ministerium", "Unternehmens": "Unternehmen", "Landes": "Landes", "Polizei": "Polizei"} {
		if got := linkingSCutDE(w); got != want {
			t.Errorf("linkingSCutDE(%q) = %q, want %q", w, got, want)
		}
	}
}
