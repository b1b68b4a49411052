package extract

import "strings"

// A German "sie" with a plural verb ("Außerdem plädierten sie dafür, …",
// "„…“, sagten sie") refers to a group, not to the woman named last:
// pluralSieDE keeps the last claimant that is a group by its form
// (pluralClaimantDE), for a few units.

// pluralSieDE is the last German group claimed and the unit it was
// claimed in.
type pluralSieDE struct {
	who  string
	unit int
}

// pluralSieReach is how many units after its claim a group is still what
// a plural "sie" refers to.
const pluralSieReach = 5

// note remembers who, claimed in unit n, when it is a group.
func (p *pluralSieDE) note(who string, n int) {
	if pluralClaimantDE(who) {
		p.who, p.unit = who, n
	}
}

// at returns the group a plural "sie" in unit n refers to, "" when none
// was claimed in the units just before.
func (p *pluralSieDE) at(n int) string {
	if p.who == "" || n-p.unit > pluralSieReach {
		return ""
	}
	return p.who
}

// pluralClaimantDE reports whether the German claimant who names a group
// by its form: several claimants, two joined by "und", or a group noun
// (groupNounsDE) at its end.
func pluralClaimantDE(who string) bool {
	if who == "" {
		return false
	}
	if strings.Contains(who, "; ") || strings.Contains(who, " und ") {
		return true
	}
	return lowerIn(groupNounsDE, lastWord(who))
}

// subjectPronounDE reports whether t is a German personal pronoun that can
// be the subject of a verb in the singular or, when plural, in the plural
// ("sie" with "plädierten").
func subjectPronounDE(t *token, plural bool) bool {
	return pronoun(t, plural) != 0 || plural && t.low == "sie"
}
