package extract

import "testing"

// TestSpokesOpeningBodyDE checks that a bare spokesperson right after a
// unit opened by a body speaks for that body, not for one named before.
func TestSpokesOpeningBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Landesamt für Umwelt hatte gewarnt. Die Staatsanwaltschaft ermittelt wegen Betrugs. Ein Sprecher sagte, die Spur führe nach Polen.":  "Staatsanwaltschaft",
		"Das Landesamt für Umwelt hatte gewarnt. Die Handelskette Morwald nahm die Ware aus den Regalen. Eine Sprecherin sagte, man prüfe alles.": "Handelskette Morwald",
		"Das Landesamt für Umwelt hatte gewarnt. Die Brücke bleibt gesperrt. Ein Sprecher sagte, man prüfe alles.":                                "Landesamt für Umwelt",
		"Die Handelskette Morwald hatte gewarnt. Das Landesamt für Umwelt will prüfen. Ein Sprecher sagte, man prüfe alles.":                      "Landesamt für Umwelt",
	})
}
