package extract

import "strings"

// legalFormStopEN undoes the growth of an English claimant c into its
// fullest form full when that adds only a company's legal form ("Acme" →
// "Acme Inc."): the legal form is no part of the name a text calls the
// company by, so a plain "Acme said" names "Acme". A claimant written
// with the legal form keeps it, and German claimants are left alone.
func legalFormStopEN(en bool, c, full string) string {
	rest, ok := strings.CutPrefix(full, c+" ")
	if !en || !ok || !legalFormEN(strings.TrimSuffix(rest, ".")) {
		return full
	}
	return c
}

// legalFormEN reports whether w is the abbreviation of a company's legal
// form in English: a closed class.
func legalFormEN(w string) bool {
	switch w {
	case "Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "plc", "LP", "LLP":
		return true
	}
	return false
}

// companyFormEN reports whether the name who ends with a company's legal
// form ("Marlow Advisory Ltd", "Acme Inc."): a company's name, which no
// "he" or "she" takes up.
func companyFormEN(who string) bool {
	k := strings.LastIndexByte(who, ' ')
	return k > 0 && legalFormEN(strings.TrimSuffix(who[k+1:], "."))
}
