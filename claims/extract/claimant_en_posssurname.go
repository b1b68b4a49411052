package extract

import "strings"

// "South Korea’s Moon says …", "the Sierra Club's Coequyt": a place or body
// in the possessive before a single surname describes a person the text
// names in full elsewhere ("President Moon Jae-in", "John Coequyt"); the
// claimant is that person, not the possessive phrase.

// possessiveSurnameEN returns the full name of the person the text knows
// whose first or last word is the word after the possessive "’s"/"'s"
// that ends who ("South Korea’s Moon" → "Moon Jae-in"); who when who has
// no such form or no other person has that name.
func (d *docState) possessiveSurnameEN(who string) string {
	k := strings.LastIndex(who, "s ")
	if k < 2 || who[k-1] != '\'' && !strings.HasSuffix(who[:k], "’") {
		return who
	}
	name := who[k+2:]
	if !upperFirst(name) || strings.IndexByte(name, ' ') >= 0 {
		return who
	}
	for i := len(d.people) - 1; i >= 0; i-- {
		p := &d.people[i]
		if p.name == who || strings.Contains(p.name, "s ") && strings.ContainsAny(p.name, "'’") {
			continue
		}
		if (firstWord(p.name) == name || p.surname == name) && strings.IndexByte(p.name, ' ') > 0 && d.personLikeEN(p.name) {
			return p.name
		}
	}
	return who
}
