package extract

// konjunktivTeDE are Konjunktiv I forms in "-te" of common verbs of
// stating, expecting and acting: a closed list of verb forms, not of
// topics. konjunktivFormDE leaves out words in "-te", which may be the
// indicative past ("er sagte", "sie wollte"); but verbs whose stem ends in
// "t" form their past in "-ete" ("erwartete", "arbeitete"), so their "-te"
// is the Konjunktiv I ("Sie erwarte, dass …", "Er arbeite daran").
var konjunktivTeDE = map[string]bool{
	"erwarte": true, "befürchte": true, "fürchte": true, "berichte": true, "bedeute": true, "arbeite": true,
	"biete": true, "leiste": true, "achte": true, "warte": true, "richte": true, "vertrete": true,
	"beobachte": true, "betrachte": true, "erachte": true, "verpflichte": true, "gestalte": true,
	"verwalte": true, "behaupte": true, "bewerte": true, "koste": true,
}

// konjunktivTeFormDE reports whether w is one of konjunktivTeDE.
func konjunktivTeFormDE(w string) bool {
	return konjunktivTeDE[w]
}
