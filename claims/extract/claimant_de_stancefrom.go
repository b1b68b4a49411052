package extract

import "strings"

// "Kritik an der Studie kam vom Schlafforscher Dr. Benedikt Armbruster":
// a noun of a stance as the subject of "kommen von" names where the stance
// comes from; that person or body is the claimant ("Widerspruch kam von
// der Gewerkschaft", "Lob kommt aus dem Ministerium").

// stanceNounsDE are German nouns of a stance taken towards something
// (closed class of nouns of speech acts). "Unterstützung",
// "Rückendeckung", "Protest" and "Beifall" are left out: they are as often
// acts as words (a training label leaves "Unterstützung kommt aus der
// Türkei" without claimant).
var stanceNounsDE = map[string]bool{
	"kritik": true, "widerspruch": true, "zustimmung": true, "lob": true,
	"ablehnung": true,
	"einspruch": true, "warnungen": true, "forderungen": true, "zuspruch": true,
}

// comeVerbDE reports whether w is a finite form of "kommen", or "gab" or
// "gibt" (of "gab es von …": stanceSourceDE wants "es" after them). The
// unit's pre-check (setOfWordDE, wsCome) holds the same forms: change both.
func comeVerbDE(w string) bool {
	switch w {
	case "kam", "kamen", "kommt", "kommen", "gab", "gibt":
		return true
	}
	return false
}

// stanceSourceDE returns the source of a stance noun that opens the unit
// (perhaps after one sentence adverb or adjective) as the subject of "kam/kommt"
// (or the object of "gab es") with "von", "vom" or "aus" after it: a person's name of two words or more
// after a noun and academic titles (with the gender the article gives
// the noun: stanceNounGenderDE), else the phrase after the preposition
// (genitiveSourceDE); "" otherwise.
func (d *docState) stanceSourceDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsCome) {
		return "" // no "kam", "kommt"
	}
	i := 0
	if len(toks) > 1 && (openingAdverbDE(toks[0].low) || inflectedDE(toks[0].low) && !stanceNounsDE[toks[0].low]) {
		i++ // "Auch Kritik kam …", "Scharfe Kritik kam …"
	}
	if i >= len(toks) || !capWord(&toks[i]) || !stanceNounsDE[toks[i].low] {
		return ""
	}
	v := i + 1
	for v < len(toks) && v-i <= 8 && !comeVerbDE(toks[v].low) && !toks[v].is(tPunct) {
		v++
	}
	g := v + 1
	if toks[v].low == "gab" || toks[v].low == "gibt" {
		if g >= len(toks) || toks[g].low != "es" {
			return "" // "Kritik gab …" without "es": not "gab es von"
		}
		g++ // "Kritik am Plan gab es von Eva Roth"
	}
	if g < len(toks) && toks[g].low == "auch" {
		g++
	}
	if g+1 >= len(toks) || !comeVerbDE(toks[v].low) {
		return ""
	}
	switch toks[g].low {
	case "von", "vom", "aus":
	default:
		return ""
	}
	if ownRanksDE(toks, g) {
		return "" // "aus den eigenen Reihen": no named source
	}
	k := g + 1
	if toks[k].cat&cDet != 0 {
		k++
	}
	last := ""
	for j := k; j < len(toks) && j-k < 4 && capWord(&toks[j]); j++ {
		if name := d.nameAt(toks, text, j, true, lex, false, false); strings.IndexByte(name, ' ') > 0 && d.known(name) && fullNameShapeDE(name) {
			last = name // "von Berlins Regierendem Bürgermeister Michael Müller": the last person the words before the name do not hold
		}
	}
	if last != "" {
		return last
	}
	if k+1 < len(toks) && capWord(&toks[k]) {
		n := skipAcademicDE(toks, k+1)
		if n+1 < len(toks) && capWord(&toks[n]) && capWord(&toks[n+1]) {
			if name := d.nameAt(toks, text, n, true, lex, false, false); strings.IndexByte(name, ' ') > 0 {
				return d.pronounGender(name, stanceNounGenderDE(toks, g, k)) // "vom Schlafforscher Dr. Benedikt Armbruster"
			}
		}
	}
	return d.genitiveSourceDE(toks, text, g, len(toks), lex)
}

// stanceNounGenderDE returns the gender the preposition and article at g
// give the noun of person at k before the name: "vom"/"von dem" is
// masculine (or neuter, which no noun of person is): 'm'; "von der" with
// a noun in "-in" ("von der Forscherin"): 'f'; else 0.
func stanceNounGenderDE(toks []token, g, k int) byte {
	switch {
	case toks[g].low == "vom" || toks[g+1].low == "dem":
		return 'm'
	case toks[g+1].low == "der":
		return personNounGenderDE(toks, k)
	}
	return 0
}
