package extract

import "strings"

// "Die Ermittler stellten am Dienstag ihren Zwischenstand vor. Sie
// forderten, …": a group whose role is to judge or to take positions (groupNounsDE:
// researchers, experts, critics, unions) that opens a unit as the subject
// of a plural verb is what a plural "sie" in the units right after refers
// to, even when that unit narrated an act and claimed nothing (pluralSieDE
// keeps the groups claimed). Other groups ("die Beschäftigten", "die
// Eheleute") are more often people the story is about.

// notePluralOpeningDE remembers, for a plural "sie" in the units that
// follow, the group of groupNounsDE that opens the German unit as the
// subject of a finite verb in the plural right after it (bodyFirstDE: "Die
// Ermittler stellten", "Norwegische Wissenschaftler legten"), when the unit
// gave no claimant who. A unit without a word of groupNounsDE (wsGroup)
// has no such group: the group's last word is one of its tokens.
func (d *docState) notePluralOpeningDE(toks []token, text, who string) {
	if who != "" || d.lacks(toks, wsGroup) {
		return
	}
	for v := 1; v < len(toks) && v <= 6; v++ {
		if !pluralFiniteDE(&toks[v]) {
			continue
		}
		g := bodyFirstDE(toks, text, v)
		if g == "" || !lowerIn(groupNounsDE, lastWord(g)) {
			continue // "Die Beschäftigten streikten", "Die Eheleute nickten": people in the story, no source
		}
		if a := articleFirstDE(toks); a >= 0 {
			g = nominativeDE(toks[a].low, g) // "die ausländischen Unternehmen" → "ausländische Unternehmen"
		}
		d.pluralSie.who, d.pluralSie.unit = g, d.units
		return
	}
}

// pluralFiniteDE reports whether t may be a finite verb in the plural: a
// word in lower case ending in "en" ("stellten", "berichten"), or "sind".
func pluralFiniteDE(t *token) bool {
	return lowerWord(t) && (strings.HasSuffix(t.low, "en") || t.low == "sind")
}
