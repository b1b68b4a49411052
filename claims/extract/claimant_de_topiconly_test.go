package extract

import "testing"

// TestTopicOnlyDE checks that a verb of telling or writing with only a
// topic ("erzählt von …", "schrieb über …") names no claimant, while the
// same verbs with what was said keep their speaker.
func TestTopicOnlyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Im Hofladen erzählt die Bäuerin Greta Wendt von den Ziegen ihres Großvaters.":                  "",
		"Die Gärtnerin Ilka Brandt schrieb damals über die Rosenzucht in Kellerräumen.":                 "",
		"Die Reporterin Gesa Lind fuhr nach Altdorf, um über die Flut zu berichten.":                    "",
		"Die Zeitung Nordbote hat am Morgen über den Brand im Sägewerk berichtet.":                      "Nordbote",
		"Per Aushang hat der Verein Lindenhof seine Mitglieder über die Pläne für den Saal informiert.": "",
		"Der Förster Arno Weigel erzählt, das Moor sei in zehn Jahren um die Hälfte geschrumpft.":       "Arno Weigel",
		"Die Gärtnerin Ilka Brandt schrieb, dass die Rosen im Keller besser wachsen.":                   "Ilka Brandt",
	})
}
