package extract

import "strings"

// A body or group the text describes by lower-case adjectives and a noun
// ("das russische Außenministerium", "die schwedischen Gesundheitsbehörden",
// "nach Angaben informierter Kreise") is cited by the labels as the description in
// the nominative without its article ("russisches Außenministerium",
// "schwedische Gesundheitsbehörden", "informierte Kreise"): the fullest form
// the article gives of an unnamed source.

// adjNominativeDE returns a lower-case German adjective declined as in the
// nominative without an article, from the form it has after article art
// ("" for none before a dative or genitive plural: "laut örtlichen
// Medien", "nach Angaben informierter Kreise"); ok is false when the
// article leaves case or gender open ("des", "dem", "den").
func adjNominativeDE(art, w string) (string, bool) {
	switch art {
	case "der":
		if strings.HasSuffix(w, "en") {
			return w[:len(w)-1], true // feminine genitive or dative, genitive plural: "der nigerianischen Regierung"
		}
		if strings.HasSuffix(w, "e") {
			return w + "r", true // masculine nominative: "der sächsische Verfassungsschutz"
		}
	case "die":
		if strings.HasSuffix(w, "en") {
			return w[:len(w)-1], true // plural: "die brasilianischen Behörden"
		}
		if strings.HasSuffix(w, "e") {
			return w, true
		}
	case "das":
		if strings.HasSuffix(w, "e") {
			return w + "s", true // "das zuständige Ministerium"
		}
	case "ein", "eine":
		return w, true // already strong: "ein südafrikanischer Autor"
	case "":
		if strings.HasSuffix(w, "en") || strings.HasSuffix(w, "er") {
			return w[:len(w)-2] + "e", true // "örtlichen Medien", "informierter Kreise"
		}
		if strings.HasSuffix(w, "e") {
			return w, true
		}
	}
	return "", false
}

// adjPhraseDE returns the adjectives toks[a:n] and the capitalised words
// from the noun n to end as a claimant in the nominative without the
// article art, or "" when an adjective's case is open or a token between
// is no lower-case inflected adjective.
func adjPhraseDE(toks []token, text, art string, a, n, end int) string {
	if a >= n || n >= end || end > len(toks) {
		return ""
	}
	var b strings.Builder
	for k := a; k < n; k++ {
		t := &toks[k]
		if t.flags&(tPunct|tNum) != 0 || !inflectedDE(t.low) || t.is(tCap) && k > 0 || quantifierDE[t.low] || t.low == "beiden" {
			return "" // "die beiden Forscherinnen": a number, not a description
		}
		w, ok := adjNominativeDE(art, t.low)
		if !ok {
			return ""
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	b.WriteString(text[toks[n].s:toks[end-1].e])
	return b.String()
}

// adjectivesBackDE returns where the lower-case inflected adjectives right
// before token n start (n itself when there are none), at most three.
func adjectivesBackDE(toks []token, n int) int {
	a := n
	for a > 0 && n-a < 3 && toks[a-1].flags&(tCap|tPunct|tNum) == 0 && inflectedDE(toks[a-1].low) && toks[a-1].cat&cDet == 0 {
		a--
	}
	return a
}

// describedBeforeDE reads a described subject before the verb v that opens
// the sentence: an article, lower-case adjectives and one noun ("Die
// italienische Regierung versprach", "Das russische Außenministerium
// erklärte"), or a capitalised adjective and a noun ("Chinesische Behörden
// betonen"). It returns "" for anything else, and for a noun the text
// knows as a person's name.
func (d *docState) describedBeforeDE(toks []token, text string, v int) string {
	n := v - 1
	if n < 1 || !capWord(&toks[n]) || toks[n].cat&cNotName != 0 {
		return ""
	}
	if _, ok := d.byKey[text[toks[n].s:toks[n].e]]; ok {
		return ""
	}
	if n == 1 && adjectiveDE(text[toks[0].s:toks[0].e]) {
		w, _ := adjNominativeDE("", toks[0].low)
		return w + " " + text[toks[n].s:toks[n].e] // "Chinesische Behörden betonen"
	}
	a := adjectivesBackDE(toks, n)
	if a == n || a != 1 || toks[0].cat&cDet == 0 {
		return ""
	}
	return adjPhraseDE(toks, text, toks[0].low, a, n, n+1)
}

// describedAfterDE reads a source described by adjectives after "nach
// Angaben" from token k: perhaps an article, lower-case
// adjectives, one noun ("nach Angaben der venezolanischen Behörden", "nach
// Angaben informierter Kreise"); "" for anything
// else.
func describedAfterDE(toks []token, text string, k int) string {
	art := ""
	if k < len(toks) && toks[k].cat&cDet != 0 {
		art = toks[k].low
		k++
	}
	n := k
	for n < len(toks) && n-k < 3 && toks[n].flags&(tCap|tPunct|tNum) == 0 {
		n++
	}
	if n == k || n >= len(toks) || !capWord(&toks[n]) || toks[n].cat&cNotName != 0 {
		return ""
	}
	if n+1 < len(toks) && capWord(&toks[n+1]) {
		return "" // a name follows: "der zuständigen Ministerin Eva Roth"
	}
	return adjPhraseDE(toks, text, art, k, n, n+1)
}
