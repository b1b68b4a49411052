package extract

// "Der Flughafen Vellbrück meldet Ausfälle. Die Stadt Vellbrück kündigte
// an, …": a noun of a town, district or region before a place's name
// ("die Stadt Vellbrück", "der Landkreis Harlen") names a body, not a
// description and a surname ("der Kölner Lorenz"): the place's name is
// no surname of someone named before.

// placeBodyEndsDE are the endings of German nouns of towns, districts and
// regions, written in lower case (closed class: "Stadt", "Hansestadt",
// "Gemeinde", "Landkreis", "Kommune", "Provinz").
var placeBodyEndsDE = [...]string{"stadt", "gemeinde", "kreis", "kommune", "provinz", "kanton"}

// placeBodyNounDE reports whether the capitalised word w ends in a noun of
// a town, district or region (placeBodyEndsDE).
func placeBodyNounDE(w string) bool {
	var buf [64]byte
	low := appendLower(buf[:0], w) // on the stack: this runs for most claimants
	for _, e := range placeBodyEndsDE {
		if len(low) >= len(e) && string(low[len(low)-len(e):]) == e {
			return true
		}
	}
	return false
}
