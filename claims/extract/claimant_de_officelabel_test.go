package extract

import "testing"

// TestOfficeLabelDE checks a parliament's record whose labels give no
// party: the chair's label with the office before the name ("Präsidentin
// Dr. Name: …") starts a turn whose own words are the chair's, whoever
// they name; after it, a member of the government labelled by an office
// after a comma ("Name, Minister für …: …") starts the next, and the
// units after each label are that speaker's. A heading or lead of the
// same shape without the chair's label before it starts no turn (invented
// sentences).
func TestOfficeLabelDE(t *testing.T) {
	chair := "Präsidentin Dr. Wiebke Santner: Ich eröffne die Sitzung.\n\n"
	checkLast(t, "de", map[string]string{
		"Präsidentin Dr. Wiebke Santner: Ich eröffne die Sitzung.":                                                        "Wiebke Santner",
		chair + "Präsidentin Dr. Wiebke Santner: Das Wort hat Herr Minister Ortwin Brack.":                                "Wiebke Santner",
		chair + "Ortwin Brack, Minister für Verkehr und Bau: Herr Präsident! Wir haben 40 Brücken saniert.":               "Ortwin Brack",
		chair + "Ortwin Brack, Minister für Verkehr und Bau: Herr Präsident!\n\nDie Sanierung kostete 90 Millionen Euro.": "Ortwin Brack",
		"Ministerin Ute Gerlach: Wir haben 40 Brücken saniert.\n\nDie Sanierung kostete 90 Millionen Euro.":               "",
		"Ortwin Brack, Minister für Verkehr: Wir haben 40 Brücken saniert.\n\nDie Sanierung kostete 90 Millionen Euro.":   "",
	})
}
