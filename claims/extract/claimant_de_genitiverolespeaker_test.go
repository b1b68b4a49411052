package extract

import "testing"

// TestGenitiveRoleSpeakerDE checks a noun of office with its genitive
// after the person's quotes some units before (invented sentences): the
// claimant is the last speaker of its gender the text knows by a full
// name; with no such speaker the description stays.
func TestGenitiveRoleSpeakerDE(t *testing.T) {
	const later = "Die Schule ist alt. Die Räume sind groß. Die Kurse am Abend sind voll. „Es bröckelt“, sagt der Inhaber der Tanzschule."
	checkLast(t, "de", map[string]string{
		"Bernd Kolb betreibt die Tanzschule in Harbor City. „Wir tanzen weiter“, sagt Bernd Kolb. " + later: "Bernd Kolb",
		"Die Tanzschule am Markt hat neue Kurse. " + later:                                                  "Inhaber der Tanzschule",
	})
}
