package extract

import "strings"

// A spokesperson of a named body as the speaker: "Ein Sprecher der
// Hafenbehörde sagte …", "…, erklärte eine Sprecherin von Harbor Air".
// The labels write the description without its article ("Sprecher der
// Hafenbehörde"), never the body alone nor the noun alone.

// spokespersonDE returns the description of a spokesperson of a named
// body who is the subject of one of the unit's verbs of saying, at the
// start of the unit (perhaps after "Auch") or right after the verb,
// unless who, the speaker found so far, is a person the text named in
// full (a name the text registered that is the body the description ends
// with does not count: "Ein Sprecher des Roten Kreuzes"); who otherwise.
func (d *docState) spokespersonDE(u *claimUnit, who string) string {
	if len(u.verbs) == 0 || strings.Contains(who, "; ") || !sayingVerbIn(u.toks, u.verbs) {
		return who // no verb, or none that reports a statement ("wollte sich nicht äußern")
	}
	known := d.known(who)
	toks := u.toks
	i := 0
	if i < len(toks) && adverbsDE[toks[i].low] {
		i++ // "Auch der Sprecher …"
	}
	if desc, e := spokesPhraseDE(toks, u.text, i); desc != "" && e < len(toks) && lowerWord(&toks[e]) && (!known || bodyOfDesc(desc, who)) {
		return desc // "Ein Sprecher der Hafenbehörde sagte"; "des Roten Kreuzes", a name the text registered, is the body
	}
	if known {
		return who
	}
	for _, v := range u.verbs {
		if toks[v].cat&cAccording != 0 || noSpeakerVerb(toks, v, true) {
			continue
		}
		if desc, _ := spokesPhraseDE(toks, u.text, v+1); desc != "" {
			return desc // "…, sagte eine Sprecherin der Hafenbehörde"
		}
	}
	return who
}

// bodyOfDesc reports whether who is the body a spokesperson's description
// ends with ("Sprecher des Roten Kreuzes" and "Roten Kreuzes").
func bodyOfDesc(desc, who string) bool {
	return who != "" && strings.HasSuffix(desc, " "+who)
}

// sayingVerbIn reports whether one of the German verbs of saying at verbs
// reports a statement (noSpeakerVerb).
func sayingVerbIn(toks []token, verbs []int) bool {
	for _, v := range verbs {
		if !noSpeakerVerb(toks, v, true) {
			return true
		}
	}
	return false
}

// spokesPhraseDE reads, from token i, an article, perhaps adjectives, a
// noun of a spokesperson ("Sprecher", "Pressesprecherin") or the plural
// "Vertreter", also without article (representativesDE), and the body it
// speaks for after "des", "der", "von" or "vom" ("des Verbands der
// Fährbetriebe", "des Landesamts für Häfen", "von Harbor Air"). It returns
// the description from the noun to the body's last word and the token
// after the phrase (after a parenthesis that follows it: "(HBA)"); "" when
// toks[i:] opens with no such phrase.
func spokesPhraseDE(toks []token, text string, i int) (string, int) {
	n := i
	if i < len(toks) && capWord(&toks[i]) && representativesDE(toks[i].low) {
		// "sagten Vertreter der Gewerkschaft": a plural without article
	} else if i >= len(toks) || toks[i].cat&cDet == 0 {
		return "", i
	} else {
		n++
		for n < len(toks) && n-i <= 2 && lowerWord(&toks[n]) && inflectedDE(toks[n].low) {
			n++ // "der zuständige Sprecher"
		}
	}
	if n+2 >= len(toks) || !capWord(&toks[n]) || !spokesNounDE(toks[n].low) && !representativesDE(toks[n].low) || !genitiveLinkDE(toks[n+1].low) {
		return "", i
	}
	e := bodyEndDE(toks, n+2)
	if e == n+2 {
		return "", i
	}
	after := e
	if after < len(toks) && toks[after].p == '(' {
		for after < len(toks) && after-e < 6 && toks[after].p != ')' {
			after++
		}
		after++
	}
	return text[toks[n].s:toks[e-1].e], after
}

// bodyEndDE returns the end of the name of a body from token i: an
// article, adjectives and capitalised words, joined by genitives and
// "für" ("des Verbands der Fährbetriebe", "des Landesamts für Häfen",
// "des Harburger Hafenamts"); i when none opens there.
func bodyEndDE(toks []token, i int) int {
	k := i
	if k < len(toks) && toks[k].cat&cDet != 0 {
		k++
	}
	for k < len(toks) && lowerWord(&toks[k]) && inflectedDE(toks[k].low) {
		k++ // "des städtischen"
	}
	if k >= len(toks) || !capWord(&toks[k]) {
		return i
	}
	for k < len(toks) && capWord(&toks[k]) {
		k++
	}
	if k+1 < len(toks) && (genitiveLinkDE(toks[k].low) || toks[k].low == "für") {
		if e := bodyEndDE(toks, k+1); e > k+1 {
			return e // "des Verbands der Fährbetriebe"
		}
	}
	return k
}

// spokesNounDE reports whether the lower-case noun w names a spokesperson
// ("sprecher", "pressesprecherin", "regierungssprecher").
func spokesNounDE(w string) bool {
	return strings.HasSuffix(w, "sprecher") || strings.HasSuffix(w, "sprecherin")
}

// fullerDescriptionDE returns the description the text gave before that
// continues who ("Sprecher des Landkreises Harburg" for a later "Sprecher
// des Landkreises"), who otherwise.
func (d *docState) fullerDescriptionDE(who string) string {
	noun, _, ok := strings.Cut(who, " ")
	if !ok {
		return who
	}
	if full := d.descs[noun]; strings.HasPrefix(full, who+" ") {
		return full
	}
	return who
}

// representativesDE reports whether w (lower case) is the plural
// "Vertreter" or "Vertreterinnen", which names a body's representatives
// without an article ("sagten Vertreter der Gewerkschaft").
func representativesDE(w string) bool {
	return w == "vertreter" || w == "vertreterinnen"
}

// spokesDescDE reports whether c describes a spokesperson of a body
// ("Sprecher des Roten Kreuzes"): a noun of a spokesperson and a genitive
// link. Its last word is the body's, no person's surname.
func spokesDescDE(c string) bool {
	noun, rest, ok := strings.Cut(c, " ")
	if !ok || !spokesNounDE(strings.ToLower(noun)) {
		return false
	}
	link, _, _ := strings.Cut(rest, " ")
	return genitiveLinkDE(link)
}
