package extract

import "strings"

// English texts write Arabic surnames with a lower-case particle joined
// by a hyphen: "Karim al-Nadiri", "Abdel el-Masri". Inside a name (after
// its first word) such a word belongs to it (run), and as a surname alone
// ("…, said al-Nadiri.", "al-Nadiri said") it names the person the text
// gave in full, although the rules that read capitalised words do not see
// it. Particles written apart ("van der Berg") are left as before: they
// change how many names a unit counts for its features.

// hyphenParticleEN reports whether w (lower case) is a particle joined by
// a hyphen to the rest of a surname ("al-nadiri", "el-masri").
func hyphenParticleEN(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	return ok && rest != "" && foldIn(p, "al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu")
}

// particleWordEN reports whether token j is a lower-case surname with a
// hyphenated particle ("al-Nadiri").
func particleWordEN(toks []token, j int) bool {
	t := &toks[j]
	return !t.is(tCap) && !t.is(tPunct) && hyphenParticleEN(t.low)
}

// particleSpeakerEN returns the person the text knows whose surname opens
// with a hyphenated particle when that surname is the subject of one of
// the verbs of saying: inverted after a comma or quotation ("…, said
// al-Nadiri.") or right before the verb ("al-Nadiri said"). "" if none.
func (d *docState) particleSpeakerEN(toks []token, text string, verbs []int) string {
	for _, v := range verbs {
		if toks[v].cat&cAccording != 0 {
			continue
		}
		if v > 0 && toks[v-1].is(tPunct) && v+1 < len(toks) && (v+2 == len(toks) || toks[v+2].is(tPunct)) {
			if who := d.particleNameEN(toks, text, v+1); who != "" {
				return who // "…, said al-Nadiri."
			}
		}
		if v > 0 {
			if who := d.particleNameEN(toks, text, v-1); who != "" {
				return who // "al-Nadiri said"
			}
		}
	}
	return ""
}

// particleNameEN returns the full name of the person the text knows by
// the surname with a hyphenated particle at token i; "" otherwise.
func (d *docState) particleNameEN(toks []token, text string, i int) string {
	if !particleWordEN(toks, i) {
		return ""
	}
	k, ok := d.byKey[text[toks[i].s:toks[i].e]]
	if !ok || strings.IndexByte(d.people[k].name, ' ') < 0 {
		return ""
	}
	return d.people[k].name
}
