package extract

// "Die Vorsitzende der Jury, die Historikerin Rita Zorn, lobte …": a German
// apposition between commas may give the person's trade with an article
// before the name. The name after the trade is the subject of the verb
// after the apposition, as a bare name there is ("Der Leiter, Jens Roth,
// sagte").

// articledAppositionDE reports whether toks[a:b] is an article, a
// capitalised noun of a trade (nounOfTradeDE) and then a name
// (capSegment, academic titles included).
func articledAppositionDE(toks []token, a, b int) bool {
	if b-a < 4 || toks[a].cat&cDet == 0 || !capWord(&toks[a+1]) || !nounOfTradeDE(toks[a+1].low) {
		return false
	}
	return capSegment(toks, a+2, b)
}

// nounOfTradeDE reports whether w has the shape of a title, an office or a
// trade: titleLike ("Historikerin", "Direktor"), officeWordDE
// ("Juristin", "Landrat") or partWordDE ("Intendantin").
func nounOfTradeDE(w string) bool {
	return titleLike(w, 0) || officeWordDE(w) || partWordDE(w)
}
