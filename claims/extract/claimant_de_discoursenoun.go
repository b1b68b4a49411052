package extract

// "Die Kritik wandte sich gegen den Plan", "Die Sorge richtet sich auf
// die Kinder": a noun of a stance or of a discussion as the subject names
// what was said, not who said it; alone it is no claimant.

// discourseNounsDE are German nouns of a stance, a feeling about an
// issue or a discussion (closed class; singular and plural).
var discourseNounsDE = map[string]bool{
	"kritik": true, "sorge": true, "sorgen": true, "debatte": true, "debatten": true,
	"diskussion": true, "diskussionen": true, "empörung": true, "unmut": true, "wut": true,
	"ärger": true, "zweifel": true, "befürchtung": true, "befürchtungen": true, "angst": true,
	"ängste": true, "protest": true, "proteste": true,
	"widerspruch": true, "zustimmung": true, "ablehnung": true, "skepsis": true, "streit": true,
}

// discourseNounDE reports whether low, a one-word claimant in lower case,
// is a noun of discourseNounsDE.
func discourseNounDE(low string) bool {
	return discourseNounsDE[low]
}
