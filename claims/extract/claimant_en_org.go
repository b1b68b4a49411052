package extract

import "strings"

// orgNameEN reports whether an English name ends in a noun that heads
// the names of bodies ("Tax Foundation", "Harbor Institute", "Ohio
// Department of Health", "Harbor Daily News"): such a name is no person's,
// so "he" or "she" does not refer to it.
func orgNameEN(name string) bool {
	w := name[strings.LastIndexByte(name, ' ')+1:]
	if k := strings.Index(name, " of "); k > 0 {
		w = name[strings.LastIndexByte(name[:k], ' ')+1 : k] // "Department of Health"
	}
	return foldIn(strings.TrimSuffix(w, "."), "foundation", "institute", "institution", "association", "committee",
		"department", "ministry", "agency", "office", "council", "commission", "party", "university", "college",
		"school", "center", "centre", "bank", "company", "corporation", "corp", "inc", "group", "network",
		"service", "services", "administration", "court", "board", "union", "organization", "organisation",
		"society", "federation", "authority", "bureau", "news", "times", "post", "journal", "press", "daily",
		"magazine", "television", "radio", "campaign", "caucus", "coalition", "alliance", "fund", "project")
}

// stripTitlesEN drops the titles before a claimant as chooser.stripTitles
// does (words the text also writes in lower case: "Sheriff Ann Lee" →
// "Ann Lee"), except from the name of a body in English, whose first word
// is often an adjective the text also writes in lower case ("Economic
// Policy Institute", "National Institute of Justice").
func (d *docState) stripTitlesEN(name string) string {
	if d.en && orgNameEN(name) {
		return name
	}
	return d.ch.stripTitles(name)
}
