package extract

import "strings"

// "The Harbour Authority disputed the figures. A spokeswoman said …": a
// spokesperson named by the bare noun speaks for the body the unit right
// before quoted. The body is the claimant, as the guide normalises a
// description to the name the text gives.

// spokesBodyEN returns the body the unit before named as claimant when who
// is only "A" or "An" and a spokesperson's noun ("A spokeswoman") and that
// body's name ends in a noun for a body (bodyNameEN); who otherwise. The
// body is then the last speaker of the spokesperson's gender, for a "she
// said" that follows.
func (d *docState) spokesBodyEN(who string) string {
	det, noun, ok := strings.Cut(who, " ")
	if !ok || !foldIn(det, "a", "an") || !spokesNounEN(strings.ToLower(noun)) {
		return who
	}
	if d.sinceClaim != 1 || d.prevClaim == "" || strings.Contains(d.prevClaim, "; ") || !bodyNameEN(d.prevClaim) {
		return who
	}
	k := gi(spokesGenderEN(noun)) // "She said …" after "A spokeswoman said …": the body still
	d.lastSpeaker[k], d.speakerEN[k], d.speakerAt[k] = d.prevClaim, d.prevClaim, d.units
	return d.prevClaim
}

// spokesGenderEN returns 'f' for "spokeswoman", 'm' for "spokesman", 0
// otherwise.
func spokesGenderEN(noun string) byte {
	switch strings.ToLower(noun) {
	case "spokeswoman":
		return 'f'
	case "spokesman":
		return 'm'
	}
	return 0
}

// bodyNameEN reports whether name ends in a noun for a body, also before
// "for" ("Department for Education and Skills") as orgNameEN does before
// "of".
func bodyNameEN(name string) bool {
	if k := strings.Index(name, " for "); k > 0 {
		name = name[:k]
	}
	return orgNameEN(name)
}
