package extract

import "strings"

// "…, according to an internal memo seen by The Verge. The company said
// …": a one-word name the unit writes after a capitalised "The" inside
// the sentence is a title (a paper, a site, a magazine), not the body a
// later "the company said" or "the agency said" takes up (noteBodyEN).

// titleWordBodyEN reports whether who is one word that text writes as
// "The <who>" after a space (not at the unit's start).
func titleWordBodyEN(text, who string) bool {
	return strings.IndexByte(who, ' ') < 0 && strings.Contains(text, " The "+who)
}
