package extract

import "strings"

// Savings banks and health insurers are bodies named by a compound of
// "Kasse" ("die Stadtsparkasse", "die Krankenkasse Nordwest", "der
// Ersatzkasse"), and news take them up by the compound's head ("teilte
// die Kasse mit", "der Sprecher der Sparkasse") or, for a savings bank, as
// a bank or a firm ("so die Bank", "ein Sprecher des Unternehmens"). The
// guide wants the fullest form the article gives, so such a body is noted
// when named, and a bare "Kasse", a shorter compound of it and, for a
// savings bank, "die Bank" and "das Unternehmen" stand for it.

// kasseKindsDE are the endings of the compounds of "Kasse" that name a
// body (closed class): no till, treasury or box office ("Ladenkasse",
// "Staatskasse", "Abendkasse").
var kasseKindsDE = [...]string{"sparkasse", "krankenkasse", "ersatzkasse", "pflegekasse"}

// kasseKindSetDE is kasseKindsDE as a suffixSet: kasseBodyDE runs on every
// capitalised word of a German unit (noteKassenDE), and most end in other
// bytes than "se".
var kasseKindSetDE = newSuffixSet(kasseKindsDE[:]...)

// kasseBodyDE reports whether the capitalised word w is or ends in one of
// kasseKindsDE, case ignored.
func kasseBodyDE(w string) bool {
	return kasseKindSetDE.first(w) != "" && upperFirst(w)
}

// kasseKeyDE is the key of docState.descs that holds the body of
// kasseKindsDE a German unit last named: no claimant starts with it.
const kasseKeyDE = bodyKeyDE + "Kasse*"

// kasseNameAtDE returns the name of the body of kasseKindsDE whose
// compound stands at k: the compound with one capitalised word of a name
// right after it ("Krankenkasse Nordwest"), else the compound alone ("der
// Münchner Stadtsparkasse" → "Stadtsparkasse": the town's adjective
// describes); "" when the word at k is no such compound.
func kasseNameAtDE(toks []token, text string, k int) string {
	w := text[toks[k].s:toks[k].e]
	if !kasseBodyDE(w) {
		return ""
	}
	if n := k + 1; n < len(toks) && placeWordDE(&toks[n]) && (n+1 >= len(toks) || !capWord(&toks[n+1])) {
		return w + " " + text[toks[n].s:toks[n].e]
	}
	return w
}

// kasseClaimantDE returns the body of kasseKindsDE the text last named
// for who when who names it shorter: "Kasse" or a compound of it that
// the body's compound ends with ("Sparkasse" for "Stadtsparkasse"),
// written after a definite article; a spokesperson of such a noun
// ("Sprecher der Sparkasse") speaks for the body with its full name. It
// then notes the bodies the unit names (kasseNameAtDE) for later units:
// the last as the body of kasseKeyDE, a savings bank also as the firm
// (noteFirmDE) and the bank ("so die Bank": kindNameDE) the text last
// named.
func (d *docState) kasseClaimantDE(toks []token, text, who string) string {
	if full := d.descs[kasseKeyDE]; full != "" && who != "" {
		who = kasseFullerDE(toks, text, who, full)
	}
	d.noteKassenDE(toks, text)
	return who
}

// kasseFullerDE returns full for who when who is a shorter noun of the
// body full written after a definite article, who with full's name for
// its genitive when who is a spokesperson of that noun; else who.
func kasseFullerDE(toks []token, text, who, full string) string {
	compound, _, _ := strings.Cut(full, " ")
	shorter := func(w string) bool {
		return len(w) < len(full) && (w == "Kasse" || kasseBodyDE(w)) && hasSuffixFold(compound, w)
	}
	if shorter(who) && definiteBeforeDE(toks, text, who) {
		return full // "teilte die Kasse mit"
	}
	if head, body, ok := strings.Cut(who, " der "); ok && spokesNounDE(strings.ToLower(head)) && shorter(body) {
		return head + " der " + full // "Der Sprecher der Sparkasse" → "Sprecher der Stadtsparkasse"
	}
	return who
}

// noteKassenDE notes the bodies of kasseKindsDE the unit names.
func (d *docState) noteKassenDE(toks []token, text string) {
	for _, c := range d.capsOf(toks) {
		name := kasseNameAtDE(toks, text, int(c))
		if name == "" {
			continue
		}
		if d.descs == nil {
			d.descs = map[string]string{}
		}
		d.descs[kasseKeyDE] = name
		if compound, _, _ := strings.Cut(name, " "); hasSuffixFold(compound, "sparkasse") {
			d.noteFirmDE(name)               // "ein Sprecher des Unternehmens"
			d.descs[kindKeyDE+"Bank"] = name // "so die Bank"
		}
	}
}
