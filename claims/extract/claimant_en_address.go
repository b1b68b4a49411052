package extract

import "strings"

// addressFormCutEN returns "" for an English claimant that is a form of
// address opened by "Your" ("Your Honor", "Your Excellency", "Your
// Majesty"): a vocative in a quotation, never the speaker's name; who
// otherwise.
func addressFormCutEN(who string) string {
	if strings.HasPrefix(who, "Your ") {
		return ""
	}
	return who
}
