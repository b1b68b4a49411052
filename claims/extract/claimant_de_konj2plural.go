package extract

// The plural "wären" and "hätten" are as often the author's own
// conditional as the singular forms ("Mit zwei Fähren wären die Wege
// kürzer", "Ein dritter Anleger hätte Platz für Segler"), so a unit whose only marks of
// reported speech are these four forms carries the speaker before it on
// only right after the attributed unit (singularKonj2OnlyDE).

// konj2WordDE reports whether w is "wäre", "hätte", "wären" or "hätten",
// a Konjunktiv II the lexicon counts as reported speech.
func konj2WordDE(w string) bool {
	switch w {
	case "wäre", "hätte", "wären", "hätten":
		return true
	}
	return false
}
