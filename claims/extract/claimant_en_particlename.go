package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// English texts write many surnames with particles apart and in lower
// case: "Bill de Blasio", "Gehad el Haddad", "Art del Cueto", "Ursula von
// der Leyen". The rules that register people read runs of capitalised
// words, so such a person went unregistered, and the surname alone
// ("Haddad says", "De Blasio said") named nobody, or another person of
// that surname the text named later ("his father Essam El Haddad").
// noteParticleNamesEN registers them; the hyphenated particles
// ("al-Nadiri") are claimant_en_particle.go's.

// surnameParticleEN reports whether w (lower case) is a particle that
// stands apart inside a surname in English texts: Romance, Dutch, German
// and Arabic ones.
func surnameParticleEN(w string) bool {
	switch w {
	case "de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "ter", "el", "al", "bin", "ibn":
		return true
	}
	return false
}

// noteParticleNamesEN registers each name of the English unit made of a
// capitalised first name, one or two lower-case particles
// (surnameParticleEN) and a capitalised surname that no other capitalised
// word follows ("Bill de Blasio", not "Universidad de Buenos Aires"), and
// makes the surname with its particle capitalised, as a sentence opens
// with it ("De Blasio said"), a key of that person too. The surname stays
// the person's when another of that surname is named later (keepsTailEN),
// although the first name stands before a lower-case word.
func (d *docState) noteParticleNamesEN(toks []token, text string) {
	for j := 1; j+1 < len(toks); j++ {
		t := &toks[j]
		if t.is(tCap) || t.is(tPunct) || len(t.low) > 5 || !surnameParticleEN(t.low) {
			continue // most words: no particle
		}
		s := j + 1
		if s+1 < len(toks) && !toks[s].is(tCap) && surnameParticleEN(toks[s].low) {
			s++ // "von der", "de la"
		}
		if !particleNameAt(toks, j-1, s) {
			continue
		}
		name := text[toks[j-1].s:toks[s].e]
		full := d.register(name, 0)
		k, ok := d.byKey[full]
		if !ok {
			continue
		}
		d.people[k].particle = true // its first name stands before a lower-case word, no stray word (keepsTailEN)
		tail := text[t.s:toks[s].e]
		r, n := utf8.DecodeRuneInString(tail)
		if upper := string(unicode.ToUpper(r)) + tail[n:]; !strings.Contains(full, upper) {
			if _, taken := d.byKey[upper]; !taken {
				d.byKey[upper] = k // "De Blasio" opening a sentence
			}
		}
		j = s
	}
}

// particleNameAt reports whether token f is a first name and token s a
// surname around particles: both capitalised words of letters, not in
// capitals, the surname not followed by another capitalised word.
func particleNameAt(toks []token, f, s int) bool {
	first, sur := &toks[f], &toks[s]
	if !capWord(first) || !capWord(sur) || first.is(tAllCap) || sur.is(tAllCap) || !first.is(tWord) || !sur.is(tWord) {
		return false
	}
	if first.e-first.s < 2 || sur.e-sur.s < 2 {
		return false // an initial or a single letter
	}
	return s+1 == len(toks) || !capWord(&toks[s+1])
}
