package extract

import "strings"

// German news name an organisation by its name ("Die IG Metall kündigte
// Widerstand an", "Kritik kam von der Deutschen Umwelthilfe") and go on
// with a general noun for it that is not part of that name ("Die
// Gewerkschaft wirft …", "Der Verband fordert …"). The guide wants the
// name.

// orgNounsDE are the general nouns for an organisation that refer back
// so (closed class).
var orgNounsDE = map[string]bool{"Organisation": true, "Gewerkschaft": true, "Verband": true, "Verein": true,
	"Bündnis": true, "Initiative": true, "Partei": true, "Stiftung": true}

// claimedOrgDE returns the claimant of the last two units when who is one
// of orgNounsDE after a definite article, the text named no body with
// who as its head (bodyNamedDE reads those), and that claimant is by its
// form an organisation's name (orgFormDE); who otherwise.
func (d *docState) claimedOrgDE(toks []token, text, who string) string {
	if !orgNounsDE[who] || d.sinceClaim > 2 || d.prevClaim == "" || d.descs[bodyKeyDE+who] != "" || !definiteBeforeDE(toks, text, who) {
		return who
	}
	if !d.orgFormDE(d.prevClaim) {
		return who
	}
	return d.prevClaim
}

// orgFormDE reports whether name is by its form an organisation's, not a
// person's: one word no person's name ends with ("BioNTech"), an acronym
// first ("IG Metall") or a declined adjective first ("Deutsche
// Umwelthilfe"); not several claimants, nor a public body by its noun
// ("Regierung Guatemalas": bodyNameDE), which no "Organisation" or
// "Verband" stands for.
func (d *docState) orgFormDE(name string) bool {
	if strings.Contains(name, "; ") || bodyNameDE(name) {
		return false
	}
	first, _, several := strings.Cut(name, " ")
	if !several {
		_, person := d.lookup(name)
		return !person && upperFirst(name)
	}
	return acronymWord(first) || adjectiveDE(first)
}
