package extract

import "strings"

// Two capitalised words in a row are a name to the register of people
// (mentions), but in German every noun is capitalised: "Begleitende
// Tests", "Diesem Verdacht", "Roths Arbeit" are noun phrases. A pronoun
// ("er", "sie") refers to a person, so it is resolved to such an entry of
// unknown gender only when its words have the form of a person's name.

// personLikeDE reports whether a German name of unknown gender may be a
// person's name rather than a noun phrase: one word, or a first word that
// is no function word, determiner, quantifier, possessive, adjective or
// participle (-ische, -liche, -ige, -ende), no last word with an ending of
// German abstract or plural nouns that surnames do not have (-ungen, -heit,
// -keit, -schaft, -tion, -tionen, -innen, -ien, -gie: "Nordlands Strategie",
// "Neue Lehrerinnen"), and no first or last word that is the
// genitive of another known name.
func (d *docState) personLikeDE(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	if first == name {
		return true // one word: no noun phrase of this kind
	}
	low := strings.ToLower(first)
	if c := wordCategory(low); c&(cDet|cStopDE|cNotName|cNumWord|cUnit|cRelDate|cSuper|cCompar|cModal|cOpinionAdv) != 0 {
		return false // "Diesem Verdacht", "Etwa Österreich"
	}
	if possessiveDE(low) || low == "deren" || low == "dessen" || determinerDE(&token{low: low}) || quantifierDE[low] {
		return false // "Seine Frau", "Jeder Pädagoge", "Viele Zuschauer"
	}
	for _, suf := range [...]string{"ische", "liche", "ige", "ende", "enden", "ischen", "lichen", "igen"} {
		if strings.HasSuffix(low, suf) {
			return false // "Begleitende Tests", "Ökonomische Interessen"
		}
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	for _, suf := range [...]string{"ungen", "heit", "keit", "schaft", "tion", "tionen", "innen", "ien", "gie"} {
		if strings.HasSuffix(last, suf) {
			return false
		}
	}
	for _, w := range [...]string{first, last} {
		if g, ok := strings.CutSuffix(w, "s"); ok {
			if _, known := d.byKey[g]; known {
				return false // "Roths Arbeit", "Erklärung Roths"
			}
		}
	}
	return true
}
