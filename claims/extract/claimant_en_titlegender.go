package extract

import "strings"

// "Mr. Lester" and "Mrs. Lester" are two people: a courtesy title gives
// the gender of the person the surname names. When a unit's claimant came
// from such a surname but the text knows that person with the other
// gender ("Mrs. Lester said" resolved to Tom Lester, whom "Mr. Lester"
// named before), the claimant is the other person of that surname the
// text names in full, whose gender is not known to differ from the title's.

// titleGenderOwnerEN returns the person of the surname that a courtesy
// title in the unit gives a gender, when who is known with the other
// gender and the surname is the first one the unit writes after such a
// title; who otherwise.
func (d *docState) titleGenderOwnerEN(toks []token, text, who string) string {
	p, ok := d.lookup(who)
	if !ok || p.gender == 0 || strings.IndexByte(who, ';') >= 0 {
		return who
	}
	for k := 0; k+1 < len(toks); k++ {
		g := courtesyGenderEN(toks[k].low)
		if g == 0 {
			continue
		}
		j := k + 1
		if toks[j].p == '.' && j+1 < len(toks) {
			j++
		}
		if text[toks[j].s:toks[j].e] != p.surname {
			return who // the first titled name is someone else's
		}
		if g == p.gender {
			return who
		}
		for i := range d.people {
			q := &d.people[i]
			if q.surname == p.surname && q.name != p.name && q.gender != p.gender && strings.IndexByte(q.name, ' ') > 0 && d.personLikeEN(q.name) {
				return q.name
			}
		}
		return who
	}
	return who
}

// courtesyGenderEN returns the gender an English courtesy title gives
// ("mr" 'm'; "mrs", "ms", "miss" 'f'), 0 for any other word.
func courtesyGenderEN(w string) byte {
	switch strings.TrimSuffix(w, ".") {
	case "mr":
		return 'm'
	case "mrs", "ms", "miss":
		return 'f'
	}
	return 0
}
