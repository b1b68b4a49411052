package extract

import "strings"

// English names with a generational suffix: "Hugh F. Lane Jr.", "John
// Lee III". The suffix ends the name, so the surname is the word before
// it: a later "Lane" is the same person.

// generationEN returns name without its generational suffix ("Jr",
// "Jr.", "Sr", "II", "III", "IV") and whether it had one; a name of the
// suffix alone or of one word before it has none.
func generationEN(name string) (string, bool) {
	k := strings.LastIndexByte(name, ' ')
	if k < 0 || strings.IndexByte(name[:k], ' ') < 0 && !upperFirst(name) {
		return name, false
	}
	if generationSuffixEN(strings.TrimSuffix(name[k+1:], ".")) {
		return name[:k], true
	}
	return name, false
}

// generationSuffixEN reports whether w (without a full stop) is a
// generational suffix of an English name: "Jr", "Sr", "II", "III", "IV".
func generationSuffixEN(w string) bool {
	switch w {
	case "Jr", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

// keyGenerationEN keys the person k, registered under a name with a
// generational suffix, also by the name without it and its tails ("Hugh
// F. Lane", "F. Lane", "Lane"), unless a tail stays with someone else
// (keepsTailEN).
func (d *docState) keyGenerationEN(name string, k int) {
	base, ok := generationEN(name)
	if !ok || !d.en || strings.IndexByte(base, ' ') < 0 {
		return
	}
	if _, taken := d.byKey[base]; !taken {
		d.byKey[base] = k
	}
	for i := 0; i < len(base); i++ {
		if base[i] == ' ' && !d.keepsTailEN(base[i+1:], firstWord(base)) {
			if _, taken := d.byKey[base[i+1:]]; !taken {
				d.byKey[base[i+1:]] = k
			}
		}
	}
}

// generationStopEN gives an English claimant's abbreviated generational
// suffix its full stop ("Hugh F. Lane Jr" → "Hugh F. Lane Jr."): the unit
// or the name's run cut it off, and the suffix is written with it.
func generationStopEN(c string) string {
	if strings.HasSuffix(c, " Jr") || strings.HasSuffix(c, " Sr") {
		return c + "."
	}
	return c
}

// endsWithName reports whether the full name full ends with c, also
// before its generational suffix ("Hugh F. Lane Jr" ends with "Lane").
func endsWithName(full, c string) bool {
	base, _ := generationEN(full)
	return strings.HasSuffix(full, c) || strings.HasSuffix(base, c)
}
