package extract

// "halten" takes a position only in its frames of opinion: "hält … für
// …", "hält dagegen", "hält … entgegen", "hält an … fest", "hält nichts
// (viel, wenig) von …", "hält es mit …"; "hält eine Rede" is the act of speaking
// (claimant_de_speechact.go). "Dort hielten sich Hunderte Besucher auf"
// (stayed) and "hielten Schilder hoch" (held up) are narrated acts: the
// nouns after the verb are no speaker.

// holdWithoutViewDE reports whether token v is a form of "halten" that
// holds no speech and after which the unit has none of the words of its
// opinion frames ("für", "dagegen", "entgegen", "fest", "nichts von",
// "viel von", "wenig von"; anywhere after it: "halten das Verfahren, das …, für
// verfassungswidrig"), nor "es" right after it ("halten es mit …").
func holdWithoutViewDE(toks []token, v int) bool {
	switch toks[v].low {
	case "hält", "hielt", "halten", "hielten":
	default:
		return false
	}
	if v+1 < len(toks) && toks[v+1].low == "es" {
		return false // "hält es für richtig", "halten es mit Ann Lee"
	}
	for k := v + 1; k < len(toks); k++ {
		switch toks[k].low {
		case "für", "dagegen", "entgegen", "fest":
			return false
		case "nichts", "viel", "wenig":
			if k+1 < len(toks) && toks[k+1].low == "von" {
				return false // "hält nichts von …", not "viel weniger als …"
			}
		}
	}
	return !speechActHoldDE(toks, v)
}
