package extract

import "strings"

// "Eine Prüferin des Sportbunds räumte ein, dass Ruderclubs Zuschüsse
// verloren haben. „…“, sagte sie.": the pronoun refers to
// the speaker of the unit before, a role without a name, not to the first
// "person" that unit names when that one's gender is unknown (two
// capitalised nouns in a subordinate clause are often no person at all).

// prevRoleClaimantDE returns the claimant of the unit right before when it
// is a noun of a person, alone or with "des/der/von …", whose noun's gender
// is the pronoun's g ("Referent des Verbands", "Abteilungsleiterin der
// Stadt") and the first person named in that unit is another one of
// unknown gender; else "".
func (d *docState) prevRoleClaimantDE(g byte) string {
	if d.sinceClaim != 1 || d.prevClaim == "" || strings.Contains(d.prevClaim, "; ") {
		return ""
	}
	if d.prevFirst == "" || d.prevFirst == d.prevClaim || d.genderOf(d.prevFirst) != 0 {
		return ""
	}
	if _, ok := d.lookup(d.prevClaim); ok {
		return "" // a person with a name: the existing order decides
	}
	w := strings.Fields(d.prevClaim)
	if len(w) == 2 || len(w) > 2 && !ofLinkDE[w[1]] {
		return "" // not "<Rolle>" nor "<Rolle> des/der/von …"
	}
	if roleNounGenderDE(strings.ToLower(w[0])) == g {
		return d.prevClaim
	}
	return ""
}

// ofLinkDE are the words that link a noun of a person to its body.
var ofLinkDE = map[string]bool{"des": true, "der": true, "von": true, "vom": true}

// roleNounGenderDE guesses the gender of a noun of a person by its ending:
// 'f' for a feminine "-in" ("Referentin"), 'm' for an agent noun in "-er",
// "-ent", "-or", "-ant", "-ist", "-eur" ("Abteilungsleiter", "Referent"),
// else 0.
func roleNounGenderDE(low string) byte {
	if len(low) > 4 && femaleInDE(low) {
		return 'f'
	}
	for _, suf := range [...]string{"er", "ent", "or", "ant", "ist", "eur"} {
		if len(low) > len(suf)+3 && strings.HasSuffix(low, suf) {
			return 'm'
		}
	}
	return 0
}
