package extract

import "strings"

// German surnames with a particle ("von Bredow", "zu Eltz") keep it when
// the text later puts a description before them instead of the first name
// ("Jonas von Bredow …, sagt Schäfer von Bredow"). The guide wants the
// fullest name, which news give first; a description written before the
// full name is therefore kept.

// particleSurnameDE returns the person the text named first with the
// particle and surname that end c ("Schäfer von Bredow" → "Jonas von
// Bredow") when c is one capitalised word, a particle and a surname and
// that person was named before c; else c.
func (d *docState) particleSurnameDE(c string) string {
	w, tail, ok := strings.Cut(c, " ")
	particle, sur, ok2 := strings.Cut(tail, " ")
	if !ok || !ok2 || !upperFirst(w) || strings.IndexByte(sur, ' ') >= 0 || !upperFirst(sur) || !surnameParticleDE(particle) {
		return c
	}
	for i := range d.people {
		name := claimantName(d.people[i].name)
		if name == c {
			return c // c itself came first
		}
		if first, ok := strings.CutSuffix(name, " "+tail); ok && plainName(first) && firstNamesDE(first) {
			return name
		}
	}
	return c
}

// surnameParticleDE reports whether w is a particle of German and Dutch
// surnames.
func surnameParticleDE(w string) bool {
	switch w {
	case "von", "zu", "van", "vom":
		return true
	}
	return false
}
