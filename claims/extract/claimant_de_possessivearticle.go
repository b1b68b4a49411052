package extract

// A possessive stands where an article would before the subject after a
// verb of saying ("…“, sagte dessen Vorsitzender Jan Roth", "…, teilte
// ihr Ministerium mit").

// possessiveArticleDE reports whether w is a German possessive of the
// third person or a relative one ("dessen", "deren") that can open the
// noun phrase of a subject.
func possessiveArticleDE(w string) bool {
	return w == "dessen" || w == "deren" || possessiveDE(w)
}
