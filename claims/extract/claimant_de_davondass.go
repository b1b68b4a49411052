package extract

// "Der Kreistag geht davon aus, dass …", "Auch Nordwerk geht davon aus, dass
// …": "davon ausgehen" with a clause of what is assumed is a view held,
// whatever the subject (a danger "geht von X aus", but assumes nothing),
// so its subject is the claimant even when it is no body, group or office
// by its form (assumeSpeakerDE).

// davonDassDE reports whether the clause of the finite verb v holds
// "davon" and then "aus" right before a comma and "dass".
func davonDassDE(toks []token, v int) bool {
	davon := false
	for k := v + 1; k+2 < len(toks) && !clauseBreak(&toks[k]); k++ {
		switch toks[k].low {
		case "davon":
			davon = true
		case "aus":
			return davon && toks[k+1].p == ',' && toks[k+2].low == "dass"
		}
	}
	return false
}
