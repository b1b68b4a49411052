package extract

import "testing"

// TestDativeAdjectiveDE checks a name's opening adjective in the dative
// cited in the nominative: strong -em without an article, weak -en after
// "dem"/"vom", masculine or neuter by the head noun; an -en with no dative
// word before it and a place name in -en left as they are.
func TestDativeAdjectiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Laut Städtischem Bauamt bleibt der Steg bis Mai gesperrt.":          "Städtisches Bauamt",
		"Laut Regionalem Fährverband fielen im Juli 40 Fahrten aus.":         "Regionaler Fährverband",
		"Dem Städtischen Bauamt zufolge bleibt der Steg bis Mai gesperrt.":   "Städtisches Bauamt",
		"Dem Regionalen Fährverband zufolge fielen im Juli 40 Fahrten aus.":  "Regionaler Fährverband",
		"Laut Regionaler Hafenbehörde fielen im Juli 40 Fahrten aus.":        "Regionale Hafenbehörde",
		"Laut Velder Hafenbehörde fielen im Juli 40 Fahrten aus.":            "Velder Hafenbehörde",
		"Der Regionalen Hafenbehörde zufolge fielen im Juli 40 Fahrten aus.": "Regionale Hafenbehörde",
		// the head noun's gender, not that of the remit after it
		"Dem Städtischen Institut für Bodenkunde zufolge sank der Pegel um 2 Meter.": "Städtisches Institut für Bodenkunde",
		"Laut dem Regionalen Amt für Häfen fielen im Juli 40 Fahrten aus.":           "Regionales Amt für Häfen",
	})
	for _, who := range []string{"Europäischen Parlament", "Bremen Nord", "Jan Roth"} {
		if got := dativeAdjectiveDE(nil, "", who); got != who {
			t.Errorf("%q: got %q", who, got)
		}
	}
}
