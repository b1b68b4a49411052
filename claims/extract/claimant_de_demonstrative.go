package extract

import "strings"

// "Ebendieser Impfstoff soll … verteilt werden. … , glaubt er.": a
// capitalised demonstrative at a sentence's start and the noun after it
// have a name's shape, and a later "er" was resolved to them. A
// demonstrative ("dieser", "jener", "derselbe", "ebendieser") points back
// to something named before; it opens no name.

// demonstrativeClaimantDE returns "" when the German claimant who opens
// with a demonstrative determiner (anaphoricDetDE); who otherwise.
func demonstrativeClaimantDE(who string) string {
	w := firstWord(who)
	if len(w) < 4 || len(w) > 12 {
		return who // "jene" is the shortest, "ebendieselbe" the longest
	}
	var buf [12]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return who // none has a letter outside ASCII
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if anaphoricDetDE(string(buf[:len(w)])) {
		return ""
	}
	return who
}

// anaphoricDetDE reports whether w (lower case) is a German demonstrative
// determiner: "dieser", "jener", "derselbe", "solcher" in their forms, also
// after "eben" ("ebendieser", "ebenjene").
func anaphoricDetDE(w string) bool {
	w = strings.TrimPrefix(w, "eben")
	for _, stem := range [...]string{"dies", "jen", "solch"} {
		if rest, ok := strings.CutPrefix(w, stem); ok {
			switch rest {
			case "er", "e", "es", "em", "en":
				return true
			}
		}
	}
	switch w {
	case "derselbe", "dieselbe", "dasselbe", "desselben", "demselben", "denselben", "dieselben":
		return true
	}
	return false
}
