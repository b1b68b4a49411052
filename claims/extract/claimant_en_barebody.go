package extract

// "Passengers got rooms, the company said." in a text that names no
// company: the common noun of a body (bodyNounEN: company, ministry,
// agency …) is no claimant; the fullest name is the body's, and when the
// text names none, there is none. ("police", no noun of bodyNounEN, stays:
// the training labels give it as a claimant.)

// bareBodyNounEN returns "" when who is one lower-case English noun of a
// body, else who.
func bareBodyNounEN(who string) string {
	if who == "" || upperFirst(who) || !bodyNounEN(who) {
		return who
	}
	return ""
}
