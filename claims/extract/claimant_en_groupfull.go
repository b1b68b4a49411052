package extract

import "strings"

// "Republicans say …" in a text that also writes "Harbor Republicans":
// fullName widens a one-word claimant to the fullest name ending in it,
// right for a surname ("Lee" → "Ann Lee") but not for a group named by a
// plural, which a modifier narrows ("Harbor Republicans" are some of the
// Republicans). The guide writes the group as the unit does.

// groupFullNameEN returns fullName(c), or c itself in English when c is a
// capitalised plural of a group (pluralGroupWordEN) and fullName only puts
// words before it.
func (d *docState) groupFullNameEN(c string) string {
	full := d.fullName(c)
	if !d.en || full == c || !strings.HasSuffix(full, " "+c) || !d.pluralGroupWordEN(c) {
		return full
	}
	return c
}

// pluralGroupWordEN reports whether c is one capitalised word in "s" (not
// "ss", not the first-name endings of nameEndingEN) whose singular, or
// its adjective in "-ic", the text writes capitalised before a lower-case
// word ("Republicans" when the text says "Republican leaders", "Democrats"
// with "Democratic senators"): a plural of a group, no surname ("Sanders"
// has no "Sander" beside it) and no name whose last word is a common noun
// ("The Harbor Times": "time" in lower case says nothing).
func (d *docState) pluralGroupWordEN(c string) bool {
	if strings.IndexByte(c, ' ') >= 0 || !upperFirst(c) || !strings.HasSuffix(c, "s") || strings.HasSuffix(c, "ss") || nameEndingEN(c) || allCaps(c) {
		return false
	}
	one := c[:len(c)-1]
	return d.ch.notFirst.has(one) || d.ch.notFirst.has(one+"ic")
}

// pluralTailEN reports whether the tail of a registered English name is a
// plural of a group (pluralGroupWordEN: "Harbor Republicans"), which a
// bare "Republicans" later does not mean.
func (d *docState) pluralTailEN(tail string) bool {
	return d.en && d.pluralGroupWordEN(tail)
}
