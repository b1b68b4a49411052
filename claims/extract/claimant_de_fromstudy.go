package extract

// Two more forms of "hervorgehen" name the study a finding comes from:
// the subordinate clause "…, wie aus einer Auswertung des Verbands X
// hervorgeht" (the verb fused with its particle at the clause's end), and
// a main clause with an adverbial between the verb and "aus" ("Das ging am
// Samstag aus Daten der Universität Y hervor"). findingFormDE asks
// fromStudyDE for "aus". A third opens the sentence with the study
// ("Aus einer Antwort des Ministeriums geht hervor, dass …": openingFromDE).

// fusedHervorDE are the finite forms of "hervorgehen" written as one word
// at the end of a subordinate clause.
var fusedHervorDE = map[string]bool{"hervorgeht": true, "hervorging": true, "hervorgehen": true, "hervorgingen": true}

// fromStudyDE reports whether "aus" at v opens the study of a finding:
// after "wie" with a fused "hervorgeht" later in the unit, or up to three
// words after a form of "gehen" (no punctuation between) with "hervor"
// later.
func fromStudyDE(toks []token, v int) bool {
	if v >= 1 && toks[v-1].low == "wie" {
		for k := v + 1; k < len(toks); k++ {
			if fusedHervorDE[toks[k].low] {
				return true
			}
		}
		return false
	}
	for j := v - 2; j >= 0 && j >= v-4; j-- {
		if toks[j+1].flags&tPunct != 0 {
			return false
		}
		if goVerbDE(toks[j].low) {
			return hervorAfterDE(toks, v)
		}
	}
	return false
}

// hervorAfterDE reports whether the particle "hervor" follows token v.
func hervorAfterDE(toks []token, v int) bool {
	for k := v + 1; k < len(toks); k++ {
		if toks[k].low == "hervor" {
			return true
		}
	}
	return false
}

// openingFromDE reports whether the unit opens with "Aus" and, in the same
// clause, a form of "gehen" right before "hervor" ("Aus einer Antwort des
// Ministeriums geht hervor, dass …").
func openingFromDE(toks []token) bool {
	if len(toks) < 5 || toks[0].low != "aus" {
		return false
	}
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].is(tPunct) {
			return false
		}
		if goVerbDE(toks[k].low) {
			return toks[k+1].low == "hervor"
		}
	}
	return false
}
