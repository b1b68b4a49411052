package extract

import "strings"

// "Sir Geoffrey Hallam … Sir Geoffrey said", "Dame Ann Lee … Dame Ann
// said": a British knight or dame is named again by the honorific and the
// first name, not by the surname. The short form is the person the text
// names in full with the same two words first.

// honorificFullEN returns the full name of the one person whose name
// starts with the English claimant c when c is "Sir" or "Dame" and one
// first name; "" when c has no such form or no or several people match.
func (d *docState) honorificFullEN(c string) string {
	h, first, ok := strings.Cut(c, " ")
	if !ok || !honorificFirstNameEN(h) || first == "" || strings.IndexByte(first, ' ') >= 0 {
		return ""
	}
	full := ""
	for i := range d.people {
		n := d.people[i].name
		if len(n) <= len(c)+1 || !strings.HasPrefix(n, c) || n[len(c)] != ' ' {
			continue
		}
		if full != "" && full != n {
			return "" // several: "Sir Tom Bell" and "Sir Tom Hale"
		}
		full = n
	}
	return full
}

// honorificFirstNameEN reports whether w is a British honorific written
// before a first name alone ("Sir Tom", "Dame Ann").
func honorificFirstNameEN(w string) bool {
	return w == "Sir" || w == "Dame"
}
