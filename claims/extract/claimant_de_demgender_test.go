package extract

import "testing"

// TestDemonstrativeGenderDE checks that "Dieser" / "Diese" before a verb of
// saying in the singular names the body of its gender the unit before
// named, past nouns whose article shows another gender, and no one when a
// noun of its own gender ("den Fahrplan") or a plural verb comes between.
func TestDemonstrativeGenderDE(t *testing.T) {
	const masc = "Die Reederei wandte sich an den Verkehrsausschuss und bat um eine Prüfung der Fahrpläne. "
	const fem = "Der Hafenmeister verwies auf die Zahlen der Wetterorganisation (WMO). "
	checkLast(t, "de", map[string]string{
		masc + "Dieser erklärte am Abend, die Fähre bleibe im Dienst.":                                                                     "Verkehrsausschuss",
		fem + "Diese sagte am Samstag, es gebe in diesem Jahr zwei Stürme mehr.":                                                           "Wetterorganisation",
		fem + "Diese sagten am Samstag, es gebe in diesem Jahr zwei Stürme mehr.":                                                          "",
		"Die Reederei wandte sich an den Verkehrsausschuss und nannte den Fahrplan. Dieser erklärte am Abend, die Fähre bleibe im Dienst.": "",
	})
}
