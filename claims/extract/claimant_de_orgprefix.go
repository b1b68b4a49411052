package extract

// A short form of capitals before a name is mostly a title or an office
// ("CEO Ann Lee"), which claimantName strips. "IG" (Industriegewerkschaft,
// Interessengemeinschaft) is instead the first word of a body's name: "Die
// IG Metall Nordwest kritisierte …" names "IG Metall Nordwest", not
// "Metall Nordwest" (claimantName, describedNameDE), and the words after
// it are no person's first name and surname (mentions).

// orgPrefixDE reports whether w is a short form of a kind of organisation
// that opens the organisation's name (closed class).
func orgPrefixDE(w string) bool {
	return w == "IG"
}
