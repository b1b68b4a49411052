package extract

import "testing"

// TestReportSpeakerDE checks verbs of reporting beyond the lexicon's: the
// known person before or after the verb when the verb has its preposition
// or closing particle, and nobody without them or for a reflexive use.
func TestReportSpeakerDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Mira Kolb leitet das Amt. Kolb pochte darauf, dass Geld fehle.":                                     "Mira Kolb",
		"Mira Kolb leitet das Amt. Gleichzeitig pochte Kolb auf eine Reform.":                                "Mira Kolb",
		"Mira Kolb leitet das Amt. Für den Bau schlug Kolb eine neue Halle vor.":                             "Mira Kolb",
		"Mira Kolb leitet das Amt. Kolb schloss nicht aus, dass die Halle schließt.":                         "Mira Kolb",
		"Mira Kolb leitet das Amt. Dennoch hält auch sie es für möglich, dass die Halle bleibt.":             "Mira Kolb",
		"Mira Kolb leitet das Amt. Auch Kolb stellt fest: Die Halle ist zu klein.":                           "Mira Kolb",
		"Mira Kolb leitet das Amt. Auch Kolb teilt mit, dass die Halle schließt.":                            "Mira Kolb",
		"Mira Kolb leitet das Amt. Den Neubau der Halle stellte Kolb in Frage.":                              "Mira Kolb",
		"Mira Kolb leitet das Amt. Kolb prangerte die Zustände in der Halle an.":                             "Mira Kolb",
		"Mira Kolb leitet das Amt. Kolb gab im Prozess zu Protokoll, dass die Halle brannte.":                "Mira Kolb",
		"Mira Kolb leitet das Amt. Kolb teilt den Kuchen mit den Gästen.":                                    "",
		"Mira Kolb leitet das Amt. Seit 2020 hätten drei Ärzte und die Apotheke geschlossen, zählt sie auf.": "Mira Kolb",
		"Mira Kolb leitet das Amt. Kolb zählt die Stimmen.":                                                  "",
		"Mira Kolb leitet das Amt. Kolb schlug die Tür zu.":                                                  "",
		"Mira Kolb leitet das Amt. Kolb verspricht sich viel von der Halle.":                                 "",
	})
}
