package extract

import "testing"

// TestNotSayingDE checks that attributive participles, separable verbs of
// another sense and "fordern" of victims report no statement, while the
// same verbs in their sense of saying keep their speaker.
func TestNotSayingDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"In Lindau gibt es bislang 650 bestätigte Infektionen.":               "",
		"Bürgermeisterin Mira Kolb sagte ihre Teilnahme am Fest ab.":          "",
		"Wenn Klavierstunde ist, ruft der Lehrer an.":                         "",
		"In Lindau forderte das Unwetter 12 Todesopfer.":                      "",
		"Das sagte Bürgermeisterin Mira Kolb am Montag.":                      "Mira Kolb",
		"Im Mai 2019 sagte Mira Kolb, die Halle sei zu klein.":                "Mira Kolb",
		"Die Gewerkschaft forderte am Montag mehr Lohn für die Pflegekräfte.": "Gewerkschaft",
	})
}
