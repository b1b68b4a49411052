package extract

import "strings"

// "Ihr Mann Robert hilft am Wochenende. „…“, sagt er.": a noun of kinship
// before a first name is no part of the name; the person is the name
// alone ("Robert"), as the text gives no more of it.

// kinNounsDE are German nouns of kinship and partnership, a closed class.
var kinNounsDE = map[string]bool{
	"mann": true, "frau": true, "ehemann": true, "ehefrau": true, "sohn": true, "tochter": true,
	"bruder": true, "schwester": true, "vater": true, "mutter": true, "onkel": true, "tante": true,
	"neffe": true, "nichte": true, "enkel": true, "enkelin": true, "cousin": true, "cousine": true,
	"großvater": true, "großmutter": true, "opa": true, "oma": true, "freund": true, "freundin": true,
	"lebensgefährte": true, "lebensgefährtin": true,
}

// kinshipNameDE returns the name of a claimant of two words whose first is
// a noun of kinship ("Mann Robert" → "Robert"), else who.
func kinshipNameDE(who string) string {
	kin, name, ok := strings.Cut(who, " ")
	if !ok || strings.IndexByte(name, ' ') >= 0 || !lowerIn(kinNounsDE, kin) || !upperFirst(name) {
		return who
	}
	return name
}
