package extract

import "strings"

// Konjunktiv I reports someone's words. When no speaker was named in the
// last units, the person the previous unit introduced is the one whose
// words follow ("Zu ihnen gehört Eva Roth, 28, Polizistin. Vor der
// Pandemie habe ihr Tag mit einer Besprechung begonnen.").

// reportedFirstDE returns the person named first in the previous unit by
// a full name of capitalised words when the unit toks holds a verb in
// Konjunktiv I proper (not the Konjunktiv II of "wäre", "hätte", which
// also marks the author's own conditionals), else "".
func (d *docState) reportedFirstDE(toks []token) string {
	p := d.prevFirst
	if p == "" || !d.known(p) || d.genderOf(p) == 0 || strings.IndexByte(p, ' ') < 0 || !plainName(p) {
		return ""
	}
	for i := range toks {
		if toks[i].cat&cKonj1 == 0 {
			continue
		}
		switch toks[i].low {
		case "wäre", "wären", "hätte", "hätten":
			continue
		}
		return p
	}
	return ""
}
