package extract

import "strings"

// acronymFullEN returns, for an English claimant c written as an acronym
// of two to five capitals ("HRW"), the name of a body the text registered
// whose initials spell it ("Harbor Rescue Watch"), ignoring the function
// words of names ("of", "for", "and", "the", "on"): an acronym abbreviates
// the name of the body by its initials, so it names the same claimant.
// When no name or more than one name fits, c is returned as it is.
func (d *docState) acronymFullEN(c string) string {
	if !d.en || len(c) < 2 || len(c) > 5 || !allCaps(c) || strings.ContainsAny(c, " .") {
		return c
	}
	full := ""
	for i := range d.people {
		n := d.people[i].name
		if n == full || initialsEN(n) != c {
			continue
		}
		if full != "" {
			return c // two bodies share the initials
		}
		full = n
	}
	if full == "" {
		return c
	}
	return full
}

// initialsEN returns the initials of the capitalised words of name,
// without its function words; "" for a name of fewer than two such words.
func initialsEN(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "for", "and", "the", "on":
			continue
		}
		if !upperFirst(w) {
			return ""
		}
		b.WriteByte(w[0])
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}
