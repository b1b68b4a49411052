package extract

// "Eine Anwohnerin, Greta Roth, sagte dem Sender …", "Dieser Arzt, Jan
// Kern, schilderte …": an indefinite or demonstrative article opens the
// noun phrase of a speaker named in apposition as "der" and "die" do
// (appositionSpeakerDE).

// appositionArticleDE returns the definite article ("der" or "die") whose
// gender the article w (lower case) of a subject has: "der", "ein" and
// "dieser" are masculine, "die", "eine" and "diese" feminine; "" for
// another word.
func appositionArticleDE(w string) string {
	switch w {
	case "der", "ein", "dieser":
		return "der"
	case "die", "eine", "diese":
		return "die"
	}
	return ""
}
