package extract

import "strings"

// A German name in the Saxon genitive ends a person's name: "Monika
// Webers Unterstützung", "Browns Angaben zufolge". A claimant read as such
// a run of capitalised words is the person.

// saxonGenitiveDE returns the person whose name, with a genitive "s",
// ends a word of who before its last ("Fee Vogels Blog" → "Fee Vogel",
// "Browns Angaben" → "Kate Brown" when the text named her), else who. The
// noun after the name must be a thing the person said or did
// (saxonThingDE); a person's noun names another person ("Obamas Sprecher",
// "Roths Nachbar").
func (d *docState) saxonGenitiveDE(who string) string {
	if who == "" || strings.IndexByte(who, ';') >= 0 {
		return who
	}
	var buf [8]string
	words := fieldsInto(buf[:0], who) // strings.Fields(who), on the stack
	end := 0
	for i := 0; i+1 < len(words); i++ {
		end += len(words[i])
		if i > 0 {
			end++ // the space before words[i]
		}
		base, ok := strings.CutSuffix(words[i], "s")
		if !ok || len(base) < 2 || !upperFirst(words[i+1]) || !saxonThingDE(words[i+1]) {
			continue // "Obamas Sprecher", "Roths Nachbar": another person
		}
		name := who[:end-1]
		if p, ok := d.lookup(name); ok && strings.IndexByte(p.name, ' ') > 0 {
			return claimantName(p.name)
		}
	}
	return who
}

// saxonThingDE reports whether the capitalised noun w names a thing, not a
// person: a noun of communication ("Angaben", "Bericht") or an abstract
// noun by its suffix ("Unterstützung", "Reaktion"; abstractNounDE).
func saxonThingDE(w string) bool {
	return lowerIn(communicationNounsDE, w) || abstractNounDE(w)
}
