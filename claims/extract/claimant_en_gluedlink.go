package extract

import "strings"

// Web pages that link a politician's name to a profile print, right after
// the name, the profile's full name glued to the next link's headline:
// "Sen. Ann Lester Ann Marie LesterHarbor tolls rise | …". Such a claimant is
// the name before the repeat: a word that runs on from lower case into a
// new capitalised word ("LesterHarbor") ends the name there when more words
// follow, and a name that starts over with its own first word ("Ann Lester
// Ann Marie Lester") keeps its first two words. A glued first word
// ("HarborAir") is a brand and a glued last word of a name that does not
// start over a surname ("Tom VanOsten"): both are left alone.

// gluedLinkNameEN returns claimant c cut as above; c itself otherwise.
func gluedLinkNameEN(c string) string {
	words := strings.Fields(c)
	for i := 1; i < len(words); i++ {
		g := gluedAtEN(words[i])
		if g < 0 {
			continue
		}
		kept := append(words[:i:i], words[i][:g])
		if len(kept) >= 3 && kept[2] == kept[0] {
			return kept[0] + " " + kept[1] // "Ann Lester Ann Marie Lester"
		}
		if i+1 < len(words) {
			return strings.Join(kept, " ") // "Ann Marie LesterHarbor tolls"
		}
		return c // "Frank VanOsten": a surname written so
	}
	return c
}

// gluedAtEN returns where a new capitalised word starts inside w after at
// least three lower-case letters ("LesterHarbor" → 6; "MacAllen" has
// only two: not glued), -1 if none.
func gluedAtEN(w string) int {
	lower := 0
	for i := 0; i+1 < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z' && lower >= 3 && w[i+1] >= 'a' && w[i+1] <= 'z':
			return i
		default:
			lower = 0
		}
	}
	return -1
}
