package extract

import "strings"

// "…, sagte der Landesvorsitzende von Bahn Plus, Werner Kallweit.": a
// body's name of two capitalised words is registered like a person's, so
// the rules may give it as the speaker; the person in the apposition after
// the noun phrase that holds it is the speaker (appositionSpeakerDE).

// bodyBeforeNameDE reports whether who, a name the text registered, stands
// in the noun phrase before the apposition name in rest, the unit from the
// phrase's article on: the body's name is no speaker there.
func bodyBeforeNameDE(rest, who, name string) bool {
	iw, in := strings.Index(rest, who), strings.Index(rest, name)
	return who != name && iw >= 0 && in > iw
}
