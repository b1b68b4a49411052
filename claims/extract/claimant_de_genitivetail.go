package extract

// A body named by a noun and a genitive plural of persons ("Die
// Gewerkschaft der Lokführer warnte", "Der Bund der Steuerzahler
// kritisierte"): the genitive is a noun of role, which no name reading
// takes, so only the head noun was left ("Gewerkschaft"). When the
// genitive stands right before the verb, it belongs to the subject.

// genitiveTailDE returns v when toks[j:v] is a genitive article and one
// capitalised noun ("der Lokführer"), so the subject ending at j runs on
// to the verb; else j.
func genitiveTailDE(toks []token, j, v int) int {
	if j+2 != v || toks[j].low != "der" && toks[j].low != "des" || !capWord(&toks[j+1]) || toks[j+1].cat&(cDet|cAux|cSpeech) != 0 {
		return j
	}
	return v
}
