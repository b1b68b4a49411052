package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// German news define a short form once, in parentheses after the full
// name ("Das Landesamt für Umweltschutz (LfU) meldete …"), and use the
// short form later. A claimant written as such a short form is the body
// the text named in full (the guide: the fullest name the article gives).

// definedAcronymDE returns the full name the units define for the
// claimant c when c is a short form of capitals, or one written as a word
// (wordShortFormDE), that a unit defines as "<name> (c)"; else c. Several different definitions of one short form
// leave it as it is. The definitions are read once per text, from the
// units fullest was given (d.acronymSrc), on the first claimant that could
// be one (d.acronyms).
func (d *docState) definedAcronymDE(c string) string {
	if !shortFormDE(c) && !wordShortFormDE(c) {
		return c
	}
	if d.acronyms == nil {
		d.acronyms = acronymDefinitionsDE(d.acronymSrc, d.genderedPerson)
	}
	if full := d.acronyms[c]; full != "" {
		return full
	}
	return c
}

// shortFormDE reports whether s is one word of 2 to 6 letters whose first
// and last are capitals ("RKI", "LfU", "EDSA").
func shortFormDE(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 6 || strings.ContainsAny(s, " -.") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return unicode.IsUpper(first) && unicode.IsUpper(last)
}

// wordShortFormDE reports whether s is a short form read as a word and
// written so, one word of 3 to 6 letters with only its first a capital
// ("Nada" for "Nationale Anti-Doping-Agentur"); as for shortFormDE, only a
// definition whose name spells it (nameBeforeAcronymDE) makes it one.
func wordShortFormDE(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 6 {
		return false
	}
	for i, r := range s {
		if !unicode.IsLetter(r) || (i == 0) != unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// acronymDefinitionsDE collects "<name> (ABC)" of the units' texts: short
// form → name; a short form defined with two different names maps to ""
// (not resolved). A name whose last word names a person (isPerson) is a
// party or body after a person ("Ministerin Eva Roth (SPD)"), no
// definition. The map is never nil.
func acronymDefinitionsDE(units []Unit, isPerson func(string) bool) map[string]string {
	defs := map[string]string{}
	for i := range units {
		t := units[i].Text
		for k := strings.IndexByte(t, '('); k >= 0; {
			end := strings.IndexByte(t[k:], ')')
			if end < 0 {
				break
			}
			if abbr := t[k+1 : k+end]; shortFormDE(abbr) || wordShortFormDE(abbr) {
				if name := nameBeforeAcronymDE(t[:k], abbr); name != "" && !isPerson(name[strings.LastIndexByte(name, ' ')+1:]) {
					if old, ok := defs[abbr]; ok {
						defs[abbr] = sameNameDE(old, name)
					} else {
						defs[abbr] = name
					}
				}
			}
			next := strings.IndexByte(t[k+1:], '(')
			if next < 0 {
				break
			}
			k += 1 + next
		}
	}
	return defs
}

// nameBeforeAcronymDE returns the name that ends right before the
// parenthesis and whose letters spell abbr in order, starting with a
// capitalised word that begins with abbr's first letter ("Robert
// Koch-Institut" for RKI, "Reporter ohne Grenzen" for ROG,
// "Europäischer Datenschutzausschuss" for EDSA); the nearest such start
// within six words, an adjective after "der" or "das" in its strong form
// as the labels write a name without article ("Der Europäische
// Datenschutzausschuss (EDSA)" → "Europäischer …"); "" when none. Lower-case words inside the name must be
// short function words ("für", "ohne", "und"), so that a clause is never
// taken ("die Partei (SPD)" has no such start).
func nameBeforeAcronymDE(before, abbr string) string {
	if name := quotedBeforeAcronymDE(before, abbr); name != "" {
		return name // "die Organisation „Lehrer ohne Grenzen“ (LoG)"
	}
	words := strings.Fields(before)
	want := strings.ToLower(abbr)
	first, _ := utf8.DecodeRuneInString(want)
	for n := 1; n <= 6 && n <= len(words); n++ {
		w := words[len(words)-n]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			if len(w) > 5 || strings.ContainsAny(w, ",;:.\"„“”") {
				return "" // a long lower-case word or punctuation: not one name
			}
			continue
		}
		if strings.ContainsAny(w, ",;:\"„“”") || unicode.ToLower(r) != first {
			continue
		}
		span := words[len(words)-n:]
		if spellsInOrder(strings.ToLower(strings.Join(span, "")), want) {
			art := ""
			if len(words) > n {
				art = words[len(words)-n-1]
			}
			return strongAfterArticleDE(art, strings.Join(span, " "))
		}
	}
	return ""
}

// spellsInOrder reports whether the letters of want appear in s in order.
func spellsInOrder(s, want string) bool {
	for _, r := range want {
		k := strings.IndexRune(s, r)
		if k < 0 {
			return false
		}
		s = s[k+utf8.RuneLen(r):]
	}
	return true
}

// genderedPerson reports whether the text knows w as (the name of) a person
// of known gender: someone, not a body.
func (d *docState) genderedPerson(w string) bool {
	p, ok := d.lookup(w)
	return ok && p.gender != 0
}

// sameNameDE returns the base form of two writings of one name that differ
// only by a case ending of the last word ("Robert Koch-Instituts" and
// "Robert Koch-Institut": the shorter), "" for two names. "" stays "".
func sameNameDE(a, b string) string {
	if a == "" || b == "" {
		return ""
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch b[len(a):] {
	case "", "s", "es", "n", "en":
		if strings.HasPrefix(b, a) {
			return a
		}
	}
	return ""
}
