package extract

import "testing"

// TestObjectBeforeVerbDE checks a German verb of saying in the infinitive
// after a modal or in a passive: the word before it is no speaker, while
// a subject right after the modal still is.
func TestObjectBeforeVerbDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Zeitungen waren sich sicher: Nun, nach seiner Rückkehr ins Amt, würde er Erleichterungen verkünden, Schritt um Schritt.":                                           "",
		"Die Kasse prüft noch, welche Leistungen im neuen Tarif versichert seien.":                                                                                              "",
		"Wiebke Aldag leitet das Amt seit 2019. Schnell räumt sie mit ihrem Team Büros frei. Später wird Aldag sagen, sie sei froh. „Wir hatten immer eine Reserve“, sagt sie.": "Wiebke Aldag",
		"Die Gemeinde Talheim teilte mit, dass die Brücke am Montag wieder für den Verkehr freigegeben werde.":                                                                  "Gemeinde Talheim",
	})
}
