package extract

// The lexicon counts the singular "wäre" and "hätte" among the forms of
// reported speech, but they are as often the author's own conditional
// ("Mit einem zweiten Kran wäre der Neubau längst fertig", "Mit mehr
// Personal hätte die Halle früher öffnen können"). A unit whose only marks of reported speech
// are these two forms carries the speaker before it on only right after
// the attributed unit (carriedSpeaker), not after a narrated unit.

// singularKonj2OnlyDE reports whether every token of toks that the lexicon
// marks as Konjunktiv I is "wäre" or "hätte" or their plural, and there is one.
func singularKonj2OnlyDE(toks []token) bool {
	n := 0
	for i := range toks {
		if toks[i].cat&cKonj1 == 0 {
			continue
		}
		if !konj2WordDE(toks[i].low) { // also the plural (claimant_de_konj2plural.go)
			return false
		}
		n++
	}
	return n > 0
}
