package extract

import "strings"

// "Copper Lantern, which makes games, said the staff had left. … The
// company said …": a name followed by a relative clause opened by "which"
// names a thing or a body, not a person ("who"); the claimant so written is
// noted as a body (noteBodyEN), also in the form of a person's name, so a
// later "the company said" refers to it.

// whichBodyEN reports whether the English claimant who is written in the
// unit's text right before ", which" (an acronym in parentheses between
// them allowed: "Harbor Freight (HF), which …").
func whichBodyEN(text, who string) bool {
	for rest := text; ; {
		k := strings.Index(rest, who)
		if k < 0 {
			return false
		}
		after := rest[k+len(who):]
		if strings.HasPrefix(after, " (") {
			if e := strings.IndexByte(after, ')'); e > 0 && e < 16 {
				after = after[e+1:]
			}
		}
		if strings.HasPrefix(after, ", which ") {
			return true
		}
		rest = rest[k+len(who):]
	}
}
