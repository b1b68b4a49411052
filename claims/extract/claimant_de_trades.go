package extract

// German nouns of trade, profession or function that news put before a
// name without an article ("sagte Anwältin Eva Kühn", "Vorstand Jan Roth
// warnte", "Referentin Ina Lenz") and that neither the title endings nor
// officesDE know. A closed list of Funktionsbezeichnungen, masculine and
// feminine; nouns that are common surnames too ("Bäcker", "Winzer",
// "Pfleger") are left out. Compounds ending in "-anwalt"/"-anwältin"
// ("Rechtsanwalt", "Fachanwältin") count with them.

// tradesDE are those nouns, in lower case.
var tradesDE = map[string]bool{
	"anwalt": true, "anwältin": true, "verteidiger": true, "referent": true, "referentin": true,
	"vorstand": true, "vorständin": true, "gutachter": true, "schlichter": true, "hebamme": true,
	"apotheker": true, "kommissar": true, "kommissarin": true, "jurist": true,
	"kandidat": true, "kandidatin": true, "delegierte": true, "delegierter": true,
	"bischof": true, "bischöfin": true, "rabbiner": true, "rabbinerin": true,
	"landwirt": true, "landwirtin": true, "unternehmer": true, "architekt": true, "architektin": true,
	"historiker": true, "ermittler": true, "soldat": true, "soldatin": true, "sanitäter": true,
	"lehrer": true,
}

// tradeSuffixesDE are heads of compounds of tradesDE counted as trades.
var tradeSuffixesDE = [...]string{"anwalt", "anwältin"}

// tradeWordDE reports whether w, a capitalised word before a name, is one
// of tradesDE or a compound on one of tradeSuffixesDE.
func tradeWordDE(w string) bool {
	if !upperFirst(w) {
		return false
	}
	if lowerIn(tradesDE, w) {
		return true
	}
	for _, suf := range tradeSuffixesDE {
		if hasSuffixFold(w, suf) {
			return true
		}
	}
	return false
}
