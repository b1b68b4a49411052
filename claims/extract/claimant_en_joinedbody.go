package extract

import "strings"

// "The British Retail and Hospitality Forum said", "the Office for Product
// Safety and Standards said", "the Ministry of Housing, Communities and
// Local Government said", "the Committee to Protect Journalists said": an
// English body's name that holds "and", a comma or "to" between
// capitalised words. The rules read two bodies joined by "and" ("British
// Retail; Hospitality Forum") or keep only the words after the comma or
// "to" ("Protect Journalists"). Where the text writes the whole name,
// it is the claimant.

// joinedBodyEN returns the whole name of a body that who was cut from in
// text (coordBodyEN, listBodyEN, toBodyEN); who otherwise.
func (d *docState) joinedBodyEN(text, who string) string {
	if who == "" || !upperFirst(who) {
		return who
	}
	if strings.Count(who, "; ") == 1 {
		return d.coordBodyEN(text, who)
	}
	if strings.Contains(who, "; ") {
		return who
	}
	if w := listBodyEN(text, who); w != "" {
		return w
	}
	if w := toBodyEN(text, who); w != "" {
		return w
	}
	return who
}

// coordBodyEN returns "X and Y" for the two claimants "X; Y" when the text
// writes "X and Y" and either a body's head with "of" or "for" stands
// before it ("Office for Product Safety and Standards", ofLeadEN), or
// such a head and a comma list ("Department for Fisheries, Ports and
// Coastal Affairs", listBodyEN), or Y
// ends with a body's noun and X neither does nor is a person the text
// named ("British Retail and Hospitality Forum"); who otherwise.
func (d *docState) coordBodyEN(text, who string) string {
	x, y, _ := strings.Cut(who, "; ")
	joined := x + " and " + y
	if !strings.Contains(text, joined) {
		return who
	}
	if w := d.ofLeadEN(text, joined); w != "" {
		return w
	}
	if w := listBodyEN(text, joined); w != "" {
		return w
	}
	if _, person := d.lookup(x); person && strings.Contains(x, " ") {
		return who
	}
	if bodyHeadWordEN(lastWord(y)) && !bodyHeadWordEN(lastWord(x)) && !orgNameEN(x) {
		return joined
	}
	return who
}

// listBodyEN returns "<Head> of|for <A>, <who>" when text writes who after
// a comma that follows a body's head, "of" or "for" and one to three
// capitalised words ("Ministry of Housing, Communities and Local
// Government" for "Communities and Local Government"); "" otherwise.
func listBodyEN(text, who string) string {
	k := strings.Index(text, ", "+who)
	if k < 0 || !strings.Contains(who, " and ") {
		return ""
	}
	a := capWordsBefore(text, k, 3)
	if a == k {
		return ""
	}
	for _, p := range [...]string{" of ", " for "} {
		if a < len(p) || text[a-len(p):a] != p {
			continue
		}
		h := a - len(p)
		s := capWordsBefore(text, h, 3)
		if s == h || !orgNameEN(text[s:h]) {
			return ""
		}
		return text[s:k] + ", " + who
	}
	return ""
}

// toBodyEN returns "<Head> to <who>" when text writes who after a body's
// head and "to" ("Committee to Protect Journalists"): an infinitive that
// is part of the name; "" otherwise.
func toBodyEN(text, who string) string {
	k := strings.Index(text, " to "+who)
	if k < 0 {
		return ""
	}
	s := capWordsBefore(text, k, 3)
	if s == k || !orgNameEN(text[s:k]) {
		return ""
	}
	return text[s:k] + " to " + who
}
