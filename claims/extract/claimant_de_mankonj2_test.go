package extract

import "testing"

// TestManKonjunktivIIDE checks that "müsste man" right after a speaker
// carries the speaker, while a singular Konjunktiv II without "man" does
// not (the author's own hedging).
func TestManKonjunktivIIDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Belastung sei hoch gewesen, sagte die Biologin Ruth Kamp. Dafür müsste man aber Langzeitstudien durchführen.": "Ruth Kamp",
		"Die Belastung sei hoch gewesen, sagte die Biologin Ruth Kamp. Die Studie müsste aber wiederholt werden.":          "",
	})
}
