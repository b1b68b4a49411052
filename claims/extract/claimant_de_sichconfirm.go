package extract

// sichConfirmDE reports whether v is a form of "bestätigen" used with
// "sich" (to prove true: "Sollte sich der Verdacht bestätigen", "Die
// Befürchtung hat sich bestätigt", "bestätigte sich der Verdacht"): no
// one confirms anything, so the noun with it is no speaker. "sich" must
// stand right after the verb or among the eight words before it in its
// clause.
func sichConfirmDE(toks []token, v int) bool {
	switch toks[v].low {
	case "bestätigen", "bestätigt", "bestätigte", "bestätigten":
	default:
		return false
	}
	if v+1 < len(toks) && toks[v+1].low == "sich" {
		return true
	}
	for k := v - 1; k >= 0 && v-k <= 8 && !toks[k].is(tPunct); k-- {
		if toks[k].low == "sich" {
			return true
		}
	}
	return false
}

// sichNameDE reports whether v is a form of "nennen" with "sich" right
// after it ("Die Lösung nennt sich Proximity Chat": is called): no one
// names anything, so its subject is no speaker.
func sichNameDE(toks []token, v int) bool {
	switch toks[v].low {
	case "nennt", "nannte", "nennen", "nannten":
		return v+1 < len(toks) && toks[v+1].low == "sich"
	}
	return false
}

// sichAdvisableDE reports whether v is "empfiehlt" or "empfahl" with
// "sich" right after it and no infinitive with "zu" in the clause ("Eine
// frühe Buchung empfiehlt sich": is advisable): no one recommends
// anything, so its subject is no speaker. "Ärzte empfehlen sich zu
// schonen" is left to the other rules.
func sichAdvisableDE(toks []token, v int) bool {
	if toks[v].low != "empfiehlt" && toks[v].low != "empfahl" || v+1 >= len(toks) || toks[v+1].low != "sich" {
		return false
	}
	for k := v + 2; k < len(toks) && !toks[k].is(tPunct); k++ {
		if toks[k].low == "zu" {
			return false
		}
	}
	return true
}
