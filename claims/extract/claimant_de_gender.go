package extract

import "strings"

// A German speaker named by a short form ("Roth" for "Jan Roth",
// "Nordlands Regierungschef Roth") is the person the text named in full
// before: a later "er" or "sie" refers to them, so the person's full name
// is remembered as the last speaker of their gender.

// speakerOf returns the name and gender under which a claimant is
// remembered as the last speaker: who and its gender; in German, when who
// is no person of known gender, the one person of known gender whose
// surname is its last word (people of one gender only carry it).
func (d *docState) speakerOf(who string, de bool) (string, byte) {
	if g := d.genderOf(who); g != 0 || !de {
		return who, g
	}
	last := who[strings.LastIndexByte(who, ' ')+1:]
	name, g := who, byte(0)
	for i := range d.people {
		p := &d.people[i]
		if p.gender == 0 || p.surname != last || strings.IndexByte(p.name, ' ') < 0 {
			continue
		}
		if g != 0 && name != p.name {
			return who, 0 // two people of the surname
		}
		name, g = p.name, p.gender
	}
	return name, g
}
