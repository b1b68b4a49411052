package extract

// The full stop of an abbreviation written with single capital letters
// ("U.S.", "U.N.", "D.C.") does not end the phrase it stands in: "A
// senior U.S. official said" is one noun phrase. The last stop of such an
// abbreviation is followed by a space, so it does not look glued
// (gluedPunct); a stop after a single capital letter that itself follows
// the letter directly, with a lower-case word after it, is part of the
// abbreviation (a unit is one sentence, so no new sentence starts there).

// abbrevStopEN reports whether token s is the final full stop of an
// abbreviation of single capital letters ("U.S" then ".") followed by a
// lower-case word.
func abbrevStopEN(toks []token, s int) bool {
	if toks[s].p != '.' || s == 0 || s+1 >= len(toks) {
		return false
	}
	l := &toks[s-1]
	if l.e != toks[s].s || !l.is(tCap) || l.is(tPunct) || !letterDotsEN(l.low) {
		return false
	}
	n := &toks[s+1]
	return !n.is(tCap) && !n.is(tPunct) && !n.is(tNum)
}

// letterDotsEN reports whether w is single letters joined by full stops
// ("u", "u.s", "d.c"): the body of an abbreviation before its last stop.
func letterDotsEN(w string) bool {
	if len(w)%2 == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i%2 == 1 && w[i] != '.' || i%2 == 0 && (w[i] < 'a' || w[i] > 'z') {
			return false
		}
	}
	return true
}
