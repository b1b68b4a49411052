package extract

import "strings"

// "Ein Konzernsprecher wies die Vorwürfe zurück. Man habe alle Optionen
// geprüft, sagte er.": a spokesperson without a name who spoke in the unit
// right before is whom "er"/"sie" refers to when the noun's gender fits
// ("Sprecher": he, "Sprecherin": she), not an earlier speaker with a name.

// prevSpokespersonDE returns the claimant of the unit right before when it
// is a spokesperson of the pronoun's gender g ("Konzernsprecher",
// "Sprecherin der Stadt") or the body a bare spokesperson of that gender
// spoke for (spokesBodyDE), else "".
func (d *docState) prevSpokespersonDE(g byte) string {
	if body := d.spokesBodyDE(g); body != "" {
		return body // the body a bare spokesperson spoke for (firmspokes.go)
	}
	if d.sinceClaim != 1 || d.prevClaim == "" || strings.Contains(d.prevClaim, "; ") {
		return ""
	}
	w := strings.ToLower(firstWord(d.prevClaim))
	switch {
	case g == 'm' && strings.HasSuffix(w, "sprecher"), g == 'f' && strings.HasSuffix(w, "sprecherin"):
		return d.prevClaim
	}
	return ""
}
