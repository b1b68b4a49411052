package extract

import "strings"

// German Konjunktiv I beyond the lexicon's common forms: the third person
// singular of most verbs ends in "-e" ("er hoffe", "es bestehe", "man
// rechne", "stelle sie"), a form the indicative has only in the first
// person. Next to the subject pronoun of the third person singular such a
// word is reported speech, and a unit in it carries the speaker on like
// the lexicon's "sei" and "habe".

// konjunktivPronounDE reports whether toks hold a lower-case word ending
// in "-e" right before or after "er", "sie", "es" or "man" that can be
// such a verb: in none of the lexicon's classes of other words, not an adjective
// before a noun or "und" ("starke Konkurrenz"), not an adverb in
// "-weise", not after "ich", and not a past form in "-te" or "-de" that
// may be the indicative ("er sagte").
func konjunktivPronounDE(toks []token) bool {
	for i := range toks {
		switch toks[i].low {
		case "er", "sie", "es", "man":
		default:
			continue
		}
		if i > 0 && (konjunktivFormDE(toks, i-1) || konjunktivDeBeforeDE(toks, i-1)) || i+1 < len(toks) && konjunktivFormDE(toks, i+1) {
			return true
		}
	}
	return false
}

// konjunktivFormDE reports whether token j can be a Konjunktiv I verb of
// the third person singular (see konjunktivPronounDE).
func konjunktivFormDE(toks []token, j int) bool {
	t := &toks[j]
	w := t.low
	if t.is(tCap) || t.is(tPunct) || t.cat&notVerbCats != 0 || len(w) < 4 || w[len(w)-1] != 'e' {
		return false
	}
	for _, suf := range [...]string{"te", "de", "weise", "liche", "ige", "ische", "ere", "ene"} {
		if strings.HasSuffix(w, suf) && !konjunktivIereDE(w) && !konjunktivTeFormDE(w) {
			return false
		}
	}
	if notVerbE[w] || strings.HasSuffix(w, "ie") {
		return false // "sowie", "schrie", "irgendwie"
	}
	if j > 0 && (toks[j-1].low == "ich" || toks[j-1].low == "als") {
		return false // "ich hoffe"; "als fühle er sich …" compares
	}
	if n := j + 1; n < len(toks) && (capWord(&toks[n]) || toks[n].low == "und" || toks[n].low == "oder" || toks[n].low == "ich") {
		return false // "vegane und vegetarische Gerichte", "starke Konkurrenz", "widerspreche ich"
	}
	if n := j + 2; n < len(toks) && strings.HasSuffix(toks[n-1].low, "e") && toks[n-1].cat&cDet == 0 && capWord(&toks[n]) {
		return false // "erfolglose chinesische Marke": adjectives before a noun (not "gelte die Regel")
	}
	return true
}

// notVerbCats are the lexicon's classes of words that are no verb in
// Konjunktiv I: function words, dates, numbers, adverbs of opinion,
// adjectives, and the indicative auxiliaries.
const notVerbCats = cDet | cStopDE | cNotVerb | cNumWord | cUnit | cMonth | cWeekday | cRelDate | cTimeNoun | cPastAdj |
	cSuper | cCompar | cOpinionAdv | cDiscourse | cFirstSing | cFirstPl | cSecond | cPronM | cPronF | cAux | cFuture | cModal

// notVerbE are German function words and adverbs ending in "-e" that
// stand next to pronouns: determiners and possessives, quantifiers,
// prepositions and adverbs.
var notVerbE = map[string]bool{
	"eine": true, "keine": true, "meine": true, "deine": true, "seine": true, "ihre": true, "unsere": true, "eure": true,
	"diese": true, "jene": true, "jede": true, "welche": true, "solche": true, "manche": true, "alle": true, "viele": true,
	"wenige": true, "einige": true, "beide": true, "andere": true, "zahlreiche": true, "etliche": true, "ohne": true,
	"gerne": true, "alleine": true, "lange": true, "heute": true, "bitte": true, "gerade": true, "beinahe": true,
	"nahe": true, "infolge": true, "heutzutage": true, "live": true,
}

// konjunktivDeBeforeDE reports whether token j, right before a pronoun
// of the third person singular, is a Konjunktiv I in "-de" of a verb whose
// stem ends in "d" ("verwende sie", "finde er"): their past ends in
// "-dete" or has another vowel ("fand"), so a word in "-de" is no past
// form but for "wurde", and an adjective in "-de" ("gerade", "folgende")
// stands before a noun, not before "er" or "sie". Not after "ich" in the
// unit ("Ich schreibe … und sende sie ab") nor right after "als".
func konjunktivDeBeforeDE(toks []token, j int) bool {
	t := &toks[j]
	w := t.low
	if t.is(tCap) || t.is(tPunct) || t.cat&notVerbCats != 0 || len(w) < 5 || !strings.HasSuffix(w, "de") || notVerbE[w] {
		return false
	}
	for i := range toks[:j] {
		if toks[i].low == "ich" {
			return false // "Ich schreibe … und sende sie ab": the first person
		}
	}
	return j == 0 || toks[j-1].low != "als" // "als finde er": a comparison
}
