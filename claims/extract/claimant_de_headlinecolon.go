package extract

// German headlines put the speaker before a colon: "Kanzlerin Roth: „Wir
// schaffen das“", "CDU-Politiker Jan Ohm: Müssen Druck erhöhen", "Eva
// Roth: Schulen bleiben zu". The name after a role before the colon is
// the claimant (fullest gives it the full name the text writes later). A
// topic or place before the colon ("Corona:", "Berlin:", "Neue Studie:")
// is none, and so is a name without a role: two capitalised words open
// headlines of every kind ("Bad Reichenhall:", "Ground Zero:"; on the
// training articles they gave nine wrong claimants and no right one).

// headlineColonDE returns the name before a colon among the first five
// tokens when that part is a role and a name ("Kanzlerin Roth", "Ministerin
// Eva Roth", the name's first word a first name by firstNamesDE) and the
// colon is followed by at least three tokens; "" otherwise.
func headlineColonDE(toks []token, text string, lex lexicon) string {
	k := 0
	for k < len(toks) && k < 5 && capWord(&toks[k]) && toks[k].cat&cDet == 0 {
		k++
	}
	if k < 2 || k >= len(toks) || toks[k].p != ':' || len(toks)-k <= 3 {
		return ""
	}
	s := 0
	for s < k-1 && roleOf(&toks[s], lex) != "" {
		s++ // "Kanzlerin", "CDU-Politiker"
	}
	name := text[toks[s].s:toks[k-1].e]
	switch {
	case s > 0 && k-s <= 2 && (k-s == 1 || firstNamesDE(text[toks[s].s:toks[s].e])):
		return name // "Kanzlerin Roth", "Ministerin Eva Roth"
	}
	return ""
}
