package extract

import "strings"

// Verbs in "-ieren" ("funktionieren", "reagieren", "grassieren") form
// their Konjunktiv I of the third person singular in "-iere" ("es
// funktioniere", "die Seuche grassiere"). No German adjective or adverb
// written in lower case ends so (the comparatives in "-ere" that
// konjunktivFormDE leaves out end otherwise: "andere", "höhere"), so such a
// word is read as the verb it is.

// konjunktivIereDE reports whether w is a Konjunktiv I in "-iere" of a
// verb in "-ieren": at least seven letters, ending in "iere".
func konjunktivIereDE(w string) bool {
	return len(w) >= 7 && strings.HasSuffix(w, "iere")
}
