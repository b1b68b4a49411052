package extract

import "strings"

// A German surname may open with a particle ("Ursula von der Leyen",
// "Karl-Theodor zu Guttenberg"). Written alone, the surname keeps it, in
// lower case after a verb or "laut" ("sagte von der Leyen") and
// capitalised at the start of a sentence ("Von der Leyen sagte …"), where
// the rules would read a preposition. Such a surname names the person the
// text gave in full with it.

// particleKeyDE prefixes the keys of docState.descs that hold the full
// names noted by their particle surname (noteParticleNamesDE).
const particleKeyDE = "particle:"

// noteParticleNamesDE notes the first names and surnames with two
// particles the unit writes ("Ursula von der Leyen", "Rafael van der
// Vaart"; particleSurname) by their surname, the first name a word no
// lexicon knows. They are not registered as people: "Abschied von der
// Macht" has the same form; only a surname with its particles written
// alone refers to them (particlePersonDE).
func (d *docState) noteParticleNamesDE(toks []token, text string) {
	for j := 1; j+2 < len(toks); j++ {
		if w := toks[j].low; len(w) < 2 || len(w) > 3 || w[0] != 'v' && w[0] != 'd' {
			continue // most words: no "von", "van" or "de" to look at further
		}
		i := j - 1
		if !toks[i].is(tCap) || toks[i].cat != 0 || !particleSurname(toks, i, j) {
			continue
		}
		if d.descs == nil {
			d.descs = map[string]string{}
		}
		key := particleKeyDE + strings.ToLower(text[toks[i+1].s:toks[i+3].e])
		full := text[toks[i].s:toks[i+3].e]
		if old, ok := d.descs[key]; ok && old != full {
			full = "" // two people of that surname: neither
		}
		d.descs[key] = full
	}
}

// particlePersonDE returns the full name the text gave with the particle
// surname tail ("von der Leyen"; noteParticleNamesDE), "" when it gave
// none or more than one.
func (d *docState) particlePersonDE(tail string) string {
	first, _, ok := strings.Cut(tail, " ")
	if !ok || d.descs == nil || !strings.EqualFold(first, "von") && !strings.EqualFold(first, "van") && !strings.EqualFold(first, "de") && !strings.EqualFold(first, "zu") {
		return "" // no particle first: most claimants, without a look-up
	}
	var buf [64]byte
	key := appendLower(append(buf[:0], particleKeyDE...), tail)
	return d.descs[string(key)] // no allocation for the look-up
}

// particleSurnameDE returns the surname with a particle that opens at
// token i ("von der Leyen", "zu Guttenberg", "Von der Leyen" at the start
// of a sentence), as written, "" when the words at i are no such surname.
func particleSurnameDE(toks []token, text string, i int) string {
	if i+1 >= len(toks) || toks[i].low != "von" && toks[i].low != "zu" {
		return ""
	}
	k := i + 1
	if toks[k].low == "der" || toks[k].low == "den" || toks[k].low == "dem" {
		k++
	}
	if k >= len(toks) || !capWord(&toks[k]) {
		return ""
	}
	return text[toks[i].s:toks[k].e] // particlePersonDE compares case ignored
}

// particleFullDE is the claimant c, or the full name the text gave with it
// when c is a surname with two particles ("Van der Vaart" → "Rafael van
// der Vaart"; noteParticleNamesDE).
func (d *docState) particleFullDE(c string) string {
	if full := d.particlePersonDE(c); full != "" {
		return full
	}
	return c
}
