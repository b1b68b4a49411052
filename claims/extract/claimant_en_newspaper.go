package extract

import "strings"

// newspaperTheEN reports whether the capitalised run toks[i:j] follows a
// capitalised "The" and ends in a word that names a kind of newspaper or
// magazine ("The Harbor Times", "The Weekly Herald"): the article belongs
// to such a title wherever it stands, also at the start of a sentence,
// where noteTheTitleEN cannot tell it from an ordinary article.
func newspaperTheEN(toks []token, text string, i, j int) bool {
	if i < 1 || j <= i || text[toks[i-1].s:toks[i-1].e] != "The" {
		return false
	}
	return newspaperWordEN(strings.TrimSuffix(text[toks[j-1].s:toks[j-1].e], "’s"))
}

// newspaperWordEN reports whether w is a noun that English newspapers and
// magazines take as the last word of their titles: a closed class of
// nameplate words.
func newspaperWordEN(w string) bool {
	switch w {
	case "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Guardian", "Telegraph",
		"Register", "Observer", "Independent", "Examiner", "Inquirer", "Globe", "Mirror",
		"Courier", "Dispatch", "Sentinel", "Bulletin", "Monitor", "Review":
		return true
	}
	return false
}
