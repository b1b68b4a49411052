package extract

import "strings"

// whoEndEN returns where, in the unit's text, the single claimant who ends
// as the unit first writes it; ok is false when who is empty, names
// several ("A; B") or is not written in the unit. The English rules that
// look at the words right after the claimant (a modal, a passive
// participle, a title's name) start from there.
func whoEndEN(u *claimUnit, who string) (end int, ok bool) {
	if who == "" || strings.Contains(who, "; ") {
		return 0, false
	}
	k := strings.Index(u.text, who)
	if k < 0 {
		return 0, false
	}
	return k + len(who), true
}
