package extract

// "Ein Haftrichter habe Haftbefehl erlassen, hieß es": the auxiliary
// after the opening noun belongs to the reported clause; the verb of
// saying after the comma has a subject of its own (here none). An opening
// noun is the subject of a verb of saying it reaches through an auxiliary
// only when no comma stands between them ("Einige Parteien haben
// angekündigt").

// commaBetweenDE reports whether a comma stands among toks[i:j].
func commaBetweenDE(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].p == ',' {
			return true
		}
	}
	return false
}
