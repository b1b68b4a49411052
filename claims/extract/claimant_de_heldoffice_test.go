package extract

import "testing"

// TestHeldOfficeDE checks that a compound of "Amt" naming a post one holds
// ("Lehramt", "Ehrenamt") is no body a bare "ein Sprecher" speaks for,
// while an authority ("Gesundheitsamt") still is.
func TestHeldOfficeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Viele Studierende wählen das Lehramt. Die Prüfung sei zu schwer, teilte ein Sprecher mit.": "Sprecher",
		"Viele Rentner arbeiten im Ehrenamt. Die Prüfung sei zu schwer, teilte ein Sprecher mit.":   "Sprecher",
		"Das Gesundheitsamt prüft die Schule. Die Prüfung sei zu schwer, teilte ein Sprecher mit.":  "Gesundheitsamt",
	})
}
