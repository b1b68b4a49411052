package extract

// manKonjunktivIIDE reports whether "man" is the subject of a singular
// Konjunktiv II next to it ("Dafür müsste man Langzeitstudien machen",
// "Man sollte das prüfen"): the author does not speak of "man" in the
// Konjunktiv II, so right after a speaker such a unit goes on in the
// speaker's voice (reportedFormDE). The singular forms without "man" are
// left out: they are as often the author's own hedging.
func manKonjunktivIIDE(toks []token) bool {
	for i := 0; i < len(toks) && i < 8; i++ {
		if toks[i].low != "man" {
			continue
		}
		for _, k := range [...]int{i - 1, i + 1} {
			if k < 0 || k >= len(toks) {
				continue
			}
			switch toks[k].low {
			case "müsste", "sollte", "dürfte", "hätte", "wäre", "bräuchte":
				return true
			}
		}
	}
	return false
}
