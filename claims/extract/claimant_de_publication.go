package extract

import "strings"

// "Nach einer Veröffentlichung im Wissenschaftsmagazin „Nordlicht“ haben
// Forscher …", "Laut einer Studie im Fachblatt „Klinikjournal“ sinkt …",
// "Wie eine Studie im Fachmagazin „Klinikjournal“ zeigt, …": the journal
// or paper whose title stands in quotation marks after the study is the
// source. The rules gave "Studie" or none.

// publicationNounsDE are nouns of published texts (a closed class of nouns
// of communication).
var publicationNounsDE = map[string]bool{
	"veröffentlichung": true, "studie": true, "bericht": true, "artikel": true, "beitrag": true,
	"untersuchung": true, "analyse": true, "meldung": true,
}

// publicationSourceDE returns the quoted title of the journal or paper a
// publication noun of publicationNounsDE appeared in ("einer Studie im
// Fachblatt „X“", "einem Bericht in der „X“"), "" when the unit names
// none.
func publicationSourceDE(toks []token, text string) string {
	for k := 1; k+3 < len(toks); k++ {
		if toks[k-1].cat&cDet == 0 || toks[k+1].low != "im" && toks[k+1].low != "in" {
			continue // no article before or neither "im" nor "in" after: asked before the map, as most words fail it
		}
		if !publicationNounsDE[toks[k].low] || toks[k-1].cat&cDet == 0 {
			continue
		}
		i := k + 1
		switch {
		case toks[i].low == "im":
			i++
		case toks[i].low == "in" && i+1 < len(toks) && toks[i+1].cat&cDet != 0:
			i += 2
		default:
			continue
		}
		if title := quotedTitleDE(toks, text, i); title != "" {
			return title
		}
	}
	return ""
}

// publicationCutDE gives the title publicationSourceDE finds when who is
// empty or a word of the publication's phrase ("Studie"), and remembers
// it; for "laut der Veröffentlichung" without a title, the title named in
// the last few units (pubReach); who otherwise.
func (d *docState) publicationCutDE(toks []token, text, who string) string {
	if who != "" && (strings.IndexByte(who, ' ') >= 0 || !lowerIn(publicationNounsDE, who)) {
		return who
	}
	if title := publicationSourceDE(toks, text); title != "" {
		d.pub, d.pubAt = title, d.units
		return title
	}
	if d.pub != "" && d.units-d.pubAt <= pubReach && definitePublicationDE(toks) {
		return d.pub // "Laut der Veröffentlichung kann man …"
	}
	return who
}

// pubReach is how many units after its title a publication is still what
// "laut der Veröffentlichung" refers to.
const pubReach = 8

// definitePublicationDE reports whether the unit holds "laut"/"nach" and
// a definite article before a noun of publicationNounsDE ("Laut der
// Studie", "Nach dem Bericht").
func definitePublicationDE(toks []token) bool {
	for k := 2; k < len(toks); k++ {
		if publicationNounsDE[toks[k].low] && (toks[k-1].low == "der" || toks[k-1].low == "dem") && (toks[k-2].low == "laut" || toks[k-2].low == "nach") {
			return true
		}
	}
	return false
}
