package extract

import "strings"

// headlineCutEN drops the headline words glued before an English name of
// three words or more: a headline in title case writes its function
// words with capitals too ("Voters Are Cheering Ann Lee", "The Feud
// With Ann Lee"), and no personal name has an auxiliary or a
// preposition inside it, so the name starts after the last such word. A
// present participle right after that word is the headline's verb
// ("Cheering") and goes too. At least two words stay; a name without such
// a word is returned unchanged. A kinship noun inside is cut off the same
// way ("Harbor Widow Ann Lee"): it tells the person's relation to someone,
// as an apposition does, and is never part of a personal name.
func headlineCutEN(name string) string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return name
	}
	cut := -1
	for i := 1; i < len(words)-2; i++ {
		if upperFirst(words[i]) && (closedLeadEN(words[i]) || kinshipEN(strings.ToLower(words[i]))) {
			cut = i
		}
	}
	if cut < 0 {
		return name
	}
	rest := words[cut+1:]
	if len(rest) > 2 && strings.HasSuffix(rest[0], "ing") {
		rest = rest[1:]
	}
	return strings.Join(rest, " ")
}

// kinshipEN reports whether w is an English noun of kinship or marriage:
// a closed class.
func kinshipEN(w string) bool {
	switch w {
	case "widow", "widower", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
		"mom", "dad", "grandmother", "grandfather", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin":
		return true
	}
	return false
}
