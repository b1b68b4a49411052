package extract

// "…, wie ein Polizeisprecher sagte", "…, wie die Sprecherin sagte": a
// "wie"-clause whose subject is an article and a noun of a person's office
// or of a spokesperson, right before the verb of saying, names the speaker
// as "…, sagte ein Polizeisprecher" does; the rules that read the subject
// before the verb take only names and bodies there, or a plural before
// "wie" ("Zwei Keller standen …, wie ein Sprecher sagte"): this rule is
// tried first. The refine rules then
// read the noun as they read it after the verb (a bare "Sprecherin" is the
// body named before, "die Ministerin" the person).

// wieRoleDE returns the noun of office or spokesperson between "wie" and
// an article before the verb v and v ("wie eine Flughafensprecherin
// sagte" → "Flughafensprecherin"), perhaps after lower-case adjectives
// ("wie ein leitender Ermittler sagte"); "" otherwise.
func (d *docState) wieRoleDE(toks []token, text string, v int, lex lexicon) string {
	n := v - 1
	if n < 2 || !capWord(&toks[n]) || !spokesNounDE(toks[n].low) && roleOf(&toks[n], lex) == "" {
		return ""
	}
	a := n - 1
	for k := 0; k < 2 && a > 0 && lowerWord(&toks[a]) && inflectedDE(toks[a].low) && toks[a].cat&cDet == 0; k++ {
		a-- // "ein leitender Ermittler"
	}
	switch toks[a].low {
	case "ein", "eine", "der", "die":
	default:
		return ""
	}
	if a < 1 || toks[a-1].low != "wie" {
		return ""
	}
	return text[toks[n].s:toks[n].e]
}
