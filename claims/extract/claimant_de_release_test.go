package extract

import "testing"

// TestReleaseDE checks a press release's "wir": the issuer its heading
// names after "Pressemitteilung der/des …", or on the line after a bare
// "Pressemitteilung" when that names a body; not a title after a bare
// "Pressemitteilung", not a quoted "wir", nor a text that is no release.
func TestReleaseDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Pressemitteilung der Kessmann Logistik GmbH\n\nUmsatz gestiegen\n\nWir haben 80 neue Lastwagen gekauft.":  "Kessmann Logistik GmbH",
		"Pressemitteilung des Landesamts für Forsten\n\nWir haben 3.000 Eichen gepflanzt.":                         "Landesamt für Forsten",
		"Pressemitteilung\n\nLandesamt für Forsten\n\nMehr Eichen\n\nUnsere Förster haben 3.000 Eichen gepflanzt.": "Landesamt für Forsten",
		"Pressemitteilung\n\nMehr Eichen im Land\n\nWir haben 3.000 Eichen gepflanzt.":                             "",
		"Pressemitteilung des Landesamts für Forsten\n\nDer Wald wächst. „Wir haben 3.000 Eichen gepflanzt.“":      "",
		"Mehr Eichen im Land\n\nWir haben 3.000 Eichen gepflanzt.":                                                 "",
	})
}
