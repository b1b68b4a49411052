package extract

import "testing"

// TestTimeCompoundDE checks that a German compound of a noun of time and a
// point of it ("Monatsende", "Jahresbeginn") opening reported speech is no
// claimant, alone or after "Jeden" (the speaker before is carried on, or
// none is given), while a name ending in the same letters stays one
// (invented sentences).
func TestTimeCompoundDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Kassiererin sagte vor Gericht aus. Jeden Monatsende habe der Chef die Listen geändert.": "Kassiererin",
		"Die Kassiererin sagte vor Gericht aus. Jeden Monatsende habe der Chef die Listen ergänzt.":  "",
	})
	for name, want := range map[string]bool{"Monatsende": true, "Jeden Monatsende": true, "Jahresbeginn": true,
		"Jahresmitte": true, "Otto Monatsende": false, "Legende": false} {
		if got := dateOnlyName(name); got != want {
			t.Errorf("dateOnlyName(%q) = %v, want %v", name, got, want)
		}
	}
}
