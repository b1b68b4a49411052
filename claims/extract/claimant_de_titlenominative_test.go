package extract

import "testing"

// TestTitleNominativeDE checks that a quoted paper's title in the dative
// is named in the nominative by the gender of its noun, and that "In der
// „…“ heißt es" names the title as "Im „…“ heißt es" does.
func TestTitleNominativeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Im „Nordischen Kurier“ heißt es, die Brücke sei marode.":         "Nordischer Kurier",
		"Im „Märkischen Wochenblatt“ heißt es, die Brücke sei marode.":    "Märkisches Wochenblatt",
		"In der „Friesischen Rundschau“ heißt es, die Brücke sei marode.": "Friesische Rundschau",
	})
}
