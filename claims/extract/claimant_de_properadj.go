package extract

import "strings"

// Names of papers, parties and bodies open with capitalised adjectives
// ("Süddeutsche Zeitung", "Frankfurter Allgemeine Zeitung", "Junge Union",
// "Vereinte Nationen"). After "der" in the genitive or dative feminine, or
// the genitive plural ("laut der Norddeutschen Zeitung", "eine Umfrage der
// Rheinischen Allgemeinen Abendzeitung") those adjectives end in -en; the
// guide names the claimant in the nominative, where they end in -e after
// the article the name has ("Norddeutsche Zeitung"). (After "der" a
// masculine nominative would end in -e already: strongAdjectiveDE.)

// properAdjNominativeDE returns who with its opening capitalised
// adjectives in -en given the ending -e when the unit writes who after
// "der" and every such word is an adjective by its stem
// (properAdjStemDE); a place's adjective in -er before them stays
// ("Kieler Neuen Nachrichten" → "Kieler Neue Nachrichten"); who
// otherwise. An opening adjective an earlier rule
// gave the -e already counts ("Rheinische Allgemeinen Abendzeitung").
func properAdjNominativeDE(toks []token, text, who string) string {
	if !properAdjOpenDE(who) {
		return who // the common case, without splitting who into words
	}
	var buf [8]string
	f := fieldsInto(buf[:0], who) // strings.Fields(who), on the stack
	if len(f) < 2 || strings.IndexByte(who, ';') >= 0 {
		return who
	}
	n, en := 0, false
	for n < len(f)-1 && (properAdjEnDE(f[n]) || properAdjEnDE(f[n]+"n") || placeAdjectiveDE(f[n])) {
		en = en || properAdjEnDE(f[n])
		n++
	}
	if !en {
		return who
	}
	for k := 1; k+1 < len(toks); k++ {
		if w := text[toks[k].s:toks[k].e]; toks[k-1].low != "der" || w != f[0] && w != f[0]+"n" || text[toks[k+1].s:toks[k+1].e] != f[1] && n > 1 {
			continue
		}
		for i := 0; i < n; i++ {
			if !placeAdjectiveDE(f[i]) {
				f[i] = strings.TrimSuffix(f[i], "n") // "Norddeutschen" → "Norddeutsche"
			}
		}
		return strings.Join(f, " ")
	}
	return who
}

// placeAdjectiveDE reports whether w is a capitalised word in -er, as the
// adjectives of places are ("Frankfurter", "Kieler"), which keep their
// form in every case.
func placeAdjectiveDE(w string) bool {
	return len(w) > 4 && upperFirst(w) && strings.HasSuffix(w, "er")
}

// properAdjEnDE reports whether the word w is a capitalised adjective in
// -en (properAdjStemDE of its stem).
func properAdjEnDE(w string) bool {
	if len(w) <= 4 || !upperFirst(w) || !strings.HasSuffix(w, "en") {
		return false
	}
	var buf [64]byte
	return properAdjStemDE(string(appendLower(buf[:0], w[:len(w)-2]))) // strings.ToLower, on the stack
}

// commonNameAdjectivesDE are plain adjectives (no derivational ending)
// that open names of papers and bodies (closed class of general words).
var commonNameAdjectivesDE = map[string]bool{"allgemein": true, "neu": true, "frei": true, "jung": true, "grün": true,
	"vereinigt": true, "vereint": true, "rot": true, "schwarz": true, "alt": true, "groß": true}

// properAdjStemDE reports whether stem, in lower case, is the stem of an
// adjective: by a derivational ending (adjectiveStemDE), in -sch
// ("deutsch", "süddeutsch") or one of commonNameAdjectivesDE.
func properAdjStemDE(stem string) bool {
	return adjectiveStemDE(stem) || len(stem) > 4 && strings.HasSuffix(stem, "sch") || commonNameAdjectivesDE[stem]
}

// properAdjOpenDE reports whether who has two words or more and its first
// word may open the adjectives properAdjNominativeDE reads (the test of its
// loop on the first word): a pre-check that spares the split of every
// other claimant.
func properAdjOpenDE(who string) bool {
	w, _, ok := strings.Cut(who, " ")
	return ok && w != "" && (properAdjEnDE(w) || properAdjEnDE(w+"n") || placeAdjectiveDE(w))
}
