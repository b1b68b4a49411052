package extract

import "testing"

// TestStrongAdjectiveDE checks the strong ending of a name's opening
// adjective without the article ("der Regionale Fährverband" →
// "Regionaler Fährverband", "das Städtische Bauamt" → "Städtisches
// Bauamt"), the feminine unchanged and a noun in -e left alone.
func TestStrongAdjectiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Auch der Regionale Fährverband hat den Plan am Montag kritisiert.": "Regionaler Fährverband",
		"Das Städtische Bauamt teilte mit, der Steg bleibe gesperrt.":       "Städtisches Bauamt",
		"Die Regionale Hafenbehörde teilte mit, der Steg bleibe gesperrt.":  "Regionale Hafenbehörde",
	})
	if got := strongAdjectiveDE(nil, "", "Kollege Jan Roth"); got != "Kollege Jan Roth" {
		t.Errorf("a noun in -e: %q", got)
	}
}

// TestStrongPlainAdjectiveDE checks the strong ending of a name's opening
// adjective that has no derivational ending: in -sch ("Deutsche") or a
// plain adjective of names ("Allgemeine"), also in the name an acronym
// stands for.
func TestStrongPlainAdjectiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Deutsche Fährverband teilte mit, der Steg bleibe gesperrt.":                                  "Deutscher Fährverband",
		"Der Allgemeine Schülerrat erklärte, die Mensa bleibe geschlossen.":                               "Allgemeiner Schülerrat",
		"Das Deutsche Institut für Hafenbau (DIH) ist in Velden. Laut DIH sinkt der Pegel um zwei Meter.": "Deutsches Institut für Hafenbau",
	})
}
