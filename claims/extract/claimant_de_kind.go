package extract

import "strings"

// German news introduce a firm, a union or an aid group by the kind of
// body and its name ("die Gewerkschaft Metallbund", "das Pharmaunternehmen
// Lindholz", "die Hilfsorganisation Weltnot") and later call it by the
// kind alone ("teilte das Unternehmen mit", "kommentiert die
// Organisation"). The guide wants the name: a bare kind noun as claimant is
// the body the text last introduced with that kind.

// kindKeyDE prefixes the keys of docState.descs that hold bodies by their
// kind noun: no claimant starts with it.
const kindKeyDE = "\x01"

// kindHeadsDE are nouns of kinds of bodies that are named after them (a
// closed class: firms, media, unions, associations, parties, foundations),
// with the capital letter they have as a word of their own.
var kindHeadsDE = [...]string{"Unternehmen", "Konzern", "Firma", "Organisation", "Agentur", "Gewerkschaft",
	"Verein", "Partei", "Stiftung", "Sender", "Zeitung", "Magazin", "Bank"}

// kindHeadSetDE holds kindHeadsDE by their last letter (suffixSet).
var kindHeadSetDE = newSuffixSet(kindHeadsDE[:]...)

// kindHeadDE returns the kind noun the capitalised word w is or ends with
// ("Pharmaunternehmen" → "Unternehmen"), "" when none; it compares w only
// with the nouns that end in its last letter (kindHeadSetDE).
func kindHeadDE(w string) string {
	for _, h := range kindHeadSetDE.of(w) {
		if hasSuffixFold(w, h) && (len(w) == len(h) || len(w) > len(h)+2) {
			return h
		}
	}
	return ""
}

// noteKindsDE records the bodies a German unit introduces by a kind noun
// and a name of capitalised words right after it ("die Gewerkschaft Metallbund",
// "das Mainzer Pharmaunternehmen Lindholz GmbH", "die Organisation Ärzte
// ohne Grenzen"), under the kind noun.
func (d *docState) noteKindsDE(toks []token, text string) {
	for _, c := range d.capsOf(toks) {
		k := int(c)
		t := &toks[k]
		if k+1 >= len(toks) || !capWord(&toks[k+1]) || toks[k+1].cat&(cNotName|cTimeNoun|cMonth|cWeekday|cRelDate) != 0 {
			continue
		}
		head := kindHeadDE(text[t.s:t.e])
		if head == "" {
			continue
		}
		e := cutAtTimeWord(toks, k+1, capRun(toks, text, k+1, true))
		e = ohneTailDE(toks, e) // "die Organisation Ärzte ohne Grenzen" (claimant_de_ohne.go)
		name := text[toks[k+1].s:toks[e-1].e]
		if functionWordDE(name) || kindHeadDE(name) != "" {
			continue
		}
		if d.descs == nil {
			d.descs = map[string]string{}
		}
		d.descs[kindKeyDE+head] = name
		if firmNounsDE[head] {
			d.noteFirmDE(name) // for "der Konzern" after "das Unternehmen Lindholz" (kindNameDE)
		}
	}
}

// kindNamedDE returns the body the text last introduced with the kind noun
// who ("Unternehmen" → "Lindholz GmbH") when the unit writes who after a
// definite article or in the genitive ("des Unternehmens"); else who.
func (d *docState) kindNamedDE(toks []token, text, who string) string {
	if who == "" || strings.IndexByte(who, ' ') >= 0 || kindHeadDE(who) != who {
		return who
	}
	name := d.kindNameDE(who)
	if name == "" {
		name = d.openingBodyDE(toks, text, who) // "Die Regionalbahn Süd stellt … ein, wie das Unternehmen mitteilte"
	}
	if name == "" {
		name = d.kindFallbackDE(who) // "Die Nordbahn kündigte … an. … teilte das Unternehmen mit"
	}
	if name == "" {
		return who
	}
	for k := 1; k < len(toks); k++ {
		switch toks[k-1].low {
		case "der", "die", "das", "des":
			if strings.HasPrefix(text[toks[k].s:toks[k].e], who) {
				return name
			}
		}
	}
	return who
}
