package extract

import "testing"

// TestWuerdeSecondDE checks "würde" in second place right after a unit
// with a speaker, and not after a narrated unit.
func TestWuerdeSecondDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Gebühr sei zu hoch, sagte Kämmerin Wiebke Harms. Der Kreis würde später doppelt zahlen.":   "Wiebke Harms",
		"Die Gebühr sei zu hoch, sagte Kämmerin Wiebke Harms. Ohne die Brücke würde der Umweg wachsen.": "Wiebke Harms",
		"Die Brücke ist seit Mai gesperrt. Der Kreis würde später doppelt zahlen.":                      "",
	})
	for text, want := range map[string]bool{
		"Der Kreis würde mehr zahlen.":      true,
		"Dann würde der Kreis mehr zahlen.": true,
		"Der Kreis hat mehr gezahlt.":       false,
		"Wenn der Kreis zahlen würde, …":    false,
	} {
		var z tokenizer
		toks := z.tokenize(text, lexDE)
		if got := wuerdeSecondDE(toks); got != want {
			t.Errorf("wuerdeSecondDE(%q) = %v, want %v", text, got, want)
		}
	}
}
