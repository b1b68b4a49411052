package extract

import "testing"

// TestPluralAdjectiveDE checks that a body of an adjective and a plural
// noun after "die" is named in the strong form, and that a person's name
// after another article keeps its form.
func TestPluralAdjectiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Freien Bauern kritisierten den Plan scharf.":           "Freie Bauern",
		"Auch die Grauen Panther fordern, die Steuer zu senken.":    "Graue Panther",
		"Die Organisationen Talbachs kritisierten den Plan scharf.": "Organisationen Talbachs",
		"Der Landwirt Karsten Kolb kritisierte den Plan scharf.":    "Karsten Kolb",
	})
}
