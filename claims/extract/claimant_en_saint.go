package extract

import "strings"

// "St. Orwin's Hospital said …": the full stop of the abbreviation "St."
// ends the run of capitalised words the subject rules read before the
// verb, so the claimant loses the saint's abbreviation that opens the name
// of a body or place ("Orwin's Hospital").

// saintNameEN returns who with "St. " before it when every mention of who
// in the unit's text follows "St. " ("St. Orwin's Hospital", "St. Aldric
// Medical Center"); who otherwise, and for several claimants.
func saintNameEN(text, who string) string {
	if who == "" || strings.Contains(who, "; ") || strings.HasPrefix(who, "St. ") {
		return who
	}
	n := strings.Count(text, who)
	if n == 0 || strings.Count(text, "St. "+who) != n {
		return who
	}
	return "St. " + who
}
