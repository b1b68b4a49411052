package extract

// German nouns of office or of a part someone plays that stand before a
// name like a title ("Kapitän Sven Roth", "Intendantin Eva Kühn",
// "Augenzeugin Ina Lenz") but have none of the endings titleLike knows
// (-erin, -ent, -leiter, …) nor an ending of officeWordDE (-rat, -eur, …).
// A closed list of such nouns, which officeWordDE counts too: the name
// that follows is the person, and a headline's bare "Intendantin" is the
// Intendantin the text names.

// officesDE are those nouns, in lower case, masculine and feminine.
var officesDE = map[string]bool{
	"kapitän": true, "kapitänin": true, "intendant": true, "intendantin": true,
	"augenzeuge": true, "augenzeugin": true, "zeuge": true, "zeugin": true,
	"kommandant": true, "kommandantin": true, "dekan": true, "dekanin": true,
	"pfarrer": true, "diakon": true, "diakonin": true, "kantor": true,
	"kämmerer": true, "kämmerin": true, "kardinal": true, "notar": true, "notarin": true,
	"vorsteher": true, "vorsteherin": true,
}

// partWordDE reports whether w, a capitalised word before a name, is one
// of officesDE or a trade (tradeWordDE).
func partWordDE(w string) bool {
	return lowerIn(officesDE, w) || tradeWordDE(w)
}
