package extract

import "strings"

// "halten" takes a position as "hält … für …"; "hielt eine Rede", "hält
// die Laudatio" name the act of speaking, no claim (a narrated act). A
// unit with no verb of saying whose "halten" holds a speech gives its
// speaker as the act's (claimant: remembered for what follows, not the
// unit's claimant), as "Ann Lee spoke at the rally" does.

// speechActUnitDE reports whether a form of "halten" in toks holds a
// speech (speechActHoldDE).
func speechActUnitDE(toks []token) bool {
	for v := range toks {
		if speechActHoldDE(toks, v) {
			return true
		}
	}
	return false
}

// speechActNounsDE are the endings of German nouns of a speech one holds.
var speechActNounsDE = [...]string{"rede", "ansprache", "predigt", "vortrag", "laudatio", "vorlesung", "festrede", "grundsatzrede"}

// speechActHoldDE reports whether the form of "halten" at v holds a speech:
// a noun of speechActNounsDE stands in the unit, and no "für" after v.
func speechActHoldDE(toks []token, v int) bool {
	switch toks[v].low {
	case "hält", "hielt", "halten", "hielten":
	default:
		return false
	}
	for k := v + 1; k < len(toks); k++ {
		if toks[k].low == "für" {
			return false // "hält den Plan für falsch"
		}
	}
	for k := range toks {
		if k == v || !capWord(&toks[k]) {
			continue
		}
		for _, n := range speechActNounsDE {
			if strings.HasSuffix(toks[k].low, n) {
				return true
			}
		}
	}
	return false
}
