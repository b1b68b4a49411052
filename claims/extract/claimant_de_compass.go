package extract

// German names of bodies often end in a point of the compass or "Mitte"
// ("Regionalbahn Süd", "Netz Nordwest", "Kasse Mitte"); no person has
// such a surname. Two bodies named so ("Schiene Süd", "Regionalbahn Süd")
// are different bodies, not a description before the surname of the
// first (articledSurnameDE).

// compassWordsDE are those words (closed class).
var compassWordsDE = map[string]bool{
	"Nord": true, "Süd": true, "Ost": true, "West": true, "Nordost": true, "Nordwest": true,
	"Südost": true, "Südwest": true, "Mitte": true,
}

// compassWordDE reports whether w is one of compassWordsDE.
func compassWordDE(w string) bool { return compassWordsDE[w] }
