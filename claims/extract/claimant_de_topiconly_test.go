package extract

import "testing"

// TestTopicOnlyDE checks that a verb of telling or writing with only a
// topic ("erzählt von …", "schrieb über …") names no claimant, while the
// same verbs with what was said keep their speaker.
func TestTopicOnlyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Förster Arno Weigel erzählt oft von seiner Jugend im Hochmoor.":                      "",
		"Die Gärtnerin Ilka Brandt schrieb damals über die Rosenzucht in Kellerräumen.":           "",
		"Die Reporterin Gesa Lind fuhr nach Altdorf, um über die Flut zu berichten.":              "",
		"Die Zeitung Nordbote hatte als erste über den Brand im Sägewerk berichtet.":              "Nordbote",
		"Am Abend informierte der Verein Lindenhof die Gäste über den neuen Saal.":                "",
		"Der Förster Arno Weigel erzählt, das Moor sei in zehn Jahren um die Hälfte geschrumpft.": "Arno Weigel",
		"Die Gärtnerin Ilka Brandt schrieb, dass die Rosen im Keller besser wachsen.":             "Ilka Brandt",
	})
}
