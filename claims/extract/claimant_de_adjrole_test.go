package extract

import "testing"

// TestAdjectivalRoleDE checks that a noun made from an adjective, written
// before a person's name in the genitive or with a body before the name
// in an apposition, names that person when the text
// later writes the noun alone as the subject, and that its plural stays a
// group.
func TestAdjectivalRoleDE(t *testing.T) {
	const filler = " Darin geht es um Kasernen. Viele Gebäude sind alt. "
	checkLast(t, "de", map[string]string{
		"Der Bericht der Wehrbeauftragten Mira Ostdahl liegt vor." + filler + "Die Wehrbeauftragte sagte, die Truppe sei überlastet.":                 "Mira Ostdahl",
		"Ein Antrag des Abgeordneten Jonas Feldkirch scheiterte." + filler + "Der Abgeordnete kritisierte die Entscheidung.":                          "Jonas Feldkirch",
		"Die Wehrbeauftragte des Landtags, Mira Ostdahl, legte ihren Bericht vor." + filler + "Die Wehrbeauftragte sagte, die Truppe sei überlastet.": "Mira Ostdahl",
		"Ein Antrag des Abgeordneten Jonas Feldkirch scheiterte." + filler + "Die Abgeordneten kritisierten die Entscheidung.":                        "Abgeordneten",
	})
}
