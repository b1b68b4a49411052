package extract

// A body that regrets something takes a position on it: "Der Verband
// bedauerte die Entscheidung", "Die Kammer bedauert, dass …".
// positionBodyDE takes the body that opens the sentence as the claimant
// when regretVerbDE holds for its finite verb.

// regretVerbDE reports whether w is a finite form of "bedauern".
func regretVerbDE(w string) bool {
	switch w {
	case "bedauert", "bedauerte", "bedauerten", "bedauern":
		return true
	}
	return false
}
