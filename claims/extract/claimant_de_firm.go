package extract

// German news name a firm once with its legal form or the kind of firm
// ("Der Maschinenbauer Nordwerk AG", "der Konzern Hallbach") and later by
// any of the general nouns for a firm ("teilte das Unternehmen mit", "der
// Konzern wies das zurück", "die Firma bestätigte"), not only by the noun
// it was introduced with. The guide wants the name: such a noun after a
// definite article is the firm the text named last.

// firmKeyDE is the key of docState.descs that holds the firm a German
// unit last named (noteFirmsDE, noteKindsDE): no claimant starts with it.
const firmKeyDE = kindKeyDE + "*"

// firmNounsDE are the general nouns for a firm (closed class), with the
// capital letter they have as words of their own.
var firmNounsDE = map[string]bool{"Unternehmen": true, "Konzern": true, "Firma": true}

// legalFormsDE are the German legal forms that close a firm's name
// (closed class).
var legalFormsDE = map[string]bool{"AG": true, "GmbH": true, "SE": true, "KG": true, "KGaA": true, "OHG": true}

// legalFormDE reports whether w is one of legalFormsDE. It asks the map
// only for a word of two to four letters that starts with a capital A to
// Z, as all of them do (noteFirmsDE runs on every word of a German unit).
func legalFormDE(w string) bool {
	return len(w) >= 2 && len(w) <= 4 && w[0] >= 'A' && w[0] <= 'Z' && legalFormFilterDE.mayHold(w) && legalFormsDE[w]
}

// legalFormFilterDE is the filter of legalFormsDE: legalFormDE asks it
// before the map.
var legalFormFilterDE = newWordFilter(legalFormsDE)

// firmTradesDE are endings of nouns of a firm's trade written before its
// name ("der Maschinenbauer", "der Energieversorger", "der
// Autohersteller"): they describe the firm and are no part of its name.
var firmTradesDE = [...]string{"bauer", "hersteller", "händler", "versorger", "anbieter", "produzent", "betreiber",
	"zulieferer", "dienstleister", "konzern", "unternehmen", "firma"}

// kindNameDE returns the body the text last introduced with the kind noun
// who; for a general noun for a firm, the firm the text last named in
// whatever way (firmKeyDE).
func (d *docState) kindNameDE(who string) string {
	if firmNounsDE[who] && d.descs[firmKeyDE] != "" {
		return d.descs[firmKeyDE]
	}
	return d.descs[kindKeyDE+who]
}

// noteFirmsDE records the firm a German unit names with its legal form
// ("die Nordwerk AG", "Der Maschinenbauer Nordwerk AG" → "Nordwerk AG")
// or as a town's works with the town's name ("die Stadtwerke Talbach",
// "die Verkehrsbetriebe Talbach"), under firmKeyDE.
func (d *docState) noteFirmsDE(toks []token, text string) {
	for _, c := range d.capsOf(toks) { // each case below needs a capital at k (a legal form too: TestLegalFormsCapWordDE)
		k := int(c)
		if k == 0 {
			continue
		}
		if w := text[toks[k-1].s:toks[k-1].e]; capWord(&toks[k]) && toks[k].cat&cNotName == 0 && worksDE(w) {
			d.noteFirmDE(w + " " + text[toks[k].s:toks[k].e]) // "die Stadtwerke Talbach"
			continue
		}
		if firm := d.tradeFirmDE(toks, text, k); firm != "" {
			d.noteFirmDE(firm) // "Der Maschinenbauer Nordwerk hat …"
			continue
		}
		if !legalFormDE(text[toks[k].s:toks[k].e]) {
			continue
		}
		s := k
		for s > 0 && k-s < 4 && capWord(&toks[s-1]) && toks[s-1].cat&cNotName == 0 {
			s--
		}
		if s < k-1 && firmTradeDE(text[toks[s].s:toks[s].e]) {
			s++ // "Der Maschinenbauer Nordwerk AG"
		}
		if s == k {
			continue
		}
		d.noteFirmDE(text[toks[s].s:toks[k].e])
	}
}

// noteFirmDE records name as the firm last named.
func (d *docState) noteFirmDE(name string) {
	if d.descs == nil {
		d.descs = map[string]string{}
	}
	d.descs[firmKeyDE] = name
	d.descs[anyBodyKeyDE] = name // "sagte eine Sprecherin" (bareSpokesDE)
}

// worksDE reports whether the capitalised word w is a plural compound of
// "Werke" or "Betriebe", the works a town owns ("Stadtwerke",
// "Verkehrsbetriebe").
func worksDE(w string) bool {
	return len(w) > len("betriebe") && w[len(w)-1]|0x20 == 'e' && // both end in "e", which folds only to "E": most words are tested here
		(hasSuffixFold(w, "werke") || hasSuffixFold(w, "betriebe")) && upperFirst(w)
}

// firmTradeSetDE holds firmTradesDE by their last letter (suffixSet), so
// that a word is compared only with the endings it may have.
var firmTradeSetDE = newSuffixSet(firmTradesDE[:]...)

// firmTradeDE reports whether the capitalised word w is a noun of a
// firm's trade (firmTradesDE).
func firmTradeDE(w string) bool {
	return firmTradeSetDE.first(w) != ""
}
